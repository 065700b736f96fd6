import { describe, expect, it } from 'vitest';
import { gatePage } from '../../../utils/page';
import { pageAddress, urlVeto } from '../../../utils/page/address';

const addressVeto = (doc: Document, url: string) => pageAddress(doc, url).veto;
import { parseDoc } from './helpers';

const PROSE = [
  'The city council voted on Tuesday evening to extend the late-night bus service for another year, after a pilot that carried more riders than expected.',
  'Supporters said the service had made it easier for shift workers to get home safely, while opponents questioned whether the cost could be justified.',
  'The transport department will publish a full report on ridership in the spring, and the council said it would review the routes again at that point.',
  'Bus drivers, who had asked for more rest breaks on the longer routes, said they were pleased that the new contract included two additional stops.',
  'Residents near the depot raised concerns about noise at night, and the council promised to move the parking area farther from the houses by summer.',
  'The mayor thanked staff for running the pilot on short notice and said the city would look for a regional grant to cover part of the expense next year.',
];

function page(head: string, body: string, lang = 'en'): Document {
  return parseDoc(`<!doctype html><html lang="${lang}"><head><title>T</title>${head}</head><body>${body}</body></html>`);
}

const article = (extraHead = '') =>
  page(`<meta property="og:type" content="article">${extraHead}`, `<article><h1>Council extends night buses</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`);

describe('gatePage', () => {
  it('passes an article with og:type=article and a dated path, and names its signals', () => {
    const g = gatePage(article(), 'https://news.example.com/2024/11/19/council-extends-night-buses');
    expect(g.isArticle).toBe(true);
    expect(g.signals).toEqual(expect.arrayContaining(['og:type=article', 'article-url']));
    expect(g.reason).toMatch(/^News article/);
  });

  it('reads JSON-LD inside @graph and CDATA wrappers, and survives malformed blocks', () => {
    const ld = '<script type="application/ld+json">{ broken json</script>' +
      '<script type="application/ld+json"><![CDATA[{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"],"headline":"x"}]}]]></script>';
    const doc = page(ld, '<h1>Council extends night buses</h1><p>Short.</p>');
    const g = gatePage(doc, 'https://news.example.com/local/council-extends-night-buses');
    expect(g.signals).toContain('json-ld:NewsArticle');
    expect(g.isArticle).toBe(true);
  });

  it('passes a page without metadata when it carries enough article prose', () => {
    // Real stories run longer than these one-sentence paragraphs: two sentences each.
    const doc = page('', `<div class="story"><h1>Council extends night buses</h1>${PROSE.map((p, i) => `<p>${p} ${PROSE[(i + 1) % PROSE.length]}</p>`).join('')}</div>`);
    const g = gatePage(doc, 'http://127.0.0.1:9000/pages/7');
    expect(g.isArticle).toBe(true);
    expect(g.signals).toContain('readerable');
  });

  it('passes an old template whose story is text between <br>s (no <p>, no metadata), links inside the paragraphs', () => {
    const paras = PROSE.map((p, i) => `${i === 1 ? p.replace('service', '<a href="/bus">service</a>') : p} ${PROSE[(i + 1) % PROSE.length]}`);
    const legacy = `<table><tr><td><a href="/">Home</a><br><a href="/news">News</a></td><td><font size="5"><b>Council extends night buses</b></font><br>
      <font size="2">Posted: November 19, 2024</font><br><br><font face="Times">${paras.join('<br><br>\n')}</font></td></tr></table>`;
    const g = gatePage(page('', legacy), 'http://127.0.0.1:9000/story.php?id=77');
    expect(g.isArticle).toBe(true);
    expect(g.signals).toEqual(expect.arrayContaining(['readerable', 'text-blocks:6']));
    // The same lines cut short (an address block, a menu, a poem's short lines) are not prose.
    const short = PROSE.map((p) => p.slice(0, 100));
    const g2 = gatePage(page('', `<td><font>${short.join('<br><br>')}</font></td>`), 'http://127.0.0.1:9000/story.php?id=78');
    expect(g2.isArticle).toBe(false);
    expect(g2.signals.some((x) => x.startsWith('text-blocks'))).toBe(false);
  });

  it.each([
    ['a plain WordPress permalink', 'https://blog.example.com/?p=4182', true],
    ['a script addressed by story id', 'https://news.example.com/story.php?id=77', true],
    ['a story addressed by its query', 'https://news.example.com/hl?a=20170309-35097838', true],
    ['page 2 of the home page', 'https://news.example.com/?page=2', false],
    ['a tracked link to the home page', 'https://news.example.com/?utm_source=x&utm_campaign=2024', false],
  ])('a one-word path with a query: %s', (_kind, url, expected) => {
    expect(gatePage(article(), url).isArticle).toBe(expected);
  });

  it.each([
    ['home page', 'https://news.example.com/', /home page|section front/],
    ['section front', 'https://news.example.com/world/', /home page|section front/],
    ['search results', 'https://news.example.com/search?q=buses', /search|listing/],
    ['tag listing', 'https://news.example.com/tag/transport/', /search|listing/],
    ['encyclopedia', 'https://en.wikipedia.org/wiki/Bus', /reference|documentation/],
    ['docs path', 'https://example.org/docs/getting-started', /documentation/],
    ['discussion thread', 'https://forum.example.org/r/city/comments/abc/night_buses/', /discussion/],
  ])('stops a %s even when it declares og:type=article', (_kind, url, reason) => {
    const g = gatePage(article(), url);
    expect(g.isArticle).toBe(false);
    expect(g.reason).toMatch(reason);
  });

  it('judges a page served from elsewhere by the canonical address it declares', () => {
    const doc = article('<link rel="canonical" href="https://news.example.com/">');
    expect(gatePage(doc, 'http://127.0.0.1:9000/saved/page-1').isArticle).toBe(false);
    // On its own host the address bar wins over a canonical pointing at the home page.
    expect(gatePage(doc, 'https://news.example.com/2024/11/19/council-extends-night-buses').isArticle).toBe(true);
  });

  it('stops collection pages, MediaWiki pages, doc sets and books without any address hint', () => {
    const url = 'http://127.0.0.1:9000/pages/8';
    const prose = PROSE.map((p) => `<p>${p}</p>`).join('');
    expect(gatePage(page('<script type="application/ld+json">{"@type":"CollectionPage"}</script>', prose), url).isArticle).toBe(false);
    expect(gatePage(page('', `<div id="mw-content-text">${prose}</div>`), url).isArticle).toBe(false);
    expect(gatePage(page('<meta name="generator" content="Sphinx 7.1">', prose), url).isArticle).toBe(false);
    expect(gatePage(page('<link rel="up" href="index.html">', prose), url).isArticle).toBe(false);
    expect(gatePage(page('', `<h2>Chapter 6 - Night Buses</h2>${prose}`), url).isArticle).toBe(false);
  });

  it('the address step alone refuses by address and declared kind, and leaves prose and JSON-LD to the gate', () => {
    const url = 'http://127.0.0.1:9000/pages/8';
    const prose = PROSE.map((p) => `<p>${p}</p>`).join('');
    expect(addressVeto(page('', prose), 'https://news.example.com/search?q=buses')?.signals).toEqual(['listing-url']);
    expect(addressVeto(page('<link rel="canonical" href="https://en.wikipedia.org/wiki/Bus">', prose), url)?.signals).toEqual(['docs-host:en.wikipedia.org']);
    expect(addressVeto(page('<meta property="og:url" content="https://news.example.com/">', prose), url)?.signals).toEqual(['front-page']);
    // Attribute tokens as CSS reads them: any whitespace, any case.
    expect(addressVeto(page('<meta name="Generator\tcreator" content="MkDocs 1.5">', prose), url)?.reason).toMatch(/generator/);
    expect(addressVeto(page('<link rel="prev\nContents" href="toc.html">', prose), url)?.signals).toEqual(['docs-rel']);
    expect(addressVeto(page('', `<div id="mw-content-text">${prose}</div>`), url)?.final).toBe(true);
    // What only the gate's later steps can tell: declared kinds in JSON-LD, chapter headings, too little prose.
    expect(addressVeto(page('<script type="application/ld+json">{"@type":"CollectionPage"}</script>', prose), url)).toBeNull();
    expect(addressVeto(page('', `<h2>Chapter 6 - Night Buses</h2>${prose}`), url)).toBeNull();
    expect(addressVeto(page('', '<p>Short.</p>'), url)).toBeNull();
    expect(addressVeto(article(), 'https://news.example.com/2024/11/19/council-extends-night-buses')).toBeNull();
  });

  it("the background's address-only veto refuses what the address step refuses on a page that declares nothing", () => {
    const prose = PROSE.map((p) => `<p>${p}</p>`).join('');
    let refused = 0;
    for (const url of [
      'https://news.example.com/search?q=buses',
      'https://www.google.com/search?q=gaza',
      'https://en.wikipedia.org/wiki/Bus',
      'https://docs.example.org/docs/buses/intro',
      'https://news.example.com/',
      'https://news.example.com/world/',
      'https://forum.example.com/thread/1234-night-buses',
      'https://news.example.com/2024/11/19/council-extends-night-buses',
      'https://news.example.com/world/council-extends-night-buses?utm_source=x',
      'http://127.0.0.1:9000/pages/8',
    ]) {
      const onPage = addressVeto(page('', prose), url);
      if (onPage) refused++;
      expect(urlVeto(url)?.signals ?? null, url).toEqual(onPage?.signals ?? null);
      expect(urlVeto(url)?.reason ?? null, url).toEqual(onPage?.reason ?? null);
    }
    // The first seven are refused by both, the last three pass both.
    expect(refused).toBe(7);
    expect(urlVeto('https://news.example.com/2024/11/19/council-extends-night-buses')).toBeNull();
    expect(urlVeto('https://www.google.com/search?q=gaza')?.signals).toEqual(['listing-url']);
    // What it cannot see: the address a page declares, its generator, its book links.
    expect(urlVeto('http://127.0.0.1:9000/pages/8')).toBeNull();
    expect(urlVeto('not a url')).toBeNull();
  });

  it('stops a link-heavy page with little prose', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Headline number ${i} about the city and its buses</a></li>`).join('');
    const g = gatePage(page('', `<h1>Latest</h1><ul>${links}</ul><p>All stories.</p>`), 'http://127.0.0.1:9000/pages/9');
    expect(g.isArticle).toBe(false);
  });

  it('does not modify the document', () => {
    const doc = article();
    const before = doc.documentElement.outerHTML;
    gatePage(doc, 'https://news.example.com/2024/11/19/x-y-z');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
