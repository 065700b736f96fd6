/**
 * The founding example end to end, in real Chromium with the built extension:
 * the two seed articles as pages of their outlets (tests/demo), highlighted,
 * counted on the badge, stored, and tied into one event.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startDemoServer, sharedDir, type DemoServer } from '../demo/server.ts';
import { launch, readHighlights, serviceWorker, waitFor, artifact, type Session } from './harness.ts';

interface GoldClaim {
  start: number;
  end: number;
  types: string[];
  source?: string;
}
interface GoldDoc {
  id: string;
  text: string;
  source_file?: string;
  claims: GoldClaim[];
}

const gold: GoldDoc[] = fs
  .readFileSync(path.join(sharedDir, 'eval/attribution-seeds.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as GoldDoc);

const squash = (s: string) => s.replace(/\s+/g, '');
const UNNAMED = new Set(['anonymous', 'vague']);

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

function pagePath(seedFile: string | undefined): string {
  const jpost = seedFile?.includes('000_');
  const p = server.pages.find((x) => (jpost ? x.path.startsWith('/jpost/') : x.path.startsWith('/lapost/')));
  assert.ok(p, `demo page for ${seedFile}`);
  return p.path;
}

async function openAndWait(path: string): Promise<{ page: Page; hl: Record<string, string[]> }> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.origin + path);
  const hl = await waitFor(async () => {
    const h = await readHighlights(page);
    return (h['ss-anonymous']?.length ?? 0) > 0 ? h : null;
  }, 15000);
  assert.deepEqual(errors, [], 'the page threw no errors');
  return { page, hl };
}

async function badgeText(url: string): Promise<string> {
  const sw = await serviceWorker(session);
  return sw.evaluate(async (u) => {
    interface ChromeLike {
      tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
      action: { getBadgeText(d: { tabId: number }): Promise<string> };
    }
    const c = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const tabs = await c.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    return tab?.id === undefined ? 'no-tab' : c.action.getBadgeText({ tabId: tab.id });
  }, url);
}

for (const doc of gold) {
  test(`seed ${doc.id}: exactly the unnamed claims are highlighted, the badge counts them`, async () => {
    const p = pagePath(doc.source_file);
    const { page, hl } = await openAndWait(p);
    const unnamedRanges = [...(hl['ss-anonymous'] ?? []), ...(hl['ss-vague'] ?? [])].map(squash);
    const goldUnnamed = doc.claims.filter((c) => c.types.some((t) => UNNAMED.has(t)));
    // Every labeled unnamed claim is covered by a highlight that shares its words.
    for (const g of goldUnnamed) {
      const words = squash(doc.text.slice(g.start, g.end));
      const hit = unnamedRanges.some((r) => r.includes(words.slice(0, 30)) || words.includes(r.slice(0, 30)));
      assert.ok(hit, `highlighted: ${doc.text.slice(g.start, g.end).slice(0, 80)}`);
    }
    // And every highlight is one of them: nothing in captions, related lists, boilerplate.
    const goldTexts = doc.claims.map((g) => squash(doc.text.slice(g.start, g.end)));
    for (const r of unnamedRanges) {
      const ok = goldTexts.some((g) => g.includes(r.slice(0, 30)) || r.includes(g.slice(0, 30)));
      assert.ok(ok, `unexpected highlight: ${r.slice(0, 80)}`);
    }
    for (const r of Object.values(hl).flat()) {
      assert.ok(!/photocredit|credit:|Relatedarticles|contributedtothisreport|AllRightsReserved/i.test(r), `no flag on boilerplate: ${r.slice(0, 60)}`);
    }
    // Badge = number of unnamed claims the analysis found on this article.
    const badge = await waitFor(async () => {
      const b = await badgeText(server.origin + p);
      return b && b !== 'no-tab' ? b : null;
    });
    // Every unnamed claim found is also placed on the page, so the two counts agree.
    assert.equal(Number(badge), unnamedRanges.length, 'badge counts the highlighted unnamed claims');
    await page.screenshot({ path: artifact(`e2e-${doc.id}.png`) });
    await page.close();
  });
}

test('the popup shows the stored record, and both seeds share one event', async () => {
  const paths = gold.map((d) => pagePath(d.source_file));
  for (const p of paths) (await openAndWait(p)).page.close();
  for (const p of paths) {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    const url = server.origin + p;
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?url=${encodeURIComponent(url)}`);
    await popup.waitForSelector('[data-state="analyzed"]', { timeout: 10000 });
    const text = await popup.locator('body').innerText();
    if (p.startsWith('/lapost/')) {
      assert.match(text, /CNN/);
      assert.match(text, /Los Angeles Post/);
      assert.match(text, /Jerusalem Post/, 'the other outlet on the same event');
    } else {
      assert.match(text, /Jerusalem Post/);
      assert.match(text, /CNN|Los Angeles Post/, 'the other outlet on the same event');
    }
    await popup.screenshot({ path: artifact(`e2e-popup-${p.split('/')[1]}.png`), fullPage: true });
    await popup.close();
  }
});

test('the page is unchanged apart from our highlight layer and shadow host', async () => {
  const p = pagePath(gold[0]?.source_file);
  const plain = await launch({ withExtension: false });
  try {
    const ref = await plain.context.newPage();
    await ref.goto(server.origin + p);
    const before = await ref.evaluate(() => document.documentElement.outerHTML);
    const { page } = await openAndWait(p);
    const after = await page.evaluate(() => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[data-wxt-shadow-root], ss-hovercard').forEach((n) => n.remove());
      return clone.outerHTML;
    });
    assert.equal(after, before);
    await page.close();
  } finally {
    await plain.close();
  }
});
