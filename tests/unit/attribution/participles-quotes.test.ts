/**
 * attribution-1.8.33: a participle of saying after the main clause ("Hamas rejected the offer, saying …"),
 * modifiers of one head joined by "and" ("according to Arab and Western diplomats"), sentences glued
 * together where a page lost its paragraph breaks, and the direction of curly quotation marks.
 * The sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { claims, unnamedClaims } from './helpers';

describe('a participle of saying speaks for the subject of the main clause', () => {
  it('"X rejected the offer, saying …" and its unnamed forms', () => {
    expect(claims('Hamas rejected the offer, saying it fell short.')).toEqual([{ type: 'institutional', source: 'Hamas' }]);
    expect(unnamedClaims('A senior official rejected the offer, saying it fell short of the demands.'))
      .toEqual([{ type: 'anonymous', source: 'A senior official' }]);
    expect(unnamedClaims('On Sunday, two diplomats dismissed the report, insisting that the talks go on.'))
      .toEqual([{ type: 'anonymous', source: 'two diplomats' }]);
    // Not the object before the comma: the proposal's maker is not who speaks.
    expect(claims('Hamas rejected the proposal from Egypt, saying it fell short.')).toEqual([{ type: 'institutional', source: 'Hamas' }]);
  });
  it('other participles of saying, and a time phrase before the verb left out of the subject', () => {
    expect(unnamedClaims('Two senior officials on Monday rejected the plan, stating that it fell short.'))
      .toEqual([{ type: 'anonymous', source: 'Two senior officials' }]);
    expect(unnamedClaims('White House officials Tuesday took issue with the testimony, contending it was political.'))
      .toEqual([{ type: 'anonymous', source: 'White House officials' }]);
    // A verb that needs a clause to report one: "maintaining order" is no claim.
    expect(claims('Police cordoned off the area, maintaining order.')).toEqual([]);
    expect(unnamedClaims('A senior official rejected the offer, maintaining that it fell short.'))
      .toEqual([{ type: 'anonymous', source: 'A senior official' }]);
    // Those participles report nothing elsewhere, except in the progressive.
    expect(claims('The senator also had some explaining to do when he was asked.')).toEqual([]);
    expect(claims('He signed contracts to work as an expert witness asserting that the chemical caused cancer.')).toEqual([]);
    expect(unnamedClaims('Critics are accusing the president of turning a blind eye.')).toEqual([{ type: 'vague', source: 'Critics' }]);
    expect(unnamedClaims('The letter drew a furious response, with administration officials accusing the senators of seeking war.'))
      .toEqual([{ type: 'anonymous', source: 'administration officials' }]);
  });
  it('a capitalized name ending in -ed is no verb', () => {
    expect(claims('White House adviser Jared Kushner broke his silence on Monday, saying the inquiry goes on.'))
      .toEqual([{ type: 'named', source: 'White House adviser Jared Kushner' }]);
  });
  it('not where the participle may belong to another clause, nor to a passive subject or a thing', () => {
    expect(claims('Netanyahu rejected the offer that two officials made, saying it fell short.')).toEqual([]);
    expect(claims('Israel struck the camp and officials left, saying it was unsafe.')).toEqual([]);
    expect(claims('The offer was rejected, saying it fell short.')).toEqual([]);
    expect(claims('Prices rose sharply, suggesting that demand was strong.')).toEqual([]);
    // "adding tension": no participle of saying.
    expect(claims('The envoy visited the capital, adding tension to the talks.')).toEqual([]);
  });
});

describe('modifiers joined by "and" share one head', () => {
  it('"according to Arab and Western diplomats" is one unnamed group, not "Arab"', () => {
    expect(claims('The army shaped the defense, according to Arab and Western diplomats in the region.'))
      .toEqual([{ type: 'anonymous', source: 'Arab and Western diplomats' }]);
    expect(claims('The talks stalled, according to Israeli and American officials.'))
      .toEqual([{ type: 'anonymous', source: 'Israeli and American officials' }]);
  });
  it('two sources stay two', () => {
    expect(claims('The talks stalled, according to Israel and Hamas.')[0]).toEqual({ type: 'institutional', source: 'Israel' });
  });
});

describe('manners of speaking', () => {
  it('"proclaimed", "quipped" after a quotation name its speaker', () => {
    expect(claims('\u201cIt is simple,\u201d Cuomo, himself a gun owner, proclaimed.')).toEqual([{ type: 'named', source: 'Cuomo' }]);
    expect(unnamedClaims('\u201cNot again,\u201d one aide quipped.')).toEqual([{ type: 'anonymous', source: 'one aide' }]);
  });
});

describe('sentences glued together and the direction of quotation marks', () => {
  it('"A" after a glued period opens a sentence', () => {
    expect(unnamedClaims('She left the administration last year.A source close to her said she was angry.'))
      .toEqual([{ type: 'anonymous', source: 'A source close to her' }]);
  });
  it('a writer\'s sentence glued to a quotation is not part of it', () => {
    const text = 'He said: \u201cWe ought to be fighting the bombs.\u201dIsraeli officials believe the policy has been naive.';
    expect(unnamedClaims(text)).toEqual([{ type: 'anonymous', source: 'Israeli officials' }]);
  });
  it('a quotation that runs over glued paragraphs stays the speaker\'s until its closing mark', () => {
    const text = 'Huckabee said the talks \u201chave never been rockier. Every president has been a partner.'
      + '\u201cIn all the other regimes you have dictators.\u201cThe president has to convince them.\u201d'
      + 'Israeli officials believe the policy has been naive.';
    const found = analyzeText(text).map((c) => ({ type: c.type, text: text.slice(c.start, c.end) }));
    // The reopened paragraphs are Huckabee's, the sentence after the closing mark is the officials'.
    expect(found.filter((c) => c.type === 'anonymous').map((c) => c.text)).toEqual(['Israeli officials believe the policy has been naive.']);
    expect(found.some((c) => c.type === 'named' && c.text.startsWith('\u201cIn all the other regimes'))).toBe(true);
  });
  it('an opening mark typed after a word, not after a sentence, still closes an open quotation', () => {
    const text = 'He ran on ending the \u201cendless wars \u201cin the region. He has acted on what his own officials call \u201crazor-thin\u201d evidence.';
    expect(unnamedClaims(text)).toEqual([{ type: 'anonymous', source: 'his own officials' }]);
  });
});
