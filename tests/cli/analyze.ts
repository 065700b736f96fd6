/**
 * CLI: npm run --silent analyze -- FILE.jsonl
 * Reads records {id, text, title?} line by line (streaming: files can be large)
 * and writes one JSON line per record: {"id", "claims": [...]} with UTF-16
 * offsets into the record's `text`. A malformed line is reported on stderr and
 * skipped; processing continues.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { analyzeText } from '../../utils/attribution';

interface InputRecord {
  id?: unknown;
  text?: unknown;
  title?: unknown;
  outlet?: unknown;
}

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((a) => a !== '--');
  const input = file && file !== '-' ? fs.createReadStream(file, { encoding: 'utf8' }) : process.stdin;
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let rec: InputRecord;
    try {
      rec = JSON.parse(line) as InputRecord;
    } catch (e) {
      process.stderr.write(`line ${lineNo}: invalid JSON (${(e as Error).message})\n`);
      continue;
    }
    if (rec === null || typeof rec !== 'object' || typeof rec.text !== 'string') {
      process.stderr.write(`line ${lineNo}: record without a string "text" field\n`);
      continue;
    }
    const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? rec.id : null;
    try {
      const claims = analyzeText(rec.text, {
        ...(typeof rec.title === 'string' ? { title: rec.title } : {}),
        // An optional publishing outlet: reports credited to it are its own reporting.
        ...(typeof rec.outlet === 'string' && rec.outlet ? { outlets: [rec.outlet] } : {}),
      });
      const out = claims.map((c) => ({ start: c.start, end: c.end, type: c.type, source: c.source, cue: c.cue, reason: c.reason }));
      if (!process.stdout.write(JSON.stringify({ id, claims: out }) + '\n')) {
        await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
      }
    } catch (e) {
      process.stderr.write(`line ${lineNo}: analysis failed for id ${String(id)}: ${(e as Error).message}\n`);
    }
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
