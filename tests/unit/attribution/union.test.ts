import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEDGE_GATE } from '../../../utils/attribution/analyze';
import { HEDGES, HEDGES_EXAMPLES } from '../../../utils/attribution/lexicon';
import { anyOf, unionOf } from '../../../utils/attribution/union';

describe('unionOf: one expression for "does any of these match"', () => {
  it('renumbers back-references past the groups before them', () => {
    const u = unionOf([/(x)(y)z\2/, /\b(poll|survey)\safter\s\1\b/]);
    expect(u.test('a survey after survey')).toBe(true);
    expect(u.test('a survey after poll')).toBe(false);
    expect(u.test('xyzy')).toBe(true);
    expect(u.test('xyzx')).toBe(false);
  });

  it('leaves an escaped backslash before a digit alone', () => {
    const u = unionOf([/(a)/, /b\\1/]);
    expect(u.test('b\\1')).toBe(true);
    expect(u.test('bb')).toBe(false);
  });

  it('refuses expressions whose flags differ, global ones and named groups', () => {
    expect(() => unionOf([/a/, /b/i])).toThrow(/does not fit/);
    expect(() => unionOf([/a/g])).toThrow(/does not fit/);
    expect(() => unionOf([/(?<w>a)\k<w>/])).toThrow(/named groups/);
  });

  const patterns = HEDGES.flatMap((g) => g.patterns);
  const any = unionOf(patterns);
  const examples = Object.values(HEDGES_EXAMPLES).flatMap((e) => [...e.matches, ...e.mustNotMatch]).map((s) => s.toLowerCase());

  it('matches the hedge examples exactly where one of the hedge patterns does', () => {
    for (const ex of examples) expect(any.test(ex), ex).toBe(patterns.some((p) => p.test(ex)));
    expect(examples.filter((ex) => any.test(ex)).length).toBeGreaterThan(20);
  });

  it('and on sentences spliced from their words', () => {
    const words = [...new Set(examples.flatMap((ex) => ex.split(/(?<=\s)/)))];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), (parts) => {
      const s = parts.join('');
      expect(any.test(s), s).toBe(patterns.some((p) => p.test(s)));
    }), { numRuns: 3000 });
  });

  it('the hedge gate before it refuses no sentence a hedge pattern matches', () => {
    for (const ex of examples) if (any.test(ex)) expect(HEDGE_GATE.test(ex), ex).toBe(true);
    const words = [...new Set(examples.flatMap((ex) => ex.split(/(?<=\s)/)))];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), (parts) => {
      const s = parts.join('');
      if (any.test(s)) expect(HEDGE_GATE.test(s), s).toBe(true);
    }), { numRuns: 3000 });
    // It is narrower than the stems: "said", "some" and "many" alone open no hedge.
    expect(HEDGE_GATE.test('officials said he would go home.')).toBe(false);
    expect(HEDGE_GATE.test('some of them left early, and many stayed.')).toBe(false);
    expect(HEDGE_GATE.test('it is widely said that the talks failed.')).toBe(true);
    expect(HEDGE_GATE.test('some argue the plan is dead.')).toBe(true);
  });
});

describe('anyOf: the same answer with a shared word boundary', () => {
  const patterns = HEDGES.flatMap((g) => g.patterns);
  const any = anyOf(patterns);
  const examples = Object.values(HEDGES_EXAMPLES).flatMap((e) => [...e.matches, ...e.mustNotMatch]).map((s) => s.toLowerCase());

  it('agrees with the expressions one by one on the hedge examples and on spliced sentences', () => {
    for (const ex of examples) expect(any.test(ex), ex).toBe(patterns.some((p) => p.test(ex)));
    const words = [...new Set(examples.flatMap((ex) => ex.split(/(?<=\s)/)))];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), (parts) => {
      const s = parts.join('');
      expect(any.test(s), s).toBe(patterns.some((p) => p.test(s)));
    }), { numRuns: 3000 });
  });

  it('keeps a boundary written as a lookahead, and expressions without one', () => {
    const u = anyOf([/\bfoo/, /(?=\bba)r?bar/, /,\s?based on reports\b/, /(\w)\1x/]);
    expect(u.test('a foo')).toBe(true);
    expect(u.test('afoo')).toBe(false);
    expect(u.test('a bar')).toBe(true);
    expect(u.test('abar')).toBe(false);
    expect(u.test('x,based on reports')).toBe(true);
    expect(u.test('aax')).toBe(true);
    expect(u.test('abx')).toBe(false);
    expect(anyOf([]).test('anything')).toBe(false);
  });
});
