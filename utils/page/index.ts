/** Page module: the cheap gate, full extraction, language, and the live article root. */
export { gatePage } from './gate';
export { extractArticle, countWords } from './extract';
export { detectLanguage, languageOfText } from './language';
export { findArticleRoot } from './root';
export { normalizeOutlet, outletFromHost } from './metadata';
