/**
 * Sentence segmentation: one linear left-to-right scan.
 *
 * Written for news copy rather than on top of Intl.Segmenter, which splits
 * after "Sen." or "U.S." and does not know that a line break ends a headline.
 * Boundaries: a line break (titles, captions and list items carry no final
 * punctuation), and `.`/`!`/`?` (plus closing quotes/brackets) followed by space
 * and something that can start a sentence, unless the period ends an
 * abbreviation or an initial.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Abbreviations that precede a name or a number and never end a sentence
 * in news copy. Examples: "Sen. Warren said", "Lt. Col. Peter Lerner", "Gen. Herzi Halevi".
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'rep', 'reps', 'gen', 'lt', 'col', 'gov', 'st', 'capt', 'cpt', 'sgt',
  'prof', 'rev', 'hon', 'maj', 'adm', 'cmdr', 'gens', 'messrs', 'mt', 'ft', 'pres', 'sec', 'atty', 'supt',
  'vs', 'v', 'approx', 'dept', 'est', 'fig', 'cf',
]);

/** Month abbreviations and "No.": abbreviations only before a number ("Nov. 8", "No. 2"). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'art', 'p', 'pp',
]);

/**
 * Abbreviations that can also end a sentence ("... in the U.S. The ..."):
 * they end one only when the next word is a typical sentence opener.
 * Examples: "U.S. officials" (no split), "based in the U.S. The group" (split).
 */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'u.s', 'u.n', 'u.k', 'e.u', 'a.m', 'p.m', 'd.c', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'l.a', 'n.y', 'etc',
  'e.g', 'i.e',
]);

/** Words that open sentences; after an ambiguous abbreviation they signal a boundary. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that',
  'these', 'those', 'his', 'her', 'their', 'our', 'its', 'there', 'as', 'after', 'before', 'when', 'while', 'if',
  'meanwhile', 'however', 'still', 'yet', 'so', 'some', 'many', 'most', 'officials', 'sources', 'for', 'with',
  'according', 'since', 'during', 'by', 'last', 'earlier', 'later', 'asked',
]);

/** Whether text[s, e) holds a letter or a digit. */
function hasWordChar(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (/[\p{L}\p{N}]/u.test(text[k] as string)) return true;
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isLetter(c: number, ch: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(ch);
}

/** The word (letters and inner periods) that ends right before the period at `dot`. */
function wordBefore(text: string, dot: number): string {
  let k = dot;
  // Bounded: abbreviations are short, and the scan must stay linear.
  const limit = Math.max(0, dot - 12);
  while (k > limit) {
    const c = text.charCodeAt(k - 1);
    if (c === 46 || isLetter(c, text[k - 1] as string)) k--;
    else break;
  }
  if (k > 0 && k === limit && isLetter(text.charCodeAt(k - 1), text[k - 1] as string)) return '';
  return text.slice(k, dot);
}

/** The next word starting at `k` (bounded). */
function wordAt(text: string, k: number): string {
  let e = k;
  while (e < text.length && e - k < 20 && isLetter(text.charCodeAt(e), text[e] as string)) e++;
  return text.slice(k, e);
}

/** Terminal punctuation and closing quotes/brackets swallowed after a sentence end. */
const CLOSERS = new Set([46, 33, 63, 34, 39, 41, 93, 0x201d, 0x2019]);

/**
 * A sentence end with no space after it, where scraped copy lost the break
 * between two paragraphs: "building bombs.”Israeli officials believe",
 * "contributed money to Tillis.\"We have only one", "the recession.This period".
 * `i` is the terminal mark, `j` the first character after it and its closers,
 * `quotesBefore` the straight double quotes seen earlier in the paragraph: an
 * even count makes the next one an opening quote, unless `quoteOpens` knows its
 * direction (the analyzer reads it from the curly quote of the original text,
 * which repair made straight; parity fails where a quotation runs over glued
 * paragraphs, each opened and only the last one closed).
 * Returns where the next sentence starts, or -1 when the mark ends no sentence
 * ("U.S.A", "Yahoo!News", "Rebecca.Ballhaus@wsj.com", "3.5").
 */
function gluedBoundary(text: string, i: number, j: number, quotesBefore: number,
  quoteOpens?: (offset: number) => boolean | undefined): number {
  const n = text.length;
  const upperAt = (k: number): boolean => k < n && isUpper(text[k] as string);
  const lowerAt = (k: number): boolean => k < n && isLower(text[k] as string);
  const opens = (k: number, before: number): boolean => quoteOpens?.(k) ?? before % 2 === 0;
  // An opening quote right after the mark: “Next or (after a closed quotation) "Next.
  const c = text.charCodeAt(j);
  if ((c === 0x201c || (c === 34 && opens(j, quotesBefore))) && upperAt(j + 1)) return j;
  if (j > i + 1) {
    // Closers after the mark. A straight quote that opens belongs to the next sentence.
    if (text.charCodeAt(i + 1) === 34 && opens(i + 1, quotesBefore)) return j === i + 2 && upperAt(j) ? i + 1 : -1;
    const closesQuote = text.slice(i + 1, j).split('').some((q) => q === '\u201d' || q === '"');
    return closesQuote && upperAt(j) && lowerAt(j + 1) ? j : -1;
  }
  // No closers: a period or question mark glued to a capitalized word, after a lower-case word.
  // (A capital and a lower-case letter, or the one-letter words "A" and "I": "last year.A source close to her".)
  if (text[i] === '!' || !upperAt(j) || !(lowerAt(j + 1) || ((text[j] === 'A' || text[j] === 'I') && text[j + 1] === ' '))) return -1;
  const b1 = text[i - 1] ?? '';
  if (!(isLower(b1) || /[0-9]/.test(b1)) || !/[\p{L}0-9]/u.test(text[i - 2] ?? '')) return -1;
  const w = wordBefore(text, i).toLowerCase();
  if (w.includes('.') || TITLE_ABBREVIATIONS.has(w) || AMBIGUOUS_ABBREVIATIONS.has(w) || NUMBER_ABBREVIATIONS.has(w)) return -1;
  // Addresses: "Rebecca.Ballhaus@wsj.com", "www.Example.Com".
  let e = j;
  while (e < n && e - j < 30 && isLetter(text.charCodeAt(e), text[e] as string)) e++;
  if (text[e] === '@' || (text[e] === '.' && e + 1 < n && isLetter(text.charCodeAt(e + 1), text[e + 1] as string))) return -1;
  return j;
}

/** Splits `text` into sentences; spans are trimmed, non-empty, sorted and disjoint. */
export function segmentSentences(text: string, quoteOpens?: (offset: number) => boolean | undefined): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    // Punctuation alone ('." "' with a space before the closing quote, a stray ellipsis) is no sentence: it
    // closes the one before it on the same line.
    const prev = out[out.length - 1];
    if (prev !== undefined && !hasWordChar(text, s, e) && !text.slice(prev.end, s).includes('\n')) {
      prev.end = e;
      return;
    }
    out.push({ start: s, end: e });
  };
  let i = 0;
  // The straight double quotes between the current line's start and `counted`: their parity tells an opening '"'
  // from a closing one. (Counted only when needed, and never twice, so the scan stays linear.)
  let quotes = 0;
  let counted = 0;
  // The next line break and terminal marks at or after `i` (-1: none left; -2: not looked for yet). Jumping from
  // one to the next with indexOf is several times faster than a loop over every character.
  let nextLine = -2;
  let nextDot = -2;
  let nextBang = -2;
  let nextAsk = -2;
  while (i < n) {
    if (nextLine !== -1 && nextLine < i) nextLine = text.indexOf('\n', i);
    if (nextDot !== -1 && nextDot < i) nextDot = text.indexOf('.', i);
    if (nextBang !== -1 && nextBang < i) nextBang = text.indexOf('!', i);
    if (nextAsk !== -1 && nextAsk < i) nextAsk = text.indexOf('?', i);
    let at = n;
    if (nextLine >= 0 && nextLine < at) at = nextLine;
    if (nextDot >= 0 && nextDot < at) at = nextDot;
    if (nextBang >= 0 && nextBang < at) at = nextBang;
    if (nextAsk >= 0 && nextAsk < at) at = nextAsk;
    if (at >= n) break;
    i = at;
    const ch = text[i] as string;
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      quotes = 0;
      counted = i + 1;
      i++;
      continue;
    }
    // Swallow runs of terminal punctuation and closing quotes/brackets.
    let j = i + 1;
    while (j < n && CLOSERS.has(text.charCodeAt(j))) j++;
    if (j < n && !isSpace(text.charCodeAt(j))) {
      for (; counted < i; counted++) if (text.charCodeAt(counted) === 34) quotes++;
      const glued = gluedBoundary(text, i, j, quotes, quoteOpens);
      if (glued > 0) {
        push(start, glued);
        start = glued;
      }
      i = j;
      continue;
    }
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k >= n || text[k] === '\n') {
      push(start, j);
      start = j;
      i = j;
      continue;
    }
    const next = text[k] as string;
    // A spaced ellipsis ("know about it . . . nothing", "seized? . . . Did"): no break before or between its dots.
    if (next === '.' && k > j) {
      i = j;
      continue;
    }
    if (isLower(next) || next === ',' || next === ';') {
      i = j;
      continue;
    }
    if (ch === '.' && j === i + 1) {
      const w = wordBefore(text, i).toLowerCase();
      const nextWord = wordAt(text, k).toLowerCase();
      if (TITLE_ABBREVIATIONS.has(w)) {
        i = j;
        continue;
      }
      if (NUMBER_ABBREVIATIONS.has(w) && /[0-9]/.test(next)) {
        i = j;
        continue;
      }
      const initial = w.length === 1 && isUpper(text[i - 1] as string);
      if (initial || AMBIGUOUS_ABBREVIATIONS.has(w) || /^(?:\p{L}\.)+\p{L}$/u.test(w)) {
        if (!SENTENCE_OPENERS.has(nextWord) || w === 'e.g' || w === 'i.e') {
          i = j;
          continue;
        }
      }
    }
    // Nothing but punctuation so far: an opening quotation's ellipsis ("“ . . . If we do not act") opens the
    // next sentence; anything else ("[...]", a stray dot) closes the one before it on the same line.
    if (!hasWordChar(text, start, i)) {
      const prev = out[out.length - 1];
      if (prev !== undefined && !/["\u201c\u2018]/.test(text.slice(start, j)) && !text.slice(prev.end, start).includes('\n')) {
        prev.end = j;
        start = j;
      }
      i = j;
      continue;
    }
    push(start, j);
    start = j;
    i = j;
  }
  push(start, n);
  return out;
}
