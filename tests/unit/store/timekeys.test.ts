/**
 * Candidate events are found through week-tagged keys (schema v4): only the
 * weeks around an article are read, across week boundaries, and an old
 * database gains the tags on upgrade.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { findCandidateEvents, openDatabase, putEvent, timeKeysOf, weekOf, type StoredEvent } from '../../../utils/store';
import { freshDb } from '../../fixtures/store/make';

const ev = (id: string, keys: string[], start: string | null, end: string | null = start): StoredEvent => ({
  id, title: id, keys, start, end, outlets: [], articleCount: 1,
});

describe('week-tagged event keys', () => {
  it('tags every key with each week the event spans, newest weeks first, bounded', () => {
    expect(weekOf('2024-11-04')).toBe(weekOf('2024-11-10')); // Monday and Sunday of one week
    expect(weekOf('2024-11-11')).toBe(weekOf('2024-11-10')! + 1);
    expect(timeKeysOf(ev('a', ['doha'], '2024-11-08', '2024-11-19'))).toEqual([`doha|${weekOf('2024-11-19')}`, `doha|${weekOf('2024-11-11')}`, `doha|${weekOf('2024-11-08')}`]);
    expect(timeKeysOf(ev('b', ['doha', 'hamas'], null))).toEqual(['doha|-', 'hamas|-']);
    expect(timeKeysOf(ev('c', ['x'], '2020-01-01', '2024-01-01'))).toHaveLength(8);
  });

  it('finds events sharing keys within the window, ranked by shared keys, and skips far-away ones', async () => {
    const db = freshDb();
    await putEvent(db, ev('near', ['doha', 'hamas', 'qatar'], '2024-11-08'));
    await putEvent(db, ev('near-one-key', ['doha'], '2024-11-25'));
    await putEvent(db, ev('far', ['doha', 'hamas', 'qatar'], '2021-05-10'));
    await putEvent(db, ev('other', ['ukraine'], '2024-11-18'));
    const found = await findCandidateEvents(db, ['doha', 'hamas', 'qatar'], '2024-11-19');
    expect(found.map((e) => e.id)).toEqual(['near', 'near-one-key']);
    // Without a date every event sharing a key is a candidate, undated ones too; a key that
    // merely starts with another ("hamasx") is a different key.
    await putEvent(db, ev('undated', ['hamas', 'aid'], null));
    await putEvent(db, ev('prefix', ['hamasx', 'hama'], '2024-11-18'));
    expect((await findCandidateEvents(db, ['hamas'], null)).map((e) => e.id).sort()).toEqual(['far', 'near', 'undated']);
    expect((await findCandidateEvents(db, ['hamas', 'aid'], null)).map((e) => e.id)[0]).toBe('undated');
  });

  it('opens a v4 database (events still indexed by *keys) and finds its events by key, dated or not', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('v4db', { indexedDB, IDBKeyRange });
    old.version(4).stores({ articles: '++id, &url', claims: '++id, articleId', outlets: 'name', events: 'id, *keys, *wkeys, start, end', topics: 'id', settings: 'key' });
    await old.table('events').bulkPut([
      { ...ev('d', ['rafah', 'aid'], '2024-12-03'), wkeys: timeKeysOf(ev('d', ['rafah', 'aid'], '2024-12-03')) },
      { ...ev('u', ['rafah'], null), wkeys: timeKeysOf(ev('u', ['rafah'], null)) },
    ]);
    old.close();
    const db = openDatabase('v4db', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.tables.find((t) => t.name === 'events')?.schema.indexes.map((i) => i.name).sort()).toEqual(['end', 'wkeys']);
    expect((await findCandidateEvents(db, ['rafah'], null)).map((x) => x.id).sort()).toEqual(['d', 'u']);
    expect((await findCandidateEvents(db, ['rafah'], '2024-12-10')).map((x) => x.id)).toEqual(['d']);
    db.close();
  });

  it('adds the tags to the events of a v3 database on upgrade', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('v3db', { indexedDB, IDBKeyRange });
    old.version(3).stores({ articles: '++id, &url', claims: '++id, articleId', outlets: 'name', events: 'id, *keys, start, end', topics: 'id', settings: 'key' });
    await old.table('events').put(ev('e1', ['rafah', 'aid'], '2024-12-03'));
    old.close();
    const db = openDatabase('v3db', { indexedDB, IDBKeyRange });
    const e = await db.events.get('e1');
    expect(e?.wkeys).toEqual(timeKeysOf(ev('e1', ['rafah', 'aid'], '2024-12-03')));
    expect((await findCandidateEvents(db, ['rafah'], '2024-12-10')).map((x) => x.id)).toEqual(['e1']);
  });
});

describe('findCandidateEvents against a full scan', () => {
  // The reference: every stored event sharing a key in the window's weeks (by its week tags),
  // inside the date window, ranked by shared keys then latest end. The store answers from
  // per-key week ranges and stops loading once a whole tally level fills `limit`; ties within
  // the last level must still be broken by end date exactly as here.
  const DAY = 86_400_000;
  const day = (base: string, d: number): string => new Date(Date.parse(`${base}T00:00:00Z`) + d * DAY).toISOString().slice(0, 10);
  function reference(events: StoredEvent[], keys: string[], around: string, windowDays: number, limit: number): string[] {
    const from = day(around, -windowDays);
    const to = day(around, windowDays);
    const weeks = new Set<string>();
    for (let w = weekOf(from)!; w <= weekOf(to)!; w++) weeks.add(String(w));
    const tally = (e: StoredEvent): number => {
      const tags = new Set(timeKeysOf(e));
      return new Set(keys).size && [...new Set(keys)].filter((k) => [...weeks].some((w) => tags.has(`${k}|${w}`))).length;
    };
    return events
      .filter((e) => tally(e) > 0 && e.end !== null && e.end >= from && (e.start ?? e.end) <= to)
      .sort((x, y) => tally(y) - tally(x) || (y.end ?? '').localeCompare(x.end ?? '') || 0)
      .slice(0, limit)
      .map((e) => `${tally(e)}:${e.end}`);
  }

  it('returns the same ranking for random stores, windows and limits', async () => {
    const fc = await import('fast-check');
    const vocab = ['gaza', 'doha', 'truce', 'qatar', 'hamas', 'rafah'];
    const arbEvent = fc.record({
      keys: fc.uniqueArray(fc.constantFrom(...vocab), { minLength: 1, maxLength: 4 }),
      startOffset: fc.integer({ min: -60, max: 60 }),
      span: fc.integer({ min: 0, max: 40 }),
      undated: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbEvent, { maxLength: 40 }),
        fc.uniqueArray(fc.constantFrom(...vocab), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 12 }),
        // 1989-03-06 starts week 1000: its window spans 3- and 4-digit weeks, where string ranges do not hold.
        fc.constantFrom('2024-03-08', '1989-03-06'),
        async (specs, keys, windowDays, limit, around) => {
          const db = freshDb();
          const events = specs.map((s, i) => {
            const start = day(around, s.startOffset);
            return s.undated ? ev(`e${i}`, s.keys, null) : ev(`e${i}`, s.keys, start, day(start, s.span));
          });
          for (const e of events) await putEvent(db, e);
          const got = await findCandidateEvents(db, keys, around, windowDays, limit);
          // Compared as (tally, end): events equal on both are interchangeable in the ranking.
          const gotTallies = got.map((e) => {
            const ref = reference([e], keys, around, windowDays, 1)[0];
            return ref ?? 'outside';
          });
          expect(gotTallies).toEqual(reference(events, keys, around, windowDays, limit));
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});
