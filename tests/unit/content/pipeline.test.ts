import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { renderSeedPages } from '../../demo/render';
import { analyzePage, runPipeline, worthExtracting } from '../../../utils/content/pipeline';
import { validatePageFacts } from '../../../utils/validate';
import { Gatekeeper } from '../../../utils/content/gatekeeper';
import { PageController } from '../../../utils/content/controller';
import { DEFAULT_CONTENT_CONFIG } from '../../../utils/content/defaults';
import { findArticleRoot } from '../../../utils/page/extract';
import { placeClaims } from '../../../utils/highlight/highlighter';

const shared = path.resolve(__dirname, '../../../../shared');
const hasShared = fs.existsSync(path.join(shared, 'seeds'));

function load(html: string, url: string): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}

const offTopic = `<!doctype html><html lang="en"><head><title>Council approves new bike lanes | City Herald</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02"></head>
<body><article><h1>Council approves new bike lanes</h1>
<p>The city council voted 7-2 on Tuesday to add protected bike lanes along Main Street, officials said.</p>
<p>Construction is expected to begin in the spring and last about four months, according to the transport department.</p>
<p>Residents at the meeting were divided. Some shop owners worried about parking, while cycling groups welcomed the plan.</p></article></body></html>`;

describe.skipIf(!hasShared)('content pipeline on the demo seed pages', () => {
  const pages = hasShared ? renderSeedPages(shared).filter((p) => /^\/(jpost|lapost)\//.test(p.path)) : [];

  it('renders both seed pages', () => {
    expect(pages).toHaveLength(2);
  });

  for (const p of pages) {
    it(`${p.path}: on topic, analyzed, every claim placed on the live page`, async () => {
      const url = `http://127.0.0.1:8080${p.path}`;
      const doc = load(p.html, url);
      const r = await runPipeline(doc, url, { topics: DEFAULT_CONTENT_CONFIG.topics });
      expect(r.verdict.kind).toBe('on-topic');
      expect(r.claims.filter((c) => c.type === 'anonymous' || c.type === 'vague').length).toBeGreaterThanOrEqual(4);
      const root = findArticleRoot(doc, r.extracted!);
      const h1 = doc.querySelector('h1')!;
      const placed = placeClaims(root && !root.contains(h1) ? [h1, root] : [root ?? doc.body], r.analyzedText!, r.claims);
      expect(placed.length).toBe(r.claims.length);
      for (const pc of placed) {
        const words = r.analyzedText!.slice(pc.claim.start, pc.claim.end).replace(/\s+/g, '');
        expect(pc.range.toString().replace(/\s+/g, '')).toBe(words);
      }
    });
  }

  it('hands only on-topic articles to the analyzer, and stores only those', async () => {
    const topics = DEFAULT_CONTENT_CONFIG.topics;
    const analyzed: string[] = [];
    let injected = 0;
    const run = async (html: string, url: string) => {
      const doc = load(html, url);
      let analyzer: PageController | null = null;
      const keeper = new Gatekeeper({
        doc,
        findAnalyzer: () => analyzer,
        // The background's side, as entrypoints/background.ts wires it.
        askBackground: async (q) => {
          const pass = worthExtracting(topics, q, q.force);
          if (pass && q.inject) {
            injected++;
            analyzer = new PageController({
              doc,
              loadConfig: async () => DEFAULT_CONTENT_CONFIG,
              analyze: async (msg) => {
                // As the message crosses to the background: cloned, then validated there.
                const { facts, force } = structuredClone(msg);
                analyzed.push(facts.url);
                const a = analyzePage(topics, validatePageFacts(facts), { force });
                return { ...a, ingest: a.verdict.kind === 'on-topic' ? { stored: true, otherOutlets: 0 } : null };
              },
              card: () => ({ show() {}, hide() {}, visible: false, contains: () => false }),
              log: () => {},
            });
          }
          return { pass };
        },
        log: () => {},
      });
      await keeper.run();
      return keeper;
    };
    const onUrl = `http://127.0.0.1:8080${pages[0]!.path}`;
    const on = await run(pages[0]!.html, onUrl);
    expect(on.state().verdict.kind).toBe('on-topic');
    expect(on.state().claims.length).toBeGreaterThan(3);
    expect(on.article()?.claims.length).toBe(on.state().claims.length);
    expect(analyzed).toEqual([onUrl]);
    expect(injected).toBe(1);

    // An article on another subject: the title check says no, nothing is injected,
    // and only a new title or description could change that.
    const off = await run(offTopic, 'http://127.0.0.1:8080/city/bike-lanes-2024');
    expect(off.state().verdict.kind).toBe('off-topic');
    expect(off.state().claims).toEqual([]);
    expect(injected).toBe(1);
    expect(off.watchTarget()).toBe('head');

    // Asked anyway: the analyzer is injected and analyzes the page whatever its topic.
    const forced = await off.analyzeAnyway();
    expect(forced.verdict.kind).toBe('forced');
    expect(injected).toBe(2);
    expect(analyzed).toHaveLength(2);
  });
});

describe('gate script', () => {
  const search = `<!doctype html><html lang="en"><head><title>Search results for gaza</title></head>
<body><main><ul><li><a href="/a">Gaza talks resume</a></li><li><a href="/b">Hostage deal</a></li></ul></main></body></html>`;

  it('never asks the background about a page that is not an article, and stops watching it for good', async () => {
    let asked = 0;
    const keeper = new Gatekeeper({
      doc: load(search, 'http://127.0.0.1:8080/search?q=gaza'),
      findAnalyzer: () => null,
      askBackground: async () => {
        asked++;
        return { pass: true };
      },
      log: () => {},
    });
    await keeper.run();
    expect(keeper.state().verdict.kind).toBe('not-article');
    expect(asked).toBe(0);
    expect(keeper.watchTarget()).toBe(null);
    await keeper.pageChanged('dom');
    expect(asked).toBe(0);
  });

  it('asks about the title before reading the page, and runs the article gate only on pages that pass it', async () => {
    const doc = load('<!doctype html><html><head><title>Loading…</title></head><body><div id="app"></div></body></html>', 'http://127.0.0.1:8080/world/2024/11/08/talks');
    const asked: { title: string; inject: boolean }[] = [];
    const tasks: string[] = [];
    const keeper = new Gatekeeper({
      doc,
      findAnalyzer: () => null,
      // The background's side: the default topic's title check; nothing to inject in this test.
      askBackground: async (q) => {
        asked.push({ title: q.title, inject: q.inject });
        return { pass: worthExtracting(DEFAULT_CONTENT_CONFIG.topics, q, q.force) && !q.inject };
      },
      onTask: (name) => tasks.push(name),
      log: () => {},
    });
    await keeper.run();
    // "Loading…" is on no topic: the gate never ran, and only the head can change the answer.
    expect(asked).toEqual([{ title: 'Loading…', inject: false }]);
    expect(tasks).toEqual(['address', 'title']);
    expect(keeper.state().verdict.kind).toBe('off-topic');
    expect(keeper.watchTarget()).toBe('head');
    const prose = 'Negotiators met again on Friday in the capital to discuss the next phase of the plan, officials said. '.repeat(3);
    doc.getElementById('app')!.innerHTML = `<article><h1>Talks resume</h1>${Array.from({ length: 8 }, () => `<p>${prose}</p>`).join('')}</article>`;
    await keeper.pageChanged('dom');
    expect(asked).toHaveLength(1);

    // The app shell sets an on-topic title but has emptied its body: the gate now runs and refuses, for now.
    doc.getElementById('app')!.innerHTML = '';
    doc.title = 'Gaza ceasefire talks resume in Cairo';
    await keeper.pageChanged('dom');
    expect(asked.map((a) => a.title)).toEqual(['Loading…', 'Gaza ceasefire talks resume in Cairo']);
    expect(tasks.slice(2)).toEqual(['address', 'title', 'gate', 'baseline']);
    expect(keeper.state().verdict.kind).toBe('not-article');
    expect(keeper.watchTarget()).toBe('body');

    // The article arrives: the gate passes and the second question asks for the analyzer.
    doc.getElementById('app')!.innerHTML = `<article><h1>Gaza ceasefire talks resume</h1>${Array.from({ length: 8 }, () => `<p>${prose}</p>`).join('')}</article>`;
    await keeper.pageChanged('dom');
    expect(asked.slice(2)).toEqual([
      { title: 'Gaza ceasefire talks resume in Cairo', inject: false },
      { title: 'Gaza ceasefire talks resume in Cairo', inject: true },
    ]);
    expect(keeper.state().verdict.kind).toBe('off-topic'); // this test's background injects nothing
    await keeper.pageChanged('navigation');
    expect(asked).toHaveLength(6);
  });
});

describe('the page passes its outlet to the analyzer', () => {
  const page = `<!doctype html><html lang="en"><head><title>Hamas delegation leaves Doha as ceasefire talks stall | Harbor Times</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Harbor Times">
<meta property="article:published_time" content="2024-11-08"></head>
<body><article><h1>Hamas delegation leaves Doha as ceasefire talks stall</h1>
<p>The Hamas delegation left Doha on Friday after Qatar suspended its mediation of the Gaza ceasefire and hostage talks, officials said.</p>
<p>The Times has learned that the delegation's political office in Doha will stay open for now, despite pressure from Washington.</p>
<p>Reuters reported that Egyptian mediators would try to restart the hostage negotiations in Cairo next week.</p>
<p>Israel and Hamas have not commented on the Qatari decision, which follows months of stalled talks over a ceasefire in Gaza.</p></article></body></html>`;

  it("a report credited to the publishing outlet is its own reporting; another outlet's stays a report", () => {
    const r = runPipeline(load(page, 'https://harbortimes.example/world/hamas-delegation-leaves-doha'), 'https://harbortimes.example/world/hamas-delegation-leaves-doha', { topics: DEFAULT_CONTENT_CONFIG.topics });
    expect(r.extracted?.outlet).toBe('Harbor Times');
    const bySource = (s: string) => r.claims.find((c) => c.source?.text === s);
    expect(bySource('The Times')?.type).toBe('institutional');
    expect(bySource('Reuters')?.type).toBe('report');
  });
});
