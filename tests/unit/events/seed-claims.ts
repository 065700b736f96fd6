/**
 * Test helper: comparable claims built from the hand-labeled seed articles in
 * ../shared/eval/attribution-seeds.jsonl (read at test time, never copied).
 * Each claim's text is the sentence around its labeled `key`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaimType } from '../../../utils/types';
import type { ComparableClaim } from '../../../utils/events/compare';

/** ../shared resolved from the repo root (tests/unit/events → repo root is three levels up). */
export const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..', '../shared');
export const SEEDS_FILE = path.join(SHARED, 'eval/attribution-seeds.jsonl');
export const seedsExist = existsSync(SEEDS_FILE);

export interface SeedArticle {
  id: string;
  outlet: string;
  title: string;
  date: string;
  text: string;
  claims: { key: string; types: ClaimType[]; source: string | null; headline?: boolean }[];
}

export function readSeeds(): SeedArticle[] {
  return readFileSync(SEEDS_FILE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as SeedArticle);
}

/** The sentence (or headline line) containing `key`. */
export function sentenceAround(text: string, key: string): string {
  const i = text.indexOf(key);
  if (i < 0) throw new Error(`key not found: ${key}`);
  const before = text.slice(0, i);
  const startCandidates = [before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('.” '), before.lastIndexOf('.\u201d ')];
  const start = Math.max(...startCandidates) + 1;
  const after = text.slice(i + key.length);
  const m = /[.!?](?:["”\u201d])?(?=\s)|\n/.exec(after);
  const end = i + key.length + (m ? m.index + m[0].length : after.length);
  return text.slice(start, end).trim();
}

export function seedClaims(a: SeedArticle): (ComparableClaim & { key: string })[] {
  return a.claims.map((c) => ({ key: c.key, text: sentenceAround(a.text, c.key), type: c.types[0] as ClaimType, source: c.source }));
}
