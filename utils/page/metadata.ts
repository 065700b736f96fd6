/**
 * Article metadata: title, byline, outlet, syndication source and publication
 * day, from JSON-LD, Open Graph and visible page furniture. Read-only over `doc`.
 */
import { classIdOf, closest, hostOf, ldString, normalizeSpace, toIsoDay, type JsonObject } from './dom';
import { DATE_LINE_ENTRY, MONTH, OUTLET_HOSTS, REPUBLISHED_NOTE, WIRE_SERVICES } from './lexicon';

const DATE_LINE = DATE_LINE_ENTRY.pattern;
const SEPARATORS = /\s+(?:\||-|–|—|::|·|•|»)\s+/;
const DOMAIN_LIKE = /^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|news|tv|co|info|io|us|uk|co\.uk|com\.au|ca|de|fr|il|in)$/i;
/** Parts of a site-name string that are not the name ("BBC News - Home"). */
const GENERIC_PART = /^(?:home|homepage|home page|latest news|breaking news|news|online|official site|the latest news)$/i;

/** Outlet from a hostname via the table of major outlets (suffix match). */
export function outletFromHost(host: string): string | null {
  const h = host.toLowerCase().replace(/^www\d?\./, '');
  for (const [suffix, name] of Object.entries(OUTLET_HOSTS)) {
    if (h === suffix || h.endsWith(`.${suffix}`)) return name;
  }
  return null;
}

/**
 * A publisher name as readers know it: "The Jerusalem Post | JPost.com" →
 * "The Jerusalem Post", "CNN.com" → "CNN", "theguardian.com" → "The Guardian".
 */
export function normalizeOutlet(raw: string): string {
  const parts = normalizeSpace(raw).split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const named = parts.filter((p) => !DOMAIN_LIKE.test(p) && !GENERIC_PART.test(p) && !/^https?:\/\//i.test(p));
  // "the Guardian" → "The Guardian": a leading article is part of the name.
  if (named.length > 0) return (named[0] ?? '').replace(/^the\s/, 'The ');
  const domain = (parts[0] ?? normalizeSpace(raw)).replace(/^https?:\/\//i, '').replace(/^www\d?\./i, '').replace(/\/.*$/, '');
  const known = outletFromHost(domain);
  if (known) return known;
  // "CNN.com" → "CNN", "finance.yahoo.com" → "Yahoo": the registrable label without its TLD.
  // Short lower-case labels are read as acronyms ("tmz" → "TMZ"); a label already
  // written with capitals keeps them.
  if (/^\d+(?:\.\d+){3}$/.test(domain)) return domain;
  const labels = domain.replace(/\.(?:co\.uk|com\.au|co\.il|[a-z]{2,6})$/i, '').split('.');
  const label = labels[labels.length - 1] ?? domain;
  if (label !== label.toLowerCase()) return label;
  return label.length <= 3 ? label.toUpperCase() : label.charAt(0).toUpperCase() + label.slice(1);
}

/** Publisher of the page: og:site_name, JSON-LD publisher, title suffix, host table, host. */
export function detectOutlet(meta: Map<string, string>, article: JsonObject | null, docTitle: string, url: string): string {
  const site = meta.get('og:site_name') ?? ldString(article, 'publisher') ?? meta.get('application-name') ?? null;
  if (site) {
    const n = normalizeOutlet(site);
    if (n) return n;
  }
  const host = hostOf(url);
  const fromHost = outletFromHost(host);
  if (fromHost) return fromHost;
  // "<headline> | The Outlet": a short last part of the document title.
  const parts = normalizeSpace(docTitle).split(SEPARATORS);
  const last = parts.length > 1 ? parts[parts.length - 1] : undefined;
  if (last && last.length <= 40 && !GENERIC_PART.test(last)) return normalizeOutlet(last);
  return host ? normalizeOutlet(host) : '';
}

/**
 * Outlet that wrote syndicated copy: a wire dateline at the start of the first
 * paragraphs ("(CNN) —", "DOHA (Reuters) -") or a wire trailer line ("The-CNN-Wire",
 * "Copyright 2024 The Associated Press"). Null when the publisher is that outlet.
 */
export function detectOriginalOutlet(firstParagraphs: string[], trailerLines: string[], outlet: string, url: string): string | null {
  const host = hostOf(url);
  const own = outlet.toLowerCase();
  for (const w of WIRE_SERVICES) {
    const hit =
      firstParagraphs.slice(0, 3).some((p) => w.dateline.test(p)) ||
      trailerLines.some((l) => l.length < 200 && w.trailer.test(normalizeSpace(l)));
    if (!hit) continue;
    const isOwn = w.ownNames.includes(own) || w.ownHosts.some((h) => host === h || host.endsWith(`.${h}`));
    return isOwn ? null : w.name;
  }
  for (const l of trailerLines) {
    const m = l.length < 160 ? REPUBLISHED_NOTE.pattern.exec(normalizeSpace(l)) : null;
    const name = m?.[1] ? normalizeOutlet(m[1]) : '';
    if (name && name.toLowerCase() !== own) return name;
  }
  return null;
}

/** Title: JSON-LD headline, og:title (site suffix stripped), the single h1, then Readability's and <title>. */
export function detectTitle(
  meta: Map<string, string>,
  article: JsonObject | null,
  page: { h1: string | null; docTitle: string },
  readabilityTitle: string | null,
  outlet: string,
): string {
  const candidates = [
    ldString(article, 'headline'),
    meta.get('og:title') ?? meta.get('twitter:title') ?? null,
    h1AgreeingWith(page.h1, page.docTitle || readabilityTitle || ''),
    readabilityTitle,
    page.docTitle,
  ];
  for (const c of candidates) {
    const t = c ? stripSiteSuffix(normalizeSpace(c), outlet) : '';
    if (t) return t;
  }
  return '';
}

/** "Headline | The Outlet" → "Headline" when the suffix is the outlet's name or domain. */
export function stripSiteSuffix(title: string, outlet: string): string {
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  const last = (parts[parts.length - 1] ?? '').toLowerCase();
  const o = outlet.toLowerCase();
  const isSite = o && (last === o || normalizeOutlet(last).toLowerCase() === o || (DOMAIN_LIKE.test(last) && last.startsWith(o.replace(/^the\s+/, '').replace(/\s+/g, '').slice(0, 4))));
  if (!isSite) return title;
  const m = title.match(new RegExp(`^(.*)${SEPARATORS.source}[^|–—:·•»]*$`));
  return m && m[1] ? m[1].trim() : title;
}

const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The page's only h1, when it is the headline: sites also use h1 for a section
 * banner ("Allergies Health Center"), so it must share most words with <title>.
 */
/** The text of the page's only <h1> (null when there are none or several): read in the page. */
export function singleH1Text(doc: Document): string | null {
  const h1s = doc.getElementsByTagName('h1');
  if (h1s.length !== 1) return null;
  const t = normalizeSpace(h1s[0]?.textContent ?? '');
  return t.length >= 10 ? t.slice(0, 1000) : null;
}

/** The single <h1> is the headline when most of its words are in the document title. */
function h1AgreeingWith(h1: string | null, docTitle: string): string | null {
  if (!h1) return null;
  const titleWords = new Set(wordsOf(docTitle));
  if (titleWords.size === 0) return h1;
  const w = wordsOf(h1);
  const shared = w.filter((x) => titleWords.has(x)).length;
  return w.length > 0 && shared / w.length >= 0.6 ? h1 : null;
}

const TRAILING_DATE = new RegExp(String.raw`\s*(?:\d{1,2}\s*${MONTH}|${MONTH}\.?\s+\d{1,2},?)\s+\d{4}.*$`, 'i');

/** Byline: JSON-LD author names, meta author, Readability's byline; "By " removed. */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let b = normalizeSpace(raw).replace(/^by[:\s]+/i, '');
  if (!b || b.length > 120 || /^https?:/i.test(b) || DATE_LINE.test(b) || /^(?:last )?updated\b/i.test(b)) return null;
  // Bylines printed with their date ("Jane Doe March 11, 2015 3:46 PM", "Jane Doe22 Dec 2016"): keep the name.
  b = b.replace(TRAILING_DATE, '').replace(/\s*[|,·•-]\s*$/, '').trim();
  return b || null;
}

const DATE_CONTEXT_SKIP = /(?:^|[\s_-])(?:caption|credit|related|popular|nav|menu|footer|comment|ticker|weather|clock)(?:$|[\s_-])/i;
/** Labels of clock/crawl lines in site headers: the day the page was fetched, not published. */
const CLOCK_LINE = /^(?:today|now|current(?:ly)?|last (?:visit|login))\b/i;

/**
 * Publication day: JSON-LD datePublished, published-time meta, Readability's
 * publishedTime, then the first `<time>` or date line after the headline.
 * Never a date inside a caption/figure, never a "Today: ..." clock line.
 */
export function detectPublishedAt(doc: Document, meta: Map<string, string>, article: JsonObject | null, readabilityTime: string | null): string | null {
  const machine = [
    ldString(article, 'datePublished'),
    meta.get('article:published_time') ?? null,
    meta.get('datepublished') ?? null,
    meta.get('article:published') ?? null,
    meta.get('og:published_time') ?? null,
    meta.get('pubdate') ?? meta.get('publish-date') ?? meta.get('sailthru.date') ?? meta.get('dc.date.issued') ?? meta.get('dc.date') ?? null,
    readabilityTime,
  ];
  for (const m of machine) {
    const d = toIsoDay(m);
    if (d) return d;
  }
  const itemprop = doc.querySelector('[itemprop="datePublished"]');
  if (itemprop) {
    const d = toIsoDay(itemprop.getAttribute('datetime') ?? itemprop.getAttribute('content') ?? itemprop.textContent);
    if (d) return d;
  }
  return visibleDate(doc);
}

function inSkippedContext(el: Element): boolean {
  return !!closest(el, (e) => {
    const tag = e.tagName.toLowerCase();
    return tag === 'figure' || tag === 'figcaption' || tag === 'nav' || tag === 'aside' || tag === 'footer' || DATE_CONTEXT_SKIP.test(classIdOf(e));
  });
}

/** First date after the headline in document order (a `<time>` or a short date line). */
function visibleDate(doc: Document): string | null {
  const h1 = doc.getElementsByTagName('h1')[0] ?? null;
  const all = doc.querySelectorAll('h1, time, p, span, div, li, small, em, strong, b, font, header, address, dd');
  let started = !h1;
  let seen = 0;
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (!el) continue;
    if (!started) {
      if (el === h1) started = true;
      continue;
    }
    if (++seen > 60) break;
    if (el.tagName.toLowerCase() === 'time') {
      if (inSkippedContext(el)) continue;
      const d = toIsoDay(el.getAttribute('datetime')) ?? toIsoDay(el.textContent);
      if (d) return d;
      continue;
    }
    const text = normalizeSpace(el.textContent ?? '');
    if (!text || text.length > 90) continue;
    if (CLOCK_LINE.test(text) || !DATE_LINE.test(text) || inSkippedContext(el)) continue;
    const d = toIsoDay(text);
    if (d) return d;
  }
  // No headline-anchored date: any <time datetime> outside captions and clocks.
  const times = doc.querySelectorAll('time[datetime]');
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    if (!t || inSkippedContext(t) || CLOCK_LINE.test(normalizeSpace(t.textContent ?? ''))) continue;
    const d = toIsoDay(t.getAttribute('datetime'));
    if (d) return d;
  }
  return null;
}
