import { describe, expect, it } from 'vitest';
import { validateAnalyzedArticle, validateGateQuestion, validatePageFacts, validateSettingsPatch, ValidationError } from '../../../utils/validate';
import { analyzePage } from '../../../utils/content/pipeline';

const good = {
  url: 'https://news.example/a', canonicalUrl: null, title: 'T', byline: null, outlet: 'O', originalOutlet: null,
  publishedAt: '2024-11-08', lang: 'en', text: 'T\n\nSources said X.', excerpt: '', wordCount: 4,
  claims: [{ start: 3, end: 18, type: 'anonymous', source: { start: 3, end: 10, text: 'Sources' }, cue: null, reason: 'r' }],
  topics: [], analyzerVersion: 'v',
};

describe('validation at the background boundary', () => {
  it('accepts a well-formed report and drops unknown fields', () => {
    const a = validateAnalyzedArticle({ ...good, extra: '<script>' });
    expect(a.claims).toHaveLength(1);
    expect('extra' in a).toBe(false);
  });

  it('rejects reports a hostile page could forge', () => {
    expect(() => validateAnalyzedArticle({ ...good, url: 'javascript:alert(1)' })).toThrow(ValidationError);
    expect(() => validateAnalyzedArticle({ ...good, claims: [{ ...good.claims[0], end: 9999 }] })).toThrow(/outside the text/);
    expect(() => validateAnalyzedArticle({ ...good, claims: [{ ...good.claims[0], type: 'secret' }] })).toThrow(ValidationError);
    expect(() => validateAnalyzedArticle({ ...good, title: 'x'.repeat(5000) })).toThrow(ValidationError);
    expect(() => validateAnalyzedArticle(null)).toThrow(ValidationError);
  });

  it('accepts only known settings', () => {
    expect(validateSettingsPatch({ highlightsEnabled: false })).toEqual({ highlightsEnabled: false });
    expect(() => validateSettingsPatch({ highlightTypes: ['anonymous', 'bogus'] })).toThrow(ValidationError);
    expect(() => validateSettingsPatch({ __proto__: { x: 1 }, admin: true })).toThrow(ValidationError);
  });
});

describe('what the two content scripts may send', () => {
  const facts = {
    url: 'https://news.example/2024/11/08/talks', docTitle: 'Talks | News', meta: [['og:type', 'article']], ldArticle: null, h1: 'Talks',
    readability: null, blocks: ['Sources said the talks stalled.'], captions: [], decks: [], trailerLines: [],
    publishedAt: '2024-11-08', declaredLang: 'en', canonicalUrl: null,
  };

  it('accepts page facts, and a page in another language stops before analysis', () => {
    expect(validatePageFacts(facts).blocks).toEqual(['Sources said the talks stalled.']);
    const french = validatePageFacts({
      ...facts, declaredLang: 'fr',
      blocks: ["Des sources ont indiqué que les négociations étaient au point mort, selon les responsables de l'équipe."],
    });
    const r = analyzePage([], french);
    expect(r.verdict).toEqual({ kind: 'not-analyzed-language', lang: 'fr' });
    expect(r.claims).toEqual([]);
  });

  it('rejects facts a hostile page could forge or use to fill the disk', () => {
    expect(() => validatePageFacts({ ...facts, url: 'file:///etc/passwd' })).toThrow(ValidationError);
    expect(() => validatePageFacts({ ...facts, blocks: ['x'.repeat(2_100_000)] })).toThrow(ValidationError);
    expect(() => validatePageFacts({ ...facts, blocks: Array.from({ length: 30_000 }, () => 'a') })).toThrow(ValidationError);
    expect(() => validatePageFacts({ ...facts, ldArticle: { body: 'x'.repeat(300_000) } })).toThrow(/JSON-LD too large/);
    expect(() => validatePageFacts({ ...facts, meta: [['og:type']] })).toThrow(ValidationError);
    expect(() => validatePageFacts({ ...facts, publishedAt: 'yesterday' })).toThrow(ValidationError);
  });

  it('accepts the gate question only in its exact shape', () => {
    expect(validateGateQuestion({ title: 'Gaza talks', url: 'https://x.example/a', force: false, inject: true }).inject).toBe(true);
    expect(() => validateGateQuestion({ title: 'Gaza talks', force: 'yes', inject: true })).toThrow(ValidationError);
    expect(() => validateGateQuestion({ title: 'x'.repeat(3000), force: false, inject: false })).toThrow(ValidationError);
  });
});
