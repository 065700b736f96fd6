/**
 * Search tokens for the article list. Each article stores the distinct folded
 * tokens of its title, outlets and stored claims (`terms`, a multiEntry index),
 * so a text query is an index range per token instead of a scan of every
 * article and claim. Tokens are truncated to keep the 3 KB footprint; a query
 * token matches a term it is a prefix of ("negot" finds "negotiations").
 */

/** Longer tokens are cut: they add bytes to every record but rarely add selectivity. */
export const MAX_TERM_LENGTH = 10;
/** Shorter words ("a", "s" of "Israel's") select nothing. Numbers of any length are kept: "Channel 4". */
export const MIN_TERM_LENGTH = 2;

export interface StopwordGroup {
  why: string;
  words: readonly string[];
  /** Text whose tokens are all dropped. */
  matches: readonly string[];
  /** Words that must stay searchable despite looking alike. */
  mustNotMatch: readonly string[];
}

/**
 * Words not worth an index entry: they occur in nearly every article, so a
 * query on them selects nothing and storing them costs footprint.
 */
export const SEARCH_STOPWORDS: readonly StopwordGroup[] = [
  {
    why: 'function words: articles, prepositions, conjunctions',
    words: ['the', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'as', 'about', 'after', 'over', 'than', 'that', 'this', 'these', 'those', 'if', 'so', 'not', 'no'],
    matches: ['of the', 'in and on', 'to the'],
    mustNotMatch: ['theater', 'anthem', 'ontario', 'norway'],
  },
  {
    why: 'pronouns and auxiliaries that fill claim sentences ("he said it was")',
    words: ['he', 'she', 'it', 'its', 'they', 'them', 'their', 'we', 'our', 'us', 'you', 'his', 'her', 'who', 'which', 'what', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'do', 'does', 'did'],
    matches: ['he was', 'they have been', 'it would'],
    mustNotMatch: ['hezbollah', 'washington', 'hebron'],
  },
  {
    why: 'attribution verbs present in almost every claim ("said", "says")',
    words: ['said', 'says', 'say', 'told', 'according'],
    matches: ['said', 'according to'],
    mustNotMatch: ['saida', 'toldo'],
  },
];

const STOPWORDS: ReadonlySet<string> = new Set(SEARCH_STOPWORDS.flatMap((g) => g.words));

/** Lower-case, strip accents, split on anything that is not a letter or digit. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

function keep(token: string): boolean {
  return (token.length >= MIN_TERM_LENGTH || /^\p{N}+$/u.test(token)) && !STOPWORDS.has(token);
}

/** Distinct index terms of some texts (nulls ignored), in first-seen order. */
export function searchTerms(parts: ReadonlyArray<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const t of tokenize(part)) if (keep(t)) out.add(t.slice(0, MAX_TERM_LENGTH));
  }
  return [...out];
}

/** Query tokens usable against `terms`; empty when the query has only stopwords. */
export function queryTokens(query: string): string[] {
  return [...new Set(tokenize(query).filter(keep).map((t) => t.slice(0, MAX_TERM_LENGTH)))];
}

/**
 * True when every query token matches some term (AND semantics): words as a
 * prefix, numbers exactly ("3" must not find "30" or "2023").
 */
export function termsMatch(terms: readonly string[], tokens: readonly string[]): boolean {
  return tokens.every((q) => (/^\p{N}+$/u.test(q) ? terms.includes(q) : terms.some((t) => t.startsWith(q))));
}
