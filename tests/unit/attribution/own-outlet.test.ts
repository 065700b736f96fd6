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
    // A name and its initials, either way round; the outlet's own staff.
    ['The AP', 'Associated Press'],
    ['the Associated Press', 'AP'],
    ['A Fox News reporter', 'Fox News'],
  ])('%s is the own outlet of %s', (source, outlet) => expect(isOwnOutlet(source, [outlet])).toBe(true));
  it.each([
    ["Fox News' Chad Pergram", 'Fox News'],
    ['The New York Post', 'The Washington Post'],
    ['The Washington press', 'Washington Times'],
    ['NBC News', 'ABC News'],
    ['The News', 'Fox News'],
    ['Reuters', 'The Jerusalem Post'],
    ['The AP', 'Agence France-Presse'],
    ['The Washington Post reporter', 'The Washington Times'],
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

describe('an outlet that only talked to people is no source', () => {
  const types = (t: string) => analyzeText(t).map((c) => [c.type, c.source?.text]);
  it('"OUTLET spoke to X" reports nothing; the people it spoke to speak for their own clause', () => {
    expect(types('To find out, Fox News spoke to Dr. Albert Rizzo, the chief medical officer at the lung association.')).toEqual([]);
    expect(types('But ABC News spoke to a senior White House official who said this is a fragile deal.')).toEqual([['anonymous', 'a senior White House official']]);
  });
  it('"in an interview with OUTLET published …" is where a named person spoke', () => {
    expect(types('In an interview with the New Yorker published on Sunday, Ramirez said the party was crowded.')).toEqual([['named', 'Ramirez']]);
  });
  it('an outlet whose report, estimate or survey the sentence rests on stays a report', () => {
    expect(types('The latest estimate by NBC News suggests he will need 57 percent of the remaining delegates.').map((x) => x[0])).toEqual(['report']);
    expect(types('The deal collapsed, according to a later New York Times report.').map((x) => x[0])).toEqual(['report']);
  });
  it('"they" after an organization that opens the sentence is that organization', () => {
    const text = 'Quinnipiac, which conducted the poll, sees no link to the emails, but they noted that she has lost ground.';
    expect(analyzeText(text).map((c) => c.type)).toEqual(['institutional']);
    // Capitalized modifiers of a common noun are no organization: "Senior U.S. officials … they".
    expect(analyzeText('Senior U.S. officials met on Monday, and they said the talks had stalled.').map((c) => c.type)).not.toContain('institutional');
  });
});
