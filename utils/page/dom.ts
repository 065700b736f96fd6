/**
 * Small read-only helpers over a DOM `Document`, shared by the gate and the
 * extractor. Nothing here mutates the document it is given.
 */
import { MONTH } from './lexicon';

/** Collapse every run of whitespace (incl. NBSP and zero-width space) to one space and trim. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

/**
 * All `<meta>` values by lower-cased `property`, `name`, `itemprop` or
 * `http-equiv`; the first non-empty value wins (sites often repeat tags, and the
 * first is the one in the head).
 */
export function readMeta(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    if (!m) continue;
    const content = m.getAttribute('content');
    if (!content || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr);
      if (!key) continue;
      // `property="og:title twitter:title"` lists several keys in one tag.
      for (const k of key.toLowerCase().split(/\s+/)) {
        if (k && !out.has(k)) out.set(k, content.trim());
      }
    }
  }
  return out;
}

export type JsonObject = Record<string, unknown>;

/**
 * Parsed JSON-LD objects of the page: top-level arrays and `@graph` members are
 * flattened, nested objects are kept as they are. Bounded (a few scripts, each
 * of limited size) because the gate runs this in any page it is injected into, and tolerant:
 * CDATA/comment wrappers are stripped and malformed blocks are skipped.
 */
export function readJsonLd(doc: Document, maxScripts = 8, maxChars = 200_000): JsonObject[] {
  const out: JsonObject[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  const n = Math.min(scripts.length, maxScripts);
  for (let i = 0; i < n; i++) {
    const raw = scripts[i]?.textContent ?? '';
    if (!raw || raw.length > maxChars) continue;
    const cleaned = raw
      .replace(/^\s*(?:<!\[CDATA\[|<!--|\/\/\s*<!\[CDATA\[)/, '')
      .replace(/(?:\]\]>|-->|\/\/\s*\]\]>)\s*$/, '');
    let parsed: unknown;
    try {
      parsed = JSON.parse(cleaned);
    } catch {
      continue;
    }
    flattenLd(parsed, out, 0);
  }
  return out;
}

function flattenLd(v: unknown, out: JsonObject[], depth: number): void {
  if (depth > 3 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) flattenLd(x, out, depth + 1);
    return;
  }
  const o = v as JsonObject;
  out.push(o);
  if (Array.isArray(o['@graph'])) flattenLd(o['@graph'], out, depth + 1);
}

/** `@type` of a JSON-LD object as a list ("NewsArticle", ["Article", "NewsArticle"]). */
export function ldTypes(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** JSON-LD types that describe a single article-like piece of writing. */
export const LD_ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'backgroundnewsarticle',
  'opinionnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'liveblogposting',
  'blogposting', 'socialmediaposting', 'report', 'scholarlyarticle', 'satiricalarticle', 'review',
]);

/** The first JSON-LD object whose type is article-like, or null. */
export function ldArticle(objs: JsonObject[]): JsonObject | null {
  for (const o of objs) {
    if (ldTypes(o).some((t) => LD_ARTICLE_TYPES.has(t.toLowerCase()))) return o;
  }
  return null;
}

/** A string field of a JSON-LD object, following one level of `{name}` / `[first]` nesting. */
export function ldString(o: JsonObject | null, key: string): string | null {
  if (!o) return null;
  let v = o[key];
  if (Array.isArray(v)) v = v[0];
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object') {
    const name = (v as JsonObject)['name'];
    if (typeof name === 'string') return name.trim() || null;
  }
  return null;
}

/** Author names of a JSON-LD article ("Stella Kim, Jennifer Jett"). */
export function ldAuthors(o: JsonObject | null): string | null {
  if (!o) return null;
  const a = o['author'] ?? o['creator'];
  const list = Array.isArray(a) ? a : a ? [a] : [];
  const names: string[] = [];
  for (const x of list) {
    if (typeof x === 'string' && x.trim()) names.push(x.trim());
    else if (x && typeof x === 'object') {
      const n = (x as JsonObject)['name'];
      if (typeof n === 'string' && n.trim()) names.push(n.trim());
    }
  }
  return names.length ? names.join(', ') : null;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const ISO_DAY = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
const MONTH_FIRST = new RegExp(String.raw`\b(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\.?,?\s+(\d{4})\b`, 'i');
const SLASHED_ISO = /\b(\d{4})\/(\d{2})\/(\d{2})\b/;

function day(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A calendar day (YYYY-MM-DD) from a machine or human date string, as written
 * by the publisher: "2015-07-24T05:36:09+01:00" is the 24th (the publisher's
 * local day), "Nov. 8, 2024", "8 November 2024", "2024/11/08". Ambiguous
 * numeric forms (11/08/2024) are refused rather than guessed.
 */
export function toIsoDay(s: string | null | undefined): string | null {
  if (!s) return null;
  let m = ISO_DAY.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_FIRST.exec(s);
  if (m) return day(Number(m[3]), MONTHS[m[1]!.slice(0, 3).toLowerCase()] ?? 0, Number(m[2]));
  m = DAY_FIRST.exec(s);
  if (m) return day(Number(m[3]), MONTHS[m[2]!.slice(0, 3).toLowerCase()] ?? 0, Number(m[1]));
  m = SLASHED_ISO.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** Hostname without "www." (lower-case), or "" for unparsable URLs. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return '';
  }
}

/** Whether `el` or one of its ancestors (up to `limit` levels) satisfies `pred`. */
export function closest(el: Element | null, pred: (e: Element) => boolean, limit = 12): Element | null {
  let cur: Element | null = el;
  for (let i = 0; cur && i < limit; i++) {
    if (pred(cur)) return cur;
    cur = cur.parentElement;
  }
  return null;
}

/** Lower-cased "class id" of an element, for furniture tests. */
export function classIdOf(el: Element): string {
  const c = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${c} ${id}`.toLowerCase();
}
