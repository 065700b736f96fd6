/**
 * attribution-1.8.51: the speaker's phrase where a place, a month or a left-out comma cut it short (classes from
 * the corpus flags whose source follows a preposition); the sentences here are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('a place after "in" or "at" ends the speaker\'s phrase, not the speaker', () => {
  it('the person or office before the place speaks', () => {
    expect(claims('U.S. District Judge Dana Sabraw in San Diego agreed that the policy was unlawful.'))
      .toEqual([{ type: 'named', source: 'U.S. District Judge Dana Sabraw in San Diego' }]);
    expect(claims('Police in Dusseldorf confirmed that he traveled through the city.')).toEqual([{ type: 'institutional', source: 'Police in Dusseldorf' }]);
    expect(unnamedClaims('But a Democratic strategist in Massachusetts says the governor is under pressure.'))
      .toEqual([{ type: 'anonymous', source: 'a Democratic strategist in Massachusetts' }]);
  });
  it('a phrase that is itself a preposition\'s object, or too long to read, is left to the sentence\'s subject', () => {
    expect(unnamedClaims('A registered nurse at the jail in Mobile noted in his record that his mother paid.'))
      .toEqual([{ type: 'anonymous', source: 'A registered nurse at the jail in Mobile' }]);
    expect(unnamedClaims('However, two sources with first-hand knowledge of the embassy and other U.S. facilities in Libya say the video played no role.'))
      .toEqual([{ type: 'anonymous', source: 'two sources with first-hand knowledge of the embassy and other U.S. facilities in Libya' }]);
  });
});

describe('a month between the speaker and the cue is a time, not a place', () => {
  it('"A Gallup poll in October found", "prosecutors in July announced"', () => {
    expect(claims('A Gallup poll in October found two of every three Americans support it.')).toEqual([{ type: 'institutional', source: 'A Gallup poll' }]);
    // (An announcement by officials is their body's voice since 1.8.165.)
    expect(claims('He was jailed after prosecutors in July announced charges.')).toEqual([{ type: 'institutional', source: 'prosecutors' }]);
  });
});

describe('a description whose closing comma was left out', () => {
  it('"Name, a role at Org said": the name speaks', () => {
    expect(claims('Ayham Kamel, an Iraq analyst at Eurasia Group said the capabilities were overplayed.')).toEqual([{ type: 'named', source: 'Ayham Kamel' }]);
    expect(claims('But Stephen Yale-Loehr, a professor of immigration law at Cornell University said the wording was vague.'))
      .toEqual([{ type: 'named', source: 'Stephen Yale-Loehr' }]);
    expect(unnamedClaims('\u201cIt is the smelliest thing they have done,\u201d Glen Bolger, a Republican pollster told a newspaper.')).toEqual([]);
  });
  it('not a document after a name set off by commas', () => {
    expect(claims("In Wisconsin, home of Romney's running mate, Rep. Paul Ryan, a Marquette Law School poll indicates a close race."))
      .toEqual([{ type: 'institutional', source: 'a Marquette Law School poll' }]);
  });
});

describe('participles that describe, not report', () => {
  it('"whose stated mission", "men suspected in the killing" claim nothing', () => {
    expect(claims('J Street, a liberal group whose stated mission is to end the conflict, has grown.')).toEqual([]);
    expect(claims('The prosecutor will seek the death penalty against five men suspected in the killing.')).toEqual([]);
  });
});
