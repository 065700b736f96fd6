import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution';

// A "sentence" with dozens of cue words is no prose (a page glued without stops, a list, an attack on the
// analyzer): only its first cue words are read, which keeps such input fast. No sentence of the 37,554 corpus
// articles holds more than 12.
describe('a run of cue words without a stop is read only so far', () => {
  it('a claim whose cue opens the run is found', () => {
    const claims = analyzeText(`A senior official said ${'said '.repeat(60)}.`);
    expect(claims.map((c) => [c.type, c.source?.text])).toEqual([['anonymous', 'A senior official']]);
  });

  it('a claim whose cue comes after dozens of others is not', () => {
    expect(analyzeText(`${'said '.repeat(60)}a senior official said the talks failed.`)).toEqual([]);
  });

  it('up to the fortieth cue word', () => {
    const claims = analyzeText(`${'said '.repeat(39)}a senior official said the talks failed.`);
    expect(claims.map((c) => [c.type, c.source?.text])).toEqual([['anonymous', 'a senior official']]);
  });
});
