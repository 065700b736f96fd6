import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { renderSeedPages } from '../../demo/render';
import { runPipeline } from '../../../utils/content/pipeline';
import { PageController } from '../../../utils/content/controller';
import { DEFAULT_CONTENT_CONFIG } from '../../../utils/content/defaults';
import { findArticleRoot } from '../../../utils/page/extract';
import { placeClaims } from '../../../utils/highlight/highlighter';
import type { AnalyzedArticle } from '../../../utils/types';

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

  it('reports on-topic articles to the background, and only those', async () => {
    const reports: AnalyzedArticle[] = [];
    const run = async (html: string, url: string) => {
      const c = new PageController({
        doc: load(html, url),
        loadConfig: async () => DEFAULT_CONTENT_CONFIG,
        report: async (a) => {
          reports.push(a);
          return { stored: true, otherOutlets: 0 };
        },
        card: () => ({ show() {}, hide() {}, visible: false, contains: () => false }),
        log: () => {},
      });
      await c.run();
      return c.state();
    };
    const on = await run(pages[0]!.html, `http://127.0.0.1:8080${pages[0]!.path}`);
    expect(on.verdict.kind).toBe('on-topic');
    expect(reports).toHaveLength(1);
    const off = await run(offTopic, 'http://127.0.0.1:8080/city/bike-lanes-2024');
    expect(off.verdict.kind).toBe('off-topic');
    expect(off.claims).toEqual([]);
    expect(reports).toHaveLength(1);
  });
});
