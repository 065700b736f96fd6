import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/page';
import { toIsoDay } from '../../../utils/page/dom';
import { cleanByline } from '../../../utils/page/metadata';
import { findArticleRoot, findHeadline } from '../../../utils/page/root';
import { collectBlocks } from '../../../utils/page/body';
import { parseDoc } from './helpers';

const P = [
  'The council voted on Tuesday to extend the late-night bus service for another year, after a pilot that carried more riders than expected over the summer.',
  'Supporters said the service had made it easier for shift workers to get home safely, while opponents questioned whether the cost could be justified.',
  'The transport department will publish a full report on ridership in the spring, and the council said it would review the routes again at that point.',
  'Bus drivers said they were pleased that the new contract included two additional rest stops on the longest routes, which run past the airport.',
];

function html(opts: { head?: string; beforeH1?: string; afterH1?: string; lead?: string; tail?: string }): string {
  return `<!doctype html><html lang="en"><head><title>Council extends night buses | Example Courier</title>${opts.head ?? ''}</head><body>
<header>${opts.beforeH1 ?? ''}</header><main><article><h1>Council extends night buses</h1>${opts.afterH1 ?? ''}
<div class="body">${opts.lead ?? ''}${P.map((p) => `<p>${p}</p>`).join('')}${opts.tail ?? ''}</div></article></main></body></html>`;
}

const run = (h: string, url = 'https://courier.example.com/local/council-extends-night-buses') => extractArticle(parseDoc(h), url);

describe('toIsoDay', () => {
  it.each([
    ['2015-07-24T05:36:09+01:00', '2015-07-24'],
    ['2017-11-03 03:01:00.000000', '2017-11-03'],
    ['November 08, 2024', '2024-11-08'],
    ['Nov. 8, 2024, 10:14 AM', '2024-11-08'],
    ['19 November 2024', '2024-11-19'],
    ['NOVEMBER 19, 2024 14:32', '2024-11-19'],
    ['2024/11/08', '2024-11-08'],
    ['11/08/2024', null],
    ['not a date', null],
    ['2024-13-45', null],
  ])('%s → %s', (s, want) => expect(toIsoDay(s)).toBe(want));
});

describe('extractArticle: dates', () => {
  it('takes the date line under the headline, not the header clock before it', () => {
    const e = run(html({ beforeH1: '<div>Today: April 01, 2025</div>', afterH1: '<div class="meta">November 08, 2024</div>' }));
    expect(e.publishedAt).toBe('2024-11-08');
  });
  it('never takes a photo-caption date, even one that comes first', () => {
    const fig = '<figure><img src="a.jpg"><figcaption>The minister speaks in Doha, Qatar, April 23, 2024.</figcaption></figure>';
    expect(run(html({ afterH1: `${fig}<div>NOVEMBER 19, 2024 14:32</div>` })).publishedAt).toBe('2024-11-19');
    expect(run(html({ afterH1: fig })).publishedAt).toBeNull();
    expect(run(html({ afterH1: '<p class="caption">Doha, April 23, 2024</p>' })).publishedAt).toBeNull();
  });
  it('a clock line after the headline is skipped too', () => {
    expect(run(html({ afterH1: '<div>Today: April 01, 2025</div>' })).publishedAt).toBeNull();
  });
  it('machine-readable dates come first', () => {
    const e = run(html({ head: '<meta property="article:published_time" content="2024-11-08T09:15:00-08:00">', afterH1: '<div>November 09, 2024</div>' }));
    expect(e.publishedAt).toBe('2024-11-08');
  });
});

describe('extractArticle: outlet and syndication', () => {
  it('outlet from the <title> suffix when nothing else names it', () => {
    expect(run(html({})).outlet).toBe('Example Courier');
  });
  it('og:site_name wins and is normalized', () => {
    expect(run(html({ head: '<meta property="og:site_name" content="The Jerusalem Post | JPost.com">' })).outlet).toBe('The Jerusalem Post');
  });
  it.each([
    ['WASHINGTON (Reuters) - ', 'Reuters'],
    ['GAZA CITY (AP) — ', 'AP'],
    ['(CNN) — ', 'CNN'],
    ['Doha, Qatar (AFP) - ', 'AFP'],
  ])('wire dateline %s → %s', (prefix, wire) => {
    const e = run(html({ lead: `<p>${prefix}Officials said the talks had stalled again on Monday, and that a new round was not yet planned.</p>` }));
    expect(e.originalOutlet).toBe(wire);
    expect(e.text.startsWith(prefix.trim())).toBe(true);
  });
  it('no syndication on the wire’s own site, or when a story only quotes the outlet', () => {
    const lead = '<p>WASHINGTON (Reuters) - Officials said the talks had stalled again on Monday, and that a new round was not yet planned.</p>';
    expect(run(html({ lead }), 'https://www.reuters.com/world/talks-stall-2024-11-19/').originalOutlet).toBeNull();
    const quote = '<p>A senior official told CNN on Monday that the talks had stalled again, and that a new round was not planned.</p>';
    expect(run(html({ lead: quote })).originalOutlet).toBeNull();
  });
  it('a wire trailer line marks syndicated copy and stays out of the body', () => {
    const e = run(html({ tail: '<p>Copyright 2024 The Associated Press. All rights reserved.</p>' }));
    expect(e.originalOutlet).toBe('AP');
    expect(e.text).not.toMatch(/Associated Press/);
  });
});

describe('extractArticle: body furniture', () => {
  it('drops bylines, contributor, credit, share and copyright lines but keeps the story', () => {
    const e = run(html({
      afterH1: '<p class="byline">By Jane Doe</p>',
      tail: '<p>(photo credit: John Roe/Reuters)</p><p>Jane Doe and John Roe contributed to this report.</p><p>Share This</p><p>© 2024 Example Courier</p>',
    }));
    expect(e.byline).toBe('Jane Doe');
    expect(e.text.split('\n\n')).toEqual(P);
    expect(e.wordCount).toBeGreaterThan(80);
  });
  it('cuts at a related heading after the story, but not at one before any prose', () => {
    const related = '<p>Related Articles</p><p>Another headline about something</p><p>Yet another headline here</p>';
    expect(run(html({ tail: related })).text.split('\n\n')).toEqual(P);
    const early = run(html({ lead: '<p>Related</p>' }));
    expect(early.text).toContain(P[3]);
  });
  it('a heading that looks like a related box but is followed by story prose only drops the heading', () => {
    const mid = '<p>More from the council</p>';
    const e = run(html({ lead: `<p>${P[0]} ${P[1]}</p>`, tail: `${mid}<p>${P[2]} ${P[3]}</p>` }));
    expect(e.text).toContain(`${P[2]} ${P[3]}`);
    expect(e.text).not.toContain('More from the council');
  });
  it('print-edition notes and punctuation-only fragments stay out', () => {
    const e = run(html({ tail: '<p>A version of this article appears in print on Feb. 22, 2019, on Page A20 of the New York edition</p><p>with the headline:</p><p>.</p>' }));
    expect(e.text.split('\n\n')).toEqual(P);
  });
  it('a republication note names the original outlet', () => {
    const e = run(html({ tail: '<p><em>This article originally appeared on <a href="#">The Atlantic</a>.</em></p>' }));
    expect(e.originalOutlet).toBe('The Atlantic');
    expect(e.text).not.toMatch(/originally appeared/);
  });
  it('keeps a sentence that merely mentions a photo, a copyright or a date', () => {
    const s = 'The court said on November 8, 2024 that the copyright claim over the photo had no basis, and dismissed it.';
    expect(run(html({ tail: `<p>${s}</p>` })).text).toContain(s);
  });
});

describe('extractArticle: old templates (a table cell of <font> text between <br>s, no <h1>, no metadata)', () => {
  const legacy = `<!doctype html><html><head><title>Council extends night buses - Example Courier</title></head><body>
<table><tr><td><a href="/">Home</a><br><a href="/news">News</a><br><a href="/sports">Sports</a></td>
<td><font size="5"><b>Council extends night buses</b></font><br><font size="2">Posted: November 19, 2024</font><br><br>
<font face="Times">${P.map((p, i) => (i === 1 ? p.replace('shift workers', '<a href="/w">shift workers</a>') : p)).join('<br><br>\n')}</font><br><br>
<font size="1">© 2024 Example Courier</font></td></tr></table></body></html>`;

  it('keeps each paragraph apart, the date line and the menu out of the body, and reads the date from its <font>', () => {
    const e = run(legacy, 'https://courier.example.com/story.php?id=77');
    expect(e.text.split('\n\n')).toEqual(P);
    expect(e.publishedAt).toBe('2024-11-19');
    expect(e.outlet).toBe('Example Courier');
  });

  it('finds the live container of bare-text paragraphs, and the headline printed in <b>', () => {
    const doc = parseDoc(legacy);
    const e = extractArticle(doc, 'https://courier.example.com/story.php?id=77');
    const root = findArticleRoot(doc, e);
    expect(root?.getAttribute('face')).toBe('Times');
    expect(findHeadline(doc, e.title)?.tagName.toLowerCase()).toBe('b');
    // With an <h1> the <h1> is the headline; without a matching element there is none.
    expect(findHeadline(parseDoc('<body><p>Something else entirely, at length.</p></body>'), e.title)).toBeNull();
    expect(findHeadline(parseDoc(html({})), 'Council extends night buses')?.tagName.toLowerCase()).toBe('h1');
  });
});

describe('collectBlocks: custom elements and link-only lines', () => {
  it('a custom element set between blocks is a paragraph; one inside a sentence is not', () => {
    const doc = parseDoc(`<div id="r"><news-paragraph>${P[0]}</news-paragraph>\n<news-paragraph>${P[1]!.replace('shift workers', 'shift <x-term>workers</x-term>')}</news-paragraph></div>`);
    expect(collectBlocks(doc.getElementById('r')!)).toEqual([P[0], P[1]]);
  });

  it('drops short lines that are links alone, keeps a line with text of its own and long link text', () => {
    const long = 'A linked sentence that runs long enough to be a paragraph of the story itself.';
    const doc = parseDoc(`<div id="r"><div><a href="/">Home</a></div><p>Read more: <a href="/x">Buses</a></p><p><a href="/y">${long}</a></p></div>`);
    expect(collectBlocks(doc.getElementById('r')!)).toEqual(['Read more: Buses', long]);
    // Wire trailers are looked for among all lines, links included.
    expect(collectBlocks(doc.getElementById('r')!, false)).toContain('Home');
  });
});

describe('collectBlocks: line breaks', () => {
  const block = (inner: string) => collectBlocks(parseDoc(`<div id="r">${inner}</div>`).getElementById('r')!);

  it('a single <br> inside a sentence is a wrapped line: the sentence stays whole', () => {
    expect(block('<p>Qatar agreed, a senior<br>administration official said on Monday, adding that the<br>decision followed pressure.</p>')).toEqual([
      'Qatar agreed, a senior administration official said on Monday, adding that the decision followed pressure.',
    ]);
    expect(block('<p>Talks resume this week,<br>According to the schedule seen by reporters.</p>')).toEqual([
      'Talks resume this week, According to the schedule seen by reporters.',
    ]);
  });

  it('inside a <p>, a long line ending in a lower-case word runs on into a capitalized one', () => {
    expect(block('<p>"It has no basis and is merely a pressure tactic," the<br>Hamas official told reporters.</p>')).toEqual([
      '"It has no basis and is merely a pressure tactic," the Hamas official told reporters.',
    ]);
    expect(block('<p><b>Task scheduling</b><br>Clients can schedule tasks.</p>')).toEqual(['Task scheduling', 'Clients can schedule tasks.']);
  });

  it('long wrapped lines stay one paragraph even where a line ends a sentence; a copyright line after them does not join', () => {
    const l1 = 'Negotiators met for six hours on Monday, a senior official told reporters.';
    const l2 = '"After rejecting the proposal, its leaders are no longer welcome," he added.';
    expect(block(`<p>${l1}<br>${l2}<br>© 2024 Example News Network, Inc. All rights reserved.</p>`)).toEqual([`${l1} ${l2}`, '© 2024 Example News Network, Inc. All rights reserved.']);
  });

  it('a <br> after a sentence, before a capital, after a short label, or two in a row still break', () => {
    expect(block('<p>The talks failed.<br>negotiators left.</p>')).toEqual(['The talks failed.', 'negotiators left.']);
    expect(block('<p>By Jane Roe<br>Reuters staff</p>')).toEqual(['By Jane Roe', 'Reuters staff']);
    expect(block('<p>the first line goes on<br><br>and this is another paragraph</p>')).toEqual(['the first line goes on', 'and this is another paragraph']);
    expect(block('<pre>int x<br>y = 2</pre>')).toEqual(['int x', 'y = 2']);
  });
});

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['GILLIAN MOHNEY March 11, 2015 3:46 PM', 'GILLIAN MOHNEY'],
    ['Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['Last Updated: January 7, 2025', null],
    ['https://www.facebook.com/someone', null],
    ['', null],
  ])('%s → %s', (raw, want) => expect(cleanByline(raw)).toBe(want));
});
