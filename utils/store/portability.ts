/**
 * Export and import. The JSON export is the full-fidelity backup; the CSV
 * export is for spreadsheets. An import file is untrusted input (it may be
 * corrupt, from another tool, or built to attack): it is validated entirely
 * before anything is written, and written in one transaction, so a bad file
 * changes nothing.
 *
 * Derived data is not exported (outlet rows, search terms, unnamedCount):
 * import recomputes it from the records, so a file cannot make it inconsistent.
 */
import * as v from 'valibot';
import type { ClaimType, TopicProfile } from '../types';
import { CLAIM_TYPES } from '../types';
import type { ArticleRecord, ClaimRecord, SecondSourceDB, SettingRecord, StoredEvent } from './db';
import { unnamedOf } from './db';
import { adjustOutlet, withTimeKeys } from './articles';
import { termsOf, type ClaimDraft } from './records';
import { SETTING_KEYS, SETTING_SCHEMAS, type SettingKey } from './settings';
import { normalizeUrl } from './url';

export const EXPORT_FORMAT = 'second-source-export';
export const EXPORT_VERSION = 1;

/** An article as exported: its claims go to the file's `claims` list (export format 1). */
export type ExportedArticle = Omit<ArticleRecord, 'terms' | 'unnamedCount' | 'claims'>;

export interface ExportData {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO timestamp. */
  exportedAt: string;
  articles: ExportedArticle[];
  claims: ClaimRecord[];
  events: StoredEvent[];
  topics: TopicProfile[];
  settings: SettingRecord[];
}

export interface Progress {
  phase: 'articles' | 'claims' | 'events' | 'topics' | 'settings' | 'validate' | 'write';
  done: number;
  total: number;
}
export type ProgressFn = (p: Progress) => void;

const PAGE = 2000;

/** Everything the reader has, as one versioned object (JSON.stringify it to a file). */
export async function exportJSON(db: SecondSourceDB, onProgress?: ProgressFn): Promise<ExportData> {
  return db.transaction('r', [db.articles, db.events, db.topics, db.settings], async () => {
    const articles: ExportedArticle[] = [];
    const claims: ClaimRecord[] = [];
    const total = await db.articles.count();
    // Paged by primary key so progress is reported on large stores.
    let last = -Infinity;
    for (;;) {
      const page = await db.articles.where(':id').above(last).limit(PAGE).toArray();
      for (const { terms: _t, unnamedCount: _u, claims: own, ...rest } of page) {
        articles.push(rest);
        // Numbered in file order: claim ids only tie a claim to its line in the file.
        for (const c of own) claims.push({ id: claims.length + 1, articleId: rest.id, ...c });
      }
      onProgress?.({ phase: 'articles', done: articles.length, total });
      const tail = page[page.length - 1];
      if (!tail || page.length < PAGE) break;
      last = tail.id;
    }
    onProgress?.({ phase: 'claims', done: claims.length, total: claims.length });
    const events = await db.events.toArray();
    onProgress?.({ phase: 'events', done: events.length, total: events.length });
    const topics = await db.topics.toArray();
    const settings = await db.settings.toArray();
    onProgress?.({ phase: 'settings', done: settings.length, total: settings.length });
    return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString(), articles, claims, events, topics, settings };
  });
}

// ---------------------------------------------------------------- CSV

const CSV_EOL = '\r\n';

/**
 * One CSV cell: RFC 4180 quoting (quote when the cell holds a quote, comma or
 * line break; double the quotes), and a guard against formula injection —
 * spreadsheet apps execute a cell starting with = + - @ (or a tab/CR that
 * hides one), and page text is attacker-controlled, so such cells get a
 * leading apostrophe.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  // Only text is guarded: numbers we write are ours (and a negative number must stay a number).
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function csvRow(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',');
}

const ARTICLE_COLUMNS = ['id', 'url', 'title', 'outlet', 'originalOutlet', 'byline', 'publishedAt', 'lang', 'firstSeen', 'lastSeen', 'saved', 'onTopic', 'topicIds', 'eventId', ...CLAIM_TYPES, 'unnamedCount', 'analyzerVersion'] as const;
const CLAIM_COLUMNS = ['articleId', 'url', 'idx', 'type', 'start', 'end', 'text', 'source', 'cue', 'reason'] as const;

/** Two CSV tables (header row, CRLF line ends); times as ISO strings, lists joined with "; ". */
export async function exportCSV(db: SecondSourceDB): Promise<{ articlesCsv: string; claimsCsv: string }> {
  return db.transaction('r', db.articles, async () => {
    const articles = await db.articles.toArray();
    const aRows = [csvRow(ARTICLE_COLUMNS)];
    for (const a of articles) {
      aRows.push(csvRow([
        a.id, a.url, a.title, a.outlet, a.originalOutlet, a.byline, a.publishedAt, a.lang,
        new Date(a.firstSeen).toISOString(), new Date(a.lastSeen).toISOString(), a.saved, a.onTopic,
        a.topicIds.join('; '), a.eventId, ...CLAIM_TYPES.map((t) => a.counts[t]), a.unnamedCount, a.analyzerVersion,
      ]));
    }
    const cRows = [csvRow(CLAIM_COLUMNS)];
    for (const a of [...articles].sort((x, y) => x.id - y.id)) {
      for (const c of a.claims) cRows.push(csvRow([a.id, a.url, c.idx, c.type, c.start, c.end, c.text, c.source, c.cue, c.reason]));
    }
    return { articlesCsv: aRows.join(CSV_EOL) + CSV_EOL, claimsCsv: cRows.join(CSV_EOL) + CSV_EOL };
  });
}

// ---------------------------------------------------------------- import validation

/** Limits of an import file; beyond them the file is taken as corrupt or hostile. */
export const IMPORT_LIMITS = {
  chars: 256 * 1024 * 1024,
  articles: 250_000,
  claims: 2_500_000,
  events: 250_000,
  topics: 1_000,
  settings: 100,
  depth: 32,
  url: 4096,
  shortText: 300,
  title: 2_000,
  excerpt: 5_000,
  articleText: 2_000_000,
  claimText: 100_000,
  claimField: 2_000,
  listItems: 1_000,
  eventJsonChars: 1_000_000,
} as const;

export class ImportError extends Error {
  override name = 'ImportError';
}

/** Keys that would reach Object.prototype through a naive merge. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function checkTree(x: unknown, path: string, depth: number): void {
  if (depth > IMPORT_LIMITS.depth) throw new ImportError(`Import rejected: nesting deeper than ${IMPORT_LIMITS.depth} at ${path}`);
  if (Array.isArray(x)) {
    x.forEach((item, i) => checkTree(item, `${path}[${i}]`, depth + 1));
  } else if (x !== null && typeof x === 'object') {
    for (const key of Object.keys(x)) {
      if (FORBIDDEN_KEYS.has(key)) throw new ImportError(`Import rejected: forbidden key "${key}" at ${path}`);
      checkTree((x as Record<string, unknown>)[key], `${path}.${key}`, depth + 1);
    }
  }
}

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nonEmpty = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const day = v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const epochMs = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(32_503_680_000_000) /* year 3000 */);
const flag = v.picklist([0, 1] as const);
const claimType = v.picklist(CLAIM_TYPES as ClaimType[]);
const list = (item: v.GenericSchema<unknown, string>, max: number = IMPORT_LIMITS.listItems) => v.pipe(v.array(item), v.maxLength(max));
const countsSchema = v.strictObject({ named: count, institutional: count, report: count, anonymous: count, vague: count });

const ArticleSchema = v.object({
  id: count,
  url: nonEmpty(IMPORT_LIMITS.url),
  canonicalUrl: v.nullable(str(IMPORT_LIMITS.url)),
  title: str(IMPORT_LIMITS.title),
  outlet: str(IMPORT_LIMITS.shortText),
  originalOutlet: v.nullable(str(IMPORT_LIMITS.shortText)),
  byline: v.nullable(str(IMPORT_LIMITS.title)),
  publishedAt: day,
  lang: v.nullable(str(35)),
  firstSeen: epochMs,
  lastSeen: epochMs,
  saved: flag,
  topicIds: list(nonEmpty(256), 100),
  onTopic: flag,
  counts: countsSchema,
  claimsOmitted: v.optional(count, 0),
  eventId: v.nullable(nonEmpty(256)),
  keys: v.optional(list(nonEmpty(256))),
  analyzerVersion: str(100),
  excerpt: str(IMPORT_LIMITS.excerpt),
  text: v.optional(str(IMPORT_LIMITS.articleText)),
});

const ClaimSchema = v.pipe(
  v.object({
    id: v.optional(count),
    articleId: count,
    idx: count,
    type: claimType,
    start: count,
    end: count,
    text: str(IMPORT_LIMITS.claimText),
    source: v.nullable(str(IMPORT_LIMITS.claimField)),
    cue: v.nullable(str(IMPORT_LIMITS.claimField)),
    reason: str(IMPORT_LIMITS.claimField),
  }),
  v.check((c) => c.start <= c.end, 'claim start after end'),
);

const EventSchema = v.pipe(
  v.looseObject({
    id: nonEmpty(256),
    title: str(IMPORT_LIMITS.title),
    keys: list(nonEmpty(256)),
    start: day,
    end: day,
    outlets: list(str(IMPORT_LIMITS.shortText), 10_000),
    articleCount: count,
  }),
  v.check((e) => JSON.stringify(e).length <= IMPORT_LIMITS.eventJsonChars, 'event too large'),
);

const termSchema = v.object({ term: nonEmpty(200), weight: v.pipe(v.number(), v.finite()) });
const TopicSchema = v.object({
  id: nonEmpty(256),
  name: str(IMPORT_LIMITS.shortText),
  description: str(IMPORT_LIMITS.excerpt),
  terms: v.pipe(v.array(termSchema), v.maxLength(5000)),
  phrases: v.pipe(v.array(termSchema), v.maxLength(5000)),
  entities: v.pipe(v.array(termSchema), v.maxLength(5000)),
  negative: v.pipe(v.array(termSchema), v.maxLength(5000)),
  threshold: v.pipe(v.number(), v.finite()),
  builtin: v.optional(v.boolean()),
});

const SettingSchema = v.pipe(
  v.object({ key: v.picklist(SETTING_KEYS), value: v.unknown() }),
  v.check((s) => v.safeParse(SETTING_SCHEMAS[s.key], s.value).success, 'invalid setting value'),
);

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.optional(str(100)),
  articles: v.pipe(v.array(ArticleSchema), v.maxLength(IMPORT_LIMITS.articles)),
  claims: v.pipe(v.array(ClaimSchema), v.maxLength(IMPORT_LIMITS.claims)),
  events: v.optional(v.pipe(v.array(EventSchema), v.maxLength(IMPORT_LIMITS.events)), []),
  topics: v.optional(v.pipe(v.array(TopicSchema), v.maxLength(IMPORT_LIMITS.topics)), []),
  settings: v.optional(v.pipe(v.array(SettingSchema), v.maxLength(IMPORT_LIMITS.settings)), []),
});

type ValidExport = v.InferOutput<typeof ExportSchema>;
type ImportedArticle = v.InferOutput<typeof ArticleSchema>;

/** Parse (when given a string) and validate an import file; throws ImportError saying what is wrong and where. */
export function validateImport(data: unknown): ValidExport {
  let raw = data;
  if (typeof raw === 'string') {
    if (raw.length > IMPORT_LIMITS.chars) throw new ImportError('Import rejected: file too large');
    try {
      raw = JSON.parse(raw);
    } catch (e) {
      throw new ImportError(`Import rejected: not JSON (${(e as Error).message})`);
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ImportError('Import rejected: not a Second Source export object');
  const head = raw as { format?: unknown; version?: unknown };
  if (head.format !== EXPORT_FORMAT) throw new ImportError(`Import rejected: format is not "${EXPORT_FORMAT}"`);
  if (head.version !== EXPORT_VERSION) throw new ImportError(`Import rejected: unsupported export version ${JSON.stringify(head.version)} (this version reads ${EXPORT_VERSION})`);
  // Cheap size checks before the deep walk, so an absurd file fails fast.
  for (const table of ['articles', 'claims', 'events', 'topics', 'settings'] as const) {
    const arr = (raw as Record<string, unknown>)[table];
    if (Array.isArray(arr) && arr.length > IMPORT_LIMITS[table]) throw new ImportError(`Import rejected: ${arr.length} ${table} (limit ${IMPORT_LIMITS[table]})`);
  }
  checkTree(raw, '$', 0);
  const r = v.safeParse(ExportSchema, raw);
  if (!r.success) {
    const issue = r.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    throw new ImportError(`Import rejected: ${issue?.message ?? 'invalid data'}${where ? ` at ${where}` : ''}`);
  }
  const ids = new Set<number>();
  for (const a of r.output.articles) {
    if (ids.has(a.id)) throw new ImportError(`Import rejected: duplicate article id ${a.id}`);
    ids.add(a.id);
  }
  for (const c of r.output.claims) if (!ids.has(c.articleId)) throw new ImportError(`Import rejected: claim refers to missing article ${c.articleId}`);
  return r.output;
}

export interface ImportResult {
  /** Articles (the main count). */
  added: number;
  updated: number;
  skipped: number;
  events: { added: number; skipped: number };
  topics: { added: number; skipped: number };
  settings: number;
}

/**
 * Validate the whole file, then merge it in one transaction. Articles are
 * de-duplicated by normalized url: the record seen more recently wins (its
 * analysis and claims replace the other's, so claims never double), a save on
 * either side is kept, and firstSeen is the earlier one. Events and topics
 * already present are kept as they are. Imported settings replace the current
 * ones, except the auto-capture pause (it describes this machine's disk).
 */
export async function importJSON(db: SecondSourceDB, data: unknown, onProgress?: ProgressFn): Promise<ImportResult> {
  const file = validateImport(data);
  onProgress?.({ phase: 'validate', done: 1, total: 1 });
  const claimsByArticle = new Map<number, ClaimDraft[]>();
  for (const { id: _id, articleId, ...c } of file.claims) {
    const list = claimsByArticle.get(articleId) ?? [];
    list.push(c);
    claimsByArticle.set(articleId, list);
  }
  const result: ImportResult = { added: 0, updated: 0, skipped: 0, events: { added: 0, skipped: 0 }, topics: { added: 0, skipped: 0 }, settings: 0 };
  const total = file.articles.length;
  await db.transaction('rw', [db.articles, db.outlets, db.events, db.topics, db.settings], async () => {
    let done = 0;
    for (const inc of file.articles) {
      const claims = (claimsByArticle.get(inc.id) ?? []).sort((x, y) => x.idx - y.idx);
      const outcome = await mergeArticle(db, inc, claims);
      result[outcome]++;
      if (++done % 500 === 0 || done === total) onProgress?.({ phase: 'write', done, total });
    }
    for (const e of file.events) {
      if (await db.events.get(e.id)) result.events.skipped++;
      else {
        await db.events.add(withTimeKeys(e as StoredEvent));
        result.events.added++;
      }
    }
    for (const t of file.topics) {
      if (await db.topics.get(t.id)) result.topics.skipped++;
      else {
        await db.topics.add(t as TopicProfile);
        result.topics.added++;
      }
    }
    const settings = file.settings.filter((s) => s.key !== ('autoCapturePaused' satisfies SettingKey));
    if (settings.length) await db.settings.bulkPut(settings);
    result.settings = settings.length;
  });
  return result;
}

function toRecord(inc: ImportedArticle, claims: readonly ClaimDraft[]): Omit<ArticleRecord, 'id'> {
  const { id: _id, ...rest } = inc;
  const rec: Omit<ArticleRecord, 'id'> = {
    ...rest,
    url: normalizeUrl(inc.url),
    unnamedCount: unnamedOf(inc.counts),
    terms: termsOf(inc, claims),
    claims: [...claims],
  };
  // Full text belongs to saved articles only (the footprint rule), whatever the file says.
  if (rec.saved === 0) delete rec.text;
  if (rec.keys === undefined) delete rec.keys;
  if (rec.text === undefined) delete rec.text;
  return rec;
}

async function mergeArticle(db: SecondSourceDB, inc: ImportedArticle, claims: readonly ClaimDraft[]): Promise<'added' | 'updated' | 'skipped'> {
  const rec = toRecord(inc, claims);
  const existing = await db.articles.where('url').equals(rec.url).first();
  if (!existing) {
    await db.articles.add(rec as ArticleRecord);
    await adjustOutlet(db, rec.outlet, 1, rec.counts);
    return 'added';
  }
  const saved: 0 | 1 = existing.saved === 1 || rec.saved === 1 ? 1 : 0;
  const firstSeen = Math.min(existing.firstSeen, rec.firstSeen);
  if (rec.lastSeen > existing.lastSeen) {
    const next: ArticleRecord = { ...rec, id: existing.id, saved, firstSeen };
    await db.articles.put(next);
    await adjustOutlet(db, existing.outlet, -1, existing.counts);
    await adjustOutlet(db, next.outlet, 1, next.counts);
    return 'updated';
  }
  if (saved !== existing.saved || firstSeen !== existing.firstSeen) {
    // Saved now: its claim words become searchable too (records.ts termsOf).
    const terms = saved !== existing.saved ? termsOf({ ...existing, saved }, existing.claims) : existing.terms;
    await db.articles.update(existing.id, { saved, firstSeen, terms });
    return 'updated';
  }
  return 'skipped';
}
