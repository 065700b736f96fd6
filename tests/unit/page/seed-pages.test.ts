/**
 * The demo seed pages (tests/demo/render.ts) and a second, different-markup
 * rendering of each seed (tests/fixtures/page/alt-render.ts): gate, metadata,
 * syndication and a body free of captions, clocks and related lists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSeedPages, parseJPostSeed, parseLAPostSeed } from '../../demo/render';
import { altJPost, altLAPost } from '../../fixtures/page/alt-render';
import { extractArticle, findArticleRoot, gatePage } from '../../../utils/page';
import { hasShared, parseDoc, sharedDir } from './helpers';

const ORIGIN = 'http://127.0.0.1:5173';

function seed(prefix: string): string {
  const dir = path.join(sharedDir, 'seeds');
  const f = fs.readdirSync(dir).find((x) => x.startsWith(prefix));
  return fs.readFileSync(path.join(dir, f ?? ''), 'utf8');
}

describe.skipIf(!hasShared)('seed pages', () => {
  const pages = hasShared ? renderSeedPages(sharedDir) : [];
  const page = (p: string) => {
    const found = pages.find((x) => x.path === p);
    if (!found) throw new Error(`no demo page ${p}`);
    return { doc: parseDoc(found.html), url: ORIGIN + p, html: found.html };
  };
  const jpostSeed = hasShared ? parseJPostSeed(seed('000_')) : null;
  const laSeed = hasShared ? parseLAPostSeed(seed('003_')) : null;
  const captions = jpostSeed ? jpostSeed.body.flatMap((b) => (b.kind === 'figure' ? [b.figure.caption, b.figure.credit] : [])) : [];

  it('renders the five demo pages, and the seed text with its mojibake as it is', () => {
    expect(pages.map((p) => p.path).sort()).toEqual(
      ['/demo/off-topic.html', '/demo/search.html', '/index.html', '/jpost/hamas-doha-office.html', '/lapost/qatar-hamas-doha.html'],
    );
    const la = page('/lapost/qatar-hamas-doha.html').html;
    expect(la).toContain('(CNN) \u0e42\u20ac\u201d'); // the broken em dash, served as the seed has it
    expect(laSeed?.popular.length).toBeGreaterThan(3);
    expect(laSeed?.prompt.length).toBe(2);
    expect(captions.length).toBe(4);
  });

  it('the gate passes both seed pages and the off-topic article, and stops the search page and the index', () => {
    expect(gatePage(page('/jpost/hamas-doha-office.html').doc, ORIGIN + '/jpost/hamas-doha-office.html').isArticle).toBe(true);
    expect(gatePage(page('/lapost/qatar-hamas-doha.html').doc, ORIGIN + '/lapost/qatar-hamas-doha.html').isArticle).toBe(true);
    expect(gatePage(page('/demo/off-topic.html').doc, ORIGIN + '/demo/off-topic.html').isArticle).toBe(true);
    const search = gatePage(page('/demo/search.html').doc, ORIGIN + '/demo/search.html');
    expect(search.isArticle).toBe(false);
    expect(search.reason).toMatch(/search|listing/);
    expect(gatePage(page('/index.html').doc, ORIGIN + '/index.html').isArticle).toBe(false);
    // Judged on its content alone (an address without hints), the search page still stops.
    expect(gatePage(page('/demo/search.html').doc, ORIGIN + '/demo/results-7').isArticle).toBe(false);
  });

  describe.each([
    ['demo markup', () => page('/lapost/qatar-hamas-doha.html')],
    ['different markup', () => (hasShared ? { ...altLAPost(sharedDir), doc: parseDoc(altLAPost(sharedDir).html) } : null)],
  ])('seed 003 (LA Post republishing CNN), %s', (_name, get) => {
    const p = get();
    const e = p ? extractArticle(p.doc, p.url) : null;
    it('outlet, original outlet, date, title, language', () => {
      expect(e?.outlet).toBe('The Los Angeles Post');
      expect(e?.originalOutlet).toBe('CNN');
      expect(e?.publishedAt).toBe('2024-11-08');
      expect(e?.title).toBe(laSeed?.headline);
      expect(e?.lang).toBe('en');
    });
    it('the body is the story: first and last paragraphs in, furniture out', () => {
      const text = e?.text ?? '';
      expect(text.startsWith(laSeed?.paragraphs[0]?.trim() ?? '?')).toBe(true);
      expect(text).toContain(laSeed?.paragraphs[laSeed.paragraphs.length - 2]?.trim() ?? '?');
      expect(text).not.toContain('Today:');
      expect(text).not.toContain('April 01, 2025');
      expect(text).not.toContain(laSeed?.dateLine ?? '?');
      for (const item of laSeed?.popular ?? []) expect(text).not.toContain(item.headline);
      for (const r of laSeed?.related ?? []) expect(text).not.toContain(r);
      for (const w of laSeed?.wire ?? []) expect(text).not.toContain(w);
      for (const l of laSeed?.prompt ?? []) expect(text).not.toContain(l);
      expect(text).not.toMatch(/contributed to this report/);
      expect(text).not.toMatch(/Share This|Related Articles|Popular/);
      expect(text.split('\n\n').length).toBe((laSeed?.paragraphs.length ?? 0) - 1);
      expect(e?.wordCount).toBeGreaterThan(400);
    });
    it('findArticleRoot returns the live container of the body, not the page', () => {
      if (!p || !e) throw new Error('no page');
      const root = findArticleRoot(p.doc, e);
      expect(root).not.toBeNull();
      expect(root?.textContent).toContain(laSeed?.paragraphs[3]?.slice(0, 60) ?? '?');
      expect(root?.textContent).not.toContain('Today:');
      expect(root?.tagName.toLowerCase()).not.toBe('body');
    });
  });

  describe.each([
    ['demo markup', () => page('/jpost/hamas-doha-office.html')],
    ['different markup', () => (hasShared ? { ...altJPost(sharedDir), doc: parseDoc(altJPost(sharedDir).html) } : null)],
  ])('seed 000 (The Jerusalem Post), %s', (_name, get) => {
    const p = get();
    const e = p ? extractArticle(p.doc, p.url) : null;
    it('outlet, date, no syndication, title', () => {
      expect(e?.outlet).toBe('The Jerusalem Post');
      expect(e?.originalOutlet).toBeNull();
      expect(e?.publishedAt).toBe('2024-11-19');
      expect(e?.title).toBe(jpostSeed?.headline);
    });
    it('no caption or credit text in the body; the story and its subheadline are there', () => {
      const text = e?.text ?? '';
      for (const c of captions) expect(text).not.toContain(c);
      expect(text).not.toMatch(/credit:/i);
      expect(text).not.toMatch(/contributed to this report/);
      expect(text).toContain(jpostSeed?.subheadline ?? '?');
      const paras = jpostSeed?.body.filter((b) => b.kind === 'p') ?? [];
      for (const b of paras) if (b.kind === 'p') expect(text).toContain(b.text.trim());
      expect(text.split('\n\n').length).toBe(paras.length + 1);
    });
    it('findArticleRoot holds the paragraphs but not the navigation', () => {
      if (!p || !e) throw new Error('no page');
      const root = findArticleRoot(p.doc, e);
      const paras = jpostSeed?.body.filter((b) => b.kind === 'p') ?? [];
      const last = paras[paras.length - 1];
      expect(root?.textContent).toContain(last?.kind === 'p' ? last.text.trim().slice(0, 50) : '?');
      expect(root?.textContent).not.toContain('Israel News');
    });
  });

  it('extraction leaves the live document untouched', () => {
    const p = page('/jpost/hamas-doha-office.html');
    const before = p.doc.documentElement.outerHTML;
    extractArticle(p.doc, p.url);
    expect(p.doc.documentElement.outerHTML).toBe(before);
  });
});
