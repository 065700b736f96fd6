/**
 * Popup: wiring only. Asks the tab's content script what it sees and the
 * background what the store remembers, and renders <Popup>. For tests and deep
 * links `popup.html?url=<page url>` shows that page's record.
 */
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/Popup';
import type { PopupSettingsView, PopupState } from '@/components/types';
import { sendMessage, type PageState } from '@/utils/messages';
import { callGate } from './gateBridge';
import { siteOf } from '@/utils/content/config';
import { popupStateFrom } from '@/utils/views/popup';
import type { ClaimType } from '@/utils/types';
import type { Settings } from '@/utils/store/settings';
import '@/components/theme.css';
import '@/components/popup.css';

interface Target {
  url: string | null;
  tabId: number | null;
}

async function findTarget(): Promise<Target> {
  const param = new URLSearchParams(location.search).get('url');
  if (param) {
    // A deep link: use the tab showing that page if there is one (live claims), else the store alone.
    const tabs = await browser.tabs.query({}).catch(() => []);
    const tab = tabs.find((t) => t.url === param);
    return { url: param, tabId: tab?.id ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { url: tab?.url ?? null, tabId: tab?.id ?? null };
}

async function pageState(tabId: number | null): Promise<PageState | null> {
  if (tabId === null) return null;
  // The analysis script answers on articles; elsewhere only the gate script runs there.
  // Neither (browser pages, the store, a tab opened before install): not an error.
  return sendMessage('getPageState', undefined, tabId).catch(() => callGate(tabId, 'state').catch(() => null));
}

function App() {
  const [target, setTarget] = useState<Target | null>(null);
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);

  const load = useCallback(async (t: Target) => {
    try {
      // The live page first: its whole claims are what other outlets are compared with.
      const page = await pageState(t.tabId);
      const stored =
        t.url && /^https?:/.test(t.url)
          ? await sendMessage('getArticleView', {
              url: t.url,
              claims: page?.claims.length ? page.claims.map(({ type, text, source }) => ({ type, text, source })) : undefined,
            }).catch(() => null)
          : null;
      setState(popupStateFrom(page, stored));
    } catch (err) {
      setState({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }, []);

  useEffect(() => {
    void (async () => {
      const t = await findTarget();
      setTarget(t);
      sendMessage('getSettings').then(setSettings).catch(() => undefined);
      if (!t.url || !/^https?:/.test(t.url)) return setState({ kind: 'no-page' });
      await load(t);
    })();
  }, [load]);

  const site = target?.url ? siteOf(target.url) : null;
  const view: PopupSettingsView = {
    highlightsOn: settings?.highlightsEnabled ?? true,
    site,
    siteEnabled: !!site && !(settings?.disabledSites ?? []).includes(site),
    enabledTypes: settings?.highlightTypes ?? ['anonymous', 'vague', 'report'],
  };
  const patch = async (p: Parameters<typeof sendMessage<'updateSettings'>>[1]) => setSettings(await sendMessage('updateSettings', p));

  return (
    <Popup
      state={state}
      settings={view}
      onAnalyzeAnyway={async () => {
        if (!target?.tabId) throw new Error('This page cannot be analyzed from here.');
        setState((s) => (s.kind === 'off-topic' ? { ...s, analyzing: true } : s));
        const tabId = target.tabId;
        const page = await sendMessage('analyzeAnyway', undefined, tabId).catch(async () => {
          const p = await callGate(tabId, 'analyzeAnyway');
          if (!p) throw new Error('Second Source is not running in this tab: reload the page and try again.');
          return p;
        });
        setState(popupStateFrom(page, null));
      }}
      onSave={async () => {
        if (!target?.url) return;
        const r = await sendMessage('saveArticle', { url: target.url, tabId: target.tabId ?? undefined });
        if (!r.ok) throw new Error(r.error ?? 'Could not save this article.');
        await load(target);
      }}
      onUnsave={async () => {
        if (!target?.url) return;
        await sendMessage('unsaveArticle', { url: target.url });
        await load(target);
      }}
      onSelectClaim={(id) => {
        if (target?.tabId != null) void sendMessage('selectClaim', { index: Number(id) }, target.tabId).catch(() => undefined);
      }}
      onToggleHighlights={(on) => void patch({ highlightsEnabled: on })}
      onToggleSite={(enabled) => site && void patch({ site: { host: site, enabled } })}
      onToggleType={(type: ClaimType, enabled: boolean) => {
        const types = new Set(view.enabledTypes);
        if (enabled) types.add(type);
        else types.delete(type);
        void patch({ highlightTypes: [...types] });
      }}
      onOpenCollection={() => {
        void browser.tabs.create({ url: browser.runtime.getURL('/collection.html') });
        window.close();
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
