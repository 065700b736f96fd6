/** Shared paths for attribution tests: ../shared is a sibling of the repo root. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../../utils/attribution/analyze';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../../..');
export const SHARED = path.resolve(REPO_ROOT, '../shared');
export const SHARED_EXISTS = fs.existsSync(path.join(SHARED, 'seeds'));

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED, ...parts);
}

/** Each claim of `text` as its type and source phrase: what most attribution tests compare. */
export const claims = (text: string): { type: string; source: string | null }[] =>
  analyzeText(text).map((c) => ({ type: c.type, source: c.source?.text ?? null }));

/** Only the unnamed (anonymous or vague) claims of `text`, as type and source phrase: what the page flags. */
export const unnamedClaims = (text: string): { type: string; source: string | null }[] =>
  claims(text).filter((c) => c.type === 'anonymous' || c.type === 'vague');
