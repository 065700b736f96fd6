/**
 * Word-table matchers for the URL shapes and page markers the gate checks on
 * every page the reader opens. They do what a regular expression over the
 * same words would do, without one: V8 compiles a regex on its first use in
 * each page's script world, and for the gate's six URL patterns that first use
 * cost ~0.6 ms per page (Chromium, Readability pages), more than the rest of
 * the veto checks together. Splitting a path on "/" and looking words up in a
 * Set costs a few microseconds. tests/unit/page/urlShape.test.ts checks each
 * matcher against the regex it replaced, on real and generated URLs.
 *
 * Inputs are lowercased here (the regexes were case-insensitive); URL hosts,
 * paths and queries are ASCII (the URL parser percent-encodes the rest).
 */

export interface Matcher {
  test(s: string): boolean;
}

const isLetter = (c: number): boolean => c >= 97 && c <= 122; // a-z (input is lowercased)
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** \w of a regex: [A-Za-z0-9_] (lowercased input). */
const isWordChar = (c: number): boolean => isLetter(c) || isDigit(c) || c === 95;
/** \s of a regex. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function allOf(s: string, from: number, to: number, pred: (c: number) => boolean): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!pred(s.charCodeAt(i))) return false;
  return true;
}

/** Runs of \w characters: the words a `\b(?:…)\b` pattern could match. */
function wordTokens(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const w = i < s.length && isWordChar(s.charCodeAt(i));
    if (w && start < 0) start = i;
    else if (!w && start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Whitespace-separated tokens, as `s.split(/\s+/)` without the empty ones (attribute lists such as rel). */
export function spaceTokens(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const sp = i === s.length || isSpaceCode(s.charCodeAt(i));
    if (!sp && start < 0) start = i;
    else if (sp && start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Any whole word of the text (\b-delimited) is in the table. */
export function anyWord(words: readonly string[]): Matcher {
  const set = new Set(words);
  return { test: (s) => wordTokens(s.toLowerCase()).some((t) => set.has(t)) };
}

/** Any whitespace-separated token of the value is in the table. */
export function anyToken(words: readonly string[]): Matcher {
  const set = new Set(words);
  return { test: (s) => spaceTokens(s.toLowerCase()).some((t) => set.has(t)) };
}

/**
 * A host that is one of `exact`, a `domains` entry or a subdomain of one, or
 * whose third label from the end is one of `subdomainWords` ("docs" in
 * docs.python.org, eu.docs.example.com) over a plain name and a letters-only TLD.
 */
export function hostTable(t: { exact: readonly string[]; domains: readonly string[]; subdomainWords: readonly string[] }): Matcher {
  const exact = new Set(t.exact);
  const words = new Set(t.subdomainWords);
  return {
    test(host) {
      const h = host.toLowerCase();
      if (exact.has(h)) return true;
      for (const d of t.domains) if (h === d || h.endsWith(`.${d}`)) return true;
      const labels = h.split('.');
      const n = labels.length;
      if (n < 3 || !words.has(labels[n - 3] ?? '')) return false;
      const name = labels[n - 2] ?? '';
      const tld = labels[n - 1] ?? '';
      return allOf(name, 0, name.length, (c) => isLetter(c) || isDigit(c) || c === 45) && allOf(tld, 0, tld.length, isLetter);
    },
  };
}

/** "en", "en-us": an optional language segment in front of a docs path. */
function isLocale(seg: string): boolean {
  if (seg.length === 2) return allOf(seg, 0, 2, isLetter);
  return seg.length === 5 && seg.charCodeAt(2) === 45 && allOf(seg, 0, 2, isLetter) && allOf(seg, 3, 5, isLetter);
}

/** A path whose first segment (after an optional language segment) is one of the words. */
export function firstSegment(words: readonly string[]): Matcher {
  const set = new Set(words);
  return {
    test(path) {
      const p = path.toLowerCase();
      if (!p.startsWith('/')) return false;
      const segs = p.split('/');
      if (set.has(segs[1] ?? '\0')) return true;
      return segs.length >= 3 && isLocale(segs[1] ?? '') && set.has(segs[2] ?? '\0');
    },
  };
}

/** A path (with its query) where one of the words is a whole segment followed by a non-empty one, or that contains one of `contains`. */
export function segmentThenMore(words: readonly string[], contains: readonly string[] = []): Matcher {
  const set = new Set(words);
  return {
    test(pathAndQuery) {
      const s = pathAndQuery.toLowerCase();
      const segs = s.split('/');
      for (let i = 1; i < segs.length - 1; i++) if (set.has(segs[i] ?? '') && segs[i + 1] !== '') return true;
      return contains.some((c) => s.includes(c));
    },
  };
}

/**
 * Listing shapes: one of the words (optionally with a 2–5 letter extension, as
 * in search.html) as the last segment, or followed by one more segment and an
 * optional trailing slash ("/tag/israel/"); or a query parameter from `queryKeys`.
 */
export function listingShape(words: readonly string[], queryKeys: readonly string[]): Matcher {
  const set = new Set(words);
  const isWord = (seg: string | undefined): boolean => {
    if (seg === undefined) return false;
    if (set.has(seg)) return true;
    const dot = seg.lastIndexOf('.');
    const ext = seg.length - dot - 1;
    return dot > 0 && ext >= 2 && ext <= 5 && allOf(seg, dot + 1, seg.length, isLetter) && set.has(seg.slice(0, dot));
  };
  return {
    test(pathAndQuery) {
      const s = pathAndQuery.toLowerCase();
      const segs = s.split('/');
      const n = segs.length;
      if (isWord(segs[n - 1]) || isWord(segs[n - 2]) || (segs[n - 1] === '' && isWord(segs[n - 3]))) return true;
      return queryKeys.some((k) => s.includes(`?${k}=`) || s.includes(`&${k}=`));
    },
  };
}

function isYear(seg: string, from: number): boolean {
  const a = seg.charCodeAt(from);
  const b = seg.charCodeAt(from + 1);
  const century = (a === 49 && b === 57) || (a === 50 && b === 48); // 19, 20
  return century && allOf(seg, from + 2, from + 4, isDigit);
}

/** 1–12 as "1", "01", "12", or a three-letter month ("jan"). */
function isMonth(seg: string): boolean {
  if (seg.length === 3) return allOf(seg, 0, 3, isLetter);
  if (!allOf(seg, 0, seg.length, isDigit) || seg.length > 2) return false;
  const m = Number(seg);
  return seg === '0' ? false : seg.length === 2 && seg[0] === '0' ? m >= 1 : m >= 1 && m <= 12;
}

/**
 * Article path shapes: a dated path (/2024/11/…, /2015/jan/…), a segment that
 * starts with a date (/2024-11-19-slug), or one of the words as a segment with
 * more path after it (/news/…).
 */
export function articlePath(words: readonly string[]): Matcher {
  const set = new Set(words);
  return {
    test(path) {
      const segs = path.toLowerCase().split('/');
      for (let i = 1; i < segs.length; i++) {
        const g = segs[i] ?? '';
        const more = i + 1 < segs.length;
        if (more && set.has(g)) return true;
        if (g.length === 4 && isYear(g, 0) && i + 2 < segs.length && isMonth(segs[i + 1] ?? '')) return true;
        if (
          g.length >= 10 && isYear(g, 0) && g.charCodeAt(4) === 45 && allOf(g, 5, 7, isDigit) && g.charCodeAt(7) === 45 &&
          allOf(g, 8, 10, isDigit) && (g.length === 10 || !isWordChar(g.charCodeAt(10)))
        ) return true;
      }
      return false;
    },
  };
}
