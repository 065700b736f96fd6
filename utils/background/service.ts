/**
 * What the background does with each message, over plain data and the store.
 * No `browser.*` here: the entrypoint owns tabs, badge, menus and messaging, so
 * this runs in Node tests against fake-indexeddb.
 */
import type { SecondSourceDB } from '../store/db';
import {
  deleteArticle,
  deleteEverything,
  deleteOutlet,
  findCandidateEvents,
  getArticleByUrl,
  listArticles,
  listEvents,
  listOutlets,
  staleAnalyses,
  unsaveArticle,
  upsertArticleWithEvent,
} from '../store/articles';
import { getSettings, updateSettings, type Settings } from '../store/settings';
import { captureArticle, saveArticleWithRetry } from '../store/capacity';
import { exportCSV, exportJSON, importJSON } from '../store/portability';
import { fingerprintArticle } from '../events/fingerprint';
import { addToEvent, matchEvent, newEvent } from '../events/match';
import type { EventFingerprint, EventState } from '../events/types';
import { validateTopicProfile } from '../topic';
import { DEFAULT_TOPICS } from '../topic/defaultTopics';
import { isUnnamed, type AnalyzedArticle, type TopicProfile } from '../types';
import { analyzeText, ANALYZER_VERSION, ownOutlets } from '../attribution';
import type { ContentConfig } from '../content/config';
import type { IngestResult, ListQuery, SettingsPatch } from '../messages';
import { buildArticleView, type BaseClaim } from '../views/article';
import { buildArticleList, buildCharts, buildEventList, type ArticleListData, type EventListData, type StatsData } from '../views/collection';
import type { ArticleView } from '../../components/types';

function eventId(): string {
  return `ev-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export class BackgroundService {
  constructor(
    private db: SecondSourceDB,
    private hooks: {
      configChanged?: (cfg: ContentConfig) => void | Promise<void>;
      now?: () => number;
      /** Timing of ingest's two phases: 'match' (fingerprint, reads, event choice) and 'store' (the write). */
      onTask?: (name: 'match' | 'store', start: number, duration: number) => void;
    } = {},
  ) {}

  private now(): number {
    return this.hooks.now?.() ?? Date.now();
  }

  /** First run: the default topic pack; afterwards the reader's own list (deleting the default is allowed). */
  async ensureDefaults(): Promise<void> {
    const marker = await this.db.settings.get('topicsSeeded');
    if (!marker) {
      await this.db.transaction('rw', this.db.topics, this.db.settings, async () => {
        for (const t of DEFAULT_TOPICS) await this.db.topics.put({ ...t });
        await this.db.settings.put({ key: 'topicsSeeded', value: true });
      });
    }
  }

  /**
   * Saved articles keep their text, so their analysis is recomputed when the
   * analyzer changes (instead of migrating derived data). Auto-captured records
   * keep no text: they are refreshed the next time the reader opens the page.
   */
  async recomputeStale(version = ANALYZER_VERSION, analyze = analyzeText): Promise<number> {
    let n = 0;
    for (const rec of await staleAnalyses(this.db, version)) {
      if (!rec.text) continue;
      const claims = analyze(rec.text, { outlets: ownOutlets(rec) });
      const a: AnalyzedArticle = {
        url: rec.url, canonicalUrl: rec.canonicalUrl, title: rec.title, byline: rec.byline, outlet: rec.outlet,
        originalOutlet: rec.originalOutlet, publishedAt: rec.publishedAt, lang: rec.lang, text: rec.text,
        excerpt: rec.excerpt, wordCount: rec.text.split(/\s+/).length, claims,
        topics: rec.topicIds.map((id) => ({ topicId: id, topic: id, score: 0, onTopic: true, reasons: [] })),
        analyzerVersion: version,
      };
      const { event } = await this.eventFor(a, rec.eventId);
      await upsertArticleWithEvent(this.db, a, event, { keys: rec.keys, now: rec.lastSeen, save: true });
      n++;
    }
    return n;
  }

  async topics(): Promise<TopicProfile[]> {
    return this.db.topics.toArray();
  }

  /** The snapshot the content script reads from storage.local. */
  async contentConfig(): Promise<ContentConfig> {
    const [s, topics] = await Promise.all([getSettings(this.db), this.topics()]);
    const enabled = s.topicsEnabled.length ? topics.filter((t) => s.topicsEnabled.includes(t.id)) : topics;
    return {
      highlightsEnabled: s.highlightsEnabled,
      highlightTypes: s.highlightTypes,
      disabledSites: s.disabledSites,
      autoCapture: s.autoCapture && !s.autoCapturePaused,
      topics: enabled,
    };
  }

  private async configChanged(): Promise<void> {
    await this.hooks.configChanged?.(await this.contentConfig());
  }

  private fingerprint(a: AnalyzedArticle): EventFingerprint {
    return fingerprintArticle({ title: a.title, text: a.text.slice(a.title.length), date: a.publishedAt, outlet: a.outlet });
  }

  /** Stored events the article could belong to. */
  private candidates(fp: EventFingerprint): Promise<EventState[]> {
    // An undated article is being read now: look for events running around today rather than
    // across the whole history (which is also what keeps this lookup fast at 100k articles).
    const around = fp.date ?? new Date(this.now()).toISOString().slice(0, 10);
    return findCandidateEvents(this.db, fp.keys, around) as unknown as Promise<EventState[]>;
  }

  /**
   * The event an article belongs to: the one it already has, a matching one, or a new one.
   * `pending` is a candidate search already under way (ingest starts it early).
   */
  private async eventFor(
    a: AnalyzedArticle,
    existingEventId: string | null | undefined,
    fp = this.fingerprint(a),
    pending?: Promise<EventState[]>,
  ): Promise<{ event: EventState; keys: string[] }> {
    if (existingEventId) {
      const ev = (await this.db.events.get(existingEventId)) as EventState | undefined;
      if (ev) return { event: ev, keys: fp.keys }; // a revisit: already counted in its event
    }
    const candidates = await (pending ?? this.candidates(fp));
    const m = matchEvent(fp, candidates);
    const found = m ? candidates.find((c) => c.id === m.eventId) : undefined;
    return { event: found ? addToEvent(found, fp, a.outlet) : newEvent(fp, eventId()), keys: fp.keys };
  }

  /**
   * An on-topic article arrived from a tab: match it to an event and store it
   * (unless auto-capture is off or paused by a full disk; store/capacity.ts).
   */
  async ingest(a: AnalyzedArticle): Promise<IngestResult> {
    // The three reads are independent, so they are in flight together rather than one after
    // another (each is a round trip to the browser's database process). Most arrivals are new
    // articles, which need the candidates; for a revisit the search is wasted but harmless.
    // They share one read-only transaction: one to set up and commit instead of three.
    const t0 = performance.now();
    const fp = this.fingerprint(a);
    const { db } = this;
    const { event, keys, existing, settings } = await db.transaction('r', [db.articles, db.settings, db.events], async () => {
      const pending = this.candidates(fp);
      pending.catch(() => undefined); // unused on a revisit; its failure must not go unhandled
      const [found, s] = await Promise.all([getArticleByUrl(db, a.url), getSettings(db)]);
      return { ...(await this.eventFor(a, found?.eventId, fp, pending)), existing: found, settings: s };
    });
    const t1 = performance.now();
    this.hooks.onTask?.('match', t0, t1 - t0);
    const stored = (): void => this.hooks.onTask?.('store', t1, performance.now() - t1);
    const otherOutlets = event.outlets.filter((o) => o !== a.outlet).length;
    if (existing?.saved) {
      // Saved articles are kept up to date whatever the auto-capture setting.
      const r = await upsertArticleWithEvent(this.db, a, event, { keys, now: this.now(), save: true });
      stored();
      return { stored: true, articleId: r.id, eventId: event.id, otherOutlets };
    }
    const r = await captureArticle(this.db, a, { event: event, keys, now: this.now(), settings });
    stored();
    if (r.ok) return { stored: true, articleId: r.id, eventId: event.id, otherOutlets };
    if (r.reason === 'quota') await this.configChanged();
    return { stored: false, notStoredReason: r.message, eventId: null, otherOutlets };
  }

  articleView(url: string, live?: BaseClaim[]): Promise<ArticleView | null> {
    return buildArticleView(this.db, url, live);
  }

  /** Save with full text (from the live tab when available), storing it first if auto-capture did not. */
  async save(url: string, full: AnalyzedArticle | null): Promise<{ ok: boolean; error?: string }> {
    if (full && !(await getArticleByUrl(this.db, full.url))) {
      const { event, keys } = await this.eventFor(full, null);
      await upsertArticleWithEvent(this.db, full, event, { keys, now: this.now(), save: true });
    }
    const r = await saveArticleWithRetry(this.db, url, full ?? undefined, this.now());
    if (r.ok) return { ok: true };
    return {
      ok: false,
      error: r.reason === 'not-found' ? 'This page is not in your collection yet: open it once so it can be analyzed.' : r.message,
    };
  }

  async unsave(url: string): Promise<{ ok: boolean }> {
    return { ok: await unsaveArticle(this.db, url) };
  }

  settings(): Promise<Settings> {
    return getSettings(this.db);
  }

  async updateSettings(p: SettingsPatch): Promise<Settings> {
    const cur = await getSettings(this.db);
    const next: Partial<Settings> = {};
    if (p.autoCapture !== undefined) {
      next.autoCapture = p.autoCapture;
      if (p.autoCapture) next.autoCapturePaused = null; // turning it on again is the reader's retry
    }
    if (p.highlightsEnabled !== undefined) next.highlightsEnabled = p.highlightsEnabled;
    if (p.highlightTypes) next.highlightTypes = p.highlightTypes;
    if (p.autoCaptureCap !== undefined) next.autoCaptureCap = p.autoCaptureCap;
    if (p.topicsEnabled) next.topicsEnabled = p.topicsEnabled;
    if (p.site) {
      const host = p.site.host.replace(/^www\./, '').toLowerCase();
      const set = new Set(cur.disabledSites);
      if (p.site.enabled) set.delete(host);
      else set.add(host);
      next.disabledSites = [...set].sort();
    }
    const s = await updateSettings(this.db, next);
    await this.configChanged();
    return s;
  }

  async listArticles(q: ListQuery): Promise<ArticleListData> {
    return buildArticleList(await listArticles(this.db, q), await listOutlets(this.db));
  }

  async listEvents(): Promise<EventListData> {
    return buildEventList(this.db, await listEvents(this.db, { limit: 200 }));
  }

  stats(): Promise<StatsData> {
    return buildCharts(this.db);
  }

  async deleteArticle(id: number): Promise<{ ok: boolean }> {
    return { ok: await deleteArticle(this.db, id) };
  }

  async deleteOutlet(name: string): Promise<{ ok: boolean; deleted: number }> {
    const deleted = await deleteOutlet(this.db, name);
    return { ok: true, deleted };
  }

  async deleteEverything(): Promise<{ ok: boolean }> {
    await deleteEverything(this.db);
    await this.ensureDefaults();
    await this.configChanged();
    return { ok: true };
  }

  async exportJSON(): Promise<{ json: string }> {
    return { json: JSON.stringify(await exportJSON(this.db)) };
  }

  exportCSV(): Promise<{ articlesCsv: string; claimsCsv: string }> {
    return exportCSV(this.db);
  }

  async importJSON(json: string): Promise<{ ok: true; added: number; updated: number; skipped: number } | { ok: false; error: string }> {
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      return { ok: false, error: 'This file is not valid JSON: nothing was imported.' };
    }
    try {
      const r = await importJSON(this.db, data);
      await this.configChanged();
      return { ok: true, ...r };
    } catch (err) {
      return { ok: false, error: `${err instanceof Error ? err.message : String(err)} Nothing was imported.` };
    }
  }

  async saveTopic(t: unknown): Promise<{ ok: true } | { ok: false; error: string }> {
    try {
      const topic = validateTopicProfile(t);
      await this.db.topics.put(topic);
      await this.configChanged();
      return { ok: true };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  }

  async deleteTopic(id: string): Promise<{ ok: boolean }> {
    await this.db.topics.delete(id);
    await this.configChanged();
    return { ok: true };
  }

  /** Used by the badge: unnamed claims of an article the reader is looking at. */
  static unnamedCount(a: AnalyzedArticle): number {
    return a.claims.filter((c) => isUnnamed(c.type)).length;
  }

}
