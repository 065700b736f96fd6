/**
 * The meeting point of our two content scripts, which share one isolated world:
 * the small gate script, injected where a tab's title touches a topic, and the analysis script the
 * background injects only into pages that passed the gate and the title-only
 * topic check. The analysis script publishes this handle on the isolated
 * world's `window` (never visible to the page's own scripts); the gate script
 * drives it.
 */
import type { PageState } from '../messages';
import type { AnalyzedArticle, ExtractedArticle } from '../types';

export interface AnalyzerHandle {
  /** Extract, have the background analyze, highlight, report. Errors never escape. */
  run(opts: { force: boolean }): Promise<void>;
  /** The page stopped being one to analyze (single-page navigation): drop highlights and state. */
  clear(): void;
  state(): PageState;
  article(): AnalyzedArticle | null;
  extracted(): ExtractedArticle | null;
  select(index: number): boolean;
  next(): boolean;
  /** The page's DOM changed (debounced): re-place ranges, or re-analyze when much text arrived. */
  pageChanged(): Promise<void>;
}

export const ANALYZER_GLOBAL = '__ssSecondSourceAnalyzer';

type Holder = Record<string, unknown>;

export function publishAnalyzer(w: object, h: AnalyzerHandle | null): void {
  if (h) (w as Holder)[ANALYZER_GLOBAL] = h;
  else delete (w as Holder)[ANALYZER_GLOBAL];
}

export function findAnalyzer(w: object): AnalyzerHandle | null {
  const h = (w as Holder)[ANALYZER_GLOBAL];
  return h && typeof h === 'object' && typeof (h as AnalyzerHandle).run === 'function' ? (h as AnalyzerHandle) : null;
}
