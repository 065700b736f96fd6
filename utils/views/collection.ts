/**
 * The collection page's data, built in the background from the store.
 * Rows are the components' view models (components/types.ts), so the page
 * stays a pure rendering of them.
 */
import type { ArticleRowView, ChartsView, EventView, OutletCountView, SettingsView } from '../../components/types';
import { buildChartsView } from '../../components/collection/query';
import type { ArticleRecord, OutletRecord, SecondSourceDB, StoredEvent } from '../store/db';
import { articlesOfEvent } from '../store/articles';
import type { Settings } from '../store/settings';

export interface ArticleListData {
  articles: ArticleRowView[];
  outlets: OutletCountView[];
}
export type EventListData = EventView[];
export type StatsData = ChartsView;

export function rowOf(a: ArticleRecord): ArticleRowView {
  return {
    id: String(a.id),
    title: a.title,
    outlet: a.outlet,
    originalOutlet: a.originalOutlet,
    url: a.url,
    publishedAt: a.publishedAt,
    counts: a.counts,
    saved: a.saved === 1,
    topicIds: a.topicIds,
  };
}

export function buildArticleList(rows: ArticleRecord[], outlets: OutletRecord[]): ArticleListData {
  return {
    articles: rows.map(rowOf),
    outlets: outlets.filter((o) => o.articleCount > 0).map((o) => ({ outlet: o.name, articles: o.articleCount })),
  };
}

export async function buildEventList(db: SecondSourceDB, events: StoredEvent[]): Promise<EventListData> {
  const out: EventView[] = [];
  for (const ev of events) {
    const articles = await articlesOfEvent(db, ev.id).toArray();
    if (!articles.length) continue;
    out.push({
      id: ev.id,
      title: ev.title,
      span: ev.start && ev.end ? { from: ev.start, to: ev.end } : null,
      articles: articles.map((a) => ({ id: String(a.id), outlet: a.outlet, title: a.title, url: a.url, publishedAt: a.publishedAt })),
    });
  }
  return out;
}

/** Charts over the whole collection (one pass over the articles table). */
export async function buildCharts(db: SecondSourceDB): Promise<StatsData> {
  const rows: ArticleRowView[] = [];
  await db.articles.each((a) => void rows.push(rowOf(a)));
  return buildChartsView(rows);
}

export function settingsView(s: Settings): SettingsView {
  return {
    autoCapture: s.autoCapture,
    autoCapturePausedByDisk: !!s.autoCapturePaused,
    highlightsOn: s.highlightsEnabled,
    highlightTypes: s.highlightTypes,
    sites: s.disabledSites.map((site) => ({ site, enabled: false })),
  };
}
