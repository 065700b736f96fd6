import { DEFAULT_TOPICS } from '../topic/defaultTopics';
import { DEFAULT_VIEW_CONFIG, type ContentConfig } from './config';

/** What a fresh install does before the background has written the reader's snapshot. */
export const DEFAULT_CONTENT_CONFIG: ContentConfig = { ...DEFAULT_VIEW_CONFIG, topics: [...DEFAULT_TOPICS] };
