/**
 * The article gate: reads the head metadata, a few bounded JSON-LD blocks and
 * the URL, and looks at the body prose only when the metadata does not settle
 * it. Never mutates `doc`. The extension runs its first step (./address.ts) in
 * every page the gate script is injected into (utils/background/tabWatch.ts) and
 * the rest only on pages whose title is on one of the reader's topics
 * (utils/content/gatekeeper.ts).
 *
 * Decision: vetoes first (encyclopedia/docs, search or listing, home or
 * section front, discussion thread: ./address.ts), then a score of article evidence
 * (JSON-LD article type 3, og:type=article 2, published-time meta 1, article
 * URL shape 1; when that is below the bar: readable prose 2, many long
 * paragraphs 1, a non-article og:type -1). Pages scoring >= 3 are articles.
 * Evidence per page kind: tests/unit/page/gate-readability.test.ts.
 */
// Its own file, not the package index: the index would bring the whole parser into the gate's bundle.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { GateResult } from '../types';
import { ldTypes, LD_ARTICLE_TYPES, readJsonLd, readMeta } from './dom';
import { pageAddress, veto, type PageAddress } from './address';
import { ARTICLE_URL, BOOK_HEADING } from './lexicon';

/** JSON-LD types of pages that collect or discuss, rather than are, articles. */
const LD_NON_ARTICLE = new Set([
  'collectionpage', 'searchresultspage', 'qapage', 'faqpage', 'discussionforumposting',
  'profilepage', 'product', 'softwareapplication', 'techarticle', 'apireference', 'book', 'chapter',
]);

const THRESHOLD = 3;

/** Count of paragraphs long enough to be prose (>= 140 characters), capped for cost. */
function longParagraphs(doc: Document, cap = 12): number {
  const ps = doc.getElementsByTagName('p');
  let n = 0;
  for (let i = 0; i < ps.length && n < cap; i++) {
    const t = ps[i]?.textContent;
    if (t && t.length >= 140 && t.trim().length >= 140) n++;
  }
  return n;
}

/** Inline elements: part of the run of text around them. */
const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'FONT', 'U', 'SMALL', 'Q', 'CITE', 'ABBR', 'SUB', 'SUP', 'MARK', 'TIME']);

/**
 * Prose that Readability's check does not see: paragraphs set in <div>s or
 * custom elements (app shells), or as text between <br>s (old templates: a
 * table cell or a <font> holding the whole story). Walks the page's text:
 * each block that holds text (the nearest ancestor that is not inline) is
 * split into runs at its <br>s and block children, and every run of 140
 * characters or more counts as a paragraph, scored as Readability scores one
 * (sqrt(length - 140)). Bounded: 3,000 text nodes, 12 paragraphs.
 */
function proseRuns(doc: Document, cap = 12): { blocks: number; score: number } {
  const body = doc.body;
  if (!body) return { blocks: 0, score: 0 };
  const seen = new Set<Element>();
  let blocks = 0;
  let score = 0;
  const end = (run: number): void => {
    if (run < 140) return;
    blocks++;
    score += Math.sqrt(run - 140);
  };
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(), i = 0; n && i < 3000 && blocks < cap; n = walker.nextNode(), i++) {
    if ((n.nodeValue ?? '').length < 20) continue;
    let block = n.parentElement;
    // Text next to a <br> is one of the runs its parent holds, even when that parent is a <font>.
    const nextToBr = isBr(n.previousSibling) || isBr(n.nextSibling);
    while (!nextToBr && block && INLINE.has(block.tagName.toUpperCase())) block = block.parentElement;
    if (!block || seen.has(block) || SKIP_PROSE.has(block.tagName.toUpperCase())) continue;
    seen.add(block);
    let run = 0;
    for (let c = block.firstChild; c && blocks < cap; c = c.nextSibling) {
      if (c.nodeType === 3) run += (c.nodeValue ?? '').length;
      // An inline element holding <br>s of its own is read as a block of its own, not as part of this run.
      else if (c.nodeType === 1 && INLINE.has((c as Element).tagName.toUpperCase()) && !(c as Element).querySelector('br')) {
        run += (c.textContent ?? '').length;
      } else if (c.nodeType === 1) {
        end(run);
        run = 0;
      }
    }
    end(run);
  }
  return { blocks, score };
}

const isBr = (n: Node | null): boolean => !!n && n.nodeType === 1 && (n as Element).tagName.toUpperCase() === 'BR';

/** Elements whose text is not prose. */
const SKIP_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'PRE', 'CODE', 'NAV', 'FOOTER', 'ASIDE', 'BUTTON', 'SELECT', 'OPTION']);

/**
 * Share of the body text that sits inside links. Listings and front pages are
 * mostly headlines that link elsewhere; articles are mostly unlinked prose.
 */
function linkDensity(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const total = (body.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 1;
  const links = body.getElementsByTagName('a');
  let inLinks = 0;
  for (let i = 0; i < links.length; i++) inLinks += (links[i]?.textContent ?? '').replace(/\s+/g, '').length;
  return Math.min(1, inLinks / total);
}

/** A few heading texts: chapter/part headings or a "Table of Contents" mark a book or manual. */
function hasBookHeading(doc: Document): boolean {
  const hs = doc.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < hs.length && i < 20; i++) {
    const t = (hs[i]?.textContent ?? '').trim();
    if (t && t.length < 120 && BOOK_HEADING.pattern.test(t)) return true;
  }
  return false;
}

/** `address`: the first step's result when the caller already has it (the gate script runs that step first). */
export function gatePage(doc: Document, url: string, address: PageAddress = pageAddress(doc, url)): GateResult {
  const { veto: refused, shape } = address;
  if (refused) return refused;
  const signals: string[] = [];
  const meta = readMeta(doc);

  // --- Article evidence from metadata. ---
  let score = 0;
  const ld = readJsonLd(doc, 6, 150_000);
  let ldArticleType: string | null = null;
  let ldOther: string | null = null;
  for (const o of ld) {
    for (const t of ldTypes(o)) {
      const lt = t.toLowerCase();
      if (!ldArticleType && LD_ARTICLE_TYPES.has(lt)) ldArticleType = t;
      else if (!ldOther && LD_NON_ARTICLE.has(lt)) ldOther = t;
    }
  }
  if (ldArticleType) {
    signals.push(`json-ld:${ldArticleType}`);
    score += 3;
  } else if (ldOther) {
    return veto(`Not a news article: the page describes itself as ${ldOther}.`, [...signals, `json-ld:${ldOther}`]);
  }
  const ogType = (meta.get('og:type') ?? '').toLowerCase();
  if (ogType) signals.push(`og:type=${ogType}`);
  if (ogType === 'article' || ogType.endsWith(':article')) score += 2;
  const published = meta.get('article:published_time') ?? meta.get('datepublished') ?? meta.get('article:published') ?? meta.get('pubdate');
  if (published) {
    signals.push('published-time');
    score += 1;
  }
  if (shape && ARTICLE_URL.pattern.test(shape.path)) {
    signals.push('article-url');
    score += 1;
  }
  if (score >= THRESHOLD) {
    return { isArticle: true, signals, reason: 'News article: the page declares article metadata.' };
  }

  // --- Metadata did not settle it: look at the prose. ---
  if (hasBookHeading(doc)) {
    return veto('Not a news article: chapter or table-of-contents headings mark a book or manual.', [...signals, 'book-heading']);
  }
  if (ogType && ogType !== 'article' && !ogType.endsWith(':article')) score -= 1;
  let readerable = isProbablyReaderable(doc);
  let longPs = longParagraphs(doc);
  if (!readerable && longPs < 5) {
    // No <p> prose to speak of: perhaps the story is in <div>s, custom elements or between <br>s.
    const runs = proseRuns(doc);
    if (runs.score > 20) {
      readerable = true;
      longPs = Math.max(longPs, runs.blocks);
      signals.push(`text-blocks:${runs.blocks}`);
    }
  }
  if (readerable) {
    signals.push('readerable');
    score += 2;
  }
  if (longPs >= 5) {
    signals.push(`long-paragraphs:${longPs}`);
    score += 1;
  }
  if (score >= THRESHOLD && longPs < 3) {
    const density = linkDensity(doc);
    if (density > 0.5) {
      return veto('Not a news article: mostly links and little prose, like a listing.', [...signals, `link-density:${density.toFixed(2)}`], false);
    }
  }
  if (score >= THRESHOLD) {
    return { isArticle: true, signals, reason: 'News article: readable prose on an article-like page.' };
  }
  if (!readerable) {
    return veto('Not a news article: no article metadata and too little prose.', signals, false);
  }
  return veto('Not a news article: no article metadata and not enough article-like prose.', signals, false);
}
