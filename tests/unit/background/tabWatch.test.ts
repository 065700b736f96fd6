import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TabWatch, tabDecision } from '../../../utils/background/tabWatch';
import { DEFAULT_TOPICS, makeUserTopic, quickTopicCheck } from '../../../utils/topic';
import { renderSeedPages } from '../../demo/render';

const topics = DEFAULT_TOPICS;
const shared = path.resolve(__dirname, '../../../../shared');
const hasShared = fs.existsSync(path.join(shared, 'seeds'));

describe('tabDecision: the first look at a page, from its tab', () => {
  it('sends the gate to pages whose title touches the default topic', () => {
    for (const title of [
      'Hamas delegation arrives in Cairo for truce talks',
      'Qatar says Hamas office in Doha will stay open | World News',
      'Israeli strikes hit Rafah as hostage families protest',
    ]) {
      expect(tabDecision(topics, { url: 'https://news.example/world/2024/06/01/story-123', title }), title).toMatchObject({ inject: true });
    }
  });

  it.skipIf(!hasShared)('sends it to the seed pages and to no other demo page', () => {
    const decisions = Object.fromEntries(
      renderSeedPages(shared).map((page) => {
        const title = /<title>([^<]*)<\/title>/.exec(page.html)?.[1] ?? '';
        return [page.path, tabDecision(topics, { url: `http://127.0.0.1:8080${page.path}`, title, status: 'complete' }).inject];
      }),
    );
    expect(decisions).toEqual({
      '/jpost/hamas-doha-office.html': true,
      '/lapost/qatar-hamas-doha.html': true,
      '/demo/off-topic.html': false,
      '/demo/search.html': false,
      '/index.html': false,
    });
  });

  it('turns away pages whose title and address name nothing of any topic', () => {
    for (const title of ['Storm brings first snow of the season to the hills', 'Best pasta recipes for a weeknight', 'Quarterly earnings beat forecasts']) {
      const d = tabDecision(topics, { url: 'https://news.example/local/2024/01/12/weather-story', title });
      expect(d.inject, title).toBe(false);
      expect(d.why).toMatch(/none of the topics/);
    }
  });

  it('reads the address too: a slug can name the subject when the title does not', () => {
    const title = 'Talks resume after a week of silence';
    expect(tabDecision(topics, { url: 'https://news.example/world/2024/06/01/story', title }).inject).toBe(false);
    expect(tabDecision(topics, { url: 'https://news.example/world/middle-east/gaza-truce-talks-resume', title }).inject).toBe(true);
  });

  it('is wider than the gate: one generic term lets the page decide with its description', () => {
    const page = { title: 'Ceasefire talks stall again', url: 'https://news.example/2024/06/01/story' };
    // The gate's own check wants two different generic terms; here one is enough to look closer.
    expect(quickTopicCheck(topics, page)).toBe(false);
    expect(tabDecision(topics, page).inject).toBe(true);
  });

  it('refuses search, docs, wiki and home pages by address, whatever their title says', () => {
    const title = 'gaza ceasefire hostages';
    for (const url of [
      'https://www.google.com/search?q=gaza+ceasefire+hostages',
      'https://en.wikipedia.org/wiki/Gaza_ceasefire',
      'https://news.example/',
      'https://news.example/search?q=gaza',
    ]) {
      const d = tabDecision(topics, { url, title });
      expect(d.inject, url).toBe(false);
      expect(d.why, url).toMatch(/^Not a news article/);
    }
  });

  it('never touches what is not a web page', () => {
    for (const url of ['chrome://newtab/', 'about:blank', 'file:///tmp/gaza-hostages.html', 'chrome-extension://abc/popup.html', '']) {
      expect(tabDecision(topics, { url, title: 'Gaza hostages deal' })).toEqual({ inject: false, why: 'not a web page' });
    }
  });

  it("follows the reader's own topics", () => {
    const mine = makeUserTopic({ name: 'Heat pumps', keywords: ['heat pump', 'heat pumps'] });
    const tab = { url: 'https://news.example/2024/01/12/energy', title: 'Why heat pumps are winning the winter' };
    expect(tabDecision(topics, tab).inject).toBe(false);
    expect(tabDecision([...topics, mine], tab).inject).toBe(true);
  });

  it('lets an untitled page decide for itself (the tab shows its address instead)', () => {
    expect(tabDecision(topics, { url: 'https://news.example/story/123', title: 'news.example/story/123' })).toMatchObject({ inject: true, why: 'no title: the page decides' });
    expect(tabDecision(topics, { url: 'https://news.example/story/123', title: '' }).inject).toBe(true);
  });
});

describe('TabWatch: which tab updates to look at', () => {
  const url = 'https://news.example/world/2024/06/01/story-123';
  const onTopic = 'Hamas delegation arrives in Cairo for truce talks';

  it('looks once per page: the title, then the finished load of the same page, give one decision', () => {
    const w = new TabWatch();
    expect(w.update(1, { status: 'loading' }, { url, status: 'loading' }, topics)).toBeNull();
    expect(w.update(1, { title: onTopic }, { url, title: onTopic, status: 'loading' }, topics)).toMatchObject({ inject: true });
    expect(w.update(1, { status: 'complete' }, { url, title: onTopic, status: 'complete' }, topics)).toBeNull();
  });

  it('looks again at a reload, a new title (single-page sites) and a new address', () => {
    const w = new TabWatch();
    expect(w.update(1, { status: 'complete' }, { url, title: onTopic, status: 'complete' }, topics)).not.toBeNull();
    expect(w.update(1, { status: 'loading' }, { url, title: onTopic, status: 'loading' }, topics)).toBeNull();
    expect(w.update(1, { status: 'complete' }, { url, title: onTopic, status: 'complete' }, topics)).toMatchObject({ inject: true });
    expect(w.update(1, { title: 'Snow in the hills' }, { url, title: 'Snow in the hills', status: 'complete' }, topics)).toMatchObject({ inject: false });
    expect(w.update(1, { title: 'Snow in the hills' }, { url: `${url}?page=2`, title: 'Snow in the hills', status: 'complete' }, topics)).not.toBeNull();
  });

  it('keeps tabs apart, and forgets a closed one', () => {
    const w = new TabWatch();
    const tab = { url, title: onTopic, status: 'complete' };
    expect(w.update(1, { status: 'complete' }, tab, topics)).not.toBeNull();
    expect(w.update(2, { status: 'complete' }, tab, topics)).not.toBeNull();
    expect(w.update(1, { status: 'complete' }, tab, topics)).toBeNull();
    w.forget(1);
    expect(w.update(1, { status: 'complete' }, tab, topics)).not.toBeNull();
  });

  it('looks at a new address on a loaded page (a single-page site that keeps its title), not at one still loading', () => {
    const w = new TabWatch();
    const title = 'City Ledger';
    expect(w.update(1, { status: 'complete' }, { url: 'https://ledger.example/2024/12/07/library-hours', title, status: 'complete' }, topics)).toMatchObject({ inject: false });
    const next = 'https://ledger.example/2024/12/07/gaza-truce-talks-doha';
    expect(w.update(1, { url: next }, { url: next, title, status: 'complete' }, topics)).toMatchObject({ inject: true });
    const w2 = new TabWatch();
    expect(w2.update(1, { status: 'loading', url: next }, { url: next, title: 'Gaza truce talks', status: 'loading' }, topics)).toBeNull();
  });

  it('ignores updates that change neither title nor load state', () => {
    const w = new TabWatch();
    expect(w.update(1, {}, { url, title: onTopic, status: 'complete' }, topics)).toBeNull();
  });

  it('waits for an untitled page to load before letting it decide', () => {
    const w = new TabWatch();
    const bare = 'news.example/world/2024/06/01/story-123';
    expect(w.update(1, { title: bare }, { url, title: bare, status: 'loading' }, topics)).toBeNull();
    // The page set a real title (off topic) before it finished loading.
    expect(w.update(1, { title: 'Snow in the hills' }, { url, title: 'Snow in the hills', status: 'loading' }, topics)).toMatchObject({ inject: false });
    const w2 = new TabWatch();
    expect(w2.update(1, { title: bare }, { url, title: bare, status: 'loading' }, topics)).toBeNull();
    expect(w2.update(1, { status: 'complete' }, { url, title: bare, status: 'complete' }, topics)).toMatchObject({ inject: true });
  });
});
