import { describe, expect, it } from 'vitest';
import {
  deleteArticle, deleteEverything, deleteOutlet, findCandidateEvents, getArticleByUrl, getClaims, getEventWithArticles,
  getSettings, listArticles, SEARCH_PLAN, listEvents, listOutlets, putEvent, saveArticle, staleAnalyses, unsaveArticle,
  updateSettings, upsertAnalyzedArticle, upsertArticleWithEvent, type StoredEvent,
} from '../../../utils/store';
import { freshDb, injectWriteFault, makeArticle, claimCount } from '../../fixtures/store/make';

function event(id: string, keys: string[], start: string | null, end: string | null = start): StoredEvent {
  return { id, title: `Event ${id}`, keys, start, end, outlets: [], articleCount: 0, centroid: { w: 1 } };
}

describe('upsertAnalyzedArticle', () => {
  it('creates, then on re-visit updates lastSeen and replaces claims without duplicating', async () => {
    const db = freshDb();
    const a = makeArticle(1, { url: 'https://x.example.com/s/1/?utm_source=nl#c' });
    const first = await upsertAnalyzedArticle(db, a, { now: 100 });
    expect(first.created).toBe(true);
    const again = await upsertAnalyzedArticle(db, { ...a, url: 'https://x.example.com/s/1', claims: a.claims.slice(0, 1) }, { now: 200 });
    expect(again).toEqual({ id: first.id, created: false });
    const rec = await getArticleByUrl(db, 'https://x.example.com/s/1#top');
    expect(rec).toMatchObject({ firstSeen: 100, lastSeen: 200, saved: 0 });
    expect(rec?.text).toBeUndefined();
    expect(await getClaims(db, first.id)).toHaveLength(1);
    expect(await db.articles.count()).toBe(1);
    const outlets = await listOutlets(db);
    expect(outlets).toEqual([{ name: a.outlet, articleCount: 1, counts: { named: 0, institutional: 0, report: 0, anonymous: 1, vague: 0 } }]);
  });

  it('moves outlet counts when a re-visit reports another outlet', async () => {
    const db = freshDb();
    await upsertAnalyzedArticle(db, makeArticle(1, { outlet: 'Old Name' }), { now: 1 });
    await upsertAnalyzedArticle(db, makeArticle(1, { outlet: 'New Name' }), { now: 2 });
    expect((await listOutlets(db)).map((o) => [o.name, o.articleCount])).toEqual([['New Name', 1]]);
  });

  it('a failure after the article write leaves no half record', async () => {
    const db = freshDb();
    // The outlet row is written with (new article) or after (re-visit) the article row.
    const fault = injectWriteFault(db, 'outlets', () => new Error('worker killed'));
    await upsertAnalyzedArticle(db, makeArticle(1), { now: 1 });
    fault.armed = true;
    await expect(upsertAnalyzedArticle(db, makeArticle(2), { now: 2 })).rejects.toThrow(/worker killed/);
    await expect(upsertArticleWithEvent(db, makeArticle(3), event('e3', ['k'], '2024-01-01'), { now: 3 })).rejects.toThrow();
    // A failing re-visit must not lose the earlier claims either.
    await expect(upsertAnalyzedArticle(db, makeArticle(1), { now: 4 })).rejects.toThrow();
    expect(fault.hits).toBe(3);
    fault.armed = false;
    expect(await db.articles.count()).toBe(1);
    expect((await getArticleByUrl(db, makeArticle(1).url))?.lastSeen).toBe(1);
    expect(await claimCount(db)).toBe(3);
    expect(await db.events.count()).toBe(0);
    expect((await listOutlets(db)).reduce((n, o) => n + o.articleCount, 0)).toBe(1);
  });

  it('concurrent writes from several tabs stay consistent', async () => {
    const db = freshDb();
    const writes = [];
    for (let i = 0; i < 60; i++) writes.push(upsertAnalyzedArticle(db, makeArticle(i % 12), { now: 1000 + i }));
    const results = await Promise.all(writes);
    expect(await db.articles.count()).toBe(12);
    expect(results.filter((r) => r.created)).toHaveLength(12);
    expect(new Set(results.map((r) => r.id)).size).toBe(12);
    expect(await claimCount(db)).toBe(12 * 3);
    const outlets = await listOutlets(db);
    expect(outlets.reduce((n, o) => n + o.articleCount, 0)).toBe(12);
    expect(outlets.reduce((n, o) => n + o.counts.anonymous, 0)).toBe(12);
    for (const r of await db.articles.toArray()) expect(r.lastSeen).toBeGreaterThanOrEqual(1048);
  });
});

describe('save / unsave', () => {
  it('saving keeps full text, survives re-visits, and unsaving compacts again', async () => {
    const db = freshDb();
    const a = makeArticle(5, { types: Array(25).fill('named'), words: 50 });
    await upsertAnalyzedArticle(db, a, { now: 1 });
    const auto = await getArticleByUrl(db, a.url);
    expect(auto?.claimsOmitted).toBeGreaterThan(0);
    const saved = await saveArticle(db, a.url, a, 2);
    expect(saved?.saved).toBe(1);
    expect(saved?.text).toBe(a.text);
    expect(await getClaims(db, saved!.id)).toHaveLength(25);
    await upsertAnalyzedArticle(db, a, { now: 3 }); // plain re-visit
    expect((await getArticleByUrl(db, a.url))?.text).toBe(a.text);
    expect(await unsaveArticle(db, a.url)).toBe(true);
    const back = await getArticleByUrl(db, a.url);
    expect(back?.saved).toBe(0);
    expect(back?.text).toBeUndefined();
    expect((await getClaims(db, back!.id)).length).toBe(25 - back!.claimsOmitted);
    expect(back!.claimsOmitted).toBeGreaterThan(0);
  });

  it('saving by url marks the stored record; unknown urls give null', async () => {
    const db = freshDb();
    const a = makeArticle(6);
    await upsertAnalyzedArticle(db, a, { now: 1 });
    expect((await saveArticle(db, a.url))?.saved).toBe(1);
    expect((await getArticleByUrl(db, a.url))?.saved).toBe(1);
    expect(await saveArticle(db, 'https://nowhere.example.com/x')).toBeNull();
    expect(await unsaveArticle(db, 'https://nowhere.example.com/x')).toBe(false);
  });

  it('staleAnalyses lists saved articles of another analyzer version', async () => {
    const db = freshDb();
    await saveArticle(db, '', makeArticle(1, { analyzerVersion: 'a1' }), 1);
    await saveArticle(db, '', makeArticle(2, { analyzerVersion: 'a2' }), 1);
    await upsertAnalyzedArticle(db, makeArticle(3, { analyzerVersion: 'a1' }), { now: 1 });
    expect((await staleAnalyses(db, 'a2')).map((r) => r.url)).toEqual([makeArticle(1).url]);
  });
});

describe('events', () => {
  it('writes article and event atomically and answers the popup query', async () => {
    const db = freshDb();
    const ev = event('e1', ['cairo', 'talks'], '2024-01-02', '2024-01-05');
    await upsertArticleWithEvent(db, makeArticle(1, { publishedAt: '2024-01-03' }), ev, { now: 1, keys: ['cairo'] });
    await upsertArticleWithEvent(db, makeArticle(2, { publishedAt: '2024-01-02', types: ['vague'] }), { ...ev, articleCount: 2 }, { now: 2 });
    await upsertAnalyzedArticle(db, makeArticle(3), { now: 3 });
    const res = await getEventWithArticles(db, 'e1');
    expect(res?.event).toMatchObject({ id: 'e1', articleCount: 2, centroid: { w: 1 } });
    expect(res?.articles.map((a) => a.publishedAt)).toEqual(['2024-01-02', '2024-01-03']);
    expect(res?.articles.map((a) => a.claims.map((c) => c.type))).toEqual([['vague'], ['anonymous', 'named', 'institutional']]);
    // Auto-captured articles leave their keys to the event row (budget for claims).
    expect(res?.articles[1]?.keys).toBeUndefined();
    expect(res?.total).toBe(2);
    expect(res?.articles[0]).not.toHaveProperty('text');
    expect(await getEventWithArticles(db, 'nope')).toBeNull();
  });

  it('the popup query returns the most recently seen articles of a big event', async () => {
    const db = freshDb();
    const ev = event('big', ['k'], '2024-01-01');
    for (let i = 0; i < 12; i++) await upsertArticleWithEvent(db, makeArticle(i), ev, { now: 100 + i, save: i === 0 });
    const res = await getEventWithArticles(db, 'big', { limit: 5 });
    expect(res?.total).toBe(12);
    expect(res?.articles.map((a) => a.lastSeen).sort()).toEqual([107, 108, 109, 110, 111]);
    expect(res?.articles.every((a) => a.claims.length === 3)).toBe(true);
  });

  it('moving an article to another event removes the event it leaves empty', async () => {
    const db = freshDb();
    await upsertArticleWithEvent(db, makeArticle(1), event('a', ['k'], null), { now: 1 });
    await upsertArticleWithEvent(db, makeArticle(2), event('b', ['k'], null), { now: 1 });
    await upsertAnalyzedArticle(db, makeArticle(1), { now: 2 }); // eventId undefined: stays in 'a'
    expect((await getArticleByUrl(db, makeArticle(1).url))?.eventId).toBe('a');
    await upsertAnalyzedArticle(db, makeArticle(1), { now: 3, eventId: 'b' });
    expect(await db.events.get('a')).toBeUndefined();
    expect((await getEventWithArticles(db, 'b'))?.articles).toHaveLength(2);
  });

  it('finds candidate events by shared keys within the date window', async () => {
    const db = freshDb();
    await putEvent(db, event('near2', ['gaza', 'truce'], '2024-03-01', '2024-03-04'));
    await putEvent(db, event('near1', ['gaza'], '2024-03-10'));
    await putEvent(db, event('far', ['gaza', 'truce'], '2023-01-01'));
    await putEvent(db, event('undated', ['truce'], null));
    await putEvent(db, event('other', ['budget'], '2024-03-05'));
    const found = await findCandidateEvents(db, ['gaza', 'truce', 'gaza'], '2024-03-08', 21);
    expect(found.map((e) => e.id)).toEqual(['near2', 'near1']);
    expect((await findCandidateEvents(db, ['gaza', 'truce'], '2024-02-25', 5)).map((e) => e.id)).toEqual(['near2']);
    expect((await findCandidateEvents(db, ['gaza', 'truce'], null)).map((e) => e.id)).toEqual(['near2', 'far', 'near1', 'undated']);
    expect(await findCandidateEvents(db, ['gaza'], '2024-03-08', 21, 1)).toHaveLength(1);
    // The plan for very common keys (date narrowing on keys first) answers the same.
    const saved = SEARCH_PLAN.candidateScanCap;
    SEARCH_PLAN.candidateScanCap = 1;
    try {
      expect((await findCandidateEvents(db, ['gaza', 'truce'], '2024-03-08', 21)).map((e) => e.id)).toEqual(['near2']);
      // Ties on shared keys are cut before dates are known: one of the in-window events, never 'far'.
      const tied = await findCandidateEvents(db, ['gaza'], '2024-03-08', 21);
      expect(tied).toHaveLength(1);
      expect(['near1', 'near2']).toContain(tied[0]?.id);
    } finally {
      SEARCH_PLAN.candidateScanCap = saved;
    }
    expect(await findCandidateEvents(db, [], '2024-03-08')).toEqual([]);
    expect((await listEvents(db)).map((e) => e.id)).toEqual(['near1', 'other', 'near2', 'far', 'undated']);
    expect((await listEvents(db, { offset: 3, limit: 5 })).map((e) => e.id)).toEqual(['far', 'undated']);
  });
});

describe('listArticles', () => {
  async function filled() {
    const db = freshDb();
    for (let i = 0; i < 40; i++) {
      const a = makeArticle(i, {
        title: i % 4 === 0 ? `Hostage negotiations resume, round ${i}` : `Market report ${i}`,
        types: i % 2 ? ['named'] : ['anonymous', 'named'],
        topics: i % 3 ? ['israel-hamas'] : ['economy'],
      });
      await upsertAnalyzedArticle(db, a, { now: 1000 + i, save: i % 10 === 0 });
    }
    return db;
  }

  it('filters by text on title, outlet and claim words, newest first, with paging', async () => {
    const db = await filled();
    const hits = await listArticles(db, { text: 'hostage negot', limit: 100 });
    expect(hits.map((h) => h.title.startsWith('Hostage'))).toEqual(Array(10).fill(true));
    expect(hits.map((h) => h.lastSeen)).toEqual([...hits.map((h) => h.lastSeen)].sort((x, y) => y - x));
    expect(await listArticles(db, { text: 'Outlet 3', limit: 100 })).toHaveLength(8);
    // "senior official" appears only inside anonymous claims.
    expect(await listArticles(db, { text: 'senior official', limit: 100 })).toHaveLength(20);
    expect(await listArticles(db, { text: 'zanzibar' })).toEqual([]);
    const page1 = await listArticles(db, { text: 'market', limit: 10 });
    const page2 = await listArticles(db, { text: 'market', limit: 10, offset: 10 });
    expect(new Set([...page1, ...page2].map((r) => r.id)).size).toBe(20);
  });

  it('finds reading history by title, outlet and who is quoted, and saved articles also by the words of their claims', async () => {
    const db = freshDb();
    const a = makeArticle(3, { types: ['anonymous', 'named'] });
    await upsertAnalyzedArticle(db, a, { now: 1000 });
    // "ceasefire" is only in the claims' text (the title is "Story 3 about talks in Cairo").
    expect(await listArticles(db, { text: 'ceasefire' })).toEqual([]);
    expect(await listArticles(db, { text: 'senior official' })).toHaveLength(1);
    expect(await listArticles(db, { text: 'cairo talks' })).toHaveLength(1);
    // Saving the stored record (no fresh analysis at hand) makes its claim words searchable ...
    await saveArticle(db, a.url);
    expect((await listArticles(db, { text: 'ceasefire' })).map((r) => r.url)).toEqual([a.url]);
    // ... and so does saving with the full analysis; back in the history, they are not.
    await unsaveArticle(db, a.url);
    expect(await listArticles(db, { text: 'ceasefire' })).toEqual([]);
    await saveArticle(db, a.url, a);
    expect(await listArticles(db, { text: 'ceasefire' })).toHaveLength(1);
  });

  it('common words walk by recency and give the same answer as the index', async () => {
    const db = await filled();
    const queries = ['market', 'ceasefire plan', 'hostage 8', 'outlet report'];
    const viaIndex = await Promise.all(queries.map((text) => listArticles(db, { text, limit: 100 })));
    const saved = SEARCH_PLAN.textIndexMax;
    SEARCH_PLAN.textIndexMax = 5;
    try {
      for (const [i, text] of queries.entries()) {
        expect(viaIndex[i]!.length).toBeGreaterThan(0);
        expect((await listArticles(db, { text, limit: 100 })).map((r) => r.id)).toEqual(viaIndex[i]!.map((r) => r.id));
        expect((await listArticles(db, { text, limit: 3, offset: 2 })).map((r) => r.id)).toEqual(viaIndex[i]!.slice(2, 5).map((r) => r.id));
      }
    } finally {
      SEARCH_PLAN.textIndexMax = saved;
    }
  });

  it('combines filters and agrees with a full scan', async () => {
    const db = await filled();
    const all = await db.articles.toArray();
    const cases = [
      { q: { outlet: 'Outlet 2', hasUnnamed: true }, f: (r: (typeof all)[number]) => r.outlet === 'Outlet 2' && r.unnamedCount > 0 },
      { q: { saved: true }, f: (r: (typeof all)[number]) => r.saved === 1 },
      { q: { saved: false, topicId: 'economy' }, f: (r: (typeof all)[number]) => r.saved === 0 && r.topicIds.includes('economy') },
      { q: { topicId: 'israel-hamas', from: '2024-01-05', to: '2024-01-10' }, f: (r: (typeof all)[number]) => r.topicIds.includes('israel-hamas') && r.publishedAt! >= '2024-01-05' && r.publishedAt! <= '2024-01-10' },
      { q: { from: '2024-01-20' }, f: (r: (typeof all)[number]) => r.publishedAt! >= '2024-01-20' },
      { q: { hasUnnamed: false }, f: (r: (typeof all)[number]) => r.unnamedCount === 0 },
      { q: { text: 'hostage', saved: true }, f: (r: (typeof all)[number]) => r.saved === 1 && r.title.startsWith('Hostage') },
    ];
    for (const { q, f } of cases) {
      const expected = all.filter(f).sort((x, y) => y.lastSeen - x.lastSeen).map((r) => r.id);
      expect(expected.length).toBeGreaterThan(0);
      expect((await listArticles(db, { ...q, limit: 100 })).map((r) => r.id)).toEqual(expected);
      expect((await listArticles(db, { ...q, limit: 2, offset: 1 })).map((r) => r.id)).toEqual(expected.slice(1, 3));
    }
  });
});

describe('deletes', () => {
  it('deleteArticle removes claims, outlet counts and an event left empty', async () => {
    const db = freshDb();
    const ev = event('e', ['k'], '2024-01-01');
    const { id } = await upsertArticleWithEvent(db, makeArticle(1), ev, { now: 1 });
    await upsertArticleWithEvent(db, makeArticle(6), ev, { now: 2 }); // same outlet (n % 5)
    expect(await deleteArticle(db, id)).toBe(true);
    expect(await getClaims(db, id)).toEqual([]);
    expect((await listOutlets(db))[0]?.articleCount).toBe(1);
    expect(await db.events.count()).toBe(1);
    expect(await deleteArticle(db, makeArticle(6).url)).toBe(true);
    expect(await db.events.count()).toBe(0);
    expect(await listOutlets(db)).toEqual([]);
    expect(await deleteArticle(db, 999)).toBe(false);
  });

  it('deleteOutlet removes only that outlet', async () => {
    const db = freshDb();
    for (let i = 0; i < 10; i++) await upsertAnalyzedArticle(db, makeArticle(i), { now: i, save: i === 0 });
    expect(await deleteOutlet(db, 'Outlet 0')).toBe(2);
    expect(await db.articles.where('outlet').equals('Outlet 0').count()).toBe(0);
    expect(await db.articles.count()).toBe(8);
    expect(await claimCount(db)).toBe(8 * 3);
    expect((await listOutlets(db)).map((o) => o.name)).not.toContain('Outlet 0');
  });

  it('deleteEverything clears reading data and keeps the configuration unless asked', async () => {
    const db = freshDb();
    await upsertArticleWithEvent(db, makeArticle(1), event('e', ['k'], null), { now: 1 });
    await updateSettings(db, { autoCaptureCap: 10, autoCapturePaused: { at: 1, reason: 'quota' } });
    await db.topics.put({ id: 't', name: 'T', description: '', terms: [], phrases: [], entities: [], negative: [], threshold: 1 });
    await deleteEverything(db);
    expect([await db.articles.count(), await claimCount(db), await db.outlets.count(), await db.events.count()]).toEqual([0, 0, 0, 0]);
    const s = await getSettings(db);
    expect(s.autoCaptureCap).toBe(10);
    expect(s.autoCapturePaused).toBeNull();
    expect(await db.topics.count()).toBe(1);
    await deleteEverything(db, { includeSettings: true });
    expect((await getSettings(db)).autoCaptureCap).toBe(5000);
    expect(await db.topics.count()).toBe(0);
  });
});
