/**
 * Pure conversion of an analysis into store records, including the footprint
 * budget of auto-captured articles. No Dexie here: the bench and the import
 * path reuse it, and it is tested on plain data.
 */
import type { AnalyzedArticle, ClaimType } from '../types';
import { CLAIM_TYPES } from '../types';
import type { ArticleRecord, ClaimCounts, StoredClaim } from './db';
import { emptyCounts, unnamedOf } from './db';
import { searchTerms } from './search';
import { normalizeUrl } from './url';
import { denialSpans } from '../events/compare';

/** Hard ceiling for one auto-captured article record with its claims (JSON, UTF-8 bytes). */
export const AUTO_FOOTPRINT_BYTES = 3000;

/** Field caps for auto-captured records (characters). Saved articles keep claim words whole. */
export const AUTO_CAPS = {
  claimText: 130,
  source: 80,
  cue: 60,
  reason: 80,
  title: 300,
  excerpt: 120,
  byline: 120,
} as const;

/**
 * Which claims survive when the budget is tight: the ones the popup exists for
 * (unnamed sources) first, then other outlets' reports, then on-record voices.
 */
const KEEP_PRIORITY: Record<ClaimType, number> = { anonymous: 0, vague: 0, report: 1, institutional: 2, named: 3 };

export type ArticleDraft = Omit<ArticleRecord, 'id'>;
export type ClaimDraft = StoredClaim;

/** Cut at a word boundary and mark the cut, so a capped quote never ends mid-word silently. */
export function capText(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

/**
 * Cap a claim's words keeping its head and its tail: sources and cues sit at
 * either end ("…, sources said"), and so do denials ("… do not reflect the
 * truth"), which the cross-outlet comparison needs to see.
 */
export function capClaimText(s: string, max: number, keep: readonly { start: number; end: number }[] = []): string {
  if (s.length <= max) return s;
  const headLen = Math.floor((max - 3) * 0.6);
  const tailLen = max - 3 - headLen;
  let head = s.slice(0, headLen);
  const sp = head.lastIndexOf(' ');
  if (sp > headLen * 0.6) head = head.slice(0, sp);
  let tailStart = s.length - tailLen;
  const tp = s.indexOf(' ', tailStart);
  if (tp >= 0 && tp - tailStart < tailLen * 0.4) tailStart = tp + 1;
  // Words the comparison must still see ("baseless", "denied") when they fall in the cut middle.
  const middle = keep
    .filter((k) => k.start >= head.length && k.end <= tailStart)
    .map((k) => s.slice(k.start, k.end));
  return [head.trimEnd(), ...middle, s.slice(tailStart).trimStart()].join(' … ');
}

function capOrNull(s: string | null | undefined, max: number): string | null {
  return s == null ? null : capText(s, max);
}

export function countClaims(types: readonly ClaimType[]): ClaimCounts {
  const counts = emptyCounts();
  for (const t of types) counts[t] += 1;
  return counts;
}

/** UTF-8 size of a value's JSON, the footprint measure. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** Every claim of the analysis as a draft with its full words. */
export function claimDrafts(a: AnalyzedArticle): ClaimDraft[] {
  return a.claims.map((c, idx) => ({
    idx,
    type: c.type,
    start: c.start,
    end: c.end,
    text: a.text.slice(c.start, c.end),
    source: c.source ? c.source.text : null,
    cue: c.cue ? c.cue.text : null,
    reason: c.reason,
  }));
}

export interface BuiltRecords {
  article: ArticleDraft;
  claims: ClaimDraft[];
}

/**
 * Article + claim drafts for an analysis. `saved` keeps the full text and all
 * claims whole; otherwise the auto-capture budget applies (see fitAutoBudget).
 */
export function buildRecords(a: AnalyzedArticle, opts: { saved: boolean; now: number; eventId?: string | null; keys?: string[] }): BuiltRecords {
  const counts = countClaims(a.claims.map((c) => c.type));
  const article: ArticleDraft = {
    url: normalizeUrl(a.url),
    canonicalUrl: a.canonicalUrl ? normalizeUrl(a.canonicalUrl) : null,
    title: opts.saved ? a.title : capText(a.title, AUTO_CAPS.title),
    outlet: a.outlet,
    originalOutlet: a.originalOutlet,
    byline: opts.saved ? a.byline : capOrNull(a.byline, AUTO_CAPS.byline),
    publishedAt: a.publishedAt,
    lang: a.lang,
    firstSeen: opts.now,
    lastSeen: opts.now,
    saved: opts.saved ? 1 : 0,
    topicIds: a.topics.filter((t) => t.onTopic).map((t) => t.topicId),
    onTopic: a.topics.some((t) => t.onTopic) ? 1 : 0,
    counts,
    unnamedCount: unnamedOf(counts),
    claimsOmitted: 0,
    eventId: opts.eventId ?? null,
    analyzerVersion: a.analyzerVersion,
    excerpt: capText(a.excerpt, AUTO_CAPS.excerpt),
    terms: [],
    claims: [],
  };
  // Matching reads the keys from the event rows; an article keeps its own only when saved
  // (to re-match it after a recompute), which leaves auto-captured budget for claims.
  if (opts.keys && opts.saved) article.keys = opts.keys;
  const drafts = claimDrafts(a);
  if (opts.saved) {
    article.text = a.text;
    article.terms = termsOf(article, drafts);
    article.claims = drafts;
    return { article, claims: drafts };
  }
  // The analyzed text starts with the headline: a claim there is the article's main assertion.
  return fitAutoBudget(article, drafts, a.text.startsWith(a.title) ? a.title.length : 0);
}

/**
 * Search terms of a record. A saved article (the reader's collection) is found by the words of
 * its title, outlets, sources and every claim; an auto-captured one (reading history) by its
 * title, outlets and who is quoted. Claim words were four index entries in five of a realistic
 * auto-captured record (about 60 at the median), and half the cost of storing it (Chromium
 * store bench at 100,000 articles: p95 21 ms with them, 10 without).
 */
export function termsOf(article: Pick<ArticleDraft, 'title' | 'outlet' | 'originalOutlet' | 'saved'>, claims: readonly ClaimDraft[]): string[] {
  return searchTerms([article.title, article.outlet, article.originalOutlet, ...claims.flatMap((c) => searchedWords(c, article.saved === 1))]);
}

/** What of a claim its record is searched by: who is quoted; for a saved article, the claim's words too. */
function searchedWords(c: ClaimDraft, saved: boolean): (string | null)[] {
  return saved ? [c.text, c.source] : [c.source];
}

// Width of the ids Dexie will add, so the budget holds for a store with millions of rows.
const ID_PLACEHOLDER = 99_999_999;

/**
 * Cap claim fields and keep claims (by KEEP_PRIORITY, then text order) while
 * article + claims stay within AUTO_FOOTPRINT_BYTES. Drops the body text.
 * Counts keep describing all claims; `claimsOmitted` says how many were dropped.
 */
export function fitAutoBudget(article: ArticleDraft, drafts: readonly ClaimDraft[], headlineEnd = 0): BuiltRecords {
  const base: ArticleDraft = { ...article };
  delete base.text;
  const capped = drafts.map((c) => ({
    ...c,
    text: capClaimText(c.text, AUTO_CAPS.claimText, denialSpans(c.text)),
    source: capOrNull(c.source, AUTO_CAPS.source),
    cue: capOrNull(c.cue, AUTO_CAPS.cue),
    reason: capText(c.reason, AUTO_CAPS.reason),
  }));
  // Within a type, a claim that denies something goes first: disputes are what the
  // cross-outlet comparison most needs ("… were baseless", a Hamas official told CNN).
  // The headline's claim goes first whatever its type: it is what other outlets' coverage is
  // most often compared with ("…, Qatari foreign ministry says").
  const rank = (c: ClaimDraft): number =>
    c.start < headlineEnd ? -1 : KEEP_PRIORITY[c.type] - (denialSpans(c.text).length ? 0.5 : 0);
  const order = [...capped].sort((x, y) => rank(x) - rank(y) || x.idx - y.idx);
  // Sizes are tracked incrementally: the article JSON without terms, plus each distinct term's
  // JSON bytes ("term" and a comma), plus each claim's JSON and a separator.
  const enc = new TextEncoder();
  const termBytes = (t: string): number => enc.encode(t).length + 3;
  const terms = new Set(searchTerms([base.title, base.outlet, base.originalOutlet]));
  let total = jsonBytes({ ...base, id: ID_PLACEHOLDER, terms: [], claims: [] });
  for (const t of terms) total += termBytes(t);
  const kept: ClaimDraft[] = [];
  for (const c of order) {
    const cb = jsonBytes(c) + 1;
    const fresh = searchTerms(searchedWords(c, false)).filter((t) => !terms.has(t));
    const add = cb + fresh.reduce((n, t) => n + termBytes(t), 0);
    if (total + add > AUTO_FOOTPRINT_BYTES) continue; // a shorter, later claim may still fit
    kept.push(c);
    total += add;
    for (const t of fresh) terms.add(t);
  }
  kept.sort((x, y) => x.idx - y.idx);
  const found = CLAIM_TYPES.reduce((n, t) => n + base.counts[t], 0);
  base.claimsOmitted = Math.max(0, found - kept.length);
  base.terms = termsOf(base, kept);
  base.claims = kept;
  return { article: base, claims: kept };
}
