/**
 * Demo pages for the local demo site: the two seed articles rendered as news
 * pages of their outlets, an index, an off-topic article and a search page.
 *
 * The seed texts are read from `${sharedDir}/seeds/` at run time and parsed by
 * their structure (title line, blank-line blocks, caption/credit lines,
 * boilerplate markers); no publisher text is stored in the repository. The
 * mojibake of the syndicated seed is served as it is (UTF-8 page), because the
 * extension must cope with it on real sites.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface DemoPage {
  path: string;
  html: string;
  title: string;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function readSeed(sharedDir: string, prefix: string): string {
  const dir = path.join(sharedDir, 'seeds');
  const file = fs.readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`seed ${prefix}* not found in ${dir}`);
  return fs.readFileSync(path.join(dir, file), 'utf8').replace(/\r\n/g, '\n');
}

/** Blocks separated by blank lines; each block is its list of lines (right-trimmed of the newline only). */
export function blocksOf(text: string): string[][] {
  return text
    .split(/\n[ \t]*\n/)
    .map((b) => b.split('\n').filter((l) => l.trim() !== ''))
    .filter((b) => b.length > 0);
}

/** A caption line's trailing credit: "(photo credit: X)" / "(credit: X)". */
const CREDIT = /\s*(\((?:photo |image )?credit:[^)]*\))\s*$/i;
const CONTRIBUTOR = /contributed to this report\.?\s*$/i;
const MONTH_DATE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/;
const CLOCK = /^Today:\s/;
const WIRE_SLUG = /^The-[A-Za-z]+-Wire$/;
const TAG_LINE = /^[A-Z][A-Za-z]+(?:\|[A-Z][A-Za-z]+)*$/;

export interface Figure {
  caption: string;
  credit: string;
}

export interface JPostSeed {
  headline: string;
  subheadline: string;
  /** Body in order: paragraphs and figures. */
  body: ({ kind: 'p'; text: string } | { kind: 'figure'; figure: Figure })[];
  contributor: string | null;
}

/** Seed 000 layout: headline, subheadline, then paragraphs, caption blocks (caption + credit lines) and a contributor line. */
export function parseJPostSeed(text: string): JPostSeed {
  const blocks = blocksOf(text);
  const [head, sub, ...rest] = blocks;
  const out: JPostSeed = { headline: (head ?? []).join(' ').trim(), subheadline: (sub ?? []).join(' ').trim(), body: [], contributor: null };
  for (const b of rest) {
    const creditLine = b.find((l) => CREDIT.test(l));
    if (creditLine) {
      // The caption is the line without the credit; the credit its parenthetical.
      const credit = CREDIT.exec(creditLine)?.[1] ?? '';
      const captionLine = b.map((l) => l.trim()).find((l) => !CREDIT.test(l)) ?? creditLine.replace(CREDIT, '').trim();
      out.body.push({ kind: 'figure', figure: { caption: captionLine.trim(), credit } });
      continue;
    }
    const para = b.join(' ');
    if (CONTRIBUTOR.test(para)) out.contributor = para.trim();
    else out.body.push({ kind: 'p', text: para });
  }
  return out;
}

export interface LAPostSeed {
  site: string;
  nav: string[];
  clock: string;
  headline: string;
  dateLine: string;
  paragraphs: string[];
  wire: string[];
  related: string[];
  share: string | null;
  popular: { tags: string; headline: string }[];
  popularSections: string[];
  prompt: string[];
}

/**
 * Seed 003 layout: a header block (site, nav, clock lines), the headline and a
 * date line, body paragraphs up to a wire slug block, then "Related Articles",
 * a "Share" line, a "Popular" list (tag line + doubled headline) and a trailing
 * prompt (single lines after the list).
 */
export function parseLAPostSeed(text: string): LAPostSeed {
  const blocks = blocksOf(text);
  const header = blocks.shift() ?? [];
  const out: LAPostSeed = {
    site: header[0]?.trim() ?? '', nav: (header[1] ?? '').trim().split(/\s+/), clock: header.find((l) => CLOCK.test(l))?.trim() ?? '',
    headline: '', dateLine: '', paragraphs: [], wire: [], related: [], share: null, popular: [], popularSections: [], prompt: [],
  };
  // Headline blocks until the date line.
  while (blocks.length) {
    const b = blocks.shift() ?? [];
    out.headline ||= b[0]?.trim() ?? '';
    const date = b.find((l) => MONTH_DATE.test(l.trim()));
    if (date) {
      out.dateLine = date.trim();
      break;
    }
  }
  while (blocks.length && !WIRE_SLUG.test(blocks[0]?.[0]?.trim() ?? '')) out.paragraphs.push((blocks.shift() ?? []).join(' '));
  out.wire = (blocks.shift() ?? []).map((l) => l.trim());
  // Everything after: a flat list of lines, read as sections by their heading lines.
  const lines = blocks.flat().map((l) => l.trim());
  let i = 0;
  if (/^related/i.test(lines[i] ?? '')) {
    i++;
    while (i < lines.length && !/^share/i.test(lines[i] ?? '') && !/^popular$/i.test(lines[i] ?? '')) out.related.push(lines[i++] ?? '');
  }
  if (/^share/i.test(lines[i] ?? '')) out.share = lines[i++] ?? null;
  if (/^popular$/i.test(lines[i] ?? '')) i++;
  let tags = '';
  while (i < lines.length) {
    const l = lines[i] ?? '';
    if (TAG_LINE.test(l)) {
      // A tag line directly followed by another tag line is a section label.
      if (TAG_LINE.test(lines[i + 1] ?? '')) out.popularSections.push(l);
      else tags = l;
      i++;
    } else if (lines[i + 1] === l) {
      out.popular.push({ tags, headline: l });
      i += 2;
    } else {
      out.prompt.push(l);
      i++;
    }
  }
  return out;
}

const SHELL_CSS = `body{margin:0;font-family:Georgia,serif;color:#222;background:#fff}a{color:#0b4f8a}
header.site{border-bottom:3px solid #0b4f8a;padding:12px 24px}nav ul{list-style:none;display:flex;gap:16px;margin:8px 0 0;padding:0}
main{max-width:760px;margin:24px auto;padding:0 16px}figure{margin:24px 0}figure img{width:100%;height:auto;background:#ccd}
figcaption{font-size:.85em;color:#555}aside,footer{font-family:Arial,sans-serif;font-size:.9em}footer{border-top:1px solid #ccc;padding:16px 24px;margin-top:32px}`;

/** A grey placeholder image (no third-party pictures are shipped). */
const PLACEHOLDER = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"><rect width="800" height="450" fill="#ccd"/></svg>');

function renderJPost(seed: JPostSeed, pagePath: string): DemoPage {
  const title = seed.headline;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: seed.headline,
    description: seed.subheadline,
    datePublished: '2024-11-19T14:32:00+02:00',
    dateModified: '2024-11-19T15:05:00+02:00',
    author: [{ '@type': 'Person', name: 'Jerusalem Post Staff' }],
    publisher: { '@type': 'Organization', name: 'The Jerusalem Post', logo: { '@type': 'ImageObject', url: '/logo.png' } },
    mainEntityOfPage: `https://www.jpost.com${pagePath}`,
  };
  const body = seed.body
    .map((b) =>
      b.kind === 'p'
        ? `        <p>${esc(b.text)}</p>`
        : `        <figure class="article-image">
          <img src="${PLACEHOLDER}" alt="${esc(b.figure.caption)}" width="800" height="450">
          <figcaption><span class="image-caption">${esc(b.figure.caption)}</span> <span class="image-credit">${esc(b.figure.credit)}</span></figcaption>
        </figure>`,
    )
    .join('\n');
  const html = `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <title>${esc(title)} - The Jerusalem Post</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="${esc(seed.subheadline)}">
  <meta property="og:site_name" content="The Jerusalem Post | JPost.com">
  <meta property="og:type" content="article">
  <meta property="og:title" content="${esc(title)}">
  <meta property="og:description" content="${esc(seed.subheadline)}">
  <meta property="og:locale" content="en_US">
  <link rel="canonical" href="https://www.jpost.com${esc(pagePath)}">
  <script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>
  <style>${SHELL_CSS}</style>
</head>
<body>
  <header class="site">
    <a class="logo" href="/index.html">The Jerusalem Post</a>
    <nav aria-label="Sections"><ul><li><a href="#">Israel News</a></li><li><a href="#">Middle East</a></li><li><a href="#">Israel-Hamas War</a></li><li><a href="#">Opinion</a></li><li><a href="#">Business</a></li></ul></nav>
    <div class="breaking-ticker">Breaking news: follow live updates</div>
  </header>
  <main>
    <article class="article-page">
      <div class="article-header">
        <div class="breadcrumbs"><a href="#">Middle East</a></div>
        <h1 class="article-title">${esc(seed.headline)}</h1>
        <h2 class="article-subtitle">${esc(seed.subheadline)}</h2>
        <div class="article-meta">
          <span class="author-name">By JERUSALEM POST STAFF</span>
          <time class="publish-date" datetime="2024-11-19T14:32:00+02:00">NOVEMBER 19, 2024 14:32</time>
        </div>
      </div>
      <div class="article-inner-content">
${body}
${seed.contributor ? `        <p>${esc(seed.contributor)}</p>` : ''}
      </div>
      <div class="share-bar"><span>Share</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
    </article>
    <aside class="related-articles">
      <h3>Related Articles</h3>
      <ul>
        <li><a href="/demo/off-topic.html">Storm brings first snow of the season to the hills</a></li>
        <li><a href="/index.html">More from the Middle East desk</a></li>
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>Copyright © 2024 Jpost Inc. All rights reserved.</p>
    <p><a href="#">Terms of Use</a> · <a href="#">Privacy Policy</a></p>
  </footer>
</body>
</html>
`;
  return { path: pagePath, html, title };
}

function renderLAPost(seed: LAPostSeed, pagePath: string): DemoPage {
  const title = seed.headline;
  const navItems = seed.nav.map((n) => `<li><a href="#">${esc(n)}</a></li>`).join('');
  const paragraphs = seed.paragraphs.map((p) => `          <p>${esc(p)}</p>`).join('\n');
  const wire = seed.wire.map((w) => `          <p>${esc(w)}</p>`).join('\n');
  const related = seed.related.map((r) => `<li><a href="#">${esc(r)}</a></li>`).join('');
  const popularItems: string[] = [];
  let sectionIdx = 0;
  seed.popular.forEach((p, i) => {
    // The section labels sit between the items, as on the crawled page.
    if (i === Math.floor(seed.popular.length / 2) && seed.popularSections[sectionIdx]) {
      popularItems.push(`<h4 class="popular-section">${esc(seed.popularSections[sectionIdx++] ?? '')}</h4>`);
    }
    popularItems.push(`<div class="popular-item"><div class="post-categories">${esc(p.tags)}</div><h5 class="popular-title"><a href="#">${esc(p.headline)}</a></h5><a class="popular-link" href="#">${esc(p.headline)}</a></div>`);
  });
  const prompt = seed.prompt
    .map((l) => {
      const m = /^(.*\?)\s*(Sign In)$/.exec(l);
      return m ? `<p>${esc(m[1] ?? '')} <a href="#">${esc(m[2] ?? '')}</a></p>` : `<p class="paywall-title">${esc(l)}</p>`;
    })
    .join('');
  const html = `<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <title>${esc(title)} - ${esc(seed.site)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:site_name" content="${esc(seed.site)}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="${esc(title)}">
  <meta property="og:locale" content="en_US">
  <meta property="article:published_time" content="2024-11-08T09:15:00-08:00">
  <meta property="article:section" content="World">
  <meta property="article:tag" content="MidEast">
  <link rel="canonical" href="https://thelosangelespost.com${esc(pagePath)}">
  <style>${SHELL_CSS}</style>
</head>
<body class="single-post">
  <header class="site">
    <div class="site-title"><a href="/index.html">${esc(seed.site)}</a></div>
    <nav class="main-menu"><ul>${navItems}</ul></nav>
    <div class="top-bar"><span class="current-date">${esc(seed.clock)}</span></div>
    <div class="mobile-bar"><span class="current-date">${esc(seed.clock)}</span></div>
  </header>
  <main>
    <div class="page-header"><span class="page-title">${esc(seed.headline)}</span></div>
    <article class="post">
      <h1 class="entry-title">${esc(seed.headline)}</h1>
      <div class="entry-meta"><span class="posted-on">${esc(seed.dateLine)}</span></div>
      <div class="entry-content">
${paragraphs}
${wire}
      </div>
    </article>
    <section class="related-posts">
      <h3>Related Articles</h3>
      <ul>${related}</ul>
    </section>
    <div class="share-this"><span>${esc(seed.share ?? 'Share This')}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
    <aside class="sidebar widget-popular">
      <h3>Popular</h3>
      ${popularItems.join('\n      ')}
    </aside>
    <div class="paywall-prompt">${prompt}</div>
  </main>
  <footer class="site-footer"><p>© 2025 ${esc(seed.site)}</p></footer>
</body>
</html>
`;
  return { path: pagePath, html, title };
}

function shell(title: string, head: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${esc(title)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
${head}
  <style>${SHELL_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Our own off-topic article (local weather), written for the demo. */
function renderOffTopic(): DemoPage {
  const title = 'Storm brings first snow of the season to the hills';
  const paragraphs = [
    'A cold front swept across the region overnight, leaving the first snow of the season on the hills above the valley and closing two mountain roads for several hours on Saturday morning.',
    'Road crews began clearing the upper pass before dawn, and the county transport office said both roads had reopened by noon, although drivers were asked to carry chains until Monday.',
    'The weather service recorded eleven centimetres of snow at the ridge station and steady rain in the valley, where the river rose but stayed well below the flood mark.',
    'Schools will open as usual on Monday. Forecasters expect clear skies and a hard frost on Sunday night, followed by a milder week with temperatures climbing back toward the seasonal average.',
    'Ski clubs in the area welcomed the early snow but said it was too thin for the lifts to open. Most resorts plan to start their season in the second week of December, as in previous years.',
  ];
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: '2024-11-23T08:00:00+01:00', publisher: { '@type': 'Organization', name: 'Valley Courier' } };
  const head = `  <meta property="og:site_name" content="Valley Courier">
  <meta property="og:type" content="article">
  <meta property="og:title" content="${esc(title)}">
  <meta property="article:published_time" content="2024-11-23T08:00:00+01:00">
  <script type="application/ld+json">${JSON.stringify(ld)}</script>`;
  const body = `  <header class="site"><a href="/index.html">Valley Courier</a><nav><ul><li><a href="#">Local</a></li><li><a href="#">Weather</a></li><li><a href="#">Sport</a></li></ul></nav></header>
  <main>
    <article>
      <h1>${esc(title)}</h1>
      <p class="byline">By Demo Desk</p>
      <time datetime="2024-11-23T08:00:00+01:00">November 23, 2024</time>
${paragraphs.map((p) => `      <p>${esc(p)}</p>`).join('\n')}
    </article>
  </main>
  <footer><p>© 2024 Valley Courier (demo page written for Second Source)</p></footer>`;
  return { path: '/demo/off-topic.html', html: shell(`${title} | Valley Courier`, head, body), title };
}

/** A search results listing: many short linked headlines, no article prose. */
function renderSearch(links: { href: string; title: string }[]): DemoPage {
  const title = 'Search results for "doha" - Valley Courier';
  const items = links
    .concat(Array.from({ length: 8 }, (_, i) => ({ href: '#', title: `Result ${i + 1}: council meeting notes and local notices` })))
    .map((l) => `      <li class="search-result"><h3><a href="${esc(l.href)}">${esc(l.title)}</a></h3><span class="snippet">Matched in title</span></li>`)
    .join('\n');
  const head = '  <meta property="og:type" content="website">\n  <meta name="robots" content="noindex">';
  const body = `  <header class="site"><a href="/index.html">Valley Courier</a>
    <form role="search" action="/demo/search.html"><input type="search" name="q" value="doha"><button>Search</button></form></header>
  <main>
    <h1>Search results</h1>
    <p>${links.length + 8} results for “doha”.</p>
    <ol class="search-results">
${items}
    </ol>
    <nav class="pagination"><a href="#">1</a> <a href="#">2</a> <a href="#">Next</a></nav>
  </main>`;
  return { path: '/demo/search.html', html: shell(title, head, body), title };
}

function renderIndex(pages: DemoPage[]): DemoPage {
  const title = 'Second Source demo site';
  const body = `  <main>
    <h1>${esc(title)}</h1>
    <p>Pages served from 127.0.0.1 for trying the extension. The two seed articles are rendered at run time from the shared seed texts.</p>
    <ul>
${pages.map((p) => `      <li><a href="${esc(p.path)}">${esc(p.title)}</a> <code>${esc(p.path)}</code></li>`).join('\n')}
    </ul>
  </main>`;
  return { path: '/index.html', html: shell(title, '  <meta property="og:type" content="website">', body), title };
}

/** All demo pages: the two seed pages, an off-topic article, a search page and the index. */
export function renderSeedPages(sharedDir: string): DemoPage[] {
  const jpost = renderJPost(parseJPostSeed(readSeed(sharedDir, '000_')), '/jpost/hamas-doha-office.html');
  const lapost = renderLAPost(parseLAPostSeed(readSeed(sharedDir, '003_')), '/lapost/qatar-hamas-doha.html');
  const offTopic = renderOffTopic();
  const search = renderSearch([jpost, lapost].map((p) => ({ href: p.path, title: p.title })));
  const pages = [jpost, lapost, offTopic, search];
  return [...pages, renderIndex(pages)];
}
