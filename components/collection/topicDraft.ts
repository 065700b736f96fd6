/**
 * The topic editor works on a text draft (what the reader types) and converts it to a
 * TopicProfile only when it validates. Pure functions, tested without a DOM.
 */
import type { TopicProfile, TopicTerm } from '../../utils/types';

export interface TopicDraft {
  id: string | null;
  name: string;
  description: string;
  /** Comma- or newline-separated keywords. */
  keywords: string;
  /** Comma- or newline-separated words that pull an article away from the topic. */
  exclude: string;
  /** As typed, so the reader sees their own input when it is invalid. */
  threshold: string;
}

export type TopicDraftErrors = Partial<Record<'name' | 'keywords' | 'exclude' | 'threshold', string>>;

/** Weight of a keyword the reader adds; existing keywords keep their weight. */
export const DEFAULT_KEYWORD_WEIGHT = 1;
export const DEFAULT_THRESHOLD = 3;
export const MAX_NAME_LENGTH = 60;
export const MAX_KEYWORD_LENGTH = 60;

export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,\n;]/)) {
    const item = raw.replace(/\s+/g, ' ').trim();
    if (!item || seen.has(item.toLowerCase())) continue;
    seen.add(item.toLowerCase());
    out.push(item);
  }
  return out;
}

export function emptyDraft(): TopicDraft {
  return { id: null, name: '', description: '', keywords: '', exclude: '', threshold: String(DEFAULT_THRESHOLD) };
}

export function topicToDraft(topic: TopicProfile): TopicDraft {
  const keywords = [...topic.entities, ...topic.phrases, ...topic.terms].map((k) => k.term);
  return {
    id: topic.id,
    name: topic.name,
    description: topic.description,
    keywords: keywords.join(', '),
    exclude: topic.negative.map((k) => k.term).join(', '),
    threshold: String(topic.threshold),
  };
}

/** Messages are i18n keys plus substitutions, so this stays free of UI code. */
export interface DraftError {
  key: string;
  subs?: string[];
}

export function validateTopicDraft(draft: TopicDraft, others: readonly TopicProfile[]): Partial<Record<keyof TopicDraftErrors, DraftError>> {
  const errors: Partial<Record<keyof TopicDraftErrors, DraftError>> = {};
  const name = draft.name.trim();
  if (!name) errors.name = { key: 'topicErrNameRequired' };
  else if (name.length > MAX_NAME_LENGTH) errors.name = { key: 'topicErrNameLong', subs: [String(MAX_NAME_LENGTH)] };
  else if (others.some((t) => t.id !== draft.id && t.name.trim().toLowerCase() === name.toLowerCase())) {
    errors.name = { key: 'topicErrNameTaken' };
  }

  const keywords = splitList(draft.keywords);
  // A one-letter keyword would match inside almost every article.
  const bad = keywords.find((k) => k.length < 2 || k.length > MAX_KEYWORD_LENGTH);
  if (keywords.length === 0) errors.keywords = { key: 'topicErrKeywordsRequired' };
  else if (bad) errors.keywords = { key: 'topicErrKeywordLength', subs: [bad, String(MAX_KEYWORD_LENGTH)] };

  const exclude = splitList(draft.exclude);
  const lowerKeywords = new Set(keywords.map((k) => k.toLowerCase()));
  const clash = exclude.find((w) => lowerKeywords.has(w.toLowerCase()));
  const badExclude = exclude.find((k) => k.length < 2 || k.length > MAX_KEYWORD_LENGTH);
  if (clash) errors.exclude = { key: 'topicErrExcludeClash', subs: [clash] };
  else if (badExclude) errors.exclude = { key: 'topicErrKeywordLength', subs: [badExclude, String(MAX_KEYWORD_LENGTH)] };

  const thresholdText = draft.threshold.trim();
  const threshold = Number(thresholdText);
  if (!thresholdText || !Number.isFinite(threshold) || threshold <= 0 || threshold > 1000) {
    errors.threshold = { key: 'topicErrThreshold' };
  }
  return errors;
}

function slug(name: string): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return base || 'topic';
}

/**
 * Profile from a valid draft. Capitalized keywords become entities (matched on their
 * capitalized form: "Hamas", "Gaza Strip"); other multi-word keywords phrases; the rest terms.
 * Weights of keywords the original profile already had are kept.
 */
export function draftToTopic(draft: TopicDraft, original: TopicProfile | null, newId: () => string = () => `user-${slug(draft.name)}`): TopicProfile {
  const oldWeights = new Map<string, number>();
  if (original) {
    for (const k of [...original.entities, ...original.phrases, ...original.terms, ...original.negative]) {
      oldWeights.set(k.term.toLowerCase(), k.weight);
    }
  }
  const weighted = (term: string): TopicTerm => ({ term, weight: oldWeights.get(term.toLowerCase()) ?? DEFAULT_KEYWORD_WEIGHT });
  const terms: TopicTerm[] = [];
  const phrases: TopicTerm[] = [];
  const entities: TopicTerm[] = [];
  for (const keyword of splitList(draft.keywords)) {
    if (/\p{Lu}/u.test(keyword)) entities.push(weighted(keyword));
    else if (keyword.includes(' ')) phrases.push(weighted(keyword.toLowerCase()));
    else terms.push(weighted(keyword.toLowerCase()));
  }
  const topic: TopicProfile = {
    id: draft.id ?? original?.id ?? newId(),
    name: draft.name.trim(),
    description: draft.description.trim(),
    terms,
    phrases,
    entities,
    negative: splitList(draft.exclude).map((w) => weighted(w.toLowerCase())),
    threshold: Number(draft.threshold.trim()),
  };
  if (original?.builtin) topic.builtin = true;
  return topic;
}
