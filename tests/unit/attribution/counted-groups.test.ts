/**
 * attribution-1.8.44: groups of leaders, counted groups whose members an appositive names, and participles after
 * irregular past verbs (sentences written for the tests).
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('leaders', () => {
  it('counted leaders speak unnamed, quantified ones as an unidentified group', () => {
    expect(unnamedClaims('Two Hamas leaders told Reuters the talks had stalled.')).toEqual([{ type: 'anonymous', source: 'Two Hamas leaders' }]);
    expect(unnamedClaims('Some protest leaders said they would ignore the restrictions.')).toEqual([{ type: 'vague', source: 'Some protest leaders' }]);
    expect(unnamedClaims('Many Jewish leaders have said the plan would help.')).toEqual([{ type: 'vague', source: 'Many Jewish leaders' }]);
  });
  it('bare, definite or owned leaders are a defined group or refer back, not flagged', () => {
    expect(unnamedClaims('GOP leaders said the plan would fail.')).toEqual([]);
    expect(unnamedClaims('European leaders said the plan would fail.')).toEqual([]);
    expect(unnamedClaims('The two leaders said they would meet again.')).toEqual([]);
  });
  it('a named person heading his fellows speaks with them', () => {
    const text = 'He accused President Barack Obama of refusing to negotiate. Obama and fellow Democratic leaders have since said they are open to talks.';
    // (The first sentence is an accusation, a claim of its own since 1.8.68.)
    expect(claims(text)).toEqual([{ type: 'named', source: 'He' }, { type: 'named', source: 'Obama and fellow Democratic leaders' }]);
  });
});

describe('a counted group whose members the appositive names', () => {
  it('two names joined by "and" are the speakers', () => {
    expect(claims('Two senior officials, John Smith and Jane Doe, said the plan would fail.'))
      .toEqual([{ type: 'named', source: 'John Smith and Jane Doe' }]);
    expect(claims("The actor's attorneys, Todd Pugh and Victor P. Henderson, confirmed that the star knew the brothers."))
      .toEqual([{ type: 'named', source: 'Todd Pugh and Victor P. Henderson' }]);
  });
  it('not when one of them is no name', () => {
    expect(unnamedClaims('Two senior officials, Smith and the secretary, said the plan would fail.'))
      .toEqual([{ type: 'anonymous', source: 'Two senior officials' }]);
  });
});

describe('a participle after an irregular past verb', () => {
  it('is the subject\'s claim, and a hedge inside it is that speaker\'s wording', () => {
    expect(claims('Hillary Clinton drew a contrast, saying that concerns about the plan are overblown.'))
      .toEqual([{ type: 'named', source: 'Hillary Clinton' }]);
    expect(claims('Hamas struck a defiant tone, saying the talks were over.')).toEqual([{ type: 'institutional', source: 'Hamas' }]);
  });
});
