import { describe, expect, it } from 'vitest';
import { validateAnalyzedArticle, validateSettingsPatch, ValidationError } from '../../../utils/validate';

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
