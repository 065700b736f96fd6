/**
 * Pure helpers for the collection page: filtering rows by an ArticleQuery and the
 * aggregates behind the charts. The lead may run them wherever the rows live.
 */
import { CLAIM_TYPES } from '../../utils/types';
import { dayNumber, emptyCounts, totalClaims, unnamedClaims } from '../format';
import type { ArticleQuery, ArticleRowView, ChartsView, OutletMixView, WeekShareView } from '../types';

export function emptyQuery(): ArticleQuery {
  return { text: '', topicId: null, outlet: null, from: null, to: null, savedOnly: false, unnamedOnly: false };
}

export function isEmptyQuery(q: ArticleQuery): boolean {
  return !q.text.trim() && !q.topicId && !q.outlet && !q.from && !q.to && !q.savedOnly && !q.unnamedOnly;
}

/** Case- and accent-insensitive form, so "Quds" finds "Qudś" and "GAZA" finds "Gaza". */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Rows matching every active filter. Text search needs every word of the query to occur in
 * the title, outlet, original outlet or a claim text (word order free, like a search box).
 */
export function filterArticles(rows: readonly ArticleRowView[], q: ArticleQuery): ArticleRowView[] {
  const words = fold(q.text).split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (q.savedOnly && !row.saved) return false;
    if (q.unnamedOnly && unnamedClaims(row.counts) === 0) return false;
    if (q.topicId && !row.topicIds.includes(q.topicId)) return false;
    if (q.outlet && row.outlet !== q.outlet && row.originalOutlet !== q.outlet) return false;
    if (q.from || q.to) {
      // An undated row cannot be shown to fall inside a range, so a range excludes it.
      if (!row.publishedAt) return false;
      const day = row.publishedAt.slice(0, 10);
      if (q.from && day < q.from) return false;
      if (q.to && day > q.to) return false;
    }
    if (words.length > 0) {
      const hay = fold([row.title, row.outlet, row.originalOutlet ?? '', ...(row.claimTexts ?? [])].join('\n'));
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

/** Monday (UTC) of the ISO week containing a YYYY-MM-DD date. */
export function weekStart(iso: string): string | null {
  const day = dayNumber(iso);
  if (day === null) return null;
  // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  const monday = day - (((day + 3) % 7) + 7) % 7;
  return new Date(monday * 86_400_000).toISOString().slice(0, 10);
}

/** Sourcing mix per outlet (most claims first) and unnamed share per week (chronological). */
export function buildChartsView(rows: readonly ArticleRowView[]): ChartsView {
  const outlets = new Map<string, OutletMixView>();
  const weeks = new Map<string, WeekShareView>();
  for (const row of rows) {
    const mix = outlets.get(row.outlet) ?? { outlet: row.outlet, counts: emptyCounts() };
    for (const type of CLAIM_TYPES) mix.counts[type] += row.counts[type] ?? 0;
    outlets.set(row.outlet, mix);
    const week = row.publishedAt ? weekStart(row.publishedAt) : null;
    if (week) {
      const w = weeks.get(week) ?? { week, unnamed: 0, total: 0 };
      w.unnamed += unnamedClaims(row.counts);
      w.total += totalClaims(row.counts);
      weeks.set(week, w);
    }
  }
  return {
    byOutlet: [...outlets.values()].sort((a, b) => totalClaims(b.counts) - totalClaims(a.counts) || a.outlet.localeCompare(b.outlet)),
    byWeek: [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week)),
  };
}
