/**
 * Precision of each attribution rule on PolNeAR *train* (unseen by the dev scorer).
 *
 *   npx tsx tests/eval/attribution-train.ts [--rule PREFIX] [--show N] [--calibrate]
 *
 * Train has no source-type labels, so a flag is judged by the annotated
 * attributions it overlaps (source + cue + content span), with the source string
 * judged by attribution-judge.ts: right when one of them has an unnamed source
 * (or none at all), ambiguous when the best it overlaps is a pronoun or a bare
 * plural, wrong otherwise (a named source, or no attribution at all).
 * Precision = right / (right + wrong); ambiguous flags are counted apart.
 * Files annotated by several annotators are read with one annotator (the first).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeTextTraced } from '../../utils/attribution';
import { judgeSource, type Verdict } from './attribution-judge';
import { SHARED } from './attribution';

const TRAIN = path.join(SHARED, 'data', 'polnear-train');

interface TrainAttr {
  start: number;
  end: number;
  source: string | null;
  verdict: Verdict;
}

export function readTrain(): Map<string, TrainAttr[]> {
  const byFile = new Map<string, TrainAttr[]>();
  const annot = new Map<string, string>();
  for (const line of fs.readFileSync(path.join(TRAIN, 'attributions-train.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { file: string; annotator: string; source: string | null; source_spans: number[][]; cue_spans: number[][]; content_spans: number[][] };
    const a = annot.get(d.file);
    if (a === undefined) annot.set(d.file, d.annotator);
    else if (a !== d.annotator) continue;
    const spans = [...(d.source_spans ?? []), ...(d.cue_spans ?? []), ...(d.content_spans ?? [])];
    if (spans.length === 0) continue;
    const start = Math.min(...spans.map((x) => x[0]!));
    const end = Math.max(...spans.map((x) => x[1]!));
    const list = byFile.get(d.file) ?? [];
    list.push({ start, end, source: d.source, verdict: judgeSource(d.source) });
    byFile.set(d.file, list);
  }
  return byFile;
}

export interface RuleFigures {
  right: number;
  ambiguous: number;
  wrong: number;
  precision: number | null;
}

export function trainPrecision(show = 0, rulePrefix = ''): Record<string, RuleFigures> {
  const gold = readTrain();
  const out: Record<string, RuleFigures> = {};
  const shown: Record<string, number> = {};
  for (const [file, attrs] of gold) {
    const text = fs.readFileSync(path.join(TRAIN, 'text', `${file}.txt`), 'utf8');
    for (const c of analyzeTextTraced(text)) {
      if (c.type !== 'anonymous' && c.type !== 'vague') continue;
      const hits = attrs.filter((g) => g.start < c.end && c.start < g.end);
      const v = hits.some((g) => g.verdict === 'unnamed') ? 'right' : hits.some((g) => g.verdict === 'ambiguous') ? 'ambiguous' : 'wrong';
      const rule = c.rule.replace(/^quote>/, '');
      const f = (out[rule] ??= { right: 0, ambiguous: 0, wrong: 0, precision: null });
      f[v]++;
      if (show > 0 && v !== 'right' && rule.startsWith(rulePrefix) && rulePrefix !== '' && (shown[rule] = (shown[rule] ?? 0) + 1) <= show) {
        console.log(`${v.toUpperCase()} ${rule} ${c.reason}\n   ${text.slice(c.start, c.end).replace(/\s+/g, ' ').slice(0, 240)}\n   gold: ${hits.map((g) => `${g.verdict}:${JSON.stringify(g.source)}`).join(' ') || '-'}`);
      }
    }
  }
  for (const f of Object.values(out)) f.precision = f.right + f.wrong === 0 ? null : f.right / (f.right + f.wrong);
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const get = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const res = trainPrecision(Number(get('--show') ?? 0), get('--rule') ?? '');
  const rows = Object.entries(res).sort((a, b) => b[1].right + b[1].wrong - (a[1].right + a[1].wrong));
  let R = 0, A = 0, W = 0;
  console.log('rule                                      right  amb  wrong  precision');
  for (const [rule, f] of rows) {
    R += f.right; A += f.ambiguous; W += f.wrong;
    console.log(`${rule.padEnd(42)}${String(f.right).padStart(5)}${String(f.ambiguous).padStart(5)}${String(f.wrong).padStart(7)}  ${f.precision === null ? '-' : f.precision.toFixed(2)}`);
  }
  console.log(`${'ALL'.padEnd(42)}${String(R).padStart(5)}${String(A).padStart(5)}${String(W).padStart(7)}  ${(R / (R + W)).toFixed(2)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
