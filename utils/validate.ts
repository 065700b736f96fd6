/**
 * Validation of what enters the background. A content script speaks for an
 * untrusted page: its reports are checked for shape and size before anything is
 * stored, and strings are bounded so a hostile page cannot fill the disk or the
 * popup. Extension pages are ours, but their payloads are checked too (a bug
 * there must not write garbage into the reader's collection).
 */
import * as v from 'valibot';
import { CLAIM_TYPES, type AnalyzedArticle, type ClaimType, type ExtractedArticle } from './types';
import type { GateQuestion } from './content/gatekeeper';
import type { PageFacts } from './page/extract';
import type { ListQuery, SettingsPatch } from './messages';

const MAX_TEXT = 2_000_000; // ~2 MB of article text: far above any real article, bounded all the same
const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TEXT));
const claimType = v.picklist(CLAIM_TYPES as ClaimType[]);
const span = v.nullable(v.object({ start: offset, end: offset, text: str(2000) }));
const date = v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}/), v.maxLength(40)));

const ClaimSchema = v.pipe(
  v.object({ start: offset, end: offset, type: claimType, source: span, cue: span, reason: str(500) }),
  v.check((c) => c.start <= c.end, 'claim start after end'),
);

const TopicScoreSchema = v.object({
  topicId: str(200),
  topic: str(200),
  score: v.pipe(v.number(), v.finite()),
  onTopic: v.boolean(),
  reasons: v.pipe(
    v.array(v.object({ term: str(200), where: v.picklist(['title', 'lede', 'body']), weight: v.number(), count: v.number() })),
    v.maxLength(200),
  ),
});

const extractedFields = {
    url: v.pipe(str(4096), v.url()),
    canonicalUrl: v.nullable(str(4096)),
    title: str(1000),
    byline: v.nullable(str(1000)),
    outlet: str(300),
    originalOutlet: v.nullable(str(300)),
    publishedAt: date,
    lang: v.nullable(str(35)),
    text: str(MAX_TEXT),
    excerpt: str(5000),
    wordCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
};

/** What the analysis script extracted from its page (the background analyzes it). */
export const ExtractedArticleSchema = v.pipe(
  v.object(extractedFields),
  v.check((a) => /^https?:/i.test(a.url), 'only web pages are analyzed'),
);

const lines = (maxItems: number, maxLen: number) => v.pipe(v.array(str(maxLen)), v.maxLength(maxItems));
const MAX_LD = 200_000;

/** What the analysis script read from its page (the background finishes the extraction). */
export const PageFactsSchema = v.pipe(
  v.object({
    url: v.pipe(str(4096), v.url()),
    docTitle: str(5000),
    meta: v.pipe(v.array(v.tuple([str(300), str(20_000)])), v.maxLength(2000)),
    ldArticle: v.nullable(v.pipe(v.record(v.string(), v.unknown()), v.check((o) => JSON.stringify(o).length <= MAX_LD, 'JSON-LD too large'))),
    h1: v.nullable(str(1000)),
    readability: v.nullable(v.object({
      title: v.nullable(str(5000)), byline: v.nullable(str(5000)), excerpt: v.nullable(str(20_000)), publishedTime: v.nullable(str(200)),
    })),
    blocks: lines(20_000, MAX_TEXT),
    captions: lines(5_000, 5_000),
    decks: lines(10, 1_000),
    trailerLines: lines(20_000, 1_000),
    publishedAt: date,
    declaredLang: v.nullable(str(35)),
    canonicalUrl: v.nullable(str(4096)),
  }),
  v.check((f) => /^https?:/i.test(f.url), 'only web pages are analyzed'),
  v.check((f) => f.blocks.reduce((n, b) => n + b.length, 0) <= MAX_TEXT, 'page text too large'),
);

/** The gate script's question: a page's title, description and address. */
export const GateQuestionSchema = v.object({
  title: str(2000),
  description: v.optional(str(2000)),
  url: v.optional(str(4096)),
  force: v.boolean(),
  inject: v.boolean(),
});

export const AnalyzedArticleSchema = v.pipe(
  v.object({
    ...extractedFields,
    claims: v.pipe(v.array(ClaimSchema), v.maxLength(5000)),
    topics: v.pipe(v.array(TopicScoreSchema), v.maxLength(100)),
    analyzerVersion: str(100),
  }),
  v.check((a) => /^https?:/i.test(a.url), 'only web pages are recorded'),
  v.check((a) => a.claims.every((c) => c.end <= a.text.length), 'claim offsets outside the text'),
);

export const ListQuerySchema = v.object({
  text: v.optional(str(500)),
  outlet: v.optional(str(300)),
  topicId: v.optional(str(200)),
  from: v.optional(str(40)),
  to: v.optional(str(40)),
  saved: v.optional(v.boolean()),
  hasUnnamed: v.optional(v.boolean()),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5000))),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export const SettingsPatchSchema = v.strictObject({
  autoCapture: v.optional(v.boolean()),
  highlightsEnabled: v.optional(v.boolean()),
  highlightTypes: v.optional(v.pipe(v.array(claimType), v.maxLength(CLAIM_TYPES.length))),
  site: v.optional(v.object({ host: v.pipe(str(253), v.minLength(1)), enabled: v.boolean() })),
  autoCaptureCap: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000))),
  topicsEnabled: v.optional(v.pipe(v.array(str(200)), v.maxLength(1000))),
});

export const ArticleViewQuerySchema = v.object({
  url: str(4096),
  claims: v.optional(
    v.pipe(v.array(v.object({ type: claimType, text: str(20_000), source: v.nullable(str(2000)) })), v.maxLength(5000)),
  ),
});

export class ValidationError extends Error {
  override name = 'ValidationError';
}

function parse<T>(schema: v.GenericSchema<unknown, T>, data: unknown, what: string): T {
  const r = v.safeParse(schema, data);
  if (r.success) return r.output;
  const issue = r.issues[0];
  const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  throw new ValidationError(`Rejected ${what}: ${issue?.message ?? 'invalid'}${where ? ` at ${where}` : ''}`);
}

export const validatePageFacts = (x: unknown): PageFacts => parse(PageFactsSchema, x, 'page facts') as PageFacts;
export const validateExtractedArticle = (x: unknown): ExtractedArticle => parse(ExtractedArticleSchema, x, 'extracted article');
export const validateGateQuestion = (x: unknown): GateQuestion => parse(GateQuestionSchema, x, 'gate question');
export const validateAnalyzedArticle = (x: unknown): AnalyzedArticle => parse(AnalyzedArticleSchema, x, 'article report');
export const validateListQuery = (x: unknown): ListQuery => parse(ListQuerySchema, x ?? {}, 'query');
export const validateArticleViewQuery = (x: unknown) => parse(ArticleViewQuerySchema, x, 'article query');
export const validateSettingsPatch = (x: unknown): SettingsPatch => parse(SettingsPatchSchema, x, 'settings change');
