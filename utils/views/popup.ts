/**
 * What the popup shows, decided from two witnesses: the content script's view of
 * the live page (verdict, claims) and the store's record (saved flag, event,
 * other outlets). Pure: the popup entrypoint only fetches and renders.
 */
import type { ArticleView, ClaimView, PopupState, SourcingCounts } from '../../components/types';
import type { PageState } from '../messages';
import type { ClaimType } from '../types';

export type ArticleViewData = ArticleView;

export function countTypes(types: readonly ClaimType[]): SourcingCounts {
  const c: SourcingCounts = { named: 0, institutional: 0, report: 0, anonymous: 0, vague: 0 };
  for (const t of types) c[t]++;
  return c;
}

/** Claim ids are the claim's position in the analysis, so the popup can point the page at it. */
export function claimViewsFromPage(page: PageState): ClaimView[] {
  return page.claims.map((c, i) => ({ id: String(i), type: c.type, text: c.text, source: c.source, cue: c.cue, reason: c.reason }));
}

/** An article view from the live page alone (not stored: auto-capture off, or analyzed on request). */
export function articleViewFromPage(page: PageState): ArticleView {
  const topics = 'topics' in page.verdict ? page.verdict.topics : [];
  return {
    title: page.title ?? '',
    url: page.url,
    outlet: page.outlet ?? '',
    originalOutlet: page.originalOutlet,
    publishedAt: page.publishedAt,
    counts: countTypes(page.claims.map((c) => c.type)),
    claims: claimViewsFromPage(page),
    topics,
    saved: false,
    event: null,
  };
}

/**
 * Combine the witnesses. The live page wins on what it says *now* (verdict,
 * claims, highlight ids); the store adds memory (saved, the event and what
 * other outlets said about these claims).
 */
export function popupStateFrom(page: PageState | null, stored: ArticleView | null): PopupState {
  if (page) {
    const v = page.verdict;
    switch (v.kind) {
      case 'not-article':
        return stored ? { kind: 'analyzed', verdict: 'on-topic', article: stored } : { kind: 'not-article', reason: v.reason };
      case 'not-analyzed-language':
        return { kind: 'not-analyzed-language', lang: v.lang };
      case 'off-topic':
        return { kind: 'off-topic', topics: v.topics, title: page.title };
      case 'error':
        return stored ? { kind: 'analyzed', verdict: 'on-topic', article: stored } : { kind: 'error', message: v.message };
      case 'on-topic':
      case 'forced': {
        const live = articleViewFromPage(page);
        // Stored claims come from the same analysis; keep the live ids (they address highlights)
        // but take the store's per-claim comparison, matched by position.
        const article: ArticleView = stored
          ? { ...live, saved: stored.saved, event: stored.event, publishedAt: live.publishedAt ?? stored.publishedAt }
          : live;
        return { kind: 'analyzed', verdict: v.kind, article };
      }
    }
  }
  if (stored) return { kind: 'analyzed', verdict: 'on-topic', article: stored };
  return { kind: 'no-page' };
}
