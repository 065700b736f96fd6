/**
 * attribution-1.8.173: three kinds of words that read as a cue and are none, found in a random draw of unnamed flags
 * on the corpus and then read on every flag of their kind there (15): a heading inside the article that opens with
 * criticism or rumors ("Accusations of racism"), a cue word after "a few" that is a verb's object ("passed a few notes
 * to Sebelius"), and the first word of a compound noun ("a Democratic calling card"). The sentences are written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('a heading that names criticism or rumors as the section topic', () => {
  it('is not a hedge inside the article', () => {
    expect(unnamedClaims('The board met on Monday.\n\nAccusations of bias\n\nThe chairman said the board had acted fairly.')).toEqual([]);
    expect(unnamedClaims('The app launched in May.\n\nGrowing backlash\n\nThe rollout comes as cameras go up across the city.')).toEqual([]);
    expect(unnamedClaims('The talks resumed on Monday.\n\nRumors of a deal\n\nThe envoy arrived in the capital.')).toEqual([]);
  });
  it('stays a hedge as the opening line, with a subject and verb, or in a sentence', () => {
    expect(unnamedClaims('Rumors of a deal\n\nThe envoy arrived in the capital.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('The vote was on Monday.\n\nMay faces backlash over the deal\n\nShe spoke later.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('The vote was on Monday. Accusations of bias followed the ruling within hours.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('The talks resumed on Monday.\n\nReports say a deal is near\n\nThe envoy arrived.')).toEqual([{ type: 'vague', source: null }]);
  });
});

describe('"a few" after a verb is its object', () => {
  it('the cue word after it is a noun', () => {
    expect(unnamedClaims('Off camera, the aide passed a few notes to the secretary during the hearing.')).toEqual([]);
    expect(unnamedClaims('He asked them to hum a few notes from the anthem.')).toEqual([]);
  });
  it('"a few" that opens a clause still speaks', () => {
    expect(unnamedClaims('Only a few said they would attend the convention.')).toEqual([{ type: 'vague', source: 'a few' }]);
    expect(unnamedClaims('Many stayed silent, but a few warned of the dangers.')).toEqual([{ type: 'vague', source: 'a few' }]);
    expect(unnamedClaims('Though a few have posted on social media, most stayed quiet.')).toEqual([{ type: 'vague', source: 'a few' }]);
    expect(unnamedClaims('Most declined, a few said they would come.')).toEqual([{ type: 'vague', source: 'a few' }]);
    expect(unnamedClaims('In Ohio a few said they would vote for him.').map((c) => c.type)).toEqual(['vague']);
  });
});

describe('the first word of a compound noun', () => {
  it('calling card, report card, note taker', () => {
    expect(claims('His edge is on caring, a Democratic calling card.')).toEqual([]);
    expect(claims('The idea of handing out candidate report cards in churches was dropped.')).toEqual([]);
    expect(claims('The leak was set in motion by an American note taker on hand to document the meeting.')).toEqual([]);
  });
  it('the cue word before other nouns still speaks', () => {
    expect(claims('Police report shots were fired near the school.')).toEqual([{ type: 'institutional', source: 'Police' }]);
  });
});

// Reports someone files or writes are documents, not hearsay (found in a held-out set labeled on 2026-11-25, "failing
// to file reports of foreign bank and financial accounts"; 6 such hedges on the corpus, all wrong).
describe('reports filed or written', () => {
  it('are no hedge', () => {
    expect(unnamedClaims('He faces seven counts of failure to file reports of foreign bank accounts.')).toEqual([]);
    expect(unnamedClaims('The army researchers wrote dozens of reports that explained how the movements worked.')).toEqual([]);
  });
  it('reports someone only heard of stay one', () => {
    expect(unnamedClaims('There were reports of gunfire near the palace on Monday.')).toEqual([{ type: 'vague', source: null }]);
  });
});
