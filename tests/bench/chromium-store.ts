/**
 * Store benchmark in real Chromium: the store filled with N auto-captured
 * articles in a real IndexedDB, then the ingest path, event matching and the
 * popup query timed where they run (the same store code the background service
 * worker runs, bundled into the page), each beside its naive full-scan
 * equivalent. By default the store part runs in a page origin served by
 * Playwright's router (same Chromium IndexedDB backend, no dependency on a
 * built extension); `--extension-origin` runs it in the built extension's
 * origin instead. A second fresh profile with `popupN` articles and the built
 * extension times opening popup.html until the analyzed view is in the DOM.
 *
 *   npx tsx tests/bench/chromium-store.ts --n 100000 [--popup-n 10000] [--samples 200] [--naive 10]
 *   npx tsx tests/bench/chromium-store.ts --n 1000000 --no-popup   (the 1M figure, ~30-40 min; 3 naive scans)
 *   npx tsx tests/bench/chromium-store.ts --node --n 100000           (same code over fake-indexeddb)
 *   npx tsx tests/bench/chromium-store.ts --n 1000000 --no-popup --profile /tmp/ss-1m [--fill-only]
 *       (fill once into a kept profile, then measure on a copy of it: the fill is ~1 h at 1M)
 *
 * The fill (bulkAdd in 2,000-article transactions through a second connection
 * with relaxed durability) is outside every measurement; naive full scans read
 * tables in 20,000-row chunks so that they fit in memory at 1M.
 *
 * Articles are the AllSides corpus (read from ../shared at run time, never
 * copied): title + whole body, analyzed with analyzeText in Node and
 * turned into records by buildRecords, the write path's own builder. Events
 * are assigned with the in-memory EventIndex in arrival (date) order, as the
 * background would have. Beyond 37,554 articles the corpus is replayed with
 * `?r=<n>` URLs and dates shifted past the previous replay, so each replay is
 * a new stretch of time with the same event structure.
 */
import { cpSync, createReadStream, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGunzip } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { analyzeText, ANALYZER_VERSION } from '../../utils/attribution/index.ts';
import { fingerprintArticle, ledeOf } from '../../utils/events/fingerprint.ts';
import { EventIndex } from '../../utils/events/match.ts';
import type { EventFingerprint, EventState } from '../../utils/events/types.ts';
import { buildRecords, jsonBytes } from '../../utils/store/records.ts';
import { emptyCounts, type OutletRecord } from '../../utils/store/db.ts';
import { normalizeUrl } from '../../utils/store/url.ts';
import { DEFAULT_TOPICS } from '../../utils/topic/defaultTopics.ts';
import { CLAIM_TYPES, type AnalyzedArticle } from '../../utils/types.ts';
import { launch, type Session } from '../e2e/harness.ts';
import type { BaseRecord, FillItem, StoreBench } from './browser/store-bench.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = path.resolve(here, '../../../shared/data/corpus/allsides-articles.jsonl.gz');
const DAY_MS = 86_400_000;
/** Clock of the first stored article; each later arrival is one minute after the previous. */
const T0 = Date.UTC(2024, 0, 1);
/** Captures measured on a store at its cap. */
const AT_CAP_SAMPLES = 200;

// ---------------------------------------------------------------- corpus

interface Row {
  id: string;
  source: string;
  url: string;
  date: string | null;
  byline: string | null;
  title: string;
  lede: string;
  /** The whole body: auto-capture stores the claims of the whole article, as the service does. */
  body: string;
}

/** YYYY-MM-DD from the corpus' ISO or M/D/YY dates. */
function parseDate(d: unknown): string | null {
  if (typeof d !== 'string') return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(d);
  if (iso) return iso[1] ?? null;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(d.trim());
  if (us) return `20${us[3]}-${us[1]?.padStart(2, '0')}-${us[2]?.padStart(2, '0')}`;
  return null;
}

async function readCorpus(): Promise<Row[]> {
  const rows: Row[] = [];
  const seen = new Set<string>();
  const lines = createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    const id = String(r.ID ?? rows.length);
    const source = String(r.source ?? 'unknown');
    let url = typeof r.url === 'string' && /^https?:\/\//.test(r.url) ? normalizeUrl(r.url) : '';
    // Duplicate or missing URLs would collapse into one record: give those a URL of their own.
    if (!url || seen.has(url)) url = `https://${source.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example/article/${id}`;
    seen.add(url);
    rows.push({
      id,
      source,
      url,
      date: parseDate(r.date),
      byline: typeof r.authors === 'string' && r.authors ? r.authors : null,
      // Copied, not sliced: a V8 slice keeps the whole article body alive.
      title: Buffer.from(String(r.title ?? '')).toString(),
      lede: Buffer.from(ledeOf(String(r.content_original ?? ''))).toString(),
      body: String(r.content_original ?? ''),
    });
  }
  return rows;
}

/** Arrival order: by date; undated articles take the date of a (deterministic) random dated one. */
function arrivalOrder(rows: Row[]): number[] {
  const dated = rows.filter((r) => r.date).map((r) => r.date as string);
  let s = 11;
  const rand = (k: number): number => ((s = (s * 1103515245 + 12345) % 2 ** 31), s % k);
  const key = rows.map((r) => r.date ?? dated[rand(dated.length)] ?? '');
  return rows.map((_, i) => i).sort((a, b) => (key[a] as string).localeCompare(key[b] as string) || a - b);
}

function shiftDay(day: string | null, days: number): string | null {
  if (!day || !days) return day;
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- preparation (Node)

interface Prepared {
  rows: Row[];
  order: number[];
  /** Days between replays: the corpus' date span plus a margin, so replays never overlap in time. */
  shiftDays: number;
  /** Per row index (only rows that are used): analysis, fingerprint, record. */
  analyzed: Map<number, AnalyzedArticle>;
  fps: Map<number, EventFingerprint>;
  records: Map<number, BaseRecord>;
  prepSeconds: number;
}

const TOPIC = DEFAULT_TOPICS[0];

function analyzeRow(r: Row): AnalyzedArticle {
  // As the content pipeline does (analyzedTextOf): title, blank line, body. The whole body, so
  // that each stored record carries the claims and search terms a real capture does (about 6
  // claims and 60 terms at the median; a lede alone gave 1 claim and 17 terms).
  const text = `${r.title}\n\n${r.body}`;
  return {
    url: r.url,
    canonicalUrl: null,
    title: r.title,
    byline: r.byline,
    outlet: r.source,
    originalOutlet: null,
    publishedAt: r.date,
    lang: 'en',
    text,
    excerpt: r.lede.slice(0, 200),
    wordCount: text.split(/\s+/).length,
    claims: analyzeText(text),
    topics: [{ topicId: TOPIC?.id ?? 'topic', topic: TOPIC?.name ?? 'topic', score: 1, onTopic: true, reasons: [] }],
    analyzerVersion: ANALYZER_VERSION,
  };
}

export async function prepare(upTo: number): Promise<Prepared> {
  const t0 = performance.now();
  const rows = await readCorpus();
  const order = arrivalOrder(rows);
  const dates = rows.flatMap((r) => (r.date ? [Date.parse(`${r.date}T00:00:00Z`)] : []));
  const span = Math.round((Math.max(...dates) - Math.min(...dates)) / DAY_MS);
  const prep: Prepared = { rows, order, shiftDays: span + 60, analyzed: new Map(), fps: new Map(), records: new Map(), prepSeconds: 0 };
  // Each distinct row is analyzed once; replays reuse the analysis (only url and date differ).
  for (let p = 0; p < Math.min(upTo, rows.length); p++) {
    const b = order[p] as number;
    const r = rows[b] as Row;
    const a = analyzeRow(r);
    const fp = fingerprintArticle({ title: a.title, text: a.text.slice(a.title.length), date: a.publishedAt, outlet: a.outlet });
    const { article, claims } = buildRecords(a, { saved: false, now: 0, eventId: null, keys: fp.keys });
    prep.analyzed.set(b, a);
    prep.fps.set(b, fp);
    prep.records.set(b, { article, claims });
  }
  prep.prepSeconds = (performance.now() - t0) / 1000;
  return prep;
}

/** Position `p` of the endless arrival stream: which row, which replay, its url and date. */
function at(prep: Prepared, p: number): { b: number; rep: number; url: string; date: string | null } {
  const m = prep.rows.length;
  const rep = Math.floor(p / m);
  const b = prep.order[p % m] as number;
  const r = prep.rows[b] as Row;
  let url = r.url;
  if (rep > 0) {
    const u = new URL(url);
    u.searchParams.set('r', String(rep));
    url = normalizeUrl(u.toString());
  }
  return { b, rep, url, date: shiftDay(r.date, rep * prep.shiftDays) };
}

export function articleAt(prep: Prepared, p: number): AnalyzedArticle {
  const { b, url, date } = at(prep, p);
  const a = prep.analyzed.get(b);
  if (!a) throw new Error(`row ${b} not prepared`);
  return { ...a, url, publishedAt: date };
}

interface EventRun {
  events: EventState[];
  /** Event id (within the run) of each position. */
  local: string[];
}

/** Assign events with the in-memory index, in arrival order, over the first `count` rows of a replay. */
function runEvents(prep: Prepared, count: number): EventRun {
  const idx = new EventIndex();
  const local: string[] = [];
  for (let q = 0; q < count; q++) {
    const b = prep.order[q] as number;
    const fp = prep.fps.get(b);
    if (!fp) throw new Error(`row ${b} not prepared`);
    local.push(idx.ingestFingerprint(fp, prep.rows[b]?.source));
  }
  return { events: [...idx.events.values()], local };
}

interface FillPlan {
  n: number;
  full: EventRun | null;
  partial: EventRun | null;
  fullReps: number;
  eventOf(p: number): string;
}

export function planFill(prep: Prepared, n: number): FillPlan {
  const m = prep.rows.length;
  const fullReps = Math.floor(n / m);
  const full = fullReps > 0 ? runEvents(prep, m) : null;
  const partial = n % m > 0 ? runEvents(prep, n % m) : null;
  return {
    n,
    full,
    partial,
    fullReps,
    eventOf(p: number): string {
      const rep = Math.floor(p / m);
      const run = rep < fullReps ? full : partial;
      return `r${rep}:${run?.local[p % m] ?? '?'}`;
    },
  };
}

// ---------------------------------------------------------------- stats

interface Q { n: number; p50: number; p95: number; mean: number; max: number }

export function quantiles(xs: number[], digits = 2): Q {
  const s = [...xs].sort((a, b) => a - b);
  const r = (x: number | undefined): number => Number((x ?? NaN).toFixed(digits));
  const q = (f: number): number => r(s[Math.min(s.length - 1, Math.ceil(f * s.length) - 1)]);
  return { n: s.length, p50: q(0.5), p95: q(0.95), mean: r(s.reduce((a, b) => a + b, 0) / (s.length || 1)), max: r(s[s.length - 1]) };
}

const median = (xs: number[]): number => quantiles(xs).p50;

// ---------------------------------------------------------------- the page side

let bundled: string | null = null;

export async function benchBundle(): Promise<string> {
  if (bundled) return bundled;
  const out = await build({
    entryPoints: [path.join(here, 'browser/entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    keepNames: false,
    logLevel: 'silent',
  });
  bundled = out.outputFiles[0]?.text ?? '';
  return bundled;
}

/**
 * A uniform async interface over the bench object, wherever it lives: in a
 * Chromium page (calls go through CDP; arguments are JSON strings to keep
 * Playwright's serializer out of the way) or in this Node process.
 */
type Call = <K extends keyof StoreBench>(name: K, ...args: Parameters<StoreBench[K]>) => Promise<Awaited<ReturnType<StoreBench[K]>>>;

export function pageCaller(page: Page): Call {
  // Inline arrow functions only: named ones would pick up tsx's __name() helper, unknown in the page.
  return ((name: string, ...args: unknown[]) =>
    page.evaluate(
      ({ name: fn, args: a }) => (globalThis as unknown as { __ssBench: Record<string, (...x: unknown[]) => unknown> }).__ssBench[fn]?.(...a),
      { name, args },
    )) as Call;
}

function localCaller(bench: StoreBench): Call {
  return ((name: keyof StoreBench, ...args: unknown[]) => (bench[name] as (...x: unknown[]) => unknown)(...args)) as Call;
}

// ---------------------------------------------------------------- fill

interface FillStats {
  seconds: number;
  idbSeconds: number;
  articlesPerSecond: number;
  events: number;
}

export async function fillStore(call: Call, prep: Prepared, plan: FillPlan, log: (s: string) => void): Promise<FillStats> {
  const t0 = performance.now();
  // Base records once, in chunks; fill items then refer to them by index.
  const used = [...prep.records.keys()];
  const baseIndex = new Map<number, number>();
  for (let i = 0; i < used.length; i += 4000) {
    const part = used.slice(i, i + 4000);
    part.forEach((b, j) => baseIndex.set(b, i + j));
    await call('addBase', JSON.stringify(part.map((b) => prep.records.get(b))));
  }
  if (plan.full) await call('addEventSet', 'full', JSON.stringify(plan.full.events));
  if (plan.partial) await call('addEventSet', 'partial', JSON.stringify(plan.partial.events));
  let idbMs = 0;
  const BLOCK = 10_000;
  for (let p0 = 0; p0 < plan.n; p0 += BLOCK) {
    const items: FillItem[] = [];
    for (let p = p0; p < Math.min(plan.n, p0 + BLOCK); p++) {
      const { b, url, date } = at(prep, p);
      items.push([baseIndex.get(b) as number, url, date, plan.eventOf(p), T0 + p * 60_000]);
    }
    idbMs += await call('fill', JSON.stringify(items), 2000);
    if ((p0 / BLOCK) % 10 === 9) log(`filled ${p0 + items.length} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  let events = 0;
  for (let rep = 0; rep * prep.rows.length < plan.n; rep++) {
    const set = rep < plan.fullReps ? 'full' : 'partial';
    idbMs += await call('putEvents', set, rep, prep.shiftDays, 5000);
    events += (rep < plan.fullReps ? plan.full : plan.partial)?.events.length ?? 0;
  }
  const outlets = new Map<string, OutletRecord>();
  for (let p = 0; p < plan.n; p++) {
    const { b } = at(prep, p);
    const rec = prep.records.get(b);
    if (!rec) continue;
    const o = outlets.get(rec.article.outlet) ?? { name: rec.article.outlet, articleCount: 0, counts: emptyCounts() };
    o.articleCount++;
    for (const t of CLAIM_TYPES) o.counts[t] += rec.article.counts[t];
    outlets.set(o.name, o);
  }
  await call('putOutlets', JSON.stringify([...outlets.values()]));
  const seconds = (performance.now() - t0) / 1000;
  return { seconds: round(seconds, 1), idbSeconds: round(idbMs / 1000, 1), articlesPerSecond: Math.round(plan.n / seconds), events };
}

const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

/** Stored articles in events with at least two outlets (so the popup has coverage to compare), one per event. */
function popupUrls(prep: Prepared, plan: FillPlan, count: number, seed = 5): { urls: string[]; eventSizes: number[] } {
  const byEvent = new Map<string, { ps: number[]; outlets: Set<string> }>();
  for (let p = 0; p < plan.n; p++) {
    const id = plan.eventOf(p);
    const e = byEvent.get(id) ?? { ps: [], outlets: new Set<string>() };
    e.ps.push(p);
    e.outlets.add(prep.rows[at(prep, p).b]?.source ?? '');
    byEvent.set(id, e);
  }
  const multi = [...byEvent.values()].filter((e) => e.outlets.size >= 2);
  let s = seed;
  const rand = (k: number): number => ((s = (s * 1103515245 + 12345) % 2 ** 31), s % k);
  const urls: string[] = [];
  const eventSizes: number[] = [];
  for (let i = 0; i < Math.min(count, multi.length * 4); i++) {
    const e = multi[rand(multi.length)];
    if (!e) break;
    urls.push(at(prep, e.ps[rand(e.ps.length)] as number).url);
    eventSizes.push(e.ps.length);
  }
  return { urls, eventSizes };
}

// ---------------------------------------------------------------- the store bench

interface StoreOpts {
  n: number;
  samples: number;
  naive: number;
  log: (s: string) => void;
  /** Stats of a fill done earlier (a reused profile): skip filling. */
  fill?: FillStats;
}

async function measureStore(call: Call, prep: Prepared, opts: StoreOpts): Promise<Record<string, unknown>> {
  const { n, samples, naive, log } = opts;
  const plan = planFill(prep, n);
  let fill = opts.fill;
  if (fill) log(`measuring a store filled earlier (${fill.seconds} s)`);
  else {
    log(`fill ${n}`);
    fill = await fillStore(call, prep, plan, log);
    log(`filled in ${fill.seconds} s`);
  }
  const counts = await call('counts');
  // The default cap (5,000 auto-captured) would evict ~95% of this store on the first capture:
  // the reader who keeps 100k articles has raised it, with headroom. 1,000,000 is the highest
  // cap the settings allow, so a 1M store is measured at its cap: every capture also evicts one
  // (measured for every size below, storeOneAtCap).
  await call('setCap', Math.min(1_000_000, 2 * n));

  // New articles: the ones arriving right after the stored ones (today's news).
  const probe = (from: number, k: number): string => JSON.stringify(Array.from({ length: k }, (_, i) => articleAt(prep, n + from + i)));
  const a = probe(0, samples);

  log('match');
  const match = await call('match', a);
  const matchScanRun = await call('matchScan', probe(0, naive));
  const agree = matchScanRun.ids.filter((id, i) => id === match.ids[i]).length;

  log('popup');
  const { urls, eventSizes } = popupUrls(prep, plan, samples);
  const popup = await call('popup', urls);
  const popupScan = await call('popupScan', urls.slice(0, naive));

  log('ingest');
  const countAuto = await call('countAuto', n > 200_000 ? 5 : 20);
  const ingest = await call('ingest', a);
  const ingestScan = await call('ingestScan', probe(samples, naive));
  const durability = await call('writeDurability', probe(samples + naive, 80));
  // A store at its cap: a capture that crosses it evicts the least recently seen auto-captured
  // articles down to the headroom below the cap (capacity.ts evictionHeadroom: 100 at these sizes),
  // so about one capture in 100 evicts; 200 captures see two evictions.
  await call('setCap', Math.min(1_000_000, (await call('counts')).articles));
  const atCap = await call('ingest', probe(samples + naive + 80, AT_CAP_SAMPLES));

  log('footprint');
  const fp = await call('footprint', 2000);
  const est = await call('estimate');
  const after = await call('counts');
  // Undated articles cannot use the date window, so their candidate search is reported apart.
  const dated = (from: number, k: number): boolean[] => Array.from({ length: k }, (_, i) => articleAt(prep, n + from + i).publishedAt !== null);
  const split = (xs: number[], flags: boolean[], want: boolean): Q => quantiles(xs.filter((_, i) => flags[i] === want));
  const matchDated = dated(0, samples);
  return {
    n,
    stored: counts,
    afterIngest: after,
    fill,
    ms: {
      // The "store one article": the write phase of the real ingest (article, claims,
      // outlet and event row in one transaction, then the cap check), as the service times it.
      storeOne: quantiles(ingest.store),
      // Captures into a store at its cap (with the articles they evicted, in batches of the headroom).
      storeOneAtCap: { ...quantiles(atCap.store), evicted: atCap.evicted },
      // The same writes by the event row they carry: a new event (its keys in one week) or an
      // event joined (its keys in every indexed week it spans), with those index entries.
      storeOneNewEvent: { ...split(ingest.store, ingest.fresh, true), eventIndexEntries: quantiles(ingest.wkeys.filter((_, i) => ingest.fresh[i]), 0) },
      storeOneJoinedEvent: { ...split(ingest.store, ingest.fresh, false), eventIndexEntries: quantiles(ingest.wkeys.filter((_, i) => !ingest.fresh[i]), 0) },
      // Matching inside the same ingest calls (fingerprint, reads, event choice), and the whole call.
      ingestMatchPhase: quantiles(ingest.match),
      ingestWhole: { ...quantiles(ingest.ms), stored: ingest.stored, joinedOtherOutlets: ingest.joined, newEvents: ingest.newEvents },
      ingestWholeFullScan: quantiles(ingestScan.ms),
      writeTransaction: { browserDefaultDurability: quantiles(durability.default), relaxedDurability: quantiles(durability.relaxed) },
      capCount: { ...quantiles(countAuto.ms), agreesWithExact: countAuto.count === countAuto.exact },
      exactAutoCount: quantiles(countAuto.exactMs),
      matchOne: { ...quantiles(match.ms), matched: match.matched, candidates: quantiles(match.candidates, 0) },
      matchOneDated: split(match.ms, matchDated, true),
      matchOneUndated: split(match.ms, matchDated, false),
      matchOneFullScan: { ...quantiles(matchScanRun.ms), sameResultAsIndexed: `${agree}/${matchScanRun.ids.length}` },
      popupQuery: { ...quantiles(popup.ms), otherOutlets: quantiles(popup.outlets, 0), eventArticles: quantiles(eventSizes, 0) },
      popupQueryFullScan: quantiles(popupScan.ms),
    },
    footprintBytes: { ...quantiles(fp.bytes, 0), claimsPerArticle: round(fp.claimsPerArticle, 2) },
    storageEstimate: est.usage === null ? null : { usageMB: round(est.usage / 2 ** 20, 1), bytesPerArticle: Math.round(est.usage / after.articles) },
  };
}

/** Origin of the page-origin store bench: served by Playwright's router, no network or server needed. */
export const PAGE_ORIGIN = 'https://store-bench.test';

async function openBenchPage(s: Session): Promise<{ page: Page; call: Call }> {
  const page = await s.context.newPage();
  if (s.extensionId) {
    await page.goto(`chrome-extension://${s.extensionId}/collection.html`, { waitUntil: 'load' });
  } else {
    // The same IndexedDB backend as the extension's origin, without depending on a built extension.
    await s.context.route(`${PAGE_ORIGIN}/**`, (r) => r.fulfill({ body: '<!doctype html><title>store bench</title>', contentType: 'text/html' }));
    await page.goto(`${PAGE_ORIGIN}/`, { waitUntil: 'load' });
  }
  await page.evaluate(await benchBundle());
  const call = pageCaller(page);
  await call('open');
  return { page, call };
}

/**
 * Opens popup.html?url=… in fresh tabs; ms from navigation start until the popup
 * first shows a state other than "loading" (`[data-state="analyzed"]` for a
 * stored article; "no-page" for a URL the store does not know, the baseline of
 * page load + messaging without the article view).
 */
async function popupOpens(s: Session, urls: string[], expect: string): Promise<{ ms: number[]; method: string; navigation: Record<string, number> }> {
  const ms: number[] = [];
  const marks: number[][] = [];
  let method = 'mutation-observer';
  for (const url of urls) {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/popup.html?url=${encodeURIComponent(url)}`, { waitUntil: 'commit' });
    // Poll through CDP (page.waitForFunction evaluates a string, which the popup's CSP forbids);
    // the observer's timestamp does not depend on when the poll sees it.
    let v: { state: string; at: number } | null = null;
    for (const until = Date.now() + 15000; !v && Date.now() < until; ) {
      v = await page.evaluate(() => {
        const w = window as unknown as { __ssState?: { state: string; at: number } };
        if (w.__ssState) return w.__ssState;
        const st = document.querySelector('[data-state]')?.getAttribute('data-state');
        return st && st !== 'loading' ? { state: st, at: -performance.now() } : null;
      });
      if (!v) await new Promise((r) => setTimeout(r, 5));
    }
    if (!v || v.state !== expect) throw new Error(`popup for ${url} reached ${v?.state ?? 'nothing'}, expected ${expect}`);
    if (v.at < 0) method = 'cdp-polling';
    ms.push(Math.abs(v.at));
    marks.push(
      await page.evaluate(() => {
        const e = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return e ? [e.responseEnd, e.domContentLoadedEventEnd, e.loadEventEnd] : [NaN, NaN, NaN];
      }),
    );
    await page.close();
  }
  const col = (i: number): number => round(median(marks.slice(1).map((m) => m[i] ?? NaN)), 1);
  return { ms, method, navigation: { responseEnd: col(0), domContentLoaded: col(1), load: col(2) } };
}

/** A MutationObserver installed before the popup's scripts marks the first settled state exactly. */
const STATE_OBSERVER = `(() => {
  if (!location.pathname.endsWith('/popup.html')) return;
  new MutationObserver(() => {
    if (window.__ssState) return;
    const st = document.querySelector('[data-state]')?.getAttribute('data-state');
    if (st && st !== 'loading') window.__ssState = { state: st, at: performance.now() };
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
})();`;

export async function benchChromiumStore(opts: {
  n?: number;
  popupN?: number;
  samples?: number;
  naive?: number;
  popup?: boolean;
  node?: boolean;
  /** Run the store part in the built extension's origin (needs .output/chrome-mv3) instead of a page origin. */
  extensionOrigin?: boolean;
  /**
   * A Chromium profile directory to fill once and reuse: when it holds a finished fill of the
   * same size (fill.json), measuring runs on a fresh copy of it and the fill is skipped (a 1M
   * fill takes about an hour; the measurements a few minutes, best on a quiet machine).
   */
  profile?: string;
  /** With `profile`: stop after the fill. */
  fillOnly?: boolean;
  log?: (s: string) => void;
} = {}): Promise<Record<string, unknown>> {
  const n = opts.n ?? 100_000;
  const popupN = opts.popupN ?? 10_000;
  const samples = opts.samples ?? 200;
  // A full scan takes ~30 s at 1M: fewer of them there keeps the run near half an hour.
  const naive = opts.naive ?? (n > 200_000 ? 3 : 10);
  const log = opts.log ?? ((s: string) => console.error(`[chromium-store] ${s}`));
  if (!existsSync(CORPUS)) return { skipped: `corpus not found at ${CORPUS}` };
  const t0 = performance.now();
  const need = Math.max(n + samples + naive + 80 + AT_CAP_SAMPLES, opts.popup === false ? 0 : popupN);
  log(`preparing ${Math.min(need, 37_554)} distinct articles in Node (analyzeText, fingerprint, buildRecords)`);
  const prep = await prepare(need);
  log(`prepared in ${prep.prepSeconds.toFixed(0)} s`);
  const baseBytes = [...prep.records.values()].map((r) => jsonBytes({ ...r.article, id: 99_999_999 }) + r.claims.reduce((s, c) => s + jsonBytes({ ...c, id: 99_999_999, articleId: 99_999_999 }), 0));
  const out: Record<string, unknown> = {
    where: opts.node ? 'node + fake-indexeddb' : opts.extensionOrigin ? 'chromium (extension origin IndexedDB)' : `chromium (page origin ${PAGE_ORIGIN} IndexedDB)`,
    corpusArticles: prep.rows.length,
    replays: Math.ceil(n / prep.rows.length),
    prepSeconds: round(prep.prepSeconds, 1),
    builtRecordBytes: quantiles(baseBytes, 0),
  };

  if (opts.node) {
    const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
    const { openDatabase } = await import('../../utils/store/db.ts');
    const { createStoreBench } = await import('./browser/store-bench.ts');
    const db = openDatabase('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
    const call = localCaller(createStoreBench(db));
    await call('open');
    out.store = await measureStore(call, prep, { n, samples, naive, log });
    const mem = process.memoryUsage();
    out.nodeMemoryMB = { heap: Math.round(mem.heapUsed / 2 ** 20), rss: Math.round(mem.rss / 2 ** 20) };
    db.close();
  } else if (opts.profile) {
    const dir = path.resolve(opts.profile);
    const stamp = path.join(dir, 'fill.json');
    const filled = existsSync(stamp) ? (JSON.parse(readFileSync(stamp, 'utf8')) as { n: number; fill: FillStats }) : null;
    if (!filled || filled.n !== n) {
      rmSync(dir, { recursive: true, force: true });
      const s = await launch({ withExtension: opts.extensionOrigin === true, userDataDir: path.join(dir, 'profile') });
      try {
        const { call } = await openBenchPage(s);
        log(`fill ${n} into ${dir}`);
        const fill = await fillStore(call, prep, planFill(prep, n), log);
        writeFileSync(stamp, JSON.stringify({ n, fill }));
        log(`filled in ${fill.seconds} s`);
      } finally {
        await s.close();
      }
      if (opts.fillOnly) return { ...out, filled: dir, totalSeconds: round((performance.now() - t0) / 1000, 1) };
    }
    // Measuring stores articles: it runs on a copy, so the filled profile stays as filled.
    const work = `${dir}.work`;
    rmSync(work, { recursive: true, force: true });
    log(`copying the filled profile (${n} articles)`);
    cpSync(path.join(dir, 'profile'), work, { recursive: true });
    const s = await launch({ withExtension: opts.extensionOrigin === true, userDataDir: work });
    try {
      const { call } = await openBenchPage(s);
      const fill = (JSON.parse(readFileSync(stamp, 'utf8')) as { fill: FillStats }).fill;
      out.store = await measureStore(call, prep, { n, samples, naive, log, fill });
    } finally {
      await s.close();
      rmSync(work, { recursive: true, force: true });
    }
  } else {
    const s = await launch({ withExtension: opts.extensionOrigin === true });
    try {
      const { call } = await openBenchPage(s);
      out.store = await measureStore(call, prep, { n, samples, naive, log });
    } finally {
      await s.close();
    }
    if (opts.popup !== false) {
      log(`popup: fresh profile with ${popupN} articles`);
      const s2 = await launch();
      try {
        const { page, call } = await openBenchPage(s2);
        const plan = planFill(prep, popupN);
        const fill = await fillStore(call, prep, plan, log);
        await page.close();
        const { urls, eventSizes } = popupUrls(prep, plan, 12, 9);
        await s2.context.addInitScript({ content: STATE_OBSERVER });
        const opens = await popupOpens(s2, urls, 'analyzed');
        const base = await popupOpens(s2, Array.from({ length: 10 }, (_, i) => `https://not-stored.example/article/${i}`), 'no-page');
        out.popupOpen = {
          n: popupN,
          fillSeconds: fill.seconds,
          method: opens.method,
          firstOpenMs: round(opens.ms[0] ?? NaN, 1),
          medianMs: round(median(opens.ms.slice(1)), 1),
          ms: quantiles(opens.ms.slice(1), 1),
          // Medians from navigation start, for scale: the page's own load, and a popup for a URL not stored.
          navigationMedians: opens.navigation,
          notStoredMedianMs: round(median(base.ms.slice(1)), 1),
          eventArticles: eventSizes.slice(1),
        };
      } finally {
        await s2.close();
      }
    }
  }
  out.totalSeconds = round((performance.now() - t0) / 1000, 1);
  return out;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const num = (name: string): number | undefined => (arg(name) === undefined ? undefined : Number(arg(name)));
  benchChromiumStore({
    n: num('n'),
    popupN: num('popup-n'),
    samples: num('samples'),
    naive: num('naive'),
    popup: !process.argv.includes('--no-popup'),
    node: process.argv.includes('--node'),
    extensionOrigin: process.argv.includes('--extension-origin'),
    profile: arg('profile'),
    fillOnly: process.argv.includes('--fill-only'),
  }).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
