/**
 * The two hand-labeled seeds (read from ../shared at test time, never copied):
 * every labeled claim found with the right type and source phrase, nothing
 * flagged in captions, credits, contributor lines, copyright or related lists.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution';
import { repairText } from '../../../utils/text';
import type { Claim } from '../../../utils/types';
import { SHARED_EXISTS, sharedPath } from './helpers';

interface Label {
  key: string;
  types: string[];
  source: string | null;
}
interface Seed {
  id: string;
  source_file: string;
  text: string;
  claims: Label[];
}

const norm = (s: string): string => repairText(s).text.trim().toLowerCase();
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

describe.skipIf(!SHARED_EXISTS)('seeds', () => {
  const seeds: Seed[] = SHARED_EXISTS
    ? fs.readFileSync(sharedPath('eval', 'attribution-seeds.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Seed)
    : [];
  const fileText = (s: Seed): string => fs.readFileSync(sharedPath(s.source_file), 'utf8');

  it('the labels refer to the seed files', () => {
    expect(seeds).toHaveLength(2);
    for (const s of seeds) expect(fileText(s)).toBe(s.text);
  });

  it('finds all 14 unnamed claims with the labeled type and source phrase', () => {
    let unnamed = 0;
    for (const s of seeds) {
      const text = fileText(s);
      const claims = analyzeText(text);
      for (const label of s.claims) {
        const start = text.indexOf(label.key);
        const gold = { start, end: start + label.key.length };
        const hit = claims.find((c) => overlaps(c, gold));
        expect(hit, `${s.id}: ${label.key}`).toBeDefined();
        expect(label.types, `${s.id}: ${label.key}`).toContain(hit!.type);
        if (label.types.includes('anonymous') || label.types.includes('vague')) {
          unnamed++;
          if (label.source !== null && hit!.source !== null) expect(norm(hit!.source.text), label.key).toBe(norm(label.source));
        }
      }
    }
    expect(unnamed).toBe(14);
  });

  it('every claim it reports is a labeled one (no flags on captions, credits, bylines, lists, copyright)', () => {
    for (const s of seeds) {
      const text = fileText(s);
      const golds = s.claims.map((l) => ({ start: text.indexOf(l.key), end: text.indexOf(l.key) + l.key.length }));
      for (const c of analyzeText(text)) expect(golds.some((g) => overlaps(c, g)), text.slice(c.start, c.end)).toBe(true);
    }
  });

  it('no claim starts in page furniture', () => {
    for (const s of seeds) {
      const text = fileText(s);
      const claims = analyzeText(text);
      const lineOf = (c: Claim): string => {
        const a = text.lastIndexOf('\n', c.start) + 1;
        const b = text.indexOf('\n', c.start);
        return text.slice(a, b < 0 ? text.length : b);
      };
      for (const c of claims) {
        const line = lineOf(c);
        expect(line).not.toMatch(/credit:|contributed to this report|©|Related Articles|\|/);
      }
      const related = text.indexOf('Related Articles');
      if (related >= 0) expect(claims.filter((c) => c.start > related)).toEqual([]);
    }
  });

  it('seed 003 with mojibake yields the same claims as a clean copy, mapped to the same words', () => {
    const seed = seeds.find((s) => s.source_file.includes('003'));
    expect(seed).toBeDefined();
    const broken = fileText(seed!);
    // The clean copy is made here, independently of repairText, from the seed's known byte damage.
    const clean = broken
      .replaceAll('\u0e42\u20ac\u0153', '\u201c').replaceAll('\u0e42\u20ac\u2122', '\u2019').replaceAll('\u0e42\u20ac\u201c', '\u2013')
      .replaceAll('\u0e42\u20ac\u201d', '\u2014').replaceAll('\u0e42\u201e\u0e02', '\u2122').replaceAll('\u0e22\u0e09', '\u00a9')
      .replaceAll('\u0e42\u20ac', '\u201d');
    expect(clean).not.toMatch(/[\u0e00-\u0e7f]/);
    const a = analyzeText(broken);
    const b = analyzeText(clean);
    expect(a.length).toBeGreaterThan(5);
    expect(a.map((c) => c.type)).toEqual(b.map((c) => c.type));
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      const y = b[i]!;
      expect(norm(broken.slice(x.start, x.end))).toBe(norm(clean.slice(y.start, y.end)));
      expect(x.source === null ? null : norm(x.source.text)).toBe(y.source === null ? null : norm(y.source.text));
      expect(x.cue === null ? null : norm(x.cue.text)).toBe(y.cue === null ? null : norm(y.cue.text));
      // Offsets point at the same words of the original text.
      if (x.source) expect(broken.slice(x.source.start, x.source.end)).toBe(x.source.text);
    }
  });
});
