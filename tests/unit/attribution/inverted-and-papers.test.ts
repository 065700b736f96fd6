/**
 * attribution-1.8.100, from a random sample of 45 report flags on corpus articles 25,000–28,000 and the
 * corpus diff it led to (sentences written for these tests): an inverted speaker after a quotation's
 * closing mark ("“…,” writes Byron York"), a paper counted rather than named, "observe" with an object,
 * a heading that must end its line, and a plural head before what describes it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { unnamedClaims as unnamed } from './helpers';

const claim = (text: string) => analyzeText(text).map((c) => ({ type: c.type, source: c.source?.text ?? null }));

describe('an inverted speaker right after a quotation', () => {
  it('is found after "writes", "notes", "observes" and "quips", as after "says"', () => {
    expect(claim('“Trump did not refute the charge,” writes Byron York.')).toEqual([{ type: 'named', source: 'Byron York' }]);
    expect(claim('“The president will keep looking for a scapegoat,” notes Bloomberg.')).toEqual([{ type: 'report', source: 'Bloomberg' }]);
    expect(claim('“It is over,” observes Jack Devine, a former official.')).toEqual([{ type: 'named', source: 'Jack Devine' }]);
    expect(unnamed('“She is not perfect,” quipped one of his longtime advisers.')).toEqual([{ type: 'anonymous', source: 'one of his longtime advisers' }]);
  });
  it('and "complained" after a quotation stays a speaker of it', () => {
    expect(unnamed('“His numbers have only gotten worse,” complained a senior Democratic strategist.'))
      .toEqual([{ type: 'anonymous', source: 'a senior Democratic strategist' }]);
  });
});

describe('a paper', () => {
  it('counted, not named, is a study, no other outlet', () => {
    expect(claim('According to a new psychology paper, our political passions can undermine reasoning.'))
      .toEqual([{ type: 'institutional', source: 'a new psychology paper' }]);
  });
  it('is a newspaper when it is local or placed, or referred back to', () => {
    expect(claim('A local New Jersey paper reported that responders were delayed.')).toEqual([{ type: 'report', source: 'A local New Jersey paper' }]);
    expect(claim('The paper reported that the mayor lied.')).toEqual([{ type: 'report', source: 'The paper' }]);
  });
});

describe('"observe" with an object', () => {
  it('keeps a rule or sees something: no claim', () => {
    expect(claim('Hamas observed the truce on Sunday.')).toEqual([]);
    expect(unnamed('Body cameras show the scene as an officer observes it.')).toEqual([]);
  });
  it('while what is observed as speech stays a claim', () => {
    expect(unnamed('An officer observed that the car was empty.')).toEqual([{ type: 'anonymous', source: 'An officer' }]);
    expect(unnamed('Immediately, many observed it was strange that he tweeted a photo.')).toEqual([{ type: 'vague', source: 'many' }]);
  });
});

describe('a heading named in the story below', () => {
  it('must end its line: a sentence with the next one on its line is no heading', () => {
    const text = 'Steele in his report said the story had been “confirmed” by hotel staff, but the actual source said it was all “rumor and speculation,” never confirmed. '
      + 'In fact, charged by Steele to find corroboration, the source could not: corroboration was “zero,” says Horowitz.';
    expect(unnamed(text)).toEqual([{ type: 'anonymous', source: 'the actual source' }]);
  });
  it('while a heading line still takes the name below it', () => {
    const text = 'Hamas Official Says It Can Control Factions\nSenior Hamas official Moussa Abu Marzouk said the group could control the factions.';
    expect(unnamed(text)).toEqual([]);
  });
});

describe('"he" after an unnamed plural described at length', () => {
  it('does not stand for the plural group', () => {
    const text = 'Most staffers did not know about the image, according to three Times staffers who requested anonymity. '
      + 'The cartoon was criticized in a column by Bret Stephens. He said he is certain the paper is not guilty.';
    expect(unnamed(text)).toEqual([{ type: 'anonymous', source: 'three Times staffers who requested anonymity' }]);
  });
});

describe('a statement sent to an outlet, with a time word between', () => {
  it('is its sender\'s, not the outlet\'s report', () => {
    expect(claim('He issued a statement earlier to The Washington Post saying, “She is an excellent journalist.”')).toEqual([{ type: 'named', source: 'He' }]);
  });
});
