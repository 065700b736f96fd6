/**
 * Imported first by each content script: marks when its bundle's modules start
 * evaluating, so the benchmarks can count module set-up (lexicon tables,
 * compiled patterns) as main-thread time we add, not only the pipeline's steps.
 */
export const LOAD_START = typeof performance !== 'undefined' ? performance.now() : 0;
