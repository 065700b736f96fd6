/**
 * attribution-1.8.163: "recognition that …" takes its content as true, so it is mostly the writer's own
 * ("driven by the recognition that …", "the plea was a recognition that …"). It is an unowned sentiment only where
 * it spreads among unnamed people: "there has been a quiet recognition that …", "amid a growing recognition that …".
 * Found in a random draw of unnamed flags in corpus articles (seed 5512); the sentences are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { unnamedClaims } from './helpers';

describe('a recognition is the writer’s own', () => {
  it('when the sentence states it as an explanation or a fact', () => {
    expect(unnamedClaims('The idea is driven by the recognition that resources are finite.')).toEqual([]);
    expect(unnamedClaims('The plea for unity was a recognition that the weeks had been bruising.')).toEqual([]);
    expect(unnamedClaims('A recognition that the deal was lopsided came too late.')).toEqual([]);
  });
  it('and name recognition is no recognition of anything', () => {
    expect(unnamedClaims('She lacks the name recognition that her rival already has.')).toEqual([]);
  });
  it('a recognition owned or denied stays unflagged', () => {
    expect(unnamedClaims("The party's growing recognition that it must change is clear.")).toEqual([]);
    expect(unnamedClaims('Her dawning recognition that she was wrong came late.')).toEqual([]);
    expect(unnamedClaims('There is no recognition that he broke the law.')).toEqual([]);
  });
});

describe('a recognition that spreads among unnamed people is still an unowned sentiment', () => {
  it('after "there is" or "there has been"', () => {
    expect(unnamedClaims('There has been a quiet recognition that the law is popular.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('There is now some recognition that the market owes him something.')).toEqual([{ type: 'vague', source: null }]);
  });
  it('when it grows or is widespread', () => {
    expect(unnamedClaims('The bill passed amid a growing recognition that the deficit matters.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('Widespread recognition that the plan had failed forced a vote.')).toEqual([{ type: 'vague', source: null }]);
  });
});
