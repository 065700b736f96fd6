/**
 * The analyzer's word scanner: the tokens of `/[\p{L}\p{N}]+(?:[.'&-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu`, found
 * without the regular expression. A word is a run of letters and digits, joined through one of `. ' & -` to the
 * next run ("U.S", "al-Ansari", "AT&T", "don't"); any other character but a space is a token of its own. A
 * surrogate pair is one character, as the `u` flag reads it.
 *
 * Why not the expression: tokenizing was the analyzer's largest single cost (a match object, a substring and
 * a Unicode property test per token). Here ASCII, which is nearly all of a repaired English text, is
 * classified by its code alone; only other characters are tested with a property escape. `tests/unit/
 * attribution/scan.test.ts` checks that both give the same tokens, on the corpus's own characters and on
 * random text.
 */

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Characters of `\s` (ECMAScript WhiteSpace and LineTerminator). */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Code units of the character at `k` (1, or 2 for a surrogate pair) when it is a letter or a number, else 0. */
function letterOrNumberAt(s: string, k: number, end: number): number {
  const c = s.charCodeAt(k);
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && k + 1 < end) {
    const d = s.charCodeAt(k + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_NUMBER.test(s.slice(k, k + 2)) ? 2 : 0;
  }
  return LETTER_OR_NUMBER.test(s.charAt(k)) ? 1 : 0;
}

/** Whether a code unit joins two runs of a word: `.`, `'`, `&`, `-`. */
function isJoiner(c: number): boolean {
  return c === 46 || c === 39 || c === 38 || c === 45;
}

/**
 * Calls `emit(start, end)` for each token of `text` between `from` and `to`, in order; tokens never run past
 * `to`.
 */
export function scanTokens(text: string, from: number, to: number, emit: (start: number, end: number) => void): void {
  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    if (isSpaceCode(c)) {
      p++;
      continue;
    }
    let n = letterOrNumberAt(text, p, to);
    if (n === 0) {
      // One character: a surrogate pair stays whole.
      const pair = c >= 0xd800 && c <= 0xdbff && p + 1 < to && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00;
      const e = p + (pair ? 2 : 1);
      emit(p, e);
      p = e;
      continue;
    }
    const start = p;
    p += n;
    for (;;) {
      while (p < to && (n = letterOrNumberAt(text, p, to)) > 0) p += n;
      // A joiner continues the word only when a letter or a number follows it.
      if (p + 1 < to && isJoiner(text.charCodeAt(p)) && (n = letterOrNumberAt(text, p + 1, to)) > 0) p += 1 + n;
      else break;
    }
    emit(start, p);
  }
}
