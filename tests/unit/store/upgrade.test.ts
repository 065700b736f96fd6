/**
 * Upgrade from every earlier schema version: a database created by the old
 * declaration (written out here as it shipped, not imported, so a later edit
 * of db.ts cannot silently change the history) opens with the current class
 * and every record is found, rewritten to the current shape.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { claimCount } from '../../fixtures/store/make';
import { deleteOutlet, getClaims, getEventWithArticles, listArticles, listEvents, listOutlets, openDatabase, SCHEMA_VERSION, staleAnalyses } from '../../../utils/store';

const V1_STORES = {
  articles: '++id, &url, outlet, publishedAt, lastSeen, savedAt, *topicIds, eventId',
  claims: '++id, articleId, type',
  outlets: 'name',
  events: 'id, *keys, start, end',
  topics: 'id',
  settings: 'key',
};

const V2_STORES = {
  articles: '++id, &url, outlet, publishedAt, lastSeen, [saved+lastSeen], [outlet+lastSeen], *topicIds, eventId, analyzerVersion, *terms',
};

function v1Article(i: number, savedAt: number | null) {
  return {
    url: `https://old.example.com/a${i}`, canonicalUrl: null, title: `Old story ${i} on hostage talks`, outlet: i % 2 ? 'Odd Post' : 'Even Times',
    originalOutlet: null, byline: null, publishedAt: '2023-11-0' + (1 + (i % 9)), lang: 'en', firstSeen: 1000 + i, lastSeen: 2000 + i,
    savedAt, topicIds: ['israel-hamas'], onTopic: 1, counts: { named: 1, institutional: 0, report: 0, anonymous: 2, vague: 1 },
    eventId: 'ev1', analyzerVersion: 'a0', excerpt: 'x', ...(savedAt ? { text: 'Full text of a saved old story.' } : {}),
  };
}

describe('schema upgrade', () => {
  it(`opens a version-1 database with the current schema (v${SCHEMA_VERSION}) without losing records`, async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('up', { indexedDB, IDBKeyRange });
    old.version(1).stores(V1_STORES);
    const ids: number[] = [];
    for (let i = 0; i < 30; i++) ids.push((await old.table('articles').add(v1Article(i, i % 3 === 0 ? 5000 + i : null))) as number);
    for (const id of ids) {
      await old.table('claims').bulkAdd([
        { articleId: id, idx: 0, type: 'anonymous', start: 0, end: 40, text: 'a senior diplomat said the deal was near', source: { start: 0, end: 17, text: 'a senior diplomat' }, cue: { start: 18, end: 22, text: 'said' }, reason: 'no name given' },
        { articleId: id, idx: 1, type: 'named', start: 41, end: 60, text: 'Envoy Bram Olin denied it', source: { start: 41, end: 56, text: 'Envoy Bram Olin' }, cue: null, reason: 'named' },
      ]);
    }
    await old.table('outlets').bulkAdd([{ name: 'Odd Post', articleCount: 15, counts: { named: 15, institutional: 0, report: 0, anonymous: 30, vague: 15 } }]);
    await old.table('events').add({ id: 'ev1', title: 'Talks', keys: ['talks', 'hostage'], start: '2023-11-01', end: '2023-11-09', outlets: ['Odd Post'], articleCount: 30, extra: { any: 1 } });
    await old.table('settings').add({ key: 'autoCaptureCap', value: 123 });
    await old.table('topics').add({ id: 't', name: 'T', description: '', terms: [], phrases: [], entities: [], negative: [], threshold: 1 });
    old.close();

    const db = openDatabase('up', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.articles.count()).toBe(30);
    expect(await claimCount(db)).toBe(60);
    for (let i = 0; i < 30; i++) {
      const a = await db.articles.get(ids[i]!);
      expect(a?.url).toBe(`https://old.example.com/a${i}`);
      expect(a?.saved).toBe(i % 3 === 0 ? 1 : 0);
      expect(a).not.toHaveProperty('savedAt');
      expect(a?.unnamedCount).toBe(3);
      expect(a?.claimsOmitted).toBe(2); // 4 counted, 2 stored
      expect(a?.terms).toContain('diplomat');
      if (i % 3 === 0) expect(a?.text).toContain('Full text');
      const claims = await getClaims(db, ids[i]!);
      expect(claims.map((c) => [c.source, c.cue])).toEqual([['a senior diplomat', 'said'], ['Envoy Bram Olin', null]]);
    }
    // New indexes work on upgraded data.
    expect(await listArticles(db, { saved: true, limit: 100 })).toHaveLength(10);
    expect((await listArticles(db, { text: 'diplomat', limit: 100 })).length).toBe(30);
    expect((await listArticles(db, { outlet: 'Odd Post', limit: 100 })).length).toBe(15);
    expect((await staleAnalyses(db, 'a1')).length).toBe(10);
    expect((await db.events.get('ev1'))?.extra).toEqual({ any: 1 });
    expect((await db.settings.get('autoCaptureCap'))?.value).toBe(123);
    expect(await db.topics.count()).toBe(1);
    expect((await listOutlets(db)).map((o) => o.name)).toEqual(['Odd Post']);
    db.close();
  });

  it('opens a version-2 database without losing records, and the new indexes answer', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('up2', { indexedDB, IDBKeyRange });
    old.version(1).stores(V1_STORES);
    old.version(2).stores(V2_STORES);
    for (let i = 0; i < 20; i++) {
      const { savedAt, ...rest } = v1Article(i, i < 4 ? 1 : null);
      const id = (await old.table('articles').add({
        ...rest, saved: savedAt ? 1 : 0, unnamedCount: 3, claimsOmitted: 3, terms: ['old', 'story', 'hostage', 'talks'],
        eventId: i % 2 ? 'odd' : 'even',
      })) as number;
      await old.table('claims').add({ articleId: id, idx: 0, type: 'vague', start: 0, end: 9, text: 'reportedly', source: null, cue: 'reportedly', reason: 'vague' });
    }
    await old.table('events').bulkAdd([
      { id: 'odd', title: 'o', keys: ['x'], start: '2023-11-01', end: '2023-11-09', outlets: [], articleCount: 10 },
      { id: 'even', title: 'e', keys: ['x'], start: '2023-11-01', end: '2023-11-09', outlets: [], articleCount: 10 },
    ]);
    old.close();

    const db = openDatabase('up2', { indexedDB, IDBKeyRange });
    const ev = await getEventWithArticles(db, 'odd', { limit: 3 });
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(ev?.total).toBe(10);
    expect(ev?.articles.map((a) => a.lastSeen).sort()).toEqual([2015, 2017, 2019]);
    expect(await db.articles.count()).toBe(20);
    expect(await claimCount(db)).toBe(20);
    expect((await listArticles(db, { outlet: 'Even Times', limit: 100 })).length).toBe(10);
    expect((await listArticles(db, { text: 'hostage', saved: true, limit: 100 })).length).toBe(4);
    expect(await deleteOutlet(db, 'Even Times')).toBe(10);
    expect(await db.events.get('even')).toBeUndefined();
    db.close();
  });

  it('opens a version-5 database: records kept, claims moved into their articles, the indexes nothing read are gone', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('up5', { indexedDB, IDBKeyRange });
    old.version(5).stores({
      articles: '++id, &url, publishedAt, lastSeen, [saved+lastSeen], [outlet+lastSeen], [eventId+lastSeen], *topicIds, analyzerVersion, *terms',
      claims: '++id, articleId, type', outlets: 'name', events: 'id, *wkeys, start, end', topics: 'id', settings: 'key',
    });
    for (let i = 0; i < 6; i++) {
      const { savedAt, ...rest } = v1Article(i, i < 2 ? 1 : null);
      const id = (await old.table('articles').add({ ...rest, saved: savedAt ? 1 : 0, unnamedCount: 3, claimsOmitted: 0, terms: ['old', 'story', 'hostage'] })) as number;
      await old.table('claims').bulkAdd([
        { articleId: id, idx: 0, type: 'anonymous', start: 0, end: 9, text: 'officials', source: 'officials', cue: 'said', reason: 'no name given' },
        { articleId: id, idx: 1, type: 'vague', start: 10, end: 20, text: 'reportedly', source: null, cue: 'reportedly', reason: 'hedge' },
      ]);
    }
    await old.table('events').bulkAdd([
      { id: 'ev1', title: 'Talks', keys: ['talks'], wkeys: ['talks|2811'], start: '2023-11-01', end: '2023-11-09', outlets: [], articleCount: 6 },
      { id: 'ev0', title: 'Older', keys: ['aid'], wkeys: ['aid|2800'], start: '2023-08-01', end: '2023-08-03', outlets: [], articleCount: 0 },
    ]);
    old.close();

    const db = openDatabase('up5', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const indexes = (name: string) => db.tables.find((t) => t.name === name)?.schema.indexes.map((x) => x.name).sort();
    // The claims table is gone (v8): each article's claims are in its record (v7), in text order.
    expect(db.tables.map((t) => t.name)).not.toContain('claims');
    expect(indexes('events')).toEqual(['end', 'wkeys']);
    expect(indexes('articles')).not.toContain('analyzerVersion');
    expect(await db.articles.count()).toBe(6);
    expect(await claimCount(db)).toBe(12);
    const first = (await listArticles(db, { limit: 100 })).at(-1)!;
    expect((await getClaims(db, first.id)).map((c) => c.type)).toEqual(['anonymous', 'vague']);
    expect((await staleAnalyses(db, 'a1')).length).toBe(2);
    expect((await listArticles(db, { text: 'hostage', limit: 100 })).length).toBe(6);
    expect((await listEvents(db, { limit: 10 })).map((e) => e.id)).toEqual(['ev1', 'ev0']);
    db.close();
  });

  it('moves the claims of a version-6 database into their articles page by page, in text order, dropping orphans', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('up6', { indexedDB, IDBKeyRange });
    old.version(6).stores({
      articles: '++id, &url, publishedAt, lastSeen, [saved+lastSeen], [outlet+lastSeen], [eventId+lastSeen], *topicIds, *terms',
      claims: '++id, articleId', outlets: 'name', events: 'id, *wkeys, end', topics: 'id', settings: 'key',
    });
    // More articles than one upgrade page (1,000), each with its claims written out of order.
    const n = 2300;
    const ids = (await old.table('articles').bulkAdd(
      Array.from({ length: n }, (_, i) => {
        const { savedAt: _s, ...rest } = v1Article(i, null);
        return { ...rest, saved: 0, unnamedCount: 1, claimsOmitted: 0, terms: ['old'] };
      }),
      { allKeys: true },
    )) as number[];
    const claim = (articleId: number, idx: number) => ({ articleId, idx, type: 'anonymous', start: idx, end: idx + 1, text: `claim ${idx} of ${articleId}`, source: 'officials', cue: 'said', reason: 'no name given' });
    await old.table('claims').bulkAdd(ids.flatMap((id, i) => (i % 7 === 0 ? [] : [claim(id, 2), claim(id, 0), claim(id, 1)])));
    await old.table('claims').add(claim(999_999, 0)); // its article was deleted
    old.close();

    const db = openDatabase('up6', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.articles.count()).toBe(n);
    expect(await claimCount(db)).toBe(ids.filter((_, i) => i % 7 !== 0).length * 3);
    for (const i of [0, 1, 999, 1000, 1001, 2299]) {
      const claims = await getClaims(db, ids[i]!);
      expect(claims.map((c) => c.text)).toEqual(i % 7 === 0 ? [] : [0, 1, 2].map((k) => `claim ${k} of ${ids[i]}`));
    }
    db.close();
  });

  it('creates a fresh database at the current version', async () => {
    const db = openDatabase('fresh', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['articles', 'events', 'outlets', 'settings', 'topics']);
    db.close();
  });
});
