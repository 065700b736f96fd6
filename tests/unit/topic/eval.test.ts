import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateTopic, loadGold } from '../../eval/topic';
import { hasTopicDev, REPO_ROOT, TOPIC_DEV } from './helpers';

describe.skipIf(!hasTopicDev)('topic-dev evaluation (../shared/eval/topic-dev.jsonl)', () => {
  it('meets the targets: CORE recall >= 0.95, OFF false-positive rate <= 2%', async () => {
    const ev = await evaluateTopic({ gold: TOPIC_DEV });
    expect(ev.ours.core).toBeGreaterThan(100);
    expect(ev.ours.coreRecall).toBeGreaterThanOrEqual(0.95);
    expect(ev.ours.offFalsePositiveRate).toBeLessThanOrEqual(0.02);
    // And beats the peer keyword baseline on both.
    expect(ev.ours.coreRecall ?? 0).toBeGreaterThan(ev.baseline.coreRecall ?? 1);
    expect(ev.ours.offFalsePositiveRate ?? 1).toBeLessThanOrEqual(ev.baseline.offFalsePositiveRate ?? 0);
    for (const k of ['article', 'headline', 'post']) expect(ev.byKind[k]).toBeDefined();
  });

  it('the CLI streams one line per record and survives malformed lines', () => {
    const gold = loadGold(TOPIC_DEV).slice(0, 20);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ss-topic-'));
    const input = path.join(dir, 'in.jsonl');
    const lines = gold.map((g) => JSON.stringify({ id: g.id, title: g.title, text: g.text, date: g.date }));
    lines.splice(3, 0, '{not json');
    fs.writeFileSync(input, lines.join('\n') + '\n');
    const out = execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'tests/cli/topic.ts', input], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const rows = out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; topic: string; on_topic: boolean; reasons: unknown[] });
    expect(rows.map((r) => r.id)).toEqual(gold.map((g) => g.id));
    expect(rows.every((r) => r.topic === 'israel-hamas-war' && typeof r.on_topic === 'boolean' && Array.isArray(r.reasons))).toBe(true);
    // --pred path of the evaluator reads the CLI's output format.
    const pred = path.join(dir, 'pred.jsonl');
    fs.writeFileSync(pred, out);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
