/**
 * Tokenizing and light stemming shared by fingerprints, the document-frequency
 * table builder and claim comparison. Everything must stay deterministic: the
 * frequency table is generated with these very functions, so a change here
 * means regenerating `df-table.ts` (`npm run --silent events -- --build-df`).
 */

/** A word with its position in the input (UTF-16 offsets) and its stem. */
export interface Token {
  /** As written, without possessive suffix. */
  raw: string;
  /** Lower-cased light stem (see `stem`). */
  stem: string;
  start: number;
  end: number;
  /** First letter upper-case in the input. */
  cap: boolean;
  /** Pure digits (with optional decimal/percent), e.g. "11", "2024", "50%". */
  num: boolean;
}

// Letters (any script), digits, and word-internal apostrophes/hyphens/dots in
// numbers. Curly apostrophes appear in most news copy ("Hamas’"), so both kinds count.
// Dotted abbreviations ("U.S.", "U.N.") come first so they stay one word.
const WORD_RE = /(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’][\p{L}]+)*(?:-[\p{L}\p{M}\d]+)*|\d+(?:[.,]\d+)*%?/gu;

/**
 * Light, rule-based stemmer: conflates inflections that change between outlets
 * ("agrees"/"agreed"/"agreeing", "strikes"/"striking", "closed"/"close") while
 * leaving distinct words apart. It is not linguistically correct ("hamas" →
 * "hama"); it only needs to be the same for every form of a word.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$|['’]$/u, '').replace(/[’]/g, "'");
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('eed')) w = w.slice(0, -1);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // Doubled final consonant after stripping ("stopped" → "stopp" → "stop"), and
  // the same rule for the bare form ("kill" → "kil") keeps both sides equal.
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Split text into word and number tokens with offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const whole = m[0];
    if (/^(?:\p{L}\.){2,}$/u.test(whole)) {
      out.push({ raw: whole, stem: whole.replace(/\./g, '').toLowerCase(), start: m.index, end: m.index + whole.length, cap: true, num: false });
      continue;
    }
    // Hyphenated words count as their parts ("Israel-Hamas" → israel, hamas);
    // an all-lower-case compound also counts joined, so "cease-fire" meets "ceasefire".
    const parts = whole.split('-');
    let offset = m.index;
    for (const part of parts) {
      pushWord(out, part, offset);
      offset += part.length + 1;
    }
    if (parts.length > 1 && !/\p{Lu}/u.test(whole)) {
      out.push({ raw: whole, stem: stem(parts.join('')), start: m.index, end: m.index + whole.length, cap: false, num: false });
    }
  }
  return out;
}

function pushWord(out: Token[], word: string, start: number): void {
  const raw = word.replace(/['’]s?$/u, '');
  if (!raw) return;
  const num = /^\d/.test(raw);
  const cap = /^\p{Lu}/u.test(raw);
  out.push({
    raw,
    stem: num ? raw.replace(/,/g, '') : cap ? stem(demonymBase(raw)) : stem(raw),
    start,
    end: start + word.length,
    cap,
    num,
  });
}

/**
 * Adjectives of nationality in -i name the country: "Qatari" ministry and
 * "Qatar" are one actor (also Israeli, Iraqi, Pakistani, Yemeni). Applied only
 * to capitalized words so "taxi" stays a taxi.
 */
function demonymBase(word: string): string {
  return word.length > 4 && /[^aeiouy]i$/i.test(word) ? word.slice(0, -1) : word;
}

/** Distinct stems of a text (used for document frequency). */
export function stemSet(text: string): Set<string> {
  const s = new Set<string>();
  for (const t of tokenize(text)) if (!t.num) s.add(t.stem);
  return s;
}
