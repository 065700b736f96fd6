/**
 * Find analyzed text in the live page without touching it.
 *
 * The analysis runs on extracted text (Readability on a clone), so its offsets do
 * not point into the live DOM. We index the live text nodes of the article body
 * by their non-whitespace characters only: paragraph joins, indentation and
 * non-breaking spaces differ between the extracted text and the DOM, the
 * characters themselves do not. A claim is then found by searching its
 * whitespace-free key, and turned back into a DOM Range on the exact words, even
 * when it spans links, emphasis or several text nodes.
 */

/** Elements whose text is never part of the article body, whatever the page's markup. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON', 'SVG', 'CANVAS',
  'FIGCAPTION', 'NAV', 'ASIDE', 'FOOTER', 'IFRAME', 'OBJECT',
]);

/** Class/id words of captions, credits, related boxes, comments, share bars (checked on tokens, case-insensitive). */
const SKIP_CLASS = /(?:^|[\s_-])(?:caption|credit|related|recommend|popular|trending|comment|comments|share|sharing|social|newsletter|promo|advert|ad|ads|sidebar|breadcrumb|byline|tags?|footer|nav|menu|paywall|subscribe)(?:$|[\s_-])/i;

export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.tagName.toLowerCase().startsWith('ss-')) return true; // our own UI
  if (el.getAttribute('aria-hidden') === 'true' || (el as HTMLElement).hidden) return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo') return true;
  const cls = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  return cls.length > 1 && SKIP_CLASS.test(cls);
}

/** Exactly the characters of JavaScript's `\s`, by code (a regex call per character is slow in cold code). */
function isWs(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export interface TextIndex {
  /** The non-whitespace characters of the indexed text, in document order. */
  chars: string;
  nodes: Text[];
  /**
   * Runs of non-space characters (about one per word): run r covers
   * chars[runAt[r] .. runAt[r+1]) and starts in nodes[runNode[r]] at offset runOffset[r].
   */
  runAt: number[];
  runNode: number[];
  runOffset: number[];
}

/** Index the text under `roots` (in order), skipping non-body elements. */
export function buildTextIndex(roots: Element[], skip: (el: Element) => boolean = isSkippedElement): TextIndex {
  const nodes: Text[] = [];
  const parts: string[] = [];
  const runAt: number[] = [];
  const runNode: number[] = [];
  const runOffset: number[] = [];
  let length = 0;
  const seen = new Set<Node>();
  for (const root of roots) {
    if (seen.has(root)) continue;
    seen.add(root);
    const doc = root.ownerDocument;
    // NodeFilter constants inlined so this also runs under DOM shims in tests.
    const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
      acceptNode(node: Node) {
        if (node.nodeType === 1) return skip(node as Element) ? 2 /* REJECT subtree */ : 3 /* SKIP */;
        return 1; /* ACCEPT text */
      },
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      const data = t.data;
      let nodeIdx = -1;
      let runStart = -1;
      for (let i = 0; i <= data.length; i++) {
        if (i < data.length && !isWs(data.charCodeAt(i))) {
          if (runStart < 0) runStart = i;
        } else if (runStart >= 0) {
          if (nodeIdx < 0) nodeIdx = nodes.push(t) - 1;
          runAt.push(length);
          runNode.push(nodeIdx);
          runOffset.push(runStart);
          parts.push(data.slice(runStart, i));
          length += i - runStart;
          runStart = -1;
        }
      }
    }
  }
  return { chars: parts.join(''), nodes, runAt, runNode, runOffset };
}

/** Node and offset of index position `p` (binary search over the runs). */
function pointAt(index: TextIndex, p: number): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = index.runAt.length - 1;
  if (hi < 0) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.runAt[mid]! <= p) lo = mid;
    else hi = mid - 1;
  }
  const node = index.nodes[index.runNode[lo]!];
  return node ? { node, offset: index.runOffset[lo]! + (p - index.runAt[lo]!) } : null;
}

export function stripWhitespace(s: string): string {
  return s.replace(/\s+/g, '');
}

/** Position of `text` in the index, searching from `from`; falls back to head…tail anchors for long texts. */
export function locate(index: TextIndex, text: string, from = 0): { start: number; end: number } | null {
  const key = stripWhitespace(text);
  if (!key) return null;
  let at = index.chars.indexOf(key, from);
  if (at < 0 && from > 0) at = index.chars.indexOf(key);
  if (at >= 0) return { start: at, end: at + key.length };
  // The live page may interleave something we skipped (an inline caption, an ad
  // slot) inside a long claim: anchor on its first and last 40 characters.
  if (key.length < 100) return null;
  const head = key.slice(0, 40);
  const tail = key.slice(-40);
  const h = index.chars.indexOf(head, from) >= 0 ? index.chars.indexOf(head, from) : index.chars.indexOf(head);
  if (h < 0) return null;
  const t = index.chars.indexOf(tail, h + head.length);
  if (t < 0 || t + tail.length - h > key.length * 1.5) return null;
  return { start: h, end: t + tail.length };
}

/** A live DOM Range over index positions [start, end). */
export function toRange(index: TextIndex, start: number, end: number): Range | null {
  if (start < 0 || end > index.chars.length || start >= end) return null;
  const s = pointAt(index, start);
  const e = pointAt(index, end - 1);
  if (!s || !e) return null;
  const range = s.node.ownerDocument.createRange();
  range.setStart(s.node, s.offset);
  range.setEnd(e.node, e.offset + 1);
  return range;
}
