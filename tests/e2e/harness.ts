/**
 * Real-browser harness: Debian's Chromium under playwright-core with the built
 * extension loaded (see ../shared/TOOLCHAIN.md for why each flag is there).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { repoRoot } from '../demo/server.ts';
import { GATE_GLOBAL, GATE_SCRIPT } from '../../utils/content/gateProtocol.ts';

/** The built extension (SS_EXTENSION_DIR: a copy, so a long suite is not disturbed by a rebuild). */
export const extensionDir = process.env.SS_EXTENSION_DIR ?? path.join(repoRoot, '.output/chrome-mv3');
export const artifactsDir = path.join(repoRoot, 'tests/artifacts');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  throw new Error('Chromium not found: install it with `apt-get install -y chromium` (see README).');
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}

/** Flags that keep Chromium quiet on a machine without network (TOOLCHAIN.md). */
export const QUIET_FLAGS = [
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--disable-gpu', '--disable-default-apps',
];

export async function launch(opts: { withExtension?: boolean; headless?: boolean; userDataDir?: string } = {}): Promise<Session> {
  const withExtension = opts.withExtension ?? true;
  if (withExtension && !fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  // A given profile directory is the caller's: it is kept on close (the store bench reuses a filled one).
  const ownDir = opts.userDataDir === undefined;
  const userDataDir = opts.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ss-profile-'));
  const args = [...QUIET_FLAGS];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  let extensionId = '';
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    userDataDir,
    async close() {
      await context.close();
      if (ownDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** MV3 workers stop when idle: always look the worker up again instead of caching it. */
export async function serviceWorker(s: Session): Promise<Worker> {
  const w = s.context.serviceWorkers().find((x) => x.url().includes(s.extensionId));
  return w ?? s.context.waitForEvent('serviceworker', { timeout: 20000 });
}

/** Ranges currently registered in CSS.highlights under our names, as text. */
export async function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const reg = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    if (!reg) return out;
    for (const [name, hl] of reg) {
      if (!name.startsWith('ss-')) continue;
      out[name] = [...hl].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
    }
    return out;
  });
}

/**
 * Poll until `fn` returns something truthy. The content script leaves no mark in
 * the page's DOM by design, so tests watch its observable effects (the highlight
 * registry, the badge, the store) instead.
 */
export async function waitFor<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs = 10000, what = 'a condition'): Promise<T> {
  const stepMs = 100;
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, stepMs));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export function artifact(name: string): string {
  fs.mkdirSync(artifactsDir, { recursive: true });
  return path.join(artifactsDir, name);
}

/**
 * How many tabs the background has looked at so far (its `ss:bg:tab` measures:
 * every page's first check, from the tab's address and title, in
 * utils/background/tabWatch.ts). Tests wait for the count to grow.
 */
export async function tabLooks(s: Session): Promise<number> {
  const sw = await serviceWorker(s);
  return sw.evaluate(() => performance.getEntriesByName('ss:bg:tab').length);
}

/** Open `url` in `page` and wait until the background has looked at its tab. */
export async function gotoAndLook(s: Session, page: Page, url: string): Promise<void> {
  const before = await tabLooks(s);
  await page.goto(url);
  await waitFor(async () => (await tabLooks(s)) > before, 10000, `the background to look at ${url}`);
}

/**
 * Run in the extension's isolated world of `page`'s tab, from the service worker: probe for the gate script
 * (whether its global is there) or inject it, as the popup does when it is opened on a page
 * (entrypoints/popup/gateBridge.ts).
 */
async function gateInTab(s: Session, page: Page, what: 'probe' | 'inject'): Promise<boolean> {
  const sw = await serviceWorker(s);
  return sw.evaluate(
    async ([u, act, key, file]) => {
      interface ChromeLike {
        tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
        scripting: { executeScript(d: object): Promise<{ result?: unknown }[]> };
      }
      const c = (globalThis as unknown as { chrome: ChromeLike }).chrome;
      const tab = (await c.tabs.query({})).find((t) => t.url === u);
      if (tab?.id === undefined) throw new Error(`no tab at ${u}`);
      const target = { tabId: tab.id, frameIds: [0] };
      if (act === 'inject') return (await c.scripting.executeScript({ target, files: [file] })).length > 0;
      // In an array, so tsx's keep-names helper (__name, absent in the tab) does not wrap it.
      const [probe] = [(k: string) => k in window];
      const [r] = await c.scripting.executeScript({ target, func: probe, args: [key] });
      return r?.result === true;
    },
    [page.url(), what, GATE_GLOBAL, GATE_SCRIPT] as const,
  );
}

/** What of ours runs in a page: the gate script in the extension's isolated world, and any `ss:` measure it recorded. */
export async function ourScriptsIn(s: Session, page: Page): Promise<{ gate: boolean; measures: string[] }> {
  const gate = await gateInTab(s, page, 'probe');
  const measures = await page.evaluate(() => performance.getEntriesByType('measure').map((e) => e.name).filter((n) => n.startsWith('ss:')));
  return { gate, measures };
}

/** Inject the gate script into a page as the popup does when it is opened there. */
export async function injectGate(s: Session, page: Page): Promise<void> {
  await gateInTab(s, page, 'inject');
}
