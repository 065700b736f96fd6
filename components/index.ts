/** Public surface of the UI components, for the popup and collection entrypoints. */
export { Popup, type PopupProps } from './popup/Popup';
export { CollectionApp, COLLECTION_TABS, type CollectionAppProps, type CollectionTab } from './collection/CollectionApp';
export type { ImportResult } from './collection/DataSection';
export type { SettingsPatch } from './collection/SettingsSection';
export { filterArticles, buildChartsView, emptyQuery, isEmptyQuery, weekStart } from './collection/query';
export { draftToTopic, topicToDraft, validateTopicDraft, emptyDraft } from './collection/topicDraft';
export { SourcingBar, sourcingSummary } from './shared/SourcingBar';
export { CLAIM_COLORS, PAGE_BACKGROUND, claimColorVar, contrastRatio } from './colors';
export { t, tn } from './i18n';
export { emptyCounts, totalClaims, unnamedClaims, outletLabel, formatDate, safeHref } from './format';
export type * from './types';
