/**
 * attribution-1.8.29: who a capitalized word is. A common noun that opens its sentence is no person
 * ("Lawmakers also asked …"), a group that speaks without being a source is still what a "they" after
 * it refers to, a party and state after a name do not replace the name ("Sen. John McCain, R-Ariz.,
 * said"), and a title with a first name makes a place's name a surname ("Committee Chairman Jim
 * Jordan"). Found in PolNeAR dev's error list and in corpus diffs; the sentences are written here.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { classifySource } from '../../../utils/attribution/source';
import { claims, unnamedClaims } from './helpers';

describe('a common noun that opens its sentence is no person', () => {
  it('when the article also writes it in lower case', () => {
    const text = 'The bill stalled again. Lawmakers also asked whether the deal required the witnesses to cooperate. '
      + 'Several lawmakers had left town.';
    expect(claims(text).filter((c) => c.type === 'named')).toEqual([]);
  });
  it('when its ending makes it a plural of people and the article names no one with it', () => {
    expect(claims('Proponents said the benefits are as high as $90 billion.').filter((c) => c.type === 'named')).toEqual([]);
    expect(claims('Environmentalists argue the dam would ruin the river.').filter((c) => c.type === 'named')).toEqual([]);
  });
  it('a surname with such an ending or a lower-case twin stays a person where the article names them', () => {
    expect(claims('Sen. Bernie Sanders is in Iowa. Sanders said the plan would fail.')).toContainEqual({ type: 'named', source: 'Sanders' });
    const green = 'Hawaii Lt. Gov. Josh Green spoke on Friday. The parks will turn green again. '
      + '“That is what we are working on,” Green said.';
    expect(claims(green)).toContainEqual({ type: 'named', source: 'Green' });
    expect(claims('Health Secretary Tom Price spoke on Monday. The price of drugs rose. Price said it would rise again.'))
      .toContainEqual({ type: 'named', source: 'Price' });
  });
  it('a headline word is no person either, unless the article names someone with it', () => {
    const text = 'Suspects\' Uncle Says "They Do Not Deserve To Live" \nThe uncle of the two suspects spoke on Friday.';
    expect(claims(text).filter((c) => c.type === 'named')).toEqual([]);
  });
  it('"You" in an interview stays the person asked', () => {
    expect(claims('You said the plan would fail. Do you think you were right?')).toContainEqual({ type: 'named', source: 'You' });
  });
});

describe('a group that speaks without being a source', () => {
  it('is what a "they" after it refers to, not an unnamed source before it', () => {
    const text = 'Town officials say they are not opposed to affordable housing. Developers argue that smaller projects do '
      + 'not make sense. The rent they could charge would not justify the outlay, they say.';
    expect(unnamedClaims(text)).toEqual([{ type: 'anonymous', source: 'Town officials' }]);
    const lower = 'Town officials say they are not opposed. But developers argue that smaller projects do not make sense. '
      + 'The rent they could charge would not justify the outlay, they say.';
    expect(unnamedClaims(lower)).toEqual([{ type: 'anonymous', source: 'Town officials' }]);
  });
  it('only a group of people: a thing cited does not cut the reference', () => {
    const text = 'The federal officials said the case was rare. The hospital declined to comment, citing privacy regulations. '
      + 'Such decisions are left to doctors, they said.';
    expect(unnamedClaims(text).map((c) => c.source)).toContain('they');
  });
  it('a "they" with nothing to refer to owns the wording of its sentence', () => {
    expect(unnamedClaims('Even partial steps are considered a path to confiscation, they argue.')).toEqual([]);
    // (A hedge that overrides any source still counts.)
    expect(unnamedClaims('The rebels are believed to hold the town, they said.')).toEqual([{ type: 'vague', source: null }]);
  });
});

describe('a party and state after a name', () => {
  it('leave the name the speaker', () => {
    expect(claims('Sen. John McCain, R-Ariz., said the plan failed.')).toEqual([{ type: 'named', source: 'Sen. John McCain' }]);
    expect(claims('The plan failed, Sen. Kamala Harris, D-Calif., said.')).toEqual([{ type: 'named', source: 'Sen. Kamala Harris' }]);
    expect(claims('Rep. Jim Jordan, Ohio Republican, said the plan failed.')).toEqual([{ type: 'named', source: 'Rep. Jim Jordan' }]);
    expect(claims('Sen. Joe Manchin III, West Virginia Democrat, said the plan failed.')).toEqual([{ type: 'named', source: 'Sen. Joe Manchin III' }]);
  });
  it('a name given in the appositive still names the speaker', () => {
    expect(claims('One Senate Republican, Susan Collins of Maine, warned the plan would fail.')).toEqual([{ type: 'named', source: 'Susan Collins' }]);
    expect(claims('A Liberal candidate in Ontario, Mitzie Hunter, tweeted that it was wrong.')).toEqual([{ type: 'named', source: 'Mitzie Hunter' }]);
  });
  it('a "he" after them refers to the person, not the tag', () => {
    const c = analyzeText('Sen. John McCain, R-Ariz., said the plan failed. He said it would cost lives.');
    expect(c.map((x) => x.reason)).toEqual(["named person: 'John McCain'", "named person: 'He (John McCain)'"]);
  });
});

describe("a place's name as a surname", () => {
  it('after a title and a first name', () => {
    expect(classifySource('House Judiciary Committee Chairman Jim Jordan')).toEqual({ type: 'named', label: 'Jim Jordan', kind: 'person' });
    expect(classifySource('Chairman Jim Jordan')?.type).toBe('named');
  });
  it('not without them, nor for a place with a prefix', () => {
    expect(classifySource('North Korea')?.type).toBe('institutional');
    expect(classifySource('Jordan')?.type).toBe('institutional');
  });
});

describe('a town and its state after a person (1.8.30)', () => {
  it('the state belongs to the place: the speaker comes before the place', () => {
    expect(claims('Deborah Newberry, 62, of Orlando, Fla., told ABCNews.com she mailed a check.')).toEqual([{ type: 'named', source: 'Deborah Newberry' }]);
    expect(claims('Stephanie Kugler, a history teacher in West Sacramento, Calif., said she had expanded the idea.'))
      .toEqual([{ type: 'named', source: 'Stephanie Kugler' }]);
    expect(claims('Linda Kosinski, 56, a small-business owner from Andover, Mass., said the rules are the rules.'))
      .toEqual([{ type: 'named', source: 'Linda Kosinski' }]);
  });
  it('an unnamed person in a town is an unnamed source', () => {
    expect(unnamedClaims('A nurse at the clinic in Pembroke, Fla., told The Daily Beast that the numbers doubled.'))
      .toEqual([{ type: 'anonymous', source: 'A nurse at the clinic' }]);
  });
  it('a description deeper in the sentence is no speaker', () => {
    const c = claims('Matthew Hale, an associate professor of political science at Seton Hall University in South Orange, New Jersey, said the scandal hurts.');
    expect(c.filter((x) => x.type === 'anonymous' || x.type === 'vague')).toEqual([]);
  });
});

describe('a definite description right after a named person (1.8.30)', () => {
  it('is that person, not a new unnamed source', () => {
    expect(unnamedClaims('Teo De Las Heras created a Facebook page last week. The tech company employee told USA TODAY that the page grew.')).toEqual([]);
    expect(unnamedClaims('Gregory McMichael told officers he tried to stop him. The father claimed that the man attacked his son.')).toEqual([]);
  });
  it('a first mention with no one named just before stays unnamed', () => {
    expect(unnamedClaims('The rally was loud. The announcer said the crowd was huge.')).toEqual([{ type: 'anonymous', source: 'The announcer' }]);
  });
  it('nor right after an unnamed speaker', () => {
    const text = 'The campaign is struggling in Iowa, a senior aide to Joe Biden said. The aide added that money was short.';
    expect(unnamedClaims(text).map((c) => c.source)).toEqual(['a senior aide to Joe Biden', 'The aide']);
  });
});
