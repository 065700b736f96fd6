/**
 * Plain data shapes shared by every part of Second Source.
 *
 * Everything here is JSON-serializable: it crosses the message boundary between
 * the content script and the background, lands in IndexedDB, and is exported.
 * Offsets are UTF-16 indices (JavaScript string indices) into the text the
 * analysis was given, `start` inclusive and `end` exclusive.
 */

/** How a claim is sourced. Exactly one per claim. */
export type ClaimType = 'anonymous' | 'vague' | 'report' | 'named' | 'institutional';

export const CLAIM_TYPES: readonly ClaimType[] = ['named', 'institutional', 'report', 'anonymous', 'vague'];

/** Types that rest on sources the reader cannot identify. */
export const UNNAMED_TYPES: readonly ClaimType[] = ['anonymous', 'vague'];

export function isUnnamed(type: ClaimType): boolean {
  return type === 'anonymous' || type === 'vague';
}

/** A piece of the analyzed text with its offsets. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One attributed claim found in a text. */
export interface Claim {
  /** Span of the attributed content together with its cue and source. */
  start: number;
  end: number;
  type: ClaimType;
  /** The words that name (or withhold) the source: "a senior administration official". */
  source: TextSpan | null;
  /** The attribution verb or phrase: "told CNN", "according to", "is believed to". */
  cue: TextSpan | null;
  /** A short explanation a reader can check: "no name given: 'a senior administration official'". */
  reason: string;
}

/** Why a topic matched: which term, where it was found, how much it weighed. */
export interface TopicReason {
  term: string;
  where: 'title' | 'lede' | 'body';
  weight: number;
  count: number;
}

/** A weighted term of a topic profile. `term` is lower-case; phrases contain spaces. */
export interface TopicTerm {
  term: string;
  weight: number;
}

/** A topic is data, so readers can make their own. */
export interface TopicProfile {
  id: string;
  name: string;
  description: string;
  /** Single words (lower-case). */
  terms: TopicTerm[];
  /** Multi-word phrases (lower-case). */
  phrases: TopicTerm[];
  /** Proper names: people, places, organizations (matched case-sensitively on their capitalized form). */
  entities: TopicTerm[];
  /** Terms that pull an article away from the topic. */
  negative: TopicTerm[];
  /** Score at or above which an article is on topic. */
  threshold: number;
  builtin?: boolean;
}

export interface TopicScore {
  topicId: string;
  topic: string;
  score: number;
  onTopic: boolean;
  reasons: TopicReason[];
}

/** What the cheap page gate decided. */
export interface GateResult {
  isArticle: boolean;
  /** Signals that were seen: "json-ld:NewsArticle", "og:type=article", "readerable". */
  signals: string[];
  /** One sentence for the reader: "Not a news article: no article metadata and too little prose." */
  reason: string;
  /**
   * A refusal that more content cannot change (the address, the site, the page's
   * declared kind), as opposed to "too little prose yet", which late content can.
   */
  final?: boolean;
}

/** Metadata and body text of a news article page. */
export interface ExtractedArticle {
  url: string;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  /** Publisher of this page, normalized ("The Jerusalem Post"). */
  outlet: string;
  /** Outlet that originally wrote syndicated copy ("CNN"), or null when it is the publisher's own. */
  originalOutlet: string | null;
  /** Publication date of the article itself, YYYY-MM-DD, or null when unknown. */
  publishedAt: string | null;
  /** BCP-47 primary language ("en"), or null when unknown. */
  lang: string | null;
  /** Body text: paragraphs separated by blank lines, without captions, credits, bylines, related lists. */
  text: string;
  excerpt: string;
  wordCount: number;
}

/** Verdict of the content script on one page, reported to the background. */
export type PageVerdict =
  | { kind: 'not-article'; reason: string }
  | { kind: 'not-analyzed-language'; lang: string }
  | { kind: 'off-topic'; topics: TopicScore[] }
  | { kind: 'on-topic'; topics: TopicScore[] }
  | { kind: 'forced' /* reader asked: analyze anyway */; topics: TopicScore[] }
  | { kind: 'error'; message: string };

/** What the content script sends for an analyzed article. */
export interface AnalyzedArticle extends ExtractedArticle {
  claims: Claim[];
  topics: TopicScore[];
  analyzerVersion: string;
}
