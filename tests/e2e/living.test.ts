/**
 * Living pages: content that arrives late and single-page navigation are
 * analyzed when they appear; the hovercard explains a flag on hover and with the
 * keyboard command.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoServer, type DemoServer } from '../demo/server.ts';
import { artifact, gotoAndLook, launch, ourScriptsIn, readHighlights, serviceWorker, waitFor, type Session } from './harness.ts';

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

test('paragraphs that arrive late are analyzed when they appear', async () => {
  const page = await session.context.newPage();
  await page.goto(`${server.origin}/fixtures/late-content.html`);
  const hl = await waitFor(async () => {
    const h = await readHighlights(page);
    return (h['ss-anonymous'] ?? []).some((r) => /senior aid official/.test(r)) ? h : null;
  }, 15000, 'the late paragraph to be flagged');
  assert.ok((hl['ss-vague'] ?? []).some((r) => /are believed to be waiting/.test(r)));
  await page.close();
});

test('single-page navigation re-analyzes the new article', async () => {
  const page = await session.context.newPage();
  await gotoAndLook(session, page, `${server.origin}/fixtures/spa.html`);
  await page.waitForTimeout(300);
  assert.deepEqual(await readHighlights(page), {}, 'the first story is off topic');
  assert.equal((await ourScriptsIn(session, page)).gate, false, 'its title kept our scripts out of the page');
  await page.click('#go');
  const hl = await waitFor(async () => {
    const h = await readHighlights(page);
    return (h['ss-anonymous'] ?? []).length ? h : null;
  }, 15000, 'the new story to be flagged');
  assert.ok(hl['ss-anonymous']!.some((r) => /Two diplomats briefed on the talks/.test(r)));
  await page.close();
});

test('hovering a flag shows its card with the reason; the keyboard command cycles flags', async () => {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${server.origin}/fixtures/harbor-times-cairo-talks.html`);
  await waitFor(async () => ((await readHighlights(page))['ss-anonymous'] ?? []).length > 0, 15000, 'highlights');
  // Hover the middle of the first anonymous claim's first line box.
  const box = await page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    const r = [...reg.get('ss-anonymous')!][0]!;
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + Math.min(40, rect.width / 2), y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  const card = page.locator('ss-hovercard .ss-card');
  await card.waitFor({ state: 'visible', timeout: 5000 });
  const text = await card.innerText();
  assert.match(text, /Unnamed source/);
  assert.match(text, /no name given/i);
  await page.screenshot({ path: artifact('e2e-hovercard.png') });
  await page.mouse.move(5, 5);
  await card.waitFor({ state: 'hidden', timeout: 5000 });

  // The "next claim" command (Alt+Shift+J) is delivered by the background.
  const sw = await serviceWorker(session);
  const url = page.url();
  await sw.evaluate(async (u) => {
    interface ChromeLike {
      tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
    }
    const c = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const tab = (await c.tabs.query({})).find((t) => t.url === u);
    // Same envelope @webext-core/messaging uses, so the content script's handler answers it.
    await c.tabs.sendMessage(tab!.id!, { id: 1, type: 'nextClaim', data: undefined, timestamp: Date.now() });
  }, url);
  await card.waitFor({ state: 'visible', timeout: 5000 });
  assert.match(await card.innerText(), /1 of \d+/);
  await page.close();
});
