/**
 * attribution-1.8.34: adjectives of tenure joined by "and" inside one group ("three current and former
 * employees"), "inside" as an adjective ("an inside source"), testimony that says nothing in a relative clause,
 * and a longer group that speaks as what a later "they" refers to. Classes from the misses of PolNeAR's
 * training articles against our unnamed flags. The sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('"current and former": one group, both adjectives', () => {
  it('keeps the count and the first adjective in the source', () => {
    expect(unnamedClaims('In separate interviews, three current and former campaign employees said disagreements broke out.'))
      .toEqual([{ type: 'anonymous', source: 'three current and former campaign employees' }]);
    expect(unnamedClaims('Current and former officials said the plan was dead.'))
      .toEqual([{ type: 'anonymous', source: 'Current and former officials' }]);
    expect(unnamedClaims('Several former and serving officers told the paper the unit was disbanded.'))
      .toEqual([{ type: 'anonymous', source: 'Several former and serving officers' }]);
  });
  it('not other words joined by "and"', () => {
    // A bare plural of people is a defined group, with or without the adjectives (no flag).
    expect(unnamedClaims('Former and current employees said she stayed late.')).toEqual([]);
    // Two groups, only the second before the verb.
    expect(unnamedClaims('Israel bombed the town and local officials said 20 people died.'))
      .toEqual([{ type: 'anonymous', source: 'local officials' }]);
  });
});

describe('"inside" before the head is an adjective', () => {
  it('"an inside source", "inside sources"', () => {
    expect(unnamedClaims('The plan, an inside source said, is to pass out reprints of the editorial.'))
      .toEqual([{ type: 'anonymous', source: 'an inside source' }]);
    expect(unnamedClaims('Inside sources told the paper the deal was close.'))
      .toEqual([{ type: 'anonymous', source: 'Inside sources' }]);
  });
  it('after the head it still opens where they are', () => {
    expect(unnamedClaims('Sources inside the campaign said the deal was close.'))
      .toEqual([{ type: 'anonymous', source: 'Sources inside the campaign' }]);
  });
});

describe('testimony that says nothing in a relative clause describes the people', () => {
  it('"officials who testified behind closed doors" is no claim', () => {
    expect(claims('They were among several officials who already testified behind closed doors.')).toEqual([]);
    expect(unnamedClaims('The president has expressed anger about officials who testified in the inquiry.')).toEqual([]);
  });
  it('testimony with what it said stays a claim', () => {
    expect(unnamedClaims('Several officials who testified that the aid was frozen were later fired.'))
      .toEqual([{ type: 'anonymous', source: 'Several officials' }]);
  });
});

describe('a group that speaks is what a later "they" refers to', () => {
  it('past four words before its plural', () => {
    const text = 'A senior official said the talks had stalled. Those current and former employees said the firm was chaotic. '
      + '"It was a mess," they added.';
    expect(unnamedClaims(text)).toEqual([{ type: 'anonymous', source: 'A senior official' }]);
  });
});
