/**
 * One pass over a page: gate → extract → language → topic → analyze.
 *
 * Cheap steps first: most pages are not on-topic news articles and must cost the
 * reader about nothing, so the gate and the title-only topic pre-check run before
 * Readability, and the analyzer runs only on English articles on a followed topic
 * (or when the reader asks for this page anyway). `pause` lets the caller yield
 * to the browser between steps so no single task grows long.
 */
import { analyzeText, ANALYZER_VERSION } from '../attribution';
import { gatePage } from '../page/gate';
import { extractArticle } from '../page/extract';
import { quickTopicCheck, scoreAllTopics } from '../topic';
import type { AnalyzedArticle, Claim, ExtractedArticle, PageVerdict, TopicProfile, TopicScore } from '../types';

export interface PipelineResult {
  verdict: PageVerdict;
  extracted: ExtractedArticle | null;
  /** The exact string the analyzer saw (title, blank line, body); claim offsets point into it. */
  analyzedText: string | null;
  claims: Claim[];
  article: AnalyzedArticle | null;
}

export interface PipelineOptions {
  /** The reader's topics, or a loader called only once the gate has passed (non-articles never read storage). */
  topics: TopicProfile[] | (() => Promise<TopicProfile[]>);
  /** The reader asked to analyze this page whatever its topic. */
  force?: boolean;
  pause?: () => Promise<void>;
  /** Called with each synchronous step's main-thread time (benchmarks read these as performance measures). */
  onTask?: (name: string, startMs: number, durationMs: number) => void;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

const noPause = async (): Promise<void> => {};

function metaContent(doc: Document, sel: string): string | undefined {
  return doc.querySelector(sel)?.getAttribute('content') ?? undefined;
}

/** Text the analyzer is given: the headline is part of what the reader reads ("…, sources say"). */
export function analyzedTextOf(ex: ExtractedArticle): string {
  return ex.title ? `${ex.title}\n\n${ex.text}` : ex.text;
}

export async function runPipeline(doc: Document, url: string, opts: PipelineOptions): Promise<PipelineResult> {
  const pause = opts.pause ?? noPause;
  const onTask = opts.onTask ?? (() => {});
  const empty = { extracted: null, analyzedText: null, claims: [], article: null };
  let t0 = now();
  const gate = gatePage(doc, url);
  if (!gate.isArticle && !opts.force) {
    onTask('gate', t0, now() - t0);
    return { verdict: { kind: 'not-article', reason: gate.reason }, ...empty };
  }

  onTask('gate', t0, now() - t0);
  const profiles = typeof opts.topics === 'function' ? await opts.topics() : opts.topics;
  t0 = now();
  if (!opts.force) {
    const title = metaContent(doc, 'meta[property="og:title"]') ?? doc.title;
    const description = metaContent(doc, 'meta[property="og:description"]') ?? metaContent(doc, 'meta[name="description"]');
    if (!quickTopicCheck(profiles, { title, description, url })) {
      onTask('quick-topic', t0, now() - t0);
      return { verdict: { kind: 'off-topic', topics: [] }, ...empty };
    }
  }
  onTask('quick-topic', t0, now() - t0);
  await pause();

  t0 = now();
  const extracted = extractArticle(doc, url);
  if (extracted.lang && extracted.lang !== 'en') {
    onTask('extract', t0, now() - t0);
    return { verdict: { kind: 'not-analyzed-language', lang: extracted.lang }, ...empty, extracted };
  }
  // Some terms only mean this war from a date on (Houthi attacks, "October 7"); an undated page is read as current news.
  const date = extracted.publishedAt ?? new Date().toISOString().slice(0, 10);
  const topics: TopicScore[] = scoreAllTopics(profiles, { title: extracted.title, text: extracted.text, date });
  const onTopic = topics.some((t) => t.onTopic);
  onTask('extract', t0, now() - t0);
  if (!onTopic && !opts.force) return { verdict: { kind: 'off-topic', topics }, ...empty, extracted };
  await pause();

  t0 = now();
  const analyzedText = analyzedTextOf(extracted);
  const claims = analyzeText(analyzedText);
  onTask('analyze', t0, now() - t0);
  const article: AnalyzedArticle = {
    ...extracted,
    text: analyzedText,
    claims,
    topics,
    analyzerVersion: ANALYZER_VERSION,
  };
  const verdict: PageVerdict = onTopic ? { kind: 'on-topic', topics } : { kind: 'forced', topics };
  return { verdict, extracted, analyzedText, claims, article };
}
