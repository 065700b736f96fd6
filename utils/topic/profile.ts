/**
 * User-defined topics: built from a few keywords in the topic editor, or read
 * back from an import file. Imported data is untrusted, so it is validated into
 * a clean `TopicProfile` with readable errors.
 */
import type { TopicProfile, TopicTerm } from '../types';
import { termTokens, type TopicPeriod, type TopicProfileSpec, type TopicTermSpec } from './match';

/**
 * Weight of one user keyword. With threshold 1 and the zone multipliers of
 * `score.ts` (title ×2, lede ×1 per mention), one keyword in the title or two
 * mentions in the lede put an item on topic; a single mention in the lede does not.
 */
export const USER_KEYWORD_WEIGHT = 0.5;
export const USER_EXCLUDE_WEIGHT = 0.5;
export const USER_THRESHOLD = 1;

const LIMITS = { terms: 2000, termChars: 120, nameChars: 120, descriptionChars: 2000, idChars: 120 } as const;

export interface UserTopicInput {
  name: string;
  keywords: string[];
  exclude?: string[];
  description?: string;
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** A keyword whose words all start with a capital ("Greta Thunberg", "NATO") is a proper name. */
function isEntity(keyword: string): boolean {
  const words = keyword.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0) return false;
  // Short particles inside names do not break capitalization: "Bank of England", "Abu al-Hasan".
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && /^(of|the|de|del|la|le|al|el|bin|ibn|von|van|da)$/.test(w)));
}

/** Builds a profile from a few keywords (phrases allowed; capitalized keywords become entities). */
export function makeUserTopic(input: UserTopicInput): TopicProfile {
  const name = (input.name ?? '').trim();
  if (!name) throw new Error('A topic needs a name.');
  const terms: TopicTermSpec[] = [];
  const phrases: TopicTermSpec[] = [];
  const entities: TopicTermSpec[] = [];
  const negative: TopicTermSpec[] = [];
  const seen = new Set<string>();
  for (const raw of input.keywords ?? []) {
    const kw = String(raw).trim().replace(/\s+/g, ' ');
    if (!kw || termTokens(kw).length === 0) continue;
    const entity = isEntity(kw);
    const term = entity ? kw : kw.toLowerCase();
    if (seen.has(term)) continue;
    seen.add(term);
    const t: TopicTermSpec = { term, weight: USER_KEYWORD_WEIGHT };
    if (entity) entities.push(t);
    else if (termTokens(kw).length > 1) phrases.push(t);
    else terms.push(t);
  }
  if (terms.length + phrases.length + entities.length === 0) {
    throw new Error(`Topic "${name}" needs at least one keyword with letters or digits.`);
  }
  for (const raw of input.exclude ?? []) {
    const kw = String(raw).trim().replace(/\s+/g, ' ').toLowerCase();
    if (!kw || termTokens(kw).length === 0) continue;
    negative.push({ term: kw, weight: USER_EXCLUDE_WEIGHT });
  }
  const all = [...entities, ...phrases, ...terms].map((t) => t.term);
  return {
    id: `user-${slug(name) || 'topic'}`,
    name,
    description: input.description?.trim() || `Items about ${all.slice(0, 6).join(', ')}`,
    terms,
    phrases,
    entities,
    negative,
    threshold: USER_THRESHOLD,
    builtin: false,
  };
}

function fail(msg: string): never {
  throw new Error(`Invalid topic profile: ${msg}`);
}

function show(v: unknown): string {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 40 ? `${s.slice(0, 40)}…` : s;
  } catch {
    return String(v);
  }
}

function readString(o: Record<string, unknown>, key: string, max: number, required: boolean): string {
  const v = o[key];
  if (v === undefined && !required) return '';
  if (typeof v !== 'string') fail(`"${key}" must be a string (got ${show(v)})`);
  const s = v.trim();
  if (required && !s) fail(`"${key}" must not be empty`);
  if (s.length > max) fail(`"${key}" is longer than ${max} characters`);
  return s;
}

const ROLES = new Set(['anchor', 'context', 'generic']);

function readTerms(o: Record<string, unknown>, key: string, lower: boolean): TopicTermSpec[] {
  const v = o[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(`"${key}" must be a list of {term, weight} (got ${show(v)})`);
  if (v.length > LIMITS.terms) fail(`"${key}" has more than ${LIMITS.terms} entries`);
  return v.map((item: unknown, i): TopicTermSpec => {
    const at = `${key}[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      fail(`${at} must be an object {term, weight} (got ${show(item)})`);
    }
    const rec = item as Record<string, unknown>;
    const term = rec.term;
    if (typeof term !== 'string' || !term.trim()) fail(`${at}.term must be a non-empty string (got ${show(term)})`);
    if (term.length > LIMITS.termChars) fail(`${at}.term is longer than ${LIMITS.termChars} characters`);
    if (termTokens(term).length === 0) fail(`${at}.term has no letters or digits (got ${show(term)})`);
    const weight = rec.weight;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0 || weight > 10) {
      fail(`${at}.weight must be a number above 0 and at most 10 (got ${show(weight)})`);
    }
    const out: TopicTermSpec = { term: lower ? term.trim().toLowerCase() : term.trim(), weight };
    if (rec.role !== undefined) {
      if (typeof rec.role !== 'string' || !ROLES.has(rec.role)) {
        fail(`${at}.role must be "anchor", "context" or "generic" (got ${show(rec.role)})`);
      }
      out.role = rec.role as TopicTermSpec['role'];
    }
    if (rec.since !== undefined) {
      if (typeof rec.since !== 'string' || !ISO_DATE.test(rec.since)) {
        fail(`${at}.since must be a date YYYY-MM-DD (got ${show(rec.since)})`);
      }
      out.since = rec.since;
    }
    if (rec.promote !== undefined) {
      const pr = rec.promote as Record<string, unknown> | null;
      if (
        typeof pr !== 'object' || pr === null || typeof pr.role !== 'string' || !ROLES.has(pr.role) ||
        typeof pr.since !== 'string' || !ISO_DATE.test(pr.since)
      ) {
        fail(`${at}.promote must be {role: "anchor"|"context"|"generic", since: YYYY-MM-DD} (got ${show(rec.promote)})`);
      }
      out.promote = { role: pr.role as 'anchor' | 'context' | 'generic', since: pr.since };
    }
    return out;
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function readPeriods(v: unknown): TopicPeriod[] {
  if (!Array.isArray(v)) fail(`"periods" must be a list of {name, from, to?} (got ${show(v)})`);
  return v.map((p: unknown, i): TopicPeriod => {
    const at = `periods[${i}]`;
    if (typeof p !== 'object' || p === null) fail(`${at} must be an object {name, from, to?} (got ${show(p)})`);
    const r = p as Record<string, unknown>;
    if (typeof r.from !== 'string' || !ISO_DATE.test(r.from)) fail(`${at}.from must be a date YYYY-MM-DD (got ${show(r.from)})`);
    if (r.to !== undefined && (typeof r.to !== 'string' || !ISO_DATE.test(r.to) || r.to < r.from)) {
      fail(`${at}.to must be a date YYYY-MM-DD not before "from" (got ${show(r.to)})`);
    }
    const out: TopicPeriod = { name: typeof r.name === 'string' ? r.name : '', from: r.from };
    if (typeof r.to === 'string') out.to = r.to;
    return out;
  });
}

/**
 * Checks untrusted data (import file, editor state) and returns a clean profile.
 * Terms and phrases are lower-cased as the type requires; the optional scoring hints
 * (term `role`/`since`, `listPeers`, `periods`) are kept; other fields are dropped.
 * Throws an Error whose message says which field is wrong and why.
 */
export function validateTopicProfile(x: unknown): TopicProfile {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) fail(`expected an object (got ${show(x)})`);
  const o = x as Record<string, unknown>;
  const id = readString(o, 'id', LIMITS.idChars, true);
  const name = readString(o, 'name', LIMITS.nameChars, true);
  const description = readString(o, 'description', LIMITS.descriptionChars, false);
  const terms = readTerms(o, 'terms', true);
  const phrases = readTerms(o, 'phrases', true);
  const entities = readTerms(o, 'entities', false);
  const negative: TopicTerm[] = readTerms(o, 'negative', true).map((t) => ({ term: t.term, weight: t.weight }));
  if (terms.length + phrases.length + entities.length === 0) {
    fail('needs at least one entry in "terms", "phrases" or "entities"');
  }
  const threshold = o.threshold;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold <= 0) {
    fail(`"threshold" must be a number above 0 (got ${show(threshold)})`);
  }
  if (o.builtin !== undefined && typeof o.builtin !== 'boolean') fail(`"builtin" must be true or false (got ${show(o.builtin)})`);
  const out: TopicProfileSpec = { id, name, description, terms, phrases, entities, negative, threshold };
  if (o.builtin !== undefined) out.builtin = o.builtin as boolean;
  if (o.listPeers !== undefined) {
    if (!Array.isArray(o.listPeers) || !o.listPeers.every((p) => typeof p === 'string')) {
      fail(`"listPeers" must be a list of strings (got ${show(o.listPeers)})`);
    }
    out.listPeers = (o.listPeers as string[]).map((p) => p.toLowerCase());
  }
  if (o.periods !== undefined) out.periods = readPeriods(o.periods);
  return out;
}
