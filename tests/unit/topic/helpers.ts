import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repo root (tests/unit/topic -> repo). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Shared read-only data, sibling of the repo. */
export const SHARED = path.resolve(REPO_ROOT, '../shared');
export const TOPIC_DEV = path.join(SHARED, 'eval/topic-dev.jsonl');
export const hasTopicDev = fs.existsSync(TOPIC_DEV);

/** An off-topic paragraph written for these tests (municipal news), used to pad bodies. */
export const FILLER =
  'The county board also approved a plan to repave two bridges, extend library hours on weekends and ' +
  'hire more bus drivers before the school year starts. Residents spoke for and against a new parking ' +
  'fee downtown, and the board postponed that vote until next month after a long debate about costs.';

export interface Case {
  class: string;
  title: string;
  text?: string;
  date?: string;
  on: boolean;
  filler?: number;
  late?: string;
}

export function loadCases(): Case[] {
  const file = path.join(REPO_ROOT, 'tests/fixtures/topic/cases.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { cases: Case[] }).cases;
}

/** Builds the item text of a case: its text, then `filler` filler paragraphs, then the `late` sentence. */
export function caseText(c: Case): string {
  const parts = [c.text ?? ''];
  for (let i = 0; i < (c.filler ?? 0); i++) parts.push(FILLER);
  if (c.late) parts.push(c.late);
  return parts.filter(Boolean).join('\n\n');
}
