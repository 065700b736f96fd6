/**
 * Same-event evaluation.
 *
 *   npx tsx tests/eval/events.ts                       dev sets in ../shared/eval
 *   npx tsx tests/eval/events.ts --gold G.jsonl          ours and the baselines on any set of that format
 *   npx tsx tests/eval/events.ts --pred P.jsonl --gold G.jsonl
 *
 * Pairwise and B-cubed precision/recall/F1 of our EventIndex, with the two peer
 * baselines (headline Jaccard ≥ 0.25 + union-find; IDF-weighted token overlap)
 * computed on the same sets, and the figures eval/README.md reports.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EventIndex } from '../../utils/events/match';
import { tokenize } from '../../utils/events/text';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_EVAL = path.resolve(repoRoot, '../shared/eval');
export const DEV_SETS = ['events-allsides-dev.jsonl', 'events-uci-dev.jsonl'] as const;

export interface GoldRecord { id: string; event: string; outlet?: string; title: string; text?: string; date?: string }
export interface Scores { pairwise: { p: number; r: number; f1: number }; bcubed: { p: number; r: number; f1: number }; clusters: number }

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const pairs = (n: number): number => (n * (n - 1)) / 2;

/** Pairwise and B-cubed scores of a predicted clustering against gold, over the ids both share. */
export function score(pred: Map<string, string>, gold: Map<string, string>): Scores {
  const ids = [...gold.keys()].filter((id) => pred.has(id));
  const cell = new Map<string, number>();
  const pSize = new Map<string, number>();
  const gSize = new Map<string, number>();
  for (const id of ids) {
    const p = pred.get(id) as string;
    const g = gold.get(id) as string;
    cell.set(`${p}\u0000${g}`, (cell.get(`${p}\u0000${g}`) ?? 0) + 1);
    pSize.set(p, (pSize.get(p) ?? 0) + 1);
    gSize.set(g, (gSize.get(g) ?? 0) + 1);
  }
  let tp = 0;
  for (const n of cell.values()) tp += pairs(n);
  let predPairs = 0;
  for (const n of pSize.values()) predPairs += pairs(n);
  let goldPairs = 0;
  for (const n of gSize.values()) goldPairs += pairs(n);
  const pp = predPairs ? tp / predPairs : 1;
  const pr = goldPairs ? tp / goldPairs : 1;
  // B-cubed: per item, share of its predicted cluster in its gold cluster and vice versa.
  let bp = 0;
  let br = 0;
  for (const id of ids) {
    const p = pred.get(id) as string;
    const g = gold.get(id) as string;
    const both = cell.get(`${p}\u0000${g}`) ?? 0;
    bp += both / (pSize.get(p) ?? 1);
    br += both / (gSize.get(g) ?? 1);
  }
  bp /= ids.length || 1;
  br /= ids.length || 1;
  const r3 = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    pairwise: { p: r3(pp), r: r3(pr), f1: r3(f1(pp, pr)) },
    bcubed: { p: r3(bp), r: r3(br), f1: r3(f1(bp, br)) },
    clusters: pSize.size,
  };
}

export function runOurs(records: GoldRecord[]): Map<string, string> {
  const index = new EventIndex();
  const out = new Map<string, string>();
  for (const r of records) out.set(r.id, index.ingest({ id: r.id, title: r.title, text: r.text ?? '', outlet: r.outlet, date: r.date ?? null }));
  return out;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) { this.parent = Array.from({ length: n }, (_, i) => i); }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[i] !== r) { const next = this.parent[i] as number; this.parent[i] = r; i = next; }
    return r;
  }
  union(a: number, b: number): void { this.parent[this.find(a)] = this.find(b); }
}

const headlineWords = (t: string): Set<string> => new Set(t.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);

/** Peer baseline 1: headline word Jaccard ≥ 0.25, clusters by union-find (as in CrossCheckNews). */
export function runJaccardBaseline(records: GoldRecord[]): Map<string, string> {
  const sets = records.map((r) => headlineWords(r.title));
  const uf = new UnionFind(records.length);
  for (let i = 0; i < records.length; i++) {
    const a = sets[i] as Set<string>;
    for (let j = i + 1; j < records.length; j++) {
      const b = sets[j] as Set<string>;
      let inter = 0;
      for (const w of a) if (b.has(w)) inter++;
      const union = a.size + b.size - inter;
      if (union && inter / union >= 0.25) uf.union(i, j);
    }
  }
  return new Map(records.map((r, i) => [r.id, `j${uf.find(i)}`]));
}

/**
 * Peer baseline 2: IDF-weighted token overlap (as described in Provenance PR #257):
 * IDF from the set itself, each article joins the earlier article with the highest
 * overlap share (weighted overlap / smaller weighted size) when it reaches 0.3.
 */
export function runIdfOverlapBaseline(records: GoldRecord[]): Map<string, string> {
  const docs = records.map((r) => new Set(tokenize(`${r.title} ${r.text ?? ''}`).filter((t) => !t.num).map((t) => t.stem)));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d) df.set(t, (df.get(t) ?? 0) + 1);
  const w = (t: string): number => Math.log(records.length / (df.get(t) ?? 1));
  const mass = docs.map((d) => [...d].reduce((s, t) => s + w(t), 0));
  const uf = new UnionFind(records.length);
  for (let i = 0; i < docs.length; i++) {
    let best = -1;
    let bestScore = 0.3;
    for (let j = 0; j < i; j++) {
      let inter = 0;
      for (const t of docs[i] as Set<string>) if ((docs[j] as Set<string>).has(t)) inter += w(t);
      const s = inter / Math.max(1e-9, Math.min(mass[i] as number, mass[j] as number));
      if (s >= bestScore) { bestScore = s; best = j; }
    }
    if (best >= 0) uf.union(i, best);
  }
  return new Map(records.map((r, i) => [r.id, `o${uf.find(i)}`]));
}

/** Reference figures from eval/README.md. */
const README_FIGURES: Record<string, Record<string, string>> = {
  'events-allsides-dev.jsonl': { jaccard: 'pairwise F1 0.34, B-cubed F1 0.68', idfOverlap: 'pairwise F1 0.43, B-cubed F1 0.72' },
  'events-uci-dev.jsonl': { jaccard: 'pairwise F1 0.09, B-cubed F1 0.52' },
};

export async function evaluateEvents(opts: { sets?: string[]; baselines?: boolean } = {}): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const name of opts.sets ?? DEV_SETS) {
    const file = path.isAbsolute(name) ? name : path.join(SHARED_EVAL, name);
    if (!existsSync(file)) { out[name] = { skipped: 'missing' }; continue; }
    const records = readJsonl<GoldRecord>(file);
    const gold = new Map(records.map((r) => [r.id, r.event]));
    const res: Record<string, unknown> = { articles: records.length, goldEvents: new Set(gold.values()).size, ours: score(runOurs(records), gold) };
    if (opts.baselines !== false) {
      res.jaccardBaseline = score(runJaccardBaseline(records), gold);
      // The O(n²) overlap baseline is only run on the small set.
      if (records.length <= 2000) res.idfOverlapBaseline = score(runIdfOverlapBaseline(records), gold);
      res.readme = README_FIGURES[name] ?? {};
    }
    out[name] = res;
  }
  return out;
}

async function main(argv: string[]): Promise<void> {
  const arg = (k: string): string | undefined => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : undefined; };
  const predFile = arg('--pred');
  const goldFile = arg('--gold');
  if (predFile && goldFile) {
    const pred = new Map(readJsonl<{ id: string; event: string }>(predFile).map((r) => [String(r.id), String(r.event)]));
    const gold = new Map(readJsonl<GoldRecord>(goldFile).map((r) => [String(r.id), String(r.event)]));
    console.log(JSON.stringify(score(pred, gold), null, 2));
    return;
  }
  const sets = goldFile ? [path.resolve(goldFile)] : undefined;
  console.log(JSON.stringify(await evaluateEvents({ sets, baselines: !argv.includes('--no-baselines') }), null, 2));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((err: unknown) => { console.error(err); process.exitCode = 1; });
}
