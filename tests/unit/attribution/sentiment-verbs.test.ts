/**
 * attribution-1.8.111, from a random reading of corpus flags: "worries" and "fears" used as verbs of a subject that came
 * before were read as unowned worries ("hedge without a source"), even when the subject is a named person. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { unnamedClaims as unnamed } from './helpers';

describe('"worries" and "fears" as verbs', () => {
  it('belong to their subject, named or a pronoun, across an appositive or a coordination', () => {
    expect(unnamed('Dana Ortiz, 25, worries that she will not be able to afford the rent.')).toEqual([]);
    expect(unnamed('A state senator, Lee Park, worries that the plan could fail.')).toEqual([]);
    expect(unnamed('He has applied for benefits but worries about the future.')).toEqual([]);
    expect(unnamed('Hensley now worries about the flood insurance deficit.')).toEqual([]);
    expect(unnamed('The mayor, who no longer worries about reelection, signed the bill.')).toEqual([]);
  });
  it('while the nouns nobody holds stay hedges', () => {
    expect(unnamed('In Poland, worries about Russia have been on the rise.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamed('But doubts are rising about how effective lower rates can be.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamed('The senator faces a primary, but early fears that he might collapse have faded.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamed('There are growing worries that the talks will fail.')).toEqual([{ type: 'vague', source: null }]);
  });
});
