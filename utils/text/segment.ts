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

/** Splits `text` into sentences; spans are trimmed, non-empty, sorted and disjoint. */
export function segmentSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 46 && code !== 33 && code !== 63) {
      i++;
      continue;
    }
    const ch = text[i] as string;
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') {
      i++;
      continue;
    }
    // Swallow runs of terminal punctuation and closing quotes/brackets.
    let j = i + 1;
    while (j < n && CLOSERS.has(text.charCodeAt(j))) j++;
    if (j < n && !isSpace(text.charCodeAt(j))) {
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
    push(start, j);
    start = j;
    i = j;
  }
  push(start, n);
  return out;
}
