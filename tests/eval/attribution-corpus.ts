/**
 * Unlabeled held-out check of the analyzer: its unnamed-source flags on real articles
 * from the corpus (../shared/data/corpus), written as one line per flag, so two
 * versions of the analyzer can be compared flag by flag and every change read by hand.
 *
 *   npx tsx tests/eval/attribution-corpus.ts --n 5000 --out /tmp/flags-new.tsv
 *   npx tsx tests/eval/attribution-corpus.ts --n 5000 --against /tmp/flags-old.tsv
 *   npx tsx tests/eval/attribution-corpus.ts --on-topic     every flag on the corpus's on-topic articles
 *   ... --types anonymous,vague,report                        which claim types count as flags (default: the unnamed ones)
 *
 * With --against, prints the flags that appeared (+) and disappeared (-) since that file.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { analyzeText } from '../../utils/attribution';
import { ISRAEL_HAMAS_WAR, scoreTopic } from '../../utils/topic';
import { SHARED } from '../unit/attribution/helpers';

interface CorpusRecord { content_original?: string; title?: string; date?: string; source?: string }

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Flags of the given claim types on the first `n` corpus articles (only those on the default topic when `onTopic`). */
export function corpusFlags(n: number, onTopic = false, types: readonly string[] = ['anonymous', 'vague']): string[] {
  const file = path.join(SHARED, 'data', 'corpus', 'allsides-articles.jsonl.gz');
  const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length && i < n; i++) {
    const line = lines[i];
    if (!line) continue;
    const r = JSON.parse(line) as CorpusRecord;
    const text = r.content_original ?? '';
    if (onTopic && !scoreTopic(ISRAEL_HAMAS_WAR, { title: r.title, text, date: r.date }).onTopic) continue;
    for (const c of analyzeText(text, { title: r.title, ...(r.source ? { outlets: [r.source] } : {}) })) {
      if (!types.includes(c.type)) continue;
      const sentence = text.slice(c.start, c.end).replace(/\s+/g, ' ').slice(0, 220);
      out.push(`${i}\t${c.type}\t${c.source?.text ?? ''}\t${sentence}`);
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const onTopic = process.argv.includes('--on-topic');
  const n = Number(arg('n') ?? (onTopic ? Infinity : 5000));
  const flags = corpusFlags(n, onTopic, arg('types')?.split(','));
  const outFile = arg('out');
  const against = arg('against');
  if (outFile) fs.writeFileSync(outFile, `${flags.join('\n')}\n`);
  if (against) {
    const beforeLines = fs.readFileSync(against, 'utf8').split('\n').filter(Boolean);
    // The diff is of distinct lines (a flag repeated word for word in one article counts once); the totals count every flag.
    const before = new Set(beforeLines);
    const now = new Set(flags);
    const gone = [...before].filter((f) => !now.has(f));
    const added = flags.filter((f) => !before.has(f));
    for (const f of gone) console.log(`- ${f}`);
    for (const f of added) console.log(`+ ${f}`);
    console.log(`${n} articles: ${flags.length} flags now, ${beforeLines.length} before; ${added.length} new, ${gone.length} gone`);
  } else {
    if (onTopic) for (const f of flags) console.log(f);
    console.log(`${onTopic ? 'on-topic' : n} articles: ${flags.length} flags`);
  }
}
