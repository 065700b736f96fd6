/**
 * attribution-1.8.110, from a held-out politics-set miss ("An apparent DSA member identified only as “Neal M.” wrote")
 * and a lexicon gap ("according to several election handicappers"), and from its corpus diff (a group named body by body
 * in an appositive); sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution';
import { unnamedClaims as unnamed } from './helpers';

describe('a speaker given only part of a name', () => {
  it('is unnamed, with or without commas around the clause', () => {
    expect(unnamed('A member identified only as “Neal M.” wrote that the group had benefited.')).toEqual([{ type: 'anonymous', source: 'A member' }]);
    expect(unnamed('A soldier identified only as Captain A. said the unit had withdrawn.')).toEqual([{ type: 'anonymous', source: 'A soldier' }]);
    expect(unnamed('A woman identified only by her first name said the shelter had been hit.')).toEqual([{ type: 'anonymous', source: 'A woman' }]);
    expect(unnamed('A commander known only as Abu Ali said the unit had withdrawn.')).toEqual([{ type: 'anonymous', source: 'A commander' }]);
  });
  it('but a clause that names the person in full is no withheld name', () => {
    expect(unnamed('A soldier identified as Captain Adam Levi said the unit had withdrawn.')).toEqual([]);
  });
});

describe('race handicappers at large', () => {
  it('are a vague source, as analysts are', () => {
    expect(unnamed('The party’s chances are still roughly 50-50, according to several election handicappers.'))
      .toEqual([{ type: 'vague', source: 'several election handicappers' }]);
    expect(unnamed('Prognosticators say the race will tighten.')).toEqual([{ type: 'vague', source: 'Prognosticators' }]);
  });
});

describe('an unnamed group named body by body right after', () => {
  it('speaks as those bodies', () => {
    const [c] = analyzeText('Two of the top handicappers, the Cook Political Report and the Rothenberg Political Report, describe the race as a toss up.');
    expect(c?.type).toBe('institutional');
    expect(c?.source?.text).toBe('the Cook Political Report and the Rothenberg Political Report');
    expect(unnamed("The government's official source for energy data, the Energy Information Administration, said production rose.")).toEqual([]);
  });
  it('not a place or a party and state after the speaker', () => {
    expect(unnamed('A family friend in Regensburg, Germany, told CNN that the pope had been thinking of resigning.'))
      .toEqual([{ type: 'anonymous', source: 'A family friend in Regensburg' }]);
    expect(unnamed('A top staffer in the office of Rep. Adam B. Schiff, California Democrat, said Monday that Schiff stood by his remarks.'))
      .toEqual([{ type: 'anonymous', source: 'A top staffer in the office of Rep. Adam B. Schiff' }]);
  });
});
