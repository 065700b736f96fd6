import { denialSpans } from '../../../utils/events/compare';
import { describe, expect, it } from 'vitest';
import {
  AUTO_FOOTPRINT_BYTES, buildRecords, capClaimText, capText, jsonBytes, normalizeUrl, queryTokens, searchTerms,
  SEARCH_STOPWORDS, termsMatch, TRACKING_PARAMS,
} from '../../../utils/store';
import type { ClaimType } from '../../../utils/types';
import { makeArticle } from '../../fixtures/store/make';

describe('normalizeUrl', () => {
  for (const group of TRACKING_PARAMS) {
    it(`drops ${group.why}`, () => {
      for (const { url, normalized } of group.matches) expect(normalizeUrl(url)).toBe(normalized);
      for (const url of group.mustNotMatch) expect(new URL(normalizeUrl(url)).search).toBe(new URL(url).search);
    });
  }
  it('drops the fragment and trailing slash, keeps root and content parameters', () => {
    expect(normalizeUrl('https://Example.com/a/b/#top')).toBe('https://example.com/a/b');
    expect(normalizeUrl('https://example.com/')).toBe('https://example.com/');
    expect(normalizeUrl('https://example.com/a?p=2&utm_source=x')).toBe('https://example.com/a?p=2');
    expect(normalizeUrl('  not a url ')).toBe('not a url');
  });
});

describe('search terms', () => {
  for (const group of SEARCH_STOPWORDS) {
    it(`stopword group: ${group.why}`, () => {
      for (const text of group.matches) expect(searchTerms([text])).toEqual([]);
      for (const word of group.mustNotMatch) expect(searchTerms([word])).toHaveLength(1);
    });
  }
  it('folds case and accents, truncates, and matches query prefixes', () => {
    const terms = searchTerms(['Négociations in Doha', null, 'HAMAS']);
    expect(terms).toEqual(['negociatio', 'doha', 'hamas']);
    expect(termsMatch(terms, queryTokens('negoc hamas'))).toBe(true);
    expect(termsMatch(terms, queryTokens('negociations'))).toBe(true);
    expect(termsMatch(terms, queryTokens('hamas cairo'))).toBe(false);
    expect(queryTokens('of the')).toEqual([]);
  });
});

describe('records', () => {
  it('caps text at a word boundary with a visible mark', () => {
    const s = 'alpha beta gamma delta epsilon';
    const c = capText(s, 20);
    expect(c.length).toBeLessThanOrEqual(20);
    expect(c.endsWith('…')).toBe(true);
    expect(s.startsWith(c.slice(0, -1))).toBe(true);
    expect(capText('short', 20)).toBe('short');
  });

  it('shortened claims keep their denial words from the middle', () => {
    const text = 'A spokesman for the group, speaking by phone from the capital late on Tuesday, said the reports were baseless and a pressure tactic meant to divide the mediators, adding that talks would go on.';
    const short = capClaimText(text, 130, denialSpans(text));
    expect(short.length).toBeLessThan(text.length);
    expect(short).toContain('baseless');
    expect(short.startsWith('A spokesman for the group')).toBe(true);
    expect(short.endsWith('talks would go on.')).toBe(true);
  });

  it('auto-captured records stay within the footprint budget and keep unnamed claims first', () => {
    const types: ClaimType[] = [];
    for (let i = 0; i < 40; i++) types.push(i % 8 === 0 ? 'anonymous' : i % 8 === 1 ? 'vague' : 'named');
    const a = makeArticle(1, { types, words: 40 });
    const { article, claims } = buildRecords(a, { saved: false, now: 1 });
    // The claims live inside the article record.
    const bytes = jsonBytes({ ...article, id: 99_999_999 });
    expect(article.claims).toEqual(claims);
    expect(bytes).toBeLessThanOrEqual(AUTO_FOOTPRINT_BYTES);
    expect(article.text).toBeUndefined();
    expect(article.counts.named).toBe(30);
    expect(article.unnamedCount).toBe(10);
    expect(claims.length + article.claimsOmitted).toBe(40);
    const keptUnnamed = claims.filter((c) => c.type !== 'named').length;
    // Named claims are only kept once every unnamed one is in.
    if (claims.some((c) => c.type === 'named')) expect(keptUnnamed).toBe(10);
    expect(keptUnnamed).toBeGreaterThan(0);
    // Stored in text order with original indexes, and offsets still point into the analyzed text.
    expect(claims.map((c) => c.idx)).toEqual([...claims.map((c) => c.idx)].sort((x, y) => x - y));
    // A shortened claim keeps its head and its tail (sources, cues and denials sit at the ends).
    for (const c of claims) {
      const whole = a.text.slice(c.start, c.end);
      const parts = c.text.split(' … ');
      expect(whole.startsWith(parts[0]!)).toBe(true);
      expect(whole.endsWith(parts.at(-1)!)).toBe(true);
    }
  });

  it('saved records keep full text and every claim whole', () => {
    const a = makeArticle(2, { types: Array(30).fill('named'), words: 60 });
    const { article, claims } = buildRecords(a, { saved: true, now: 1 });
    expect(article.text).toBe(a.text);
    expect(claims).toHaveLength(30);
    expect(claims[0]?.text).toBe(a.text.slice(a.claims[0]!.start, a.claims[0]!.end));
    expect(article.claimsOmitted).toBe(0);
  });
});
