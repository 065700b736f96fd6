/**
 * The store's public surface: import from 'utils/store'. Owned by the
 * background service worker; the content script never opens IndexedDB.
 *
 * - db.ts           schema (versions 1–3 with upgrades), record types, openDatabase()
 * - records.ts      analysis → records, the 3 KB auto-capture footprint budget (pure)
 * - articles.ts     transactional writes, popup / event / search queries, deletes
 * - capacity.ts     auto-capture cap (LRU eviction), full-disk handling, explicit save with retry
 * - settings.ts     typed, validated settings with defaults
 * - portability.ts  JSON export/import (validated, all-or-nothing), CSV export
 * - url.ts, search.ts  URL key normalization, search terms (named tables with examples)
 *
 * Decisions worth knowing:
 * - Auto-captured articles keep no body text and a budgeted set of claims
 *   (unnamed first); `counts` always describe all claims, `claimsOmitted` the gap.
 * - deleteEverything keeps settings and topics unless `includeSettings`.
 * - Import: newer lastSeen wins a url clash, saves are kept, existing events
 *   and topics are kept, imported settings apply (not the quota pause).
 */
export * from './db';
export * from './url';
export * from './search';
export * from './records';
export * from './settings';
export * from './articles';
export * from './capacity';
export * from './portability';
