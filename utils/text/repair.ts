/**
 * Text repair with an offset map.
 *
 * News pages reach us with mojibake (UTF-8 bytes decoded as Windows-1252 or as
 * Windows-874, e.g. seed 003: `โ€œ` for “), typographic quotes, non-breaking
 * spaces, soft hyphens and zero-width characters. The analyzer works on a
 * repaired "matching form" of the text, but every offset it reports must point
 * into the text it was given (DESIGN.md: offsets are the contract), so repair
 * records for each output character the original range it came from.
 */

export interface RepairedText {
  /** The repaired matching form: mojibake fixed, quotes straight, spaces collapsed. */
  text: string;
  /** Original offset of the output character at `offset` (start of a span). */
  toOriginal(offset: number): number;
  /** Original offset just after the output character before `offset` (end of a span). */
  toOriginalEnd(offset: number): number;
}

// --- Code pages ------------------------------------------------------------
// Written out from the published code page charts (not from TextDecoder, whose
// windows-1252 is Latin-1 in some Node builds). Undefined bytes are absent.

/** Windows-1252 bytes 0x80–0x9F; 0xA0–0xFF equal Latin-1. */
const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d,
  0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
  0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function cp1252(byte: number): number | undefined {
  if (byte < 0x80) return byte;
  if (byte < 0xa0) return CP1252_HIGH[byte];
  return byte;
}

/** Windows-874 (Thai): a few punctuation marks in 0x80–0x9F, Thai letters from 0xA1. */
function cp874(byte: number): number | undefined {
  if (byte < 0x80) return byte;
  if (byte === 0x80) return 0x20ac;
  if (byte === 0x85) return 0x2026;
  if (byte >= 0x91 && byte <= 0x97) return [0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014][byte - 0x91];
  if (byte === 0xa0) return 0xa0;
  if ((byte >= 0xa1 && byte <= 0xda) || (byte >= 0xdf && byte <= 0xfb)) return 0x0e00 + (byte - 0xa0);
  return undefined;
}

/** Characters whose mojibake we repair: Latin-1 letters and signs, typographic punctuation, € and ™. */
function repairableChars(): number[] {
  const out: number[] = [];
  for (let c = 0xa0; c <= 0xff; c++) out.push(c);
  out.push(0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192);
  for (let c = 0x2013; c <= 0x2022; c++) out.push(c);
  out.push(0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122);
  return out;
}

function utf8Bytes(cp: number): number[] {
  return Array.from(new TextEncoder().encode(String.fromCodePoint(cp)));
}

interface MojibakeEntry {
  /** Candidate repaired characters; more than one when byte loss made encodings collide. */
  exact: string | null;
  truncated: string[];
}

/**
 * Builds the mojibake table of one encoding family by encoding each repairable
 * character as UTF-8 and decoding the bytes with the code page. A byte the code
 * page leaves undefined is, in the wild, either shown through the other Windows
 * code page (seed 003 mixes cp874 with cp1252's `œ`/`™`) or silently dropped (the
 * closing quote `โ€` of seed 003): both variants are generated.
 */
function buildTable(primary: (b: number) => number | undefined): Map<string, MojibakeEntry> {
  const table = new Map<string, MojibakeEntry>();
  for (const cp of repairableChars()) {
    const bytes = utf8Bytes(cp);
    let variants: { s: string; dropped: boolean }[] = [{ s: '', dropped: false }];
    for (const b of bytes) {
      const p = primary(b);
      const alts: { s: string; dropped: boolean }[] = [];
      if (p !== undefined) alts.push({ s: String.fromCodePoint(p), dropped: false });
      else {
        const f = cp1252(b);
        if (f !== undefined) alts.push({ s: String.fromCodePoint(f), dropped: false });
        alts.push({ s: '', dropped: true });
      }
      const next: { s: string; dropped: boolean }[] = [];
      for (const v of variants) for (const a of alts) next.push({ s: v.s + a.s, dropped: v.dropped || a.dropped });
      variants = next;
    }
    const target = String.fromCodePoint(cp);
    for (const v of variants) {
      // A single surviving character is indistinguishable from ordinary text.
      if (v.s.length < 2) continue;
      const entry = table.get(v.s) ?? { exact: null, truncated: [] };
      if (!v.dropped) entry.exact ??= target;
      else if (!entry.truncated.includes(target)) entry.truncated.push(target);
      table.set(v.s, entry);
    }
  }
  return table;
}

let tables: { cp1252: Map<string, MojibakeEntry>; cp874: Map<string, MojibakeEntry> } | null = null;
function getTables(): { cp1252: Map<string, MojibakeEntry>; cp874: Map<string, MojibakeEntry> } {
  tables ??= { cp1252: buildTable(cp1252), cp874: buildTable(cp874) };
  return tables;
}

/**
 * Mojibake of the General Punctuation block (UTF-8 prefix E2 80) never occurs
 * in real text, so it is proof that the page was mis-decoded; only then do we
 * also repair two-character sequences that could be genuine (Thai `ยฉ`).
 */
const EVIDENCE_1252 = /\u00e2\u20ac|\u00c3[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u2013-\u2122]/;
const EVIDENCE_874 = /\u0e42\u20ac|\u0e42\u201e/;

// --- Character normalization -------------------------------------------------

/** Characters removed outright: soft hyphen, zero-width space/joiners, word joiner, BOM. */
function isDropped(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** Horizontal spaces that become one ASCII space. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Maps one (repaired) character code to its matching form: straight quotes, line breaks. */
function normalizeCode(c: number): number {
  if (c < 0xab) return c === 0x0b || c === 0x0c ? 10 : c;
  switch (c) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032:
      return 39;
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0xab: case 0xbb: case 0x2033:
      return 34;
    case 0x2028: case 0x2029:
      return 10;
    default:
      return c;
  }
}

const PUNCT_AFTER = /[\s.,;:!?)\]]/;

/**
 * Anything that can make the output shorter than the input: mojibake evidence, a doubled apostrophe, a dropped
 * character, CR before LF, two horizontal spaces in a row, and surrogates (whose pairs map both halves to the
 * pair's start). Without any of these every character maps to itself, and so does every offset.
 */
const SHRINKS = /\u00e2\u20ac|\u00c3[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u2013-\u2122]|\u0e42[\u20ac\u201e]|''|\u2018\u2018|\u2019\u2019|[\u00ad\u200b-\u200d\u2060\ufeff\ud800-\udfff]|\r\n|[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2}/;
/** The characters that `normalizeCode` or the space rule change when nothing shrinks (a lone CR becomes a line break). */
const CHANGES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\r\v\f\u2018\u2019\u201a\u201b\u2032\u201c-\u201f\u00ab\u00bb\u2033\u2028\u2029]/g;
function changed(ch: string): string {
  const c = ch.charCodeAt(0);
  return String.fromCharCode(isSpace(c) ? 32 : c === 13 ? 10 : normalizeCode(c));
}

/** Repairs `input` and returns the repaired text with a map back to `input` offsets. */
export function repairText(input: string): RepairedText {
  // Most texts need no character removed (2,927 of the bench's 3,000 corpus articles): they keep their offsets,
  // and only single characters change. This takes about a third of the time of the character loop below.
  if (SHRINKS.test(input)) return repairTextByChar(input);
  const n = input.length;
  return {
    text: input.replace(CHANGES, changed),
    toOriginal: (offset) => (offset <= 0 ? 0 : offset >= n ? n : offset),
    toOriginalEnd: (offset) => (offset <= 0 ? 0 : offset > n ? n : offset),
  };
}

/** `repairText` one character at a time, with an offset map of its own: for any text. Exported for the tests. */
export function repairTextByChar(input: string): RepairedText {
  const t = getTables();
  const active: Map<string, MojibakeEntry>[] = [];
  if (EVIDENCE_874.test(input)) active.push(t.cp874);
  if (EVIDENCE_1252.test(input)) active.push(t.cp1252);
  const firstChars = new Set<number>();
  for (const table of active) for (const key of table.keys()) firstChars.add(key.charCodeAt(0));

  const n = input.length;
  // The output is never longer than the input: every rule keeps or shrinks.
  const codes = new Uint16Array(n);
  const starts = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  let outLen = 0;
  let i = 0;
  while (i < n) {
    const from = i;
    let code = input.charCodeAt(i);
    // Printable ASCII other than the apostrophe (nearly all of a text) is kept as it is: no rule below changes it.
    if (code > 32 && code < 127 && code !== 39) {
      codes[outLen] = code;
      starts[outLen] = i;
      ends[outLen] = ++i;
      outLen++;
      continue;
    }
    let consumed = 1;
    if (code >= 0x80 && firstChars.has(code)) {
      // Longest match first; keys are 2–3 characters long.
      for (let len = 3; len >= 2; len--) {
        if (i + len > n) continue;
        const key = input.slice(i, i + len);
        let repaired: string | null = null;
        for (const table of active) {
          const entry = table.get(key);
          if (!entry) continue;
          repaired = entry.exact ?? pickTruncated(entry.truncated, input, i, i + len);
          if (repaired !== null) break;
        }
        if (repaired !== null) {
          code = repaired.charCodeAt(0);
          consumed = len;
          break;
        }
      }
    }
    if (consumed === 1 && (code === 39 || code === 0x2018 || code === 0x2019) && input.charCodeAt(i + 1) === code) {
      // Two apostrophes stand for a double quote in some wire and archive styles
      // (''Yes,'' he said): read as one quotation mark so quotations are seen.
      code = 34;
      consumed = 2;
    }
    i += consumed;
    if (consumed === 1 && code >= 0xd800 && code <= 0xdbff && i < n) {
      // Keep surrogate pairs together so no offset lands inside an astral character.
      const lo = input.charCodeAt(i);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        codes[outLen] = code;
        starts[outLen] = from;
        ends[outLen] = from + 2;
        codes[outLen + 1] = lo;
        starts[outLen + 1] = from;
        ends[outLen + 1] = from + 2;
        outLen += 2;
        i++;
        continue;
      }
    }
    if (isDropped(code)) continue;
    if (code === 13) {
      if (input.charCodeAt(i) === 10) continue;
      code = 10;
    }
    if (isSpace(code)) {
      // Collapse runs of horizontal space: the first one stands for the run.
      if (outLen > 0 && codes[outLen - 1] === 32) {
        ends[outLen - 1] = i;
        continue;
      }
      code = 32;
    } else code = normalizeCode(code);
    codes[outLen] = code;
    starts[outLen] = from;
    ends[outLen] = i;
    outLen++;
  }

  const parts: string[] = [];
  const CHUNK = 8192;
  for (let k = 0; k < outLen; k += CHUNK) parts.push(String.fromCharCode.apply(null, codes.subarray(k, Math.min(outLen, k + CHUNK)) as unknown as number[]));
  const text = parts.join('');
  return {
    text,
    toOriginal(offset: number): number {
      if (offset <= 0) return outLen > 0 ? (starts[0] as number) : 0;
      if (offset >= outLen) return n;
      return starts[offset] as number;
    },
    toOriginalEnd(offset: number): number {
      if (offset <= 0) return 0;
      if (offset > outLen) return n;
      return ends[offset - 1] as number;
    },
  };
}

/**
 * Chooses among characters whose mojibake lost its last byte. Only quotes
 * collide in practice (“ and ” both become `โ€`): a quote followed by space,
 * punctuation or the end closes, one preceded by space or the start opens.
 */
function pickTruncated(cands: string[], input: string, start: number, end: number): string | null {
  if (cands.length === 0) return null;
  if (cands.length === 1) return cands[0] as string;
  const next = input[end];
  const prev = input[start - 1];
  if (cands.includes('\u201d') && (next === undefined || PUNCT_AFTER.test(next))) return '\u201d';
  if (cands.includes('\u201c') && (prev === undefined || /\s/.test(prev))) return '\u201c';
  if (cands.includes('\u201d')) return '\u201d';
  return cands[0] as string;
}
