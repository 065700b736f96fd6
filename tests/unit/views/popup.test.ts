import { describe, expect, it } from 'vitest';
import { popupStateFrom, articleViewFromPage } from '../../../utils/views/popup';
import type { PageState } from '../../../utils/messages';
import type { ArticleView } from '../../../components/types';

const page = (over: Partial<PageState>): PageState => ({
  url: 'https://news.example/a',
  verdict: { kind: 'on-topic', topics: [] },
  title: 'Title',
  outlet: 'Example',
  originalOutlet: null,
  publishedAt: '2024-11-08',
  lang: 'en',
  claims: [
    { type: 'anonymous', text: 'Sources said X.', source: 'Sources', cue: 'said', reason: "no name given: 'Sources'" },
    { type: 'named', text: 'Smith said Y.', source: 'Smith', cue: 'said', reason: "named person: 'Smith'" },
  ],
  highlighted: 1,
  analyzerVersion: 'v',
  ...over,
});

const stored: ArticleView = {
  title: 'Title', url: 'https://news.example/a', outlet: 'Example', originalOutlet: null, publishedAt: '2024-11-08',
  counts: { named: 1, institutional: 0, report: 0, anonymous: 1, vague: 0 }, claims: [], topics: [], saved: true,
  event: { title: 'E', outlets: [] },
};

describe('popup state', () => {
  it('takes claims from the live page and memory (saved, event) from the store', () => {
    const s = popupStateFrom(page({}), stored);
    expect(s.kind).toBe('analyzed');
    if (s.kind !== 'analyzed') return;
    expect(s.article.claims.map((c) => c.id)).toEqual(['0', '1']);
    expect(s.article.saved).toBe(true);
    expect(s.article.event?.title).toBe('E');
    expect(s.article.counts).toEqual({ named: 1, institutional: 0, report: 0, anonymous: 1, vague: 0 });
  });

  it('says why nothing was analyzed', () => {
    expect(popupStateFrom(page({ verdict: { kind: 'not-article', reason: 'A search page.' } }), null)).toEqual({ kind: 'not-article', reason: 'A search page.' });
    expect(popupStateFrom(page({ verdict: { kind: 'not-analyzed-language', lang: 'de' } }), null)).toEqual({ kind: 'not-analyzed-language', lang: 'de' });
    expect(popupStateFrom(page({ verdict: { kind: 'off-topic', topics: [] } }), null).kind).toBe('off-topic');
    expect(popupStateFrom(page({ verdict: { kind: 'error', message: 'boom' } }), null)).toEqual({ kind: 'error', message: 'boom' });
  });

  it('falls back to the stored record without a live page, and to no-page without either', () => {
    expect(popupStateFrom(null, stored)).toEqual({ kind: 'analyzed', verdict: 'on-topic', article: stored });
    expect(popupStateFrom(null, null)).toEqual({ kind: 'no-page' });
  });

  it('marks an article analyzed on request as forced', () => {
    const s = popupStateFrom(page({ verdict: { kind: 'forced', topics: [] } }), null);
    expect(s.kind === 'analyzed' && s.verdict).toBe('forced');
    expect(articleViewFromPage(page({})).saved).toBe(false);
  });
});
