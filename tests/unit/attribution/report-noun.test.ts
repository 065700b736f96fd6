/**
 * attribution-1.8.123, from a random reading of corpus flags: "report" after a singular phrase was read as the verb,
 * so "the so-called “302” witness report" flagged an unnamed witness and "The Mueller report documents …" gave a
 * claim by "The Mueller" (574 such claims on the 37,554 corpus articles). As a verb, bare "report" takes a plural or
 * counted subject, or follows "to", "who" or an auxiliary. And a judgment placed in a named document is that
 * document's, not an unsourced one. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims as unnamed } from './helpers';

describe('"report" after a singular phrase is the noun', () => {
  it('flags no one and names no "speaker" before it', () => {
    expect(unnamed('She made edits to the so-called "302" witness report in the case.')).toEqual([]);
    expect(unnamed('The aunt had filed a missing person report, but the police found nothing.')).toEqual([]);
    expect(unnamed('The inspector general in the first official report on the scandal blamed mismanagement.')).toEqual([]);
    expect(unnamed('Greenwald condemned pundits for hyping the Mueller report for two years.')).toEqual([]);
    expect(claims('The Senate report documents several false statements.')).not.toContainEqual({ type: 'institutional', source: 'The Senate' });
  });
  it('while a plural, counted or pronoun subject still reports, however far its place phrase runs', () => {
    expect(unnamed('Witnesses in eastern Syria near the Turkish border report a fresh round of airstrikes.'))
      .toEqual([{ type: 'anonymous', source: 'Witnesses in eastern Syria near the Turkish border' }]);
    expect(unnamed('Officials report some positive signs.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
    expect(unnamed('Two others report that they were told to sign.')).toEqual([{ type: 'vague', source: 'Two others' }]);
    expect(unnamed('The tweet, which few report, said he was wrong.')).toEqual([{ type: 'vague', source: 'few' }]);
  });
  it('and the claim the noun had hidden comes through', () => {
    expect(claims('A European Commission report this month found the firm removed most hate speech.'))
      .toEqual([{ type: 'institutional', source: 'A European Commission report' }]);
  });
});

describe('a judgment placed in a named document', () => {
  it('is the document\'s', () => {
    expect(unnamed('The secretary was strongly criticized in a State Department inspector general report last week.')).toEqual([]);
    expect(unnamed('He was sharply criticized in an inspector general report last month.')).toEqual([]);
    expect(unnamed('FBI personnel criticized in the forthcoming IG report appear to have worked on the warrant.')).toEqual([]);
  });
  it('while the press or an unnamed report leaves it unsourced', () => {
    expect(unnamed('He was criticized in the press for the remarks.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamed('He was criticized in a damning new report for the remarks.')).toEqual([{ type: 'vague', source: null }]);
  });
  it('and an active verb of saying with "in" still speaks', () => {
    expect(unnamed('Two officials noted in the GAO report that the plan was flawed.')).toEqual([{ type: 'anonymous', source: 'Two officials' }]);
  });
});

describe('a present-tense verb of quoting before a group', () => {
  it('relays the group as the past tense does', () => {
    expect(unnamed('The paper cites sources who say that the plan will fail.')).toEqual([{ type: 'anonymous', source: 'sources' }]);
  });
});
