/**
 * What each page pays for the gate script, for comparing two builds on the same
 * machine: loads every Readability page (and the demo off-topic and search
 * pages 9 times each) in a fresh tab and sums our User Timing measures, as the
 * Chromium bench does.
 *
 *   SS_EXTENSION_DIR=/path/to/chrome-mv3 npx tsx tests/bench/gate-ab.ts
 *
 * Run it alternately with the two builds' directories: the machine's noise is
 * as wide as most differences. (Waits the same fixed time after the page's load
 * event with every build: builds that inject the gate only where a tab's title
 * touches a topic record nothing on the other pages.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { extensionDir, launch } from '../e2e/harness.ts';
import { readabilityDir, startDemoServer } from '../demo/server.ts';
import { measure } from './chromium.ts';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};
const round = (x: number): number => Math.round(x * 100) / 100;

const server = await startDemoServer();
const session = await launch();
const ctx = session.context;
await ctx.route((u) => !u.href.startsWith(server.origin), (r) => r.abort());

const dirs = fs.existsSync(readabilityDir) ? fs.readdirSync(readabilityDir).filter((d) => fs.existsSync(path.join(readabilityDir, d, 'source.html'))) : [];
const totals: number[] = [];
const steps: Record<string, number[]> = {};
for (const d of dirs) {
  const m = await measure(ctx, `${server.origin}/readability/${d}/`, [], 600);
  totals.push(m.total);
  for (const [k, v] of Object.entries(m.byStep)) if (!k.startsWith('bg:')) (steps[k] ??= []).push(v);
}
const demo: Record<string, number> = {};
for (const p of ['/demo/off-topic.html', '/demo/search.html']) {
  const xs: number[] = [];
  for (let i = 0; i < 9; i++) xs.push((await measure(ctx, server.origin + p, [], 600)).total);
  demo[p] = round(median(xs));
}
const sorted = [...totals].sort((a, b) => a - b);
console.log(JSON.stringify({
  build: extensionDir,
  readabilityPages: { pages: totals.length, medianMs: round(median(totals)), p95Ms: round(sorted[Math.floor(sorted.length * 0.95)] ?? NaN) },
  // Per step: on how many pages it ran, and its median there.
  steps: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, { pages: v.length, medianMs: round(median(v)) }])),
  demoPagesMedianMs: demo,
}));
await session.close();
await server.close();
