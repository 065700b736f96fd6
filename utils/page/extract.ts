/**
 * Full extraction of an article page: Readability on a clone of the document
 * (the live page is never touched) for the body, plus our own metadata
 * readers for title, byline, outlet, syndication, date, language.
 *
 * In two halves, so that the page pays only for what needs its DOM:
 * `readPageFacts` (in the page: Readability, meta tags, JSON-LD, the blocks
 * of text, captions, dates printed in the page) returns plain data, and
 * `finishExtraction` (pure, run by the background) turns it into the article:
 * furniture filtered out, outlet and original outlet, language, word count.
 */
import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../types';
import { collectBlocks, collectCaptions, filterParagraphs, boilerplateRule } from './body';
import { classIdOf, ldArticle, ldAuthors, normalizeSpace, readJsonLd, readMeta } from './dom';
import { declaredLanguage, languageOfText } from './language';
import {
  cleanByline, detectOriginalOutlet, detectOutlet, detectPublishedAt, detectTitle, singleH1Text,
} from './metadata';
import type { JsonObject } from './dom';

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
    // Readability renames <font> to <span> only after turning <br><br> runs into
    // paragraphs, so a <font> next to a run is not moved into the new paragraph
    // and the break between it and the text before is lost ("November 8, 2024(CNN) —").
    // Renamed first, in our clone, the paragraphs of old br-separated pages survive.
    renameFonts(clone);
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

function renameFonts(doc: Document): void {
  const fonts = Array.from(doc.getElementsByTagName('font'));
  for (const f of fonts) {
    const span = doc.createElement('span');
    while (f.firstChild) span.appendChild(f.firstChild);
    f.replaceWith(span);
  }
}

/** Subheadline candidates right after the headline, when the page marks one (the first that is not boilerplate wins). */
function findDecks(doc: Document): string[] {
  const out: string[] = [];
  const h1 = doc.getElementsByTagName('h1')[0];
  if (!h1) return out;
  const scopes: Element[] = [h1];
  if (h1.parentElement) scopes.push(h1.parentElement);
  for (const start of scopes) {
    let el = start.nextElementSibling;
    for (let i = 0; el && i < 3; i++, el = el.nextElementSibling) {
      const tag = el.tagName.toLowerCase();
      const text = normalizeSpace(el.textContent ?? '');
      const marked = tag === 'h2' || DECK_CLASS.test(classIdOf(el));
      if (!marked) continue;
      if (text.length >= 40 && text.length <= 400 && /[.!?"”’]$/.test(text)) out.push(text);
    }
  }
  return out;
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

/** What extraction needs from the live page: plain, bounded data (it crosses to the background). */
export interface PageFacts {
  url: string;
  docTitle: string;
  /** Meta tags, first value per key. */
  meta: [string, string][];
  /** The page's JSON-LD article object, if any. */
  ldArticle: JsonObject | null;
  /** Text of the page's only <h1>. */
  h1: string | null;
  readability: { title: string | null; byline: string | null; excerpt: string | null; publishedTime: string | null } | null;
  /** Text blocks of the article body (Readability's pick, or the whole body when it found too little). */
  blocks: string[];
  /** Caption and credit texts seen in the page (normalized). */
  captions: string[];
  /** Subheadline candidates printed under the headline. */
  decks: string[];
  /** Short lines anywhere in the body: wire trailers may sit outside Readability's pick. */
  trailerLines: string[];
  /** The date the page prints or declares for the article. */
  publishedAt: string | null;
  declaredLang: string | null;
  canonicalUrl: string | null;
}

/**
 * Short lines anywhere in the body that are not already article blocks (wire
 * trailers, "Originally published" notes), bounded: the first and last ones,
 * where such notes sit, on pages with very long navigation.
 */
function trailerCandidates(doc: Document, blocks: string[]): string[] {
  if (!doc.body) return [];
  const known = new Set(blocks);
  const lines = collectBlocks(doc.body, false).filter((l) => l.length < 200 && !known.has(l));
  return lines.length > 300 ? [...lines.slice(0, 150), ...lines.slice(-150)] : lines;
}

/** The page's half: everything that reads the DOM. */
export function readPageFacts(doc: Document, url: string): PageFacts {
  const meta = readMeta(doc);
  const article = ldArticle(readJsonLd(doc));
  const captions = collectCaptions(doc);
  const parsed = runReadability(doc);
  let blocks = parsed?.content ? collectBlocks(parsed.content) : [];
  if (blocks.join('').length < 200 && doc.body) blocks = collectBlocks(doc.body);
  return {
    url,
    docTitle: doc.title ?? '',
    meta: [...meta],
    ldArticle: article,
    h1: singleH1Text(doc),
    readability: parsed ? { title: parsed.title, byline: parsed.byline, excerpt: parsed.excerpt, publishedTime: parsed.publishedTime } : null,
    blocks,
    captions: [...captions],
    decks: findDecks(doc),
    trailerLines: trailerCandidates(doc, blocks),
    publishedAt: detectPublishedAt(doc, meta, article, parsed?.publishedTime ?? null),
    declaredLang: declaredLanguage(doc),
    canonicalUrl: canonicalUrl(doc, meta, url),
  };
}

/** The pure half: from the page's facts to the article (no DOM). */
export function finishExtraction(f: PageFacts): ExtractedArticle {
  const meta = new Map(f.meta);
  const article = f.ldArticle;
  const url = f.url;
  const outlet = detectOutlet(meta, article, f.docTitle, url);
  const title = detectTitle(meta, article, { h1: f.h1, docTitle: f.docTitle }, f.readability?.title ?? null, outlet);
  const byline = cleanByline(ldAuthors(article) ?? meta.get('author') ?? f.readability?.byline ?? null);

  const removed: string[] = [];
  const paragraphs = filterParagraphs(f.blocks, { title, byline, captions: new Set(f.captions) }, removed);
  const deck = f.decks.find((d) => !boilerplateRule(d)) ?? null;
  if (deck && !paragraphs.some((p) => p.includes(deck) || deck.includes(p))) paragraphs.unshift(deck);
  const text = paragraphs.join('\n\n');

  const originalOutlet = detectOriginalOutlet(paragraphs, removed.concat(f.trailerLines), outlet, url);
  const description = meta.get('og:description') ?? meta.get('description') ?? f.readability?.excerpt ?? '';
  const excerpt = normalizeSpace(description || (paragraphs[0] ?? '')).slice(0, 300);

  return {
    url,
    canonicalUrl: f.canonicalUrl,
    title,
    byline,
    outlet,
    originalOutlet,
    publishedAt: f.publishedAt,
    lang: languageOfText(text, f.declaredLang) ?? f.declaredLang,
    text,
    excerpt,
    wordCount: countWords(text),
  };
}

export function extractArticle(doc: Document, url: string): ExtractedArticle {
  return finishExtraction(readPageFacts(doc, url));
}
