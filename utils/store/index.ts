/**
 * The store's public surface: import from 'utils/store'. Owned by the
 * background service worker; the content script never opens IndexedDB.
 *
 * - db.ts           schema (versions 1–8 with upgrades), record types, openDatabase()
 * - records.ts      analysis → records, the 3 KB auto-capture footprint budget (pure)
 * - articles.ts     transactional writes, popup / event / search queries, deletes
 * - capacity.ts     auto-capture cap (LRU eviction), full-disk handling, explicit save with retry
 * - settings.ts     typed, validated settings with defaults
 * - portability.ts  JSON export/import (validated, all-or-nothing), CSV export
 * - url.ts, search.ts  URL key normalization, search terms (named tables with examples)
 *
 * Decisions worth knowing:
 * - Auto-captured articles keep no body text and a budgeted set of claims
 *   (unnamed first) inside their record; `counts` always describe all claims, `claimsOmitted` the gap.
 * - Search: saved articles by title, outlets, sources and claim words; auto-captured ones by
 *   title, outlets and sources (claim words were half the cost of a write; records.ts termsOf).
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
