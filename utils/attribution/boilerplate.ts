/**
 * Page furniture in plain article text: captions and credits, bylines,
 * contributor lines, copyright lines, related/popular headline lists, tag
 * lines, navigation runs and repeated lines. None of it may produce a claim
 * (seed 003's "Popular" list holds headlines like "..., UN officials say").
 */
import { BOILERPLATE_LINES } from './lexicon';

/** A group's words as one expression over the lower-cased line (one scan; faster than a search per word). */
const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byId = new Map(BOILERPLATE_LINES.map((g) => [g.id, { ...g, wordsRe: g.words ? new RegExp(g.words.map(escapeWord).join('|')) : null }]));
function pattern(id: string): RegExp {
  const g = byId.get(id);
  if (!g) throw new Error(`missing boilerplate group ${id}`);
  return g.pattern;
}
/** Whether the group's pattern matches `line`, whose lower-cased form is `low`: its words first (see BoilerplateGroup). */
function lineIs(id: string, line: string, low: string): boolean {
  const g = byId.get(id)!;
  return (g.wordsRe === null || g.wordsRe.test(low)) && g.pattern.test(line);
}
const CONTRIBUTORS = pattern('contributors');
const BYLINE = pattern('byline');
const LIST_HEADING = pattern('list-heading');
const TAG_LINE = pattern('tag-line');
const RELATED_LINK = pattern('related-link');
const VIDEO_PROMO = pattern('video-promo');

/** Whether `s` ends like a sentence: a stop, past closing marks (`/[.!?]["')\]]*$|["')]$/`, read from the end). */
function terminal(s: string): boolean {
  let e = s.length - 1;
  const last = s.charCodeAt(e);
  if (last === 0x22 || last === 0x27 || last === 0x29) return true;
  while (e >= 0 && CLOSERS.has(s.charCodeAt(e))) e--;
  const c = s.charCodeAt(e);
  return c === 0x2e || c === 0x21 || c === 0x3f;
}
/** The closing marks `terminal` looks past: " ' ) ]. */
const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d]);
/** Every word of the photo-credit and copyright groups in one expression: a line with none is neither. */
const CREDIT_OR_COPYRIGHT_WORDS = new RegExp([...new Set(BOILERPLATE_LINES.flatMap((g) => (g.id === 'photo-credit' || g.id === 'copyright' ? g.words ?? [] : [])))].map(escapeWord).join('|'));

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const sp = s.charCodeAt(i) <= 32;
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

/** Which boilerplate group a single line belongs to, or null. Exposed for the lexicon tests. */
export function boilerplateGroupOf(line: string): string | null {
  const low = line.toLowerCase();
  for (const g of BOILERPLATE_LINES) if (lineIs(g.id, line, low)) return g.id;
  return null;
}

export interface LineMask {
  /** Offset where each line starts. */
  lineStarts: number[];
  /** True for lines that must not be analyzed. */
  skip: boolean[];
}

/** Marks boilerplate lines of `text` (already repaired). `title` lines always count as content. */
export function findBoilerplateLines(text: string, title?: string): LineMask {
  const lineStarts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const nLines = lineStarts.length;
  const lines: string[] = [];
  for (let k = 0; k < nLines; k++) {
    const s = lineStarts[k]!;
    const e = k + 1 < nLines ? lineStarts[k + 1]! - 1 : text.length;
    lines.push(text.slice(s, e).trim());
  }
  const skip = new Array<boolean>(nLines).fill(false);
  const titleKey = title ? title.toLowerCase() : null;
  const isTitle = (k: number): boolean => titleKey !== null && lines[k]!.toLowerCase() === titleKey;

  // Runs of three or more adjacent short lines without final punctuation: navigation, dates, menus.
  let runStart = -1;
  const closeRun = (end: number): void => {
    if (runStart >= 0 && end - runStart >= 3) for (let k = runStart; k < end; k++) if (!isTitle(k)) skip[k] = true;
    runStart = -1;
  };
  for (let k = 0; k < nLines; k++) {
    const l = lines[k]!;
    const navLike = l.length > 0 && !terminal(l) && wordCount(l) <= 15;
    if (navLike) {
      if (runStart < 0) runStart = k;
    } else closeRun(k);
  }
  closeRun(nLines);

  const seen = new Set<string>();
  let inList = false;
  let afterCopyright = false;
  for (let k = 0; k < nLines; k++) {
    const l = lines[k]!;
    if (l.length === 0) continue;
    const low = l.toLowerCase();
    if (afterCopyright) {
      skip[k] = true;
      continue;
    }
    if (l.length < 300 && l.includes(':') && RELATED_LINK.test(l)) {
      skip[k] = true;
      continue;
    }
    // (Each pattern only where its literal can be: a "WATCH", a "|", a word of a credit or a copyright.)
    if (l.includes('WATCH') && VIDEO_PROMO.test(l)) {
      skip[k] = true;
      continue;
    }
    if ((l.includes('|') && TAG_LINE.test(l)) || LIST_HEADING.test(l)) {
      skip[k] = true;
      inList = true;
      continue;
    }
    // "Image copyright Reuters Image caption …" credits a photo; it does not end the article.
    const credited = CREDIT_OR_COPYRIGHT_WORDS.test(low);
    if (credited && lineIs('copyright', l, low) && !lineIs('photo-credit', l, low)) {
      skip[k] = true;
      // A copyright line in the second half closes the article: the rest is page furniture.
      if (lineStarts[k]! > text.length / 2) afterCopyright = true;
      continue;
    }
    if (inList) {
      // A list runs until real prose: a long line ending like a sentence.
      if (terminal(l) && wordCount(l) >= 12) inList = false;
      else {
        skip[k] = true;
        continue;
      }
    }
    // (A byline opens with "By": the line is trimmed.)
    if ((credited && lineIs('photo-credit', l, low)) || CONTRIBUTORS.test(l) || ((l.charCodeAt(0) | 0x20) === 0x62 && BYLINE.test(l))) {
      skip[k] = true;
      // The caption line right above a credit-only line belongs to the photo.
      if (k > 0 && lines[k - 1]!.length > 0 && wordCount(l) <= 8) skip[k - 1] = true;
      continue;
    }
    const key = low;
    if (seen.has(key)) {
      // Repeated lines (headline shown twice, caption duplicated) are counted once.
      skip[k] = true;
      continue;
    }
    seen.add(key);
  }
  return { lineStarts, skip };
}

/** A surname glued to the next capitalized word: "TrumpKamala", "FeinsteinSenate". */
const GLUED_NAME = /(\p{Lu}\p{Ll}+)(?=\p{Lu}[\p{Ll}'\u2019])/gu;
/** How far a glued link's headlines may run before its "MORE". */
const LINK_REACH = 1200;
/** How far back the sentence's own mention of the name may be. */
const NAME_REACH = 60;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** End of the last whole-word `word` in text[from, to), or -1. */
function lastWordEnd(text: string, word: string, from: number, to: number): number {
  let at = text.lastIndexOf(word, to - word.length);
  while (at >= from) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return at + word.length;
    if (at === 0) break; // lastIndexOf treats a negative position as 0: it would find this one again
    at = text.lastIndexOf(word, at - 1);
  }
  return -1;
}

/**
 * Inline link furniture inside a sentence, blanked with spaces (offsets unchanged): a name link that
 * carries the linked person's latest headlines, as The Hill prints it: "President Trump Donald John
 * TrumpKamala Harris calls for … Clinton jokes she 'never' had to … MORE on Monday doubled down". The
 * headlines ("…, lawyer says") are no claims of this article. Blanked from the end of the name as the
 * sentence wrote it ("President Trump") through "MORE", they leave the article's own sentence whole.
 * Taken only when the glued surname was just written out before it and a "MORE" in capitals closes the
 * run on the same line. Linear: the "MORE" and line-end positions are walked once, windows are bounded.
 */
export function maskInlineLinks(text: string): string {
  if (!text.includes('MORE')) return text;
  const mores: number[] = [];
  for (const mm of text.matchAll(/\bMORE\b/g)) mores.push(mm.index);
  if (mores.length === 0) return text;
  let out = '';
  let last = 0;
  let p = 0;
  let nl = text.indexOf('\n');
  GLUED_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GLUED_NAME.exec(text)) !== null) {
    if (m.index < last) continue;
    const glue = m.index + m[1]!.length;
    while (p < mores.length && mores[p]! < glue) p++;
    if (p >= mores.length) break;
    while (nl >= 0 && nl < glue) nl = text.indexOf('\n', glue);
    const more = mores[p]!;
    if (more - glue > LINK_REACH || (nl >= 0 && nl < more)) continue;
    const nameEnd = lastWordEnd(text, m[1]!, Math.max(last, m.index - NAME_REACH), m.index);
    if (nameEnd < 0) continue;
    out += text.slice(last, nameEnd) + ' '.repeat(more + 4 - nameEnd);
    last = more + 4;
    GLUED_NAME.lastIndex = last;
  }
  return last === 0 ? text : out + text.slice(last);
}
