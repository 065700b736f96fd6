import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEV_SETS, readJsonl, runOurs, score, SHARED_EVAL, type GoldRecord } from '../../eval/events';

const have = DEV_SETS.every((f) => existsSync(path.join(SHARED_EVAL, f)));

describe.skipIf(!have)('same-event targets on the dev sets (../shared/eval)', () => {
  const run = (name: string): ReturnType<typeof score> => {
    const recs = readJsonl<GoldRecord>(path.join(SHARED_EVAL, name));
    return score(runOurs(recs), new Map(recs.map((r) => [r.id, r.event])));
  };
  it('AllSides: pairwise F1 ≥ 0.80, B-cubed F1 ≥ 0.92', () => {
    const s = run('events-allsides-dev.jsonl');
    expect(s.pairwise.f1).toBeGreaterThanOrEqual(0.8);
    expect(s.bcubed.f1).toBeGreaterThanOrEqual(0.92);
  });
  it('UCI headlines: pairwise F1 ≥ 0.70', () => {
    expect(run('events-uci-dev.jsonl').pairwise.f1).toBeGreaterThanOrEqual(0.7);
  });
  it('scoring is right on a hand case', () => {
    const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'y']]);
    const s = score(new Map([['a', '1'], ['b', '2'], ['c', '2']]), gold);
    expect(s.pairwise).toEqual({ p: 0, r: 0, f1: 0 });
    expect(s.bcubed.p).toBeCloseTo((1 + 0.5 + 0.5) / 3, 3);
  });
});
