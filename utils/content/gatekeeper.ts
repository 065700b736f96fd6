/**
 * The small content script's logic (the background injects it where a tab's
 * title or address touches a topic, utils/background/tabWatch.ts; the popup,
 * where it is opened), cheapest check first: the page's address (search, home, docs pages stop
 * here), then one question to the background about its title and description
 * (is it on one of the reader's topics?), and only then the article gate,
 * which reads metadata and prose. A page that passes both is handed to the
 * analysis script, which the background injects.
 *
 * Free of `browser.*` so tests can drive it; the entrypoint gives it the page,
 * the background call and where the analyzer shows up.
 */
import type { PageState } from '../messages';
import { pageAddress } from '../page/address';
import { gatePage } from '../page/gate';
import type { QuickPage } from '../topic/score';
import type { AnalyzedArticle, ExtractedArticle, GateResult, PageVerdict } from '../types';
import { quickPageOf } from './gateStep';
import type { AnalyzerHandle } from './handle';
import type { GateApi } from './gateProtocol';

export interface GateQuestion extends QuickPage {
  force: boolean;
  /** The analysis script is not in this page yet: inject it if the answer is yes. */
  inject: boolean;
}

export interface GatekeeperDeps {
  doc: Document;
  askBackground(q: GateQuestion): Promise<{ pass: boolean }>;
  findAnalyzer(): AnalyzerHandle | null;
  onTask?: (name: string, startMs: number, durationMs: number) => void;
  log?: (msg: string, err?: unknown) => void;
}

/** A page that keeps growing (live tickers) is re-checked a bounded number of times. */
const MAX_DOM_RECHECKS = 8;

const signature = (q: QuickPage): string => `${q.title}\n${q.description ?? ''}`;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export class Gatekeeper implements GateApi {
  private gate: GateResult | null = null;
  private verdict: PageVerdict | null = null;
  /** The analysis script owns this page now (it passed both checks). */
  private analyzer: AnalyzerHandle | null = null;
  private forced = false;
  private url: string;
  private bodyLength = 0;
  private rechecks = 0;
  /** Title and description the background judged off topic. */
  private quickSig: string | null = null;
  private running: Promise<void> | null = null;

  constructor(private deps: GatekeeperDeps) {
    this.url = deps.doc.location?.href ?? '';
  }

  private log(msg: string, err?: unknown): void {
    (this.deps.log ?? ((m, e) => console.warn(`[Second Source] ${m}`, e ?? '')))(msg, err);
  }

  private release(): void {
    this.analyzer?.clear();
    this.analyzer = null;
  }

  /** How much text the page has now: the baseline that tells late content from small changes. */
  private textLength(): number {
    const t0 = now();
    const n = this.deps.doc.body?.textContent?.length ?? 0;
    this.deps.onTask?.('baseline', t0, now() - t0);
    return n;
  }

  /** One pass at a time: a navigation or late content arriving mid-pass waits its turn (no double injection). */
  run(opts: { force?: boolean } = {}): Promise<void> {
    if (opts.force) this.forced = true;
    const before = this.running ?? Promise.resolve();
    const job = before.then(() => this.pass());
    this.running = job;
    return job;
  }

  private async pass(): Promise<void> {
    try {
      const doc = this.deps.doc;
      this.url = doc.location?.href ?? this.url;
      this.gate = null;
      // 1. The address alone refuses search, listing, home, docs and wiki pages, for good.
      let t0 = now();
      const address = pageAddress(doc, this.url);
      this.deps.onTask?.('address', t0, now() - t0);
      if (address.veto && !this.forced) return this.refuse(address.veto);
      // 2. Title and description: most pages the reader opens are on none of their
      //    topics, and the background says so from these few words.
      t0 = now();
      const quick = quickPageOf(doc, this.url);
      this.deps.onTask?.('title', t0, now() - t0);
      if (!this.forced && !(await this.deps.askBackground({ ...quick, force: false, inject: false })).pass) return this.offTopic(quick);
      // 3. On one of the reader's topics: is it an article (metadata, then prose)?
      t0 = now();
      const gate = gatePage(doc, this.url, address);
      this.gate = gate;
      this.deps.onTask?.('gate', t0, now() - t0);
      if (!gate.isArticle && !this.forced) return this.refuse(gate);
      // 4. Both passed: the background injects the analysis script, which takes over.
      const found = this.deps.findAnalyzer();
      const { pass } = await this.deps.askBackground({ ...quick, force: this.forced, inject: !found });
      if (!pass) return this.offTopic(quick);
      const analyzer = found ?? this.deps.findAnalyzer();
      if (!analyzer) throw new Error('the analysis script did not load in this page');
      this.analyzer = analyzer;
      this.verdict = null;
      await analyzer.run({ force: this.forced });
    } catch (err) {
      this.log(`could not check ${this.url}`, err);
      this.release();
      this.verdict = { kind: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  }

  private offTopic(quick: QuickPage): void {
    this.release();
    this.verdict = { kind: 'off-topic', topics: [] };
    // The title check read only the title and description: only a change there can change the answer.
    this.quickSig = signature(quick);
  }

  private refuse(gate: GateResult): void {
    this.gate = gate;
    this.release();
    this.verdict = { kind: 'not-article', reason: gate.reason };
    // Only a refusal for lack of prose can change as content arrives.
    if (!gate.final) this.bodyLength = this.textLength();
  }

  /** Wait for the pass in flight (message handlers answer with the settled state). */
  async settled(): Promise<void> {
    while (this.running) {
      const r = this.running;
      await r;
      if (this.running === r) this.running = null;
    }
  }

  /**
   * What can still change the verdict, so what the entrypoint observes: the
   * body while late content can (an analyzed page, a page refused for lack of
   * prose), only the head while only a new title or description can (a page
   * off the reader's topics), nothing once the page was refused for good.
   */
  watchTarget(): 'body' | 'head' | null {
    if (this.forced || this.analyzer) return 'body';
    if (this.gate && !this.gate.isArticle && this.gate.final) return null;
    if (this.verdict?.kind === 'off-topic') return 'head';
    return 'body';
  }

  state(): PageState {
    if (this.analyzer) return this.analyzer.state();
    return {
      url: this.url,
      verdict: this.verdict ?? { kind: 'error', message: 'Still reading this page…' },
      title: null, outlet: null, originalOutlet: null, publishedAt: null, lang: null,
      claims: [], highlighted: 0, analyzerVersion: null,
    };
  }

  article(): AnalyzedArticle | null {
    return this.analyzer?.article() ?? null;
  }

  extracted(): ExtractedArticle | null {
    return this.analyzer?.extracted() ?? null;
  }

  select(index: number): boolean {
    return this.analyzer?.select(index) ?? false;
  }

  next(): boolean {
    return this.analyzer?.next() ?? false;
  }

  async analyzeAnyway(): Promise<PageState> {
    await this.run({ force: true });
    return this.state();
  }

  /** The page changed under us: single-page navigation, or late content (debounced by the caller). */
  async pageChanged(kind: 'dom' | 'navigation'): Promise<void> {
    if (kind === 'navigation') {
      this.forced = false;
      this.rechecks = 0;
      return this.run();
    }
    if (this.analyzer) return this.analyzer.pageChanged();
    if (!this.watchTarget() || this.rechecks >= MAX_DOM_RECHECKS) return;
    if (this.verdict?.kind === 'off-topic') {
      // An app shell that set its real title late: ask again only when the title or description changed.
      if (this.quickSig !== signature(quickPageOf(this.deps.doc, this.deps.doc.location?.href ?? this.url))) {
        this.rechecks++;
        return this.run();
      }
      return;
    }
    // An app shell that filled in its article, a "read more" that revealed it:
    // check again only when the text grew markedly, a bounded number of times.
    const length = this.textLength();
    if (length > this.bodyLength * 1.15 + 200 && this.rechecks < MAX_DOM_RECHECKS) {
      this.rechecks++;
      return this.run();
    }
  }
}
