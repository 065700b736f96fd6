/**
 * Shared checks for lexicon examples. The examples live next to their table in
 * `<TABLE>_EXAMPLES` constants keyed by group id (outside the runtime objects,
 * so the bundler drops them); these helpers make a group without examples, or
 * examples for a group that no longer exists, fail a test.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface ExampleSet {
  matches: readonly string[];
  mustNotMatch: readonly string[];
}

type Side = 'matches' | 'mustNotMatch';

/**
 * Problems with a table's examples: a group id listed twice (its examples would be
 * shared), a group with no examples or with an empty side, examples keyed by an id
 * that names no group. Empty when all is well.
 */
export function exampleProblems(
  ids: readonly string[],
  examples: Readonly<Record<string, Partial<ExampleSet>>>,
  sides: readonly Side[] = ['matches', 'mustNotMatch'],
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${id}: id listed twice`);
    seen.add(id);
    const ex = Object.hasOwn(examples, id) ? examples[id] : undefined;
    if (!ex) {
      problems.push(`${id}: no examples`);
      continue;
    }
    for (const side of sides) if ((ex[side]?.length ?? 0) === 0) problems.push(`${id}: no ${side} examples`);
  }
  for (const key of Object.keys(examples)) if (!seen.has(key)) problems.push(`${key}: examples for no group`);
  return problems;
}

/** The examples of one group; empty when missing (the coverage test reports that). */
export function examplesOf(examples: Readonly<Record<string, ExampleSet>>, id: string): ExampleSet {
  return (Object.hasOwn(examples, id) ? examples[id] : undefined) ?? { matches: [], mustNotMatch: [] };
}

const REPO_ROOT = path.resolve(__dirname, '../..');

/**
 * Lines of runtime code under `dir` (relative to the repo root) that use an
 * `*_EXAMPLES` constant other than to define it. Any use would pull test-only
 * data into the extension bundles.
 */
export function runtimeUsesOfExamples(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(entry.name)) {
        fs.readFileSync(p, 'utf8').split('\n').forEach((line, i) => {
          const code = line.replace(/\/\/.*$|^\s*\*.*$|\/\*.*?\*\//g, '');
          if (/\b[A-Z][A-Z0-9_]*_EXAMPLES\b/.test(code) && !/^\s*export const [A-Z][A-Z0-9_]*_EXAMPLES\b/.test(code)) {
            out.push(`${path.relative(REPO_ROOT, p)}:${i + 1}: ${line.trim()}`);
          }
        });
      }
    }
  };
  walk(path.join(REPO_ROOT, dir));
  return out;
}
