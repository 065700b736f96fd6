/**
 * attribution-1.8.67–1.8.68: groups that point to evidence, groups in a "with …" absolute that criticize, the agent of
 * "accused by … of …", and accusations in the active. The sentences here are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { unnamedClaims } from './helpers';

describe('"point to": an unnamed group argues from evidence', () => {
  it('plural people who point to something', () => {
    expect(unnamedClaims('Others point to a long list of hurdles that must be cleared before schools reopen.'))
      .toEqual([{ type: 'vague', source: 'Others' }]);
    expect(unnamedClaims('Pentagon officials point to a long-term fall in reported assaults.'))
      .toEqual([{ type: 'anonymous', source: 'Pentagon officials' }]);
  });
  it('not a person pointing at a door, a named speaker, a pronoun pointed at, or the noun "points"', () => {
    expect(unnamedClaims('The officer pointed to the door and left.')).toEqual([]);
    expect(analyzeText('Smith pointed to the sky.')).toEqual([]);
    expect(unnamedClaims('Some residents pointed to him as he walked past.')).toEqual([]);
    expect(unnamedClaims('A few points to cut through the fog:')).toEqual([]);
  });
  it('a quotation after the evidence is not the group\'s words', () => {
    const text = 'In particular, critics pointed to his 1994 statement that, "The building has 38 stories. If it lost ten stories, it would not make a bit of difference."';
    const claims = analyzeText(text);
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual(['In particular, critics pointed to his 1994 statement that, "The building has 38 stories.']);
  });
});

describe('"…, with many criticising …"', () => {
  it('a weak -ing cue after "with" and its group', () => {
    expect(unnamedClaims('The post was shared 10,000 times, with many criticising the party for threatening protesters.'))
      .toEqual([{ type: 'vague', source: 'many' }]);
    expect(unnamedClaims('The tweet drew replies, with some questioning the timing.')).toEqual([{ type: 'vague', source: 'some' }]);
  });
  it('not an -ing word with no "with" or "be"', () => {
    expect(unnamedClaims('She spent the day criticizing the plan.')).toEqual([]);
  });
});

describe('"accused by X of …": the agent ends before the accusation', () => {
  it('the "of" of the accusation is cut from the source', () => {
    expect(unnamedClaims('The president has been accused by political critics of undermining the courts.'))
      .toEqual([{ type: 'vague', source: 'political critics' }]);
    expect(unnamedClaims('The director was accused by two women of harassment.')).toEqual([{ type: 'anonymous', source: 'two women' }]);
  });
  it('a partitive or a body after "of" stays in the agent', () => {
    expect(unnamedClaims('He was accused by one of the workers of wanting to take away guns.'))
      .toEqual([{ type: 'anonymous', source: 'one of the workers' }]);
  });
});

describe('an accusation is a claim of whoever makes it', () => {
  it('"X accused Y of …" in the active', () => {
    expect(unnamedClaims('Critics have previously accused the mayor of being racist.')).toEqual([{ type: 'vague', source: 'Critics' }]);
    expect(unnamedClaims('Four women accused the editor of harassment.')).toEqual([{ type: 'anonymous', source: 'Four women' }]);
    expect(analyzeText('Hamas accused Israel of violating the truce.').map((c) => c.type)).toEqual(['institutional']);
  });
  it('not the accused: a reduced passive, a passive, the noun', () => {
    expect(analyzeText('Two officials accused of fraud resigned.')).toEqual([]);
    expect(analyzeText('He was accused of fraud.')).toEqual([]);
    expect(analyzeText('The men, accused of plotting an attack, were held.')).toEqual([]);
  });
});
