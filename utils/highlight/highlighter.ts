/**
 * Claims → live-page highlights through the CSS Custom Highlight API: ranges are
 * registered in `CSS.highlights` under `ss-<type>` (and `ss-source` for the source
 * phrase inside a claim) and painted by `::highlight()` rules; the page's DOM is
 * never changed.
 */
import type { Claim, ClaimType } from '../types';
import { buildTextIndex, locate, toRange, type TextIndex } from './textIndex';

export const HIGHLIGHT_NAMES: Record<ClaimType, string> = {
  anonymous: 'ss-anonymous',
  vague: 'ss-vague',
  report: 'ss-report',
  named: 'ss-named',
  institutional: 'ss-institutional',
};
export const SOURCE_HIGHLIGHT = 'ss-source';
export const FOCUS_HIGHLIGHT = 'ss-focus';

export interface PlacedClaim {
  /** Index of the claim in the analysis result. */
  index: number;
  claim: Claim;
  range: Range;
  sourceRange: Range | null;
}

/** Locate each claim (and its source phrase) of `analyzed` in the live page under `roots`. */
export function placeClaims(roots: Element[], analyzed: string, claims: Claim[], index?: TextIndex): PlacedClaim[] {
  const idx = index ?? buildTextIndex(roots);
  const placed: PlacedClaim[] = [];
  let cursor = 0;
  claims.forEach((claim, i) => {
    const text = analyzed.slice(claim.start, claim.end);
    const at = locate(idx, text, cursor);
    if (!at) return;
    const range = toRange(idx, at.start, at.end);
    if (!range) return;
    cursor = at.start;
    let sourceRange: Range | null = null;
    if (claim.source && claim.source.start >= claim.start && claim.source.end <= claim.end) {
      // Search the source phrase from the claim's own start so a repeated phrase lands inside this claim.
      const s = locate(idx, claim.source.text, at.start);
      if (s && s.start >= at.start && s.end <= at.end) sourceRange = toRange(idx, s.start, s.end);
    }
    placed.push({ index: i, claim, range, sourceRange });
  });
  return placed;
}

interface HighlightRegistryLike {
  set(name: string, value: unknown): unknown;
  delete(name: string): boolean;
}

function registry(): { reg: HighlightRegistryLike; Highlight: new (...r: Range[]) => unknown } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const H = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!css?.highlights || !H) return null;
  return { reg: css.highlights, Highlight: H };
}

/** Paint the placed claims whose type is in `types`. Returns how many were painted. */
export function paintHighlights(placed: PlacedClaim[], types: readonly ClaimType[]): number {
  const r = registry();
  if (!r) return 0;
  clearHighlights();
  const byType = new Map<ClaimType, Range[]>();
  const sources: Range[] = [];
  let n = 0;
  for (const p of placed) {
    if (!types.includes(p.claim.type)) continue;
    const list = byType.get(p.claim.type) ?? [];
    list.push(p.range);
    byType.set(p.claim.type, list);
    if (p.sourceRange) sources.push(p.sourceRange);
    n++;
  }
  for (const [type, ranges] of byType) r.reg.set(HIGHLIGHT_NAMES[type], new r.Highlight(...ranges));
  if (sources.length) {
    const h = new r.Highlight(...sources) as { priority?: number };
    h.priority = 1; // the source phrase is drawn over its claim
    r.reg.set(SOURCE_HIGHLIGHT, h);
  }
  return n;
}

/** Emphasize one claim (keyboard cycling, popup "show me"). */
export function focusHighlight(range: Range | null): void {
  const r = registry();
  if (!r) return;
  if (range) {
    const h = new r.Highlight(range) as { priority?: number };
    h.priority = 2;
    r.reg.set(FOCUS_HIGHLIGHT, h);
  }
  else r.reg.delete(FOCUS_HIGHLIGHT);
}

export function clearHighlights(): void {
  const r = registry();
  if (!r) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) r.reg.delete(name);
  r.reg.delete(SOURCE_HIGHLIGHT);
  r.reg.delete(FOCUS_HIGHLIGHT);
}

/** The painted claim under a caret position (hit-testing without DOM changes). */
export function claimAt(placed: PlacedClaim[], types: readonly ClaimType[], node: Node, offset: number): PlacedClaim | null {
  for (const p of placed) {
    if (!types.includes(p.claim.type)) continue;
    try {
      if (p.range.isPointInRange(node, offset)) return p;
    } catch {
      // node in another document or detached: not ours
    }
  }
  return null;
}

/**
 * Styles for the page. Only `::highlight(ss-*)` rules: they can paint nothing but
 * our own highlights. Translucent backgrounds with a coloured underline stay
 * legible on light and dark pages alike.
 */
export const HIGHLIGHT_CSS = `
::highlight(ss-anonymous){background-color:rgba(245,158,11,.32);text-decoration:underline 2px rgba(217,119,6,.95);text-underline-offset:3px}
::highlight(ss-vague){background-color:rgba(139,92,246,.26);text-decoration:underline 2px dotted rgba(124,58,237,.95);text-underline-offset:3px}
::highlight(ss-report){background-color:rgba(59,130,246,.22);text-decoration:underline 2px dashed rgba(37,99,235,.9);text-underline-offset:3px}
::highlight(ss-named){background-color:rgba(34,197,94,.18)}
::highlight(ss-institutional){background-color:rgba(20,184,166,.18)}
::highlight(ss-source){text-decoration:underline 3px solid currentColor;text-underline-offset:3px}
::highlight(ss-focus){background-color:rgba(250,204,21,.62);color:#111}
`;
