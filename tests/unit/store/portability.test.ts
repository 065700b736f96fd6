import { describe, expect, it } from 'vitest';
import {
  csvCell, exportCSV, exportJSON, getClaims, getArticleByUrl, importJSON, ImportError, listOutlets, saveArticle,
  updateSettings, upsertAnalyzedArticle, upsertArticleWithEvent, type ExportData, type SecondSourceDB,
} from '../../../utils/store';
import { freshDb, makeArticle } from '../../fixtures/store/make';

async function filled(): Promise<SecondSourceDB> {
  const db = freshDb();
  const ev = { id: 'ev-1', title: 'Truce talks', keys: ['truce', 'cairo'], start: '2024-01-01', end: '2024-01-03', outlets: ['Outlet 1'], articleCount: 2, stats: { nested: [1, 2, { x: 'y' }] } };
  await upsertArticleWithEvent(db, makeArticle(1), ev, { now: 10, keys: ['truce'] });
  await upsertArticleWithEvent(db, makeArticle(2, { types: ['vague', 'report'] }), ev, { now: 11 });
  for (let i = 3; i < 12; i++) await upsertAnalyzedArticle(db, makeArticle(i, { types: i % 2 ? ['named'] : [] }), { now: 10 + i, save: i % 4 === 0 });
  await saveArticle(db, '', makeArticle(20, { types: Array(30).fill('anonymous'), words: 40 }), 30);
  await db.topics.put({ id: 'mine', name: 'Mine', description: 'd', terms: [{ term: 'truce', weight: 2 }], phrases: [], entities: [], negative: [], threshold: 2 });
  await updateSettings(db, { autoCaptureCap: 77, disabledSites: ['a.example'] });
  return db;
}

/** A database's content independent of row ids: what a round trip must preserve. */
async function snapshot(db: SecondSourceDB) {
  const articles = await db.articles.toArray();
  const url = new Map(articles.map((a) => [a.id, a.url]));
  return {
    articles: articles.map(({ id: _id, ...a }) => a).sort((x, y) => x.url.localeCompare(y.url)),
    claims: articles.flatMap((a) => a.claims.map((c) => ({ url: url.get(a.id), ...c }))).sort((x, y) => `${x.url} ${x.idx}`.localeCompare(`${y.url} ${y.idx}`)),
    outlets: await listOutlets(db),
    events: await db.events.toArray(),
    topics: await db.topics.toArray(),
    settings: await db.settings.toArray(),
  };
}

describe('export / import', () => {
  it('round-trips everything through JSON text into a fresh database', async () => {
    const a = await filled();
    const progress: string[] = [];
    const data = await exportJSON(a, (p) => progress.push(p.phase));
    expect(data).toMatchObject({ format: 'second-source-export', version: 1 });
    expect(progress).toContain('articles');
    const b = freshDb();
    const r = await importJSON(b, JSON.stringify(data));
    expect(r).toMatchObject({ added: 12, updated: 0, skipped: 0, events: { added: 1, skipped: 0 }, topics: { added: 1, skipped: 0 }, settings: 2 });
    expect(await snapshot(b)).toEqual(await snapshot(a));
  });

  it('re-importing is idempotent: no duplicate articles or claims', async () => {
    const a = await filled();
    const before = await snapshot(a);
    const r = await importJSON(a, await exportJSON(a));
    expect(r).toMatchObject({ added: 0, updated: 0, skipped: 12, events: { skipped: 1 } });
    expect(await snapshot(a)).toEqual(before);
  });

  it('merges by url: newer lastSeen wins the analysis, a save on either side is kept', async () => {
    const a = await filled();
    const data = await exportJSON(a);
    const b = freshDb();
    const one = makeArticle(1, { types: ['named'] });
    const three = makeArticle(3);
    await upsertAnalyzedArticle(b, { ...one, url: one.url + '/?utm_medium=x' }, { now: 5 }); // older than the file's, same url once normalized
    await upsertAnalyzedArticle(b, three, { now: 999, save: true }); // newer and saved locally
    const r = await importJSON(b, data);
    expect(r).toMatchObject({ added: 10, updated: 2, skipped: 0 });
    const r1 = (await getArticleByUrl(b, one.url))!;
    expect(r1).toMatchObject({ firstSeen: 5, lastSeen: 10, eventId: 'ev-1' });
    expect((await getClaims(b, r1.id)).map((c) => c.type)).toEqual(['anonymous', 'named', 'institutional']);
    const r3 = (await getArticleByUrl(b, three.url))!;
    expect(r3).toMatchObject({ saved: 1, lastSeen: 999, firstSeen: 13 });
    expect(await getClaims(b, r3.id)).toHaveLength(3);
    expect(await b.articles.count()).toBe(12);
    expect((await listOutlets(b)).reduce((n, o) => n + o.articleCount, 0)).toBe(12);
  });
});

describe('hostile or corrupt imports are rejected whole', () => {
  const mutations: [string, (d: Record<string, unknown> & ExportData) => unknown][] = [
    ['not JSON', () => '{"format": "second-source-export", '],
    ['not an object', () => [1, 2]],
    ['wrong format', (d) => ({ ...d, format: 'other-tool' })],
    ['future version', (d) => ({ ...d, version: 2 })],
    ['articles not an array', (d) => ({ ...d, articles: {} })],
    ['wrong field type', (d) => { (d.articles[0] as unknown as Record<string, unknown>).title = 42; return d; }],
    ['bad claim type', (d) => { (d.claims[0] as unknown as Record<string, unknown>).type = 'rumour'; return d; }],
    ['claim end before start', (d) => { d.claims[0]!.start = 50; d.claims[0]!.end = 10; return d; }],
    ['claim of a missing article', (d) => { d.claims[0]!.articleId = 123456; return d; }],
    ['duplicate article ids', (d) => { d.articles[1]!.id = d.articles[0]!.id; return d; }],
    ['string over its limit', (d) => { d.articles[d.articles.length - 1]!.title = 'x'.repeat(5000); return d; }],
    ['absurd number of articles', (d) => ({ ...d, articles: new Array(300_000) })],
    ['__proto__ key', (d) => JSON.stringify(d).replace('"title":', '"__proto__":{"polluted":1},"title":')],
    ['constructor key in an event', (d) => { (d.events[0] as Record<string, unknown>)['constructor'] = { prototype: { polluted: 1 } }; return d; }],
    ['nesting too deep', (d) => { let x: unknown = 1; for (let i = 0; i < 50; i++) x = [x]; d.events[0]!.deep = x; return d; }],
    ['invalid setting value', (d) => { d.settings.push({ key: 'autoCaptureCap', value: -5 }); return d; }],
    ['unknown setting', (d) => { d.settings.push({ key: 'evil', value: 1 }); return d; }],
    ['negative time', (d) => { d.articles[2]!.lastSeen = -1; return d; }],
    ['bad date', (d) => { d.articles[2]!.publishedAt = 'yesterday'; return d; }],
  ];

  for (const [label, mutate] of mutations) {
    it(label, async () => {
      const src = await filled();
      const good = await exportJSON(src);
      const target = freshDb();
      await upsertAnalyzedArticle(target, makeArticle(50), { now: 1 });
      await updateSettings(target, { autoCaptureCap: 9 });
      const before = await snapshot(target);
      const bad = mutate(JSON.parse(JSON.stringify(good)) as Record<string, unknown> & ExportData);
      await expect(importJSON(target, bad)).rejects.toBeInstanceOf(ImportError);
      expect(await snapshot(target)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('the error says what is wrong', async () => {
    const db = freshDb();
    await expect(importJSON(db, { format: 'second-source-export', version: 7 })).rejects.toThrow(/version 7/);
    const d = await exportJSON(await filled());
    (d.articles[3] as unknown as Record<string, unknown>).saved = 'yes';
    await expect(importJSON(db, d)).rejects.toThrow(/articles\.3\.saved/);
  });
});

/** Minimal RFC 4180 reader for checking our writer. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    for (const f of ['+1', '-2+3', '@SUM(A1)', '\t=1']) expect(csvCell(f).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('exports articles and claims that a CSV reader gets back cell for cell', async () => {
    const db = freshDb();
    const a = makeArticle(1, { title: 'Talks, "final" round\n=cmd|calc', outlet: '@Outlet, Inc.' });
    await upsertAnalyzedArticle(db, a, { now: Date.UTC(2024, 0, 2) });
    const { articlesCsv, claimsCsv } = await exportCSV(db);
    const rows = parseCsv(articlesCsv);
    expect(rows).toHaveLength(2);
    const head = rows[0]!;
    const row = rows[1]!;
    expect(row).toHaveLength(head.length);
    expect(row[head.indexOf('title')]).toBe(a.title);
    expect(row[head.indexOf('outlet')]).toBe("'@Outlet, Inc.");
    expect(row[head.indexOf('lastSeen')]).toBe('2024-01-02T00:00:00.000Z');
    expect(row[head.indexOf('anonymous')]).toBe('1');
    const claims = parseCsv(claimsCsv);
    expect(claims).toHaveLength(4);
    expect(claims.slice(1).map((r) => r[claims[0]!.indexOf('type')])).toEqual(['anonymous', 'named', 'institutional']);
    expect(claims[1]![claims[0]!.indexOf('url')]).toBe(a.url);
  });
});
