/**
 * attribution-1.8.115, from a random reading of corpus flags: a hedge after a source the sentence opens with ("According
 * to <a named source>, … reportedly …", "In the lawsuit, … are described as …") was flagged as a claim nobody holds.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims as unnamed } from './helpers';

describe('a hedge after an opening "According to" a named source', () => {
  it('is that source’s report', () => {
    expect(claims('According to the Netflix documentary Night Shift, the strategist reportedly urged him to run.'))
      .toEqual([{ type: 'named', source: 'the Netflix documentary Night Shift' }]);
    expect(claims('According to the White House, it was his deputy who later reportedly changed his story.'))
      .toEqual([{ type: 'institutional', source: 'the White House' }]);
  });
  it('but not after a report or a body with no name, nor after an unnamed source', () => {
    expect(unnamed('According to report, the actions had allegedly been taken at the network’s behest.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamed('According to officials, the man reportedly fled.')).toEqual([{ type: 'anonymous', source: 'officials' }]);
  });
});

describe('a label or a forecast in a document the sentence opens in', () => {
  it('is the document’s, not a hedge', () => {
    expect(unnamed('In the lawsuit, he and the two other gun owners are described as “law-abiding residents.”')).toEqual([]);
    expect(unnamed('In a sobering 2013 report from the GAO, the fiscal picture for the states was projected to remain bleak.')).toEqual([]);
  });
  it('while a hedge after an opening that is no document stays, and so does hearsay inside a document', () => {
    expect(unnamed('In the speech, the president also is expected to address Iran.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamed('In the lawsuit, the debt was reportedly paid twice.')).toEqual([{ type: 'vague', source: null }]);
  });
});
