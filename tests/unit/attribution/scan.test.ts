import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanTokens } from '../../../utils/attribution/scan';
import { SHARED_EXISTS, sharedPath } from './helpers';

/** The expression the scanner replaces: its tokens are the reference. */
const REFERENCE = /[\p{L}\p{N}]+(?:[.'&-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function byExpression(text: string, from: number, to: number): string[] {
  const seg = text.slice(from, to);
  return [...seg.matchAll(REFERENCE)].map((m) => `${from + m.index}:${m[0]}`);
}

function byScanner(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  scanTokens(text, from, to, (s, e) => out.push(`${s}:${text.slice(s, e)}`));
  return out;
}

/** Letters, digits, joiners, spaces of every kind, astral letters and symbols, lone surrogates. */
const PIECES = ['a', 'Z', 'é', 'ß', 'ก', 'ي', '7', '٣', '.', "'", '&', '-', '"', ',', ' ', '\n', '\t', '\u00a0', '\u2009', '\u2028',
  '\u3000', '\ufeff', '\u0085', '\u200b', '\u1680', '\u180e', '𝒜', '😀', '\ud835', '\udc9c', '\ud800', 'U.S.', "don't", 'AT&T', '--', '.-'];

describe('scanTokens gives the tokens of the expression it replaces', () => {
  it('on the words the analyzer depends on', () => {
    const text = 'U.S. Sen. J. Smith, al-Ansari\u2019s AT&T "don\'t" 3.5% e-mail \u2014 \u201cquoted\u201d Gantz\' party 𝒜b 😀x -a a- a..b';
    expect(byScanner(text, 0, text.length)).toEqual(byExpression(text, 0, text.length));
    expect(byScanner(text, 0, text.length)).toContain('0:U.S');
    expect(byScanner(text, 0, text.length)).toContain('20:al-Ansari');
  });

  it('never runs past the end it is given, even inside a word or a surrogate pair', () => {
    const text = 'officials said U.S.A 𝒜𝒜 😀';
    for (let from = 0; from < text.length; from++)
      for (let to = from; to <= text.length; to++) expect(byScanner(text, from, to)).toEqual(byExpression(text, from, to));
  });

  it('on random text built from letters, joiners, spaces and surrogates', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const text = parts.join('');
      const from = text.length === 0 ? 0 : a % text.length;
      const to = from + (text.length - from === 0 ? 0 : b % (text.length - from + 1));
      expect(byScanner(text, from, to)).toEqual(byExpression(text, from, to));
    }), { numRuns: 2000 });
  });

  it('on random strings of any code units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      expect(byScanner(text, 0, text.length)).toEqual(byExpression(text, 0, text.length));
    }), { numRuns: 500 });
  });

  it.skipIf(!SHARED_EXISTS)('on real articles (the seeds)', () => {
    for (const name of fs.readdirSync(sharedPath('seeds'))) {
      const text = fs.readFileSync(sharedPath('seeds', name), 'utf8');
      expect(byScanner(text, 0, text.length)).toEqual(byExpression(text, 0, text.length));
    }
  });
});
