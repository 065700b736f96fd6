import fs from 'node:fs';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BackgroundService } from '../../../utils/background/service';
import { openDatabase } from '../../../utils/store/db';
import { analyzeText, ANALYZER_VERSION } from '../../../utils/attribution';
import type { AnalyzedArticle } from '../../../utils/types';
import type { ContentConfig } from '../../../utils/content/config';

const shared = path.resolve(__dirname, '../../../../shared');
const hasShared = fs.existsSync(path.join(shared, 'seeds'));

function freshService(now = () => Date.UTC(2024, 10, 20)) {
  const db = openDatabase(`bg-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const configs: ContentConfig[] = [];
  const service = new BackgroundService(db, { configChanged: (c) => void configs.push(c), now });
  return { db, service, configs };
}

function article(over: Partial<AnalyzedArticle> & { title: string; body: string }): AnalyzedArticle {
  const text = `${over.title}\n\n${over.body}`;
  return {
    url: over.url ?? 'https://news.example/a',
    canonicalUrl: null,
    title: over.title,
    byline: null,
    outlet: over.outlet ?? 'Example News',
    originalOutlet: over.originalOutlet ?? null,
    publishedAt: over.publishedAt ?? '2024-11-19',
    lang: 'en',
    text,
    excerpt: over.body.slice(0, 200),
    wordCount: text.split(/\s+/).length,
    claims: analyzeText(text),
    topics: [],
    analyzerVersion: ANALYZER_VERSION,
  };
}

/** The seed texts as the content script would send them (title line, then the body). */
function seedArticle(file: string, meta: Partial<AnalyzedArticle>): AnalyzedArticle {
  const raw = fs.readFileSync(path.join(shared, 'seeds', file), 'utf8');
  const lines = raw.split('\n').filter((l) => l.trim());
  const title = meta.title ?? lines[0]!;
  return article({ ...meta, title, body: raw });
}

describe('background service', () => {
  it('seeds the default topic once and mirrors a content config', async () => {
    const { service } = freshService();
    await service.ensureDefaults();
    await service.ensureDefaults();
    const topics = await service.topics();
    expect(topics.map((t) => t.id)).toEqual(['israel-hamas-war']);
    const cfg = await service.contentConfig();
    expect(cfg.topics).toHaveLength(1);
    expect(cfg.highlightTypes).toEqual(['anonymous', 'vague', 'report']);
  });

  it.skipIf(!hasShared)('stores both seed articles in one event and tells each about the other outlet', async () => {
    const { service } = freshService();
    await service.ensureDefaults();
    const files = fs.readdirSync(path.join(shared, 'seeds')).sort();
    const jpost = seedArticle(files[0]!, { url: 'https://www.jpost.com/x', outlet: 'The Jerusalem Post', publishedAt: '2024-11-19' });
    const cnn = seedArticle(files[1]!, {
      url: 'https://losangelespost.example/qatar',
      outlet: 'The Los Angeles Post',
      originalOutlet: 'CNN',
      publishedAt: '2024-11-08',
      title: 'Qatar agrees to kick Hamas out of Doha following US request, sources say',
    });
    const a = await service.ingest(cnn);
    const b = await service.ingest(jpost);
    expect(a.stored && b.stored).toBe(true);
    expect(b.eventId).toBe(a.eventId);
    expect(b.otherOutlets).toBe(1);
    const view = await service.articleView(jpost.url);
    expect(view?.event?.outlets.map((o) => o.outlet)).toEqual(['The Los Angeles Post']);
    expect(view?.event?.outlets[0]?.originalOutlet).toBe('CNN');
    // A revisit keeps the same event and does not count the article twice.
    const again = await service.ingest(jpost);
    expect(again.eventId).toBe(a.eventId);
    expect(again.otherOutlets).toBe(1);
  });

  it('reports its two phases, match then store, with the store phase after the match phase', async () => {
    const db = openDatabase(`bg-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const tasks: { name: string; start: number; duration: number }[] = [];
    const service = new BackgroundService(db, { onTask: (name, start, duration) => void tasks.push({ name, start, duration }) });
    const r = await service.ingest(article({ title: 'Hamas delegation arrives in Cairo for ceasefire talks', body: 'Officials said the talks would resume.' }));
    expect(r.stored).toBe(true);
    expect(tasks.map((t) => t.name)).toEqual(['match', 'store']);
    const [match, store] = tasks as [(typeof tasks)[0], (typeof tasks)[0]];
    expect(match.duration).toBeGreaterThanOrEqual(0);
    expect(store.start).toBeCloseTo(match.start + match.duration, 6);
    expect(await db.articles.count()).toBe(1);
  });

  it('does not store when auto-capture is off, but saving still works', async () => {
    const { service } = freshService();
    await service.updateSettings({ autoCapture: false });
    const a = article({ title: 'Hamas delegation arrives in Cairo for ceasefire talks', body: 'Officials said the talks would resume.' });
    const r = await service.ingest(a);
    expect(r.stored).toBe(false);
    expect(r.notStoredReason).toMatch(/off/i);
    expect(await service.articleView(a.url)).toBeNull();
    expect(await service.save(a.url, a)).toEqual({ ok: true });
    expect((await service.articleView(a.url))?.saved).toBe(true);
  });

  it('toggles a site and tells the content scripts', async () => {
    const { service, configs } = freshService();
    await service.updateSettings({ site: { host: 'www.cnn.com', enabled: false } });
    expect((await service.settings()).disabledSites).toEqual(['cnn.com']);
    expect(configs.at(-1)?.disabledSites).toEqual(['cnn.com']);
    await service.updateSettings({ site: { host: 'cnn.com', enabled: true } });
    expect((await service.settings()).disabledSites).toEqual([]);
  });

  it('rejects a corrupt import whole and changes nothing', async () => {
    const { service } = freshService();
    const a = article({ title: 'Gaza aid convoy reaches Rafah crossing', body: 'The convoy arrived, a UN official said.' });
    await service.ingest(a);
    const before = await service.exportJSON();
    expect(await service.importJSON('{not json')).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    const hostile = JSON.parse(before.json);
    hostile.articles[0].title = 42;
    const r = await service.importJSON(JSON.stringify(hostile));
    expect(r.ok).toBe(false);
    expect((await service.exportJSON()).json.length).toBe(before.json.length);
  });

  it('recomputes saved analyses made by an older analyzer, and only those', async () => {
    const { service, db } = freshService();
    const a = article({ url: 'https://news.example/old', title: 'Hostage talks resume in Doha', body: 'Sources said talks resumed. Qatar said it was hopeful.' });
    await service.save(a.url, { ...a, analyzerVersion: 'attribution-0.0.1', claims: [] });
    const b = article({ url: 'https://news.example/new', title: 'Aid reaches Gaza', body: 'A UN official said trucks crossed.' });
    await service.save(b.url, b);
    const calls: string[] = [];
    const n = await service.recomputeStale(ANALYZER_VERSION, (t) => (calls.push(t), analyzeText(t)));
    expect(n).toBe(1);
    expect(calls).toEqual([a.text]);
    const rec = await db.articles.where('url').equals(a.url).first();
    expect(rec?.analyzerVersion).toBe(ANALYZER_VERSION);
    expect(rec?.counts.anonymous).toBeGreaterThan(0);
    expect(rec?.saved).toBe(1);
  });

  it('validates topics before storing them', async () => {
    const { service } = freshService();
    const bad = await service.saveTopic({ id: 'x', name: '' });
    expect(bad.ok).toBe(false);
  });
});
