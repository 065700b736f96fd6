/**
 * Topic CLI: scores JSON Lines records against the default topic.
 *
 *   npm run --silent topic -- FILE.jsonl      (or "-" / no argument for stdin)
 *
 * Input lines: {"id", "title", "text", "date"?, "lede"?}. Output, one line per record:
 * {"id", "topic", "score", "on_topic", "reasons"}. Streams; a malformed line is
 * reported on stderr with its line number and skipped.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { ISRAEL_HAMAS_WAR } from '../../utils/topic/defaultTopics';
import { scoreTopic, type TopicDoc } from '../../utils/topic/score';

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const input = !file || file === '-' ? process.stdin : fs.createReadStream(file);
  input.on('error', (e: Error) => {
    console.error(`topic: cannot read ${file}: ${e.message}`);
    process.exit(2);
  });
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let errors = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      errors++;
      console.error(`topic: line ${lineNo}: invalid JSON (${(e as Error).message})`);
      continue;
    }
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
      errors++;
      console.error(`topic: line ${lineNo}: expected a JSON object`);
      continue;
    }
    const r = rec as Record<string, unknown>;
    const doc: TopicDoc = { title: str(r.title) ?? '', text: str(r.text) ?? '' };
    const date = str(r.date);
    if (date) doc.date = date;
    const lede = str(r.lede);
    if (lede !== undefined) doc.lede = lede;
    const s = scoreTopic(ISRAEL_HAMAS_WAR, doc);
    const out = { id: r.id ?? null, topic: s.topicId, score: s.score, on_topic: s.onTopic, reasons: s.reasons };
    if (!process.stdout.write(JSON.stringify(out) + '\n')) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
  if (errors > 0) console.error(`topic: ${errors} malformed line(s) skipped`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
