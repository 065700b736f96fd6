/**
 * The gate's word-table URL matchers (utils/page/urlShape.ts) against the
 * case-insensitive regexes they replaced, written out here as they shipped so
 * that the comparison cannot drift with later edits. Compared on every URL of
 * the Readability pages and the 37k-article corpus (read from ../shared when
 * present), on hand-picked edge cases, and on generated paths.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_URL, DOCS_GENERATOR, DOCS_HOST, DOCS_PATH, LISTING_URL, THREAD_URL } from '../../../utils/page/lexicon';
import { anyToken } from '../../../utils/page/urlShape';

const ORACLES = {
  DOCS_GENERATOR: /\b(?:sphinx|mkdocs|docusaurus|javadoc|jsdoc|typedoc|doxygen|gitbook|vuepress|vitepress|docfx|rfcmarkup|xml2rfc|asciidoctor|mediawiki|dokuwiki|confluence|readthedocs)\b/i,
  // One alternative of the shipped regex, "fandom\.com\/wiki", could never match a host (no "/" in hosts): left out.
  DOCS_HOST: /^(?:github\.com|gitlab\.com)$|(?:^|\.)(?:wikipedia\.org|wikimedia\.org|wiktionary\.org|wikidata\.org|readthedocs\.io|readthedocs\.org|github\.io|docs\.[a-z0-9-]+\.[a-z]+|developer\.[a-z0-9-]+\.[a-z]+|developers\.[a-z0-9-]+\.[a-z]+|devdocs\.io|stackoverflow\.com|stackexchange\.com|ietf\.org|w3\.org)$/i,
  DOCS_PATH: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:docs?|documentation|manual|reference|api|apidocs|wiki|guide|guides|handbook|tutorials?|kb|knowledge-?base|help|faq)(?:\/|$)/i,
  LISTING_URL: /(?:^|\/)(?:search|find|results|tag|tags|topic|topics|category|categories|section|sections|author|authors|archive|archives|latest|page)(?:\.[a-z]{2,5})?(?:\/[^/]*)?\/?$|[?&](?:q|s|query|search|search_query|keywords?|searchterm)=/i,
  THREAD_URL: /\/(?:comments|forum|forums|thread|threads|discussion|discussions|questions|t)\/[^/]+|\/item\?id=/i,
  ARTICLE_URL: /\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2]|[a-z]{3})\/|\/(?:19|20)\d{2}-\d{2}-\d{2}\b|\/(?:article|articles|news|story|stories|world|politics|middle-east|mideast|israel-news|opinion|blog|posts?|p)\//i,
  DOCS_REL: /(?:^|\s)(?:top|contents|toc|up|chapter|section|subsection|appendix|glossary)(?:\s|$)/i,
};
const DOCS_REL = anyToken(['top', 'contents', 'toc', 'up', 'chapter', 'section', 'subsection', 'appendix', 'glossary']);

/** What the gate feeds each matcher: host; path; path + query. */
const PARTS: Record<string, (u: URL) => string> = {
  DOCS_HOST: (u) => u.hostname.toLowerCase().replace(/^www\d?\./, ''),
  DOCS_PATH: (u) => u.pathname,
  ARTICLE_URL: (u) => u.pathname,
  LISTING_URL: (u) => u.pathname + u.search,
  THREAD_URL: (u) => u.pathname + u.search,
};
const MATCHERS = { DOCS_GENERATOR, DOCS_HOST, DOCS_PATH, LISTING_URL, THREAD_URL, ARTICLE_URL } as const;

function disagreements(name: keyof typeof ORACLES, inputs: Iterable<string>): string[] {
  const oracle = ORACLES[name];
  const m = name === 'DOCS_REL' ? DOCS_REL : MATCHERS[name].pattern;
  const out: string[] = [];
  for (const s of inputs) if (oracle.test(s) !== m.test(s)) out.push(`${s} (regex ${oracle.test(s)})`);
  return out;
}

const shared = path.resolve(__dirname, '../../../../shared/data');

function realUrls(): URL[] {
  const urls: string[] = [];
  const index = path.join(shared, 'readability-pages/INDEX.csv');
  if (fs.existsSync(index)) for (const line of fs.readFileSync(index, 'utf8').split('\n')) { const u = line.split(',').pop(); if (u?.startsWith('http')) urls.push(u); }
  const corpus = path.join(shared, 'corpus/allsides-articles.jsonl.gz');
  if (fs.existsSync(corpus)) {
    for (const line of gunzipSync(fs.readFileSync(corpus)).toString('utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line) as { url?: unknown; source_url?: unknown };
      if (typeof r.url === 'string') urls.push(r.url);
      if (typeof r.source_url === 'string') urls.push(`https://${r.source_url}/`);
    }
  }
  const out: URL[] = [];
  for (const u of urls) {
    try {
      out.push(new URL(u));
    } catch {
      // not a URL
    }
  }
  return out;
}

const EDGE_PATHS = [
  '/', '', 'search', 'tag/x', '/search', '/search/', '/search?q=a', '/search?x=1', '/latest?x=1', '/tag/israel?page=2', '/demo/search.html',
  '/demo/search.tar.gz', '/search.h', '/search.abcdef', '/tag//', '/tag/a/b', '/tag/a/', '/a/TAG/b/', '/Search.HTML', '/x?S=1', '/x?&q=', '/x?qq=1',
  '/t/', '/t/?x=1', '/t/a', '/x/T/y', '/comments//', '/item?id=1', '/ITEM?ID=3', '/a?u=/comments/x',
  '/2024/11/19/slug', '/2024/11/', '/2024/11', '/2024/13/x', '/2024/00/x', '/2024/0/x', '/2024/05/x', '/2024/5/x', '/2015/JAN/03/x', '/2015/ja/03',
  '/1899/01/x', '/2024-11-19-slug', '/2024-11-19_x', '/2024-11-19', '/x2024-11-19', '/2024-1-19', '/news', '/news/', '/p/x', '/posts/x', '/Opinion/x',
  '/docs', '/docs/', '/doc', '/docs.html', '/en/docs/x', '/en-US/docs/x', '/e/docs', '/eng/docs', '/en_us/docs', '/knowledgebase/', '/knowledge-base',
  '/kb/x', 'docs/x', '/x/docs/',
];
const EDGE_HOSTS = [
  'github.com', 'gist.github.com', 'about.gitlab.com', 'en.wikipedia.org', 'wikipedia.org.evil.com', 'xwikipedia.org', 'docs.python.org',
  'eu.docs.python.org', 'docs.python.co.uk', 'docs.py-thon.org', 'docs.python.org2', 'docs.org', 'developer.mozilla.org', 'DEVELOPERS.Apple.COM',
  'w3.org', 'www.w3.org', 'tools.ietf.org', 'nytimes.com', 'readthedocs.io', 'x.github.io',
];
const EDGE_TEXT = ['Sphinx 1.2.3', 'sphinx-doc', 'Sphinxes', 'xml2rfc v3', 'MediaWiki_1', 'JSDoc', 'WordPress 6', '', 'docs', 'gitbook.', 'a_mkdocs'];
const EDGE_REL = ['top', 'Contents', 'next toc', 'stylesheet', 'up\tnext', 'uptown', 'chapter\u00a0x', '', 'canonical', ' section '];

describe('URL word tables agree with the regexes they replaced', () => {
  const urls = realUrls();

  it('on every URL of the Readability pages and the corpus', () => {
    expect(urls.length).toBeGreaterThan(0);
    for (const [name, part] of Object.entries(PARTS)) {
      const inputs = new Set(urls.map(part));
      expect(disagreements(name as keyof typeof ORACLES, inputs), name).toEqual([]);
    }
  });

  it('on edge cases', () => {
    for (const name of ['DOCS_PATH', 'ARTICLE_URL', 'LISTING_URL', 'THREAD_URL'] as const) expect(disagreements(name, EDGE_PATHS), name).toEqual([]);
    expect(disagreements('DOCS_HOST', EDGE_HOSTS)).toEqual([]);
    expect(disagreements('DOCS_GENERATOR', EDGE_TEXT)).toEqual([]);
    expect(disagreements('DOCS_REL', EDGE_REL)).toEqual([]);
  });

  it('on generated paths, hosts and texts', () => {
    const word = fc.constantFrom(
      'search', 'tag', 'page', 'docs', 'en', 'en-us', 'news', 'p', 't', 'comments', '2024', '1999', '11', '1', '13', '0', 'jan', 'ab',
      '2024-11-19', '2024-11-19-x', 'index.html', 'search.html', 'x', 'item?id=1', '?q=1', '&s=2', 'docs.python.org', 'wiki', 'top', 'up',
      'Sphinx', 'SEARCH', '', '.', '-', '_',
    );
    const joiner = fc.constantFrom('/', '/', '/', '.', '?', '&', '=', ' ', '-');
    const text = fc.array(fc.tuple(word, joiner), { maxLength: 7 }).map((parts) => parts.map(([w, j]) => w + j).join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (s, slash) => {
        const input = slash ? `/${s}` : s;
        for (const name of Object.keys(ORACLES) as (keyof typeof ORACLES)[]) expect(disagreements(name, [input]), `${name}: ${input}`).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the gate's own URL helpers agree with the regexes they replaced", () => {
  const oldFront = (p: string): boolean => {
    const segs = p.split('/').filter((s) => s && !/^index\.(?:html?|php|aspx?)$/i.test(s));
    if (segs.length === 0) return true;
    if (segs.length > 1) return false;
    const seg = (segs[0] ?? '').replace(/\.\w{2,5}$/, '');
    return seg.length <= 24 && !/[\d_-]/.test(seg);
  };
  const oldQuery = (s: string): boolean => /=[^&]*\d{4}/.test(s);
  const oldWww = (h: string): string => h.replace(/^www\d?\./, '');

  it('on generated paths, queries and hosts', async () => {
    const { isFrontPath, queryNamesStory, withoutWww } = await import('../../../utils/page/gate');
    const piece = fc.constantFrom('index.html', 'INDEX.PHP', 'index.aspx', 'index.js', 'news', 'es', 'a-b', 'a_b', 'x1', 'world.html', '.html',
      'a.b.c', 'x.toolongext', 'www', 'www2', 'www22', 'com', '2017', '201', '=', 'a', '?', '&', 'verylongsectionnamewithoutbreaks', '');
    const sep = fc.constantFrom('/', '/', '.', '&', '=', '');
    const str = fc.array(fc.tuple(piece, sep), { maxLength: 6 }).map((xs) => xs.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(str, (s) => {
        expect(isFrontPath(`/${s}`), s).toBe(oldFront(`/${s}`));
        expect(queryNamesStory(`?${s}`), s).toBe(oldQuery(`?${s}`));
        expect(withoutWww(s), s).toBe(oldWww(s));
      }),
      { numRuns: 3000 },
    );
  });
});
