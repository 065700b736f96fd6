/**
 * Unnamed sources found in attribution-1.3.0: roles and relations seen for the first
 * time, group subjects stretched over place phrases, relative clauses of unnamed
 * groups, and quantified party plurals. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { classifySource, definitePersonHead } from '../../../utils/attribution/source';

const types = (text: string): string[] => analyzeText(text).map((c) => c.type);
const unnamed = (text: string): boolean => analyzeText(text).some((c) => c.type === 'anonymous' || c.type === 'vague');

describe('roles and relations without a name', () => {
  it('recognizes the shape: determiner, lower-case modifiers, singular person noun', () => {
    expect(definitePersonHead('the announcer')).toBe('announcer');
    expect(definitePersonHead('the band leader')).toBe('leader');
    expect(definitePersonHead('his lawyer')).toBe('lawyer');
    expect(definitePersonHead("Jane Roe's lawyer")).toBeNull();
    expect(definitePersonHead('the Hamas leader')).toBeNull();
    expect(definitePersonHead('the candidate')).toBeNull();
    expect(definitePersonHead('the minority leader')).toBeNull();
    expect(definitePersonHead('the billionaire businessman')).toBeNull();
    expect(definitePersonHead("the company's chief executive")).toBeNull();
    expect(definitePersonHead('the lawyers')).toBeNull();
  });
  it('a first mention is anonymous', () => {
    expect(types('The crowd cheered at the fair. The announcer said the race would start late.')).toEqual(['anonymous']);
    expect(types('The mayor missed the hearing. Her attorney said she was ill.')).toEqual(['anonymous']);
    expect(types('At the picnic, the band leader called the volunteers to the stage.')).toEqual(['anonymous']);
  });
  it('a repeated role refers back to someone introduced before', () => {
    expect(unnamed('Jane Roe, a lawyer in Ohio, filed the suit. The lawyer said the law was unfair.')).toBe(false);
    expect(unnamed('The mayor hired two lawyers. Her lawyer said she was ill.')).toBe(false);
  });
  it('a name after the role makes it named', () => {
    expect(types('His attorney, Jane Roe, said the charges were false.')).toEqual(['named']);
  });
  it('the agent of an evaluative passive is not a first-mention role', () => {
    expect(unnamed('He was called by his lawyer.')).toBe(false);
  });
});

describe('group subjects over place and scope phrases', () => {
  it('keeps the group head before "in/across ... and ..."', () => {
    const claims = analyzeText('Election watchers in Ohio and across the Midwest say the count will be slow.');
    expect(claims.map((c) => c.type)).toEqual(['vague']);
    expect(claims[0]!.source?.text).toBe('Election watchers in Ohio and across the Midwest');
  });
  it('does not stretch over a place phrase of a non-group noun', () => {
    expect(unnamed('The weather in Ohio and across the Midwest says nothing about turnout.')).toBe(false);
  });
});

describe('relative clauses of unnamed groups', () => {
  it('"some historians who argue" is a vague claim', () => {
    expect(types('There are some historians who argue that the treaty failed.')).toEqual(['vague']);
  });
  it('a conjunct of a named person is not a group of its own', () => {
    expect(unnamed('Jane Roe and others who want a park said the vote was unfair.')).toBe(false);
  });
  it('a relative clause inside the subject leads back to an unnamed person', () => {
    const claims = analyzeText('One of the nurses who signed the petition called the plan reckless.');
    expect(claims.map((c) => c.type)).toEqual(['anonymous']);
    expect(claims[0]!.source?.text).toBe('One of the nurses');
  });
  it('but not to a named one', () => {
    expect(unnamed('Jane Roe who signed the petition called the plan reckless.')).toBe(false);
  });
});

describe('quantified party plurals', () => {
  it('"some Republicans" is an unnamed group, bare "Republicans" a defined one', () => {
    expect(classifySource('some Republicans')?.type).toBe('vague');
    expect(classifySource('two Democrats')?.type).toBe('anonymous');
    expect(classifySource('Republicans')?.type).not.toBe('vague');
    expect(types('Some Republicans, however, doubt the bill will pass.')).toEqual(['vague']);
    expect(unnamed('Republicans doubt the bill will pass.')).toBe(false);
  });
});
