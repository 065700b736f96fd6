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

const WS = /\s/;

export interface TextIndex {
  /** The non-whitespace characters of the indexed text, in document order. */
  chars: string;
  nodes: Text[];
  /** For chars[i]: index into `nodes` and offset inside that node's data. */
  nodeOf: Uint32Array;
  offsetOf: Uint32Array;
}

/** Index the text under `roots` (in order), skipping non-body elements. */
export function buildTextIndex(roots: Element[], skip: (el: Element) => boolean = isSkippedElement): TextIndex {
  const nodes: Text[] = [];
  const charParts: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
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
      let any = false;
      for (let i = 0; i < data.length; i++) {
        const c = data[i]!;
        if (WS.test(c)) continue;
        if (!any) {
          nodes.push(t);
          any = true;
        }
        charParts.push(c);
        nodeOf.push(nodes.length - 1);
        offsetOf.push(i);
      }
    }
  }
  return { chars: charParts.join(''), nodes, nodeOf: Uint32Array.from(nodeOf), offsetOf: Uint32Array.from(offsetOf) };
}

export function stripWhitespace(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (!WS.test(c)) out += c;
  }
  return out;
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
  const sNode = index.nodes[index.nodeOf[start]!];
  const eNode = index.nodes[index.nodeOf[end - 1]!];
  if (!sNode || !eNode) return null;
  const range = sNode.ownerDocument.createRange();
  range.setStart(sNode, index.offsetOf[start]!);
  range.setEnd(eNode, index.offsetOf[end - 1]! + 1);
  return range;
}
