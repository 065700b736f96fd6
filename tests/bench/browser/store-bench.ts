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
import type { ArticleRecord, ClaimRecord, OutletRecord, SecondSourceDB, StoredEvent } from '../../../utils/store/db';
import type { ArticleDraft, ClaimDraft } from '../../../utils/store/records';
import { jsonBytes } from '../../../utils/store/records';
import { findCandidateEvents, getArticleByUrl, getClaims, upsertArticleWithEvent } from '../../../utils/store/articles';
import { captureArticle, countAutoCaptured, enforceAutoCaptureCap } from '../../../utils/store/capacity';
import { getSettings, updateSettings } from '../../../utils/store/settings';
import { fingerprintArticle } from '../../../utils/events/fingerprint';
import { addToEvent, dayGap, matchEvent, newEvent, thresholdFor } from '../../../utils/events/match';
import type { EventFingerprint, EventState } from '../../../utils/events/types';
import { BackgroundService } from '../../../utils/background/service';
import { buildArticleView, coverageOf } from '../../../utils/views/article';
import type { ArticleWithClaims } from '../../../utils/store/articles';
import Dexie from 'dexie';
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

/** Same as BackgroundService.eventFor, but the fingerprint is returned too (the match bench times it). */
function fingerprintOf(a: AnalyzedArticle): EventFingerprint {
  return fingerprintArticle({ title: a.title, text: a.text.slice(a.title.length), date: a.publishedAt, outlet: a.outlet });
}

function eventId(): string {
  return `ev-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The naive way to find candidates: read every event and test keys and dates in JS. */
async function scanCandidates(db: SecondSourceDB, fp: EventFingerprint): Promise<EventState[]> {
  const all = (await db.events.toArray()) as unknown as EventState[];
  const keys = new Set(fp.keys);
  return all.filter((e) => e.keys.some((k) => keys.has(k)) && Number.isFinite(thresholdFor(dayGap(fp.date, e))));
}

/** findCandidateEvents with its key lookups in flight together (see candidatesVariants). */
async function parallelCandidates(db: SecondSourceDB, keys: readonly string[], around: string | null, windowDays = 21, limit = 50): Promise<StoredEvent[]> {
  const distinct = [...new Set(keys)];
  if (!distinct.length) return [];
  const from = around ? shiftDay(around, -windowDays) : null;
  const to = around ? shiftDay(around, windowDays) : null;
  return db.transaction('r', db.events, async () => {
    const [perKey, running] = await Promise.all([
      Promise.all(distinct.map((k) => db.events.where('keys').equals(k).primaryKeys())),
      from ? db.events.where('end').between(from, Dexie.maxKey).primaryKeys() : Promise.resolve(null),
    ]);
    const tally = new Map<string, number>();
    for (const ids of perKey) for (const id of ids) tally.set(id, (tally.get(id) ?? 0) + 1);
    let ids = [...tally.keys()];
    if (running) {
      const r = new Set(running);
      ids = ids.filter((id) => r.has(id));
    }
    const ranked = ids.sort((x, y) => (tally.get(y) ?? 0) - (tally.get(x) ?? 0)).slice(0, 2000);
    const events = (await db.events.bulkGet(ranked)).filter((e): e is StoredEvent => !!e && (!to || (e.start ?? e.end ?? '') <= to));
    return events
      .sort((x, y) => (tally.get(y.id) ?? 0) - (tally.get(x.id) ?? 0) || (y.end ?? '').localeCompare(x.end ?? ''))
      .slice(0, limit);
  });
}

export function createStoreBench(db: SecondSourceDB) {
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
        const rows = set.slice(i, i + chunk).map((e) => ({
          ...e,
          id: `r${rep}:${e.id}`,
          start: shiftDay(e.start, rep * shiftDays),
          end: shiftDay(e.end, rep * shiftDays),
        }));
        const t0 = now();
        await db.events.bulkPut(rows as unknown as StoredEvent[]);
        ms += now() - t0;
      }
      return ms;
    },

    async putOutlets(json: string): Promise<void> {
      await db.outlets.bulkPut(JSON.parse(json) as OutletRecord[]);
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
          return { article: { ...r.article, url, publishedAt: date, eventId: ev, firstSeen: seen, lastSeen: seen }, claims: r.claims };
        });
        const t0 = now();
        await db.transaction('rw', [db.articles, db.claims], async () => {
          const ids = (await db.articles.bulkAdd(built.map((x) => x.article as ArticleRecord), { allKeys: true })) as number[];
          const claims: ClaimRecord[] = [];
          built.forEach((x, j) => {
            for (const c of x.claims) claims.push({ ...c, articleId: ids[j] } as ClaimRecord);
          });
          await db.claims.bulkAdd(claims);
        });
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
        const c = (await findCandidateEvents(db, fp.keys, fp.date)) as unknown as EventState[];
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
        const all = await db.articles.toArray();
        const rec = all.find((r) => r.url === u);
        let n = -1;
        if (rec) {
          const members = rec.eventId ? all.filter((r) => r.eventId === rec.eventId) : [rec];
          const wanted = new Set(members.map((r) => r.id));
          const claims = (await db.claims.toArray()).filter((c) => wanted.has(c.articleId));
          const byArticle = new Map<number, ClaimRecord[]>();
          for (const c of claims) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
          const ours = (byArticle.get(rec.id) ?? []).sort((x, y) => x.idx - y.idx);
          const byOutlet = new Map<string, ArticleWithClaims>();
          for (const r of members) {
            if (r.id === rec.id || r.outlet === rec.outlet) continue;
            const prev = byOutlet.get(r.outlet);
            if (!prev || r.lastSeen > prev.lastSeen) byOutlet.set(r.outlet, { ...r, claims: byArticle.get(r.id) ?? [] });
          }
          n = [...byOutlet.values()].map((o) => coverageOf(ours, o)).length;
        }
        ms.push(now() - t0);
        outlets.push(n);
      }
      return { ms, outlets };
    },

    /** The background's ingest path (BackgroundService.ingest), per article. */
    async ingest(articlesJson: string): Promise<{ ms: number[]; stored: number; joined: number; newEvents: number }> {
      const arts = JSON.parse(articlesJson) as AnalyzedArticle[];
      const svc = new BackgroundService(db);
      const ms: number[] = [];
      let stored = 0;
      let joined = 0;
      const before = await db.events.count();
      for (const a of arts) {
        const t0 = now();
        const r = await svc.ingest(a);
        ms.push(now() - t0);
        if (r.stored) stored++;
        if (r.otherOutlets > 0) joined++;
      }
      const after = await db.events.count();
      return { ms, stored, joined, newEvents: after - before };
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
     * The ingest path step by step (same calls as BackgroundService.ingest →
     * captureArticle), to see where the time goes.
     */
    async ingestSteps(articlesJson: string): Promise<Record<string, number[]>> {
      const arts = JSON.parse(articlesJson) as AnalyzedArticle[];
      const out: Record<string, number[]> = { urlLookup: [], fingerprint: [], candidates: [], match: [], settings: [], write: [], capCount: [], total: [] };
      const push = (k: string, v: number): void => void (out[k] ??= []).push(v);
      for (const a of arts) {
        const t0 = now();
        await getArticleByUrl(db, a.url);
        const t1 = now();
        const fp = fingerprintOf(a);
        const t2 = now();
        const candidates = (await findCandidateEvents(db, fp.keys, fp.date)) as unknown as EventState[];
        const t3 = now();
        const m = matchEvent(fp, candidates);
        const found = m ? candidates.find((c) => c.id === m.eventId) : undefined;
        const event = found ? addToEvent(found, fp, a.outlet) : newEvent(fp, eventId());
        const t4 = now();
        const s = await getSettings(db);
        const t5 = now();
        await upsertArticleWithEvent(db, a, event as unknown as StoredEvent, { keys: fp.keys, now: Date.now() });
        const t6 = now();
        await enforceAutoCaptureCap(db, s.autoCaptureCap);
        const t7 = now();
        push('urlLookup', t1 - t0);
        push('fingerprint', t2 - t1);
        push('candidates', t3 - t2);
        push('match', t4 - t3);
        push('settings', t5 - t4);
        push('write', t6 - t5);
        push('capCount', t7 - t6);
        push('total', t7 - t0);
      }
      return out;
    },

    /**
     * findCandidateEvents as it is, beside the same ranking with the per-key index
     * lookups issued together (Promise.all) instead of one awaited request after
     * another: the proposed fix, checked to return the same events.
     */
    async candidatesVariants(articlesJson: string): Promise<{ current: number[]; parallel: number[]; same: number }> {
      const arts = JSON.parse(articlesJson) as AnalyzedArticle[];
      const current: number[] = [];
      const parallel: number[] = [];
      let same = 0;
      for (const a of arts) {
        const fp = fingerprintOf(a);
        let t0 = now();
        const x = await findCandidateEvents(db, fp.keys, fp.date);
        current.push(now() - t0);
        t0 = now();
        const y = await parallelCandidates(db, fp.keys, fp.date);
        parallel.push(now() - t0);
        if (x.map((e) => e.id).join() === y.map((e) => e.id).join()) same++;
      }
      return { current, parallel, same };
    },

    /** countAutoCaptured alone (the cap check every capture runs). */
    async countAuto(times: number): Promise<{ ms: number[]; count: number }> {
      const ms: number[] = [];
      let count = 0;
      for (let i = 0; i < times; i++) {
        const t0 = now();
        count = await countAutoCaptured(db);
        ms.push(now() - t0);
      }
      return { ms, count };
    },

    /** JSON bytes of stored auto-captured article + claim records, for `sample` random ids. */
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
        const claims = await getClaims(db, id);
        claimCount += claims.length;
        bytes.push(jsonBytes(a) + claims.reduce((n, c) => n + jsonBytes(c), 0));
      }
      return { bytes, claimsPerArticle: bytes.length ? claimCount / bytes.length : 0 };
    },

    async counts(): Promise<{ articles: number; claims: number; events: number; outlets: number }> {
      return { articles: await db.articles.count(), claims: await db.claims.count(), events: await db.events.count(), outlets: await db.outlets.count() };
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
