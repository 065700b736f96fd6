/** Shared paths for attribution tests: ../shared is a sibling of the repo root. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../../..');
export const SHARED = path.resolve(REPO_ROOT, '../shared');
export const SHARED_EXISTS = fs.existsSync(path.join(SHARED, 'seeds'));

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED, ...parts);
}
