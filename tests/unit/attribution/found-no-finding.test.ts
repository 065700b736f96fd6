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

describe('what stays a finding', () => {
  it('a clause after "found", or a verb of its own', () => {
    expect(unnamedClaims('Investigators found that the brakes had failed.')).toEqual([{ type: 'anonymous', source: 'Investigators' }]);
    expect(unnamedClaims('Some researchers found the drug was no better than a placebo.')).toEqual([{ type: 'vague', source: 'Some researchers' }]);
  });
});
