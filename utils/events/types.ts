/**
 * Plain JSON shapes for same-event matching. The background store persists
 * `EventFingerprint` per article and `EventState` per event (Dexie), indexing
 * both on `keys` (multiEntry) to find candidate events without a full scan.
 */

/**
 * Recorded with every fingerprint and event state. Bump it when the term space changes (how words are stemmed, how
 * entities and numbers are written), which would leave stored events incomparable with new fingerprints. A change in
 * which words are read (the lede's furniture filter) keeps the term space: stored events stay comparable.
 */
export const EVENTS_VERSION = 'events-1';

/** A weighted term: `t` is lower-case (a stem, an entity "e:..." or a number "n:..."), `w` its weight. */
export interface WeightedTerm {
  t: string;
  w: number;
}

/** Compact description of what one article is about (≤ ~1 KB as JSON). */
export interface EventFingerprint {
  version: string;
  /** Publication date YYYY-MM-DD, or null when unknown. */
  date: string | null;
  outlet: string | null;
  /** Lower-case identifiers (stems, entities, numbers): the store's multiEntry index for candidates. ≤ 24. */
  keys: string[];
  /** Content terms of title + lede, weighted by rarity and position (title terms count more). */
  terms: WeightedTerm[];
  /** Capitalized name sequences as written ("Majed Al-Ansari", "Doha"), most salient first. */
  entities: string[];
  /** Numbers as written in digits, normalized ("11", "2024", "50%"). */
  numbers: string[];
  /** Title, trimmed (for display and debugging). */
  title: string;
}

/** One event (cluster of articles about the same story), bounded in size whatever the article count. */
export interface EventState {
  id: string;
  /** Title of the first article that opened the event. */
  title: string;
  /** Union of the most weighted member terms, ≤ 24: the store's multiEntry index. */
  keys: string[];
  /** First and last member dates (YYYY-MM-DD), null when no member had a date. */
  start: string | null;
  end: string | null;
  /** Distinct outlets seen, ≤ 32. */
  outlets: string[];
  articleCount: number;
  /** Aggregated term weights: sum of member weights, capped to the strongest `MAX_EVENT_TERMS`. */
  terms: WeightedTerm[];
  version: string;
}

/** Why an article joined an event, for the popup and for debugging. */
export interface EventMatch {
  eventId: string;
  score: number;
  reasons: string[];
}

/** A record the CLI and EventIndex ingest. */
export interface EventArticle {
  id?: string;
  title: string;
  text?: string;
  outlet?: string;
  date?: string | null;
}
