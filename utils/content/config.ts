/**
 * What the content script needs to know about the reader's choices.
 *
 * The store (IndexedDB, owned by the background) is the source of truth; the
 * background mirrors this small snapshot into `storage.local` whenever settings
 * or topics change, so the content script can read it without waking the
 * service worker on every page (DESIGN.md: the content script never opens
 * IndexedDB, and off-topic pages must cost ~nothing).
 */
import type { ClaimType, TopicProfile } from '../types';

export const CONFIG_KEY = 'ss-config';

export interface ContentConfig {
  highlightsEnabled: boolean;
  highlightTypes: ClaimType[];
  /** Hosts where the reader turned highlights off. */
  disabledSites: string[];
  autoCapture: boolean;
  /** Topics the reader follows (enabled ones only). */
  topics: TopicProfile[];
}

/**
 * What the analysis script shows before the background has written the reader's
 * snapshot. No topics: those are the background's business, and the analysis
 * script must not bundle the topic pack (utils/content/defaults.ts adds it).
 */
export const DEFAULT_VIEW_CONFIG: ContentConfig = {
  highlightsEnabled: true,
  highlightTypes: ['anonymous', 'vague', 'report'],
  disabledSites: [],
  autoCapture: true,
  topics: [],
};

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function highlightsActive(cfg: ContentConfig, url: string): boolean {
  return cfg.highlightsEnabled && !cfg.disabledSites.includes(siteOf(url));
}
