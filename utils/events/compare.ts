/**
 * Claim comparison across two articles about the same event: which claim of the
 * other article states the same thing as each claim of the base article, and
 * does it confirm it, dispute it, or put a name to a source the base kept
 * anonymous?
 *
 * Matching is lexical but normalized: light stems, a small synonym table for
 * the verbs news copy varies most ("kick out" / "expel" / "remove"), rarity
 * weights, and the attribution words themselves left out (two claims do not
 * match because both "told CNN"). Every call carries the words that made it.
 */
import { isUnnamed, type ClaimType } from '../types';
import { tokenize, type Token } from './text';
import { idf } from './idf';

export interface ComparableClaim {
  /** The claim sentence(s). */
  text: string;
  type: ClaimType;
  /** Source phrase as written ("a senior Hamas official"), or null. */
  source: string | null;
}

export type Stance = 'confirms' | 'disputes' | 'names-source';

export interface ClaimAlignment {
  baseIndex: number;
  otherIndex: number;
  /** 0..1: share of the smaller claim's content weight found in the other. */
  similarity: number;
  stance: Stance;
  /** The words that made the call: shared content words, denial cues, the named source. */
  evidence: string[];
}

/** A claim pair below this similarity is not the same assertion. */
export const ALIGN_THRESHOLD = 0.35;
/** ... and must share at least this much rarity weight (two ordinary words are not enough). */
const MIN_SHARED_WEIGHT = 7;

interface LexEntry { canonical: string; forms: readonly string[] }

/**
 * Examples of a table or entry group, run by tests/unit/events/compare.test.ts.
 * Test-only data: kept in separate `*_EXAMPLES` constants next to their table
 * that no runtime code imports, so they are tree-shaken out of the bundles.
 */
export interface LexExamples { matches: readonly string[]; mustNotMatch: readonly string[] }

/**
 * Synonym groups: every form maps to the canonical word. Forms are matched as
 * stems (utils/events/text.ts); multi-word forms may be split by up to two
 * words ("kick Hamas out", "turned the offer down"); "=word" matches only that
 * exact word.
 */
export const SYNONYMS: readonly LexEntry[] = [
  // Making a group leave a country, and the group leaving: in this news class the
  // expulsion and the move are one assertion ("Qatar agreed to kick Hamas out" ≈
  // "Hamas's office moved to Turkey" ≈ "remove Hamas from its territory").
  // A closed office is the same end of a presence; only these exact forms ("=closed"),
  // because the stem of "close" is also the adjective ("a close ally").
  { canonical: 'expel', forms: ['expel', 'expulsion', 'kick out', 'remove', 'removal', 'oust', 'exile', 'evict', 'throw out', 'banish', 'move', 'relocate', 'leave', 'depart', '=closed', '=closure'] },
  // Consent ("Qatar agreed", "accepted the request")
  { canonical: 'agree', forms: ['agree', 'agreement', 'accept', 'consent', 'approve'] },
  // Refusal
  { canonical: 'reject', forms: ['reject', 'refuse', 'turn down', 'turned down', 'rebuff', 'spurn'] },
  // Shutting a crossing or border
  { canonical: 'shut', forms: ['shut', 'shut down', 'shutter', 'seal off'] },
  // Killing and deaths
  { canonical: 'kill', forms: ['kill', 'dead', 'death', 'die', 'died', 'dies', 'dying', 'slain', 'killing'] },
  // Truce vocabulary
  { canonical: 'ceasefire', forms: ['ceasefire', 'cease fire', 'truce', 'pause in fighting', 'halt to the fighting'] },
  // Hostage releases
  { canonical: 'release', forms: ['release', 'free', 'freed', 'let go'] },
  // Capital as seat: "in Doha" ≈ "in the Qatari capital" is left to entities on purpose.
];

/** Examples of `SYNONYMS` by canonical word: each text must yield the canonical term, each near miss must not. */
export const SYNONYMS_EXAMPLES: Readonly<Record<string, LexExamples>> = {
  expel: { matches: ['Qatar agreed to kick Hamas out', 'to remove Hamas from its territory', 'the office had moved to Turkey', 'the office has been closed'], mustNotMatch: ['Qatar hosted the talks', 'a close ally'] },
  agree: { matches: ['Qatar had agreed', 'Hamas accepted the proposal'], mustNotMatch: ['Hamas rejected the proposal'] },
  reject: { matches: ['Hamas rejected the proposal', 'Israel turned down the offer'], mustNotMatch: ['Hamas accepted the proposal'] },
  shut: { matches: ['the crossing was shut', 'Israel sealed off the border'], mustNotMatch: ['the crossing opened'] },
  kill: { matches: ['strikes killed 20 people', '20 people died'], mustNotMatch: ['20 people were wounded'] },
  ceasefire: { matches: ['a cease-fire took effect', 'the truce held'], mustNotMatch: ['fighting resumed'] },
  release: { matches: ['Hamas freed three hostages', 'the release of hostages'], mustNotMatch: ['hostages were taken'] },
};

/**
 * Words of attribution and reporting, not of the assertion: left out of matching.
 * Two claims do not agree because both were "told CNN" by "sources".
 */
export const ATTRIBUTION_WORDS: { words: readonly string[] } = {
  words: [
    // speech and report verbs
    'say', 'said', 'tell', 'told', 'report', 'confirm', 'add', 'claim', 'state', 'note', 'announce', 'according', 'speak', 'spok', 'comment',
    // unnamed-source nouns and their modifiers
    'source', 'official', 'senior', 'spokesperson', 'spokesman', 'spokeswoman', 'person', 'people', 'familiar', 'matter', 'condition', 'anonymity', 'diplomatic',
    // time words that place the report, not the event
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'earlier', 'recent', 'week', 'day', 'ago',
  ],
};

/** Examples of `ATTRIBUTION_WORDS`, run by tests/unit/events/compare.test.ts (test-only: see LexExamples). */
export const ATTRIBUTION_WORDS_EXAMPLES: LexExamples = {
  matches: ['sources told CNN', 'a senior official said on Tuesday'],
  mustNotMatch: ['Qatar expelled Hamas'],
};

interface CueEntry { pattern: RegExp; label: string }

/**
 * Denial cues: the claim says a report or assertion is untrue. Patterns run on
 * the lower-cased claim text.
 */
export const DENIAL_CUES: { cues: readonly CueEntry[] } = {
  cues: [
    // dismissing a report as untrue
    { pattern: /\b(?:baseless|groundless|unfounded|untrue|false|fabricat\w*|fake news|nonsense|lies?)\b/, label: 'calls it untrue' },
    { pattern: /\bno (?:truth|basis|foundation|evidence)\b/, label: 'no truth/basis' },
    { pattern: /\b(?:do|does|did) not reflect (?:the )?(?:truth|reality|facts)\b/, label: 'does not reflect the truth' },
    { pattern: /\bwithout (?:any )?(?:supporting )?evidence\b/, label: 'without evidence' },
    // explicit denial verbs
    { pattern: /\b(?:den(?:y|ies|ied|ying)|refut\w+|dismiss\w*|rejected (?:the |those |these )?(?:reports?|claims?))\b/, label: 'denies' },
  ],
};

/** Examples of `DENIAL_CUES`, run by tests/unit/events/compare.test.ts (test-only: see LexExamples). */
export const DENIAL_CUES_EXAMPLES: LexExamples = {
  matches: ['reports were "baseless"', 'has no basis', 'do not reflect the truth', 'the ministry denied the report'],
  mustNotMatch: ['Qatar agreed to expel Hamas', 'an American source confirmed'],
};

/** Grammatical negators; they count only right before a shared word (see negatedNear). */
export const NEGATORS: { words: readonly string[] } = {
  words: ['not', 'never', 'no', 'nor', "n't", "isn't", "wasn't", "hasn't", "hadn't", "didn't", "doesn't", "won't", 'without'],
};

/** Examples of `NEGATORS`, run by tests/unit/events/compare.test.ts (test-only: see LexExamples). */
export const NEGATORS_EXAMPLES: LexExamples = {
  matches: ['has not been permanently closed', "Qatar hasn't expelled Hamas"],
  mustNotMatch: ['Qatar expelled Hamas'],
};
const NEG = new Set(NEGATORS.words);
/** A negator this many words before a shared word negates it ("has not been permanently closed": 3). */
const NEGATION_SCOPE = 4;

const ATTR = new Set(ATTRIBUTION_WORDS.words);

interface Features { weights: Map<string, number>; raw: Map<string, string>; pos: Map<string, number[]>; lower: Map<string, boolean>; words: string[]; total: number }

interface SynIndex { single: Map<string, string>; exact: Map<string, string>; multi: { stems: string[]; canonical: string }[] }

function synonymIndex(): SynIndex {
  const single = new Map<string, string>();
  const exact = new Map<string, string>();
  const multi: { stems: string[]; canonical: string }[] = [];
  for (const g of SYNONYMS) {
    // Canonical terms are stems too, so their rarity comes from the same table.
    const canonical = tokenize(g.canonical).map((t) => t.stem).join(' ');
    for (const f of g.forms) {
      if (f.startsWith('=')) { exact.set(f.slice(1), canonical); continue; }
      const stems = tokenize(f).map((t) => t.stem);
      if (stems.length === 1 && stems[0]) single.set(stems[0], canonical);
      else if (stems.length > 1) multi.push({ stems, canonical });
    }
  }
  multi.sort((a, b) => b.stems.length - a.stems.length);
  return { single, exact, multi };
}

/** End index of a multi-word form starting at i, allowing ≤ 2 words before each later part. */
function matchMulti(toks: Token[], i: number, stems: string[]): number {
  if (toks[i]?.stem !== stems[0]) return -1;
  let j = i;
  for (let k = 1; k < stems.length; k++) {
    let found = -1;
    for (let g = j + 1; g <= j + 3 && g < toks.length; g++) if (toks[g]?.stem === stems[k]) { found = g; break; }
    if (found < 0) return -1;
    j = found;
  }
  return j;
}

let syn: ReturnType<typeof synonymIndex> | null = null;

/** Canonical content stems of a text (synonyms folded), with the word that produced each and its token index. */
export function contentTerms(text: string, source: string | null = null): { t: string; raw: string; pos: number }[] {
  syn ??= synonymIndex();
  // The source phrase is who speaks, not what is said.
  let body = text;
  if (source) {
    const i = body.toLowerCase().indexOf(source.toLowerCase());
    if (i >= 0) body = body.slice(0, i) + ' '.repeat(source.length) + body.slice(i + source.length);
  }
  const toks = tokenize(body).filter((t) => !t.num || /\d\d/.test(t.stem));
  const out: { t: string; raw: string; pos: number }[] = [];
  const used = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    if (!tok || used.has(i)) continue;
    let phraseEnd = -1;
    let canonical = '';
    for (const m of syn.multi) {
      phraseEnd = matchMulti(toks, i, m.stems);
      if (phraseEnd >= 0) { canonical = m.canonical; break; }
    }
    if (phraseEnd >= 0) {
      // Mark the particle as used so "out" in "kick Hamas out" is not a word of its own.
      used.add(phraseEnd);
      out.push({ t: canonical, raw: `${tok.raw}…${toks[phraseEnd]?.raw ?? ''}`, pos: i });
      continue;
    }
    const c = syn.exact.get(tok.raw.toLowerCase()) ?? syn.single.get(tok.stem);
    if (c) { out.push({ t: c, raw: tok.raw, pos: i }); continue; }
    if (ATTR.has(tok.stem) || ATTR.has(tok.raw.toLowerCase())) continue;
    if (!tok.num && idf(tok.stem) < 1.5) continue;
    out.push({ t: tok.num ? `#${tok.stem}` : tok.stem, raw: tok.raw, pos: i });
  }
  return out;
}

function features(c: ComparableClaim): Features {
  const weights = new Map<string, number>();
  const raw = new Map<string, string>();
  const pos = new Map<string, number[]>();
  const lower = new Map<string, boolean>();
  for (const { t, raw: r, pos: p } of contentTerms(c.text, c.source)) {
    pos.set(t, [...(pos.get(t) ?? []), p]);
    if (!/^\p{Lu}/u.test(r)) lower.set(t, true);
    if (weights.has(t)) continue;
    weights.set(t, t.startsWith('#') ? 4 : idf(t));
    raw.set(t, r);
  }
  let total = 0;
  for (const w of weights.values()) total += w;
  const words = tokenize(c.text).map((t) => t.raw.toLowerCase().replace(/[’]/g, "'"));
  return { weights, raw, pos, lower, words, total };
}

/** Denial cue labels found in a claim. */
export function denialCues(text: string): string[] {
  const lower = text.toLowerCase().replace(/[’]/g, "'");
  return DENIAL_CUES.cues.filter((c) => c.pattern.test(lower)).map((c) => c.label);
}

/** Where the denial cues of a claim are (offsets into `text`), so a shortened copy can keep them. */
export function denialSpans(text: string): { start: number; end: number }[] {
  const lower = text.toLowerCase().replace(/[’]/g, "'");
  const out: { start: number; end: number }[] = [];
  for (const c of DENIAL_CUES.cues) {
    const m = new RegExp(c.pattern.source, c.pattern.flags.replace('g', '')).exec(lower);
    if (m) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The negator (if any) in scope before one of the shared terms. */
function negatedNear(f: Features, shared: string[]): string | null {
  for (const t of shared) {
    for (const p of f.pos.get(t) ?? []) {
      for (let k = Math.max(0, p - NEGATION_SCOPE); k < p; k++) {
        const w = f.words[k];
        if (w && (NEG.has(w) || w.endsWith("n't"))) return `${w} … ${f.raw.get(t) ?? t}`;
      }
    }
  }
  return null;
}

interface PairSim { sim: number; shared: string[]; terms: string[]; sharedWeight: number; predicate: boolean }

function pairSimilarity(a: Features, b: Features): PairSim {
  let sharedWeight = 0;
  const shared: [string, number][] = [];
  let predicate = false;
  for (const [t, w] of a.weights) {
    if (!b.weights.has(t)) continue;
    sharedWeight += w;
    shared.push([t, w]);
    // A lower-case shared word (a verb or common noun) means they say the same thing,
    // not merely that they mention the same names.
    if (a.lower.get(t) && b.lower.get(t)) predicate = true;
  }
  shared.sort((x, y) => y[1] - x[1]);
  const denom = Math.min(a.total, b.total);
  return { sim: denom > 0 ? sharedWeight / denom : 0, shared: shared.map(([t]) => a.raw.get(t) ?? t), terms: shared.map(([t]) => t), sharedWeight, predicate };
}

/** Stance of `other` toward `base`, with the words that decided it. */
export function stanceOf(base: ComparableClaim, other: ComparableClaim, sharedTerms?: string[]): { stance: Stance; evidence: string[] } {
  const evidence: string[] = [];
  const bDenial = denialCues(base.text);
  const oDenial = denialCues(other.text);
  // One side calls the assertion untrue and the other does not.
  if (oDenial.length > 0 !== bDenial.length > 0) {
    evidence.push(...(oDenial.length ? oDenial : bDenial).map((l) => `denial: ${l}`));
    return { stance: 'disputes', evidence };
  }
  // Negation on one side only: "has not been closed" against "closed"/"kicked out".
  const bf = features(base);
  const of = features(other);
  const shared = sharedTerms ?? pairSimilarity(bf, of).terms;
  const bNeg = negatedNear(bf, shared);
  const oNeg = negatedNear(of, shared);
  if (!bDenial.length && (bNeg === null) !== (oNeg === null)) {
    evidence.push(`negation: "${oNeg ?? bNeg}" in ${oNeg ? 'other' : 'base'} only`);
    if (isUnnamed(base.type) && !isUnnamed(other.type) && other.source) evidence.push(`named source: ${other.source}`);
    return { stance: 'disputes', evidence };
  }
  if (isUnnamed(base.type) && (other.type === 'named' || other.type === 'institutional') && other.source) {
    evidence.push(`named source: ${other.source}`);
    return { stance: 'names-source', evidence };
  }
  return { stance: 'confirms', evidence };
}

/**
 * Every (base, other) pair of claims that states the same assertion, with its
 * stance: the popup shows, per claim, both the best confirmation and the best
 * dispute another outlet carries (one article can do both: CNN's lede confirms
 * "Qatar agreed", its Hamas official calls the reports "baseless").
 */
export function alignAll(base: ComparableClaim[], other: ComparableClaim[]): ClaimAlignment[] {
  const bf = base.map(features);
  const of = other.map(features);
  const out: ClaimAlignment[] = [];
  bf.forEach((b, bi) => {
    of.forEach((o, oi) => {
      const p = pairSimilarity(b, o);
      if (p.sim < ALIGN_THRESHOLD || p.sharedWeight < MIN_SHARED_WEIGHT || p.shared.length < 2) return;
      if (!p.predicate && p.shared.length < 3) return;
      const { stance, evidence } = stanceOf(base[bi] as ComparableClaim, other[oi] as ComparableClaim, p.terms);
      out.push({
        baseIndex: bi,
        otherIndex: oi,
        similarity: Math.round(p.sim * 100) / 100,
        stance,
        evidence: [`shared: ${p.shared.slice(0, 8).join(', ')}`, ...evidence],
      });
    });
  });
  return out;
}

/** Align each base claim with the most similar claim of the other article (if any clears the threshold). */
export function compareClaims(base: ComparableClaim[], other: ComparableClaim[]): ClaimAlignment[] {
  const best = new Map<number, ClaimAlignment>();
  for (const a of alignAll(base, other)) {
    const cur = best.get(a.baseIndex);
    if (!cur || a.similarity > cur.similarity) best.set(a.baseIndex, a);
  }
  return [...best.values()].sort((x, y) => x.baseIndex - y.baseIndex);
}

export interface CoverageSummary {
  outlet: string;
  confirms: number;
  /** Confirmations that themselves rest on unnamed sources: "confirms (anonymous)". */
  confirmsAnonymously: number;
  disputes: number;
  namesSource: number;
  /** One line per aligned claim for the popup: "confirms (anonymous)", "disputes: calls it untrue". */
  labels: string[];
}

/** Per-outlet summary of how another article's claims bear on the base article. */
export function summarizeCoverage(base: { outlet: string; claims: ComparableClaim[] }, other: { outlet: string; claims: ComparableClaim[] }): CoverageSummary {
  const al = compareClaims(base.claims, other.claims);
  const s: CoverageSummary = { outlet: other.outlet, confirms: 0, confirmsAnonymously: 0, disputes: 0, namesSource: 0, labels: [] };
  for (const a of al) {
    const o = other.claims[a.otherIndex];
    if (a.stance === 'confirms') {
      s.confirms++;
      const anon = o ? isUnnamed(o.type) : false;
      if (anon) s.confirmsAnonymously++;
      s.labels.push(anon ? 'confirms (anonymous)' : 'confirms');
    } else if (a.stance === 'disputes') {
      s.disputes++;
      s.labels.push(`disputes: ${a.evidence.find((e) => e.startsWith('denial') || e.startsWith('negation')) ?? ''}`.trim());
    } else {
      s.namesSource++;
      s.labels.push(`names the source: ${o?.source ?? ''}`);
    }
  }
  return s;
}
