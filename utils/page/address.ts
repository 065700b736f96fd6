/**
 * The gate's first step, in every page the gate script runs in: refusals that need
 * neither the page's prose nor its JSON-LD. The page's address (and the one it
 * declares), a wiki or documentation generator, a book's link structure. A
 * refusal here is final: late content cannot make a search page an article.
 *
 * Written without regular expressions: this runs once in a fresh isolated
 * world per page, where compiling each expression on first use was about half
 * of its cost (see WordEntry in ./lexicon.ts). Never mutates `doc`.
 */
import type { GateResult } from '../types';
import { DOCS_GENERATOR, DOCS_HOST, DOCS_PATH, isWordRun, LISTING_URL, THREAD_URL } from './lexicon';

export interface UrlParts {
  host: string;
  path: string;
  search: string;
}

/** Host without "www." or "www2.", path and query of a URL; null when it does not parse. */
export function parseUrl(url: string | null | undefined): UrlParts | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  let host = u.hostname.toLowerCase();
  if (host.startsWith('www.')) host = host.slice(4);
  else if (host.startsWith('www') && host[4] === '.' && host.charCodeAt(3) >= 48 && host.charCodeAt(3) <= 57) host = host.slice(5);
  return { host, path: u.pathname, search: u.search };
}

const INDEX_FILES: ReadonlySet<string> = new Set(['index.htm', 'index.html', 'index.php', 'index.asp', 'index.aspx']);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** `seg` without a final ".ext" of 2–5 word characters ("world.html" → "world"). */
function withoutExtension(seg: string): string {
  const dot = seg.lastIndexOf('.');
  const ext = dot < 0 ? '' : seg.slice(dot + 1);
  return ext.length >= 2 && ext.length <= 5 && isWordRun(ext) ? seg.slice(0, dot) : seg;
}

/** Home page or a section front: "/", "/index.html", "/es/", "/news/" (one short word, no slug). */
export function isFrontPath(path: string): boolean {
  const segs = path.split('/').filter((s) => s && !INDEX_FILES.has(s.toLowerCase()));
  if (segs.length === 0) return true;
  if (segs.length > 1) return false;
  // A slug (hyphens, underscores) or an id (digits) names one story; a bare word names a section.
  const seg = withoutExtension(segs[0]!);
  if (seg.length > 24) return false;
  for (let i = 0; i < seg.length; i++) {
    const c = seg.charCodeAt(i);
    if (isDigit(c) || c === 45 /* - */ || c === 95 /* _ */) return false;
  }
  return true;
}

/** Query parameters that page, sort, localize or track a page rather than pick a story. */
const NON_STORY_PARAMS: ReadonlySet<string> = new Set([
  'page', 'paged', 'pg', 'start', 'offset', 'limit', 'per_page', 'perpage', 'sort', 'order', 'view', 'lang', 'hl', 'locale',
  'ref', 'src', 'source', 'from', 'amp', 'output', 'format', 'fbclid', 'gclid',
]);
/** Tracking parameter families: "utm_source", "mc_cid". */
const NON_STORY_PREFIXES = ['utm_', 'mc_'];

function nonStoryParam(key: string): boolean {
  const k = key.toLowerCase();
  if (NON_STORY_PARAMS.has(k)) return true;
  return NON_STORY_PREFIXES.some((p) => k.startsWith(p) && isWordRun(k.slice(p.length)));
}

/**
 * Whether a query picks one story out of a one-word path: "/story.php?id=77",
 * WordPress's "/?p=123", "/hl?a=20170309-35097838" (a parameter whose value
 * carries digits), not "/?page=2" or "/?utm_source=x".
 */
export function storyQuery(search: string): boolean {
  if (search.length < 3) return false;
  for (const pair of search.slice(1).split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const value = pair.slice(eq + 1);
    let digit = false;
    for (let i = 0; i < value.length && !digit; i++) digit = isDigit(value.charCodeAt(i));
    if (digit && !nonStoryParam(pair.slice(0, eq))) return true;
  }
  return false;
}

/** rel values used by documentation sets and books to link their structure. */
const DOCS_RELS = ['top', 'contents', 'toc', 'up', 'chapter', 'section', 'subsection', 'appendix', 'glossary'];
/** MediaWiki's own element ids: any wiki built on it (Wikipedia, Fandom wikis, ...). */
const MEDIAWIKI_IDS = ['mw-content-text', 'mw-navigation', 'mw-panel'];
const META_ATTRS = ['property', 'name', 'itemprop', 'http-equiv'];
const metaSelector = (key: string): string => META_ATTRS.map((a) => `meta[${a}~="${key}" i]`).join(', ');

/**
 * Everything the address step reads from the page, in one selector walked by
 * the browser: the declared URL (canonical link, og:url), the generator and
 * creator, documentation-set links and MediaWiki's ids.
 */
const ADDRESS_SELECTOR = [
  'link[rel~="canonical" i]', metaSelector('og:url'), metaSelector('generator'), metaSelector('creator'),
  ...DOCS_RELS.map((r) => `link[rel~="${r}" i]`), ...MEDIAWIKI_IDS.map((id) => `#${id}`),
].join(', ');

interface AddressFacts {
  canonical: string | null;
  ogUrl: string | null;
  generator: string;
  docsRel: boolean;
  mediawiki: boolean;
}

/** Whitespace-separated tokens, as CSS's `~=` reads an attribute. */
function tokensOf(v: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= v.length; i++) {
    const c = i < v.length ? v.charCodeAt(i) : 32;
    const space = c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
    if (!space && start < 0) start = i;
    else if (space && start >= 0) {
      out.push(v.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return out;
}

function isMetaFor(el: Element, key: string): boolean {
  return META_ATTRS.some((a) => tokensOf(el.getAttribute(a) ?? '').includes(key));
}

function readAddressFacts(doc: Document): AddressFacts {
  const facts: AddressFacts = { canonical: null, ogUrl: null, generator: '', docsRel: false, mediawiki: false };
  const els = doc.querySelectorAll(ADDRESS_SELECTOR);
  for (let i = 0; i < els.length && i < 200; i++) {
    const el = els[i]!;
    const tag = el.tagName.toUpperCase();
    if (tag === 'LINK') {
      const rel = tokensOf(el.getAttribute('rel') ?? '');
      if (facts.canonical === null && rel.includes('canonical')) facts.canonical = el.getAttribute('href');
      if (DOCS_RELS.some((r) => rel.includes(r))) facts.docsRel = true;
    } else if (tag === 'META') {
      const content = (el.getAttribute('content') ?? '').trim();
      if (!content) continue;
      if (facts.ogUrl === null && isMetaFor(el, 'og:url')) facts.ogUrl = content;
      if (isMetaFor(el, 'generator') || isMetaFor(el, 'creator')) facts.generator += ` ${content}`;
    } else if (MEDIAWIKI_IDS.includes(el.id)) {
      facts.mediawiki = true;
    }
  }
  return facts;
}

function safeResolve(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/** `final`: the address or the page's declared kind decided it, so late content cannot change it. */
export function veto(reason: string, signals: string[], final = true): GateResult {
  return { isArticle: false, signals, reason, final };
}

export interface PageAddress {
  /** The refusal, or null when the page goes on (to the title check, then the rest of the gate). */
  veto: GateResult | null;
  shape: UrlParts | null;
}

/**
 * The URL the page is judged by, and the refusal its address or declared kind
 * gives, if any. A page served from somewhere else (archive, proxy, test
 * server) is judged by the URL it declares; on its own host the address bar
 * wins over a canonical that some sites point at their home page.
 */
export function pageAddress(doc: Document, url: string): PageAddress {
  const page = parseUrl(url);
  const facts = readAddressFacts(doc);
  const declared = facts.canonical ?? facts.ogUrl;
  const canonical = parseUrl(declared && page ? safeResolve(declared, url) : declared);
  const shape = canonical && (!page || canonical.host !== page.host) ? canonical : page;
  const refuse = (reason: string, signal: string) => ({ veto: veto(reason, [signal]), shape });

  if (shape && DOCS_HOST.test(shape.host)) return refuse(...docsHost(shape));
  if ((facts.generator && DOCS_GENERATOR.test(facts.generator)) || facts.mediawiki) {
    return refuse('Not a news article: the page is built by a wiki or documentation generator.', 'docs-generator');
  }
  const byShape = shape && shapeVeto(shape);
  if (byShape) return refuse(...byShape);
  if (facts.docsRel) return refuse('Not a news article: the page is part of a documentation set or book.', 'docs-rel');
  return { veto: null, shape };
}

const docsHost = (shape: UrlParts): [string, string] => [`Not a news article: ${shape.host} hosts reference or documentation pages.`, `docs-host:${shape.host}`];

/** The refusals an address gives by its path and query alone: [reason, signal], or null. */
function shapeVeto(shape: UrlParts): [string, string] | null {
  if (DOCS_PATH.test(shape.path)) return ['Not a news article: the address is a documentation, wiki or help path.', 'docs-path'];
  if (THREAD_URL.test(shape.path + shape.search)) return ['Not a news article: the address is a discussion thread.', 'thread-url'];
  if (LISTING_URL.test(shape.path + shape.search)) return ['Not a news article: the address is a search or listing page.', 'listing-url'];
  if (isFrontPath(shape.path) && !storyQuery(shape.search)) return ['Not a news article: this is a home page or section front.', 'front-page'];
  return null;
}

/**
 * The refusal a tab's address alone gives, for the background, which sees the
 * address and title of every tab but not the page. The page-side check
 * (`pageAddress`) also reads the address a page declares; here the address bar
 * is all there is, so the host and path checks apply to it as they would to a
 * page that declares nothing.
 */
export function urlVeto(url: string): GateResult | null {
  const shape = parseUrl(url);
  if (!shape) return null;
  const v = DOCS_HOST.test(shape.host) ? docsHost(shape) : shapeVeto(shape);
  return v ? veto(v[0], [v[1]]) : null;
}
