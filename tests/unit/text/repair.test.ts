import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairText, repairTextByChar } from '../../../utils/text/repair';

/** Produces mojibake the way a mis-decoding page does: UTF-8 bytes read one by one through a code page. */
function mojibake(s: string, decode: (b: number) => string): string {
  return Array.from(new TextEncoder().encode(s)).map((b) => (b < 0x80 ? String.fromCharCode(b) : decode(b))).join('');
}
// Test-side code pages (independent of the implementation): Latin-1 plus the cp1252 specials we need.
const CP1252: Record<number, string> = { 0x80: '€', 0x82: '‚', 0x93: '“', 0x94: '”', 0x99: '™', 0x9c: 'œ', 0x96: '–', 0x97: '—', 0x92: '’' };
const cp1252 = (b: number): string => CP1252[b] ?? (b >= 0xa0 ? String.fromCharCode(b) : '');
const cp874 = (b: number): string => (b === 0x80 ? '€' : b >= 0xa1 && b <= 0xfb ? String.fromCharCode(0x0e00 + b - 0xa0) : cp1252(b));

describe('repairText: mojibake', () => {
  it('fixes the seed 003 sequences (UTF-8 read as Windows-874)', () => {
    const r = repairText('(CNN) \u0e42\u20ac\u201d Qatar \u0e42\u20ac\u0153hi\u0e42\u20ac and Hamas\u0e42\u20ac\u2122 group \u0e42\u20ac\u201c x \u0e42\u201e\u0e02 & \u0e22\u0e09 2024');
    expect(r.text).toBe('(CNN) — Qatar "hi" and Hamas\' group – x ™ & © 2024');
  });
  it('derives the table from the encodings: characters absent from the seed are fixed too', () => {
    for (const s of ['café “quoted” — naïve…', 'Zürich ½ €5 Œuvre']) {
      const clean = s.replace(/[“”]/g, '"');
      expect(repairText(mojibake(s, cp1252)).text).toBe(clean);
      expect(repairText(mojibake(s + ' “x”', cp874)).text).toBe(clean + ' "x"');
    }
  });
  it('leaves genuine Thai text alone when there is no evidence of mis-decoding', () => {
    const thai = 'ยฉ ภาษาไทย รฉ';
    expect(repairText(thai).text).toBe(thai);
  });
  it('maps repaired offsets back to the original', () => {
    const input = 'A \u0e42\u20ac\u0153B\u0e42\u20ac C';
    const r = repairText(input);
    expect(r.text).toBe('A "B" C');
    const b = r.text.indexOf('B');
    expect(input.slice(r.toOriginal(b), r.toOriginalEnd(b + 1))).toBe('B');
    // The repaired quote covers the three mojibake characters.
    expect(input.slice(r.toOriginal(2), r.toOriginalEnd(3))).toBe('\u0e42\u20ac\u0153');
  });
});

describe('repairText: normalization', () => {
  it('straightens quotes, removes soft hyphens and zero-width characters, collapses spaces', () => {
    const r = repairText('\u201cHe\u2019s\u201d  here\u00a0now, co\u00adop\u200bera\u200dtion\r\nend\ufeff');
    expect(r.text).toBe('"He\'s" here now, cooperation\nend');
  });
  it('reads two apostrophes as one double quote, mapping both back to the original', () => {
    const input = "''Yes,'' he said. It\u2019s rock 'n' roll.";
    const r = repairText(input);
    expect(r.text).toBe('"Yes," he said. It\'s rock \'n\' roll.');
    // The quote mark stands for both apostrophes of the original.
    expect(r.toOriginal(0)).toBe(0);
    expect(r.toOriginalEnd(1)).toBe(2);
    expect(input.slice(r.toOriginal(1), r.toOriginalEnd(4))).toBe('Yes');
    expect(r.toOriginal(r.text.indexOf('he'))).toBe(input.indexOf('he'));
  });
  it('keeps astral characters whole', () => {
    const r = repairText('a 😀 b');
    expect(r.text).toBe('a 😀 b');
    expect(r.toOriginal(2)).toBe(2);
    expect(r.toOriginalEnd(4)).toBe(4);
  });
  it('offset maps are monotonic and in bounds on arbitrary input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
      const r = repairText(s);
      let prev = 0;
      for (let i = 0; i <= r.text.length; i++) {
        const o = r.toOriginal(i);
        expect(o).toBeGreaterThanOrEqual(prev);
        expect(o).toBeLessThanOrEqual(s.length);
        prev = o;
        if (i > 0) expect(r.toOriginalEnd(i)).toBeGreaterThan(r.toOriginal(i - 1));
      }
      expect(r.text.length).toBeLessThanOrEqual(s.length);
    }), { numRuns: 150 });
  });
});

describe('repairText: the path for texts that keep their length', () => {
  // Every character a rule touches, a few plain ones, and the mojibake evidence of both code pages.
  const pieces = ['a', 'b', ' ', '\n', '.', "'", '"', '\t', '\r', '\u000b', '\u00a0', '\u2009', '\u3000', '\u00ad', '\u200b', '\u200d', '\u2060',
    '\ufeff', '\u2018', '\u2019', '\u201a', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u2032', '\u2033', '\u2028', '\ud83d\ude00', '\ud83d', '\ude00',
    '\u00e2\u20ac', '\u00e2', '\u20ac', '\u00c3\u00a9', '\u00c3', '\u0e42\u20ac\u0153', '\u0e42', '\u0e22\u0e09', '\u00e9'];
  const same = (s: string): void => {
    const a = repairText(s);
    const b = repairTextByChar(s);
    expect(a.text, JSON.stringify(s)).toBe(b.text);
    for (let i = -1; i <= s.length + 1; i++) {
      expect(a.toOriginal(i), `${JSON.stringify(s)} @${i}`).toBe(b.toOriginal(i));
      expect(a.toOriginalEnd(i), `${JSON.stringify(s)} end @${i}`).toBe(b.toOriginalEnd(i));
    }
  };

  it('gives the text and the offsets of the character loop', () => {
    for (const s of ['', 'plain text.', 'He said \u201cno\u201d\u00a0today.', 'tab\there', 'a\rb', "it's", 'a  b', 'a\u00a0 b', "''x''", 'a\r\nb', 'x\u00ady'])
      same(s);
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => same(parts.join(''))), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), same), { numRuns: 1000 });
  });

  it('keeps offsets where only single characters change', () => {
    const s = 'A \u201cquote\u201d\u00a0and\tmore';
    const r = repairText(s);
    expect(r.text).toBe('A "quote" and more');
    expect(r.toOriginal(3)).toBe(3);
    expect(r.toOriginalEnd(r.text.length)).toBe(s.length);
  });
});
