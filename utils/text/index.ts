export { repairText, type RepairedText } from './repair';
export { segmentSentences, type SentenceSpan } from './segment';
