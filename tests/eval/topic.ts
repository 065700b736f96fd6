/**
 * Topic evaluation on a labeled set (`../shared/eval/topic-dev.jsonl` by default).
 *
 *   npx tsx tests/eval/topic.ts [--pred FILE] [--gold FILE] [--errors]
 *
 * Without --pred, predictions come from `scoreTopic` with the default topic; with it,
 * from a file in the CLI's output format (`{"id", "on_topic", ...}` per line).
 * Prints CORE recall, OFF false-positive rate, RELATED positive rate, the same per
 * `kind`, and the peer baseline ("Hamas" or "Gaza" anywhere) on the same set.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ISRAEL_HAMAS_WAR } from '../../utils/topic/defaultTopics';
import { scoreTopic } from '../../utils/topic/score';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_GOLD = path.resolve(REPO, '../shared/eval/topic-dev.jsonl');
export const CORPUS = path.resolve(REPO, '../shared/data/corpus/allsides-articles.jsonl.gz');

export interface GoldItem {
  id: string;
  kind: string;
  title: string;
  text: string;
  date?: string;
  label: 'CORE' | 'RELATED' | 'OFF';
}

export interface Rates {
  n: number;
  coreRecall: number | null;
  offFalsePositiveRate: number | null;
  relatedPositiveRate: number | null;
  core: number;
  off: number;
  related: number;
}

function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function loadGold(file: string = DEFAULT_GOLD): GoldItem[] {
  return readJsonl<GoldItem>(file);
}

/** Our prediction for one labeled item. */
export function predict(item: Pick<GoldItem, 'title' | 'text' | 'date'>): boolean {
  return scoreTopic(ISRAEL_HAMAS_WAR, { title: item.title, text: item.text, date: item.date }).onTopic;
}

/**
 * The peer baseline: "Hamas" or "Gaza" anywhere, case-insensitive, at a word start
 * (so "Bahamas" does not count; "Gazans" does). Reproduces the README's 0.84 / 2.3%.
 */
export function baselinePredict(item: Pick<GoldItem, 'title' | 'text'>): boolean {
  return /\b(?:hamas|gaza)/i.test(`${item.title ?? ''} ${item.text ?? ''}`);
}

export function rates(items: readonly GoldItem[], pred: (it: GoldItem) => boolean): Rates {
  let core = 0;
  let coreHit = 0;
  let off = 0;
  let offHit = 0;
  let rel = 0;
  let relHit = 0;
  for (const it of items) {
    const p = pred(it);
    if (it.label === 'CORE') {
      core++;
      if (p) coreHit++;
    } else if (it.label === 'OFF') {
      off++;
      if (p) offHit++;
    } else {
      rel++;
      if (p) relHit++;
    }
  }
  const r = (a: number, b: number): number | null => (b ? Math.round((a / b) * 10000) / 10000 : null);
  return {
    n: items.length,
    coreRecall: r(coreHit, core),
    offFalsePositiveRate: r(offHit, off),
    relatedPositiveRate: r(relHit, rel),
    core,
    off,
    related: rel,
  };
}

export interface TopicEvaluation {
  gold: string;
  ours: Rates;
  byKind: Record<string, Rates>;
  baseline: Rates;
  baselineByKind: Record<string, Rates>;
  targets: { coreRecall: number; offFalsePositiveRate: number };
  meetsTargets: boolean;
}

export function evaluateItems(
  gold: readonly GoldItem[],
  pred: (it: GoldItem) => boolean,
  goldName: string,
): TopicEvaluation {
  const kinds = [...new Set(gold.map((g) => g.kind))].sort();
  const byKind: Record<string, Rates> = {};
  const baselineByKind: Record<string, Rates> = {};
  for (const k of kinds) {
    const sub = gold.filter((g) => g.kind === k);
    byKind[k] = rates(sub, pred);
    baselineByKind[k] = rates(sub, baselinePredict);
  }
  const ours = rates(gold, pred);
  const targets = { coreRecall: 0.95, offFalsePositiveRate: 0.02 };
  return {
    gold: goldName,
    ours,
    byKind,
    baseline: rates(gold, baselinePredict),
    baselineByKind,
    targets,
    meetsTargets:
      (ours.coreRecall ?? 1) >= targets.coreRecall && (ours.offFalsePositiveRate ?? 0) <= targets.offFalsePositiveRate,
  };
}

/** Entry point for `tests/eval/run.ts`: figures on the dev set. */
export async function evaluateTopic(opts: { gold?: string; pred?: string } = {}): Promise<TopicEvaluation> {
  const goldFile = opts.gold ?? DEFAULT_GOLD;
  const gold = loadGold(goldFile);
  let pred: (it: GoldItem) => boolean = predict;
  if (opts.pred) {
    const byId = new Map<string, boolean>();
    for (const p of readJsonl<{ id: string; on_topic?: boolean; onTopic?: boolean }>(opts.pred)) {
      byId.set(String(p.id), Boolean(p.on_topic ?? p.onTopic));
    }
    pred = (it) => byId.get(String(it.id)) ?? false;
  }
  return evaluateItems(gold, pred, path.relative(REPO, goldFile));
}

export interface CorpusFlags {
  articles: number;
  flagged: number;
  flagRate: number;
  /** Topics on which the flags fall (AllSides labels). */
  byTopic: Record<string, { articles: number; flagged: number }>;
  /** Flags outside the AllSides topics where the war is expected (israel, palestine, middle_east...). */
  flaggedElsewhere: number;
  examplesElsewhere: string[];
}

/** Topics of the AllSides corpus where an Israel–Gaza article is expected. */
const EXPECTED_TOPICS = new Set(['israel', 'palestine', 'middle_east', 'world', 'foreign_policy', 'terrorism']);

/** Flag rate of the default topic on the AllSides corpus (mostly off-topic US news, 2012–2020). */
export async function corpusFlags(file: string = CORPUS, limit = Infinity): Promise<CorpusFlags> {
  const rl = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const byTopic: CorpusFlags['byTopic'] = {};
  let articles = 0;
  let flagged = 0;
  let elsewhere = 0;
  const examples: string[] = [];
  for await (const line of rl) {
    if (!line.trim()) continue;
    if (articles >= limit) break;
    const r = JSON.parse(line) as { topic: string; title: string; content_original: string; date?: string; source?: string };
    articles++;
    const t = (byTopic[r.topic] ??= { articles: 0, flagged: 0 });
    t.articles++;
    const s = scoreTopic(ISRAEL_HAMAS_WAR, { title: r.title, text: r.content_original, date: r.date });
    if (!s.onTopic) continue;
    flagged++;
    t.flagged++;
    if (!EXPECTED_TOPICS.has(r.topic)) {
      elsewhere++;
      if (examples.length < 40) examples.push(`${s.score.toFixed(2)} [${r.topic}] ${r.date ?? ''} ${r.title}`);
    }
  }
  return {
    articles,
    flagged,
    flagRate: articles ? Math.round((flagged / articles) * 100000) / 100000 : 0,
    byTopic,
    flaggedElsewhere: elsewhere,
    examplesElsewhere: examples,
  };
}

function fmt(r: Rates): string {
  const pct = (x: number | null): string => (x === null ? '  -  ' : `${(x * 100).toFixed(1)}%`);
  return `CORE recall ${pct(r.coreRecall)} (${r.core})  OFF FP ${pct(r.offFalsePositiveRate)} (${r.off})  RELATED pos ${pct(r.relatedPositiveRate)} (${r.related})`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const gold = opt('--gold');
  const pred = opt('--pred');
  const ev = await evaluateTopic({ gold, pred });
  console.log(`Topic evaluation on ${ev.gold}${pred ? ` (predictions: ${pred})` : ''}`);
  console.log(`  ours      ${fmt(ev.ours)}`);
  for (const [k, r] of Object.entries(ev.byKind)) console.log(`    ${k.padEnd(9)}${fmt(r)}`);
  console.log(`  baseline  ${fmt(ev.baseline)}   ("Hamas" or "Gaza" anywhere)`);
  for (const [k, r] of Object.entries(ev.baselineByKind)) console.log(`    ${k.padEnd(9)}${fmt(r)}`);
  console.log(`  targets: CORE recall >= 95%, OFF FP <= 2%: ${ev.meetsTargets ? 'met' : 'NOT met'}`);
  if (args.includes('--corpus')) {
    const c = await corpusFlags();
    console.log(`Corpus ${path.relative(REPO, CORPUS)}: ${c.flagged}/${c.articles} flagged (${(c.flagRate * 100).toFixed(2)}%)`);
    const top = Object.entries(c.byTopic)
      .filter(([, v]) => v.flagged > 0)
      .sort((a, b) => b[1].flagged - a[1].flagged);
    console.log('  by AllSides topic: ' + top.map(([k, v]) => `${k} ${v.flagged}/${v.articles}`).join(', '));
    console.log(`  flagged outside ${[...EXPECTED_TOPICS].join('/')}: ${c.flaggedElsewhere}`);
    for (const e of c.examplesElsewhere) console.log(`    ${e}`);
  }
  if (args.includes('--errors') && !pred) {
    for (const it of loadGold(gold ?? DEFAULT_GOLD)) {
      const s = scoreTopic(ISRAEL_HAMAS_WAR, { title: it.title, text: it.text, date: it.date });
      const wrong = (it.label === 'CORE' && !s.onTopic) || (it.label === 'OFF' && s.onTopic);
      const rel = it.label === 'RELATED' && args.includes('--related');
      if (!wrong && !rel) continue;
      const rs = s.reasons.slice(0, 6).map((r) => `${r.term}@${r.where}:${r.weight}x${r.count}`).join(' ');
      console.log(`${it.label} ${s.onTopic ? 'ON ' : 'off'} ${s.score.toFixed(2)} ${it.kind} ${it.date ?? ''} | ${it.title.slice(0, 90)} | ${rs}`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
