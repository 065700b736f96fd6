import { describe, expect, it } from 'vitest';
import { judgeSource } from '../../../tests/eval/attribution-judge';

/** The train-precision judge (tests/eval/attribution-train.ts) reads PolNeAR source strings. */
describe('judgeSource', () => {
  it('no source, withheld and unspecified holders are unnamed', () => {
    for (const s of [null, '', 'a senior administration official', 'Clinton aides', 'sources', 'Polls', 'some Republicans',
      'a New Hampshire Republican', 'experts', 'people familiar with the talks', 'Many African-Americans', 'one of the docs'])
      expect(judgeSource(s), String(s)).toBe('unnamed');
  });
  it('named people, organizations, identified documents and definite roles are named', () => {
    for (const s of ['Trump', 'Mr. Obama', 'The Clinton campaign', 'A Bloomberg poll', 'the president', 'Republicans',
      'longtime Democratic pollster Pat Caddell'])
      expect(judgeSource(s), s).toBe('named');
  });
  it('pronouns, relatives and bare plurals of kinds of people need context', () => {
    for (const s of ['he', 'they', 'who', 'voters', 'environmentalists']) expect(judgeSource(s), s).toBe('ambiguous');
  });
});
