/**
 * The gate script: wiring only (the logic is utils/content/gatekeeper.ts).
 * The background injects it into pages whose tab title or address touches one
 * of the reader's topics (utils/background/tabWatch.ts), and the popup into the
 * page it is opened on; no other page runs any of our code. It is as small as
 * a script can be: the address check, one message to the background about the
 * title and description, the article gate only on pages that check passed, a
 * debounced DOM observer and a location watch. It is an unlisted script
 * rather than a WXT content script because WXT's content-script context
 * brings webextension-polyfill with it; nothing here needs the polyfill (one
 * promise-based sendMessage, no listeners), and every page it runs in would
 * pay for evaluating it. Everything else — messages from the popup,
 * highlights, the hovercard — lives in the analysis script, which the
 * background injects only into on-topic articles (entrypoints/analysis.content.ts).
 */
import { LOAD_START } from '@/utils/content/loadMark';
import type { Browser } from '@wxt-dev/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Gatekeeper } from '@/utils/content/gatekeeper';
import { findAnalyzer } from '@/utils/content/handle';
import { GATE_GLOBAL, gateMessage, type GateReply } from '@/utils/content/gateProtocol';
import { watchLocation } from '@/utils/content/locationWatch';
import { recordTask } from '@/utils/content/timing';

/**
 * The extension API, looked up on first use (the same choice as
 * `@wxt-dev/browser`'s export, whose types we keep). In Chromium the first
 * touch of `chrome` builds the extension bindings for this world (about half a
 * millisecond in the bench's CPU profiles); pages the gate turns away never
 * need them, so they no longer pay for it when the script loads.
 */
let api: typeof Browser | undefined;
function ext(): typeof Browser {
  const g = globalThis as unknown as { browser?: typeof Browser; chrome: typeof Browser };
  return (api ??= g.browser?.runtime?.id ? g.browser : g.chrome);
}

/** The extension was reloaded or removed: this copy of the script is orphaned. */
const orphaned = (): boolean => !ext().runtime?.id;

export default defineUnlistedScript(() => {
  recordTask('load', LOAD_START, performance.now() - LOAD_START);
  const w = window as unknown as Record<string, unknown>;
  // A second copy in the same page (extension reloaded while the page stayed open): the first one stays.
  if (w[GATE_GLOBAL]) return;

  const keeper = new Gatekeeper({
    doc: document,
    askBackground: async (q) => {
      // Sending serializes the message on this thread: counted as our time too.
      const t0 = performance.now();
      const reply = ext().runtime.sendMessage(gateMessage(q)) as Promise<GateReply | undefined>;
      recordTask('send', t0, performance.now() - t0);
      return (await reply) ?? { pass: false };
    },
    findAnalyzer: () => findAnalyzer(window),
    onTask: recordTask,
  });
  w[GATE_GLOBAL] = keeper;

  const stops: (() => void)[] = [];
  const stopAll = () => {
    for (const s of stops.splice(0)) s();
    delete w[GATE_GLOBAL];
  };

  // Late content (lazy paragraphs, "read more", paywall reveals, app shells): debounced, no work in the callback.
  let timer: number | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = window.setTimeout(() => {
      timer = undefined;
      if (orphaned()) return stopAll();
      void keeper.pageChanged('dom').then(watch);
    }, 1200);
  });
  let observing: 'body' | 'head' | null = null;
  /**
   * Observe only what can still change the verdict: the body while late content
   * can, the head (title, description) on pages off the reader's topics, nothing
   * on docs, search or home pages.
   */
  function watch(): void {
    const want = keeper.watchTarget();
    if (want === observing) return;
    observer.disconnect();
    const root = want === 'head' ? document.head : document.body;
    if (want) observer.observe(root ?? document.documentElement, { childList: true, subtree: true, characterData: true, attributes: want === 'head' });
    observing = want;
  }
  stops.push(() => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });

  // Single-page sites: a new address is a new page.
  stops.push(
    watchLocation(window, () => {
      if (orphaned()) return stopAll();
      void keeper.pageChanged('navigation').then(watch);
    }),
  );

  void keeper.run().then(watch);
});
