/**
 * Unnamed sources beyond "X said": generic people and counted groups, opinion
 * verbs, evaluative passives with "by", unowned sentiments and unnamed polls; a
 * question with an unnamed asker is none. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import {
  PASSIVE_PARTICIPLES, PASSIVE_PARTICIPLES_EXAMPLES, PERSON_NOUNS, PERSON_NOUNS_EXAMPLES,
} from '../../../utils/attribution/lexicon';
import { classifySource } from '../../../utils/attribution/source';
import { examplesOf } from '../lexicon-examples';

const types = (text: string): string[] => analyzeText(text).map((c) => c.type);
const unnamed = (text: string): boolean => analyzeText(text).some((c) => c.type === 'anonymous' || c.type === 'vague');

describe('person nouns: the determiner decides', () => {
  it('table examples', () => {
    const isUnnamed = (p: string): boolean => {
      const t = classifySource(p)?.type;
      return t === 'anonymous' || t === 'vague';
    };
    const { matches, mustNotMatch } = examplesOf(PERSON_NOUNS_EXAMPLES, PERSON_NOUNS.id);
    expect(matches.length * mustNotMatch.length).toBeGreaterThan(0);
    for (const ex of matches) expect(isUnnamed(ex), ex).toBe(true);
    for (const ex of mustNotMatch) expect(isUnnamed(ex), ex).toBe(false);
  });
  it('an indefinite or counted person is anonymous, a quantified group vague', () => {
    expect(classifySource('a nurse')?.type).toBe('anonymous');
    expect(classifySource('three volunteers')?.type).toBe('anonymous');
    expect(classifySource('one of the organizers')?.type).toBe('anonymous');
    expect(classifySource('many residents')?.type).toBe('vague');
    expect(classifySource('no one')?.type).toBe('vague');
    expect(classifySource('any parent')?.type).toBe('vague');
  });
  it('defined groups, definite and possessive persons stay unflagged', () => {
    for (const p of ['residents', 'the nurse', 'her brother', 'Republicans', 'lawmakers']) {
      const t = classifySource(p)?.type;
      expect(t === 'anonymous' || t === 'vague', p).toBe(false);
    }
  });
  it('a passing unnamed person is not what a later "he" refers to', () => {
    const claims = analyzeText('Mayor Jane Roe spoke first. One volunteer said the queue was long. He said the city would help.');
    expect(claims.map((c) => c.type)).toEqual(['anonymous', 'named']);
  });
});

describe('opinion verbs attribute to unnamed groups only', () => {
  it('flags groups holding a view', () => {
    expect(types('Many residents fear the river will flood again.')).toEqual(['vague']);
    expect(types('No one expected the vote to pass.')).toEqual(['vague']);
    expect(types('Two organizers implored the council to act.')).toEqual(['anonymous']);
    expect(types('Many tax experts, including Mr. Doe, have pointed out that the rule is vague.')).toEqual(['vague']);
  });
  it('does not flag named people, pronouns or defined groups with the same verbs', () => {
    expect(unnamed('Jane Roe wants a new bridge.')).toBe(false);
    expect(unnamed('She thought the bridge was safe.')).toBe(false);
    expect(unnamed('Republicans want a new bridge.')).toBe(false);
    expect(unnamed('Witnesses saw the truck leave.')).toBe(false);
  });
});

describe('evaluative passive with "by"', () => {
  it('table examples', () => {
    const { matches, mustNotMatch } = examplesOf(PASSIVE_PARTICIPLES_EXAMPLES, PASSIVE_PARTICIPLES.id);
    expect(matches.length * mustNotMatch.length).toBeGreaterThan(0);
    for (const ex of matches) expect(unnamed(ex), ex).toBe(true);
    for (const ex of mustNotMatch) expect(unnamed(ex), ex).toBe(false);
  });
  it('the cue spans participle to "by", the source is the agent', () => {
    const text = 'The mayor has been described as reckless by several neighbors.';
    const c = analyzeText(text)[0]!;
    expect(c.type).toBe('anonymous');
    expect(c.cue?.text).toBe('described as reckless by');
    expect(c.source?.text).toBe('several neighbors');
  });
});

describe('hedges without any source', () => {
  it('unowned sentiments, unnamed polls and estimates, agentless labels', () => {
    for (const ex of [
      'The talks resumed amid growing fears that the truce would collapse.',
      'There is cautious optimism that the bridge will reopen.',
      'She leads in some recent polls.',
      'The fire destroyed 400 homes, by one estimate.',
      'He has been called a hero.',
    ]) expect(types(ex), ex).toEqual(['vague']);
  });
  it('owned sentiments, named polls and requests are not hedges', () => {
    for (const ex of [
      'The mayor voiced her fears that the truce would collapse.',
      'Their concerns about the bridge were answered.',
      'She leads in the Gallup poll.',
      'He was asked to leave the room.',
      'He was called to the stage.',
    ]) expect(unnamed(ex), ex).toBe(false);
  });
  it('a question to a named person makes the asked person no source, and the unnamed asker none either', () => {
    expect(analyzeText('The senator was asked about the leak on Monday.')).toEqual([]);
    expect(analyzeText('The minister was once asked whether the plan would work.')).toEqual([]);
  });
});
