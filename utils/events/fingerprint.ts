/**
 * Event fingerprint of one article: what it is about, in ≤ ~1 KB of JSON.
 *
 * Only the title and the lede are used. They carry the news peg (who did what,
 * where, when); bodies drift into background that other events share. Terms are
 * weighted by rarity (IDF from the corpus table) and position (title counts
 * more), and capitalized names get a bonus because the actors and places are
 * what tells two events on one topic apart.
 */
import { tokenize, type Token } from './text';
import { idf, isCommon } from './idf';
import { findBoilerplateLines } from '../attribution/boilerplate';
import { DATELINE_PLACE, WIRE_DATELINE_TAGS } from '../page/lexicon';
import { EVENTS_VERSION, type EventFingerprint, type WeightedTerm } from './types';

/** Characters of body text used as lede. Matches what the bench replays (title + 600 chars). */
export const LEDE_CHARS = 600;
/** Terms kept in a fingerprint: enough to compare, small enough for ~1 KB. */
export const MAX_FP_TERMS = 24;
export const MAX_KEYS = 24;
const MAX_ENTITIES = 6;
const MAX_NUMBERS = 6;

/** Position weights: a headline word is worth two lede words. */
const TITLE_WEIGHT = 2;
const LEDE_WEIGHT = 1;
/** Capitalized name inside a sentence (not sentence-initial, not a title-cased headline). */
const ENTITY_BONUS = 1.5;
/** Stems below this IDF are function words or everyday news vocabulary ("said", "year"): no identifying power. */
const MIN_TERM_IDF = 1.5;
/**
 * The most a word that is no name can weigh for its rarity. A rare name ("Doha", "Plosser") identifies an event; a rare
 * common word ("heartbroken", "roughshod", "quartet") is the writer's style, and at full rarity it outweighed the
 * actors two reports of one event share (the README's Same event figures measure it; lower caps cost AllSides
 * pairwise precision).
 */
export const MAX_WORD_IDF = 5.5;
/** Keys must be rarer still: the store looks candidates up by them. */
const MIN_KEY_IDF = 3;
/**
 * The heaviest terms are keys whatever their rarity: an article whose actors are everyday news names ("Sanders",
 * "Pelosi", "impeachment") and whose rare words are incidental ("Burlington", a photo credit) must still find the
 * same-day reports of its event (a held-out set split "Sanders drops out" three ways on one day without them).
 */
export const TOP_KEYS = 3;

/** Candidate keys of a term list sorted by weight: the top `TOP_KEYS` terms, then the rare ones, up to `MAX_KEYS`. */
export function keysOfTerms(terms: readonly WeightedTerm[], rare: (t: string) => boolean): string[] {
  const keys = terms.slice(0, TOP_KEYS).map((x) => x.t);
  for (const x of terms) {
    if (keys.length >= MAX_KEYS) break;
    if (!keys.includes(x.t) && rare(x.t)) keys.push(x.t);
  }
  return keys;
}

/**
 * Words that are capitalized in news copy but identify nothing: weekdays, months,
 * titles before names. They keep their (low) term weight but get no entity bonus.
 */
export const NON_ENTITY_CAPS: { words: readonly string[] } = {
  words: [
    // weekdays and months ("said on Tuesday", "earlier in November")
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    // titles and honorifics before a name ("Sen. Gaylord Nelson", "President Joe Biden")
    'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'president', 'prime', 'minister', 'secretary',
  ],
};

/** Examples of `NON_ENTITY_CAPS`, run by tests/unit/events/fingerprint.test.ts. Test-only: kept out of the table so the bundler drops them. */
export const NON_ENTITY_CAPS_EXAMPLES: { matches: readonly string[]; mustNotMatch: readonly string[] } = {
  matches: ['Tuesday', 'November', 'Sen'],
  mustNotMatch: ['Doha', 'Hamas', 'Biden'],
};
const NON_ENTITY = new Set(NON_ENTITY_CAPS.words);

export function isNonEntityCap(word: string): boolean {
  return NON_ENTITY.has(word.toLowerCase().replace(/\.$/, ''));
}

/** A headline in Title Case ("Biden Wants To Measure How...") says nothing about which words are names. */
function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !t.num && t.raw.length > 3);
  if (words.length < 3) return false;
  return words.filter((t) => t.cap).length / words.length > 0.6;
}

/** Indices of tokens that start a sentence (capitalized for grammar, not because they are names). */
function sentenceStarts(text: string, tokens: Token[]): Set<number> {
  const starts = new Set<number>();
  let prevEnd = 0;
  tokens.forEach((t, i) => {
    const gap = text.slice(prevEnd, t.start);
    if (i === 0 || /[.!?:"“”]\s*$|\n/.test(gap)) starts.add(i);
    prevEnd = t.end;
  });
  return starts;
}

interface Acc { w: number; ent: boolean }

function addTokens(acc: Map<string, Acc>, ents: Map<string, number>, nums: Map<string, number>, text: string, weight: number, namesTrusted: boolean): void {
  const tokens = tokenize(text);
  const starts = sentenceStarts(text, tokens);
  let run: string[] = [];
  let prevEnd = -1;
  const flush = (): void => {
    if (run.length) {
      const name = run.join(' ');
      ents.set(name, (ents.get(name) ?? 0) + weight * run.length);
    }
    run = [];
  };
  tokens.forEach((t, i) => {
    if (t.num) {
      flush();
      prevEnd = t.end;
      nums.set(t.stem, (nums.get(t.stem) ?? 0) + weight);
      // A specific figure ("850,000 jobs", "$70 million", "11-day war") is shared by every
      // report of one event; years and small counts are shared by everything, so they stay out.
      if (isSpecificNumber(t.stem)) {
        const key = `#${t.stem}`;
        const a = acc.get(key) ?? { w: 0, ent: false };
        a.w += weight;
        acc.set(key, a);
      }
      return;
    }
    // A name runs over spaces and hyphens only ("Majed Al-Ansari"), never over
    // punctuation or line breaks ("... Doha, Qatar" is two names).
    if (prevEnd >= 0 && !/^[ \-'’]*$/.test(text.slice(prevEnd, t.start))) flush();
    prevEnd = t.end;
    const rarity = idf(t.stem);
    const nameLike = namesTrusted && t.cap && !isNonEntityCap(t.raw) && (!starts.has(i) || !isCommon(t.stem, 3));
    if (nameLike && rarity >= MIN_TERM_IDF) run.push(t.raw);
    else flush();
    if (rarity < MIN_TERM_IDF || t.stem.length < 2) return;
    const a = acc.get(t.stem) ?? { w: 0, ent: false };
    a.w += weight;
    a.ent ||= nameLike;
    acc.set(t.stem, a);
  });
  flush();
}

/** Numbers worth matching on: not a year, not a single digit, not a day of month. */
export function isSpecificNumber(n: string): boolean {
  if (/^(?:19|20)\d\d$/.test(n)) return false;
  const v = Number(n.replace(/%$/, ''));
  if (n.endsWith('%')) return true;
  return Number.isFinite(v) && (v > 31 || /\./.test(n));
}

/** IDF-like weight of a specific number: about as telling as an uncommon word. */
export const NUMBER_IDF = 4;

const termIdf = (t: string): number => (t.startsWith('#') ? NUMBER_IDF : idf(t));
/** Whether a term is rare enough to be a lookup key (numbers always are: `NUMBER_IDF` ≥ `MIN_KEY_IDF`). */
export const isKeyTerm = (t: string): boolean => termIdf(t) >= MIN_KEY_IDF;

/** How much of the body is read for furniture before the lede is taken: the lede sits after at most a few credit lines. */
const LEDE_SCAN_CHARS = LEDE_CHARS * 4;

/**
 * The body's opening prose, cut at a word boundary so the last word is not a fragment. Page furniture above or
 * inside it (photo captions and credits, bylines, "Updated at 10:50 a.m. ET", the headline printed again) is left
 * out: a photographer's name or a caption's scene is no part of the event, and it took the place of the news peg
 * (a held-out set split two same-day reports whose ledes opened with NPR's "Enlarge this image toggle caption …").
 */
export function ledeOf(text: string | undefined, chars = LEDE_CHARS, title?: string): string {
  if (!text) return '';
  let head = text.length <= LEDE_SCAN_CHARS ? text : text.slice(0, LEDE_SCAN_CHARS);
  if (head.includes('\n')) {
    const { lineStarts, skip } = findBoilerplateLines(head, title);
    const titleKey = title?.trim().toLowerCase();
    const kept: string[] = [];
    for (let k = 0; k < lineStarts.length; k++) {
      const line = head.slice(lineStarts[k], k + 1 < lineStarts.length ? lineStarts[k + 1]! - 1 : head.length).trim();
      if (!line || skip[k] || STAMP_LINE.test(line) || (titleKey && line.toLowerCase() === titleKey)) continue;
      kept.push(line);
    }
    // Nothing left (a page of furniture): the raw opening is all there is.
    if (kept.length > 0) head = kept.join('\n');
  }
  // A wire dateline's agency ("WASHINGTON (Reuters) -", "(CNN) —") says who filed the story, not what happened.
  // (The place stays, set apart: "MINNEAPOLIS" is part of the news, "Reuters" is not, and neither runs into the name after.)
  head = head.replace(WIRE_TAG, (_m, place: string) => (place.trim() ? `${place.trim()}. ` : ''));
  if (head.length <= chars) return head;
  const cut = head.lastIndexOf(' ', chars);
  return head.slice(0, cut > chars / 2 ? cut : chars);
}

/** The agency of a wire dateline at the opening of the body, with its dash (the place before it kept apart). */
const WIRE_TAG = new RegExp(String.raw`^(\s*(?:${DATELINE_PLACE}\s)?)\((?:${Object.values(WIRE_DATELINE_TAGS).join('|')})\)\s*(?:[-\u2013\u2014]+\s*)?`, 'u');
/** A time stamp standing alone on its line: "Updated at 8 a.m. ET on Friday", "Published 3:14 PM EST". */
const STAMP_LINE = /^(?:(?:last\s)?updated|published|posted|first published)\b[^.!?]{0,60}(?:\d\s*(?:a\.m\.|p\.m\.|am|pm)|\bE[SD]?T\b|\bGMT\b|\bUTC\b)[^!?]{0,40}$/i;

const round1 = (x: number): number => Math.round(x * 10) / 10;

export function fingerprintArticle(a: { title: string; text?: string; date?: string | null; outlet?: string }): EventFingerprint {
  const acc = new Map<string, Acc>();
  const ents = new Map<string, number>();
  const nums = new Map<string, number>();
  const title = a.title.trim();
  const titleTokens = tokenize(title);
  addTokens(acc, ents, nums, title, TITLE_WEIGHT, !isTitleCase(titleTokens));
  addTokens(acc, ents, nums, ledeOf(a.text, LEDE_CHARS, title), LEDE_WEIGHT, true);

  const weighted: WeightedTerm[] = [];
  for (const [t, { w, ent }] of acc) {
    // sqrt damps repetition: a word said five times is not five times the evidence.
    const rarity = ent ? termIdf(t) * ENTITY_BONUS : Math.min(MAX_WORD_IDF, termIdf(t));
    weighted.push({ t, w: round1(Math.sqrt(w) * rarity) });
  }
  weighted.sort((x, y) => y.w - x.w || (x.t < y.t ? -1 : 1));
  const terms = weighted.slice(0, MAX_FP_TERMS);
  const keys = keysOfTerms(terms, isKeyTerm);
  const entities = [...ents.entries()].sort((x, y) => y[1] - x[1]).slice(0, MAX_ENTITIES).map(([e]) => e);
  const numbers = [...nums.entries()].sort((x, y) => y[1] - x[1]).slice(0, MAX_NUMBERS).map(([n]) => n);
  return {
    version: EVENTS_VERSION,
    date: normalizeDate(a.date),
    outlet: a.outlet?.trim() || null,
    keys,
    terms,
    entities,
    numbers,
    title: title.slice(0, 160),
  };
}

/** YYYY-MM-DD from an ISO-ish date string, or null. */
export function normalizeDate(d: string | null | undefined): string | null {
  const m = d ? /^(\d{4}-\d{2}-\d{2})/.exec(d.trim()) : null;
  return m?.[1] ?? null;
}
