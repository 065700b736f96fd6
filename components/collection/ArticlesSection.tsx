import { useState } from 'preact/hooks';
import { t, tn } from '../i18n';
import { formatDate, outletLabel, safeHref } from '../format';
import { SourcingBar } from '../shared/SourcingBar';
import { ConfirmButton } from '../shared/ConfirmButton';
import type { ArticleQuery, ArticleRowView, OutletCountView, TopicView } from '../types';
import { emptyQuery, isEmptyQuery } from './query';

export interface ArticlesSectionProps {
  articles: ArticleRowView[];
  query?: ArticleQuery;
  topics: TopicView[];
  outlets: OutletCountView[];
  onQuery: (query: ArticleQuery) => void;
  onToggleSaved: (id: string, saved: boolean) => void | Promise<unknown>;
  onDeleteArticle: (id: string) => void | Promise<unknown>;
}

function ArticleRow({ row, onToggleSaved, onDeleteArticle }: { row: ArticleRowView } & Pick<ArticlesSectionProps, 'onToggleSaved' | 'onDeleteArticle'>) {
  return (
    <li class="ss-row">
      <div class="ss-row-main">
        <a class="ss-row-title" href={safeHref(row.url)} target="_blank" rel="noopener noreferrer">
          {row.title}
        </a>
        <span class="ss-row-meta ss-muted ss-small">
          {outletLabel(row.outlet, row.originalOutlet)} · {formatDate(row.publishedAt)}
        </span>
        <SourcingBar counts={row.counts} size="mini" />
      </div>
      <div class="ss-row-actions">
        <button
          type="button"
          class={`ss-star${row.saved ? ' ss-star-on' : ''}`}
          aria-pressed={row.saved}
          aria-label={t('starLabel', row.title)}
          title={row.saved ? t('starSaved') : t('starUnsaved')}
          onClick={() => void onToggleSaved(row.id, !row.saved)}
        >
          <span aria-hidden="true">{row.saved ? '★' : '☆'}</span>
        </button>
        <ConfirmButton
          label={t('delete')}
          ariaLabel={t('deleteArticleLabel', row.title)}
          question={t('deleteArticleQuestion')}
          confirmLabel={t('delete')}
          onConfirm={() => onDeleteArticle(row.id)}
        />
      </div>
    </li>
  );
}

/** Search, filters and the result rows. Every change of the query is reported via onQuery. */
export function ArticlesSection({ articles, query, topics, outlets, onQuery, onToggleSaved, onDeleteArticle }: ArticlesSectionProps) {
  const [q, setQ] = useState<ArticleQuery>(query ?? emptyQuery());
  const update = (patch: Partial<ArticleQuery>) => {
    const next = { ...q, ...patch };
    setQ(next);
    onQuery(next);
  };
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;
  return (
    <div class="ss-articles">
      <form class="ss-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label class="ss-field ss-field-wide">
          {t('searchLabel')}
          <input type="search" value={q.text} placeholder={t('searchPlaceholder')} title={t('searchHint')} onInput={(e) => update({ text: value(e) })} />
        </label>
        <label class="ss-field">
          {t('filterTopic')}
          <select value={q.topicId ?? ''} onChange={(e) => update({ topicId: value(e) || null })}>
            <option value="">{t('filterAny')}</option>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.name}
              </option>
            ))}
          </select>
        </label>
        <label class="ss-field">
          {t('filterOutlet')}
          <select value={q.outlet ?? ''} onChange={(e) => update({ outlet: value(e) || null })}>
            <option value="">{t('filterAny')}</option>
            {outlets.map((o) => (
              <option key={o.outlet} value={o.outlet}>
                {o.outlet}
              </option>
            ))}
          </select>
        </label>
        <label class="ss-field">
          {t('filterFrom')}
          <input type="date" value={q.from ?? ''} onChange={(e) => update({ from: value(e) || null })} />
        </label>
        <label class="ss-field">
          {t('filterTo')}
          <input type="date" value={q.to ?? ''} onChange={(e) => update({ to: value(e) || null })} />
        </label>
        <label class="ss-check">
          <input type="checkbox" checked={q.savedOnly} onChange={(e) => update({ savedOnly: checked(e) })} />
          {t('filterSaved')}
        </label>
        <label class="ss-check">
          <input type="checkbox" checked={q.unnamedOnly} onChange={(e) => update({ unnamedOnly: checked(e) })} />
          {t('filterUnnamed')}
        </label>
      </form>
      <p class="ss-muted ss-small" role="status">
        {tn('resultCount', articles.length)}
      </p>
      {articles.length === 0 ? (
        <div class="ss-empty">
          {isEmptyQuery(q) ? (
            <p>{t('articlesEmpty')}</p>
          ) : (
            <>
              <p>{t('articlesNoMatch')}</p>
              <button type="button" class="ss-button" onClick={() => update(emptyQuery())}>
                {t('clearFilters')}
              </button>
            </>
          )}
        </div>
      ) : (
        <ul class="ss-rows">
          {articles.map((row) => (
            <ArticleRow key={row.id} row={row} onToggleSaved={onToggleSaved} onDeleteArticle={onDeleteArticle} />
          ))}
        </ul>
      )}
    </div>
  );
}
