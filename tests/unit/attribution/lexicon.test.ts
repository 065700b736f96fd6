import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { boilerplateGroupOf } from '../../../utils/attribution/boilerplate';
import {
  ANONYMOUS_HEADS, BOILERPLATE_LINES, CUE_VERBS, HEDGES, INSTITUTION_HEADS, OUTLET_HEADS, PREPOSED_CUES, TITLES,
  VAGUE_HEADS, type LexiconGroup,
} from '../../../utils/attribution/lexicon';
import { classifySource } from '../../../utils/attribution/source';

describe('cue verb groups', () => {
  for (const g of CUE_VERBS) {
    const terms = new Set(g.terms);
    const cueInGroup = (text: string): boolean => analyzeText(text).some((c) => c.cue !== null && terms.has(c.cue.text.toLowerCase()));
    it(`${g.id}: matches`, () => {
      for (const ex of g.matches) expect(cueInGroup(ex), ex).toBe(true);
    });
    it(`${g.id}: must not match`, () => {
      for (const ex of g.mustNotMatch) expect(cueInGroup(ex), ex).toBe(false);
    });
  }
  it('according to: matches and must not match', () => {
    const isPreposed = (text: string): boolean => analyzeText(text).some((c) => c.cue !== null && PREPOSED_CUES.terms.some((t) => c.cue!.text.toLowerCase().startsWith(t)));
    for (const ex of PREPOSED_CUES.matches) expect(isPreposed(ex), ex).toBe(true);
    for (const ex of PREPOSED_CUES.mustNotMatch) expect(isPreposed(ex), ex).toBe(false);
  });
});

describe('source head tables', () => {
  const cases: [LexiconGroup, (p: string) => boolean][] = [
    [ANONYMOUS_HEADS, (p) => classifySource(p)?.type === 'anonymous'],
    [VAGUE_HEADS, (p) => classifySource(p)?.type === 'vague'],
    [INSTITUTION_HEADS, (p) => classifySource(p)?.type === 'institutional'],
    [OUTLET_HEADS, (p) => classifySource(p)?.type === 'report'],
    [TITLES, (p) => classifySource(p)?.kind === 'role'],
  ];
  for (const [g, pred] of cases) {
    it(`${g.id}: matches / must not match`, () => {
      for (const ex of g.matches) expect(pred(ex), ex).toBe(true);
      for (const ex of g.mustNotMatch) expect(pred(ex), ex).toBe(false);
    });
  }
});

describe('hedge groups', () => {
  for (const g of HEDGES) {
    it(`${g.id}: patterns match their examples, and the detector flags them as vague`, () => {
      for (const ex of g.matches) {
        expect(g.patterns.some((re) => re.test(ex.toLowerCase())), ex).toBe(true);
        expect(analyzeText(ex).map((c) => c.type), ex).toContain('vague');
      }
    });
    it(`${g.id}: must not match`, () => {
      for (const ex of g.mustNotMatch) expect(g.patterns.some((re) => re.test(ex.toLowerCase())), ex).toBe(false);
    });
  }
});

describe('boilerplate line groups', () => {
  for (const g of BOILERPLATE_LINES) {
    it(`${g.id}: matches / must not match`, () => {
      for (const ex of g.matches) expect(boilerplateGroupOf(ex), ex).toBe(g.id);
      for (const ex of g.mustNotMatch) expect(g.pattern.test(ex), ex).toBe(false);
    });
  }
});
