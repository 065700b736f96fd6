/**
 * The first look at every page the reader opens, taken in the background from
 * what the browser already says about each tab: its address and its title. No
 * script runs in a page this look turns away, so most pages (on none of the
 * reader's topics, or search, home and docs pages) cost them nothing at all.
 * Where the title or address touches a topic, the background injects the gate
 * script, which reads the page itself (its declared address, description,
 * metadata and prose) and decides as before.
 *
 * The look is wider than the gate's own title check (one generic term of a
 * topic is enough here, two there): pages it lets through pay for the gate,
 * as every page once did, and the gate's stricter check still decides. What it
 * cannot see is the page's description, so an article whose title and address
 * name nothing of a topic is not looked at unless the reader opens the popup
 * (which runs the gate there). Plain functions over plain data: tested in Node.
 */
import { urlVeto } from '../page/address';
import { quickTopicCheck } from '../topic/score';
import type { TopicProfile } from '../types';

/** The parts of a browser tab this reads. */
export interface TabFacts {
  url?: string;
  title?: string;
  status?: string;
}

/** The parts of a `tabs.onUpdated` change this reads. */
export interface TabChange {
  status?: string;
  title?: string;
  url?: string;
}

export interface TabDecision {
  /** Inject the gate script into the tab's top frame. */
  inject: boolean;
  /** Why, in words (for logs and tests). */
  why: string;
}

const isWebPage = (url: string): boolean => url.startsWith('https://') || url.startsWith('http://');

/**
 * A tab whose page has no title shows its address instead (Chromium drops the
 * scheme): nothing to judge by, so the page's own gate decides.
 */
function untitled(tab: TabFacts): boolean {
  const title = tab.title?.trim() ?? '';
  return !title || (tab.url ?? '').includes(title);
}

/** Whether a tab's page is worth the gate script, from its address and title alone. */
export function tabDecision(topics: readonly TopicProfile[], tab: TabFacts): TabDecision {
  const url = tab.url ?? '';
  if (!isWebPage(url)) return { inject: false, why: 'not a web page' };
  const veto = urlVeto(url);
  if (veto) return { inject: false, why: veto.reason };
  if (untitled(tab)) return { inject: true, why: 'no title: the page decides' };
  if (quickTopicCheck(topics, { title: tab.title ?? '', url }, 1)) return { inject: true, why: 'the title or address touches a topic' };
  return { inject: false, why: 'the title and address touch none of the topics' };
}

/**
 * Which tab updates to look at, and each tab's page at most once: a new title
 * (pages set it early, and single-page sites change it as they navigate), a
 * new address on a loaded page (a single-page site that keeps its title) or a
 * finished load; a tab that starts loading (a new page or a reload) is looked
 * at afresh. An untitled page is judged only once it has loaded. The injected
 * gate guards against a second copy in one page, so a look repeated after the
 * worker restarts costs only that check.
 */
export class TabWatch {
  private seen = new Map<number, string>();

  /** The decision for this update, or null when there is nothing new to look at. */
  update(tabId: number, change: TabChange, tab: TabFacts, topics: readonly TopicProfile[]): TabDecision | null {
    if (change.status === 'loading') this.seen.delete(tabId);
    // A new address on a loaded page is a single-page site's navigation (during a load, the old page's title is still shown).
    const navigated = change.url !== undefined && tab.status === 'complete';
    if (change.title === undefined && change.status !== 'complete' && !navigated) return null;
    // While a page loads, the tab shows its address until the page sets a title: wait for it.
    if (untitled(tab) && change.status !== 'complete' && tab.status !== 'complete') return null;
    const key = `${tab.url ?? ''}\n${tab.title ?? ''}`;
    if (this.seen.get(tabId) === key) return null;
    this.seen.set(tabId, key);
    return tabDecision(topics, tab);
  }

  forget(tabId: number): void {
    this.seen.delete(tabId);
  }
}
