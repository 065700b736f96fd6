import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { boilerplateGroupOf } from '../../../utils/attribution/boilerplate';
import {
  ANONYMOUS_HEADS, ANONYMOUS_HEADS_EXAMPLES, BOILERPLATE_LINES, BOILERPLATE_LINES_EXAMPLES, CUE_VERBS, CUE_VERBS_EXAMPLES,
  HEDGES, HEDGES_EXAMPLES, INSTITUTION_HEADS, INSTITUTION_HEADS_EXAMPLES, OUTLET_HEADS, OUTLET_HEADS_EXAMPLES,
  COUNTRIES_AND_CAPITALS, COUNTRIES_AND_CAPITALS_EXAMPLES, GIVEN_NAMES, GIVEN_NAMES_EXAMPLES, PASSIVE_PARTICIPLES, PASSIVE_PARTICIPLES_EXAMPLES, PERSON_NOUNS, PERSON_NOUNS_EXAMPLES, PREPOSED_CUES,
  PREPOSED_CUES_EXAMPLES, STANCE_OPENERS, STANCE_OPENERS_EXAMPLES, TITLES, TITLES_EXAMPLES, VAGUE_HEADS, VAGUE_HEADS_EXAMPLES, type LexiconExamples,
  type LexiconGroup,
} from '../../../utils/attribution/lexicon';
import { classifySource } from '../../../utils/attribution/source';
import { examplesOf, exampleProblems, runtimeUsesOfExamples } from '../lexicon-examples';

describe('every entry group has examples', () => {
  const tables: [string, readonly { id: string }[], Readonly<Record<string, LexiconExamples>>][] = [
    ['CUE_VERBS', CUE_VERBS, CUE_VERBS_EXAMPLES],
    ['PASSIVE_PARTICIPLES', [PASSIVE_PARTICIPLES], PASSIVE_PARTICIPLES_EXAMPLES],
    ['PREPOSED_CUES', [PREPOSED_CUES], PREPOSED_CUES_EXAMPLES],
    ['STANCE_OPENERS', [STANCE_OPENERS], STANCE_OPENERS_EXAMPLES],
    ['ANONYMOUS_HEADS', [ANONYMOUS_HEADS], ANONYMOUS_HEADS_EXAMPLES],
    ['VAGUE_HEADS', [VAGUE_HEADS], VAGUE_HEADS_EXAMPLES],
    ['PERSON_NOUNS', [PERSON_NOUNS], PERSON_NOUNS_EXAMPLES],
    ['INSTITUTION_HEADS', [INSTITUTION_HEADS], INSTITUTION_HEADS_EXAMPLES],
    ['TITLES', [TITLES], TITLES_EXAMPLES],
    ['GIVEN_NAMES', [GIVEN_NAMES], GIVEN_NAMES_EXAMPLES],
    ['COUNTRIES_AND_CAPITALS', [COUNTRIES_AND_CAPITALS], COUNTRIES_AND_CAPITALS_EXAMPLES],
    ['OUTLET_HEADS', [OUTLET_HEADS], OUTLET_HEADS_EXAMPLES],
    ['HEDGES', HEDGES, HEDGES_EXAMPLES],
    ['BOILERPLATE_LINES', BOILERPLATE_LINES, BOILERPLATE_LINES_EXAMPLES],
  ];
  for (const [name, groups, examples] of tables) {
    it(`${name}: matches and must-not-match examples for every group, none for unknown groups`, () => {
      expect(exampleProblems(groups.map((g) => g.id), examples)).toEqual([]);
    });
  }
  it('the coverage check itself rejects a group without examples', () => {
    expect(exampleProblems(['a', 'b'], { a: { matches: ['x'], mustNotMatch: ['y'] } })).toEqual(['b: no examples']);
    expect(exampleProblems(['a'], { a: { matches: ['x'], mustNotMatch: [] }, c: { matches: ['x'], mustNotMatch: ['y'] } }))
      .toEqual(['a: no mustNotMatch examples', 'c: examples for no group']);
  });
  it('runtime code never reads the examples (they stay out of the bundle)', () => {
    expect(runtimeUsesOfExamples('utils/attribution')).toEqual([]);
  });
});

describe('cue verb groups', () => {
  for (const g of CUE_VERBS) {
    const terms = new Set(g.terms);
    const cueInGroup = (text: string): boolean => analyzeText(text).some((c) => c.cue !== null && terms.has(c.cue.text.toLowerCase()));
    const { matches, mustNotMatch } = examplesOf(CUE_VERBS_EXAMPLES, g.id);
    it(`${g.id}: matches`, () => {
      for (const ex of matches) expect(cueInGroup(ex), ex).toBe(true);
    });
    it(`${g.id}: must not match`, () => {
      for (const ex of mustNotMatch) expect(cueInGroup(ex), ex).toBe(false);
    });
  }
  it('stance phrases: a cue only as the whole phrase, whose words the cue spans', () => {
    const stanceCue = (text: string): boolean => analyzeText(text).some((c) => c.cue !== null
      && STANCE_OPENERS.terms.includes(c.cue.text.toLowerCase().split(' ')[0]!));
    const { matches, mustNotMatch } = examplesOf(STANCE_OPENERS_EXAMPLES, STANCE_OPENERS.id);
    for (const ex of matches) expect(stanceCue(ex), ex).toBe(true);
    for (const ex of mustNotMatch) expect(stanceCue(ex), ex).toBe(false);
    expect(analyzeText('Some Republican members took issue with the loophole.')[0]?.cue?.text).toBe('took issue with');
  });
  it('according to: matches and must not match', () => {
    const isPreposed = (text: string): boolean => analyzeText(text).some((c) => c.cue !== null && PREPOSED_CUES.terms.some((t) => c.cue!.text.toLowerCase().startsWith(t)));
    const { matches, mustNotMatch } = examplesOf(PREPOSED_CUES_EXAMPLES, PREPOSED_CUES.id);
    for (const ex of matches) expect(isPreposed(ex), ex).toBe(true);
    for (const ex of mustNotMatch) expect(isPreposed(ex), ex).toBe(false);
  });
});

describe('source head tables', () => {
  const cases: [LexiconGroup, Readonly<Record<string, LexiconExamples>>, (p: string) => boolean][] = [
    [ANONYMOUS_HEADS, ANONYMOUS_HEADS_EXAMPLES, (p) => classifySource(p)?.type === 'anonymous'],
    [VAGUE_HEADS, VAGUE_HEADS_EXAMPLES, (p) => classifySource(p)?.type === 'vague'],
    [INSTITUTION_HEADS, INSTITUTION_HEADS_EXAMPLES, (p) => classifySource(p)?.type === 'institutional'],
    [OUTLET_HEADS, OUTLET_HEADS_EXAMPLES, (p) => classifySource(p)?.type === 'report'],
    [TITLES, TITLES_EXAMPLES, (p) => classifySource(p)?.kind === 'role'],
    [GIVEN_NAMES, GIVEN_NAMES_EXAMPLES, (p) => classifySource(p)?.kind === 'person'],
    // A state or a capital speaking is a government's voice; the names left out stay people.
    [COUNTRIES_AND_CAPITALS, COUNTRIES_AND_CAPITALS_EXAMPLES, (p) => analyzeText(p).some((c) => c.type === 'institutional')],
  ];
  for (const [g, examples, pred] of cases) {
    it(`${g.id}: matches / must not match`, () => {
      const { matches, mustNotMatch } = examplesOf(examples, g.id);
      for (const ex of matches) expect(pred(ex), ex).toBe(true);
      for (const ex of mustNotMatch) expect(pred(ex), ex).toBe(false);
    });
  }
});

describe('hedge groups', () => {
  for (const g of HEDGES) {
    const { matches, mustNotMatch } = examplesOf(HEDGES_EXAMPLES, g.id);
    it(`${g.id}: patterns match their examples, and the detector flags them as vague`, () => {
      for (const ex of matches) {
        expect(g.patterns.some((re) => re.test(ex.toLowerCase())), ex).toBe(true);
        expect(analyzeText(ex).map((c) => c.type), ex).toContain('vague');
      }
    });
    it(`${g.id}: must not match`, () => {
      for (const ex of mustNotMatch) expect(g.patterns.some((re) => re.test(ex.toLowerCase())), ex).toBe(false);
    });
  }
});

describe('boilerplate line groups', () => {
  for (const g of BOILERPLATE_LINES) {
    it(`${g.id}: matches / must not match`, () => {
      const { matches, mustNotMatch } = examplesOf(BOILERPLATE_LINES_EXAMPLES, g.id);
      for (const ex of matches) expect(boilerplateGroupOf(ex), ex).toBe(g.id);
      for (const ex of mustNotMatch) expect(g.pattern.test(ex), ex).toBe(false);
    });
    const words = g.words;
    if (words === undefined) continue;
    // The words are a test run before the pattern: a line the pattern matches must contain one of them.
    it(`${g.id}: every line its pattern matches contains one of its words`, () => {
      const { matches } = examplesOf(BOILERPLATE_LINES_EXAMPLES, g.id);
      const hasWord = (line: string): boolean => words.some((w) => line.toLowerCase().includes(w));
      for (const ex of matches) expect(hasWord(ex), ex).toBe(true);
      // Lines made of the examples' pieces in any case: wherever the pattern matches, a word is there.
      const pieces = [...new Set(matches.flatMap((ex) => ex.split(/(?=[\s(/:])/)))];
      fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), fc.boolean(), (parts, upper) => {
        const line = upper ? parts.join('').toUpperCase() : parts.join('');
        if (g.pattern.test(line)) expect(hasWord(line), line).toBe(true);
      }), { numRuns: 500 });
    });
  }
});
