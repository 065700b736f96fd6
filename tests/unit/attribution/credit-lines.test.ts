/**
 * Quotations set off with a credit line, as press roundups and blogs print them:
 * "Some note that “…”" and, below the quotation, "Jane Roe, The Daily Ledger". The words are the
 * credited writer's; the lead-in's "some" or "others" is the editor's framing, not an unnamed
 * source. Found in the flag diffs on 5,000 corpus articles (about 110 false vague flags in 33
 * roundups). Also an unnamed speaker of a summary line or a heading whom the story names further
 * on (a fourth held-out set; 5 corpus flags). The texts here are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { claims, unnamedClaims as unnamed } from './helpers';


const ROUNDUP = [
  'From the Left',
  'Some note that “the ceasefire talks have stalled for a month and neither side has moved. Mediators in Doha are running out of ideas…',
  '“The next round will decide whether the truce survives the winter.”',
  'Jane Roe, The Daily Ledger',
  'Others argue, “The envoy should have left months ago; his plan never had the votes it needed in the cabinet.” John Mark Doe, Harbor Review',
].join('\n\n');

describe('a quotation with a credit line under it', () => {
  it('is the credited writer\'s, not the lead-in\'s "some" or "others"', () => {
    expect(unnamed(ROUNDUP)).toEqual([]);
    const sources = claims(ROUNDUP).map((c) => c.source);
    expect(sources).toContain('Jane Roe');
    expect(sources).toContain('John Mark Doe');
  });
  it('reaches over the paragraphs of a quotation left open, and says why', () => {
    const c = analyzeText(ROUNDUP).filter((x) => x.source?.text === 'Jane Roe');
    expect(c.length).toBeGreaterThanOrEqual(3);
    expect(c[0]!.reason).toBe("named in the credit under the quotation: 'Jane Roe, The Daily Ledger'");
  });
  it('a credit line without a quotation above it credits nothing', () => {
    const text = 'Some argue the envoy should resign before the talks resume next week.\n\nJane Roe, The Daily Ledger';
    expect(unnamed(text)).toEqual([{ type: 'vague', source: 'Some' }]);
  });
  it('needs a quotation set off as a block: a phrase in quotes over a heading is still a hedge', () => {
    const text = 'His deputy, who four months ago was described as the campaign\'s “alter ego.”\n\nCorey Lewandowski, You Are Fired\n\nThe family stepped in on Monday.';
    expect(unnamed(text)).toEqual([{ type: 'vague', source: null }]);
  });
  it('a dateline is no credit', () => {
    const text = 'Some argue that “the strikes will not end before the talks resume in earnest next week in Cairo.”\n\nGAZA CITY, GAZA';
    expect(unnamed(text)).toEqual([{ type: 'vague', source: 'Some' }]);
  });
});

describe('an unnamed speaker the article names further on', () => {
  it('the same remark, quoted again with a name, is the named person\'s', () => {
    const text = 'On Sunday, a top Republican lawmaker warned the release could cause "violence and deaths."\n\n'
      + 'The committee met on Monday.\n\nIn Washington, Rep. Mara Velden said allies were predicting "this will cause violence and deaths."';
    const first = analyzeText(text)[0]!;
    expect(first.type).toBe('named');
    expect(first.source?.text).toBe('Rep. Mara Velden');
    expect(first.reason).toBe("named later in the article: 'Rep. Mara Velden'");
  });
  it('a heading whose paragraph names the official is that official\'s', () => {
    const text = 'Update at 1:55 p.m. Hamas Official Says It Can Control Factions:\n\nIn Cairo, senior Hamas official Musa Karim said that he is sure the factions will stop firing.';
    expect(unnamed(text)).toEqual([]);
  });
  it('a different remark, or a next sentence about someone else, names nobody', () => {
    expect(unnamed('A top lawmaker warned the release could cause "violence and deaths."\n\nRep. Mara Velden said she had "read every page of it twice."'))
      .toEqual([{ type: 'anonymous', source: 'A top lawmaker' }]);
    expect(unnamed('Israeli Official Says Talks Are Over:\n\nIn Cairo, Hamas leader Musa Karim said the talks would go on.'))
      .toEqual([{ type: 'anonymous', source: 'Israeli Official' }]);
  });
});

describe('a quotation that names its own source inside it', () => {
  it('is that source\'s claim, not the unnamed source the quotation is credited to', () => {
    const text = 'Officials say the program is struggling. He filed this report: "U.S. trainers have focused on the army. '
      + 'Pentagon spokesman Col. Mara Velden told reporters that more recruits are needed. Few have volunteered," officials said.';
    const c = claims(text);
    expect(c.find((x) => x.source === 'Pentagon spokesman Col. Mara Velden')?.type).toBe('named');
    expect(c.filter((x) => x.type === 'anonymous').length).toBeGreaterThan(0);
  });
});
