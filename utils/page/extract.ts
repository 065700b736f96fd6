/**
 * Full extraction of an article page: Readability on a clone of the document
 * (the live page is never touched) for the body, plus our own metadata
 * readers for title, byline, outlet, syndication, date, language.
 */
import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../types';
import { collectBlocks, collectCaptions, filterParagraphs, boilerplateRule } from './body';
import { classIdOf, ldArticle, ldAuthors, normalizeSpace, readJsonLd, readMeta } from './dom';
import { detectLanguage } from './language';
import {
  cleanByline, detectOriginalOutlet, detectOutlet, detectPublishedAt, detectTitle,
} from './metadata';

// The content script finds the live body container next to the extraction it came from.
export { findArticleRoot } from './root';

/** Class/id words of a subheadline (deck, standfirst) printed under the headline. */
const DECK_CLASS = /(?:^|[\s_-])(?:sub-?head(?:line|ing)?|sub-?title|deck|dek|standfirst|strapline|summary|lede|lead|excerpt|description|intro)(?:$|[\s_-])/i;

interface ReadabilityResult {
  title: string | null;
  byline: string | null;
  content: Element | null;
  excerpt: string | null;
  publishedTime: string | null;
}

function runReadability(doc: Document): ReadabilityResult | null {
  try {
    const clone = doc.cloneNode(true) as Document;
    const r = new Readability<Node>(clone, { serializer: (n) => n, keepClasses: true }).parse();
    if (!r) return null;
    return {
      title: r.title ?? null,
      byline: r.byline ?? null,
      content: (r.content as Element | null | undefined) ?? null,
      excerpt: r.excerpt ?? null,
      publishedTime: r.publishedTime ?? null,
    };
  } catch {
    // Readability can throw on unusual documents; extraction falls back to the body.
    return null;
  }
}

/** The subheadline right after the headline, when the page marks one. */
function findDeck(doc: Document): string | null {
  const h1 = doc.getElementsByTagName('h1')[0];
  if (!h1) return null;
  const scopes: Element[] = [h1];
  if (h1.parentElement) scopes.push(h1.parentElement);
  for (const start of scopes) {
    let el = start.nextElementSibling;
    for (let i = 0; el && i < 3; i++, el = el.nextElementSibling) {
      const tag = el.tagName.toLowerCase();
      const text = normalizeSpace(el.textContent ?? '');
      const marked = tag === 'h2' || DECK_CLASS.test(classIdOf(el));
      if (!marked) continue;
      if (text.length >= 40 && text.length <= 400 && /[.!?"”’]$/.test(text) && !boilerplateRule(text)) return text;
    }
  }
  return null;
}

function canonicalUrl(doc: Document, meta: Map<string, string>, url: string): string | null {
  const href = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? meta.get('og:url') ?? null;
  if (!href) return null;
  try {
    return new URL(href, url).href;
  } catch {
    return null;
  }
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

export function extractArticle(doc: Document, url: string): ExtractedArticle {
  const meta = readMeta(doc);
  const article = ldArticle(readJsonLd(doc));
  const captions = collectCaptions(doc);
  const parsed = runReadability(doc);

  const outlet = detectOutlet(meta, article, doc.title ?? '', url);
  const title = detectTitle(meta, article, doc, parsed?.title ?? null, outlet);
  const byline = cleanByline(ldAuthors(article) ?? meta.get('author') ?? parsed?.byline ?? null);

  let blocks = parsed?.content ? collectBlocks(parsed.content) : [];
  if (blocks.join('').length < 200 && doc.body) blocks = collectBlocks(doc.body);
  const removed: string[] = [];
  const paragraphs = filterParagraphs(blocks, { title, byline, captions }, removed);
  const deck = findDeck(doc);
  if (deck && !paragraphs.some((p) => p.includes(deck) || deck.includes(p))) paragraphs.unshift(deck);
  const text = paragraphs.join('\n\n');

  // Wire trailers may sit outside Readability's pick (footer, after the share bar).
  const trailerLines = removed.concat(doc.body ? collectBlocks(doc.body, false).filter((l) => l.length < 200) : []);
  const originalOutlet = detectOriginalOutlet(paragraphs, trailerLines, outlet, url);

  const description = meta.get('og:description') ?? meta.get('description') ?? parsed?.excerpt ?? '';
  const excerpt = normalizeSpace(description || (paragraphs[0] ?? '')).slice(0, 300);

  return {
    url,
    canonicalUrl: canonicalUrl(doc, meta, url),
    title,
    byline,
    outlet,
    originalOutlet,
    publishedAt: detectPublishedAt(doc, meta, article, parsed?.publishedTime ?? null),
    lang: detectLanguage(doc, text),
    text,
    excerpt,
    wordCount: countWords(text),
  };
}
