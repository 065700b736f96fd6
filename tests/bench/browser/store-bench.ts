/**
 * Store benchmark, the part that runs next to the database: inside an
 * extension page in real Chromium (bundled by ../chromium-store.ts and
 * evaluated through CDP; see browser/entry.ts), or in Node over
 * fake-indexeddb. Everything here takes the Dexie instance it is given, so
 * both places run the same code paths the background service runs.
 *
 * Records arrive pre-built (buildRecords in Node, the same builder the write
 * path uses); the page only stamps url, date, event and clock on them, so a
 * million-article fill does not ship a million records over CDP.
 */
import type { ArticleRecord, OutletRecord, SecondSourceDB, StoredEvent } from '../../../utils/store/db';
import type { ArticleDraft, ClaimDraft } from '../../../utils/store/records';
import { jsonBytes } from '../../../utils/store/records';
import { findCandidateEvents, upsertArticleWithEvent, withTimeKeys } from '../../../utils/store/articles';
import { captureArticle, countAutoCaptured, quickAutoCount } from '../../../utils/store/capacity';
import { updateSettings } from '../../../utils/store/settings';
import { fingerprintArticle } from '../../../utils/events/fingerprint';
import { addToEvent, dayGap, matchEvent, newEvent, thresholdFor } from '../../../utils/events/match';
import type { EventFingerprint, EventState } from '../../../utils/events/types';
import { BackgroundService } from '../../../utils/background/service';
import { buildArticleView, coverageOf } from '../../../utils/views/article';
import type { ArticleWithClaims } from '../../../utils/store/articles';
import type { Table } from 'dexie';
import type { AnalyzedArticle } from '../../../utils/types';

/** One prebuilt auto-captured article with its claims (url/date/event/clock are stamped per copy). */
export interface BaseRecord {
  article: ArticleDraft;
  claims: ClaimDraft[];
}

/** A stored copy of a base record: [baseIndex, url, publishedAt, eventId, seenAt]. */
export type FillItem = [number, string, string | null, string, number];

const DAY_MS = 86_400_000;

function shiftDay(day: string | null, days: number): string | null {
  if (!day || !days) return day;
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(t) ? day : new Date(t + days * DAY_MS).toISOString().slice(0, 10);
}

const now = (): number => performance.now();

/** The date candidates are searched around, as BackgroundService does: the article's, else today. */
function aroundOf(fp: EventFingerprint): string {
  return fp.date ?? new Date().toISOString().slice(0, 10);
}

/** Same as BackgroundService.eventFor, but the fingerprint is returned too (the match bench times it). */
function fingerprintOf(a: AnalyzedArticle): EventFingerprint {
  return fingerprintArticle({ title: a.title, text: a.text.slice(a.title.length), date: a.publishedAt, outlet: a.outlet });
}

function eventId(): string {
  return `ev-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Read a whole table in primary-key order, SCAN_CHUNK rows per request, handing
 * each chunk to `visit`: the naive full scan, with memory bounded so that it
 * also runs over a million records (one toArray() of 1M articles would not fit
 * in a renderer's heap).
 */
const SCAN_CHUNK = 20_000;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any key and insert type: articles, claims, events.
async function scanTable<T extends { id: string | number }>(table: Table<T, any, any>, visit: (rows: T[]) => void): Promise<void> {
  let last: T['id'] | null = null;
  for (;;) {
    const rows: T[] = await (last === null ? table.orderBy(':id') : table.where(':id').above(last)).limit(SCAN_CHUNK).toArray();
    visit(rows);
    const tail = rows[rows.length - 1];
    if (rows.length < SCAN_CHUNK || !tail) return;
    last = tail.id;
  }
}

/**
 * The naive way to find candidates: read every event and test keys and dates in JS. An undated
 * article is placed at today, as the service does (aroundOf), so both answer the same question.
 */
async function scanCandidates(db: SecondSourceDB, fp: EventFingerprint): Promise<EventState[]> {
  const keys = new Set(fp.keys);
  const out: EventState[] = [];
  const date = aroundOf(fp);
  await scanTable(db.events, (rows) => {
    for (const e of rows as unknown as EventState[]) if (e.keys.some((k) => keys.has(k)) && Number.isFinite(thresholdFor(dayGap(date, e)))) out.push(e);
  });
  return out;
}

/**
 * `db` is the connection the measured code uses (the browser's default
 * durability, as in the extension); `bulk`, a second connection to the same
 * database with relaxed durability, does the fill, outside every measurement.
 */
export function createStoreBench(db: SecondSourceDB, bulk: SecondSourceDB = db) {
  const base: BaseRecord[] = [];
  const eventSets = new Map<string, EventState[]>();

  return {
    async open(): Promise<{ articles: number; events: number }> {
      await db.open();
      return { articles: await db.articles.count(), events: await db.events.count() };
    },

    addBase(json: string): number {
      for (const r of JSON.parse(json) as BaseRecord[]) base.push(r);
      return base.length;
    },

    addEventSet(name: string, json: string): number {
      eventSets.set(name, JSON.parse(json) as EventState[]);
      return eventSets.get(name)?.length ?? 0;
    },

    /** Write one event set as replay `rep`: ids prefixed, dates shifted. Returns ms spent in IndexedDB. */
    async putEvents(name: string, rep: number, shiftDays: number, chunk = 5000): Promise<number> {
      const set = eventSets.get(name) ?? [];
      let ms = 0;
      for (let i = 0; i < set.length; i += chunk) {
        // withTimeKeys: the week-tagged index entries every stored event has (putEvent adds them;
        // without them the filled events would be invisible to the candidate search).
        const rows = set.slice(i, i + chunk).map((e) =>
          withTimeKeys({
            ...e,
            id: `r${rep}:${e.id}`,
            start: shiftDay(e.start, rep * shiftDays),
            end: shiftDay(e.end, rep * shiftDays),
          } as unknown as StoredEvent),
        );
        const t0 = now();
        await bulk.events.bulkPut(rows);
        ms += now() - t0;
      }
      return ms;
    },

    async putOutlets(json: string): Promise<void> {
      await bulk.outlets.bulkPut(JSON.parse(json) as OutletRecord[]);
    },

    /**
     * Stamp and write articles with their claims, `chunk` articles per transaction
     * (bulkAdd; ids come back in order). Returns ms spent in IndexedDB.
     */
    async fill(itemsJson: string, chunk = 2000): Promise<number> {
      const items = JSON.parse(itemsJson) as FillItem[];
      let ms = 0;
      for (let i = 0; i < items.length; i += chunk) {
        const part = items.slice(i, i + chunk);
        const built = part.map(([b, url, date, ev, seen]) => {
          const r = base[b];
          if (!r) throw new Error(`no base record ${b}`);
          return { ...r.article, url, publishedAt: date, eventId: ev, firstSeen: seen, lastSeen: seen };
        });
        const t0 = now();
        await bulk.articles.bulkAdd(built as ArticleRecord[]);
        ms += now() - t0;
      }
      return ms;
    },

    async setCap(cap: number): Promise<number> {
      return (await updateSettings(db, { autoCaptureCap: cap })).autoCaptureCap;
    },

    /** Fingerprint + indexed candidates + match, per article (read-only). */
    async match(articlesJson: string): Promise<{ ms: number[]; candidates: number[]; matched: number; ids: (string | null)[] }> {
      const arts = JSON.parse(articlesJson) as AnalyzedArticle[];
      const ms: number[] = [];
      const candidates: number[] = [];
      const ids: (string | null)[] = [];
      for (const a of arts) {
        const t0 = now();
        const fp = fingerprintOf(a);
        const c = (await findCandidateEvents(db, fp.keys, aroundOf(fp))) as unknown as EventState[];
        const m = matchEvent(fp, c);
        ms.push(now() - t0);
        candidates.push(c.length);
        ids.push(m?.eventId ?? null);
      }
      return { ms, candidates, matched: ids.filter(Boolean).length, ids };
    },

    /** Fingerprint + every event read and filtered in JS + match. */
    async matchScan(articlesJson: string): Promise<{ ms: number[]; ids: (string | null)[] }> {
      const arts = JSON.parse(articlesJson) as AnalyzedArticle[];
      const ms: number[] = [];
      const ids: (string | null)[] = [];
      for (const a of arts) {
        const t0 = now();
        const fp = fingerprintOf(a);
        const m = matchEvent(fp, await scanCandidates(db, fp));
        ms.push(now() - t0);
        ids.push(m?.eventId ?? null);
      }
      return { ms, ids };
    },

    /** The popup's query: buildArticleView for each url. */
    async popup(urls: string[]): Promise<{ ms: number[]; outlets: number[]; claims: number[] }> {
      const ms: number[] = [];
      const outlets: number[] = [];
      const claims: number[] = [];
      for (const u of urls) {
        const t0 = now();
        const v = await buildArticleView(db, u);
        ms.push(now() - t0);
        outlets.push(v?.event?.outlets.length ?? -1);
        claims.push(v?.claims.length ?? -1);
      }
      return { ms, outlets, claims };
    },

    /** The same view from full scans of articles and claims (no index but the primary key). */
    async popupScan(urls: string[]): Promise<{ ms: number[]; outlets: number[] }> {
      const ms: number[] = [];
      const outlets: number[] = [];
      for (const u of urls) {
        const t0 = now();
        // One pass over articles keeping (id, url, eventId) of each; claims come inside the event's articles.
        const ids: number[] = [];
        const eventIds: (string | null)[] = [];
        let at = -1;
        await scanTable(db.articles, (rows) => {
          for (const r of rows) {
            if (r.url === u) at = ids.length;
            ids.push(r.id);
            eventIds.push(r.eventId);
          }
        });
        const recId = ids[at];
        const ev = eventIds[at];
        let n = -1;
        if (recId !== undefined) {
          const memberIds = ev ? ids.filter((_, i) => eventIds[i] === ev) : [recId];
          const members = (await db.articles.bulkGet(memberIds)).filter((r): r is ArticleRecord => !!r);
          const rec = members.find((r) => r.id === recId) as ArticleRecord;
          const ours = rec.claims;
          const byOutlet = new Map<string, ArticleWithClaims>();
          for (const r of members) {
            if (r.id === rec.id || r.outlet === rec.outlet) continue;
            const prev = byOutlet.get(r.outlet);
            if (!prev || r.lastSeen > prev.lastSeen) byOutlet.set(r.outlet, r);
          }
          n = [...byOutlet.values()].map((o) => coverageOf(ours, o)).length;
        }
        ms.push(now() - t0);
        outlets.push(n);
      }
      return { ms, outlets };
    },

    /**
     * The background's ingest path (BackgroundService.ingest), per article: the whole
     * call, and its two phases as the service reports them (match: fingerprint, reads,
     * event choice; store: the write transaction and the cap check).
     */
    async ingest(articlesJson: string): Promise<{ ms: number[]; match: number[]; store: number[]; stored: number; joined: number; newEvents: number; wkeys: number[]; fresh: boolean[]; evicted: number }> {
      const arts = JSON.parse(articlesJson) as AnalyzedArticle[];
      const phases = { match: [] as number[], store: [] as number[] };
      const svc = new BackgroundService(db, { onTask: (name, _start, duration) => void phases[name].push(duration) });
      const ms: number[] = [];
      let stored = 0;
      let joined = 0;
      const before = await db.events.count();
      const articlesBefore = await db.articles.count();
      const wkeys: number[] = [];
      const fresh: boolean[] = [];
      for (const a of arts) {
        const t0 = now();
        const r = await svc.ingest(a);
        ms.push(now() - t0);
        if (r.stored) stored++;
        if (r.otherOutlets > 0) joined++;
        // Outside the timing: how many index entries the event row written with it had.
        const ev = r.eventId ? await db.events.get(r.eventId) : undefined;
        wkeys.push((ev?.wkeys as string[] | undefined)?.length ?? 0);
        fresh.push(ev !== undefined && ev.articleCount === 1);
      }
      const after = await db.events.count();
      // Articles the captures evicted (every sample is a new article).
      const evicted = articlesBefore + stored - (await db.articles.count());
      return { ms, ...phases, stored, joined, newEvents: after - before, wkeys, fresh, evicted };
    },

    /** Ingest with candidates from a full scan of events (what the keys index saves). */
    async ingestScan(articlesJson: string): Promise<{ ms: number[]; stored: number }> {
      const arts = JSON.parse(articlesJson) as AnalyzedArticle[];
      const ms: number[] = [];
      let stored = 0;
      for (const a of arts) {
        const t0 = now();
        const fp = fingerprintOf(a);
        const candidates = await scanCandidates(db, fp);
        const m = matchEvent(fp, candidates);
        const found = m ? candidates.find((c) => c.id === m.eventId) : undefined;
        const event = found ? addToEvent(found, fp, a.outlet) : newEvent(fp, eventId());
        const r = await captureArticle(db, a, { event: event as unknown as StoredEvent, keys: fp.keys });
        ms.push(now() - t0);
        if (r.ok) stored++;
      }
      return { ms, stored };
    },

    /**
     * The write transaction (upsertArticleWithEvent, new article + new event) on
     * the measured connection (browser default durability) and on the relaxed one,
     * interleaved so both see the same store and load.
     */
    async writeDurability(articlesJson: string): Promise<{ default: number[]; relaxed: number[] }> {
      const arts = JSON.parse(articlesJson) as AnalyzedArticle[];
      const out = { default: [] as number[], relaxed: [] as number[] };
      for (const [i, a] of arts.entries()) {
        const conn = i % 2 ? bulk : db;
        const fp = fingerprintOf(a);
        const event = newEvent(fp, eventId());
        const t0 = now();
        await upsertArticleWithEvent(conn, a, event as unknown as StoredEvent, { keys: fp.keys, now: Date.now() });
        (i % 2 ? out.relaxed : out.default).push(now() - t0);
      }
      return out;
    },

    /** The cap check's count (quickAutoCount: outlet rows minus saved), with the exact index walk beside it. */
    async countAuto(times: number): Promise<{ ms: number[]; exactMs: number[]; count: number; exact: number }> {
      const ms: number[] = [];
      const exactMs: number[] = [];
      let count = 0;
      let exact = 0;
      for (let i = 0; i < times; i++) {
        let t0 = now();
        count = await quickAutoCount(db);
        ms.push(now() - t0);
        t0 = now();
        exact = await countAutoCaptured(db);
        exactMs.push(now() - t0);
      }
      return { ms, exactMs, count, exact };
    },

    /** JSON bytes of stored auto-captured article records (claims inside), for `sample` random ids. */
    async footprint(sample: number, seed = 7): Promise<{ bytes: number[]; claimsPerArticle: number }> {
      const keys = (await db.articles.toCollection().primaryKeys()) as number[];
      let s = seed;
      const rand = (k: number): number => ((s = (s * 1103515245 + 12345) % 2 ** 31), s % k);
      const bytes: number[] = [];
      let claimCount = 0;
      for (let i = 0; i < Math.min(sample, keys.length); i++) {
        const id = keys[rand(keys.length)] as number;
        const a = await db.articles.get(id);
        if (!a || a.saved) continue;
        claimCount += a.claims.length;
        bytes.push(jsonBytes(a));
      }
      return { bytes, claimsPerArticle: bytes.length ? claimCount / bytes.length : 0 };
    },

    async counts(): Promise<{ articles: number; claims: number; events: number; outlets: number }> {
      let claims = 0;
      await scanTable(db.articles, (rows) => {
        for (const a of rows) claims += a.claims.length;
      });
      return { articles: await db.articles.count(), claims, events: await db.events.count(), outlets: await db.outlets.count() };
    },

    async estimate(): Promise<{ usage: number | null; quota: number | null }> {
      const nav = (globalThis as { navigator?: { storage?: { estimate?: () => Promise<StorageEstimate> } } }).navigator;
      if (!nav?.storage?.estimate) return { usage: null, quota: null };
      const e = await nav.storage.estimate();
      return { usage: e.usage ?? null, quota: e.quota ?? null };
    },
  };
}

export type StoreBench = ReturnType<typeof createStoreBench>;
