/**
 * Capacity: the cap on auto-captured articles (least recently seen go first),
 * and what happens when the disk is full. Saved articles are the reader's own
 * choice and are never evicted; auto-captured ones are a cache.
 */
import Dexie from 'dexie';
import type { AnalyzedArticle } from '../types';
import type { ArticleRecord, EventLike, SecondSourceDB } from './db';
import { removeArticles, saveArticle, upsertAnalyzedArticle, upsertArticleWithEvent, type UpsertOptions } from './articles';
import { getSettings, updateSettings, type Settings } from './settings';

/** Evictions run in chunks so one transaction never holds thousands of deletes. */
const EVICT_CHUNK = 500;

/** How much auto-captured data an explicit save under quota pressure frees before its one retry. */
export const QUOTA_RELIEF = { minArticles: 50, share: 0.1 } as const;

/**
 * True for a full-disk error in any of its wrappings: the DOMException itself,
 * Dexie's QuotaExceededError, an AbortError/BulkError carrying it as `inner`,
 * `cause` or among `failures`, and Firefox's legacy NS_ERROR_DOM_QUOTA_REACHED.
 */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 5) return false;
  const err = e as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  // DOMException.QUOTA_EXCEEDED_ERR; only trusted on DOMExceptions, other errors use `code` freely.
  if (typeof DOMException !== 'undefined' && e instanceof DOMException && err.code === 22) return true;
  if (isQuotaError(err.inner, depth + 1) || isQuotaError(err.cause, depth + 1)) return true;
  const failures = err.failures;
  if (Array.isArray(failures)) return failures.some((f) => isQuotaError(f, depth + 1));
  if (failures && typeof failures === 'object') return Object.values(failures).some((f) => isQuotaError(f, depth + 1));
  return false;
}

export async function countAutoCaptured(db: SecondSourceDB): Promise<number> {
  return db.articles.where('[saved+lastSeen]').between([0, Dexie.minKey], [0, Dexie.maxKey]).count();
}

/** Remove the `n` least recently seen auto-captured articles (with their claims; outlet counts and orphaned events too). */
export async function evictAutoCaptured(db: SecondSourceDB, n: number): Promise<number> {
  let evicted = 0;
  while (evicted < n) {
    const batch = Math.min(EVICT_CHUNK, n - evicted);
    const removed = await db.transaction('rw', [db.articles, db.outlets, db.events], async () => {
      const oldest: ArticleRecord[] = await db.articles
        .where('[saved+lastSeen]').between([0, Dexie.minKey], [0, Dexie.maxKey])
        .limit(batch).toArray();
      await removeArticles(db, oldest);
      return oldest.length;
    });
    evicted += removed;
    if (removed < batch) break;
  }
  return evicted;
}

/**
 * Auto-captured articles from counts the store already keeps: every outlet row
 * holds its number of articles (kept in the same transactions as the articles),
 * minus the saved ones (few, so their index range is short). Reads ~500 outlet
 * rows instead of walking 100k index entries (~380 ms in Chromium at 100k).
 */
export async function quickAutoCount(db: SecondSourceDB): Promise<number> {
  return db.transaction('r', [db.outlets, db.articles], async () => {
    const [outlets, saved] = await Promise.all([
      db.outlets.toArray(),
      db.articles.where('[saved+lastSeen]').between([1, Dexie.minKey], [1, Dexie.maxKey]).count(),
    ]);
    return Math.max(0, outlets.reduce((n, o) => n + o.articleCount, 0) - saved);
  });
}

/**
 * Captures keep a per-database estimate of the auto-captured count (a service
 * worker that wakes up computes it once, cheaply: quickAutoCount), moved by
 * each capture and recomputed every RECOUNT_EVERY captures so that deletions
 * and saves made elsewhere cannot make it drift for long. A capture that the
 * estimate puts over the cap recounts the same way before removing anything.
 */
const RECOUNT_EVERY = 500;
const estimates = new WeakMap<SecondSourceDB, { count: number; since: number }>();

async function estimatedAutoCount(db: SecondSourceDB): Promise<{ count: number; since: number }> {
  let e = estimates.get(db);
  if (!e || e.since >= RECOUNT_EVERY) {
    e = { count: await quickAutoCount(db), since: 0 };
    estimates.set(db, e);
  }
  return e;
}

/**
 * How far below its cap a capture that crosses the cap brings the store: a thousandth of the
 * cap, at most 100 articles (none under a cap of 1,000). One eviction then makes room for the
 * next captures too, instead of every capture at the cap paying for a recount and a delete
 * transaction of its own (about 20 ms at a million stored articles, Chromium store bench).
 * Lowering the cap in the settings still evicts exactly down to it (enforceAutoCaptureCap).
 */
export function evictionHeadroom(cap: number): number {
  return Math.min(100, Math.floor(cap / 1000));
}

/** Bring the auto-captured count down to the cap (setting `autoCaptureCap` unless given). Returns articles evicted. */
export async function enforceAutoCaptureCap(db: SecondSourceDB, cap?: number): Promise<number> {
  const limit = cap ?? (await getSettings(db)).autoCaptureCap;
  // quickAutoCount, not a walk of the whole index: a store at its cap runs this on every capture
  // (4 s per capture at 1M articles in Chromium with the exact count).
  const over = (await quickAutoCount(db)) - limit;
  return over > 0 ? evictAutoCaptured(db, over) : 0;
}

async function pauseAutoCapture(db: SecondSourceDB, reason: string, now: number): Promise<void> {
  try {
    await updateSettings(db, { autoCapturePaused: { at: now, reason } });
  } catch {
    // Even this tiny write can fail on a full disk; the caller's result still says 'quota'.
  }
}

/** Lift a quota pause (the reader freed space or raised the quota). */
export async function resumeAutoCapture(db: SecondSourceDB): Promise<void> {
  await updateSettings(db, { autoCapturePaused: null });
}

export type CaptureResult =
  | { ok: true; id: number; created: boolean; evicted: number }
  | { ok: false; reason: 'quota' | 'paused' | 'disabled'; message: string };

/**
 * Auto-capture one analyzed article (with its event when given): honours the
 * autoCapture setting and a quota pause, enforces the cap, and turns a full
 * disk into a pause plus `{ ok: false, reason: 'quota' }` — nothing stored is
 * touched, saved articles least of all.
 */
export async function captureArticle(
  db: SecondSourceDB,
  a: AnalyzedArticle,
  opts: Omit<UpsertOptions, 'save'> & { event?: EventLike; settings?: Settings } = {},
): Promise<CaptureResult> {
  const now = opts.now ?? Date.now();
  // A caller that has just read the settings passes them (saves a read on the ingest path).
  const settings = opts.settings ?? (await getSettings(db));
  if (!settings.autoCapture) return { ok: false, reason: 'disabled', message: 'Auto-capture is off.' };
  if (settings.autoCapturePaused) {
    return { ok: false, reason: 'paused', message: `Auto-capture is paused since ${new Date(settings.autoCapturePaused.at).toISOString()}: ${settings.autoCapturePaused.reason}.` };
  }
  try {
    const { event, settings: _settings, ...upsertOpts } = opts;
    const r = event
      ? await upsertArticleWithEvent(db, a, event, { ...upsertOpts, now })
      : await upsertAnalyzedArticle(db, a, { ...upsertOpts, now });
    // Eviction is its own transaction: if the worker stops in between, the store is one article
    // over the cap until the next capture, which is harmless; nothing is half-written.
    let evicted = 0;
    if (r.created) {
      const est = await estimatedAutoCount(db);
      est.count++;
      est.since++;
      const cap = settings.autoCaptureCap;
      if (est.count > cap) {
        // Counted afresh before anything is removed; the count then stands as the new estimate.
        const counted = await quickAutoCount(db);
        if (counted > cap) evicted = await evictAutoCaptured(db, counted - (cap - evictionHeadroom(cap)));
        estimates.set(db, { count: counted - evicted, since: 0 });
      }
    }
    return { ok: true, id: r.id, created: r.created, evicted };
  } catch (e) {
    if (!isQuotaError(e)) throw e;
    await pauseAutoCapture(db, 'quota', now);
    return { ok: false, reason: 'quota', message: 'The browser storage for Second Source is full; auto-capture is paused. Saved articles are safe.' };
  }
}

export type SaveResult = { ok: true; article: ArticleRecord } | { ok: false; reason: 'quota' | 'not-found'; message: string };

/**
 * The reader's explicit save. Under quota pressure it evicts auto-captured
 * articles first (they are a cache, the save is a choice) and retries once;
 * if that still fails, auto-capture is paused and the result says 'quota'.
 */
export async function saveArticleWithRetry(db: SecondSourceDB, url: string, fullArticle?: AnalyzedArticle, now?: number): Promise<SaveResult> {
  const attempt = async (): Promise<SaveResult> => {
    const article = await saveArticle(db, url, fullArticle, now);
    return article ? { ok: true, article } : { ok: false, reason: 'not-found', message: 'This article is not in the store.' };
  };
  try {
    return await attempt();
  } catch (e) {
    if (!isQuotaError(e)) throw e;
  }
  const auto = await countAutoCaptured(db);
  await evictAutoCaptured(db, Math.min(auto, Math.max(QUOTA_RELIEF.minArticles, Math.ceil(auto * QUOTA_RELIEF.share))));
  try {
    return await attempt();
  } catch (e) {
    if (!isQuotaError(e)) throw e;
    await pauseAutoCapture(db, 'quota', now ?? Date.now());
    return { ok: false, reason: 'quota', message: 'The browser storage for Second Source is full even after freeing auto-captured articles.' };
  }
}
