/**
 * Body text from an article container: block-level paragraphs (whitespace
 * normalized inside each), minus captions, credits, bylines, contributor and
 * copyright lines, share/paywall prompts and the related/popular lists that
 * follow a story. Works on any element (Readability's pick, or a fallback).
 */
import { classIdOf, normalizeSpace } from './dom';
import { BOILERPLATE_PARAGRAPHS, FURNITURE_CLASS, REPUBLISHED_NOTE, SECTION_END_MARKERS } from './lexicon';

/** Elements that end a paragraph (and custom elements set between blocks). Everything else is inline and joins the running text. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table',
  'thead', 'tbody', 'tr', 'td', 'th', 'hr', 'br', 'address', 'details', 'summary', 'form', 'fieldset',
]);

/** Elements whose content is never article prose. */
const SKIP = new Set([
  'figure', 'figcaption', 'aside', 'nav', 'script', 'style', 'noscript', 'template', 'svg', 'button',
  'form', 'select', 'textarea', 'input', 'iframe', 'object', 'video', 'audio', 'canvas', 'picture', 'img', 'caption',
]);

/** Whether an element is page furniture judged by its tag, class/id, role or hidden state. */
export function isFurniture(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (SKIP.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && /^(?:navigation|complementary|banner|contentinfo|search|dialog)$/.test(role)) return true;
  const ci = classIdOf(el);
  if (ci.trim() === '' || !FURNITURE_CLASS.pattern.test(ci)) return false;
  // Class names are a hint, not proof: a wrapper such as "article-body js-share-container"
  // that holds the story's paragraphs is not furniture.
  return !holdsProse(el);
}

/** Whether an element contains at least two prose-length paragraphs. */
function holdsProse(el: Element): boolean {
  const ps = el.getElementsByTagName('p');
  let n = 0;
  for (let i = 0; i < ps.length; i++) {
    if (normalizeSpace(ps[i]?.textContent ?? '').length >= 140 && ++n >= 2) return true;
  }
  return false;
}

/** No text runs on either side: a custom element set between blocks (<news-paragraph>), not inside a sentence. */
function standsAlone(el: Element): boolean {
  const prose = (n: Node | null): boolean => !!n && n.nodeType === 3 && /\S/.test(n.nodeValue ?? '');
  return !prose(el.previousSibling) && !prose(el.nextSibling);
}

/** The text that follows a node (its next siblings') up to the next <br>, about `max` characters. */
function textAfter(node: Node, max: number): string {
  let out = '';
  for (let n = node.nextSibling; n && out.length < max; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).tagName.toLowerCase() === 'br') break;
    out += n.nodeType === 3 ? (n.nodeValue ?? '') : n.nodeType === 1 ? ((n as Element).textContent ?? '') : '';
  }
  return out;
}

/**
 * A single <br> inside running prose is a line wrap, not a paragraph break: hard-wrapped
 * wire copy ("a senior<br>administration official said") must stay one sentence, and a
 * quotation wrapped after its first sentence one paragraph. Anywhere, a <br> is a wrap
 * when the line before does not end a sentence and the next goes on in lower case, or
 * the line before ends with a comma. Inside a <p> (a paragraph whose lines were wrapped)
 * also when a line of 30+ characters ends in a lower-case word ("the<br>Hamas official"), or
 * when both lines are long (50+ characters: wrapped prose, not a byline or a date line).
 * Two <br>s in a row, a line ending with a colon, a next line that is boilerplate
 * (copyright, wire trailer) and anything inside <pre>/<code> always break.
 */
function softBreak(br: Element, before: string, lineBefore: string): boolean {
  const prev = before.trimEnd();
  if (!prev || prev.endsWith(':') || br.closest('pre, code')) return false;
  const next = textAfter(br, 200).trim();
  if (!next || boilerplateRule(next)) return false;
  const ended = /[.!?"”’)\]]$/.test(prev);
  if (!ended && (/^[a-z]/.test(next) || (prev.endsWith(',') && /^[\p{L}\p{N}"“‘(]/u.test(next)))) return true;
  if (br.parentElement?.tagName.toLowerCase() !== 'p') return false;
  const line = normalizeSpace(lineBefore).length;
  if (!ended && line >= 30 && /(?:^|\s)[a-z][a-z'’-]*$/.test(prev)) return true;
  return line >= 50 && next.length >= 50;
}

/** Raw blocks of text under `root`, in document order, furniture skipped. */
export function collectBlocks(root: Element, skipFurniture = true): string[] {
  const out: string[] = [];
  let buf = '';
  // Whether the block has text outside links: a short block of links alone is a menu
  // line ("Home", "News") or a link list item, not prose.
  let plain = false;
  let linkDepth = 0;
  // Where the current line of `buf` starts (after the last <br> read as a line wrap).
  let lineStart = 0;
  const flush = () => {
    const t = normalizeSpace(buf);
    if (t && !(skipFurniture && !plain && t.length < 60)) out.push(t);
    buf = '';
    plain = false;
    lineStart = 0;
  };
  const walk = (node: Node) => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i];
      if (!n) continue;
      if (n.nodeType === 3) {
        const v = n.nodeValue ?? '';
        buf += v;
        if (linkDepth === 0 && !plain && /\S/.test(v)) plain = true;
        continue;
      }
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      const tag = el.tagName.toLowerCase();
      if (tag === 'br') {
        if (softBreak(el, buf, buf.slice(lineStart))) {
          buf += ' ';
          lineStart = buf.length;
          continue;
        }
      }
      if (skipFurniture && isFurniture(el)) {
        if (BLOCK.has(tag)) flush();
        continue;
      }
      const link = tag === 'a';
      if (link) linkDepth++;
      if (BLOCK.has(tag) || (tag.includes('-') && standsAlone(el))) {
        flush();
        walk(el);
        flush();
      } else {
        walk(el);
      }
      if (link) linkDepth--;
    }
  };
  walk(root);
  flush();
  return out;
}

/** Which boilerplate rule (if any) a paragraph matches: used for filtering and in tests. */
export function boilerplateRule(p: string): string | null {
  if (p.length > 400) return null;
  for (const e of BOILERPLATE_PARAGRAPHS) if (e.pattern.test(p)) return e.why;
  if (REPUBLISHED_NOTE.pattern.test(p)) return REPUBLISHED_NOTE.why;
  return null;
}

export interface BodyFilterContext {
  title: string;
  byline: string | null;
  /** Caption and credit texts seen in the page (normalized), to drop when they reach the body. */
  captions: Set<string>;
}

/**
 * Drop furniture paragraphs; cut at a related/popular heading that follows
 * the story. `removed` receives what was dropped (the wire trailer lines that
 * tell us about syndication are among them).
 */
export function filterParagraphs(blocks: string[], ctx: BodyFilterContext, removed: string[] = []): string[] {
  const out: string[] = [];
  const title = normalizeSpace(ctx.title).toLowerCase();
  const byline = ctx.byline ? normalizeSpace(ctx.byline).toLowerCase().replace(/^by\s+/, '') : null;
  for (let i = 0; i < blocks.length; i++) {
    const p = blocks[i] ?? '';
    const lower = p.toLowerCase();
    const proseSoFar = out.reduce((n, x) => n + x.length, 0);
    if (proseSoFar >= 200 && p.length < 60 && SECTION_END_MARKERS.pattern.test(p)) {
      // Related/popular lists are headlines. If story-like prose follows, the
      // heading was a mid-story aside: drop only the heading line.
      if (!blocks.slice(i + 1).some(looksLikeProse)) {
        removed.push(...blocks.slice(i));
        break;
      }
      removed.push(p);
      continue;
    }
    if (
      !/[\p{L}\p{N}]/u.test(p) ||
      boilerplateRule(p) ||
      (title && lower === title) ||
      (byline && (lower === byline || lower === `by ${byline}`)) ||
      /^by\s+[^.]{2,80}$/i.test(p) ||
      isCaption(p, ctx.captions)
    ) {
      removed.push(p);
      continue;
    }
    out.push(p);
  }
  // A trailing run of short headline-like lines (no sentence end) after the story
  // is a link list that lost its heading; prose paragraphs end in punctuation.
  while (out.length > 3) {
    const last = out[out.length - 1] ?? '';
    if (last.length < 120 && !/[.!?"'”’)]$/.test(last) && !/[.!?]["”’]?\s/.test(last)) {
      removed.push(last);
      out.pop();
    } else break;
  }
  return out;
}

/** A paragraph of story prose: long, with a sentence boundary inside and a sentence end. */
function looksLikeProse(p: string): boolean {
  return p.length >= 160 && /[.!?]["”’]?\s+["“‘(]?[A-Z]/.test(p) && /[.!?]["”’)]?$/.test(p);
}

function isCaption(p: string, captions: Set<string>): boolean {
  if (captions.size === 0) return false;
  const key = p.toLowerCase();
  if (captions.has(key)) return true;
  if (p.length < 30) return false;
  for (const c of captions) {
    if (c.length >= 30 && (key.startsWith(c) || c.startsWith(key))) return true;
  }
  return false;
}

/** Normalized caption and credit texts of the page (figcaptions and caption/credit-classed elements). */
export function collectCaptions(doc: Document): Set<string> {
  const out = new Set<string>();
  const add = (t: string | null | undefined) => {
    const n = normalizeSpace(t ?? '').toLowerCase();
    if (n.length >= 8) out.add(n);
  };
  doc.querySelectorAll('figcaption, figure, [class*="caption" i], [class*="credit" i]').forEach((el) => {
    add(el.textContent);
    // A caption element often holds caption and credit in separate children.
    for (let i = 0; i < el.children.length; i++) add(el.children[i]?.textContent);
  });
  doc.querySelectorAll('figure img[alt], figure img[title]').forEach((img) => {
    add(img.getAttribute('alt'));
    add(img.getAttribute('title'));
  });
  return out;
}
