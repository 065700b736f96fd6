/**
 * The one typed protocol between the extension's contexts.
 *
 *   gate script ──ss:pageGate──► background (title-only topic check; injects the analysis script;
 *                                 its own tiny protocol: utils/content/gateProtocol.ts)
 *   analysis script ──analyzeArticle──► background (the page's facts → article, topics, claims,
 *                                        store, events, badge)
 *   popup / collection ──get…, save, …──► background
 *   popup / background ──getPageState/selectClaim/…──► content script (tabs.sendMessage)
 *
 * Every message that enters the background is validated there (utils/validate.ts):
 * a content script speaks for an untrusted page, so it may only report what it saw;
 * everything that reads or changes the reader's collection is refused unless it
 * comes from one of our own extension pages.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnalyzedArticle, ClaimType, ExtractedArticle, PageVerdict, TopicProfile, TopicScore } from './types';
import type { ArticleAnalysis } from './content/pipeline';
import type { PageFacts } from './page/extract';

/** What the content script knows about the page it runs in (answered to the popup). */
export interface PageState {
  url: string;
  verdict: PageVerdict;
  title: string | null;
  outlet: string | null;
  originalOutlet: string | null;
  publishedAt: string | null;
  lang: string | null;
  /** Claims of the analyzed article (offsets into the analyzed text), in reading order. */
  claims: { type: ClaimType; text: string; source: string | null; cue: string | null; reason: string }[];
  /** How many claims have a highlight on the live page right now. */
  highlighted: number;
  analyzerVersion: string | null;
}

export interface IngestResult {
  stored: boolean;
  /** Why nothing was stored: auto-capture off, paused by a full disk, ... */
  notStoredReason?: string;
  articleId?: number;
  eventId?: string | null;
  /** How many other outlets the store knows for this article's event. */
  otherOutlets: number;
}

/** The background's answer to an extracted article: its analysis and what the store did with it. */
export interface PageAnalysisReply extends ArticleAnalysis {
  /** The article as the background finished extracting it (claim offsets point into `analyzedTextOf(extracted)`). */
  extracted: ExtractedArticle;
  /** Null when the article was not stored (off topic, forced, or the store failed). */
  ingest: IngestResult | null;
}

/** The collection page's search and filters (the store's query shape). */
export type ListQuery = import('./store/articles').ArticleQuery;

export interface SettingsPatch {
  autoCapture?: boolean;
  highlightsEnabled?: boolean;
  highlightTypes?: ClaimType[];
  /** Add or remove one site from the list where highlights are off. */
  site?: { host: string; enabled: boolean };
  autoCaptureCap?: number;
  topicsEnabled?: string[];
}

/**
 * Payload and return types of each message. Types the background answers with
 * come from the view builders (utils/views) and the store; they are kept
 * `unknown`-free by naming them here.
 */
export interface ProtocolMap {
  // content → background
  /** The analysis script's extraction: score topics, find claims, store when on topic. */
  analyzeArticle(q: { facts: PageFacts; force: boolean }): PageAnalysisReply;
  /** The hovercard's "N other outlets" link: open the popup (or a tab with it). */
  openPopup(): boolean;
  // extension pages → background
  /** `claims`: the live page's claims (whole), compared with other outlets instead of the stored, shortened ones. */
  getArticleView(q: { url: string; claims?: { type: ClaimType; text: string; source: string | null }[] }): import('./views/popup').ArticleViewData | null;
  saveArticle(q: { url: string; tabId?: number }): { ok: boolean; error?: string };
  unsaveArticle(q: { url: string }): { ok: boolean };
  getSettings(): import('./store/settings').Settings;
  updateSettings(p: SettingsPatch): import('./store/settings').Settings;
  listArticles(q: ListQuery): import('./views/collection').ArticleListData;
  listEvents(): import('./views/collection').EventListData;
  getStats(): import('./views/collection').StatsData;
  deleteArticle(q: { id: number }): { ok: boolean };
  deleteOutlet(q: { name: string }): { ok: boolean; deleted: number };
  deleteEverything(): { ok: boolean };
  exportJSON(): { json: string };
  exportCSV(): { articlesCsv: string; claimsCsv: string };
  importJSON(q: { json: string }): { ok: true; added: number; updated: number; skipped: number } | { ok: false; error: string };
  listTopics(): TopicProfile[];
  saveTopic(t: TopicProfile): { ok: true } | { ok: false; error: string };
  deleteTopic(q: { id: string }): { ok: boolean };
  testTopic(q: { topic: TopicProfile; tabId: number }): TopicScore | { error: string };
  // → content script (tabs.sendMessage)
  getPageState(): PageState;
  getAnalyzedArticle(): AnalyzedArticle | null;
  analyzeAnyway(): PageState;
  selectClaim(q: { index: number }): boolean;
  nextClaim(): boolean;
  /** The page's extracted article (title, text, date), or null when it was not extracted. */
  getExtracted(): ExtractedArticle | null;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
