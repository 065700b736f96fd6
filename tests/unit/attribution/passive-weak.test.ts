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

/** "understood" and "thought" in the passive: a belief only where the sentence gives what is believed. */
describe('things grasped or pondered are no hedge', () => {
  const only = (s: string) => analyzeText(s).map((c) => ({ type: c.type, source: c.source?.text ?? null, cue: c.cue?.text ?? null }));

  it('reads "understood" with nothing believed after it as grasping, not a belief', () => {
    expect(only('The plans prove irresponsible once the ramifications are understood.')).toEqual([]);
    expect(only('Early on, less was understood about transmission, which is why lockdowns were encouraged.')).toEqual([]);
    expect(only('The case turns on how the law was understood in 1964.')).toEqual([]);
  });

  it('reads "thought about", "thought through" and "thought leaders" as no belief', () => {
    expect(only('It will decide how every other issue is talked about and thought about.')).toEqual([]);
    expect(only('Such topics have not been thought through carefully.')).toEqual([]);
    expect(only('Sanders and Ocasio-Cortez are thought leaders for their parties.')).toEqual([]);
  });

  it('keeps the beliefs: "understood to", "understood by a group to be", "thought likely", "believed responsible"', () => {
    expect(only('The envoy is understood to have left Doha.')).toEqual([{ type: 'vague', source: null, cue: 'is understood to' }]);
    expect(only('This is understood by progressives to be a technical challenge.')[0]?.type).toBe('vague');
    expect(only('A lying in state in Washington is thought likely.')).toEqual([{ type: 'vague', source: null, cue: 'is thought' }]);
    expect(only('The same group is believed responsible for the siege.')).toEqual([{ type: 'vague', source: null, cue: 'is believed' }]);
  });

  it('gives the sentence to the speaker the hedge had outranked', () => {
    expect(only('Democrats argue the threat was understood and part of a pressure campaign.')).toEqual([
      { type: 'institutional', source: 'Democrats', cue: 'argue' },
    ]);
  });
});
