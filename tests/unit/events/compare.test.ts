import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ATTRIBUTION_WORDS, ATTRIBUTION_WORDS_EXAMPLES, compareClaims, contentTerms, DENIAL_CUES_EXAMPLES, denialCues, NEGATORS,
  NEGATORS_EXAMPLES, stanceOf, summarizeCoverage, SYNONYMS, SYNONYMS_EXAMPLES, type ComparableClaim,
} from '../../../utils/events/compare';
import { tokenize } from '../../../utils/events/text';
import { readSeeds, seedClaims, seedsExist } from './seed-claims';
import { examplesOf, exampleProblems, runtimeUsesOfExamples } from '../lexicon-examples';

const here = path.dirname(fileURLToPath(import.meta.url));
interface Pair { id: string; expect: 'confirms' | 'disputes' | 'names-source' | 'unrelated'; base: ComparableClaim; other: ComparableClaim }
const pairs = JSON.parse(readFileSync(path.resolve(here, '../../fixtures/events/paraphrase-pairs.json'), 'utf8')) as Pair[];

describe('lexicon tables run their examples', () => {
  it('every table and synonym group has examples of both kinds', () => {
    expect(exampleProblems(SYNONYMS.map((g) => g.canonical), SYNONYMS_EXAMPLES)).toEqual([]);
    const single = { ATTRIBUTION_WORDS: ATTRIBUTION_WORDS_EXAMPLES, DENIAL_CUES: DENIAL_CUES_EXAMPLES, NEGATORS: NEGATORS_EXAMPLES };
    expect(exampleProblems(Object.keys(single), single)).toEqual([]);
  });
  it('runtime code never reads the examples (they stay out of the bundle)', () => {
    expect(runtimeUsesOfExamples('utils/events')).toEqual([]);
  });
  it('SYNONYMS', () => {
    for (const g of SYNONYMS) {
      const canon = tokenize(g.canonical).map((t) => t.stem).join(' ');
      const { matches, mustNotMatch } = examplesOf(SYNONYMS_EXAMPLES, g.canonical);
      for (const s of matches) expect(contentTerms(s).map((x) => x.t), `${g.canonical}: ${s}`).toContain(canon);
      for (const s of mustNotMatch) expect(contentTerms(s).map((x) => x.t), `${g.canonical}: ${s}`).not.toContain(canon);
    }
  });
  it('ATTRIBUTION_WORDS', () => {
    for (const s of ATTRIBUTION_WORDS_EXAMPLES.matches) {
      const terms = contentTerms(s).map((x) => x.t);
      for (const w of ATTRIBUTION_WORDS.words) expect(terms, s).not.toContain(w);
    }
    for (const s of ATTRIBUTION_WORDS_EXAMPLES.mustNotMatch) expect(contentTerms(s).length, s).toBeGreaterThanOrEqual(2);
  });
  it('DENIAL_CUES', () => {
    for (const s of DENIAL_CUES_EXAMPLES.matches) expect(denialCues(s).length, s).toBeGreaterThan(0);
    for (const s of DENIAL_CUES_EXAMPLES.mustNotMatch) expect(denialCues(s), s).toEqual([]);
  });
  it('NEGATORS', () => {
    const has = (s: string): boolean => tokenize(s).some((t) => NEGATORS.words.includes(t.raw.toLowerCase().replace(/’/g, "'")) || /n't$/i.test(t.raw));
    for (const s of NEGATORS_EXAMPLES.matches) expect(has(s), s).toBe(true);
    for (const s of NEGATORS_EXAMPLES.mustNotMatch) expect(has(s), s).toBe(false);
  });
});

describe('paraphrase pairs (tests/fixtures/events)', () => {
  it('has at least 15 pairs covering every outcome', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(15);
    expect(new Set(pairs.map((p) => p.expect))).toEqual(new Set(['confirms', 'disputes', 'names-source', 'unrelated']));
  });
  for (const p of pairs) {
    it(`${p.id} → ${p.expect}`, () => {
      const [a] = compareClaims([p.base], [p.other]);
      expect(a?.stance ?? 'unrelated').toBe(p.expect);
      if (a) expect(a.evidence[0]).toMatch(/^shared: /);
    });
  }
});

describe.skipIf(!seedsExist)('seed articles (../shared/eval/attribution-seeds.jsonl)', () => {
  const seeds = seedsExist ? readSeeds() : [];
  const jp = seeds.find((s) => s.outlet === 'The Jerusalem Post');
  const cnn = seeds.find((s) => s.outlet !== 'The Jerusalem Post');
  const J = jp ? seedClaims(jp) : [];
  const C = cnn ? seedClaims(cnn) : [];
  const find = (cs: typeof J, key: string): number => cs.findIndex((c) => c.key.includes(key));

  it("JPost's American source confirms CNN's 'Qatar agreed to kick Hamas out'", () => {
    const ji = find(J, 'An American source');
    const al = compareClaims(J, C).find((a) => a.baseIndex === ji);
    expect(al?.stance).toBe('confirms');
    expect(C[al?.otherIndex ?? -1]?.text).toMatch(/kick Hamas out/);
    expect(al?.evidence.join(' ')).toMatch(/remove/);
  });

  it("CNN's Hamas official ('baseless') disputes the 'Qatar agreed' claim", () => {
    const ci = find(C, 'A senior Hamas official');
    const ji = find(J, 'An American source');
    const al = compareClaims([C[ci] as ComparableClaim], [J[ji] as ComparableClaim])[0];
    expect(al?.stance).toBe('disputes');
    expect(al?.evidence.join(' ')).toMatch(/untrue/);
  });

  it("JPost's Turkish diplomatic source disputes CNN's expulsion claim ('do not reflect the truth')", () => {
    const ji = find(J, 'a Turkish diplomatic source');
    const al = compareClaims(J, C).find((a) => a.baseIndex === ji);
    expect(al?.stance).toBe('disputes');
    expect(al?.evidence.join(' ')).toMatch(/does not reflect the truth/);
  });

  it("JPost's named Al-Ansari ('has not been permanently closed') disputes CNN's anonymous expulsion claim and names its source", () => {
    const ci = find(C, 'US and Qatari sources told CNN');
    const al = compareClaims(C, J).find((a) => a.baseIndex === ci);
    expect(al?.stance).toBe('disputes');
    const ev = al?.evidence.join(' ') ?? '';
    expect(ev).toMatch(/negation: "not … closed"/);
    expect(ev).toMatch(/named source: Qatari foreign ministry/);
  });

  it('summarizeCoverage counts what the other outlet does to the base claims', () => {
    const s = summarizeCoverage({ outlet: jp?.outlet ?? '', claims: J }, { outlet: cnn?.outlet ?? '', claims: C });
    expect(s.confirms + s.disputes + s.namesSource).toBe(s.labels.length);
    expect(s.confirmsAnonymously).toBeGreaterThan(0);
    expect(s.labels).toContain('confirms (anonymous)');
  });
});

describe('stanceOf', () => {
  it('both sides denying is agreement, not dispute', () => {
    const a: ComparableClaim = { text: 'Officials said reports that the office moved to Turkey were false.', type: 'anonymous', source: 'Officials' };
    const b: ComparableClaim = { text: 'A diplomat said claims that the office moved to Turkey were baseless.', type: 'anonymous', source: 'A diplomat' };
    expect(stanceOf(a, b).stance).toBe('confirms');
  });
});
