import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution';
import type { Claim } from '../../../utils/types';
import { SHARED_EXISTS, sharedPath } from './helpers';

/** The invariants every output must satisfy, whatever the input. */
function checkInvariants(input: string, claims: Claim[]): void {
  let prevEnd = 0;
  for (const c of claims) {
    expect(Number.isInteger(c.start) && Number.isInteger(c.end)).toBe(true);
    expect(c.start).toBeGreaterThanOrEqual(prevEnd);
    expect(c.start).toBeLessThan(c.end);
    expect(c.end).toBeLessThanOrEqual(input.length);
    prevEnd = c.end;
    for (const span of [c.source, c.cue]) {
      if (span === null) continue;
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(input.length);
      expect(span.start).toBeLessThanOrEqual(span.end);
      expect(span.text).toBe(input.slice(span.start, span.end));
    }
    expect(['anonymous', 'vague', 'report', 'named', 'institutional']).toContain(c.type);
    expect(c.reason.length).toBeGreaterThan(0);
  }
}

const PIECES = ['"', '\u201c', '\u201d', "'", ' said ', ' says ', ', officials said', ' according to ', 'U.S. ', 'Sen. ', 'Dr. ', 'J. ',
  '\u0e42\u20ac\u0153', '\u0e42\u20ac', '\u00e2\u20ac\u0153', '\n', '\n\n', '. ', '? ', ', ', ' (credit: X/Reuters)', 'Related Articles\n',
  '\u00a0', '\u00ad', '\u200b', '😀', '\ud800', ' is believed to ', ' sources ', ' he ', ' A senior official ', '|', '©',
  // Clauses, conditions and inline link furniture (names glued to headlines, closed by "MORE").
  ', but ', '; ', ', and ', ', while ', 'If ', ' if ', 'McCain', 'TrumpKamala', ' Trump ', ' MORE', 'More:Headline ', '(R-Utah), '];

describe('property: analyzeText never throws and keeps its output contract', () => {
  it('on random unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
      checkInvariants(s, analyzeText(s));
    }), { numRuns: 300 });
  });

  it('on random compositions of attribution-shaped pieces', () => {
    const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.constantFrom('Hamas', 'Reuters', 'Al-Ansari', 'the official', 'experts'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const s = parts.join('');
      checkInvariants(s, analyzeText(s));
    }), { numRuns: 400 });
  });

  it('on text that opens with a glued name and holds a "MORE"', () => {
    const piece = fc.constantFrom(...PIECES);
    fc.assert(fc.property(fc.constantFrom('McCain', 'McCainCindy ', 'TrumpKamala ', 'Mc', 'DeSantis'), fc.array(piece, { maxLength: 30 }), (head, parts) => {
      const s = `${head}${parts.join('')} MORE ${parts.join('')}`;
      checkInvariants(s, analyzeText(s));
    }), { numRuns: 200 });
  });

  it.skipIf(!SHARED_EXISTS)('on mutated seed text (insertions of quotes, cues, abbreviations, mojibake, astral characters)', () => {
    const seed = SHARED_EXISTS ? fs.readFileSync(sharedPath('seeds', '003_8c6e2f175f09571e.txt'), 'utf8') : '';
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.nat({ max: seed.length }), fc.constantFrom(...PIECES)), { maxLength: 25 }),
      fc.option(fc.tuple(fc.nat({ max: seed.length }), fc.nat({ max: 200 }))),
      (inserts, cut) => {
        let s = seed;
        for (const [at, piece] of [...inserts].sort((a, b) => b[0] - a[0])) s = s.slice(0, at) + piece + s.slice(at);
        if (cut) s = s.slice(0, cut[0]) + s.slice(cut[0] + cut[1]);
        checkInvariants(s, analyzeText(s));
      }), { numRuns: 60 });
  });
});
