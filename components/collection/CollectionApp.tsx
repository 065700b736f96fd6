import { useState } from 'preact/hooks';
import { t } from '../i18n';
import type { ArticleQuery, ArticleRowView, ChartsView, EventView, OutletCountView, SettingsView, TopicView } from '../types';
import { ArticlesSection, type ArticlesSectionProps } from './ArticlesSection';
import { ChartsSection } from './ChartsSection';
import { DataSection, type DataSectionProps } from './DataSection';
import { EventsSection } from './EventsSection';
import { SettingsSection, type SettingsSectionProps } from './SettingsSection';
import { Tabs, type TabDef } from './Tabs';
import { TopicsSection, type TopicsSectionProps } from './TopicsSection';

export type CollectionTab = 'articles' | 'events' | 'charts' | 'topics' | 'settings' | 'data';

export const COLLECTION_TABS: readonly CollectionTab[] = ['articles', 'events', 'charts', 'topics', 'settings', 'data'];

export interface CollectionAppProps
  extends Omit<ArticlesSectionProps, 'topics' | 'outlets'>,
    Omit<TopicsSectionProps, 'topics'>,
    Omit<SettingsSectionProps, 'settings'>,
    Omit<DataSectionProps, 'outlets'> {
  /** Rows matching the current query (the lead filters, e.g. with `filterArticles`). */
  articles: ArticleRowView[];
  query?: ArticleQuery;
  outlets: OutletCountView[];
  topics: TopicView[];
  events: EventView[];
  charts: ChartsView;
  settings: SettingsView;
  initialTab?: CollectionTab;
  /** Told when the reader switches tab (e.g. to keep it in the URL hash). */
  onTabChange?: (tab: CollectionTab) => void;
}

/** The full-tab collection page: one tab panel per section. */
export function CollectionApp(props: CollectionAppProps) {
  const [tab, setTab] = useState<CollectionTab>(props.initialTab ?? 'articles');
  const tabs: TabDef<CollectionTab>[] = COLLECTION_TABS.map((key) => ({ key, label: t(`tab_${key}`) }));
  const change = (next: CollectionTab) => {
    setTab(next);
    props.onTabChange?.(next);
  };
  return (
    <div class="ss-collection">
      <header class="ss-collection-header">
        <h1>{t('collectionTitle')}</h1>
      </header>
      <Tabs tabs={tabs} active={tab} onChange={change} label={t('collectionSections')} />
      <div role="tabpanel" id={`ss-panel-${tab}`} aria-labelledby={`ss-tab-${tab}`} tabIndex={0} class="ss-panel">
        {tab === 'articles' && (
          <ArticlesSection
            articles={props.articles}
            query={props.query}
            topics={props.topics}
            outlets={props.outlets}
            onQuery={props.onQuery}
            onToggleSaved={props.onToggleSaved}
            onDeleteArticle={props.onDeleteArticle}
          />
        )}
        {tab === 'events' && <EventsSection events={props.events} />}
        {tab === 'charts' && <ChartsSection charts={props.charts} />}
        {tab === 'topics' && (
          <TopicsSection topics={props.topics} onSaveTopic={props.onSaveTopic} onDeleteTopic={props.onDeleteTopic} onTestTopic={props.onTestTopic} />
        )}
        {tab === 'settings' && (
          <SettingsSection settings={props.settings} onChangeSettings={props.onChangeSettings} onSetSite={props.onSetSite} onRemoveSite={props.onRemoveSite} />
        )}
        {tab === 'data' && (
          <DataSection
            outlets={props.outlets}
            onExportJson={props.onExportJson}
            onExportCsv={props.onExportCsv}
            onImportJson={props.onImportJson}
            onDeleteOutlet={props.onDeleteOutlet}
            onDeleteAll={props.onDeleteAll}
          />
        )}
      </div>
    </div>
  );
}
