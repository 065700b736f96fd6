export { analyzeText, ANALYZER_VERSION, type AnalyzeOptions } from './analyze';
export { classifySource, type SourceClass } from './source';
export { findBoilerplateLines, boilerplateGroupOf } from './boilerplate';
export * from './lexicon';
