/**
 * Store benchmark (Node + fake-indexeddb): fill the store with N articles
 * replayed from the AllSides corpus (read from ../shared at run time, never
 * copied), then time the queries the extension runs. fake-indexeddb is a
 * pure-JS IndexedDB, so absolute figures are indicative only; the indexed vs
 * full-scan ratio is the point.
 *
 *   npx tsx tests/bench/store.ts --n 100000
 */
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGunzip } from 'node:zlib';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import {
  buildRecords, findCandidateEvents, getEventWithArticles, jsonBytes, listArticles, openDatabase, queryTokens,
  upsertAnalyzedArticle, type ArticleRecord, type OutletRecord, type SecondSourceDB, type StoredEvent,
} from '../../utils/store';
import { emptyCounts } from '../../utils/store/db';
import type { AnalyzedArticle, Claim, ClaimType } from '../../utils/types';
import { CLAIM_TYPES } from '../../utils/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = path.resolve(here, '../../../shared/data/corpus/allsides-articles.jsonl.gz');

interface Row { id: string; topic: string; source: string; date: string | null; title: string; text: string }

async function readCorpus(): Promise<Row[]> {
  const rows: Row[] = [];
  const lines = createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    const date = typeof r.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? r.date : null;
    rows.push({
      id: String(r.ID ?? rows.length),
      topic: String(r.topic ?? 'none'),
      source: String(r.source ?? 'unknown'),
      date,
      title: String(r.title ?? ''),
      // Copied, not sliced: a V8 slice keeps the whole parent string (the full article) alive.
      text: Buffer.from(String(r.content_original ?? '').slice(0, 600)).toString(),
    });
  }
  return rows;
}

// Synthetic claims: the first sentences, typed in rotation, so every type and size occurs.
const ROTATION: ClaimType[] = ['named', 'anonymous', 'institutional', 'vague', 'report'];

function toArticle(row: Row, rep: number, i: number): AnalyzedArticle {
  const claims: Claim[] = [];
  const re = /[^.!?]+[.!?]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(row.text)) && claims.length < 4) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].length;
    const words = row.text.slice(start, end).split(/\s+/).slice(0, 3).join(' ');
    const type = ROTATION[(i + claims.length) % ROTATION.length] as ClaimType;
    claims.push({ start, end, type, source: { start, end: start + words.length, text: words }, cue: null, reason: `${type}: '${words}'` });
  }
  return {
    url: `https://bench${rep}.example.com/${row.topic}/${row.id}`,
    canonicalUrl: null,
    title: row.title,
    byline: null,
    outlet: row.source,
    originalOutlet: null,
    publishedAt: row.date,
    lang: 'en',
    text: row.text,
    excerpt: row.text.slice(0, 200),
    wordCount: row.text.split(/\s+/).length,
    claims,
    topics: [{ topicId: row.topic, topic: row.topic, score: 1, onTopic: true, reasons: [] }],
    analyzerVersion: 'bench',
  };
}

function titleKeys(row: Row): string[] {
  return [...new Set(queryTokens(row.title).filter((t) => t.length > 4))].slice(0, 4).concat(`topic:${row.topic}`);
}

/** Synthetic events: one per topic and week, so an event has several outlets' articles like a real story. */
function eventIdOf(row: Row, rep: number): string {
  const week = row.date ? Math.floor(Date.parse(row.date) / (7 * 86_400_000)) : 'undated';
  return `${rep}:${row.topic}:${week}`;
}

function quantiles(xs: number[]): { p50: number; p95: number; n: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => Number((s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN).toFixed(3));
  return { p50: at(0.5), p95: at(0.95), n: s.length };
}

async function timeEach(n: number, fn: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number; n: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  return quantiles(times);
}

/** Bulk fill through the same record builder as the write path (one transaction per batch, for speed). */
async function fill(db: SecondSourceDB, rows: Row[], n: number): Promise<{ events: Map<string, StoredEvent>; footprints: number[] }> {
  const events = new Map<string, StoredEvent>();
  const outlets = new Map<string, OutletRecord>();
  const footprints: number[] = [];
  const BATCH = 2000;
  for (let base = 0; base < n; base += BATCH) {
    const built: ReturnType<typeof buildRecords>[] = [];
    for (let i = base; i < Math.min(n, base + BATCH); i++) {
      const row = rows[i % rows.length] as Row;
      const rep = Math.floor(i / rows.length);
      const eventId = eventIdOf(row, rep);
      const keys = titleKeys(row);
      const r = buildRecords(toArticle(row, rep, i), { saved: i % 50 === 0, now: 1_700_000_000_000 + i * 1000, eventId, keys });
      built.push(r);
      const ev = events.get(eventId) ?? { id: eventId, title: row.title, keys: [], start: row.date, end: row.date, outlets: [], articleCount: 0 };
      if (row.date && (!ev.start || row.date < ev.start)) ev.start = row.date;
      if (row.date && (!ev.end || row.date > ev.end)) ev.end = row.date;
      ev.keys = [...new Set([...ev.keys, ...keys])].slice(0, 24);
      if (!ev.outlets.includes(row.source)) ev.outlets.push(row.source);
      ev.articleCount++;
      events.set(eventId, ev);
      const o = outlets.get(row.source) ?? { name: row.source, articleCount: 0, counts: emptyCounts() };
      o.articleCount++;
      for (const t of CLAIM_TYPES) o.counts[t] += r.article.counts[t];
      outlets.set(row.source, o);
    }
    await db.transaction('rw', [db.articles], async () => {
      const ids = await db.articles.bulkAdd(built.map((b) => b.article as ArticleRecord), { allKeys: true });
      built.forEach((b, j) => {
        if (b.article.saved === 0 && footprints.length < 5000) footprints.push(jsonBytes({ ...b.article, id: ids[j] as number }));
      });
    });
  }
  await db.events.bulkPut([...events.values()]);
  await db.outlets.bulkPut([...outlets.values()]);
  return { events, footprints };
}

export async function benchStore(opts: { n?: number; samples?: number } = {}): Promise<Record<string, unknown>> {
  const n = opts.n ?? 10_000;
  const samples = opts.samples ?? 200;
  if (!existsSync(CORPUS)) return { skipped: `corpus not found at ${CORPUS}` };
  const rows = await readCorpus();
  const db = openDatabase('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  const t0 = performance.now();
  const { events, footprints } = await fill(db, rows, n);
  const fillMs = performance.now() - t0;
  const eventIds = [...events.keys()];
  // Deterministic pseudo-random picks so runs are comparable.
  let seed = 42;
  const rand = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % k);
  const pickRow = () => rows[rand(Math.min(n, rows.length))] as Row;
  const wordOf = (row: Row) => queryTokens(row.title).filter((t) => t.length > 4)[0] ?? 'israel';

  const store = await timeEach(samples, (i) => upsertAnalyzedArticle(db, toArticle(pickRow(), 999, i), { now: 1_800_000_000_000 + i }));
  const popup = await timeEach(samples, () => getEventWithArticles(db, eventIds[rand(eventIds.length)] as string));
  const candidates = await timeEach(samples, () => {
    const row = pickRow();
    return findCandidateEvents(db, titleKeys(row), row.date, 21, 50);
  });
  const search = await timeEach(samples, () => listArticles(db, { text: wordOf(pickRow()), limit: 50 }));
  const scans = Math.min(3, samples); // a full scan at 100k takes seconds
  const scanSearch = await timeEach(scans, async () => {
    const w = wordOf(pickRow());
    const all = await db.articles.toArray();
    return all.filter((a) => a.title.toLowerCase().includes(w)).slice(0, 50);
  });
  const scanPopup = await timeEach(scans, async () => {
    const id = eventIds[rand(eventIds.length)];
    const all = await db.articles.toArray();
    return all.filter((a) => a.eventId === id);
  });
  const fp = quantiles(footprints);
  const sample = await db.articles.limit(2000).toArray();
  const termsPerArticle = Math.round(sample.reduce((s, a) => s + a.terms.length, 0) / Math.max(1, sample.length));
  const mem = process.memoryUsage();
  const result = {
    n,
    articles: await db.articles.count(),
    claims: (await db.articles.toArray()).reduce((s, a) => s + a.claims.length, 0),
    events: eventIds.length,
    fillSeconds: Number((fillMs / 1000).toFixed(1)),
    ms: { storeOne: store, popupEvent: popup, findCandidateEvents: candidates, searchIndexed: search, searchFullScan: scanSearch, popupFullScan: scanPopup },
    footprintBytes: { mean: Math.round(footprints.reduce((s, x) => s + x, 0) / footprints.length), p50: fp.p50, p95: fp.p95, max: Math.max(...footprints), sampled: footprints.length },
    // Index entries are not in the JSON footprint but cost disk: one per term in the *terms index.
    termsPerArticle,
    heapMB: Math.round(mem.heapUsed / 2 ** 20),
    rssMB: Math.round(mem.rss / 2 ** 20),
  };
  db.close();
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--n');
  const n = at > 0 ? Number(process.argv[at + 1]) : 10_000;
  benchStore({ n }).then((r) => console.log(JSON.stringify(r, null, 2)), (e) => { console.error(e); process.exit(1); });
}
