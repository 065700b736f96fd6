/**
 * Term matching for topic profiles: tokenization and a compiled index.
 *
 * Pure string code (no DOM), shared by the full scorer and the cheap page-gate
 * check. A profile is compiled once (cached per profile object) into a map
 * from a term's first token to its candidate terms, so matching a text costs one
 * pass over its tokens whatever the size of the lexicon.
 */
import type { TopicProfile, TopicTerm } from '../types';

/** How a term takes part in the score (see `score.ts`). */
export type TermRole = 'anchor' | 'context' | 'generic' | 'negative';

/**
 * A profile term with optional scoring hints. Plain `TopicTerm`s (user topics,
 * imported files) default to role `anchor` and no date gate, so any valid
 * `TopicProfile` scores sensibly.
 */
export interface TopicTermSpec extends TopicTerm {
  /**
   * `anchor`: topic-specific, carries an item by itself.
   * `context`: the topic's actors (e.g. "Israel"), only counts together with a generic term or an anchor.
   * `generic`: vocabulary shared with other subjects ("ceasefire", "hostage"), never carries an item alone.
   * `negative` is implied for entries of `profile.negative`.
   */
  role?: Exclude<TermRole, 'negative'>;
  /** ISO date (YYYY-MM-DD): the term only counts in items dated on or after it. */
  since?: string;
  /**
   * From `promote.since` on, the term plays `promote.role` instead of its role. After Oct 7, 2023
   * "hostages" in the news are the Gaza hostages: an actor of the war (context), not just a generic word.
   */
  promote?: { role: Exclude<TermRole, 'negative'>; since: string };
}

/** A profile that may carry the optional scoring hints. Still a `TopicProfile`. */
export interface TopicProfileSpec extends TopicProfile {
  terms: TopicTermSpec[];
  phrases: TopicTermSpec[];
  entities: TopicTermSpec[];
  /**
   * Names of other armed groups (lower-case). An anchor standing in a list next
   * to one of them ("al-Qaeda, Hamas, Hezbollah and others") is a mention in
   * passing and is discounted.
   */
  listPeers?: string[];
  /**
   * When the topic was in the news (ISO dates, `to` omitted = ongoing). Inside a period, or for an
   * undated item (read as current news), a context term and a generic term in the same zone
   * ("Israeli strike kills five") are trusted; outside, the pair counts half and cannot carry an
   * item by itself. Profiles without periods always trust pairs.
   */
  periods?: TopicPeriod[];
}

export interface TopicPeriod {
  name: string;
  from: string;
  to?: string;
}

export interface Token {
  /** Lower-case form with straight apostrophes and without a possessive "'s". */
  lower: string;
  /** Original spelling (possessive removed), used for case-sensitive entities. */
  raw: string;
  start: number;
  end: number;
}

// Letters/digits, keeping inner apostrophes ("Be'eri") and an optional leading "#".
const WORD_RE = /#?[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
// Hashtags are written in CamelCase or with digits glued on: "#IsraelHamasWar", "#GazaAttack".
const CAMEL_RE = /[\p{Lu}]?[\p{Ll}]+|[\p{Lu}]+(?![\p{Ll}])|\p{N}+/gu;

/** Splits a text into word tokens with UTF-16 offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null) {
    let raw = m[0];
    let start = m.index;
    if (raw.charCodeAt(0) === 35 /* # */) {
      raw = raw.slice(1);
      start += 1;
      CAMEL_RE.lastIndex = 0;
      let p: RegExpExecArray | null;
      while ((p = CAMEL_RE.exec(raw)) !== null) {
        out.push(makeToken(p[0], start + p.index));
      }
      continue;
    }
    out.push(makeToken(raw, start));
  }
  return out;
}

function makeToken(word: string, start: number): Token {
  const end = start + word.length;
  let raw = word;
  // Hot path: most words have no apostrophe at all.
  if (word.indexOf('’') >= 0 || word.indexOf("'") >= 0) {
    raw = word.replace(/’/g, "'");
    // Possessives are the same name: "Israel's", "Hamas’s", "Gaza's".
    if (raw.length > 2 && /'s$/i.test(raw)) raw = raw.slice(0, -2);
  }
  return { lower: raw.toLowerCase(), raw, start, end };
}

/** One term of a profile, ready to match. */
export interface CompiledTerm {
  term: string;
  weight: number;
  role: TermRole;
  since: string | null;
  promote: { role: TermRole; since: string } | null;
  /** Lower-case tokens of the term. */
  tokens: string[];
  /** Original tokens, for entities (matched case-sensitively). */
  rawTokens: string[] | null;
  /** Lower-case words and phrases also match with a plural "s"/"es" on the last word. */
  plural: boolean;
}

export interface CompiledProfile {
  profile: TopicProfile;
  byFirst: Map<string, CompiledTerm[]>;
  peers: Set<string>;
  /** Longest term in tokens, to bound look-ahead. */
  maxLen: number;
}

/** Splits a term the same way texts are tokenized: "cease-fire" -> ["cease", "fire"]. */
export function termTokens(term: string): Token[] {
  return tokenize(term.replace(/#/g, ' '));
}

function compileTerm(t: TopicTerm, role: TermRole, entity: boolean, loose: boolean): CompiledTerm | null {
  const toks = termTokens(t.term);
  if (toks.length === 0) return null;
  const spec = t as TopicTermSpec;
  return {
    term: t.term,
    weight: t.weight,
    role: role === 'negative' ? 'negative' : (spec.role ?? role),
    since: typeof spec.since === 'string' ? spec.since : null,
    promote: role !== 'negative' && spec.promote ? { role: spec.promote.role, since: spec.promote.since } : null,
    tokens: toks.map((x) => x.lower),
    rawTokens: entity && !loose ? toks.map((x) => x.raw) : null,
    plural: !entity,
  };
}

const strictCache = new WeakMap<TopicProfile, CompiledProfile>();
const looseCache = new WeakMap<TopicProfile, CompiledProfile>();

/**
 * Compiles (and caches, per profile object) the term index of a profile.
 * `loose` matches entities in any case: for the page gate, where URL slugs are lower-case.
 */
export function compileProfile(profile: TopicProfile, loose = false): CompiledProfile {
  const cache = loose ? looseCache : strictCache;
  const hit = cache.get(profile);
  if (hit) return hit;
  const byFirst = new Map<string, CompiledTerm[]>();
  let maxLen = 1;
  const add = (list: readonly TopicTerm[], role: TermRole, entity: boolean): void => {
    for (const t of list) {
      const c = compileTerm(t, role, entity, loose);
      if (!c) continue;
      const first = c.tokens[0] as string;
      const bucket = byFirst.get(first);
      if (bucket) bucket.push(c);
      else byFirst.set(first, [c]);
      maxLen = Math.max(maxLen, c.tokens.length);
    }
  };
  add(profile.terms, 'anchor', false);
  add(profile.phrases, 'anchor', false);
  add(profile.entities, 'anchor', true);
  add(profile.negative, 'negative', false);
  // Longest first, so "gaza strip" wins over "gaza" at the same position.
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.tokens.length - a.tokens.length);
  const peers = new Set<string>();
  for (const p of (profile as TopicProfileSpec).listPeers ?? []) {
    const toks = termTokens(p);
    if (toks.length > 0) peers.add(toks.map((x) => x.lower).join(' '));
  }
  const compiled: CompiledProfile = { profile, byFirst, peers, maxLen };
  cache.set(profile, compiled);
  return compiled;
}

function tokenEquals(term: CompiledTerm, i: number, tok: Token, last: boolean): boolean {
  const want = term.tokens[i] as string;
  if (term.rawTokens) {
    const raw = term.rawTokens[i] as string;
    // Entities are case-sensitive, but an all-caps headline ("GAZA") still names them.
    return tok.raw === raw || (tok.lower === want && tok.raw === tok.raw.toUpperCase() && tok.raw.length > 1);
  }
  if (tok.lower === want) return true;
  if (last && term.plural && want.length > 2) {
    return tok.lower === want + 's' || tok.lower === want + 'es';
  }
  return false;
}

export interface TermMatch {
  term: CompiledTerm;
  /** Index of the first token. */
  index: number;
  length: number;
}

/**
 * Finds term occurrences, longest match first, without overlaps.
 * A plural form of a single word is looked up through its stem ("hostages" -> "hostage").
 */
export function findMatches(compiled: CompiledProfile, toks: readonly Token[]): TermMatch[] {
  const out: TermMatch[] = [];
  const n = toks.length;
  let i = 0;
  while (i < n) {
    const tok = toks[i] as Token;
    let best: TermMatch | null = null;
    const lower = tok.lower;
    // Plural forms are looked up through their stem: "hostages" -> "hostage", "crosses" -> "cross".
    const plural = lower.length > 3 && lower.charCodeAt(lower.length - 1) === 115; /* s */
    const nKeys = plural ? (lower.charCodeAt(lower.length - 2) === 101 /* e */ ? 3 : 2) : 1;
    for (let k = 0; k < nKeys; k++) {
      const bucket = compiled.byFirst.get(k === 0 ? lower : lower.slice(0, -k));
      if (!bucket) continue;
      for (const term of bucket) {
        const len = term.tokens.length;
        if (best && best.length >= len) continue;
        if (i + len > n) continue;
        let ok = true;
        for (let j = 0; j < len; j++) {
          if (!tokenEquals(term, j, toks[i + j] as Token, j === len - 1)) {
            ok = false;
            break;
          }
        }
        if (ok) best = { term, index: i, length: len };
      }
    }
    if (best) {
      out.push(best);
      i += best.length;
    } else {
      i += 1;
    }
  }
  return out;
}
