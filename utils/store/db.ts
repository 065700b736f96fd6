/**
 * The local store: one Dexie database owned by the background service worker.
 *
 * The content script never opens it (it would get the page origin's IndexedDB);
 * every function in `utils/store` takes the database as its first argument so
 * tests can pass an isolated instance (own name or own `IDBFactory`).
 *
 * Schema history lives below, oldest first. Dexie needs every older version's
 * declaration to upgrade a database that was created by it, so never delete a
 * version: add a new one with an `upgrade()` that rewrites the data.
 */
import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { ClaimType, TextSpan, TopicProfile } from '../types';
import type { EventState } from '../events/types';
import { CLAIM_TYPES, isUnnamed } from '../types';
import { searchTerms } from './search';

/** Claim counts per type; every type is present (0 when absent). */
export type ClaimCounts = Record<ClaimType, number>;

export function emptyCounts(): ClaimCounts {
  return { named: 0, institutional: 0, report: 0, anonymous: 0, vague: 0 };
}

export function unnamedOf(counts: ClaimCounts): number {
  return CLAIM_TYPES.reduce((n, t) => n + (isUnnamed(t) ? counts[t] : 0), 0);
}

/**
 * One article the reader met. Auto-captured articles keep metadata, counts and
 * compact claims only (footprint ≤ 3 KB, see records.ts); saved ones also keep
 * the full body `text` so their claims can be re-analyzed and re-highlighted.
 */
export interface ArticleRecord {
  id: number;
  /** Normalized page URL (see url.ts); unique. */
  url: string;
  canonicalUrl: string | null;
  title: string;
  outlet: string;
  originalOutlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  lang: string | null;
  /** Epoch ms. */
  firstSeen: number;
  lastSeen: number;
  /** 0|1 rather than boolean: IndexedDB cannot index booleans. */
  saved: 0 | 1;
  /** Ids of the topics this article is on (multiEntry index). */
  topicIds: string[];
  onTopic: 0 | 1;
  /** Counts over *all* claims the analysis found, also those not stored. */
  counts: ClaimCounts;
  unnamedCount: number;
  /** Claims the analysis found but the auto-capture budget did not keep. */
  claimsOmitted: number;
  eventId: string | null;
  /** Event fingerprint keys of this article (from the events module). */
  keys?: string[];
  analyzerVersion: string;
  excerpt: string;
  /** Full body text; present only while the article is saved. */
  text?: string;
  /** Folded, truncated search tokens of title, outlets and stored claims (multiEntry index). */
  terms: string[];
  /**
   * The claims kept for this article, in text order (schema v7 on): all of them, whole, for a
   * saved article; what the footprint budget allows for an auto-captured one (records.ts).
   */
  claims: StoredClaim[];
}

/** A claim as kept inside its article's record. */
export type StoredClaim = Omit<ClaimRecord, 'id' | 'articleId'>;

/** A row of the claims table (schema v1–v7) and the shape claims are exported in. */
export interface ClaimRecord {
  id: number;
  articleId: number;
  /** Position of the claim in the analysis' claim list (gaps = omitted claims). */
  idx: number;
  type: ClaimType;
  /** Offsets into the analyzed text (kept so a saved article can re-highlight). */
  start: number;
  end: number;
  /** The claim's words; capped for auto-captured articles. */
  text: string;
  source: string | null;
  cue: string | null;
  reason: string;
}

export interface OutletRecord {
  name: string;
  articleCount: number;
  counts: ClaimCounts;
}

/**
 * The event fields the store indexes or shows. Writes accept any object with
 * these (the events module's `EventState` fits without a cast: an interface
 * has no index signature, so writes cannot ask for one).
 */
export type EventLike = Pick<EventState, 'id' | 'title' | 'keys' | 'start' | 'end' | 'outlets' | 'articleCount'>;

/**
 * Event state as read back: the indexed fields plus whatever aggregate fields
 * the events module keeps (opaque here, round-tripped as JSON).
 */
export interface StoredEvent extends EventLike {
  [k: string]: unknown;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Articles of schema versions 2–6, whose claims were rows of the claims table. */
export type ArticleRecordV2 = Omit<ArticleRecord, 'claims'>;

/** Shapes of schema version 1, kept for the upgrade code and its tests. */
export interface ArticleRecordV1 extends Omit<ArticleRecord, 'saved' | 'unnamedCount' | 'claimsOmitted' | 'terms' | 'claims'> {
  /** v1 kept the save time (null = not saved); v2 replaced it with an indexable 0|1 flag. */
  savedAt: number | null;
}
export interface ClaimRecordV1 extends Omit<ClaimRecord, 'source' | 'cue'> {
  source: TextSpan | null;
  cue: TextSpan | null;
}

/** Index declarations per version (Dexie syntax). A table left out of a later version keeps its earlier schema. */
export const SCHEMA_V1 = {
  articles: '++id, &url, outlet, publishedAt, lastSeen, savedAt, *topicIds, eventId',
  claims: '++id, articleId, type',
  outlets: 'name',
  events: 'id, *keys, start, end',
  topics: 'id',
  settings: 'key',
} as const;

export const SCHEMA_V2 = {
  // savedAt → saved (0|1) so that "unsaved, least recently seen" (eviction) and
  // "saved, newest first" (collection page) are single compound-index ranges;
  // [outlet+lastSeen] serves the outlet filter in recency order; *terms serves search;
  // analyzerVersion finds stale analyses to recompute.
  articles:
    '++id, &url, outlet, publishedAt, lastSeen, [saved+lastSeen], [outlet+lastSeen], *topicIds, eventId, analyzerVersion, *terms',
} as const;

export const SCHEMA_V3 = {
  // [eventId+lastSeen] lets the popup take an event's most recently seen articles without
  // loading all of them (a long-running story can gather thousands); it also answers plain
  // eventId lookups, as [outlet+lastSeen] does for outlet, so both single indexes go.
  articles:
    '++id, &url, publishedAt, lastSeen, [saved+lastSeen], [outlet+lastSeen], [eventId+lastSeen], *topicIds, analyzerVersion, *terms',
} as const;

export const SCHEMA_V4 = {
  // *wkeys = each event key tagged with every ISO week the event spans ("doha|2845"), so
  // finding candidate events for an article reads only the keys of the weeks around its
  // date instead of every event that ever shared a common key (see timeKeysOf).
  events: 'id, *keys, *wkeys, start, end',
} as const;

export const SCHEMA_V5 = {
  // *keys goes: every candidate search reads *wkeys (an undated search reads a key's whole
  // "key|" range there), and each key it held was one more index entry to write on every
  // event update, the costliest part of storing an article (Chromium store bench).
  events: 'id, *wkeys, start, end',
} as const;

export const SCHEMA_V6 = {
  // Indexes nothing reads go, each one more entry written with every row: stale analyses are
  // found through [saved+lastSeen] (only saved articles are recomputed), claims are only ever
  // read by articleId, and events are listed by their end.
  articles:
    '++id, &url, publishedAt, lastSeen, [saved+lastSeen], [outlet+lastSeen], [eventId+lastSeen], *topicIds, *terms',
  claims: '++id, articleId',
  events: 'id, *wkeys, end',
} as const;

/** v7 moves each article's claims into its record (upgradeV6toV7); the claims table stays until v8. */
export const SCHEMA_V7 = {} as const;

export const SCHEMA_V8 = {
  // An article's claims live in its record: storing one is one row and its index entries, not
  // one more row and index entry per claim written after waiting for the article's new id
  // (the Chromium store bench's write at 100,000 realistic records).
  claims: null,
} as const;

export const SCHEMA_VERSION = 8;

/** Weeks since 1970-01-05 (a Monday) of a YYYY-MM-DD date, or null. */
export function weekOf(day: string | null | undefined): number | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}/.test(day)) return null;
  const t = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(t) ? Math.floor((t / 86_400_000 - 4) / 7) : null;
}

/** At most this many weeks are indexed per event: a story running longer is found by its latest weeks. */
export const MAX_INDEXED_WEEKS = 8;

/** The week-tagged index entries of an event (undated events are tagged "-"). */
export function timeKeysOf(ev: { keys: readonly string[]; start: string | null; end: string | null }): string[] {
  const last = weekOf(ev.end ?? ev.start);
  const first = weekOf(ev.start ?? ev.end);
  if (last === null || first === null) return ev.keys.map((k) => `${k}|-`);
  const weeks: number[] = [];
  for (let w = last; w >= Math.max(first, last - MAX_INDEXED_WEEKS + 1); w--) weeks.push(w);
  return ev.keys.flatMap((k) => weeks.map((w) => `${k}|${w}`));
}

export class SecondSourceDB extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  outlets!: EntityTable<OutletRecord, 'name'>;
  events!: EntityTable<StoredEvent, 'id'>;
  topics!: EntityTable<TopicProfile, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string, deps?: DexieDeps, options: OpenOptions = {}) {
    super(name, {
      ...(deps ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : {}),
      ...(options.durability ? { chromeTransactionDurability: options.durability } : {}),
    });
    // v1: initial tables.
    this.version(1).stores(SCHEMA_V1);
    // v2: articles.savedAt → saved 0|1 (+ compound indexes), unnamedCount, claimsOmitted, terms;
    //     claims.source/cue TextSpan → plain text (offsets of the source phrase were never read back).
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeV1toV2);
    // v3: articles index [eventId+lastSeen] replaces eventId, [outlet+lastSeen] replaces outlet.
    //     Indexes only: Dexie rebuilds them, no data rewrite.
    this.version(3).stores(SCHEMA_V3);
    // v4: events index *wkeys (keys tagged by week) for time-bounded candidate lookups.
    this.version(4).stores(SCHEMA_V4).upgrade((tx) =>
      tx.table<StoredEvent, string>('events').toCollection().modify((e) => {
        e.wkeys = timeKeysOf(e);
      }),
    );
    // v5: events index *keys dropped (index only: Dexie deletes it, no data rewrite).
    this.version(5).stores(SCHEMA_V5);
    // v6: indexes nothing read dropped (articles.analyzerVersion, claims.type, events.start).
    this.version(6).stores(SCHEMA_V6);
    // v7: each article's claims move from the claims table into its record; v8 drops the table.
    this.version(7).stores(SCHEMA_V7).upgrade(upgradeV6toV7);
    this.version(8).stores(SCHEMA_V8);
  }
}

/** An IndexedDB implementation to use instead of the global one (tests: `new IDBFactory()` from fake-indexeddb). */
export type DexieDeps = Required<Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>>;

export interface OpenOptions {
  /**
   * IndexedDB commit durability for every transaction of this connection (Chromium honours it;
   * others ignore it). Unset = the browser's default. Bulk loads (the benchmark's fill) use
   * 'relaxed'; the extension keeps the default, whose commit cost the Chromium store bench
   * reports beside 'relaxed' (`writeDurability`): too small to trade durability for.
   */
  durability?: 'default' | 'strict' | 'relaxed';
}

/** The one way to get the database. Opens lazily on first use (Dexie auto-open). */
export function openDatabase(name = 'second-source', deps?: DexieDeps, options?: OpenOptions): SecondSourceDB {
  return new SecondSourceDB(name, deps, options);
}

async function upgradeV1toV2(tx: Transaction): Promise<void> {
  const claims = tx.table<ClaimRecordV1 | ClaimRecord, number>('claims');
  const articles = tx.table<ArticleRecordV1 | ArticleRecordV2, number>('articles');
  await claims.toCollection().modify((c) => {
    const old = c as ClaimRecordV1;
    (c as ClaimRecord).source = old.source && typeof old.source === 'object' ? old.source.text : (old.source ?? null);
    (c as ClaimRecord).cue = old.cue && typeof old.cue === 'object' ? old.cue.text : (old.cue ?? null);
  });
  // Terms need each article's claims, so walk article by article (upgrades are rare; clarity over speed).
  const ids = await articles.toCollection().primaryKeys();
  for (const id of ids) {
    const old = (await articles.get(id)) as ArticleRecordV1 | undefined;
    if (!old) continue;
    const own = (await claims.where('articleId').equals(id).toArray()) as ClaimRecord[];
    const { savedAt, ...rest } = old;
    const counts = { ...emptyCounts(), ...(old.counts ?? {}) };
    const next: ArticleRecordV2 = {
      ...rest,
      counts,
      saved: savedAt ? 1 : 0,
      unnamedCount: unnamedOf(counts),
      claimsOmitted: Math.max(0, CLAIM_TYPES.reduce((n, t) => n + counts[t], 0) - own.length),
      terms: searchTerms([old.title, old.outlet, old.originalOutlet, ...own.flatMap((c) => [c.text, c.source])]),
    };
    await articles.put(next);
  }
}

/** Articles rewritten per step of the v7 upgrade: bounded memory at a million records. */
const UPGRADE_PAGE = 1000;

/**
 * Claims table rows into their articles' records, in text order: a page of articles (by id)
 * at a time, with the claims of that id range read through the articleId index, so memory
 * stays bounded however large the store. Claims whose article no longer exists go with the table.
 */
async function upgradeV6toV7(tx: Transaction): Promise<void> {
  const claims = tx.table<ClaimRecord, number>('claims');
  const articles = tx.table<ArticleRecord, number>('articles');
  let last = -Infinity;
  for (;;) {
    const page = await articles.where(':id').above(last).limit(UPGRADE_PAGE).toArray();
    const first = page[0];
    const tail = page[page.length - 1];
    if (!first || !tail) break;
    const byArticle = new Map<number, StoredClaim[]>();
    for (const { id: _id, articleId, ...claim } of await claims.where('articleId').between(first.id, tail.id, true, true).toArray()) {
      const list = byArticle.get(articleId) ?? [];
      list.push(claim);
      byArticle.set(articleId, list);
    }
    await articles.bulkPut(page.map((a) => ({ ...a, claims: (byArticle.get(a.id) ?? []).sort((x, y) => x.idx - y.idx) })));
    if (page.length < UPGRADE_PAGE) break;
    last = tail.id;
  }
}
