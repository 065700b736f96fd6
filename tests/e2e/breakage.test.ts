/**
 * Never break a page: every one of Readability's 130 real pages is loaded from
 * 127.0.0.1 with and without the extension, and must come out the same — no
 * page errors added, the same element boxes and pixels (unless we painted a
 * highlight), and no nodes added outside our own shadow host.
 *
 * External requests are cut off in both runs so the pages are deterministic.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { PNG } from 'pngjs';
import type { BrowserContext, Page } from 'playwright-core';
import { readabilityDir, startDemoServer, type DemoServer } from '../demo/server.ts';
import { injectGate, launch, tabLooks, waitFor, type Session } from './harness.ts';

const dirs = fs.existsSync(readabilityDir)
  ? fs.readdirSync(readabilityDir).filter((d) => fs.existsSync(`${readabilityDir}/${d}/source.html`)).sort()
  : [];

let server: DemoServer;
let withExt: Session;
let without: Session;

async function isolate(ctx: BrowserContext, origin: string): Promise<void> {
  await ctx.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
}

before(async () => {
  server = await startDemoServer();
  [withExt, without] = await Promise.all([launch(), launch({ withExtension: false })]);
  await isolate(withExt.context, server.origin);
  await isolate(without.context, server.origin);
});
after(async () => {
  await withExt?.close();
  await without?.close();
  await server?.close();
});

interface Snapshot {
  errors: string[];
  html: string;
  boxes: number[];
  png: Buffer;
  highlights: number;
  /** With the extension: the gate script ran its address check in the page. */
  gateRan: boolean;
  /** Where the page had scrolled itself before the snapshot scrolled it back to the top. */
  scrollY: number;
}

/**
 * Both runs wait the same way, so a page that keeps changing on its own (lazy
 * images, timers) is compared at the same moment of its life: the load event,
 * then a fixed pause. With the extension the background must also have looked at the
 * tab, and the gate script must have run its address check: the background injects it
 * where the title touches a topic, and the test injects it everywhere else, as opening
 * the popup there would.
 */
/**
 * Wait until the page has stopped moving on its own: web fonts loaded, and the layout the
 * same in two readings 250 ms apart (late scripts, lazy images and font swaps otherwise land
 * at different moments in the two runs compared). Bounded: a page that animates forever is
 * compared as it is after ~4 s.
 */
async function settle(page: Page, ext: { session: Session; looked: () => Promise<boolean> } | null): Promise<boolean> {
  await page.waitForTimeout(700);
  let gateRan = false;
  if (ext) {
    // The background's look at the tab's title, which injects the gate script into some pages;
    // then the gate in every page, as opening the popup there does, and its first step.
    await waitFor(ext.looked, 5000).catch(() => undefined);
    await injectGate(ext.session, page).catch(() => undefined);
    gateRan = await page
      .waitForFunction(() => performance.getEntriesByName('ss:address').length > 0, null, { timeout: 5000 })
      .then(() => true, () => false);
  }
  await page.evaluate(() => document.fonts?.ready.then(() => undefined)).catch(() => undefined);
  const layout = () =>
    page.evaluate(() => {
      const out: number[] = [];
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect();
        out.push(Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height));
      }
      return `${document.querySelectorAll('*').length}:${out.join()}`;
    }).catch(() => '');
  let prev = await layout();
  for (let i = 0; i < 12; i++) {
    await page.waitForTimeout(250);
    const next = await layout();
    if (next === prev) return gateRan;
    prev = next;
  }
  return gateRan;
}

async function snapshot(ctx: BrowserContext, url: string, ext: Session | null): Promise<Snapshot> {
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const before = ext ? await tabLooks(ext) : 0;
  await page.goto(url, { waitUntil: 'load', timeout: 20000 }).catch(() => undefined);
  const gateRan = await settle(page, ext ? { session: ext, looked: async () => (await tabLooks(ext)) > before } : null);
  // Compare at the top of the page: some pages scroll themselves (anchors, focus, restored scroll
  // positions) at a moment that depends on load timing, which would read as every box moving.
  const scrollY = await page.evaluate(() => {
    const y = window.scrollY;
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    return y;
  }).catch(() => 0);
  await page.waitForTimeout(100);
  // No named functions inside evaluate(): tsx's keep-names helper (__name) does not exist in the page.
  // The DOM is compared as a multiset of element signatures (tag and attributes) and the
  // layout as the boxes of elements that occupy space: some pages insert their own hidden
  // nodes (consent-manager iframes) at a place that depends on script timing.
  const data = await page.evaluate(() => {
    const sigs: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      if (el.tagName.toLowerCase().startsWith('ss-') || el.closest('[data-wxt-shadow-root]')) continue;
      const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ');
      sigs.push(`${el.tagName} ${attrs}`);
    }
    sigs.sort();
    const boxes: number[] = [];
    let n = 0;
    for (const el of document.querySelectorAll('body *')) {
      if (el.tagName.toLowerCase().startsWith('ss-') || el.hasAttribute('data-wxt-shadow-root')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || n++ > 400) continue;
      boxes.push(Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height));
    }
    const reg = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
    let highlights = 0;
    if (reg) for (const k of reg.keys()) if (k.startsWith('ss-')) highlights++;
    return { html: sigs.join('\n'), boxes, highlights };
  });
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  await page.close();
  return { errors, png, scrollY, gateRan, ...data };
}

function pixelDiffShare(a: Buffer, b: Buffer): number {
  const pa = PNG.sync.read(a);
  const pb = PNG.sync.read(b);
  if (pa.width !== pb.width || pa.height !== pb.height) return 1;
  let diff = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    if (pa.data[i] !== pb.data[i] || pa.data[i + 1] !== pb.data[i + 1] || pa.data[i + 2] !== pb.data[i + 2]) diff++;
  }
  return diff / (pa.width * pa.height);
}

const only = process.env.SS_PAGES?.split(',');

test(`all ${dirs.length} Readability pages load unchanged with the extension`, { timeout: 30 * 60 * 1000 }, async () => {
  assert.ok(dirs.length >= 100, 'the Readability page set is present');
  // SS_PAGES=a,b runs a subset while debugging; the suite always runs them all.
  const failures: string[] = [];
  for (const d of dirs) {
    if (only && !only.includes(d)) continue;
    const url = `${server.origin}/readability/${d}/`;
    // Reference twice: pages with their own randomness (timestamps, random ids) are compared only where stable.
    const [ref, ext] = [await snapshot(without.context, url, null), await snapshot(withExt.context, url, withExt)];
    const added = ext.errors.filter((e) => !ref.errors.includes(e));
    if (added.length) failures.push(`${d}: page errors added: ${added.join(' | ')}`);
    if (!ext.gateRan) failures.push(`${d}: the gate script did not run`);
    // A difference counts when the page is stable without us (a second reference run matches the first).
    let ref2: Snapshot | null = null;
    const again = async (): Promise<Snapshot> => (ref2 ??= await snapshot(without.context, url, null));
    if (ext.html !== ref.html && (await again()).html === ref.html) failures.push(`${d}: DOM changed outside our shadow host`);
    if (ext.boxes.join() !== ref.boxes.join() && (await again()).boxes.join() === ref.boxes.join()) failures.push(`${d}: layout shifted`);
    // Boxes are compared at the top; a page that stays at the top on its own must stay there with us too.
    if (ref.scrollY === 0 && ext.scrollY !== 0 && (await again()).scrollY === 0) failures.push(`${d}: page scrolled to ${ext.scrollY}`);
    if (!ext.highlights) {
      const share = pixelDiffShare(ref.png, ext.png);
      if (share > 0.001) {
        if (pixelDiffShare(ref.png, (await again()).png) <= 0.001) failures.push(`${d}: ${(share * 100).toFixed(2)}% of pixels differ`);
      }
    }
  }
  assert.deepEqual(failures, []);
});
