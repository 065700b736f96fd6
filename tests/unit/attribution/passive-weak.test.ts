import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution';

/** Passive weak verbs ("are expected to", "is considered") never make their subject a source. */
describe('passive weak verbs', () => {
  const only = (s: string) => analyzeText(s).map((c) => ({ type: c.type, source: c.source?.text ?? null }));

  it('keeps the outlet as the source when the reported content has a passive', () => {
    expect(only('Union leaders are expected to sign the deal on Friday, the Associated Press reported.')).toEqual([
      { type: 'report', source: 'the Associated Press' },
    ]);
  });

  it('reads an agentless passive as a hedge, not as the subject speaking', () => {
    const c = only('Provincial negotiators are widely expected to resign.');
    expect(c).toHaveLength(1);
    expect(c[0]!.type).toBe('vague');
    expect(c[0]!.source).toBeNull();
  });

  it('still attributes an active weak verb to an unnamed group', () => {
    expect(only('Many economists expect a slowdown next year.')[0]).toEqual({ type: 'vague', source: 'Many economists' });
  });
});

describe('source phrase edges', () => {
  it('leaves a trailing relative pronoun out of the source phrase', () => {
    const [c] = analyzeText('The plan starts with a pause, according to a senior regional official who was not authorized to speak.');
    expect(c?.type).toBe('anonymous');
    expect(c?.source?.text).toBe('a senior regional official');
    expect(c?.reason).toBe("no name given: 'a senior regional official'");
  });
});
