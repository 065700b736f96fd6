/**
 * Page benchmark (Node + linkedom, so slower than Chromium's native DOM):
 * medians of `gatePage` over all Readability test pages, and of
 * `extractArticle` / `findArticleRoot` on the two demo seed pages.
 * Chromium targets (measured by the lead): gate <= 2 ms median,
 * extraction + topic on a seed page <= 15 ms median.
 *
 *   npx tsx tests/bench/page.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractArticle, findArticleRoot, gatePage } from '../../utils/page/index.ts';
import { renderSeedPages } from '../demo/render.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(REPO, '../shared');
const PAGES = path.join(SHARED, 'data/readability-pages');

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] as number;
}

function stats(ms: number[]): { n: number; median_ms: number; p95_ms: number; max_ms: number } {
  const s = [...ms].sort((a, b) => a - b);
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return { n: s.length, median_ms: r(quantile(s, 0.5)), p95_ms: r(quantile(s, 0.95)), max_ms: r(s[s.length - 1] ?? NaN) };
}

function timeMs(fn: () => unknown): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

export async function benchPage(repeats = 15): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { dom: 'linkedom (Node)' };
  if (fs.existsSync(PAGES)) {
    const dirs = fs.readdirSync(PAGES).filter((d) => fs.existsSync(path.join(PAGES, d, 'source.html')));
    const docs = dirs.map((d) => ({ d, doc: parse(fs.readFileSync(path.join(PAGES, d, 'source.html'), 'utf8')) }));
    // Warm-up, then one timed run per page: the gate runs once per page view.
    for (const { d, doc } of docs.slice(0, 10)) gatePage(doc, `http://127.0.0.1/readability/${d}/`);
    const gate: number[] = [];
    let articles = 0;
    for (const { d, doc } of docs) {
      gate.push(timeMs(() => {
        if (gatePage(doc, `http://127.0.0.1/readability/${d}/`).isArticle) articles++;
      }));
    }
    out.gatePage = { ...stats(gate), pages: docs.length, passed: articles };
  } else out.gatePage = { skipped: `${PAGES} missing` };

  if (fs.existsSync(path.join(SHARED, 'seeds'))) {
    for (const p of renderSeedPages(SHARED).filter((x) => x.path.startsWith('/jpost/') || x.path.startsWith('/lapost/'))) {
      const url = `http://127.0.0.1${p.path}`;
      const doc = parse(p.html);
      extractArticle(doc, url);
      const extract: number[] = [];
      const root: number[] = [];
      let last = extractArticle(doc, url);
      for (let i = 0; i < repeats; i++) {
        extract.push(timeMs(() => (last = extractArticle(doc, url))));
        root.push(timeMs(() => findArticleRoot(doc, last)));
      }
      out[`extract ${p.path}`] = { extractArticle: stats(extract), findArticleRoot: stats(root), words: last.wordCount };
    }
  } else out.extract = { skipped: 'seeds missing' };
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchPage()
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
