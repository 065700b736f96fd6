/**
 * attribution-1.8.118, from a random reading of flags on corpus articles 15,000–37,554: a hedge in a sentence that
 * names its source with "according to" was flagged as unsourced whenever the source tables could not type the phrase
 * ("according to the book", "according to Morning Star News"); and people described by how an outlet reached them
 * ("experts reached by FoxNews.com", "officials interviewed by The Hill") were not typed at all. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims as unnamed } from './helpers';

describe('a hedge whose source the sentence gives with "according to"', () => {
  it('is that source\'s wording, even where the tables do not type the source', () => {
    expect(unnamed('The gunmen reportedly seized six students shortly after midnight, according to Prairie Star News.')).toEqual([]);
    expect(unnamed('The aide allegedly kept a second phone for the campaign, according to the book.')).toEqual([]);
    expect(unnamed('The hearing is expected to last into next week, according to a March 2 news release.')).toEqual([]);
    expect(unnamed('According to the 18-page motion, the witnesses were allegedly contacted by text.')).toEqual([]);
  });
  it('still counts when "according to" means something else, or names no one', () => {
    expect(unnamed('The launch is expected to go ahead next month, according to plan.'))
      .toEqual([{ type: 'vague', source: null }]);
    expect(unnamed('The platforms have often been accused of removing posts according to their own tastes.'))
      .toEqual([{ type: 'vague', source: null }]);
    // Reporting whose maker goes unnamed is as vague as the hedge.
    expect(unnamed('The agency is reportedly preparing a new campaign, according to a published report.'))
      .toEqual([{ type: 'vague', source: null }]);
  });
  it('keeps a source the tables do type', () => {
    expect(claims('The aide allegedly kept a second phone, according to the filing.'))
      .toEqual([{ type: 'institutional', source: 'the filing' }]);
  });
});

describe('people described by how an outlet reached them', () => {
  it('are typed by who they are', () => {
    expect(unnamed('The ships are not a real threat, according to defense experts reached by FoxNews.com.'))
      .toEqual([{ type: 'vague', source: 'defense experts reached by FoxNews.com' }]);
    expect(unnamed('The staff feel at risk of being blamed, according to officials interviewed by The Hill.'))
      .toEqual([{ type: 'anonymous', source: 'officials interviewed by The Hill' }]);
    expect(unnamed('According to a senior official quoted by Haaretz, the calls went on all weekend.'))
      .toEqual([{ type: 'anonymous', source: 'a senior official quoted by Haaretz' }]);
    expect(unnamed('Attorneys interviewed said the law has long protected that right.'))
      .toEqual([{ type: 'anonymous', source: 'Attorneys interviewed' }]);
  });
  it('but "cited" and "quoted" as the verb of the sentence are no such description', () => {
    expect(claims('Some conservatives cited the CNN report as a vindication for Trump.'))
      .not.toContainEqual({ type: 'vague', source: 'Some conservatives' });
  });
});
