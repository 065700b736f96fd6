/**
 * The two seed stories in markup unlike the demo pages (tests/fixtures/page/
 * heldout-render.ts and alt-render.ts: a CMS with inline links, soft hyphens
 * and a comments section; an old table-and-<br> template without <h1> or
 * metadata; a dark app shell with custom-element paragraphs; microdata or a
 * bare <title>), loaded in Chromium with the built extension. On each page the
 * ranges in CSS.highlights must be exactly the labeled unnamed claims (read
 * from ../shared/eval/attribution-seeds.jsonl), nothing in comments, captions
 * or newsletter boxes, and the popup must name the outlet, the original outlet
 * of wire copy and the publication day.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startDemoServer, sharedDir, type DemoServer } from '../demo/server.ts';
import { heldoutPages, articlePage, DECOY_COMMENT, DECOY_NEWSLETTER } from '../fixtures/page/heldout-render.ts';
import { analyzeText } from '../../utils/attribution/index.ts';
import { scoreTopic } from '../../utils/topic/index.ts';
import { DEFAULT_TOPICS } from '../../utils/topic/defaultTopics.ts';
import { readGold } from '../eval/attribution.ts';
import { launch, readHighlights, waitFor, artifact, type Session } from './harness.ts';

const SEEDS = path.join(sharedDir, 'eval/attribution-seeds.jsonl');
const sourceFiles = fs.readFileSync(SEEDS, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { source_file?: string }).source_file ?? '');
const gold = readGold(SEEDS).map((d, i) => ({ ...d, seed: sourceFiles[i]?.includes('000_') ? '000' : '003' }));

const squash = (s: string) => s.replace(/[\s\u00ad]+/g, '');
const UNNAMED = new Set(['anonymous', 'vague']);
const pages = heldoutPages(sharedDir);

let server: DemoServer;
let session: Session;

before(async () => {
  server = await startDemoServer();
  session = await launch();
});
after(async () => {
  await session?.close();
  await server?.close();
});

for (const p of pages) {
  test(`seed ${p.seed} in ${p.style} markup: exactly the unnamed claims are highlighted; outlet and date in the popup`, async () => {
    const doc = gold.find((d) => d.seed === p.seed);
    assert.ok(doc, `gold for seed ${p.seed}`);
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const url = server.origin + p.path;
    await page.goto(url);
    // Painted once the analysis is back; then the registry must hold still.
    await waitFor(async () => ((await readHighlights(page))['ss-anonymous']?.length ?? 0) > 0, 15000, `highlights on ${p.path}`);
    await page.waitForTimeout(300);
    const hl = await readHighlights(page);
    const unnamed = [...(hl['ss-anonymous'] ?? []), ...(hl['ss-vague'] ?? [])].map(squash);

    const goldUnnamed = doc.claims.filter((c) => c.types.some((t) => UNNAMED.has(t)));
    for (const g of goldUnnamed) {
      const words = squash(doc.text.slice(g.start, g.end));
      assert.ok(
        unnamed.some((r) => r.includes(words.slice(0, 30)) || words.includes(r.slice(0, 30))),
        `highlighted: ${doc.text.slice(g.start, g.end).slice(0, 80)}`,
      );
    }
    const goldTexts = doc.claims.map((g) => squash(doc.text.slice(g.start, g.end)));
    for (const r of unnamed) {
      assert.ok(goldTexts.some((g) => g.includes(r.slice(0, 30)) || r.includes(g.slice(0, 30))), `unexpected highlight: ${r.slice(0, 80)}`);
    }
    assert.equal(unnamed.length, goldUnnamed.length, 'one highlight per labeled unnamed claim');
    const all = Object.values(hl).flat().join(' ');
    assert.ok(!all.includes(squash(DECOY_COMMENT).slice(0, 20)) && !all.includes(squash(DECOY_NEWSLETTER).slice(0, 20)), 'nothing highlighted in comments or the newsletter box');
    assert.deepEqual(errors, [], 'the page threw no errors');
    await page.screenshot({ path: artifact(`e2e-rendering-${p.seed}-${p.style}.png`) });

    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?url=${encodeURIComponent(url)}`);
    await popup.waitForSelector('[data-state="analyzed"]', { timeout: 10000 });
    const text = await popup.locator('body').innerText();
    assert.match(text, p.expect.outlet);
    if (p.expect.originalOutlet) assert.match(text, p.expect.originalOutlet);
    const day = await popup.evaluate((iso) => {
      const [y, m, d] = iso.split('-').map(Number);
      return new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
    }, p.expect.publishedAt);
    assert.ok(text.includes(day), `the popup shows the publication day ${day}`);
    await popup.close();
    await page.close();
  });
}

test('labeled on-topic articles in CMS markup: the page highlights what the analyzer finds in the labeled text', async () => {
  const file = path.join(sharedDir, 'eval/attribution-ontopic-dev.jsonl');
  const meta = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { outlet: string; date: string });
  const docs = readGold(file);
  let checked = 0;
  let expected = 0;
  let agreeing = 0;
  let goldHits = 0;
  let highlighted = 0;
  for (const [i, d] of docs.entries()) {
    // Off-topic items of the set get no highlights by design: only on-topic pages are compared.
    if (!scoreTopic(DEFAULT_TOPICS[0]!, { title: d.title ?? '', text: d.text }).onTopic) continue;
    const want = analyzeText(d.text, { title: d.title }).filter((c) => UNNAMED.has(c.type)).map((c) => squash(d.text.slice(c.start, c.end)));
    const route = `/ontopic/${i}/${d.id}`;
    const html = articlePage({ title: d.title ?? '', outlet: meta[i]?.outlet ?? 'News', date: meta[i]?.date ?? '', text: d.text });
    const page = await session.context.newPage();
    await page.route(`${server.origin}${route}`, (r) => r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await page.goto(server.origin + route);
    // Wait for the first highlights; a page with nothing to flag gets a fixed wait instead.
    await waitFor(async () => {
      const h = await readHighlights(page);
      return want.length === 0 ? true : (h['ss-anonymous']?.length ?? 0) + (h['ss-vague']?.length ?? 0) > 0;
    }, 15000, `highlights on ${route}`).catch(() => undefined);
    await page.waitForTimeout(want.length === 0 ? 1500 : 300);
    const hl = await readHighlights(page);
    const got = [...(hl['ss-anonymous'] ?? []), ...(hl['ss-vague'] ?? [])].map(squash);
    const overlaps = (a: string, b: string) => a.includes(b.slice(0, 25)) || b.includes(a.slice(0, 25));
    expected += want.length;
    agreeing += want.filter((w) => got.some((g) => overlaps(g, w))).length;
    highlighted += got.length;
    goldHits += got.filter((g) => d.claims.some((c) => c.types.some((t) => UNNAMED.has(t)) && overlaps(g, squash(d.text.slice(c.start, c.end))))).length;
    assert.ok(!got.some((g) => g.includes('talkswillresumenextweek')), 'nothing highlighted in the "Most read" box');
    checked++;
    await page.close();
  }
  assert.ok(checked >= 10, `compared ${checked} on-topic articles`);
  // Every unnamed claim the analyzer finds in the labeled text is highlighted in the page...
  assert.equal(agreeing, expected, `highlighted ${agreeing} of the ${expected} unnamed claims found in the text`);
  assert.equal(highlighted, expected, 'and nothing else');
  // ...and the highlights keep the analyzer's precision against the labels.
  assert.ok(goldHits / highlighted >= 0.9, `precision against the labels ${goldHits}/${highlighted}`);
});
