import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers';

describe('analyze CLI', () => {
  it('writes one JSON line per record, reports malformed lines on stderr and continues', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ss-analyze-'));
    const file = path.join(dir, 'in.jsonl');
    const text = 'Hamas \u0e42\u20ac\u0153left\u0e42\u20ac Doha, a senior official said.';
    fs.writeFileSync(file, [JSON.stringify({ id: 'a', text }), '{broken', JSON.stringify({ id: 'b', text: 'Nothing here.', title: 'x' }), ''].join('\n'));
    const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const res = spawnSync(tsx, [path.join(REPO_ROOT, 'tests/cli/analyze.ts'), file], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(res.status).toBe(0);
    const lines = res.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; claims: { start: number; end: number; type: string; source: { start: number; end: number; text: string } }[] });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[1]!.claims).toEqual([]);
    const c = lines[0]!.claims[0]!;
    expect(c.type).toBe('anonymous');
    expect(c.source.text).toBe(text.slice(c.source.start, c.source.end));
    expect(c.source.text).toBe('a senior official');
    expect(res.stderr).toMatch(/line 2/);
  });
});
