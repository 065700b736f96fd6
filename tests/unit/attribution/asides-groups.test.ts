/**
 * attribution-1.8.79: classes from the misses of the held-out sets already read and from the corpus diffs they led
 * to: a discourse adverb between commas before the verb, members of a party or chamber who hold a view in a relative
 * clause, and "disagree" as a view. The sentences here are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { unnamedClaims } from './helpers';

describe('a lone discourse adverb between the subject and its verb', () => {
  it('is skipped whatever the adverb: "instead", "moreover", "likewise" as "however" already was', () => {
    expect(unnamedClaims('Certain officials, instead, cited the protests as the trigger of the violence.'))
      .toEqual([{ type: 'anonymous', source: 'Certain officials' }]);
    expect(unnamedClaims('Critics, instead, blamed the film.')).toEqual([{ type: 'vague', source: 'Critics' }]);
    expect(unnamedClaims('Western officials, moreover, believe the deal is close.')).toEqual([{ type: 'anonymous', source: 'Western officials' }]);
  });
  it('and the speaker before the adverb keeps the claim: "The Times, likewise, said"', () => {
    const [c] = analyzeText('The Times, likewise, said Trump \u201ccan\'t be believed.\u201d');
    expect(c?.type).toBe('report');
    expect(c?.source?.text).toBe('The Times');
  });
  it('a description between commas still belongs to the name before it', () => {
    const [c] = analyzeText('Smith, instead of a statement, gave an interview.');
    expect(c).toBeUndefined();
  });
});

describe('members of a party or a chamber in a relative clause', () => {
  it('an indefinite group carries its view: "some lawmakers who worry", "many Republicans who believe"', () => {
    expect(unnamedClaims('But that view irks some lawmakers who worry the president will then have a blank check.'))
      .toEqual([{ type: 'vague', source: 'some lawmakers' }]);
    expect(unnamedClaims('The anger is real among many Republicans who believe that the rules are applied selectively.'))
      .toEqual([{ type: 'vague', source: 'many Republicans' }]);
  });
  it('counted, few or superlative they are particular people the story names, not a view', () => {
    expect(unnamedClaims('Tillis is among four Senate Republicans who have said they would vote against the emergency.')).toEqual([]);
    expect(unnamedClaims('Corker is one of the few Republicans who has indicated he would accept higher rates.')).toEqual([]);
    expect(unnamedClaims('Here are ten of the most prominent Republicans who say they will skip the convention.')).toEqual([]);
  });
});

describe('"disagree" as a view', () => {
  it('with what the group differs on', () => {
    expect(unnamedClaims('Senior American officials disagree on what exactly these troops will be doing.'))
      .toEqual([{ type: 'anonymous', source: 'Senior American officials' }]);
    expect(unnamedClaims('Many legal experts have disagreed with the department\'s view.')).toEqual([{ type: 'vague', source: 'Many legal experts' }]);
    expect(unnamedClaims('Economists disagree about what new flows of immigrants mean for workers.')).toEqual([{ type: 'vague', source: 'Economists' }]);
  });
  it('not bare, not with a preposition left at the end, not with a person disagreed with', () => {
    expect(unnamedClaims('Some officials disagreed.')).toEqual([]);
    expect(unnamedClaims('Officials disagreed in private.')).toEqual([]);
    expect(unnamedClaims('Reach out to people you disagree with.')).toEqual([]);
    expect(unnamedClaims('Many of these are policies people will disagree about.')).toEqual([]);
    expect(unnamedClaims('I know that many people disagree with me.')).toEqual([]);
    expect(unnamedClaims('People disagree with one another more than in the past.')).toEqual([]);
  });
});
