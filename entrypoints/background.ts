/**
 * Background service worker: wiring only (the logic is utils/background/service.ts).
 * Owns the store, validates every message that enters, keeps the badge, the
 * context menu and the keyboard commands.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage, sendMessage } from '@/utils/messages';
import { openDatabase } from '@/utils/store/db';
import { BackgroundService } from '@/utils/background/service';
import { CONFIG_KEY, type ContentConfig } from '@/utils/content/config';
import { analyzePage, toAnalyzedArticle, worthExtracting, analyzedTextOf } from '@/utils/content/pipeline';
import { GATE_SCRIPT, isGateMessage, type GateReply } from '@/utils/content/gateProtocol';
import { recordTask as recordPageTask } from '@/utils/content/timing';
import {
  validateAnalyzedArticle, validateArticleViewQuery, validateExtractedArticle, validateGateQuestion, validatePageFacts, validateListQuery, validateSettingsPatch,
} from '@/utils/validate';
import { scoreTopic, validateTopicProfile } from '@/utils/topic';
import { TabWatch, type TabChange, type TabFacts } from '@/utils/background/tabWatch';

/** Built by WXT from entrypoints/analysis.content.ts (registration: 'runtime'). */
const ANALYSIS_SCRIPT = '/content-scripts/analysis.js';

const MENU_SAVE = 'ss-save-article';

/** The parts of a message sender we check (the polyfill's and WXT's typings differ in detail). */
/** The background's steps per article, as `ss:bg:<step>` measures (read by the Chromium bench from the service worker). */
const recordTask = (name: string, start: number, duration: number): void => recordPageTask(name, start, duration, 'ss:bg:');

interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** A page may only speak for itself: the URL it sends must be the sending tab's. */
function sameOrigin(sender: SenderLike, url: string | undefined): boolean {
  if (!sender.tab?.url || !url) return true;
  try {
    return new URL(sender.tab.url).origin === new URL(url).origin;
  } catch {
    return false;
  }
}

export default defineBackground(() => {
  const db = openDatabase();
  // The reader's topics and settings, kept in memory for the gate and analysis questions of every page.
  let config: ContentConfig | null = null;
  const service = new BackgroundService(db, {
    onTask: recordTask,
    configChanged: (cfg) => {
      config = cfg;
      return browser.storage.local.set({ [CONFIG_KEY]: cfg });
    },
  });
  const ready = (async () => {
    await service.ensureDefaults();
    config = await service.contentConfig();
    await browser.storage.local.set({ [CONFIG_KEY]: config });
    // The analyzer changed since these were saved: recompute from their text (in the background of the worker's life).
    void service.recomputeStale().catch((err) => console.warn('[Second Source] could not recompute saved analyses', err));
  })().catch((err) => console.error('[Second Source] could not prepare the store', err));

  /** Our own pages (popup, collection), not a content script speaking for a web page. */
  const fromExtensionPage = (sender: SenderLike): boolean =>
    sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));

  function guard(sender: SenderLike, what: string): void {
    if (!fromExtensionPage(sender)) throw new Error(`${what} is only available to the extension's own pages.`);
  }

  async function setBadge(tabId: number | undefined, count: number | null): Promise<void> {
    if (tabId === undefined) return;
    await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
    if (count) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
  }

  const topicsNow = async () => {
    await ready;
    return (config ??= await service.contentConfig()).topics;
  };

  /** The gate script's question (its own small protocol: utils/content/gateProtocol.ts). */
  async function answerGate(data: unknown, sender: SenderLike): Promise<GateReply> {
    const q = validateGateQuestion(data);
    if (!sameOrigin(sender, q.url)) throw new Error('Rejected gate question: URL does not match the asking tab.');
    const pass = worthExtracting(await topicsNow(), q, q.force);
    const tabId = sender.tab?.id;
    if (!pass) await setBadge(tabId, null);
    if (pass && q.inject && tabId !== undefined) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [ANALYSIS_SCRIPT] });
    }
    return { pass };
  }
  // Every page's first look, from its tab's address and title, off the page's thread
  // (utils/background/tabWatch.ts): the gate script runs only where a topic may be.
  const tabWatch = new TabWatch();
  async function lookAtTab(tabId: number, change: TabChange, tab: TabFacts): Promise<void> {
    const topics = await topicsNow();
    const t0 = performance.now();
    const decision = tabWatch.update(tabId, change, tab, topics);
    if (!decision) return;
    recordTask('tab', t0, performance.now() - t0);
    if (!decision.inject) return setBadge(tabId, null);
    // Runs at the page's document_idle (executeScript's default), like a manifest content script.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [GATE_SCRIPT] });
  }
  const quietly = (p: Promise<void>): void => {
    // Pages we may not script (the browser's own, the web store, a tab closed meanwhile): nothing to do there.
    p.catch((err: unknown) => console.debug('[Second Source] tab not checked', err));
  };
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.title !== undefined || change.status !== undefined || change.url !== undefined) quietly(lookAtTab(tabId, change, tab));
  });
  browser.tabs.onRemoved.addListener((tabId) => tabWatch.forget(tabId));

  browser.runtime.onMessage.addListener((message: unknown, sender: SenderLike) => {
    if (!isGateMessage(message)) return undefined; // the messaging library's messages: not ours to answer
    return answerGate(message.q, sender).catch((err: unknown) => {
      console.warn('[Second Source] gate question refused', err);
      return { pass: false };
    });
  });

  onMessage('analyzeArticle', async ({ data, sender }) => {
    const facts = validatePageFacts(data?.facts);
    if (!sameOrigin(sender, facts.url)) throw new Error('Rejected article: URL does not match the reporting tab.');
    const { extracted, ...analysis } = analyzePage(await topicsNow(), facts, { force: data.force === true, onTask: recordTask });
    if (analysis.verdict.kind !== 'on-topic') {
      await setBadge(sender.tab?.id, null);
      return { ...analysis, extracted, ingest: null };
    }
    const article = toAnalyzedArticle(extracted, analysis, analyzedTextOf(extracted));
    await setBadge(sender.tab?.id, BackgroundService.unnamedCount(article));
    const t0 = performance.now();
    const ingest = await service.ingest(article).catch((err: unknown) => {
      console.warn('[Second Source] could not store', article.url, err);
      return null;
    });
    recordTask('ingest', t0, performance.now() - t0);
    return { ...analysis, extracted, ingest };
  });

  onMessage('openPopup', async ({ sender }) => {
    const url = sender.tab?.url;
    try {
      await (browser.action as unknown as { openPopup?: () => Promise<void> }).openPopup?.();
      return true;
    } catch {
      // Not allowed without a user gesture in some browsers: open the same view in a tab.
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${url ? `?url=${encodeURIComponent(url)}` : ''}`) });
      return true;
    }
  });

  onMessage('getArticleView', async ({ data, sender }) => {
    guard(sender, 'Reading the collection');
    await ready;
    const q = validateArticleViewQuery(data);
    return service.articleView(q.url, q.claims?.map((c, idx) => ({ ...c, idx })));
  });

  onMessage('saveArticle', async ({ data, sender }) => {
    guard(sender, 'Saving');
    await ready;
    let full = null;
    if (typeof data.tabId === 'number') {
      full = await sendMessage('getAnalyzedArticle', undefined, data.tabId).catch(() => null);
      full = full ? validateAnalyzedArticle(full) : null;
    }
    return service.save(String(data.url), full);
  });
  onMessage('unsaveArticle', async ({ data, sender }) => (guard(sender, 'Unsaving'), await ready, service.unsave(String(data.url))));
  onMessage('getSettings', async ({ sender }) => (guard(sender, 'Settings'), await ready, service.settings()));
  onMessage('updateSettings', async ({ data, sender }) => {
    guard(sender, 'Settings');
    await ready;
    return service.updateSettings(validateSettingsPatch(data));
  });
  onMessage('listArticles', async ({ data, sender }) => (guard(sender, 'The collection'), await ready, service.listArticles(validateListQuery(data))));
  onMessage('listEvents', async ({ sender }) => (guard(sender, 'The collection'), await ready, service.listEvents()));
  onMessage('getStats', async ({ sender }) => (guard(sender, 'The collection'), await ready, service.stats()));
  onMessage('deleteArticle', async ({ data, sender }) => (guard(sender, 'Deleting'), service.deleteArticle(Number(data.id))));
  onMessage('deleteOutlet', async ({ data, sender }) => (guard(sender, 'Deleting'), service.deleteOutlet(String(data.name))));
  onMessage('deleteEverything', async ({ sender }) => (guard(sender, 'Deleting'), service.deleteEverything()));
  onMessage('exportJSON', async ({ sender }) => (guard(sender, 'Export'), service.exportJSON()));
  onMessage('exportCSV', async ({ sender }) => (guard(sender, 'Export'), service.exportCSV()));
  onMessage('importJSON', async ({ data, sender }) => {
    guard(sender, 'Import');
    if (typeof data?.json !== 'string') return { ok: false as const, error: 'No file content received.' };
    return service.importJSON(data.json);
  });
  onMessage('listTopics', async ({ sender }) => (guard(sender, 'Topics'), await ready, service.topics()));
  onMessage('saveTopic', async ({ data, sender }) => (guard(sender, 'Topics'), service.saveTopic(data)));
  onMessage('deleteTopic', async ({ data, sender }) => (guard(sender, 'Topics'), service.deleteTopic(String(data.id))));
  onMessage('testTopic', async ({ data, sender }) => {
    guard(sender, 'Topics');
    const topic = validateTopicProfile(data.topic);
    const ex = await sendMessage('getExtracted', undefined, data.tabId).catch(() => null);
    if (!ex) return { error: 'The open tab has no analyzable article (or Second Source cannot run there).' };
    const page = validateExtractedArticle(ex);
    return scoreTopic(topic, { title: page.title, text: page.text, date: page.publishedAt ?? new Date().toISOString().slice(0, 10) });
  });

  // Context menu: save the article in this tab.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_SAVE, title: browser.i18n.getMessage('menuSave') || 'Save article to Second Source', contexts: ['page', 'selection'] });
    // Tabs that were open before the extension was installed or updated are looked at too.
    quietly(
      browser.tabs.query({}).then(async (tabs) => {
        for (const t of tabs) if (t.id !== undefined && t.status === 'complete') await lookAtTab(t.id, { status: 'complete' }, t).catch(() => undefined);
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_SAVE || tab?.id === undefined || !tab.url) return;
    void (async () => {
      await ready;
      const full = await sendMessage('getAnalyzedArticle', undefined, tab.id!).catch(() => null);
      await service.save(tab.url!, full ? validateAnalyzedArticle(full) : null);
    })().catch((err) => console.warn('[Second Source] save from menu failed', err));
  });

  // Keyboard commands (Alt+Shift+H toggles highlights, Alt+Shift+J cycles flags).
  browser.commands.onCommand.addListener((command, tab) => {
    void (async () => {
      await ready;
      if (command === 'toggle-highlights') {
        const s = await service.settings();
        await service.updateSettings({ highlightsEnabled: !s.highlightsEnabled });
      } else if (command === 'next-claim') {
        const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
        if (id !== undefined) await sendMessage('nextClaim', undefined, id).catch(() => false);
      }
    })().catch((err) => console.warn('[Second Source] command failed', err));
  });
});
