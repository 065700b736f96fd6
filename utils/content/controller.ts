/**
 * The content script's state machine, kept free of `browser.*` so it can be
 * driven by tests: the entrypoint hands it the page, a config loader, the background's analysis
 * and a hovercard, and forwards messages to it.
 *
 * Nothing here mutates the page: highlights go through CSS.highlights, the
 * hovercard lives in our shadow root, and every failure is caught and logged
 * with context instead of reaching the page.
 */
import type { IngestResult, PageAnalysisReply, PageState } from '../messages';
import type { AnalyzedArticle, ExtractedArticle, PageVerdict } from '../types';
import { findArticleRoot, findHeadline } from '../page/root';
import { highlightsActive, type ContentConfig } from './config';
import { analyzedTextOf, toAnalyzedArticle } from './analyzedText';
import { readPageFacts, type PageFacts } from '../page/extract';
import { recordTask } from './timing';
import type { PipelineResult } from './pipeline';
import { claimAt, clearHighlights, focusHighlight, paintHighlights, placeClaims, type PlacedClaim } from '../highlight/highlighter';
import type { CardContent } from './hovercard';
import type { AnalyzerHandle } from './handle';

export interface CardView {
  show(content: CardContent, anchor: DOMRect, viewport: { width: number; height: number }): void;
  hide(): void;
  readonly visible: boolean;
  contains(node: Node | null): boolean;
}

export interface ControllerDeps {
  doc: Document;
  loadConfig(): Promise<ContentConfig>;
  /** The background analyzes the extracted article (off this page's main thread) and stores it when on topic. */
  analyze(q: { facts: PageFacts; force: boolean }): Promise<PageAnalysisReply>;
  /** Created on first need: pages without flags get no shadow host at all. */
  card(): CardView;
  /** Called as soon as highlights are painted (hover and keyboard listeners go in then). */
  painted?: () => void;
  log?: (msg: string, err?: unknown) => void;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

const MAX_DOM_RERUNS = 8;

const yieldToBrowser = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

export class PageController implements AnalyzerHandle {
  private result: PipelineResult | null = null;
  private config: ContentConfig | null = null;
  private placed: PlacedClaim[] = [];
  private painted = 0;
  private focused = -1;
  private ingest: IngestResult | null = null;
  private running: Promise<void> | null = null;
  private forced = false;
  private url: string;
  /** Length of the page's text at the last pass, to notice late content. */
  private bodyLength = 0;
  private domReruns = 0;

  constructor(private deps: ControllerDeps) {
    this.url = deps.doc.location?.href ?? '';
  }

  private log(msg: string, err?: unknown): void {
    (this.deps.log ?? ((m, e) => console.warn(`[Second Source] ${m}`, e ?? '')))(msg, err);
  }

  /** Extract the page, have the background analyze it, paint. Errors never escape. */
  run(opts: { force?: boolean } = {}): Promise<void> {
    this.forced = !!opts.force;
    const job = (async () => {
      try {
        const doc = this.deps.doc;
        this.url = doc.location?.href ?? this.url;
        // The reader's highlight settings, read while the page is extracted.
        const config = this.deps.loadConfig();
        await yieldToBrowser();
        const t0 = performance.now();
        this.bodyLength = doc.body?.textContent?.length ?? 0;
        const facts = readPageFacts(doc, this.url);
        recordTask('extract', t0, performance.now() - t0);
        this.config = await config;
        const reply = await this.deps.analyze({ facts, force: this.forced });
        const analyzed = reply.verdict.kind === 'on-topic' || reply.verdict.kind === 'forced';
        const analyzedText = analyzedTextOf(reply.extracted);
        this.ingest = reply.ingest;
        this.result = {
          verdict: reply.verdict,
          extracted: reply.extracted,
          analyzedText: analyzed ? analyzedText : null,
          claims: analyzed ? reply.claims : [],
          article: analyzed ? toAnalyzedArticle(reply.extracted, reply, analyzedText) : null,
        };
        await yieldToBrowser();
        this.repaint();
        if (this.painted) this.deps.painted?.();
      } catch (err) {
        this.log(`analysis failed on ${this.url}`, err);
        clearHighlights();
        this.placed = [];
        this.painted = 0;
        this.result = {
          verdict: { kind: 'error', message: err instanceof Error ? err.message : String(err) },
          extracted: null, analyzedText: null, claims: [], article: null,
        };
      }
    })();
    this.running = job;
    return job;
  }

  /** The page is no longer one to analyze: drop highlights, card and state. */
  clear(): void {
    this.hideCard();
    this.teardown();
    this.result = null;
    this.ingest = null;
    this.focused = -1;
    this.domReruns = 0;
  }

  /** Wait for the pass in flight (message handlers answer with the settled state). */
  async settled(): Promise<void> {
    while (this.running) {
      const r = this.running;
      await r;
      if (this.running === r) this.running = null;
    }
  }

  /** Re-place and re-paint from the current result and config (settings changed, DOM changed). */
  repaint(): void {
    const r = this.result;
    const cfg = this.config;
    this.placed = [];
    this.painted = 0;
    clearHighlights();
    if (!r || !cfg || !r.analyzedText || !r.extracted || !r.claims.length) return;
    const t0 = performance.now();
    const root = findArticleRoot(this.deps.doc, r.extracted);
    const roots: Element[] = [];
    const h1 = findHeadline(this.deps.doc, r.extracted.title);
    if (h1 && (!root || !root.contains(h1))) roots.push(h1); // the headline is analyzed too
    if (root) roots.push(root);
    if (!roots.length) return;
    this.placed = placeClaims(roots, r.analyzedText, r.claims);
    if (highlightsActive(cfg, this.url)) this.painted = paintHighlights(this.placed, cfg.highlightTypes);
    recordTask('highlight', t0, performance.now() - t0);
  }

  /** Settings changed in the popup or collection page (topic changes re-run from the gate script). */
  setConfig(cfg: ContentConfig): void {
    this.config = cfg;
    this.repaint();
  }

  /** Placed claims that are visible under the current settings, in reading order. */
  private visibleClaims(): PlacedClaim[] {
    const cfg = this.config;
    if (!cfg || !highlightsActive(cfg, this.url)) return [];
    return this.placed.filter((p) => cfg.highlightTypes.includes(p.claim.type));
  }

  state(): PageState {
    const r = this.result;
    const ex = r?.extracted ?? null;
    const verdict: PageVerdict = r?.verdict ?? { kind: 'error', message: 'Still reading this page…' };
    const text = r?.analyzedText ?? '';
    return {
      url: this.url,
      verdict,
      title: ex?.title ?? null,
      outlet: ex?.outlet ?? null,
      originalOutlet: ex?.originalOutlet ?? null,
      publishedAt: ex?.publishedAt ?? null,
      lang: ex?.lang ?? null,
      claims: (r?.claims ?? []).map((c) => ({
        type: c.type,
        text: text.slice(c.start, c.end),
        source: c.source?.text ?? null,
        cue: c.cue?.text ?? null,
        reason: c.reason,
      })),
      highlighted: this.painted,
      analyzerVersion: r?.article?.analyzerVersion ?? null,
    };
  }

  article(): AnalyzedArticle | null {
    return this.result?.article ?? null;
  }

  extracted(): ExtractedArticle | null {
    return this.result?.extracted ?? null;
  }

  /** Scroll to claim `index` (analysis order) and show its card. */
  select(index: number): boolean {
    const p = this.placed.find((x) => x.index === index);
    if (!p) return false;
    this.focused = this.visibleClaims().indexOf(p);
    this.reveal(p);
    return true;
  }

  /** Keyboard: cycle through the visible flags. */
  next(): boolean {
    const list = this.visibleClaims();
    if (!list.length) return false;
    this.focused = (this.focused + 1) % list.length;
    this.reveal(list[this.focused]!);
    return true;
  }

  private reveal(p: PlacedClaim): void {
    const start = p.range.startContainer.parentElement;
    start?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    focusHighlight(p.range);
    // Show the card once the scroll has settled so it sits next to the words.
    setTimeout(() => this.showCard(p), 350);
    setTimeout(() => focusHighlight(null), 2500);
  }

  private showCard(p: PlacedClaim): void {
    const view = this.deps.doc.defaultView;
    if (!view) return;
    const list = this.visibleClaims();
    const rects = p.range.getClientRects();
    const anchor = rects[0] ?? p.range.getBoundingClientRect();
    this.deps.card().show(
      {
        type: p.claim.type,
        source: p.claim.source?.text ?? null,
        cue: p.claim.cue?.text ?? null,
        reason: p.claim.reason,
        otherOutlets: this.ingest ? this.ingest.otherOutlets : null,
        position: { index: Math.max(0, list.indexOf(p)), total: list.length },
      },
      anchor,
      { width: view.innerWidth, height: view.innerHeight },
    );
  }

  /** Pointer moved to (x, y): show the card of the flag under it, hide it when it leaves. */
  hover(x: number, y: number, target: EventTarget | null): void {
    if (!this.painted) return;
    const doc = this.deps.doc as CaretDoc;
    let node: Node | null = null;
    let offset = 0;
    if (doc.caretPositionFromPoint) {
      const pos = doc.caretPositionFromPoint(x, y);
      if (pos) ({ offsetNode: node, offset } = pos);
    } else if (doc.caretRangeFromPoint) {
      const r = doc.caretRangeFromPoint(x, y);
      if (r) {
        node = r.startContainer;
        offset = r.startOffset;
      }
    }
    const cfg = this.config;
    const hit = node && cfg ? claimAt(this.placed, cfg.highlightTypes, node, offset) : null;
    if (hit) {
      // The caret snaps to the nearest text: confirm the pointer is really over the claim's boxes.
      const inside = [...hit.range.getClientRects()].some((r) => x >= r.left - 2 && x <= r.right + 2 && y >= r.top - 2 && y <= r.bottom + 2);
      if (inside) return this.showCard(hit);
    }
    const card = this.deps.card();
    if (card.visible && !card.contains(target as Node | null)) card.hide();
  }

  hideCard(): void {
    if (this.painted) this.deps.card().hide();
  }

  /**
   * The page's DOM changed (debounced by the caller). Re-analyze when its text
   * grew markedly (read-more expanders, lazy paragraphs, paywall reveals);
   * otherwise only re-place the ranges, which replaced nodes may have emptied.
   * A page that keeps growing forever (live tickers) gets a bounded number of passes.
   */
  async pageChanged(): Promise<void> {
    const now = this.deps.doc.body?.textContent?.length ?? 0;
    const grew = now > this.bodyLength * 1.15 + 200;
    if (grew && this.domReruns < MAX_DOM_RERUNS) {
      this.domReruns++;
      return this.run({ force: this.forced });
    }
    if (this.placed.length) this.repaint();
  }

  teardown(): void {
    clearHighlights();
    this.placed = [];
    this.painted = 0;
  }
}
