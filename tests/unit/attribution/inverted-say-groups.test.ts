/**
 * attribution-1.8.35 and 1.8.36: "…, say experts" (the plural verb inverted after the claim), "privy to", collectives of an
 * unspecified number ("a handful of", "a growing number of", "a wide array of"), two unnamed groups joined by
 * "and", and peoples that are no person's name. Classes from the misses of PolNeAR's training articles. The
 * sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('"…, say X": the plural verb inverted after the claim', () => {
  it('at the end and in the middle of the sentence', () => {
    expect(unnamedClaims('The ceasefire is unlikely to hold, say diplomats in the region.'))
      .toEqual([{ type: 'anonymous', source: 'diplomats' }]);
    expect(unnamedClaims('A deal, say some analysts, is weeks away.')).toEqual([{ type: 'vague', source: 'some analysts' }]);
    expect(unnamedClaims('The talks will resume on Sunday, say people familiar with the matter.'))
      .toEqual([{ type: 'anonymous', source: 'people familiar with the matter' }]);
  });
  it('not "say" as "for example", nor a named speaker', () => {
    expect(claims('He would, say, cut taxes by a third.')).toEqual([]);
    expect(unnamedClaims('The plan is dead, say Senators Lee and Moran.')).toEqual([]);
  });
});

describe('"privy to" withholds who they are', () => {
  it('like "familiar with"', () => {
    expect(unnamedClaims('But multiple sources privy to the negotiations say the leaders want a delay.'))
      .toEqual([{ type: 'anonymous', source: 'multiple sources privy to the negotiations' }]);
  });
  it('"privy to" and "close to" take their "to" whatever follows it, after a head', () => {
    expect(unnamedClaims('But sources privy to negotiations say the leaders want a delay.'))
      .toEqual([{ type: 'anonymous', source: 'sources privy to negotiations' }]);
    expect(unnamedClaims('People close to negotiators said the deal was near.'))
      .toEqual([{ type: 'anonymous', source: 'People close to negotiators' }]);
    // Not a count: "Close to half" is no one close to anybody.
    expect(claims('Close to half, 43 percent, say the move should be delayed.').map((c) => c.source)).not.toContain('Close to half');
  });
});

describe('collectives of an unspecified number', () => {
  it('"a handful of", "a growing number of", "a wide array of"', () => {
    expect(unnamedClaims('A handful of Senate aides told the paper the vote would slip.'))
      .toEqual([{ type: 'anonymous', source: 'A handful of Senate aides' }]);
    expect(unnamedClaims('A growing number of economists say the cut came too late.'))
      .toEqual([{ type: 'vague', source: 'A growing number of economists' }]);
    expect(unnamedClaims('Pivoting too soon, a wide array of economists say, limited the recovery.'))
      .toEqual([{ type: 'vague', source: 'a wide array of economists' }]);
  });
});

describe('two unnamed groups joined by "and" are one source', () => {
  it('the second group alone is no source, the first makes them unnamed', () => {
    expect(unnamedClaims('Despite the feuding, many experts and some lawmakers say the law had successes.'))
      .toEqual([{ type: 'vague', source: 'many experts and some lawmakers' }]);
    expect(unnamedClaims('Campaign aides and strategists say the contenders will collide.'))
      .toEqual([{ type: 'anonymous', source: 'Campaign aides and strategists' }]);
  });
  it('not one person with two roles, a list a name opens, someone\'s people, or a generality', () => {
    expect(unnamedClaims("Scoble's friend and partner said Scoble had agreed to step down.")).toEqual([]);
    expect(unnamedClaims('The president, public health officials and business leaders said testing could double.')).toEqual([]);
    expect(unnamedClaims("Leader McConnell's aides and allies are telling senators to hold steady.")).toEqual([]);
    expect(unnamedClaims('Police officers and the general public have tended to view the encounters differently.')).toEqual([]);
  });
});

describe('peoples and trades', () => {
  it('"many Latinos" are no person named Latinos', () => {
    expect(claims('The story is a poignant one, but many Latinos have said it falls flat.').map((c) => c.type)).not.toContain('named');
  });
  it('"a producer" is an unnamed person', () => {
    expect(unnamedClaims('A producer for the studio told the paper that the interview was canceled.'))
      .toEqual([{ type: 'anonymous', source: 'A producer for the studio' }]);
  });
});
