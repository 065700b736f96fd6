/**
 * The analysis script: wiring only (the logic is utils/content/controller.ts).
 * Not in the manifest: the background injects it (scripting.executeScript)
 * into a page only once the gate script found an article on a followed topic,
 * so the reader's other pages never pay for extraction, highlighting or the
 * hovercard. It publishes a handle the gate script drives (utils/content/handle.ts),
 * and answers the popup's and background's messages for this tab on the gate's
 * behalf (the gate script carries no messaging library).
 */
import { LOAD_START } from '@/utils/content/loadMark';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { onMessage, sendMessage } from '@/utils/messages';
import { CONFIG_KEY, DEFAULT_VIEW_CONFIG, type ContentConfig } from '@/utils/content/config';
import { recordTask } from '@/utils/content/timing';
import { PageController, type CardView } from '@/utils/content/controller';
import { findAnalyzer, publishAnalyzer } from '@/utils/content/handle';
import { findGate } from '@/utils/content/gateProtocol';
import { Hovercard, HOVERCARD_CSS } from '@/utils/content/hovercard';
import { HIGHLIGHT_CSS } from '@/utils/highlight/highlighter';

async function loadConfig(): Promise<ContentConfig> {
  const got = await browser.storage.local.get(CONFIG_KEY);
  const cfg = got[CONFIG_KEY] as Partial<ContentConfig> | undefined;
  return { ...DEFAULT_VIEW_CONFIG, ...(cfg ?? {}) };
}

/** ::highlight() rules go into a constructed stylesheet: no <style> node is added to the page. */
function installHighlightStyles(ctx: ContentScriptContext): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    ctx.onInvalidated(() => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    });
  } catch (err) {
    console.warn('[Second Source] highlight styles unavailable', err);
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  // No "content script started" postMessage to the page's window: pages' own message
  // listeners never see us, and it was the most expensive step of starting up (~2 ms).
  noScriptStartedPostMessage: true,
  main(ctx) {
    recordTask('load-analyzer', LOAD_START, performance.now() - LOAD_START);
    // Injected twice (a race between two gate passes): the first one stays in charge.
    if (findAnalyzer(window)) return;

    let card: CardView | null = null;
    // Hover and keyboard listeners go in as soon as something is painted (see afterPaint below).
    let stylesInstalled = false;
    const controller: PageController = new PageController({
      doc: document,
      loadConfig,
      analyze: (q) => {
        // Sending serializes the page's facts on this thread: counted as our time too.
        const t0 = performance.now();
        const reply = sendMessage('analyzeArticle', q);
        recordTask('send', t0, performance.now() - t0);
        return reply;
      },
      painted: () => afterPaint(),
      card() {
        if (card) return card;
        // Mounted on first need, after <body>, so pages without flags get no host at all.
        // Mounting is asynchronous: a card asked for meanwhile is shown once the UI exists.
        const holder: { view: Hovercard | null; pending: Parameters<CardView['show']> | null } = { view: null, pending: null };
        void createShadowRootUi(ctx, {
          name: 'ss-hovercard',
          position: 'overlay',
          anchor: document.documentElement,
          append: 'last',
          css: HOVERCARD_CSS,
          isolateEvents: ['keydown', 'keyup', 'keypress'],
          onMount(container) {
            holder.view = new Hovercard(container, () => void sendMessage('openPopup').catch(() => {}));
            if (holder.pending) holder.view.show(...holder.pending);
            holder.pending = null;
            return holder.view;
          },
        }).then((ui) => ui.mount());
        card = {
          show: (c, a, v) => (holder.view ? holder.view.show(c, a, v) : void (holder.pending = [c, a, v])),
          hide: () => (holder.view ? holder.view.hide() : void (holder.pending = null)),
          get visible() {
            return holder.view?.visible ?? holder.pending !== null;
          },
          contains: (n) => holder.view?.contains(n) ?? false,
        };
        return card;
      },
    });

    function afterPaint(): void {
      if (stylesInstalled || controller.state().highlighted === 0) return;
      stylesInstalled = true;
      installHighlightStyles(ctx);
      // Hover hit-testing: at most once per frame, no work when nothing is painted.
      let pending: MouseEvent | null = null;
      ctx.addEventListener(document, 'mousemove', (e) => {
        if (pending) {
          pending = e;
          return;
        }
        pending = e;
        ctx.requestAnimationFrame(() => {
          const ev = pending;
          pending = null;
          if (ev) controller.hover(ev.clientX, ev.clientY, ev.composedPath()[0] ?? ev.target);
        });
      });
      ctx.addEventListener(document, 'keydown', (e) => {
        if (e.key === 'Escape') controller.hideCard();
      });
      ctx.addEventListener(window, 'scroll', () => controller.hideCard(), { passive: true });
    }

    // Messages for this tab. The gate script drives the page (it may have moved on to a
    // page that is no longer an article); its state delegates to us while we own the page.
    const gate = findGate(window);
    if (gate) {
      onMessage('getPageState', async () => {
        await gate.settled();
        return gate.state();
      });
      onMessage('getAnalyzedArticle', async () => {
        await gate.settled();
        return gate.article();
      });
      onMessage('getExtracted', async () => {
        await gate.settled();
        return gate.extracted();
      });
      onMessage('analyzeAnyway', () => gate.analyzeAnyway());
      onMessage('selectClaim', ({ data }) => gate.select(data.index));
      onMessage('nextClaim', () => gate.next());
    }

    // Settings changed in the popup or collection page: repaint; a change of topics re-asks the background.
    const onStorage = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
      const c = area === 'local' ? changes[CONFIG_KEY] : undefined;
      if (!c) return;
      const topics = (x: unknown) => JSON.stringify((x as { topics?: unknown } | undefined)?.topics ?? null);
      if (gate && topics(c.newValue) !== topics(c.oldValue)) {
        void gate.run().then(afterPaint);
        return;
      }
      void loadConfig().then((cfg) => {
        controller.setConfig(cfg);
        afterPaint();
      });
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      controller.teardown();
      publishAnalyzer(window, null);
    });
    publishAnalyzer(window, controller);
  },
});
