/**
 * attribution-1.8.170: a body named "<head> of <what>" is the body, not a person called after its last words ("the
 * Bureau of Labor Statistics" was a person "Labor Statistics", "the National Association of Manufacturers" a person
 * "Manufacturers"); a society or an academy is a body ("the American Cancer Society" was a person "Cancer Society");
 * and a surname after a title before "of" is the person ("Mr. Smith of Pew", "Professor Jacobs of the University of
 * Minnesota" were the institution). Found in the "X and others" reading, then read on the corpus diff (about 600
 * claims retyped); the phrases are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { classifySource } from '../../../utils/attribution/source';
import { claims } from './helpers';

const cls = (p: string) => {
  const c = classifySource(p);
  return c === null ? null : { type: c.type, label: c.label };
};

describe('a body named "<head> of <what>"', () => {
  it('is the body, whatever its last words look like', () => {
    expect(cls('the Bureau of Labor Statistics')).toEqual({ type: 'institutional', label: 'the Bureau of Labor Statistics' });
    expect(cls('the National Association of Home Builders')).toEqual({ type: 'institutional', label: 'the National Association of Home Builders' });
    expect(cls('The Department of Health and Human Services')).toEqual({ type: 'institutional', label: 'The Department of Health and Human Services' });
    expect(cls('the American College of Surgeons')).toEqual({ type: 'institutional', label: 'the American College of Surgeons' });
    expect(cls('the National Association of Truck Stop Owners')).toEqual({ type: 'institutional', label: 'the National Association of Truck Stop Owners' });
  });
  it('a society or an academy is a body', () => {
    expect(cls('the American Heart Society')).toEqual({ type: 'institutional', label: 'the American Heart Society' });
    expect(cls('the National Academies')).toEqual({ type: 'institutional', label: 'the National Academies' });
  });
  it('in a sentence', () => {
    expect(claims('The Bureau of Labor Statistics said wages rose 3 percent.')).toEqual([{ type: 'institutional', source: 'The Bureau of Labor Statistics' }]);
  });
});

describe('a person before or after the body', () => {
  it('a surname after a title before "of"', () => {
    expect(cls('Mr. Smith of Pew')).toEqual({ type: 'named', label: 'Smith' });
    expect(cls('Dr. Weiner of the American Enterprise Institute')).toEqual({ type: 'named', label: 'Weiner' });
    expect(cls('Professor Jacobs of the University of Minnesota')?.type).toBe('named');
    expect(claims('"It will pass," said Ms. Rowe of the Brennan Center.')).toEqual([{ type: 'named', source: 'Ms. Rowe of the Brennan Center' }]);
  });
  it('a name or a role after the body\'s words stays the person', () => {
    expect(cls('the Department of Labor Alex Acosta')?.type).toBe('named');
    expect(cls('University of Chicago Economist Jane Roe')?.type).toBe('named');
    expect(cls('the Department of Homeland Security Secretary Kirstjen Nielsen')?.type).toBe('named');
    expect(cls('the University of Virginia\u2019s Larry Sabato')?.type).toBe('named');
    expect(cls('Federal Bureau of Investigation Special Agent Ronald Hopper')?.type).toBe('named');
    expect(cls('the Department of Homeland Security Kirstjen Nielsen')?.type).toBe('named');
    expect(cls('the University of Chicago Economist Roe')?.type).toBe('named');
    expect(cls('the University of Virginia’s Sabato')?.type).toBe('named');
    expect(cls('the Bureau of Prisons Director Carvajal')?.type).toBe('named');
  });
});
