/**
 * attribution-1.8.125–1.8.131: classes from a random reading of corpus flags. A relative clause without a pronoun
 * ("a move the White House said was needed") has its own subject, which is the source, not the noun before it; a
 * reduced passive ("a member of Parliament described as …") describes, it does not speak; what is avoided, wished
 * for or feared has not been said; a person questioned doubts nothing; "you" and a reporter's "I spoke to" are
 * clauses of their own; what no one claims is no claim. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution';
import { claims, unnamedClaims } from './helpers';

describe('a relative clause without a pronoun: its subject is the source', () => {
  it('after a noun with an article, "the" opens the speaker', () => {
    expect(claims('The president vetoed the bill, a move the White House said was needed.'))
      .toEqual([{ type: 'institutional', source: 'the White House' }]);
    expect(claims('The inquiry is looking at the meetings, an allegation the Kremlin denied.'))
      .toEqual([{ type: 'institutional', source: 'the Kremlin' }]);
    expect(claims('It was the first time the agency has confirmed that a grand jury sat.'))
      .toEqual([{ type: 'institutional', source: 'the agency' }]);
  });
  it('an unnamed speaker keeps the flag, with the words that withhold the name', () => {
    expect(unnamedClaims('The tax rises to 40 percent, a provision the source said was added late.'))
      .toEqual([{ type: 'anonymous', source: 'the source' }]);
  });
  it('a speaker named before is not an unnamed one', () => {
    expect(unnamedClaims('The committee cut off Sanders from the data on Friday, a move the Vermont senator said was an egregious act.')).toEqual([]);
  });
  it('a "the" inside one phrase stays there: prepositions, "nor", a relative "that"', () => {
    expect(unnamedClaims('A witness who works in the office opposite the magazine told a radio station that he saw two men.'))
      .toEqual([{ type: 'anonymous', source: 'A witness' }]);
    expect(claims('The company that operates the ship said samples had been taken.'))
      .toEqual([{ type: 'institutional', source: 'The company that operates the ship' }]);
    expect(claims('Neither the president nor the minister has said when the talks resume.').map((c) => c.source))
      .not.toContain('the minister');
  });
});

describe('a reduced passive describes someone, it does not speak', () => {
  it('a head with an "of" phrase', () => {
    expect(claims('He is charged in the killing of Jo Cox, a British member of Parliament described as a fearless campaigner.')).toEqual([]);
  });
  it('"someone" after a preposition', () => {
    expect(claims('One soldier was injured by someone described as having been radicalized online.')).toEqual([]);
  });
  it('not a friend of the family, nor a second phrase, which is the subject of a relative clause', () => {
    expect(claims('He met a friend of the family described as a close adviser.')).toEqual([]);
    expect(unnamedClaims('The remark was a comment several attendees viewed as a dig at the chairman.'))
      .toEqual([{ type: 'anonymous', source: 'several attendees' }]);
  });
});

describe('what is warded off has not been said (1.8.126)', () => {
  it('accusations, perceptions, labels and reports someone avoids or pre-empts', () => {
    expect(unnamedClaims('He paid the fee himself in order to avoid accusations of special treatment.')).toEqual([]);
    expect(unnamedClaims('To avoid the perception that the agency was investigating itself, the inspector hired outside staff.')).toEqual([]);
    expect(unnamedClaims('Both parties are trying to avoid being blamed for the mess.')).toEqual([]);
    expect(unnamedClaims('To pre-empt reports that the meeting had failed, the minister spoke first.')).toEqual([]);
    expect(unnamedClaims('The governor moved to head off accusations of favoritism.')).toEqual([]);
  });
  it('accusations dodged or fended off were made', () => {
    expect(unnamedClaims('The senator has had to dodge accusations of racism for years.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('The company is fending off accusations of bias in its algorithm.')).toEqual([{ type: 'vague', source: null }]);
  });
});

describe('a label someone wishes for, earns or fears has not been given (1.8.127)', () => {
  it('"want to be seen as", "deserves to be criticized", "risk being blamed", "worried about being called"', () => {
    expect(unnamedClaims('They do not want to be portrayed as conducting a partisan attack.')).toEqual([]);
    expect(unnamedClaims('The mayor deserves to be criticized for the delay.')).toEqual([]);
    expect(unnamedClaims('If they move ahead, they risk being branded as hypocrites.')).toEqual([]);
    expect(unnamedClaims('Leaders, worried about being blamed for the shutdown, relented.')).toEqual([]);
    expect(unnamedClaims('Clearly wary of being characterized as a warmonger, the senator spoke softly.')).toEqual([]);
  });
  it('a label being given now stays a hedge without a source', () => {
    expect(unnamedClaims('The senator is being criticized for missing the vote.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('The vaccine is being called a breakthrough.')).toEqual([{ type: 'vague', source: null }]);
  });
});

describe('a person questioned is no source of a doubt (1.8.128)', () => {
  it('"when questioned by", "being questioned by", "could be questioned by"', () => {
    expect(unnamedClaims('The review found he lacked candor when questioned by FBI agents on several occasions.')).toEqual([]);
    expect(unnamedClaims('The minister stayed away because he was afraid of being questioned by trained lawyers.')).toEqual([]);
    expect(unnamedClaims('They asked whether he could be questioned by a committee lawyer.')).toEqual([]);
  });
  it('a claim questioned by unnamed people stays their doubt', () => {
    expect(unnamedClaims('The figures have been questioned by residents and analysts.')).toEqual([{ type: 'vague', source: 'residents and analysts' }]);
  });
});

describe('"you" before a cue is its subject (1.8.129)', () => {
  it('"the people you write about", "someone you thought of as"', () => {
    expect(unnamedClaims('You are held to a standard of accuracy that many of the people you write about are not.')).toEqual([]);
    expect(unnamedClaims('It is hard to deny that someone you once thought of as a bigot is serious.')).toEqual([]);
  });
  it('"I" is how a reporter names the people who speak to them', () => {
    expect(unnamedClaims('Experts I spoke to cautioned that the deal could take months.').map((c) => c.type)).toEqual(['vague']);
  });
});

describe('the reporter\'s contact clause describes the speakers (1.8.130)', () => {
  it('"Experts I spoke to cautioned": the verb after the clause is the cue, the clause is in the source', () => {
    const [c] = analyzeText('Experts I spoke to cautioned that the deal could take months.');
    expect(c?.type).toBe('vague');
    expect(c?.source?.text).toBe('Experts I spoke to');
    expect(c?.cue?.text).toBe('cautioned');
    expect(unnamedClaims('Officials I talked to say the plan is dead.')).toEqual([{ type: 'anonymous', source: 'Officials I talked to' }]);
    expect(unnamedClaims('Many of the users we spoke with said the site is simple.')).toEqual([{ type: 'vague', source: 'Many of the users we spoke with' }]);
  });
  it('people spoken to who claim nothing are no flag', () => {
    expect(unnamedClaims('Nearly everyone we spoke to had a story about the mill.')).toEqual([]);
    expect(unnamedClaims('Some people I spoke with even expressed guilt.')).toEqual([]);
  });
  it('"to say" after anything else is still an infinitive', () => {
    expect(claims('He wanted to say the plan is dead.')).toEqual([]);
  });
});

describe('what no one claims is no one\'s claim (1.8.131)', () => {
  it('"no one has suggested", "nobody claims", "No one is arguing that"', () => {
    expect(unnamedClaims('The House could jail him, although no one has suggested such action in this case.')).toEqual([]);
    expect(unnamedClaims('Nobody claims the program is a utopia.')).toEqual([]);
    expect(unnamedClaims('No one is arguing that the record is blemish-free.')).toEqual([]);
  });
  it('a consensus stays the vague view it reports', () => {
    expect(unnamedClaims('Nobody denies that people retire to Florida.')).toEqual([{ type: 'vague', source: 'Nobody' }]);
    expect(unnamedClaims('No one doubts that poison gas was used.')).toEqual([{ type: 'vague', source: 'No one' }]);
  });
});
