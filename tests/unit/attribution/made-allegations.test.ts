/**
 * attribution-1.8.171: allegations, claims or criticism that the sentence's named subject makes ("Trump has made
 * unsubstantiated allegations of corruption", "Democrats increasingly level accusations of trickery") are that
 * subject's, not an unsourced hedge. Found in a random draw of unnamed flags (late half, seed 6119: "the state has
 * responded by hurling allegations of treason"), then read on every such hedge after a making verb in the corpus (12
 * removed, all wrong); the sentences are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { unnamedClaims } from './helpers';

describe('allegations made by a named subject are theirs', () => {
  it('a named person, party or group that makes, levels or raises them', () => {
    expect(unnamedClaims('The senator has made unfounded allegations of fraud against the board.')).toEqual([]);
    expect(unnamedClaims('Jane Roe first made claims of a relationship with the mayor in 2011.')).toEqual([]);
    expect(unnamedClaims('Democrats increasingly level accusations of cheating to explain their losses.')).toEqual([]);
    expect(unnamedClaims('At the rally, he leveled more harsh criticism at the governor.')).toEqual([]);
  });
});

describe('what stays a hedge', () => {
  it('an unnamed maker, or a thing that only provoked them', () => {
    expect(unnamedClaims('Some officials have raised allegations of fraud in the count.'))
      .toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('The change in wording has raised accusations of bias.')).toEqual([{ type: 'vague', source: null }]);
  });
  it('a making verb further back, past a preposition or another noun', () => {
    expect(unnamedClaims('The minister made the remarks amid withering criticism from lawmakers.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('My results make it difficult to take claims of neutrality seriously.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('The governor made remarks amid fierce criticism from lawmakers.')).toEqual([{ type: 'vague', source: null }]);
  });
});
