/**
 * The live element that holds an extracted article's body paragraphs, so the
 * content script can keep highlights out of navigation, captions and related
 * boxes. Found by text (Readability worked on a clone, its nodes are not live).
 */
import type { ExtractedArticle } from '../types';
import { normalizeSpace } from './dom';

const PROBE_LEN = 48;
/** Text nodes read at most by the bare-text fallback. */
const MAX_TEXT_NODES = 20_000;

/** Lowest common ancestor of a set of elements. */
function commonAncestor(els: Element[]): Element | null {
  const first = els[0];
  if (!first) return null;
  const chain: Element[] = [];
  for (let e: Element | null = first; e; e = e.parentElement) chain.push(e);
  let best = 0;
  for (const el of els.slice(1)) {
    let idx = -1;
    for (let e: Element | null = el; e && idx < 0; e = e.parentElement) idx = chain.indexOf(e);
    if (idx < 0) return null;
    best = Math.max(best, idx);
  }
  return chain[best] ?? null;
}

/**
 * The smallest live element containing the paragraphs of `extracted.text`
 * (probing the first, middle and last ones), or null when they cannot be found.
 */
export function findArticleRoot(doc: Document, extracted: ExtractedArticle): Element | null {
  const paragraphs = extracted.text.split('\n\n').filter((p) => p.length >= 30);
  if (paragraphs.length === 0 || !doc.body) return null;
  const pick = new Set<string>();
  for (const i of [0, 1, Math.floor(paragraphs.length / 2), paragraphs.length - 2, paragraphs.length - 1]) {
    const p = paragraphs[i];
    if (p) pick.add(p.slice(0, PROBE_LEN));
  }
  const probes = [...pick].map((probe) => ({
    probe,
    // A cheap substring test before normalizing: the probe's longest word.
    head: probe.split(' ').reduce((a, b) => (b.length > a.length ? b : a), ''),
    match: null as Element | null,
    done: false,
  }));
  // Text blocks first (their text is short to read); containers only for probes
  // not found there (pages that set paragraphs straight into <div>s).
  const scan = (selector: string) => {
    const blocks = doc.body!.querySelectorAll(selector);
    // Deepest match wins: in document order ancestors come before descendants, so
    // the last element whose text starts with the probe is the innermost. One pass
    // for all probes: each element's text is read once.
    const todo = probes.filter((p) => !p.match);
    let open = todo.length;
    for (let i = 0; i < blocks.length && open > 0; i++) {
      const el = blocks[i];
      if (!el) continue;
      const t = el.textContent ?? '';
      let normalized: string | null = null;
      for (const p of todo) {
        if (p.done) continue;
        if (t.length >= p.probe.length && t.includes(p.head) && (normalized ??= normalizeSpace(t)).startsWith(p.probe)) p.match = el;
        else if (p.match && !p.match.contains(el)) {
          p.done = true;
          open--;
        }
      }
    }
  };
  scan('p, li, blockquote, h2, h3, h4, dd, td, pre');
  if (probes.some((p) => !p.match)) scan('div, section, article');
  if (probes.some((p) => !p.match)) {
    // Paragraphs as bare text between <br>s (old templates): no element starts with
    // one, but its text node does; the node's parent stands for it.
    const todo = probes.filter((p) => !p.match);
    const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
    let open = todo.length;
    for (let n = walker.nextNode(), seen = 0; n && open > 0 && seen < MAX_TEXT_NODES; n = walker.nextNode(), seen++) {
      const t = n.nodeValue ?? '';
      if (t.length < PROBE_LEN / 2) continue;
      let normalized: string | null = null;
      for (const p of todo) {
        if (p.match || !t.includes(p.head)) continue;
        normalized ??= normalizeSpace(t);
        // The probe may run on into the next inline element: compare what this node holds.
        const head = p.probe.slice(0, Math.min(p.probe.length, normalized.length));
        if (head.length >= PROBE_LEN / 2 && normalized.startsWith(head) && n.parentElement) {
          p.match = n.parentElement;
          open--;
        }
      }
    }
  }
  const found = probes.flatMap((p) => (p.match ? [p.match] : []));
  if (found.length === 0) return null;
  if (found.length === 1) return found[0]?.parentElement ?? found[0] ?? null;
  return commonAncestor(found);
}

/**
 * The live element that prints the headline: the page's <h1>, or on pages
 * without one (old templates set it in <b> or <font>) the innermost element
 * whose whole text is the extracted title. Null when neither is there.
 */
export function findHeadline(doc: Document, title: string): Element | null {
  const h1 = doc.querySelector('h1');
  if (h1 || !doc.body) return h1;
  const want = normalizeSpace(title).toLowerCase();
  if (want.length < 10) return null;
  const els = doc.body.querySelectorAll('h2, h3, b, strong, font, span, p, div, td');
  let found: Element | null = null;
  for (let i = 0; i < els.length && i < 3000; i++) {
    const el = els[i]!;
    const t = el.textContent ?? '';
    if (t.length < want.length || t.length > want.length * 1.5 + 20) continue;
    if (normalizeSpace(t).toLowerCase() !== want) continue;
    // Document order puts ancestors first: a later match inside this one is deeper.
    if (!found || found.contains(el)) found = el;
    else break;
  }
  return found;
}
