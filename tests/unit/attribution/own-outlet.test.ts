/**
 * A report credited to the outlet that publishes the article (or whose wire copy it is) is
 * that outlet's own reporting, not another outlet's: "Fox News has learned" in Fox News,
 * "The Journal first reported" in The Wall Street Journal. Found by the sixth blind-judge
 * round (self-citations typed as other outlets' reports); 123 such flags in the first 5,000
 * corpus articles.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { isOwnOutlet } from '../../../utils/attribution/source';

describe('isOwnOutlet', () => {
  it.each([
    ['The Journal', 'Wall Street Journal - News'],
    ['the Post', 'The Washington Post'],
    ['Fox News', 'Fox Online News'],
    ['CNN', 'CNN (Web News)'],
    ['POLITICO', 'Politico'],
    ["the Guardian's", 'The Guardian'],
  ])('%s is the own outlet of %s', (source, outlet) => expect(isOwnOutlet(source, [outlet])).toBe(true));
  it.each([
    ["Fox News' Chad Pergram", 'Fox News'],
    ['The New York Post', 'The Washington Post'],
    ['The Washington press', 'Washington Times'],
    ['NBC News', 'ABC News'],
    ['The News', 'Fox News'],
    ['Reuters', 'The Jerusalem Post'],
  ])('%s is not the own outlet of %s', (source, outlet) => expect(isOwnOutlet(source, [outlet])).toBe(false));
});

describe('analyzeText with the publishing outlets', () => {
  const text = 'Fox News has learned that the meeting took place in May. Reuters reported that the talks had stalled.';
  it('types the own outlet\'s reporting as its own, and another outlet\'s as a report', () => {
    const claims = analyzeText(text, { outlets: ['Fox Online News'] });
    expect(claims.map((c) => [c.type, c.source?.text])).toEqual([['institutional', 'Fox News'], ['report', 'Reuters']]);
    expect(claims[0]!.reason).toBe("this outlet's own reporting: 'Fox News'");
  });
  it('without the outlet, both are reports', () => {
    expect(analyzeText(text).map((c) => c.type)).toEqual(['report', 'report']);
  });
  it('wire copy: the original outlet counts as own too', () => {
    const wire = 'CNN previously reported that the envoy had left Doha.';
    expect(analyzeText(wire, { outlets: ['Hürriyet Daily News', 'CNN'] }).map((c) => c.type)).toEqual(['institutional']);
  });
});
