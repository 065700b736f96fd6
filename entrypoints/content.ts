/**
 * Content script: wiring only (the logic lives in utils/content/).
 * gate → extract → analyze → highlight → report, on every http(s) page.
 */
import { LOAD_START } from '@/utils/content/loadMark';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { onMessage, sendMessage } from '@/utils/messages';
import { CONFIG_KEY, type ContentConfig } from '@/utils/content/config';
import { DEFAULT_CONTENT_CONFIG } from '@/utils/content/defaults';
import { PageController, type CardView } from '@/utils/content/controller';
import { Hovercard, HOVERCARD_CSS } from '@/utils/content/hovercard';
import { HIGHLIGHT_CSS } from '@/utils/highlight/highlighter';

/** Set on the isolated world's window: a second injection (extension reload, duplicate registration) does nothing. */
const GUARD = '__ssSecondSourceLoaded';

async function loadConfig(): Promise<ContentConfig> {
  const got = await browser.storage.local.get(CONFIG_KEY);
  const cfg = got[CONFIG_KEY] as Partial<ContentConfig> | undefined;
  return { ...DEFAULT_CONTENT_CONFIG, ...(cfg ?? {}) };
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
  runAt: 'document_idle',
  async main(ctx) {
    try {
      performance.measure('ss:load', { start: LOAD_START, duration: performance.now() - LOAD_START });
    } catch {
      // User Timing L3 missing: nothing to record.
    }
    const w = window as unknown as Record<string, unknown>;
    if (w[GUARD]) return;
    w[GUARD] = true;
    ctx.onInvalidated(() => {
      delete w[GUARD];
    });

    let card: CardView | null = null;
    // Hover and keyboard listeners go in as soon as something is painted (see afterRun below).
    let onPainted = (): void => {};
    let stylesInstalled = false;
    const controller = new PageController({
      doc: document,
      loadConfig,
      report: (a) => sendMessage('reportArticle', a),
      painted: () => onPainted(),
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

    const afterRun = () => {
      if (!stylesInstalled && controller.state().highlighted > 0) {
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
    };
    onPainted = afterRun;
    const run = (force = false) => controller.run({ force }).then(afterRun);

    onMessage('getPageState', async () => {
      await controller.settled();
      return controller.state();
    });
    onMessage('getAnalyzedArticle', async () => {
      await controller.settled();
      return controller.article();
    });
    onMessage('analyzeAnyway', async () => {
      await run(true);
      return controller.state();
    });
    onMessage('selectClaim', ({ data }) => controller.select(data.index));
    onMessage('nextClaim', () => controller.next());
    onMessage('scoreTopicOnPage', ({ data }) => controller.scoreTopic(data));

    // Settings and topics changed in the popup or collection page.
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !changes[CONFIG_KEY]) return;
      void loadConfig().then((cfg) => controller.setConfig(cfg)).then(afterRun);
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      controller.teardown();
    });

    // Single-page sites and late content (lazy paragraphs, "read more", paywall reveals).
    ctx.addEventListener(window, 'wxt:locationchange', () => void controller.pageChanged('navigation').then(afterRun));
    let timer: number | undefined;
    const observer = new MutationObserver(() => {
      // No work in the callback: just (re)arm a debounce timer.
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(() => {
        timer = undefined;
        void controller.pageChanged('dom').then(afterRun);
      }, 1200);
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());

    await run();
  },
});
