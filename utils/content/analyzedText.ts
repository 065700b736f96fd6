import type { AnalyzedArticle, Claim, ExtractedArticle, TopicScore } from '../types';

/**
 * The exact string the analyzer is given: the headline is part of what the
 * reader reads ("…, sources say"), then a blank line, then the body. Claim
 * offsets point into it, in the page (to place highlights) and in the
 * background (which analyzes it): both must build it with this one function.
 */
export function analyzedTextOf(ex: Pick<ExtractedArticle, 'title' | 'text'>): string {
  return ex.title ? `${ex.title}\n\n${ex.text}` : ex.text;
}

/** The article as stored and shown: extraction plus the background's analysis (claims point into `analyzedText`). */
export function toAnalyzedArticle(
  extracted: ExtractedArticle,
  analysis: { claims: Claim[]; topics: TopicScore[]; analyzerVersion: string },
  analyzedText: string = analyzedTextOf(extracted),
): AnalyzedArticle {
  return { ...extracted, text: analyzedText, claims: analysis.claims, topics: analysis.topics, analyzerVersion: analysis.analyzerVersion };
}
