/**
 * Figures measured in real Chromium with the built extension: the main-thread
 * time our content scripts add (User Timing measures `ss:<step>` they record
 * around each synchronous step; a page the background turned away from its
 * tab's title, `bg:tab`, runs none: `load` = evaluating the gate script,
 * `load-analyzer` = the injected analysis script, `address` = the address
 * check, `title` = reading title and description, `send` = serializing a
 * message, `gate` = the article gate, on pages whose title passed), the
 * background's steps off the page's thread (`bg:*`, read from the service
 * worker), what each of Readability's pages costs and the article gate's own
 * cost there (run alone, cold and warm), the full pipeline on
 * a ~1,500-word on-topic article with Readability's own parse time beside it,
 * and the content scripts' bundle sizes.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import readline from 'node:readline';
import type { BrowserContext } from 'playwright-core';
import { readabilityDir, repoRoot, sharedDir, startDemoServer } from '../demo/server.ts';
import { extensionDir, launch } from '../e2e/harness.ts';
import { build } from 'esbuild';
import { scoreTopic } from '../../utils/topic/index.ts';
import { DEFAULT_TOPICS } from '../../utils/topic/defaultTopics.ts';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};
const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

interface Measures {
  total: number;
  maxTask: number;
  byStep: Record<string, number>;
}

/** The extension's service worker, where the background records `ss:bg:<step>` measures. */
function worker(ctx: BrowserContext) {
  return ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? null;
}

/**
 * Load `url` and sum our measures once the content script has settled (and the background's, off the page's
 * thread): once every step in `expectSteps` is recorded, then `settleMs` more for steps that follow an answer
 * from the background.
 */
export async function measure(ctx: BrowserContext, url: string, expectSteps: string[], settleMs = 50): Promise<Measures> {
  const sw = worker(ctx);
  await sw?.evaluate(() => performance.clearMeasures()).catch(() => undefined);
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // Steps in the page (`ss:<step>`) and in the service worker (`bg:<step>`, e.g. `bg:tab`, its look at the tab's title).
  const pageSteps = expectSteps.filter((s) => !s.startsWith('bg:'));
  const bgSteps = expectSteps.filter((s) => s.startsWith('bg:'));
  await page.waitForFunction((steps) => steps.every((s) => performance.getEntriesByName(`ss:${s}`).length > 0), pageSteps, { timeout: 10000 }).catch(() => undefined);
  if (sw && bgSteps.length) {
    const until = Date.now() + 10000;
    while (Date.now() < until) {
      const seen = await sw.evaluate((steps) => steps.every((s) => performance.getEntriesByName(`ss:${s}`).length > 0), bgSteps).catch(() => false);
      if (seen) break;
      await page.waitForTimeout(20);
    }
  }
  await page.waitForTimeout(settleMs);
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('ss:'))
      .map((e) => ({ name: e.name.slice(3), d: e.duration })),
  );
  await page.close();
  const byStep: Record<string, number> = {};
  for (const e of entries) byStep[e.name] = (byStep[e.name] ?? 0) + e.d;
  const bg = (await sw
    ?.evaluate(() => performance.getEntriesByType('measure').filter((e) => e.name.startsWith('ss:bg:')).map((e) => ({ name: e.name.slice(3), d: e.duration })))
    .catch(() => [])) ?? [];
  for (const e of bg) byStep[e.name] = (byStep[e.name] ?? 0) + e.d;
  // `total` and `maxTask` are the page's main thread only; the background's steps are listed beside them.
  return { total: entries.reduce((n, e) => n + e.d, 0), maxTask: Math.max(0, ...entries.map((e) => e.d)), byStep };
}

/** A ~1,500-word on-topic article from the corpus, rendered as a plain news page (read at bench time, never committed). */
export async function onTopicArticleHtml(): Promise<{ html: string; words: number; title: string } | null> {
  const file = path.join(sharedDir, 'data/corpus/allsides-articles.jsonl.gz');
  if (!fs.existsSync(file)) return null;
  const rl = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()) });
  const topic = DEFAULT_TOPICS[0]!;
  for await (const line of rl) {
    let r: { title?: string; content_original?: string; source?: string; date?: string };
    try {
      r = JSON.parse(line);
    } catch {
      continue;
    }
    const text = r.content_original ?? '';
    const words = text.split(/\s+/).length;
    if (words < 1300 || words > 1800 || !r.title) continue;
    if (!scoreTopic(topic, { title: r.title, text }).onTopic) continue;
    rl.close();
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const paras = text.split(/\n+/).filter((p) => p.trim()).map((p) => `<p>${esc(p.trim())}</p>`).join('\n');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(r.title)}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${esc(r.source ?? 'News')}">
<meta property="article:published_time" content="${esc(r.date ?? '2014-07-20')}"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${esc(r.title)}</h1><p class="byline">By Staff</p>${paras}</article></main><footer>© News</footer></body></html>`;
    return { html, words, title: r.title };
  }
  return null;
}

/**
 * Where the gate's time goes: the same gate bundled alone, evaluated in a fresh
 * isolated world of a fresh tab, run twice. The first run pays for compiling our
 * code and the first DOM calls in that world; the second is the work itself.
 */
async function gateColdVsWarm(ctx: BrowserContext, origin: string, dirs: string[]): Promise<Record<string, number>> {
  const bundled = await build({
    stdin: { contents: "import { gatePage } from './utils/page/gate'; (globalThis as Record<string, unknown>).__ssGateBench = gatePage;", resolveDir: repoRoot, loader: 'ts' },
    bundle: true, write: false, format: 'iife', minify: true,
  });
  const code = bundled.outputFiles[0]?.text ?? '';
  const rows: number[][] = [];
  for (const d of dirs) {
    const page = await ctx.newPage();
    await page.goto(`${origin}/readability/${d}/`).catch(() => undefined);
    const cdp = await ctx.newCDPSession(page);
    const tree = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const world = (await cdp.send('Page.createIsolatedWorld', { frameId: tree.frameTree.frame.id, worldName: 'ss-bench' })) as { executionContextId: number };
    const expr = `(() => { const t0 = performance.now(); (0, eval)(${JSON.stringify(code)}); const t1 = performance.now();
      const g = globalThis.__ssGateBench; g(document, location.href); const t2 = performance.now(); g(document, location.href); const t3 = performance.now();
      return [t1 - t0, t2 - t1, t3 - t2]; })()`;
    const res = (await cdp.send('Runtime.evaluate', { expression: expr, contextId: world.executionContextId, returnByValue: true }).catch(() => null)) as { result?: { value?: number[] } } | null;
    if (res?.result?.value) rows.push(res.result.value);
    await page.close();
  }
  const col = (i: number) => round(median(rows.map((r) => r[i] ?? NaN)));
  return { pages: rows.length, evaluateMedianMs: col(0), firstRunMedianMs: col(1), secondRunMedianMs: col(2) };
}

export async function benchChromium(opts: { runs?: number } = {}): Promise<Record<string, unknown>> {
  const runs = opts.runs ?? 9;
  const out: Record<string, unknown> = {};
  // Two content scripts, both injected by the background: the gate where a tab's title touches a topic, the analysis script into on-topic articles.
  const size = (rel: string) => {
    const f = path.join(extensionDir, rel);
    if (!fs.existsSync(f)) return null;
    const raw = fs.readFileSync(f);
    return { raw: round(raw.length / 1024, 1), gzip: round(zlib.gzipSync(raw).length / 1024, 1) };
  };
  const gate = size('gate.js');
  const analysis = size('content-scripts/analysis.js');
  out.contentScriptKB = {
    gate, analysis,
    totalGzip: gate && analysis ? round(gate.gzip + analysis.gzip, 1) : null,
    targetGzip: 60,
  };
  const server = await startDemoServer();
  const session = await launch();
  try {
    const ctx = session.context;
    // Off-topic article and non-article pages.
    // The background looks at each tab's title first (`bg:tab`); pages it turns away run none of our code.
    for (const [name, p, steps] of [
      ['offTopicArticle', '/demo/off-topic.html', ['bg:tab']],
      ['searchPage', '/demo/search.html', ['bg:tab']],
      ...server.pages.filter((x) => x.path !== '/index.html' && !x.path.startsWith('/demo/')).map((x) => [`seed:${x.path}`, x.path, ['gate', 'extract', 'highlight']] as const),
    ] as const) {
      const ms: Measures[] = [];
      for (let i = 0; i < runs; i++) ms.push(await measure(ctx, server.origin + p, [...steps]));
      out[name] = {
        medianMs: round(median(ms.map((m) => m.total))),
        maxTaskMs: round(Math.max(...ms.map((m) => m.maxTask))),
        steps: Object.fromEntries(Object.keys(ms[0]?.byStep ?? {}).map((k) => [k, round(median(ms.map((m) => m.byStep[k] ?? 0)))])),
      };
    }
    // Every Readability page: what each page pays (nothing where the background's look at
    // its tab's title turned it away), what the pages the gate script ran in paid, and the
    // article gate where the gate's own title question passed.
    const totals: number[] = [];
    const withGate: number[] = [];
    const gates: number[] = [];
    const dirs = fs.existsSync(readabilityDir) ? fs.readdirSync(readabilityDir).filter((d) => fs.existsSync(path.join(readabilityDir, d, 'source.html'))) : [];
    await ctx.route((u) => !u.href.startsWith(server.origin), (r) => r.abort());
    for (const d of dirs) {
      const m = await measure(ctx, `${server.origin}/readability/${d}/`, ['bg:tab'], 300);
      totals.push(m.total);
      if (m.byStep.load !== undefined) withGate.push(m.total);
      if (m.byStep.gate !== undefined) gates.push(m.byStep.gate);
    }
    const p95 = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN);
    out.everyReadabilityPage = { pages: totals.length, medianMs: round(median(totals)), p95Ms: p95(totals), targetMedianMs: 2 };
    out.readabilityPagesTheGateRanIn = { pages: withGate.length, medianMs: round(median(withGate)), p95Ms: p95(withGate) };
    out.gateOnReadabilityPages = { pages: gates.length, medianMs: round(median(gates)), p95Ms: p95(gates), targetMedianMs: 2 };
    out.gateFirstVsSecondRun = await gateColdVsWarm(ctx, server.origin, dirs);

    // Full pipeline on a ~1,500-word on-topic article, with Readability's own parse beside it.
    const art = await onTopicArticleHtml();
    if (art) {
      const url = `${server.origin}/bench/on-topic-article.html`;
      await ctx.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: art.html }));
      const ms: Measures[] = [];
      for (let i = 0; i < runs; i++) ms.push(await measure(ctx, url, ['gate', 'extract', 'highlight']));
      const page = await ctx.newPage();
      await page.goto(url);
      await page.addScriptTag({ path: path.join(repoRoot, 'node_modules/@mozilla/readability/Readability.js') });
      const readabilityMs = await page.evaluate((n) => {
        const R = (window as unknown as { Readability: new (d: Document) => { parse(): unknown } }).Readability;
        const times: number[] = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          new R(document.cloneNode(true) as Document).parse();
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        return times[Math.floor(times.length / 2)]!;
      }, runs);
      await page.close();
      out.onTopic1500Words = {
        words: art.words,
        medianMs: round(median(ms.map((m) => m.total))),
        maxTaskMs: round(Math.max(...ms.map((m) => m.maxTask))),
        steps: Object.fromEntries(Object.keys(ms[0]?.byStep ?? {}).map((k) => [k, round(median(ms.map((m) => m.byStep[k] ?? 0)))])),
        readabilityParseMedianMs: round(readabilityMs),
        targets: { medianMs: 30, maxTaskMs: 50 },
      };
    }
  } finally {
    await session.close();
    await server.close();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchChromium().then((r) => console.log(JSON.stringify(r, null, 2)));
}
