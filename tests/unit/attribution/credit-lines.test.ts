/**
 * Quotations set off with a credit line, as press roundups and blogs print them:
 * "Some note that “…”" and, below the quotation, "Jane Roe, The Daily Ledger". The words are the
 * credited writer's; the lead-in's "some" or "others" is the editor's framing, not an unnamed
 * source. Found in the flag diffs on 5,000 corpus articles (about 110 false vague flags in 33
 * roundups); the texts here are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { claims } from './helpers';

const unnamed = (text: string) => claims(text).filter((c) => c.type === 'anonymous' || c.type === 'vague');

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
