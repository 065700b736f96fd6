export { analyzeText, analyzeTextTraced, ANALYZER_VERSION, ownOutlets, type AnalyzeOptions, type TracedClaim } from './analyze';
export { classifySource, type SourceClass } from './source';
export { findBoilerplateLines, boilerplateGroupOf } from './boilerplate';
export * from './lexicon';
