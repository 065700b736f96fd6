/**
 * attribution-1.8.103, from a held-out war-set miss ("fueling speculation by Iraqi officials that …") and a corpus
 * diff (sentences written for these tests): a claim named by a noun whose maker follows "by" or "from" and whose
 * content follows "that" rests on that maker.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution';
import { unnamedClaims as unnamed } from './helpers';

describe('"claims by X that …"', () => {
  it('rests the claim on unnamed makers', () => {
    expect(unnamed('The release fueled speculation by Iraqi officials that the group was short of money.'))
      .toEqual([{ type: 'anonymous', source: 'Iraqi officials' }]);
    expect(unnamed('Allegations by some lawmakers that the agency lied surfaced on Monday.')).toEqual([{ type: 'vague', source: 'some lawmakers' }]);
    expect(unnamed('The memo comes despite warnings from health experts that easing restrictions could cause a resurgence.'))
      .toEqual([{ type: 'vague', source: 'health experts' }]);
    expect(unnamed('Netanyahu rejected claims by U.S. officials that Iran supplied the weapons.')).toEqual([{ type: 'anonymous', source: 'U.S. officials' }]);
  });
  it('and on named makers or outlets, which are no unnamed sources', () => {
    expect(unnamed('The move followed claims by Netanyahu that Iran supplied the weapons.')).toEqual([]);
    const [c] = analyzeText('It followed reports by Israeli media that the deal was close.');
    expect(c?.type).toBe('report');
    expect(c?.source?.text).toBe('Israeli media');
  });
  it('yields to a speaker who tells of the claim', () => {
    expect(unnamed('A State Department spokesperson said reports from Iraqi officials that the ambassador had been evacuated were false.')).toEqual([]);
    expect(unnamed('Claims by U.S. officials that Iran supplied the weapons are false, the minister said.')).toEqual([]);
  });
  it('but not to a relative clause after the maker, which says nothing of the claim', () => {
    expect(unnamed('The inquiry looked into complaints from officials that surfaced last year.')).toEqual([]);
    expect(unnamed('The letter cites reports from several analysts that have circulated for months.')).toEqual([]);
  });
});
