/**
 * The page's half of extraction, run by the injected analysis script: read
 * what needs the live DOM (Readability on a clone, meta tags, JSON-LD, text
 * blocks, printed dates) into plain data for the background, which finishes
 * the extraction and analyzes it off the page's main thread.
 */
import { readPageFacts, type PageFacts } from '../page/extract';

export type { PageFacts };

export function extractStep(doc: Document, url: string): PageFacts {
  return readPageFacts(doc, url);
}
