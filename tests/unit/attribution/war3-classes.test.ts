/**
 * attribution-1.8.57: classes from the missed claims of a third held-out set of world and security news (labeled
 * by helpers that never saw the analyzer; scored 0.95 / 0.50 on first sight, then read). The sentences here
 * are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('groups that hold a stance', () => {
  it('"took exception to", "skeptical of / about", "point to the fact that"', () => {
    expect(unnamedClaims('Even some party supporters took exception to the tone of the tweet.')).toEqual([{ type: 'vague', source: 'some party supporters' }]);
    expect(unnamedClaims('But experts are skeptical about the threats to attack the bases.')).toEqual([{ type: 'vague', source: 'experts' }]);
    expect(unnamedClaims('Critics, however, point to the fact that he mentioned another attack first.')).toEqual([{ type: 'vague', source: 'Critics' }]);
  });
  it('the same words doing something else claim nothing', () => {
    expect(claims('A skeptical public waited for the results.')).toEqual([]);
    expect(claims('The officials took exception in rare cases.')).toEqual([]);
    expect(claims('The arrows point to the exit.')).toEqual([]);
    expect(claims('Those who claim the rule should not apply to everyone point to the fact that no court has ruled.')).toEqual([]);
  });
});

describe('the people of social media and call-in shows', () => {
  it('an unnamed user, commenter or caller is an unnamed source', () => {
    expect(unnamedClaims('\u201cWhat an utterly crude handle you operate. Disgraceful,\u201d one user wrote.'))
      .toEqual([{ type: 'anonymous', source: 'one user' }, { type: 'anonymous', source: 'one user' }]);
    expect(unnamedClaims('Another commenter posted that the rule was unfair.')).toEqual([{ type: 'anonymous', source: 'Another commenter' }]);
  });
  it('a habit of anyone is no claim', () => {
    expect(claims('When a user says the wake word, a ring of light appears.')).toEqual([]);
  });
});

describe('"with many saying": an absolute clause', () => {
  it('a quantifier after "with" speaks through the participle', () => {
    expect(unnamedClaims('The talks stalled, with many saying the offer fell short.')).toEqual([{ type: 'vague', source: 'many' }]);
    expect(unnamedClaims('The senators objected, with some calling the move a mistake.')).toEqual([{ type: 'vague', source: 'some' }]);
  });
  it('an -ing word before a noun is no participle', () => {
    expect(claims('He left the meeting with some warning signs.')).toEqual([]);
  });
});

describe('criticism and accusations nobody is said to make', () => {
  it('"has been accused of", "came under fire for" are hedges', () => {
    expect(unnamedClaims('Tech companies have been accused of anti-competitive practices.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('This is not the first time the account has come under fire for its tweets.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('The senator is under fire over his remarks.')).toEqual([{ type: 'vague', source: null }]);
  });
  it('shooting, a named speaker\'s aside, a crime, an agent, a denial or a hypothetical are not', () => {
    expect(claims('The convoy came under fire from militants.')).toEqual([]);
    expect(claims('Troops came under heavy fire near the border.')).toEqual([]);
    expect(unnamedClaims('Jane Roe, under fire over her taxes, said the plan would help workers.')).toEqual([]);
    expect(claims('The producer has been accused of harassing two assistants.')).toEqual([]);
    // (The accusers given after "by" are the source themselves.)
    expect(unnamedClaims('He has been accused of misconduct by three former aides.')).toEqual([{ type: 'anonymous', source: 'three former aides' }]);
    expect(claims('Neither the candidate nor his son has been accused of any wrongdoing.')).toEqual([]);
    expect(claims('The leader would have been accused of forcing his members to vote.')).toEqual([]);
  });
});
