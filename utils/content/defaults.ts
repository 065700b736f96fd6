import { DEFAULT_TOPICS } from '../topic/defaultTopics';
import type { ContentConfig } from './config';

/** What a fresh install does before the background has written the reader's snapshot. */
export const DEFAULT_CONTENT_CONFIG: ContentConfig = {
  highlightsEnabled: true,
  highlightTypes: ['anonymous', 'vague', 'report'],
  disabledSites: [],
  autoCapture: true,
  topics: [...DEFAULT_TOPICS],
};
