/**
 * Inverse document frequency of a stem, from the generated table (df-table.ts).
 * Stems missing from the table are rarer than DF_MIN documents in the corpus and
 * get one shared "rare" IDF: names like "doha" or "plosser" are the best event
 * identifiers, and telling them apart by rarity would only fit the corpus.
 */
import { DF_DOCS, DF_MIN, IDF_BUCKETS } from './df-table';

let table: Map<string, number> | null = null;

function load(): Map<string, number> {
  const m = new Map<string, number>();
  for (const [q, words] of Object.entries(IDF_BUCKETS)) {
    const idf = Number(q) / 4;
    for (const w of words.split(' ')) if (w) m.set(w, idf);
  }
  return m;
}

/** IDF for stems rarer than the table: as if seen in DF_MIN / 2 documents. */
export const RARE_IDF = Math.log(DF_DOCS / (DF_MIN / 2));

export function idf(stem: string): number {
  table ??= load();
  return table.get(stem) ?? RARE_IDF;
}

/** True when the stem is in the table with an IDF below `max` (i.e. a common word). */
export function isCommon(stem: string, max = 2): boolean {
  return idf(stem) < max;
}
