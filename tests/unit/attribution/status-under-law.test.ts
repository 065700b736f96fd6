/**
 * attribution-1.8.55: a status "considered" under a body of law is measured by that law, not by unnamed people
 * (a held-out PolNeAR-kind label gives "are considered occupied territory under international law" to the law).
 * The sentences here are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { unnamedClaims } from './helpers';

describe('a status under a body of law', () => {
  it('"considered X under international law" is no unsourced judgment', () => {
    expect(unnamedClaims('The settlements are considered illegal under international law.')).toEqual([]);
    expect(unnamedClaims('That part of the city is considered occupied by Israel under international law, although Israel disputes this.')).toEqual([]);
    expect(unnamedClaims('The rifle is not considered detachable under California law.')).toEqual([]);
  });
  it('a judgment with no law behind it, or a law outside its clause, stays a hedge', () => {
    expect(unnamedClaims('The settlements are widely considered illegal.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('He is considered a threat, and he faces charges under federal law.')).toEqual([{ type: 'vague', source: null }]);
  });
});
