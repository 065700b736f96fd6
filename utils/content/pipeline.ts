/**
 * One pass over a page, in three places (README, "Data flow"):
 *
 *   1. gate        — pages whose tab title touches a topic, in the small gate script (`quickPageOf` + utils/page/gate);
 *   2. read        — only pages that passed the gate and the title-only topic
 *                    check, in the analysis script the background injects
 *                    (`readPageFacts`: what needs the DOM, as plain data);
 *   3. analyze     — in the background service worker, off the page's main thread
 *                    (`analyzePage`): extraction finished, topic scores, attributed claims.
 *
 * Most pages are not on-topic news articles and must cost the reader about
 * nothing, so each step runs only when the one before it passed. Each step is a
 * plain function over plain data; `runPipeline` chains them for tests and tools
 * that have the whole page at hand.
 */
import { analyzeText, ANALYZER_VERSION, ownOutlets } from '../attribution';
import { gatePage } from '../page/gate';
import { finishExtraction, readPageFacts, type PageFacts } from '../page/extract';
import { quickTopicCheck, scoreAllTopics, type QuickPage } from '../topic';
import type { AnalyzedArticle, Claim, ExtractedArticle, PageVerdict, TopicProfile, TopicScore } from '../types';
import { analyzedTextOf, toAnalyzedArticle } from './analyzedText';
import { quickPageOf } from './gateStep';

export { analyzedTextOf, toAnalyzedArticle };

/** What the background answers for an extracted article. */
export interface ArticleAnalysis {
  verdict: PageVerdict;
  topics: TopicScore[];
  /** Offsets into `analyzedTextOf(extracted)`. */
  claims: Claim[];
  analyzerVersion: string;
}

/**
 * The background's half: score the reader's topics on the extracted article and,
 * when it is on one of them (or the reader asked), find its attributed claims.
 * `today` stands in for an undated page's date (some terms only mean this war
 * from a date on: read an undated page as current news).
 */
export function analyzeExtracted(
  profiles: readonly TopicProfile[],
  extracted: ExtractedArticle,
  opts: { force?: boolean; today?: string } = {},
): ArticleAnalysis {
  const date = extracted.publishedAt ?? opts.today ?? new Date().toISOString().slice(0, 10);
  const topics = scoreAllTopics([...profiles], { title: extracted.title, text: extracted.text, date });
  const onTopic = topics.some((t) => t.onTopic);
  if (!onTopic && !opts.force) return { verdict: { kind: 'off-topic', topics }, topics, claims: [], analyzerVersion: ANALYZER_VERSION };
  const claims = analyzeText(analyzedTextOf(extracted), { outlets: ownOutlets(extracted) });
  const verdict: PageVerdict = onTopic ? { kind: 'on-topic', topics } : { kind: 'forced', topics };
  return { verdict, topics, claims, analyzerVersion: ANALYZER_VERSION };
}

/**
 * Everything the background does with a page's facts: finish the extraction,
 * stop on languages the analyzer does not read, else analyze.
 */
export function analyzePage(
  profiles: readonly TopicProfile[],
  facts: PageFacts,
  opts: { force?: boolean; today?: string; onTask?: (name: string, startMs: number, durationMs: number) => void } = {},
): ArticleAnalysis & { extracted: ExtractedArticle } {
  const onTask = opts.onTask ?? (() => {});
  let t0 = now();
  const extracted = finishExtraction(facts);
  onTask('finish-extract', t0, now() - t0);
  if (extracted.lang && extracted.lang !== 'en') {
    return { verdict: { kind: 'not-analyzed-language', lang: extracted.lang }, topics: [], claims: [], analyzerVersion: ANALYZER_VERSION, extracted };
  }
  t0 = now();
  const result = { ...analyzeExtracted(profiles, extracted, opts), extracted };
  onTask('topic+claims', t0, now() - t0);
  return result;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** The background's title-only pre-check, before the page pays for extraction. */
export function worthExtracting(profiles: readonly TopicProfile[], page: QuickPage, force = false): boolean {
  return force || quickTopicCheck(profiles, page);
}

export interface PipelineResult {
  verdict: PageVerdict;
  extracted: ExtractedArticle | null;
  /** The exact string the analyzer saw (title, blank line, body); claim offsets point into it. */
  analyzedText: string | null;
  claims: Claim[];
  article: AnalyzedArticle | null;
}

/** All three steps in one place (tests, tools): the same functions the extension runs in three. */
export function runPipeline(doc: Document, url: string, opts: { topics: readonly TopicProfile[]; force?: boolean }): PipelineResult {
  const empty = { extracted: null, analyzedText: null, claims: [], article: null };
  const gate = gatePage(doc, url);
  if (!gate.isArticle && !opts.force) return { verdict: { kind: 'not-article', reason: gate.reason }, ...empty };
  if (!worthExtracting(opts.topics, quickPageOf(doc, url), opts.force)) return { verdict: { kind: 'off-topic', topics: [] }, ...empty };
  const { extracted, ...analysis } = analyzePage(opts.topics, readPageFacts(doc, url), { force: opts.force });
  if (analysis.verdict.kind !== 'on-topic' && analysis.verdict.kind !== 'forced') return { verdict: analysis.verdict, ...empty, extracted };
  const analyzedText = analyzedTextOf(extracted);
  return {
    verdict: analysis.verdict,
    extracted,
    analyzedText,
    claims: analysis.claims,
    article: toAnalyzedArticle(extracted, analysis, analyzedText),
  };
}
