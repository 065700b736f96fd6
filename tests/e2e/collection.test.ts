/**
 * Reader journeys beyond the seeds, on pages we wrote ourselves
 * (tests/fixtures/pages): two outlets on one event, the popup's controls, the
 * collection page, page text that looks like markup, and an off-topic article
 * analyzed on request. Screenshots of the popup and the collection page are
 * written to tests/visual/ as committed layout checks (our own fixture text
 * only: no publisher text is committed).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot, startDemoServer, type DemoServer } from '../demo/server.ts';
import { gotoAndLook, launch, ourScriptsIn, readHighlights, waitFor, type Session } from './harness.ts';

const visualDir = path.join(repoRoot, 'tests/visual');
let server: DemoServer;
let session: Session;

before(async () => {
  server = await startDemoServer();
  session = await launch();
  fs.mkdirSync(visualDir, { recursive: true });
});
after(async () => {
  await session?.close();
  await server?.close();
});

async function visit(p: string): Promise<{ page: Page; hl: Record<string, string[]> }> {
  const page = await session.context.newPage();
  await page.goto(server.origin + p);
  const hl = await waitFor(async () => {
    const h = await readHighlights(page);
    return Object.keys(h).length ? h : null;
  }, 15000);
  return { page, hl };
}

async function popupFor(p: string): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?url=${encodeURIComponent(server.origin + p)}`);
  return popup;
}

const HARBOR = '/fixtures/harbor-times-cairo-talks.html';
const METRO = '/fixtures/metro-ledger-cairo-talks.html';

test('two outlets on one event: highlights on each page, each popup shows the other outlet', async () => {
  const a = await visit(HARBOR);
  const unnamed = [...(a.hl['ss-anonymous'] ?? []), ...(a.hl['ss-vague'] ?? [])].join(' | ');
  assert.match(unnamed, /two people familiar with the negotiations said/);
  assert.match(unnamed, /senior Egyptian official/);
  assert.match(unnamed, /is believed to be holding/);
  assert.doesNotMatch(unnamed, /Al Thani|foreign ministry said in a statement/, 'named and institutional voices are not flagged');
  assert.doesNotMatch(Object.values(a.hl).flat().join(' '), /Delegates arrive|officials say\b.*Aid groups|Photo:/, 'nothing in captions or related boxes');
  assert.ok((a.hl['ss-report'] ?? []).some((r) => /Channel 12 reported/.test(r)), 'the other outlet report is marked as such');
  const b = await visit(METRO);
  assert.ok((b.hl['ss-anonymous'] ?? []).some((r) => /condition of anonymity/.test(r)));
  assert.doesNotMatch(Object.values(b.hl).flat().join(' '), /Smoke rises/, 'no flag on a caption paragraph');

  const popup = await popupFor(METRO);
  await popup.waitForSelector('[data-state="analyzed"]', { timeout: 10000 });
  const text = await popup.locator('body').innerText();
  assert.match(text, /Harbor Times/, 'the other outlet is listed');
  await popup.screenshot({ path: path.join(visualDir, 'popup-two-outlets.png'), fullPage: true });

  // Clicking a claim in the popup of a live tab scrolls the page to it (the ss-focus highlight pulses).
  const live = await session.context.newPage();
  await live.setViewportSize({ width: 400, height: 900 });
  const [tab] = [b.page];
  await tab.bringToFront();
  await live.goto(`chrome-extension://${session.extensionId}/popup.html?url=${encodeURIComponent(server.origin + METRO)}`);
  await live.waitForSelector('[data-state="analyzed"]');
  await live.locator('button.ss-claim').first().click();
  await waitFor(async () => (await readHighlights(tab))['ss-focus']?.length === 1, 5000);
  await live.close();
  await popup.close();
  await a.page.close();
  await b.page.close();
});

test('turning highlights off in the popup clears them from the page', async () => {
  const { page } = await visit(HARBOR);
  const popup = await popupFor(HARBOR);
  await popup.waitForSelector('[data-state="analyzed"]');
  await popup.getByRole('checkbox', { name: /highlight claims on pages/i }).uncheck();
  await waitFor(async () => Object.keys(await readHighlights(page)).length === 0, 5000);
  await popup.getByRole('checkbox', { name: /highlight claims on pages/i }).check();
  await waitFor(async () => Object.keys(await readHighlights(page)).length > 0, 5000);
  await popup.close();
  await page.close();
});

test('page text that looks like markup is shown as text in the popup and the collection', async () => {
  const { page } = await visit('/fixtures/hostile-markup.html');
  const dialogs: string[] = [];
  const popup = await popupFor('/fixtures/hostile-markup.html');
  popup.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await popup.waitForSelector('[data-state="analyzed"]');
  assert.match(await popup.locator('body').innerText(), /<script>alert\(1\)<\/script>/);
  assert.equal(await popup.locator('main script, main img, main b').count(), 0);
  assert.deepEqual(dialogs, []);
  await popup.close();
  await page.close();
});

test('an off-topic article says so, and can be analyzed on request', async () => {
  const page = await session.context.newPage();
  await gotoAndLook(session, page, `${server.origin}/demo/off-topic.html`);
  await page.waitForTimeout(300);
  // The background turned it away from its tab's title: none of our code ran in the page.
  assert.deepEqual(await ourScriptsIn(session, page), { gate: false, measures: [] });
  assert.deepEqual(await readHighlights(page), {}, 'no highlight on an off-topic page');
  // The popup runs the gate there, which says why the page was not analyzed.
  const popup = await popupFor('/demo/off-topic.html');
  await popup.waitForSelector('[data-state="off-topic"]', { timeout: 10000 });
  await popup.getByRole('button', { name: /analyze this page anyway/i }).click();
  await popup.waitForSelector('[data-state="analyzed"]', { timeout: 10000 });
  await popup.close();
  await page.close();
});

test('the collection page lists, searches and groups what was read', async () => {
  for (const p of [HARBOR, METRO]) await (await visit(p)).page.close();
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/collection.html`);
  await page.waitForSelector('.ss-collection');
  const body = () => page.locator('body').innerText();
  await waitFor(async () => /Harbor Times/.test(await body()), 5000, 'the article list');
  await page.screenshot({ path: path.join(visualDir, 'collection-articles.png'), fullPage: true });
  // Search covers claim text: only the Harbor Times article has a claim citing "Channel 12".
  await page.getByRole('searchbox').first().fill('Channel');
  await waitFor(async () => {
    const t = await body();
    return /Egypt hosts new round/.test(t) && !/Egypt presses truce plan/.test(t);
  }, 5000, 'search results');
  await page.getByRole('searchbox').first().fill('');
  await page.getByRole('tab', { name: /events/i }).click();
  await waitFor(async () => /Harbor Times/.test(await body()) && /Metro Ledger/.test(await body()), 5000, 'the event with both outlets');
  await page.screenshot({ path: path.join(visualDir, 'collection-events.png'), fullPage: true });
  await page.getByRole('tab', { name: /charts/i }).click();
  await page.screenshot({ path: path.join(visualDir, 'collection-charts.png'), fullPage: true });
  await page.close();
});
