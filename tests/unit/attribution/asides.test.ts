/**
 * attribution-1.8.145: a phone call is a noun, and a relative clause on a thing set off by dashes sits inside the
 * subject. Found by reading the flags on "call(ed)": "DHS officials on Tuesday's conference call stressed …" had
 * "call" as its cue and "One person familiar with the early March phone call … said" had "…phone" as its source;
 * "called into a radio show" is phoning in. Lifting the noun then showed that a "-- which … --" aside stopped the
 * subject search ("Sources familiar with the phone call … -- which lasted 30 minutes -- told …", "opponents of the
 * restrictions -- which would have … -- said"), as commas do not. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('a kind of call', () => {
  it('is a noun inside the subject, and the verb after it is the cue', () => {
    expect(unnamedClaims('State officials on Monday\u2019s conference call stressed that the rules had not changed.'))
      .toEqual([{ type: 'anonymous', source: 'State officials on Monday\u2019s conference call' }]);
    expect(unnamedClaims('Two aides on the phone call said the governor was angry.'))
      .toEqual([{ type: 'anonymous', source: 'Two aides on the phone call' }]);
    expect(unnamedClaims('One person familiar with the early May phone call between the two leaders said it was tense.'))
      .toEqual([{ type: 'anonymous', source: 'One person familiar with the early May phone call between the two leaders' }]);
  });
  it('is no cue of its own', () => {
    expect(unnamedClaims('The insult was something everyone on the video call could hear.')).toEqual([]);
  });
});

describe('"called into"', () => {
  it('is phoning in, not a claim; "called into question" still doubts', () => {
    expect(claims('A neighbor of the family called into a local radio show last week.')).toEqual([]);
    expect(unnamedClaims('Some senators called into question the timing of the vote.')).toEqual([{ type: 'vague', source: 'Some senators' }]);
  });
});

describe('a relative clause on a thing, set off by dashes', () => {
  it('is inside the subject, which goes on before it', () => {
    expect(unnamedClaims('Opponents of the measure -- which would have raised the age limit -- said it was rushed.'))
      .toEqual([{ type: 'vague', source: 'Opponents of the measure' }]);
    expect(unnamedClaims('Critics of the bill \u2014 which passed on Tuesday \u2014 say it is too weak.'))
      .toEqual([{ type: 'vague', source: 'Critics of the bill' }]);
    expect(unnamedClaims('Another official familiar with the briefing \u2014 which included two committee chairmen \u2014 said it was short.'))
      .toEqual([{ type: 'anonymous', source: 'Another official familiar with the briefing' }]);
    expect(unnamedClaims('Sources familiar with the phone call between the two leaders -- which lasted 30 minutes -- told reporters it was blunt.'))
      .toEqual([{ type: 'anonymous', source: 'Sources familiar with the phone call between the two leaders' }]);
  });
  it('leaves a participle after it to the subject of its clause', () => {
    expect(claims('The candidate repeated his plan to bar migrants from the US -- which he has not disowned -- calling on officials to act.')
      .filter((c) => c.source === 'the US')).toEqual([]);
  });
});

describe('a relative clause without "that" after a noun or "something" (1.8.148)', () => {
  it('has its own subject, which starts at the quantifier or after "something"', () => {
    expect(unnamedClaims('In a scene many survivors believed they would never see, the leader laid a wreath.'))
      .toEqual([{ type: 'vague', source: 'many survivors' }]);
    expect(unnamedClaims('The closure is something officials in the county are worried about.'))
      .toEqual([{ type: 'anonymous', source: 'officials in the county' }]);
    expect(unnamedClaims('He asked for new powers, something legal experts said would include a curfew.'))
      .toEqual([{ type: 'vague', source: 'legal experts' }]);
    expect(unnamedClaims('It was an explanation many lawmakers said at the time was wrong.'))
      .toEqual([{ type: 'vague', source: 'many lawmakers' }]);
  });
  it('not past a relative pronoun, a preposition or a conjunction after "something"', () => {
    expect(unnamedClaims('It is something that legal experts say is unlikely.')).toEqual([{ type: 'vague', source: 'legal experts' }]);
    expect(claims('Obama did nothing when Assad called his bluff.').map((c) => c.source)).not.toContain('when Assad');
  });
});

describe('a feeling the noun before names (1.8.148)', () => {
  it('is no view when nothing of one follows', () => {
    expect(unnamedClaims('It is the contempt many voters feel for one another.')).toEqual([]);
    expect(unnamedClaims('Leaders in Brussels voiced the discontent some voters felt.')).toEqual([]);
    expect(unnamedClaims('It is the discomfort some Americans feel when the anthem plays.')).toEqual([]);
  });
  it('still a view at the end of a claim, or with a clause', () => {
    expect(unnamedClaims('The governor spoke well, some felt.')).toEqual([{ type: 'vague', source: 'some' }]);
    expect(unnamedClaims('Many voters feel the system is rigged.')).toEqual([{ type: 'vague', source: 'Many voters' }]);
  });
});
