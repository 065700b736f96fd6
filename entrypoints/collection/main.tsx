/**
 * Collection page (full tab): wiring only. Fetches view data from the background
 * and hands it to <CollectionApp>; every action goes back as a message.
 */
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CollectionApp, COLLECTION_TABS, type CollectionTab } from '@/components/collection/CollectionApp';
import { emptyQuery } from '@/components/collection/query';
import type { ArticleQuery, ArticleRowView, ChartsView, EventView, OutletCountView, SettingsView, TopicView } from '@/components/types';
import { sendMessage, type ListQuery } from '@/utils/messages';
import { settingsView } from '@/utils/views/collection';
import '@/components/theme.css';
import '@/components/collection.css';

function toListQuery(q: ArticleQuery): ListQuery {
  return {
    text: q.text || undefined,
    topicId: q.topicId ?? undefined,
    outlet: q.outlet ?? undefined,
    from: q.from ?? undefined,
    to: q.to ?? undefined,
    saved: q.savedOnly || undefined,
    hasUnnamed: q.unnamedOnly || undefined,
    limit: 500,
  };
}

function download(name: string, body: string, type: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The page the reader was last reading (for "test this topic against the open page"). */
async function lastReadTab(): Promise<number | null> {
  const tabs = await browser.tabs.query({});
  const web = tabs.filter((t) => t.id !== undefined && /^https?:/.test(t.url ?? ''));
  web.sort((a, b) => ((b as { lastAccessed?: number }).lastAccessed ?? 0) - ((a as { lastAccessed?: number }).lastAccessed ?? 0));
  return web[0]?.id ?? null;
}

const today = () => new Date().toISOString().slice(0, 10);

function App() {
  const initial = location.hash.slice(1) as CollectionTab;
  const [query, setQuery] = useState<ArticleQuery>(emptyQuery());
  const [articles, setArticles] = useState<ArticleRowView[]>([]);
  const [outlets, setOutlets] = useState<OutletCountView[]>([]);
  const [topics, setTopics] = useState<TopicView[]>([]);
  const [events, setEvents] = useState<EventView[]>([]);
  const [charts, setCharts] = useState<ChartsView>({ byOutlet: [], byWeek: [] });
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const loadArticles = useCallback(async (q: ArticleQuery) => {
    const r = await sendMessage('listArticles', toListQuery(q));
    setArticles(r.articles);
    setOutlets(r.outlets);
  }, []);

  const reload = useCallback(async () => {
    try {
      const [, ev, st, tp, s] = await Promise.all([
        loadArticles(query),
        sendMessage('listEvents'),
        sendMessage('getStats'),
        sendMessage('listTopics'),
        sendMessage('getSettings'),
      ]);
      setEvents(ev);
      setCharts(st);
      setTopics(tp);
      setSettings(settingsView(s));
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }, [loadArticles, query]);

  useEffect(() => {
    void reload();
  }, []);

  if (!settings) {
    return (
      <p class="ss-loading" role="status">
        {error ?? 'Loading your collection…'}
      </p>
    );
  }

  return (
    <CollectionApp
      articles={articles}
      query={query}
      outlets={outlets}
      topics={topics}
      events={events}
      charts={charts}
      settings={settings}
      initialTab={COLLECTION_TABS.includes(initial) ? initial : 'articles'}
      onTabChange={(t) => history.replaceState(null, '', `#${t}`)}
      onQuery={(q) => {
        setQuery(q);
        // Debounced: the search box reports every keystroke.
        if (timer.current !== undefined) clearTimeout(timer.current);
        timer.current = window.setTimeout(() => void loadArticles(q).catch((e) => setError(String(e))), 200);
      }}
      onToggleSaved={async (id, saved) => {
        const row = articles.find((a) => a.id === id);
        if (!row) return;
        if (saved) {
          const r = await sendMessage('saveArticle', { url: row.url });
          if (!r.ok) throw new Error(r.error ?? 'Could not save.');
        } else await sendMessage('unsaveArticle', { url: row.url });
        await loadArticles(query);
      }}
      onDeleteArticle={async (id) => {
        await sendMessage('deleteArticle', { id: Number(id) });
        await reload();
      }}
      onSaveTopic={async (topic) => {
        const r = await sendMessage('saveTopic', topic);
        if (!r.ok) throw new Error(r.error);
        setTopics(await sendMessage('listTopics'));
      }}
      onDeleteTopic={async (id) => {
        await sendMessage('deleteTopic', { id });
        setTopics(await sendMessage('listTopics'));
      }}
      onTestTopic={async (topic) => {
        const tabId = await lastReadTab();
        if (tabId === null) return null;
        const r = await sendMessage('testTopic', { topic, tabId });
        if ('error' in r) return null;
        return r;
      }}
      onChangeSettings={async (patch) => {
        const s = await sendMessage('updateSettings', {
          autoCapture: patch.autoCapture,
          highlightsEnabled: patch.highlightsOn,
          highlightTypes: patch.highlightTypes,
        });
        setSettings(settingsView(s));
      }}
      onSetSite={async (site, enabled) => setSettings(settingsView(await sendMessage('updateSettings', { site: { host: site, enabled } })))}
      onRemoveSite={async (site) => setSettings(settingsView(await sendMessage('updateSettings', { site: { host: site, enabled: true } })))}
      onExportJson={async () => {
        const { json } = await sendMessage('exportJSON');
        download(`second-source-${today()}.json`, json, 'application/json');
      }}
      onExportCsv={async () => {
        const { articlesCsv, claimsCsv } = await sendMessage('exportCSV');
        download(`second-source-articles-${today()}.csv`, articlesCsv, 'text/csv');
        download(`second-source-claims-${today()}.csv`, claimsCsv, 'text/csv');
      }}
      onImportJson={async (file, onProgress) => {
        if (file.size > 200 * 1024 * 1024) throw new Error('This file is larger than 200 MB: nothing was imported.');
        onProgress(0.1);
        const json = await file.text();
        onProgress(0.5);
        const r = await sendMessage('importJSON', { json });
        if (!r.ok) throw new Error(r.error);
        onProgress(1);
        await reload();
        return { imported: r.added + r.updated, skipped: r.skipped };
      }}
      onDeleteOutlet={async (outlet) => {
        const r = await sendMessage('deleteOutlet', { name: outlet });
        await reload();
        return r.deleted;
      }}
      onDeleteAll={async () => {
        await sendMessage('deleteEverything');
        await reload();
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
