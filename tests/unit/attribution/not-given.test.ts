/**
 * attribution-1.8.104, from a held-out politics-set miss ("key supporters are admitting …") and corpus diffs
 * (sentences written for these tests): bare verbs for plural subjects ("Aides admit that …", "Polls indicate …"), not
 * after a modal, in a demand, a condition or a question; and what is not given is no claim ("Officials have not
 * revealed the motive").
 */
import { describe, expect, it } from 'vitest';
import { unnamedClaims as unnamed } from './helpers';

describe('bare verbs of saying after plural subjects', () => {
  it('attribute the clause', () => {
    expect(unnamed('Top aides admit that the senator cannot win.')).toEqual([{ type: 'anonymous', source: 'Top aides' }]);
    expect(unnamed('Polls indicate a close race in the state.')).toEqual([{ type: 'vague', source: 'Polls' }]);
    expect(unnamed('Many Democrats lament that the party lost control of its primaries.')).toEqual([{ type: 'vague', source: 'Many Democrats' }]);
    expect(unnamed('There are hurdles to the protests, some young activists explain.')).toEqual([{ type: 'vague', source: 'some young activists' }]);
  });
  it('but not after a modal, in a demand, a condition or a question', () => {
    expect(unnamed('Polls might explain why she has not reached out.')).toEqual([]);
    expect(unnamed('No one at the paper will lament the change.')).toEqual([]);
    expect(unnamed('He asked that someone explain to the speaker what had happened.')).toEqual([]);
    expect(unnamed('If, instead, they explain that the election gave them a chance, it will be a sign.')).toEqual([]);
    expect(unnamed('Can someone explain to me how it is “liberal” to shut it down?')).toEqual([]);
  });
});

describe('what is not given', () => {
  it('is no claim', () => {
    expect(unnamed('Officials have not revealed the motive.')).toEqual([]);
    expect(unnamed('Investigators haven’t confirmed the existence of such a probe.')).toEqual([]);
    expect(unnamed('A state official did not immediately confirm that the hospital had given in.')).toEqual([]);
    expect(unnamed('Officials have not disclosed the amount of chemicals on site.')).toEqual([]);
    expect(unnamed('Prosecutors have never explained why he tried to cover up the messages.')).toEqual([]);
    expect(unnamed('Nor did these officials reveal that the author had been dropped as a source.')).toEqual([]);
    expect(unnamed('Officials would not even indicate when the talks would resume.')).toEqual([]);
  });
  it('while what is given still is', () => {
    expect(unnamed('Officials confirmed the strike on Tuesday.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
    expect(unnamed('Officials not only confirmed the strike but praised it.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
    expect(unnamed('Sources could not immediately confirm the number of cars, but U.S. officials said a deal had been reached.'))
      .toEqual([{ type: 'anonymous', source: 'U.S. officials' }]);
  });
});
