/**
 * Writes and queries over articles, claims, outlets and events.
 *
 * Every write that touches more than one table runs in one `rw` transaction:
 * a service worker stopped mid-write (MV3 kills idle workers) aborts the
 * transaction and IndexedDB keeps nothing of it, so there are no half records
 * (an article without its claims, outlet counts that include a lost article).
 */
import Dexie from 'dexie';
import type { AnalyzedArticle } from '../types';
import { CLAIM_TYPES } from '../types';
import type { ArticleRecord, ClaimCounts, EventLike, OutletRecord, SecondSourceDB, StoredClaim, StoredEvent } from './db';
import { emptyCounts, timeKeysOf, weekOf } from './db';
import { buildRecords, fitAutoBudget, termsOf, type ClaimDraft } from './records';
import { queryTokens, termsMatch, tokenize } from './search';
import { normalizeUrl } from './url';

export interface UpsertOptions {
  /** Event this article belongs to; undefined keeps the stored one, null clears it. */
  eventId?: string | null;
  /** Event fingerprint keys; undefined keeps the stored ones. */
  keys?: string[];
  /** Save the article (keep full text and whole claims). A saved article stays saved on re-visits. */
  save?: boolean;
  /** Clock for tests; epoch ms. */
  now?: number;
}

export interface UpsertResult {
  id: number;
  created: boolean;
}

/**
 * Article (with its claims) + outlet counts, atomically. A re-visit updates lastSeen and
 * replaces the claims. (Events are in scope too: moving an article to another
 * event removes the event it leaves empty.)
 */
export function upsertAnalyzedArticle(db: SecondSourceDB, a: AnalyzedArticle, opts: UpsertOptions = {}): Promise<UpsertResult> {
  return db.transaction('rw', [db.articles, db.outlets, db.events], () => writeArticle(db, a, opts));
}

/** Same as upsertAnalyzedArticle, plus the event row, all in one transaction. */
export function upsertArticleWithEvent(db: SecondSourceDB, a: AnalyzedArticle, event: EventLike, opts: Omit<UpsertOptions, 'eventId'> = {}): Promise<UpsertResult> {
  return db.transaction('rw', [db.articles, db.outlets, db.events], async () => {
    // Issued, not awaited, before the article's requests: IndexedDB runs a transaction's requests
    // in order, so this saves a round trip and a failure still aborts the whole transaction.
    const eventWrite = db.events.put(withTimeKeys(event as StoredEvent));
    const r = await writeArticle(db, a, { ...opts, eventId: event.id });
    await eventWrite;
    return r;
  });
}

async function writeArticle(db: SecondSourceDB, a: AnalyzedArticle, opts: UpsertOptions): Promise<UpsertResult> {
  const now = opts.now ?? Date.now();
  const url = normalizeUrl(a.url);
  // The outlet row is read alongside the url lookup (one round trip, not two); a new article,
  // the common case, then needs no further read. Writes to IndexedDB within one transaction
  // are applied in the order issued, which is what makes issuing them together safe.
  const [existing, outletRow] = await Promise.all([db.articles.where('url').equals(url).first(), db.outlets.get(a.outlet)]);
  const saved = opts.save === true || existing?.saved === 1;
  const built = buildRecords(a, { saved, now, eventId: opts.eventId, keys: opts.keys });
  if (!existing) {
    const row = addToOutlet(outletRow ?? { name: built.article.outlet, articleCount: 0, counts: emptyCounts() }, 1, built.article.counts);
    // The id comes from IndexedDB's key generator, which never hands out a deleted article's id
    // again (a page still showing that article must not reach a new one through it).
    const [id] = await Promise.all([db.articles.add(built.article as ArticleRecord), db.outlets.put(row)]);
    return { id, created: true };
  }
  const next: ArticleRecord = {
    ...built.article,
    id: existing.id,
    firstSeen: Math.min(existing.firstSeen, now),
    lastSeen: Math.max(existing.lastSeen, now),
    eventId: opts.eventId === undefined ? existing.eventId : opts.eventId,
  };
  if (opts.keys === undefined && existing.keys) next.keys = existing.keys;
  await db.articles.put(next);
  await adjustOutlet(db, existing.outlet, -1, existing.counts);
  await adjustOutlet(db, next.outlet, 1, next.counts);
  if (existing.eventId && existing.eventId !== next.eventId) await dropOrphanEvents(db, [existing.eventId]);
  return { id: existing.id, created: false };
}

/** Add (sign 1) or remove (sign -1) one article's contribution to its outlet row; rows reaching 0 go. */
export async function adjustOutlet(db: SecondSourceDB, name: string, sign: 1 | -1, counts: ClaimCounts): Promise<void> {
  const row = addToOutlet((await db.outlets.get(name)) ?? { name, articleCount: 0, counts: emptyCounts() }, sign, counts);
  if (row.articleCount <= 0) await db.outlets.delete(name);
  else await db.outlets.put(row);
}

/** The outlet row with one article's counts added (sign 1) or taken away (sign -1); a new object. */
function addToOutlet(row: OutletRecord, sign: 1 | -1, counts: ClaimCounts): OutletRecord {
  const next: OutletRecord = { name: row.name, articleCount: row.articleCount + sign, counts: { ...emptyCounts(), ...row.counts } };
  for (const t of CLAIM_TYPES) next.counts[t] = Math.max(0, (next.counts[t] ?? 0) + sign * (counts[t] ?? 0));
  return next;
}

/** An event's articles, in lastSeen order (the compound index also serves plain eventId lookups). */
export function articlesOfEvent(db: SecondSourceDB, eventId: string) {
  return db.articles.where('[eventId+lastSeen]').between([eventId, Dexie.minKey], [eventId, Dexie.maxKey]);
}

/**
 * Events whose last article went away are removed (callers run this inside their transaction).
 * The counts are issued together, not one after another: a transaction runs its requests in
 * order, and an eviction of a hundred articles touches about as many events.
 */
export async function dropOrphanEvents(db: SecondSourceDB, eventIds: Iterable<string>): Promise<number> {
  const ids = [...new Set(eventIds)];
  const counts = await Promise.all(ids.map((id) => articlesOfEvent(db, id).count()));
  const empty = ids.filter((_, i) => counts[i] === 0);
  if (empty.length) await db.events.bulkDelete(empty);
  return empty.length;
}

/**
 * Remove articles (their claims are inside them), their outlet counts and orphaned events.
 * Must run inside a rw transaction over articles, outlets and events.
 */
export async function removeArticles(db: SecondSourceDB, records: readonly ArticleRecord[]): Promise<void> {
  if (!records.length) return;
  const ids = records.map((r) => r.id);
  await db.articles.bulkDelete(ids);
  const perOutlet = new Map<string, { n: number; counts: ClaimCounts }>();
  for (const r of records) {
    const o = perOutlet.get(r.outlet) ?? { n: 0, counts: emptyCounts() };
    o.n++;
    for (const t of CLAIM_TYPES) o.counts[t] += r.counts[t] ?? 0;
    perOutlet.set(r.outlet, o);
  }
  // Outlet rows read together and written together (one round trip each, not two per outlet).
  const names = [...perOutlet.keys()];
  const rows = await db.outlets.bulkGet(names);
  const gone: string[] = [];
  const kept: OutletRecord[] = [];
  rows.forEach((row, i) => {
    const o = perOutlet.get(names[i] as string);
    if (!row || !o) return;
    row.articleCount -= o.n;
    for (const t of CLAIM_TYPES) row.counts[t] = Math.max(0, row.counts[t] - o.counts[t]);
    if (row.articleCount <= 0) gone.push(row.name);
    else kept.push(row);
  });
  await Promise.all([db.outlets.bulkDelete(gone), db.outlets.bulkPut(kept)]);
  await dropOrphanEvents(db, records.flatMap((r) => (r.eventId ? [r.eventId] : [])));
}

function allTables(db: SecondSourceDB) {
  return [db.articles, db.outlets, db.events];
}

export async function getArticleByUrl(db: SecondSourceDB, url: string): Promise<ArticleRecord | undefined> {
  return db.articles.where('url').equals(normalizeUrl(url)).first();
}

/** Claims of one article in text order, as every write keeps them (empty for an unknown id). */
export async function getClaims(db: SecondSourceDB, articleId: number): Promise<StoredClaim[]> {
  return (await db.articles.get(articleId))?.claims ?? [];
}

/**
 * Save an article: with the full analysis, store its text and whole claims;
 * without, mark the stored record saved (it then has no text until the next
 * visit re-analyzes it). Returns the record, or null when the url is unknown.
 */
export async function saveArticle(db: SecondSourceDB, url: string, fullArticle?: AnalyzedArticle, now?: number): Promise<ArticleRecord | null> {
  if (fullArticle) {
    const { id } = await upsertAnalyzedArticle(db, fullArticle, { save: true, now });
    return (await db.articles.get(id)) ?? null;
  }
  return db.transaction('rw', db.articles, async () => {
    const r = await getArticleByUrl(db, url);
    if (!r) return null;
    if (r.saved === 1) return r;
    // Saved articles are also found by the words of their claims (records.ts termsOf).
    const saved = { ...r, saved: 1 as const, terms: termsOf({ ...r, saved: 1 }, r.claims) };
    await db.articles.put(saved);
    return saved;
  });
}

/** Back to an auto-captured record: drop the text, re-apply the footprint budget to the claims. */
export async function unsaveArticle(db: SecondSourceDB, url: string): Promise<boolean> {
  return db.transaction('rw', db.articles, async () => {
    const r = await getArticleByUrl(db, url);
    if (!r) return false;
    if (r.saved === 0) return true;
    const drafts: ClaimDraft[] = r.claims;
    const { id, ...draft } = r;
    const fitted = fitAutoBudget({ ...draft, saved: 0 }, drafts);
    await db.articles.put({ ...fitted.article, id } as ArticleRecord);
    return true;
  });
}

export async function deleteArticle(db: SecondSourceDB, idOrUrl: number | string): Promise<boolean> {
  return db.transaction('rw', allTables(db), async () => {
    const r = typeof idOrUrl === 'number' ? await db.articles.get(idOrUrl) : await getArticleByUrl(db, idOrUrl);
    if (!r) return false;
    await removeArticles(db, [r]);
    return true;
  });
}

/** Forget an outlet: all its articles (saved ones too — the reader asked), their claims, and its row. Returns articles removed. */
export async function deleteOutlet(db: SecondSourceDB, name: string): Promise<number> {
  return db.transaction('rw', allTables(db), async () => {
    const records = await db.articles.where('[outlet+lastSeen]').between([name, Dexie.minKey], [name, Dexie.maxKey]).toArray();
    await removeArticles(db, records);
    await db.outlets.delete(name);
    return records.length;
  });
}

/**
 * Delete all reading data: articles, claims, outlets, events. The reader's
 * configuration (settings and topics) stays unless `includeSettings` — a
 * "clear my history" button should not also reset their topics. The
 * auto-capture pause is lifted: the space it was waiting for is free now.
 */
export async function deleteEverything(db: SecondSourceDB, opts: { includeSettings?: boolean } = {}): Promise<void> {
  await db.transaction('rw', [...allTables(db), db.topics, db.settings], async () => {
    await Promise.all(allTables(db).map((t) => t.clear()));
    if (opts.includeSettings) {
      await db.topics.clear();
      await db.settings.clear();
    } else {
      await db.settings.delete('autoCapturePaused');
    }
  });
}

export async function putEvent(db: SecondSourceDB, event: EventLike): Promise<void> {
  await db.events.put(withTimeKeys(event as StoredEvent));
}

/** An event row with its derived week-tagged index entries (recomputed on every write). */
export function withTimeKeys(event: StoredEvent): StoredEvent {
  return { ...event, wkeys: timeKeysOf(event) };
}

export type ArticleWithClaims = Omit<ArticleRecord, 'text'>;

/**
 * The popup's query: one event with its articles (oldest publication first)
 * and their claims. A long-running story can gather thousands of articles, so
 * only the `limit` most recently seen are returned; `total` says how many
 * there are. Body text is left out: the popup never shows it and it would
 * bloat the message.
 */
export async function getEventWithArticles(
  db: SecondSourceDB,
  eventId: string,
  opts: { limit?: number } = {},
): Promise<{ event: StoredEvent; articles: ArticleWithClaims[]; total: number } | null> {
  const limit = Math.max(0, opts.limit ?? 100);
  return db.transaction('r', [db.events, db.articles], async () => {
    const event = await db.events.get(eventId);
    if (!event) return null;
    const total = await articlesOfEvent(db, eventId).count();
    const records = await articlesOfEvent(db, eventId).reverse().limit(limit).toArray();
    const articles = records
      .map(({ text: _t, ...r }) => r)
      .sort((x, y) => (x.publishedAt ?? '').localeCompare(y.publishedAt ?? '') || x.firstSeen - y.firstSeen);
    return { event, articles, total };
  });
}

const DAY_MS = 86_400_000;

function shiftDate(day: string, days: number): string | null {
  const t = Date.parse(day + 'T00:00:00Z');
  if (Number.isNaN(t)) return null;
  return new Date(t + days * DAY_MS).toISOString().slice(0, 10);
}


/**
 * Events sharing at least one fingerprint key with `keys`, whose date range
 * overlaps `around ± windowDays`; most shared keys first, then latest end.
 * With `around`, events without dates are left out (they cannot be placed in
 * the window); with `around` null, dates are not tested. When the keys are
 * common enough to hit thousands of events, only keys are read until the
 * `end` index has narrowed them to events still running at the window's start
 * (for a reader meeting today's news, a small recent slice of the store).
 */
export async function findCandidateEvents(db: SecondSourceDB, keys: readonly string[], around: string | null, windowDays = 21, limit = 50): Promise<StoredEvent[]> {
  const distinct = [...new Set(keys)];
  if (!distinct.length || limit <= 0) return [];
  const from = around ? shiftDate(around, -windowDays) : null;
  const to = around ? shiftDate(around, windowDays) : null;
  return db.transaction('r', db.events, async () => {
    const tally = new Map<string, number>();
    const fromWeek = weekOf(from);
    const toWeek = weekOf(to);
    if (fromWeek !== null && toWeek !== null) {
      // Only the weeks around the article: a common key's postings from years ago are never read.
      await tallyWeekKeys(db, distinct, fromWeek, toWeek, tally);
    } else {
      // Every week of a key ("doha|2845", "doha|-" when undated) sorts between "doha|" and "doha}";
      // exact because fingerprint keys are word tokens, never holding "|".
      const lists = await Promise.all(distinct.map((k) => db.events.where('wkeys').between(`${k}|`, `${k}}`, true, false).primaryKeys()));
      for (const ids of lists) for (const id of new Set(ids)) tally.set(id, (tally.get(id) ?? 0) + 1);
    }
    let ids = [...tally.keys()];
    // Few candidates: load them and test dates in memory. Many (very common keys): narrow by date on keys first.
    if (from && ids.length > SEARCH_PLAN.candidateScanCap) {
      const running = new Set(await db.events.where('end').aboveOrEqual(from).primaryKeys());
      ids = ids.filter((id) => running.has(id));
    }
    const ranked = ids.sort((x, y) => (tally.get(y) ?? 0) - (tally.get(x) ?? 0)).slice(0, SEARCH_PLAN.candidateScanCap);
    const inWindow = (e: StoredEvent | undefined): e is StoredEvent =>
      !!e && (!from || !to || (e.end !== null && e.end >= from && (e.start ?? e.end) <= to));
    // A few candidates (the usual case) are loaded in one go: one round trip. Many are loaded
    // best-sharing first, one tally level at a time, stopping once a whole level has filled the
    // result: lower levels could only rank below `limit` (ties within a level are still all read,
    // so the end-date order among them is the same as loading everything).
    const events: StoredEvent[] = [];
    if (ranked.length <= limit * 4) for (const e of await db.events.bulkGet(ranked)) if (inWindow(e)) events.push(e);
    for (let i = ranked.length <= limit * 4 ? ranked.length : 0; i < ranked.length && events.length < limit; ) {
      const level = tally.get(ranked[i] as string) ?? 0;
      let j = i;
      while (j < ranked.length && (tally.get(ranked[j] as string) ?? 0) === level) j++;
      for (const e of await db.events.bulkGet(ranked.slice(i, j))) if (inWindow(e)) events.push(e);
      i = j;
    }
    return events
      .sort((x, y) => (tally.get(y.id) ?? 0) - (tally.get(x.id) ?? 0) || (y.end ?? '').localeCompare(x.end ?? ''))
      .slice(0, limit);
  });
}

/**
 * Tally, per event, how many of `keys` it has in weeks fromWeek..toWeek. One
 * index range per key ("doha|2845" … "doha|2851"), all requests in flight
 * together: a single round trip to the database instead of a cursor stepping
 * through every key × week. A string range is exact only when both ends have
 * as many digits and keys hold no "|" (fingerprint keys are word tokens);
 * otherwise each key × week is looked up on its own.
 */
async function tallyWeekKeys(db: SecondSourceDB, keys: readonly string[], fromWeek: number, toWeek: number, tally: Map<string, number>): Promise<void> {
  const sameWidth = String(fromWeek).length === String(toWeek).length && fromWeek >= 0;
  const lists = await Promise.all(
    keys.map((k) => {
      if (sameWidth && !k.includes('|')) return db.events.where('wkeys').between(`${k}|${fromWeek}`, `${k}|${toWeek}`, true, true).primaryKeys();
      const wanted: string[] = [];
      for (let w = fromWeek; w <= toWeek; w++) wanted.push(`${k}|${w}`);
      return db.events.where('wkeys').anyOf(wanted).primaryKeys();
    }),
  );
  // An event spanning several of the weeks is listed once per week: count it once per key.
  for (const ids of lists) for (const id of new Set(ids)) tally.set(id, (tally.get(id) ?? 0) + 1);
}

export interface ArticleQuery {
  /** Words to find in title, outlet or stored claims (each a prefix of a word, all required). */
  text?: string;
  outlet?: string;
  topicId?: string;
  /** publishedAt range, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  saved?: boolean;
  hasUnnamed?: boolean;
  limit?: number;
  offset?: number;
}

/** Query planning knobs (tests lower them to reach every plan with little data). */
export const SEARCH_PLAN = {
  /** Above this many index hits for every query word, a recency walk is cheaper than loading the hits. */
  textIndexMax: 3000,
  /** Events loaded at most per candidate search (the best-sharing ones); above it, dates narrow on keys first. */
  candidateScanCap: 2000,
};

function fold(s: string): string {
  return tokenize(s).join(' ');
}

/**
 * Articles matching every given filter, most recently seen first. The most
 * selective index available drives the query (text terms, then outlet or
 * saved in recency order, then topic, then date); the rest filter in memory.
 */
export async function listArticles(db: SecondSourceDB, query: ArticleQuery = {}): Promise<ArticleRecord[]> {
  const limit = Math.max(0, query.limit ?? 50);
  const offset = Math.max(0, query.offset ?? 0);
  const text = query.text?.trim() ?? '';
  const tokens = text ? queryTokens(text) : [];
  // A query of stopwords or one-letter words has no index terms: match it as a phrase on title/outlet.
  const phrase = text && !tokens.length ? fold(text) : '';
  const pred = (r: ArticleRecord): boolean =>
    (query.outlet === undefined || r.outlet === query.outlet) &&
    (query.topicId === undefined || r.topicIds.includes(query.topicId)) &&
    (query.from === undefined || (r.publishedAt !== null && r.publishedAt >= query.from)) &&
    (query.to === undefined || (r.publishedAt !== null && r.publishedAt <= query.to)) &&
    (query.saved === undefined || r.saved === (query.saved ? 1 : 0)) &&
    (query.hasUnnamed === undefined || r.unnamedCount > 0 === query.hasUnnamed) &&
    (!tokens.length || termsMatch(r.terms, tokens)) &&
    (!phrase || ` ${fold(r.title)} ${fold(r.outlet)} `.includes(` ${phrase} `));
  const byRecency = (rows: ArticleRecord[]): ArticleRecord[] =>
    rows.sort((x, y) => y.lastSeen - x.lastSeen || y.id - x.id).slice(offset, offset + limit);

  return db.transaction('r', db.articles, async () => {
    if (tokens.length) {
      // Rare words: intersect the index hits and load only those. Common words ("trump" in a
      // politics-heavy store) would load tens of thousands of rows to return 50, so above
      // SEARCH_PLAN.textIndexMax hits walk the articles newest first and stop once the page is full.
      const hits: number[][] = [];
      for (const t of [...tokens].sort((x, y) => y.length - x.length)) {
        const range = /^\p{N}+$/u.test(t) ? db.articles.where('terms').equals(t) : db.articles.where('terms').startsWith(t);
        if ((await range.count()) > SEARCH_PLAN.textIndexMax) continue;
        hits.push([...new Set(await range.primaryKeys())]);
      }
      if (hits.length) {
        hits.sort((x, y) => x.length - y.length);
        const [first, ...rest] = hits as [number[], ...number[][]];
        const others = rest.map((h) => new Set(h));
        const ids = first.filter((id) => others.every((o) => o.has(id)));
        const rows = (await db.articles.bulkGet(ids)).filter((r): r is ArticleRecord => !!r && pred(r));
        return byRecency(rows);
      }
    }
    if (query.outlet !== undefined) {
      return db.articles
        .where('[outlet+lastSeen]').between([query.outlet, Dexie.minKey], [query.outlet, Dexie.maxKey])
        .reverse().filter(pred).offset(offset).limit(limit).toArray();
    }
    if (query.saved !== undefined) {
      const s = query.saved ? 1 : 0;
      return db.articles
        .where('[saved+lastSeen]').between([s, Dexie.minKey], [s, Dexie.maxKey])
        .reverse().filter(pred).offset(offset).limit(limit).toArray();
    }
    if (query.topicId !== undefined) return byRecency(await db.articles.where('topicIds').equals(query.topicId).filter(pred).toArray());
    if (query.from !== undefined || query.to !== undefined) {
      const rows = await db.articles.where('publishedAt').between(query.from ?? '', query.to ?? '\uffff', true, true).filter(pred).toArray();
      return byRecency(rows);
    }
    return db.articles.orderBy('lastSeen').reverse().filter(pred).offset(offset).limit(limit).toArray();
  });
}

/** Outlets by number of articles stored. */
export async function listOutlets(db: SecondSourceDB): Promise<OutletRecord[]> {
  const rows = await db.outlets.toArray();
  return rows.sort((x, y) => y.articleCount - x.articleCount || x.name.localeCompare(y.name));
}

/** Events, latest end date first; undated events after the dated ones. */
export async function listEvents(db: SecondSourceDB, opts: { limit?: number; offset?: number } = {}): Promise<StoredEvent[]> {
  const limit = Math.max(0, opts.limit ?? 100);
  const offset = Math.max(0, opts.offset ?? 0);
  return db.transaction('r', db.events, async () => {
    const dated = await db.events.orderBy('end').reverse().offset(offset).limit(limit).toArray();
    if (dated.length === limit) return dated;
    // Undated events are not in the `end` index; they are few, so a filtered scan is fine.
    const datedCount = await db.events.orderBy('end').count();
    const undated = await db.events.filter((e) => typeof e.end !== 'string').toArray();
    const skip = Math.max(0, offset - datedCount);
    return [...dated, ...undated.slice(skip, skip + (limit - dated.length))];
  });
}

/** Saved articles analyzed by another analyzer version than `analyzerVersion`: recompute these from their text. */
export async function staleAnalyses(db: SecondSourceDB, analyzerVersion: string): Promise<ArticleRecord[]> {
  return db.articles
    .where('[saved+lastSeen]').between([1, Dexie.minKey], [1, Dexie.maxKey])
    .filter((r) => r.analyzerVersion !== analyzerVersion)
    .toArray();
}
