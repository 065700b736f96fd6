import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  captureArticle, countAutoCaptured, deleteArticle, evictionHeadroom, deleteOutlet, quickAutoCount, unsaveArticle, enforceAutoCaptureCap, getArticleByUrl, getSettings, isQuotaError, resumeAutoCapture,
  saveArticleWithRetry, upsertAnalyzedArticle, updateSettings, type StoredEvent,
} from '../../../utils/store';
import { freshDb, injectWriteFault, makeArticle, claimCount } from '../../fixtures/store/make';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
  it('recognizes a full disk in its wrappings and nothing else', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full', quota()))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quota()))).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: quota() }))).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [null, quota()] })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isQuotaError(new Error('quota-like words but not a quota error'))).toBe(false);
    expect(isQuotaError({ code: 22 })).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('article ids', () => {
  it("never hands a deleted article's id to a new one (a page still showing the old one must not reach the new one)", async () => {
    const db = freshDb();
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await captureArticle(db, makeArticle(i), { now: i });
      if (r.ok) ids.push(r.id);
    }
    const top = Math.max(...ids);
    expect(await deleteArticle(db, top)).toBe(true);
    const r = await captureArticle(db, makeArticle(9), { now: 9 });
    expect(r.ok && r.id).toBeGreaterThan(top);
  });
});

describe('auto-capture cap', () => {
  it('the quick count (outlet totals minus saved) agrees with the exact count through captures, saves, unsaves and deletes', async () => {
    const db = freshDb();
    const agree = async (): Promise<number> => {
      const exact = await countAutoCaptured(db);
      expect(await quickAutoCount(db)).toBe(exact);
      return exact;
    };
    expect(await agree()).toBe(0);
    for (let i = 0; i < 12; i++) await captureArticle(db, makeArticle(i), { now: i });
    expect(await agree()).toBe(12);
    await captureArticle(db, makeArticle(3), { now: 50 }); // a revisit counts once
    await saveArticleWithRetry(db, makeArticle(4).url, undefined, 51);
    await saveArticleWithRetry(db, '', makeArticle(20), 52);
    expect(await agree()).toBe(11);
    await unsaveArticle(db, makeArticle(4).url);
    expect(await agree()).toBe(12);
    await deleteArticle(db, makeArticle(5).url);
    await deleteArticle(db, makeArticle(20).url);
    expect(await agree()).toBe(11);
    const outlet = makeArticle(6).outlet;
    const removed = await deleteOutlet(db, outlet);
    expect(removed).toBeGreaterThan(0);
    expect(await agree()).toBe(11 - removed);
  });

  it('evicts least recently seen auto-captured articles, never saved ones, and drops emptied events', async () => {
    const db = freshDb();
    await updateSettings(db, { autoCaptureCap: 5 });
    const ev: StoredEvent = { id: 'old-event', title: 't', keys: ['k'], start: null, end: null, outlets: [], articleCount: 1 };
    await captureArticle(db, makeArticle(0), { now: 10, event: ev });
    await saveArticleWithRetry(db, '', makeArticle(1), 11);
    for (let i = 2; i < 8; i++) {
      const r = await captureArticle(db, makeArticle(i), { now: 10 + i });
      expect(r.ok).toBe(true);
    }
    // Re-visiting article 2 makes it recent, so 3 goes before it.
    await captureArticle(db, makeArticle(2), { now: 100 });
    const r = await captureArticle(db, makeArticle(8), { now: 101 });
    expect(r).toMatchObject({ ok: true, created: true, evicted: 1 });
    expect(await countAutoCaptured(db)).toBe(5);
    const urls = (await db.articles.toArray()).map((a) => a.url);
    expect(urls).toContain(makeArticle(1).url); // saved, and oldest
    expect(urls).toContain(makeArticle(2).url);
    expect(urls).not.toContain(makeArticle(0).url);
    expect(urls).not.toContain(makeArticle(3).url);
    expect(await db.events.get('old-event')).toBeUndefined();
    expect(await claimCount(db)).toBe(6 * 3);
    const outletTotal = (await db.outlets.toArray()).reduce((n, o) => n + o.articleCount, 0);
    expect(outletTotal).toBe(6);
  });

  it('a capture crossing a large cap evicts down to the headroom below it, so the next captures evict nothing', async () => {
    expect([0, 999, 1000, 5000, 100_000, 1_000_000].map(evictionHeadroom)).toEqual([0, 0, 1, 5, 100, 100]);
    const db = freshDb();
    await updateSettings(db, { autoCaptureCap: 2000 }); // headroom 2
    await db.transaction('rw', [db.articles, db.outlets, db.events], async () => {
      for (let i = 0; i < 2000; i++) await upsertAnalyzedArticle(db, makeArticle(i), { now: i });
    });
    const r1 = await captureArticle(db, makeArticle(2000), { now: 5000 });
    expect(r1).toMatchObject({ ok: true, created: true, evicted: 3 });
    expect(await countAutoCaptured(db)).toBe(1998);
    const left = (await db.articles.toArray()).map((a) => a.lastSeen).sort((x, y) => x - y);
    expect(left[0]).toBe(3); // the three least recently seen went
    const r2 = await captureArticle(db, makeArticle(2001), { now: 5001 });
    const r3 = await captureArticle(db, makeArticle(2002), { now: 5002 });
    expect([r2, r3]).toMatchObject([{ ok: true, evicted: 0 }, { ok: true, evicted: 0 }]);
    expect(await countAutoCaptured(db)).toBe(2000);
    expect(await captureArticle(db, makeArticle(2003), { now: 5003 })).toMatchObject({ ok: true, evicted: 3 });
    expect(await quickAutoCount(db)).toBe(1998);
  });

  it('a lower cap evicts in batches down to the cap; saved items survive a cap of 0', async () => {
    const db = freshDb();
    for (let i = 0; i < 30; i++) await upsertAnalyzedArticle(db, makeArticle(i), { now: i, save: i < 3 });
    expect(await enforceAutoCaptureCap(db, 10)).toBe(17);
    expect(await countAutoCaptured(db)).toBe(10);
    const left = (await db.articles.where('saved').equals(0).toArray()).map((a) => a.lastSeen).sort((x, y) => x - y);
    expect(left[0]).toBe(20);
    expect(await enforceAutoCaptureCap(db, 0)).toBe(10);
    expect(await db.articles.count()).toBe(3);
  });

  it('respects the autoCapture switch', async () => {
    const db = freshDb();
    await updateSettings(db, { autoCapture: false });
    expect(await captureArticle(db, makeArticle(1))).toMatchObject({ ok: false, reason: 'disabled' });
    expect(await db.articles.count()).toBe(0);
  });
});

describe('full disk', () => {
  for (const [label, make] of [
    ['a raw QuotaExceededError', quota],
    ['a Dexie-wrapped QuotaExceededError', () => new Dexie.QuotaExceededError('full', quota())],
  ] as const) {
    it(`auto-capture pauses on ${label}, keeps everything stored, and resumes on request`, async () => {
      const db = freshDb();
      const fault = injectWriteFault(db, 'articles', make);
      await saveArticleWithRetry(db, '', makeArticle(1), 1);
      await captureArticle(db, makeArticle(2), { now: 2 });
      fault.armed = true;
      const r = await captureArticle(db, makeArticle(3), { now: 3 });
      expect(r).toMatchObject({ ok: false, reason: 'quota' });
      const s = await getSettings(db);
      expect(s.autoCapturePaused).toEqual({ at: 3, reason: 'quota' });
      fault.armed = false;
      expect(await captureArticle(db, makeArticle(4), { now: 4 })).toMatchObject({ ok: false, reason: 'paused' });
      expect((await db.articles.toArray()).map((a) => a.url).sort()).toEqual([makeArticle(1).url, makeArticle(2).url].sort());
      expect(await claimCount(db)).toBe(6);
      await resumeAutoCapture(db);
      expect(await captureArticle(db, makeArticle(4), { now: 5 })).toMatchObject({ ok: true });
    });
  }

  it('other errors are not mistaken for a full disk', async () => {
    const db = freshDb();
    const fault = injectWriteFault(db, 'articles', () => new Error('disk on fire'));
    fault.armed = true;
    await expect(captureArticle(db, makeArticle(1))).rejects.toThrow(/disk on fire/);
    expect((await getSettings(db)).autoCapturePaused).toBeNull();
  });

  it('an explicit save under quota evicts auto-captured items first and retries once', async () => {
    const db = freshDb();
    const fault = injectWriteFault(db, 'articles', quota);
    for (let i = 0; i < 60; i++) await upsertAnalyzedArticle(db, makeArticle(i), { now: i, save: i === 0 });
    fault.failNext = 1; // a full disk that eviction relieves
    const a = makeArticle(100);
    const r = await saveArticleWithRetry(db, a.url, a, 200);
    expect(fault.hits).toBe(1);
    expect(r.ok).toBe(true);
    expect((await getArticleByUrl(db, a.url))?.saved).toBe(1);
    expect(await getArticleByUrl(db, makeArticle(0).url)).toBeDefined(); // saved one kept
    expect(await countAutoCaptured(db)).toBe(59 - 50);
    // The least recently seen went first.
    expect(await getArticleByUrl(db, makeArticle(1).url)).toBeUndefined();
    expect(await getArticleByUrl(db, makeArticle(59).url)).toBeDefined();
    expect((await getSettings(db)).autoCapturePaused).toBeNull();
  });

  it('an explicit save that still does not fit reports quota and pauses capture, losing no saved item', async () => {
    const db = freshDb();
    const fault = injectWriteFault(db, 'articles', quota);
    for (let i = 0; i < 5; i++) await upsertAnalyzedArticle(db, makeArticle(i), { now: i, save: i < 2 });
    fault.armed = true;
    const r = await saveArticleWithRetry(db, '', makeArticle(9), 50);
    expect(r).toMatchObject({ ok: false, reason: 'quota' });
    expect(fault.hits).toBe(2); // first try and the one retry
    fault.armed = false;
    expect(await db.articles.where('saved').equals(1).count()).toBe(2);
    expect((await getSettings(db)).autoCapturePaused?.reason).toBe('quota');
  });
});
