/**
 * Same-event benchmark: an EventIndex holding 100,000 articles replayed from the
 * AllSides corpus in ../shared (37k articles repeated with dates shifted by whole
 * years so the copies do not collide in the time window), then the cost of
 * matching one new article through the key index, against a naive full scan of
 * every event in the window, and the fingerprint size.
 *
 *   npx tsx tests/bench/events.ts
 */
import { createReadStream, existsSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { EventIndex, matchEvent, dayGap, thresholdFor } from '../../utils/events/match';
import { fingerprintArticle } from '../../utils/events/fingerprint';
import type { EventArticle } from '../../utils/events/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = path.resolve(repoRoot, '../shared/data/corpus/allsides-articles.jsonl.gz');

async function loadCorpus(): Promise<EventArticle[]> {
  const out: EventArticle[] = [];
  const rl = createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { ID: string; title?: string; content_original?: string; source?: string; date?: string };
    out.push({ id: r.ID, title: r.title ?? '', text: (r.content_original ?? '').slice(0, 600), outlet: r.source ?? '', date: r.date || null });
  }
  return out;
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0) * 1000) / 1000;
};

/** Shift a YYYY-MM-DD date by whole years. */
const shiftYears = (d: string | null | undefined, years: number): string | null =>
  d && /^\d{4}/.test(d) ? `${Number(d.slice(0, 4)) + years}${d.slice(4, 10)}` : null;

export async function benchEvents(opts: { total?: number; probes?: number } = {}): Promise<Record<string, unknown>> {
  if (!existsSync(CORPUS)) return { skipped: `corpus missing: ${CORPUS}` };
  const total = opts.total ?? 100_000;
  const probes = opts.probes ?? 500;
  const base = (await loadCorpus()).sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1));
  const index = new EventIndex();
  let fpBytes = 0;
  const t0 = performance.now();
  let n = 0;
  for (let rep = 0; n < total; rep++) {
    for (const a of base) {
      if (n >= total) break;
      const fp = fingerprintArticle({ ...a, date: shiftYears(a.date, rep * 10) });
      fpBytes += JSON.stringify(fp).length;
      index.ingestFingerprint(fp, a.outlet);
      n++;
    }
  }
  const buildMs = performance.now() - t0;
  // Probes: corpus articles with a fresh date inside the last replayed decade.
  const probeSet = base.filter((_, i) => i % Math.max(1, Math.floor(base.length / probes)) === 0).slice(0, probes);
  const rep = Math.floor((total - 1) / base.length);
  const indexed: number[] = [];
  const scan: number[] = [];
  const fps = probeSet.map((a) => fingerprintArticle({ ...a, title: `${a.title} update`, date: shiftYears(a.date, rep * 10) }));
  const fpMs: number[] = [];
  for (const a of probeSet.slice(0, 100)) { const s = performance.now(); fingerprintArticle(a); fpMs.push(performance.now() - s); }
  const all = [...index.events.values()];
  for (const fp of fps) {
    let s = performance.now();
    index.match(fp);
    indexed.push(performance.now() - s);
    s = performance.now();
    // Naive: compare against every stored event (the window check included).
    matchEvent(fp, all.filter((ev) => Number.isFinite(thresholdFor(dayGap(fp.date, ev)))));
    scan.push(performance.now() - s);
  }
  const candidates = fps.map((fp) => index.candidates(fp).length);
  return {
    articles: n,
    events: index.events.size,
    buildSeconds: Math.round(buildMs / 100) / 10,
    fingerprintBytes: { mean: Math.round(fpBytes / n) },
    fingerprintMs: { p50: pct(fpMs, 0.5), p95: pct(fpMs, 0.95) },
    matchIndexedMs: { p50: pct(indexed, 0.5), p95: pct(indexed, 0.95), targetP95: 20 },
    candidatesPerMatch: { p50: pct(candidates, 0.5), p95: pct(candidates, 0.95) },
    matchFullScanMs: { p50: pct(scan, 0.5), p95: pct(scan, 0.95) },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchEvents().then((r) => console.log(JSON.stringify(r, null, 2)), (err: unknown) => { console.error(err); process.exitCode = 1; });
}
