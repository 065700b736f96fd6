/** Shared helpers of the page tests: where ../shared is, INDEX.csv, parsing pages with linkedom. */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** Repo root is /work/main-like; the shared folder is its sibling `../shared`. */
export const repoRoot = path.resolve(__dirname, '../../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const readabilityDir = path.join(sharedDir, 'data/readability-pages');
export const hasShared = fs.existsSync(path.join(sharedDir, 'seeds'));
export const hasReadability = fs.existsSync(path.join(readabilityDir, 'INDEX.csv'));

export function parseDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** RFC 4180-style CSV (quoted fields may hold commas, quotes and newlines; CRLF tolerated). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

export interface IndexRow {
  dir: string;
  kind: string;
  outlet: string;
  title: string;
  publishedTime: string;
  lang: string;
  url: string;
}

export function readIndex(): IndexRow[] {
  const [header, ...rows] = parseCsv(fs.readFileSync(path.join(readabilityDir, 'INDEX.csv'), 'utf8'));
  const col = (name: string) => (header ?? []).indexOf(name);
  return rows.map((r) => ({
    dir: r[col('dir')] ?? '',
    kind: r[col('kind')] ?? '',
    outlet: r[col('outlet')] ?? '',
    title: r[col('title')] ?? '',
    publishedTime: r[col('publishedTime')] ?? '',
    lang: r[col('lang')] ?? '',
    url: (r[col('url')] ?? '').trim(),
  }));
}

export function readPage(dir: string): { html: string; expected: Record<string, unknown> } {
  const base = path.join(readabilityDir, dir);
  return {
    html: fs.readFileSync(path.join(base, 'source.html'), 'utf8'),
    expected: JSON.parse(fs.readFileSync(path.join(base, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>,
  };
}

/** How the demo server serves a Readability page: the address carries no signal of its own. */
export function localUrl(dir: string): string {
  return `http://127.0.0.1:8123/readability/${dir}/`;
}
