import { describe, expect, it } from 'vitest';
import {
  ISRAEL_HAMAS_GROUPS, ISRAEL_HAMAS_GROUPS_EXAMPLES, ISRAEL_HAMAS_WAR, LIST_PEERS, profileFromGroups,
} from '../../../utils/topic/defaultTopics';
import { compileProfile, findMatches, tokenize } from '../../../utils/topic/match';
import { examplesOf, exampleProblems, runtimeUsesOfExamples } from '../lexicon-examples';

/** Does any term of this one group match the text? */
function groupMatches(groupId: string, text: string): string[] {
  const g = ISRAEL_HAMAS_GROUPS.find((x) => x.id === groupId);
  if (!g) throw new Error(groupId);
  // Without the date gate: the examples check the words, the gate is tested in score tests.
  const profile = profileFromGroups({ id: 't', name: 't', description: '', threshold: 1 }, [{ ...g, since: undefined }]);
  return findMatches(compileProfile(profile), tokenize(text)).map((m) => m.term.term);
}

describe('default topic lexicon: every group runs its examples', () => {
  it('every group has examples of both kinds, and no examples name an unknown group', () => {
    expect(exampleProblems(ISRAEL_HAMAS_GROUPS.map((g) => g.id), ISRAEL_HAMAS_GROUPS_EXAMPLES)).toEqual([]);
  });
  it('runtime code never reads the examples (they stay out of the bundle)', () => {
    expect(runtimeUsesOfExamples('utils/topic')).toEqual([]);
  });
  for (const g of ISRAEL_HAMAS_GROUPS) {
    const examples = examplesOf(ISRAEL_HAMAS_GROUPS_EXAMPLES, g.id);
    describe(g.id, () => {
      it('has items and a weight', () => {
        expect(g.items.length).toBeGreaterThan(0);
        expect(g.weight).toBeGreaterThan(0);
      });
      for (const text of examples.matches) {
        it(`matches: ${text}`, () => expect(groupMatches(g.id, text)).not.toEqual([]));
      }
      for (const text of examples.mustNotMatch) {
        it(`must not match: ${text}`, () => expect(groupMatches(g.id, text)).toEqual([]));
      }
    });
  }
});

describe('default topic profile', () => {
  it('is the builtin israel-hamas-war topic', () => {
    expect(ISRAEL_HAMAS_WAR.id).toBe('israel-hamas-war');
    expect(ISRAEL_HAMAS_WAR.name).toBe('Israel–Hamas war');
    expect(ISRAEL_HAMAS_WAR.builtin).toBe(true);
  });

  it('keeps terms and phrases lower-case, as the type requires', () => {
    for (const t of [...ISRAEL_HAMAS_WAR.terms, ...ISRAEL_HAMAS_WAR.phrases, ...ISRAEL_HAMAS_WAR.negative]) {
      expect(t.term).toBe(t.term.toLowerCase());
    }
    expect(ISRAEL_HAMAS_WAR.phrases.every((p) => /[\s-]/.test(p.term))).toBe(true);
    expect(ISRAEL_HAMAS_WAR.terms.every((p) => !/\s/.test(p.term))).toBe(true);
  });

  it('has no term listed twice', () => {
    const all = [...ISRAEL_HAMAS_WAR.terms, ...ISRAEL_HAMAS_WAR.phrases, ...ISRAEL_HAMAS_WAR.entities, ...ISRAEL_HAMAS_WAR.negative];
    const keys = all.map((t) => t.term);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers the periods and actors of the guide', () => {
    const anchors = new Set(
      [...ISRAEL_HAMAS_WAR.terms, ...ISRAEL_HAMAS_WAR.entities, ...ISRAEL_HAMAS_WAR.phrases]
        .filter((t) => (t.role ?? 'anchor') === 'anchor')
        .map((t) => t.term),
    );
    for (const name of ['gaza', 'hamas', 'rafah', 'sinwar', 'cast lead', 'pillar of defense', 'protective edge', 'guardian of the walls', 'unrwa']) {
      expect(anchors.has(name), name).toBe(true);
    }
  });

  it('does not list the war itself among list peers', () => {
    for (const p of LIST_PEERS) expect(['hamas', 'gaza', 'israel', 'palestinian islamic jihad']).not.toContain(p);
  });
});

describe('tokenize', () => {
  it('keeps UTF-16 offsets and strips possessives', () => {
    const text = 'Ask about Hamas’s leaders in Gaza’s south';
    const toks = tokenize(text);
    const hamas = toks.find((t) => t.lower === 'hamas');
    expect(hamas).toBeDefined();
    expect(text.slice(hamas?.start, hamas?.start ? hamas.start + 5 : 0)).toBe('Hamas');
    expect(toks.map((t) => t.lower)).toContain('gaza');
  });

  it('splits CamelCase hashtags into words', () => {
    expect(tokenize('#IsraelHamasWar now').map((t) => t.lower)).toEqual(['israel', 'hamas', 'war', 'now']);
  });

  it('matches plural forms of lower-case terms but not of entities', () => {
    const c = compileProfile(ISRAEL_HAMAS_WAR);
    expect(findMatches(c, tokenize('hostages freed')).map((m) => m.term.term)).toContain('hostage');
    // Entities are exact and case-sensitive.
    expect(findMatches(c, tokenize('Gallants')).map((m) => m.term.term)).toEqual([]);
    expect(findMatches(c, tokenize('gallant')).map((m) => m.term.term)).toEqual([]);
    expect(findMatches(c, tokenize('Gallant')).map((m) => m.term.term)).toEqual(['Gallant']);
  });

  it('matches unambiguous names in any case (lower-case posts, hashtags, URLs)', () => {
    const c = compileProfile(ISRAEL_HAMAS_WAR);
    expect(findMatches(c, tokenize('#gaza #hamas')).map((m) => m.term.term)).toEqual(['gaza', 'hamas']);
  });

  it('prefers the longest phrase at a position', () => {
    const c = compileProfile(ISRAEL_HAMAS_WAR);
    expect(findMatches(c, tokenize('the Iran nuclear deal')).map((m) => m.term.term)).toEqual(['nuclear deal']);
    expect(findMatches(c, tokenize('a hostage deal')).map((m) => m.term.term)).toEqual(['hostage deal']);
  });
});
