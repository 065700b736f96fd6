/**
 * attribution-1.8.170: people who "found themselves" somewhere, "found ways" or "jobs", or "found out" about something
 * made no finding ("Others found themselves defending the senator", "more people found jobs"). Found in the "X and
 * others" reading ("… and others also have found themselves in conflicts with China"), then read on every unnamed
 * flag of "find" or "found" followed by such a word in the corpus (22); the sentences are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { unnamedClaims } from './helpers';

describe('finding oneself somewhere, finding a way or a job, finding out', () => {
  it('a reflexive after "find"', () => {
    expect(unnamedClaims('Many farmers find themselves squeezed by rising costs.')).toEqual([]);
    expect(unnamedClaims('Others found themselves defending the senator after the story broke.')).toEqual([]);
    expect(unnamedClaims('Some retailers have found themselves in disputes with their landlords.')).toEqual([]);
  });
  it('ways, jobs, or finding out', () => {
    expect(unnamedClaims('Many schools have found ways to cut costs without layoffs.')).toEqual([]);
    expect(unnamedClaims('The rate fell because more people found jobs.')).toEqual([]);
    expect(unnamedClaims('But the guard\'s colleagues found out what he was doing.')).toEqual([]);
  });
});

describe('finding it hard or easy to do something (attribution-1.8.172)', () => {
  it('a verb of doing after "find it <adjective> to"', () => {
    expect(unnamedClaims('Many farmers find it hard to borrow money after the floods.')).toEqual([]);
    expect(unnamedClaims('Some lawmakers found it easiest just to call the plan a gimmick.')).toEqual([]);
    expect(unnamedClaims('Many farmers have found it very difficult to fill the jobs.')).toEqual([]);
  });
});

describe('what stays a finding', () => {
  it('disbelief, or a judgment with a clause', () => {
    expect(unnamedClaims('Some found it hard to believe the fire was an accident.')).toEqual([{ type: 'vague', source: 'Some' }]);
    expect(unnamedClaims('Critics found it troubling that the mayor stayed.')).toEqual([{ type: 'vague', source: 'Critics' }]);
    expect(unnamedClaims('Some researchers found patients likely to recover faster.')).toEqual([{ type: 'vague', source: 'Some researchers' }]);
  });
  it('a clause after "found", or a verb of its own', () => {
    expect(unnamedClaims('Investigators found that the brakes had failed.')).toEqual([{ type: 'anonymous', source: 'Investigators' }]);
    expect(unnamedClaims('Some researchers found the drug was no better than a placebo.')).toEqual([{ type: 'vague', source: 'Some researchers' }]);
  });
});
