/**
 * View models for the popup and the collection page.
 *
 * These are deliberately independent from the store's row shapes: the lead maps
 * store rows to these in the entrypoints, so a schema change never ripples into
 * the UI and the components stay testable with hand-written plain data.
 */
import type { ClaimType, TopicProfile, TopicScore } from '../utils/types';

/** Number of claims per source type. Always has all five keys (zero when absent). */
export type SourcingCounts = Record<ClaimType, number>;

/** One flagged claim, as the popup lists it. */
export interface ClaimView {
  id: string;
  type: ClaimType;
  /** The attributed text (page text: rendered as text only). */
  text: string;
  /** Source phrase: "a senior administration official". */
  source: string | null;
  /** Attribution cue: "told CNN", "according to". */
  cue: string | null;
  /** Short reason the reader can check. */
  reason: string;
}

export type ClaimStance = 'confirms' | 'disputes' | 'names-source' | 'not-covered';

/** What another outlet says about one claim of the current article. */
export interface PerClaimCoverage {
  claimId: string;
  stance: ClaimStance;
  /** The other outlet's wording of the claim. */
  otherText?: string;
  /** How the other outlet sources it: "US and Qatari sources". */
  otherSource?: string | null;
  otherType?: ClaimType;
  /** Shared words or phrases that tie the two claims together. */
  evidence?: string[];
}

/** One other outlet's article on the same event. */
export interface OutletCoverageView {
  outlet: string;
  originalOutlet?: string | null;
  title: string;
  url: string;
  publishedAt: string | null;
  /** Only a headline was seen (feed item or link): no claims to compare. */
  headlineOnly: boolean;
  counts: SourcingCounts;
  perClaim: PerClaimCoverage[];
}

export interface EventSummaryView {
  title: string;
  outlets: OutletCoverageView[];
}

/** The analyzed article shown in the popup. */
export interface ArticleView {
  title: string;
  url?: string;
  outlet: string;
  originalOutlet: string | null;
  publishedAt: string | null;
  counts: SourcingCounts;
  claims: ClaimView[];
  topics: TopicScore[];
  saved: boolean;
  event: EventSummaryView | null;
}

/**
 * Everything the popup can show. `analyzed` covers both an on-topic article and one
 * the reader asked to analyze anyway (`verdict: 'forced'`), since both render the same.
 */
export type PopupState =
  | { kind: 'loading' }
  | { kind: 'no-page' }
  | { kind: 'not-article'; reason: string }
  | { kind: 'not-analyzed-language'; lang: string }
  | { kind: 'off-topic'; topics: TopicScore[]; title?: string | null; analyzing?: boolean }
  | { kind: 'analyzed'; verdict: 'on-topic' | 'forced'; article: ArticleView }
  | { kind: 'error'; message: string };

/** Controls shown in the popup for the current tab. */
export interface PopupSettingsView {
  highlightsOn: boolean;
  /** Host name of the current tab ("www.cnn.com"), or null when there is none. */
  site: string | null;
  siteEnabled: boolean;
  /** Claim types that get highlighted on the page. */
  enabledTypes: ClaimType[];
}

export interface SiteToggleView {
  site: string;
  enabled: boolean;
}

/** Settings as the collection page edits them. */
export interface SettingsView {
  autoCapture: boolean;
  /** Auto-capture was stopped because storage is full (shown as a warning). */
  autoCapturePausedByDisk: boolean;
  highlightsOn: boolean;
  highlightTypes: ClaimType[];
  sites: SiteToggleView[];
}

/** One stored article as a row of the collection page. */
export interface ArticleRowView {
  id: string;
  title: string;
  outlet: string;
  originalOutlet?: string | null;
  url: string;
  publishedAt: string | null;
  counts: SourcingCounts;
  saved: boolean;
  topicIds: string[];
  /** Claim texts, for the text search. */
  claimTexts?: string[];
}

/** Search and filters of the Articles section. Empty string / null = no filter. */
export interface ArticleQuery {
  text: string;
  topicId: string | null;
  outlet: string | null;
  /** YYYY-MM-DD inclusive bounds. */
  from: string | null;
  to: string | null;
  savedOnly: boolean;
  unnamedOnly: boolean;
}

export interface EventArticleView {
  id: string;
  outlet: string;
  title: string;
  url: string;
  publishedAt: string | null;
}

/** One event (several outlets' articles on the same happening). */
export interface EventView {
  id: string;
  title: string;
  /** First and last date seen (YYYY-MM-DD), null when no article has a date. */
  span: { from: string; to: string } | null;
  articles: EventArticleView[];
}

export interface OutletMixView {
  outlet: string;
  counts: SourcingCounts;
}

export interface WeekShareView {
  /** Monday of the ISO week, YYYY-MM-DD. */
  week: string;
  unnamed: number;
  total: number;
}

export interface ChartsView {
  byOutlet: OutletMixView[];
  byWeek: WeekShareView[];
}

/** A topic as the editor shows it: the profile itself. */
export type TopicView = TopicProfile;

export interface OutletCountView {
  outlet: string;
  articles: number;
}
