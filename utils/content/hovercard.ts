/**
 * The hovercard: what a flag means, in the reader's words, with the evidence.
 * Rendered inside our own shadow root with textContent only (page text is data,
 * never markup). Positioned `fixed` next to the claim, so it never moves the page.
 */
import type { ClaimType } from '../types';

export const TYPE_LABEL: Record<ClaimType, string> = {
  anonymous: 'Unnamed source',
  vague: 'No identifiable source',
  report: "Another outlet's report",
  named: 'Named person',
  institutional: 'Institution on record',
};

export interface CardContent {
  type: ClaimType;
  source: string | null;
  cue: string | null;
  reason: string;
  /** Other outlets known for this article's event; null while unknown. */
  otherOutlets: number | null;
  position: { index: number; total: number };
}

export const HOVERCARD_CSS = `
:host{all:initial}
.ss-card{position:fixed;z-index:2147483646;max-width:340px;min-width:220px;box-sizing:border-box;padding:10px 12px;border-radius:8px;
  font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff;border:1px solid #d0d7de;
  box-shadow:0 6px 24px rgba(0,0,0,.18);pointer-events:auto}
.ss-card[hidden]{display:none}
.ss-type{display:inline-block;font-weight:600;font-size:12px;padding:1px 8px;border-radius:999px;margin-bottom:6px}
.ss-t-anonymous{background:#fde68a;color:#78350f}.ss-t-vague{background:#ddd6fe;color:#4c1d95}.ss-t-report{background:#bfdbfe;color:#1e3a8a}
.ss-t-named{background:#bbf7d0;color:#14532d}.ss-t-institutional{background:#99f6e4;color:#134e4a}
.ss-row{margin:2px 0}.ss-k{color:#57606a}.ss-q{font-style:italic}
.ss-reason{margin-top:6px}
.ss-foot{margin-top:8px;display:flex;justify-content:space-between;gap:8px;color:#57606a;font-size:12px}
.ss-foot button{font:inherit;color:#0969da;background:none;border:0;padding:0;cursor:pointer;text-decoration:underline}
.ss-foot button:focus-visible{outline:2px solid #0969da;outline-offset:2px}
@media (prefers-color-scheme: dark){
  .ss-card{color:#e6edf3;background:#161b22;border-color:#30363d;box-shadow:0 6px 24px rgba(0,0,0,.5)}
  .ss-k,.ss-foot{color:#9da7b3}.ss-foot button{color:#58a6ff}
}
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export class Hovercard {
  private card: HTMLDivElement;

  constructor(container: HTMLElement, private onOpenDetails: () => void) {
    const doc = container.ownerDocument;
    this.card = el(doc, 'div', 'ss-card');
    this.card.setAttribute('role', 'tooltip');
    this.card.setAttribute('aria-live', 'polite');
    this.card.hidden = true;
    container.append(this.card);
  }

  show(content: CardContent, anchor: DOMRect, viewport: { width: number; height: number }): void {
    const doc = this.card.ownerDocument;
    this.card.replaceChildren();
    this.card.append(el(doc, 'span', `ss-type ss-t-${content.type}`, TYPE_LABEL[content.type]));
    if (content.source) {
      const row = el(doc, 'div', 'ss-row');
      row.append(el(doc, 'span', 'ss-k', 'Source: '), el(doc, 'span', 'ss-q', `“${content.source}”`));
      this.card.append(row);
    }
    if (content.cue) {
      const row = el(doc, 'div', 'ss-row');
      row.append(el(doc, 'span', 'ss-k', 'Cue: '), el(doc, 'span', 'ss-q', `“${content.cue}”`));
      this.card.append(row);
    }
    this.card.append(el(doc, 'div', 'ss-reason', content.reason));
    const foot = el(doc, 'div', 'ss-foot');
    foot.append(el(doc, 'span', undefined, `${content.position.index + 1} of ${content.position.total}`));
    if (content.otherOutlets !== null) {
      const n = content.otherOutlets;
      const btn = el(doc, 'button', undefined, n === 0 ? 'No other outlet seen yet' : `${n} other outlet${n === 1 ? '' : 's'} covered this event`);
      btn.type = 'button';
      btn.addEventListener('click', () => this.onOpenDetails());
      foot.append(btn);
    }
    this.card.append(foot);
    this.card.hidden = false;
    // Below the claim when there is room, above otherwise; clamped to the viewport.
    const w = Math.min(340, viewport.width - 16);
    const left = Math.max(8, Math.min(anchor.left, viewport.width - w - 8));
    this.card.style.left = `${left}px`;
    const h = this.card.offsetHeight || 120;
    const below = anchor.bottom + 8;
    const top = below + h < viewport.height ? below : Math.max(8, anchor.top - h - 8);
    this.card.style.top = `${top}px`;
  }

  hide(): void {
    this.card.hidden = true;
  }

  get visible(): boolean {
    return !this.card.hidden;
  }

  contains(node: Node | null): boolean {
    return !!node && this.card.contains(node);
  }
}
