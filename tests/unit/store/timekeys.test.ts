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
    // Without a date every event sharing a key is a candidate.
    expect((await findCandidateEvents(db, ['hamas'], null)).map((e) => e.id).sort()).toEqual(['far', 'near']);
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
