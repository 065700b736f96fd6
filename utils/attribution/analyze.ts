/**
 * Attribution detection: repair → boilerplate mask → sentences → cues and
 * sources per sentence → one typed claim per sentence, with quotation
 * continuation and pronoun/back-reference resolution across sentences.
 *
 * Every step is linear in the input: regexes have no nested quantifiers, and
 * look-back/look-ahead windows are capped (see tests/bench/attribution.ts).
 */
import type { Claim, ClaimType, TextSpan } from '../types';
import { repairText, type RepairedText } from '../text/repair';
import { segmentSentences, TITLE_ABBREVIATIONS } from '../text/segment';
import { findBoilerplateLines, maskInlineLinks } from './boilerplate';
import { scanTokens } from './scan';
import { anyOf } from './union';
import { ANONYMOUS_HEADS, ASPECT_VERBS, CUE_AUXILIARIES, CUE_VERBS, DEMONYMS_AND_PLACES, HEDGES, MONTH_NAMES, PASSIVE_PARTICIPLES, PREPOSED_CUES, PRONOUNS, STANCE_OPENERS, TITLES, US_STATES, VAGUE_HEADS, WEEKDAY_NAMES } from './lexicon';
import { ACCESS_PREPS, ACCESS_WORDS, BOTH_SIDES, BOTH_SIDES_HEADS, CHAMBER_MEMBERS, classifySource, CLOSE_PLURALS, CONTACT_PARTICIPLES, definitePersonHead, DOCUMENT_HEADS, DOCUMENT_PARTICIPLES, HONORIFICS, INDEFINITE, institutionHeads, isNamedPoll, isOwnOutlet, MAKER_PARTICIPLES, isSentenceAdverb, isSentenceOpener, KNOWLEDGE_MODIFIERS, looksLikePersonName, namesPollsterPhrase, isMediaWord, OFFICE_HOLDERS, organizationHead, OUTLET_PIECE_HEADS, OUTLET_STAFF, PARTY_PLURALS, personNouns, QUANTIFIERS, RESEARCH_STAFF, ROLE_PARTICIPLES, type SourceClass, vagueHeads } from './source';

/** Bump whenever the output for some input changes: stored claims are recomputed, not migrated. */
export const ANALYZER_VERSION = 'attribution-1.8.177';

export interface AnalyzeOptions {
  /** The article's title; a line equal to it is always treated as content. */
  title?: string;
  /**
   * The publishing outlet and, for wire copy, the original one: a report credited to either is
   * the article's own reporting ("The Journal first reported" in The Wall Street Journal), not
   * another outlet's.
   */
  outlets?: readonly string[];
}

/** The outlets whose reports are an article's own (`AnalyzeOptions.outlets`): its publisher and, for wire copy, the original one. */
export function ownOutlets(a: { outlet?: string | null; originalOutlet?: string | null }): string[] {
  return [a.outlet, a.originalOutlet].filter((o): o is string => !!o);
}

interface Tok {
  s: number;
  e: number;
  text: string;
  lower: string;
  word: boolean;
  /** Inside a quotation: cue words there are the speaker's words, not an attribution. */
  quoted: boolean;
}

interface Span {
  start: number;
  end: number;
}

interface Attribution {
  type: ClaimType;
  source: Span | null;
  cue: Span | null;
  reason: string;
  /** Source phrase was a person (named or withheld): pronouns may refer back to it. */
  person: boolean;
  label: string;
  /** Index of the sentence it was found in (pronouns reach back only a few sentences). */
  at: number;
  /** Which rule produced it (for measuring each rule's precision; not shown to readers). */
  rule: string;
  /** From a weak (belief) cue, or nested in a noun ("reports citing officials"): yields to a speaker named in the same sentence. */
  weak?: boolean;
}

const ABBREV_WORD = /^(?:\p{L}\.){1,3}\p{L}$/u;

const cueGroup = new Map<string, string>();
for (const g of CUE_VERBS) for (const t of g.terms) cueGroup.set(t.replace(/:$/, ''), g.id);
/**
 * Whether the "that" at `k` opens a relative clause whose verb follows at once ("reports from a White House that
 * pledged to be transparent", "tapes from a group that has …"), not a clause of content ("that the talks …").
 */
function relativeThat(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  return next === undefined || FINITE_VERBS.has(next.lower) || /^\p{Ll}+ed$/u.test(next.text);
}
/**
 * The maker after the "by" or "from" at `i` of a claim noun whose content follows "that" ("claims by officials that
 * …"), or null.
 */
function claimMaker(toks: Tok[], i: number): PhraseHit | null {
  if (!CLAIM_NOUNS.has(toks[i - 1]?.lower ?? '') || toks[i - 1]!.quoted) return null;
  const hit = phraseAfter(toks, i + 1, true);
  const that = hit === null ? undefined : toks[hit.end + 1];
  return hit !== null && that?.lower === 'that' && toks[hit.end]!.e === that.s - 1 && !relativeThat(toks, hit.end + 1) ? hit : null;
}
/** Nouns of a claim whose maker follows "by" or "from" and whose content follows "that": "claims by officials that …". */
const CLAIM_NOUNS = new Set(['claim', 'claims', 'allegation', 'allegations', 'assertion', 'assertions', 'accusation', 'accusations',
  'speculation', 'report', 'reports', 'warning', 'warnings', 'suggestion', 'suggestions', 'prediction', 'predictions', 'insistence',
  'contention', 'charge', 'charges', 'complaint', 'complaints', 'concerns', 'fears', 'estimate', 'estimates', 'assessment', 'assessments']);
/** Any cue word, as a whole word, in a lower-cased sentence. */
const CUE_PREFILTER = new RegExp(`\\b(?:${[...cueGroup.keys(), ...STANCE_OPENERS.terms, 'according', ...PREPOSED_CUES.terms, ...PASSIVE_PARTICIPLES.terms, ...CLAIM_NOUNS].sort((x, y) => y.length - x.length).join('|')})\\b`);

/** Cue words that are also common nouns ("media reports", "the claims"). */
const NOUN_LIKE_CUES = new Set(['report', 'reports', 'claim', 'claims', 'fear', 'fears', 'hope', 'doubt', 'doubts',
  'question', 'notes', 'states', 'estimates', 'worries', 'shows', 'show', 'find', 'finds', 'found', 'say', 'writes',
  'write', 'tell', 'confirm', 'deny', 'argue', 'insist', 'expect', 'agree', 'feel', 'think', 'believe', 'suspect',
  'worry', 'alleges', 'accused', 'calling', 'called', 'warning', 'saying', 'posted', 'published', 'described', 'learned', 'debate', 'stress', 'warn', 'maintain',
  'suspects', 'views', 'hopes', 'doubts']);
/** Noun-like cues that, right before a comma or a full stop, end a noun phrase rather than a clause ("in the X report,"). */
const PHRASE_END_NOUNS: ReadonlySet<string> = new Set(['report', 'reports', 'claim', 'claims', 'notes', 'estimates', 'views', 'fears', 'hopes',
  'doubts', 'worries']);
/**
 * Whether the noun cue at `i`, after the preposition at `p` and the words between, is that preposition's noun: "In the
 * bystander report,", "commented on the Journal report.", "as we saw in the June report.". Not in a clause opened by
 * "as", "than" or "like" where the preposition follows a noun, inside the subject of the cue: "as John Hinderaker at
 * Powerline Blog notes,", "As member-station KUT in Austin reports,". Not "according to", whose phrase is the source
 * either way; nor before a quotation ("Illinois Right to Life Action reports, “…”").
 */
function phraseEndNoun(toks: Tok[], p: number, i: number): boolean {
  if (toks[p - 1]?.lower === 'according') return false;
  if (toks[i + 1]?.text === ',' && toks[i + 2]?.text === QUOTE) return false;
  // (Past a particle: "laid out in the Senate report".)
  const before = toks[p - 1]?.lower === 'out' || toks[p - 1]?.lower === 'up' ? toks[p - 2] : toks[p - 1];
  const afterVerb = before !== undefined && before.word && (pastForm(before) || /^\p{Ll}+en$/u.test(before.text) || PREP_TAKING_VERBS.has(before.text));
  if (afterVerb) return true;
  for (let k = p; k >= 0; k--) {
    const w = toks[k]!;
    if (!w.word && w.text !== '-' && w.text !== '&' && w.text !== '\u2019' && w.text !== "'") break;
    if (CLAUSE_PREPS.has(w.lower)) return false;
  }
  return true;
}

/**
 * Verbs a preposition may follow that neither `pastForm` nor an "-en" ending shows: "as we saw in the report", "laid
 * out in the Senate report".
 */
const PREP_TAKING_VERBS: ReadonlySet<string> = new Set(['saw', 'see', 'do', 'does', 'say', 'talk', 'put', 'read', 'found', 'laid', 'set', 'heard']);

/** Prepositions that also open a clause: "as critics claim", "than his lawyers claim", "like Pew notes". */
const CLAUSE_PREPS: ReadonlySet<string> = new Set(['as', 'than', 'like']);
/** Words that, right before a noun-like cue, show it is a noun: "the report", "media reports". */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'these', 'those', 'this', 'that', 'media', 'earlier', 'news', 'press',
  'unconfirmed', 'some', 'many', 'such', 'his', 'her', 'their', 'its', 'our', 'recent', 'initial', 'previous', 'new',
  'latest', 'conflicting', 'local', 'of', 'to', 'and', 'or', 'no', 'any', 'which', 'who', 'not', 'can', 'could',
  'would', 'should', 'will', 'may', 'might', 'must', 'don\'t', 'didn\'t', 'doesn\'t', 'so-called',
  'being', 'be', 'been',
  // Judging adjectives only nouns follow: "others with bogus claims", "unfounded reports".
  'false', 'bogus', 'unfounded', 'baseless', 'unsubstantiated', 'dubious', 'fraudulent', 'similar']);
/** Mass nouns that mark a report noun after them ("media reports", "press claims") but are subjects before a verb. */
const MEDIA_SUBJECTS = new Set(['media', 'press']);
/** Prepositions that make "media" their object ("speaking to international media say", "attacks over social media"). */
const MEDIA_OBJECT_PREPS = new Set(['to', 'over', 'via', 'through', 'on', 'from', 'by', 'with', 'across', 'into', 'toward', 'towards']);
/** Whether "media" at token `k` ends the object of such a preposition, up to five words back over its modifiers. */
function mediaAsObject(toks: Tok[], k: number): boolean {
  for (let b = k - 1; b >= 0 && b >= k - 5; b--) {
    const w = toks[b]!;
    if (!w.word) return false;
    if (MEDIA_OBJECT_PREPS.has(w.lower)) return true;
    if (w.lower === 'in' || w.lower === 'of' || RELATIVE_PRONOUNS.has(w.lower) || FINITE_VERBS.has(w.lower)) return false;
  }
  return false;
}
/** Noun-like cues that are only ever verbs after those ("Israeli media say", "many in the media believe"). */
const VERB_ONLY_CUES = new Set(['say', 'believe', 'think', 'argue', 'insist', 'agree', 'expect', 'deny', 'confirm', 'maintain', 'warn',
  'write', 'suspect', 'feel', 'worry']);
/** Classifying adjectives that only ever precede a noun: "presidential debate", "annual report", "legal claims". */
const NOUN_ADJECTIVES = new Set(['presidential', 'vice-presidential', 'congressional', 'constitutional', 'national', 'political',
  'public', 'internal', 'annual', 'final', 'initial', 'original', 'legal', 'judicial', 'federal', 'special', 'external',
  'global', 'regional', 'international', 'editorial', 'medical', 'financial', 'televised', 'primary', 'quarterly', 'weekly', 'monthly']);
/** Markers that make a noun even when they open the sentence: "Unconfirmed reports that …" (not "Some say"). */
const OPENING_NOUN_MARKERS = new Set(['unconfirmed', 'earlier', 'recent', 'initial', 'previous', 'latest', 'conflicting', 'local', 'media', 'news', 'press', 'new', 'such']);
/**
 * Noun-like cues that stay nouns or participles even after "X, <appositive>,": "..., saying",
 * "..., published in"; and "called", which after a subject is as often a phone call or a
 * request ("called authorities", "called for") as a characterization.
 */
const APPOSITIVE_NO_VERB = new Set(['calling', 'called', 'saying', 'warning', 'posted', 'published']);
/** What follows "called" in a phone call or a cancellation rather than a characterization or a demand. */
const CALLED_NOT_SPEECH = new Set(['off', 'up', 'back', 'in', 'police', '911', 'authorities', 'ambulance', 'firefighters']);
/** Words after whom someone called that end the call: a time, a place, the next clause ("called him at home"). */
const AFTER_PHONED = new Set(['at', 'on', 'from', 'to', 'and', 'after', 'before', 'in', 'last', 'this', 'yesterday', 'today',
  'during', 'while', 'when', 'twice', 'again', 'repeatedly', 'several', 'shortly', 'late', 'early']);
/** Object pronouns: "called him at home", "denied him a visa", "questioned them". */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us']);
/** What a phone call reaches: "called his cellphone", "called the hotline", "calling her landline". */
const PHONE_NOUNS = new Set(['phone', 'cellphone', 'cell', 'telephone', 'landline', 'hotline', 'switchboard', 'helpline', 'voicemail']);
/** Determiners before what a call reaches: "his cellphone", "the hotline". (Not "office", "house": "called the House approach a …" labels.) */
const PHONE_DETERMINERS = new Set(['his', 'her', 'their', 'my', 'your', 'our', 'its', 'the', 'a', 'an', 'this', 'that']);
/** How a thing is said, after "by": "said by phone", "stressed by way of example", "warned by saying". */
const BY_MEDIUM = new Set(['phone', 'telephone', 'email', 'e-mail', 'text', 'letter', 'video', 'videolink', 'satellite',
  'teleconference', 'conference', 'way', 'fax', 'cable', 'radio', 'mail', 'twitter', 'tweet', 'zoom', 'skype', 'message', 'messages']);

/**
 * Whether "called" at `i` phones someone: a phone itself ("called his cellphone", "calling the hotline"), or a
 * pronoun or a name, then a time, a place, "and" or the sentence end.
 */
function phoneCall(toks: Tok[], i: number): boolean {
  let k = i + 1;
  const next = toks[k]?.lower ?? '';
  if (PHONE_NOUNS.has(next) || (PHONE_DETERMINERS.has(next) && PHONE_NOUNS.has(toks[k + 1]?.lower ?? ''))) return true;
  // ("a sore loser, as some have called him," labels him: the "as" clause of a name given.)
  if (OBJECT_PRONOUNS.has(toks[k]?.lower ?? '')) {
    for (let b = i - 1; b >= 0 && b >= i - 20 && (toks[b]!.word || toks[b]!.text === ','); b--) if (toks[b]!.lower === 'as') return false;
    k++;
  }
  else {
    while (k < toks.length && k <= i + 3 && isCapWord(toks[k])) k++;
    if (k === i + 1) return false;
  }
  const after = toks[k];
  // ("called Pelosi and Schumer's statement “misleading”", "called Conway and Bannon “capable”": a second name
  // after "and" is more of whom something is said; "called him and asked" goes on to the next verb.)
  if (after?.lower === 'and') return /^\p{Ll}/u.test(toks[k + 1]?.text ?? '');
  // ("has called Roe v. Wade …": a period inside a name does not end the sentence.)
  if (after?.text === '.') return toks[k + 1] === undefined || !/^\p{Ll}/u.test(toks[k + 1]!.text);
  // ("is calling Sen. Mark Begich, D-Alaska, “desperate”", "called Sir Kim Darroch, the UK ambassador, “a very
  // stupid guy”": past a comma-set tag, a quoted label.)
  if (after?.text === ',') return !labelAfterTag(toks, k);
  return after === undefined || AFTER_PHONED.has(after.lower);
}

/** Whether the comma at `k` opens a tag that a second comma closes, followed by a quoted label ("a “sweet …”" too). */
function labelAfterTag(toks: Tok[], k: number): boolean {
  for (let c = k + 1; c < toks.length && c <= k + 10; c++) {
    if (toks[c]!.text !== ',') continue;
    const next = toks[c + 1];
    return next?.text === QUOTE || ((next?.lower === 'a' || next?.lower === 'an') && toks.slice(c + 2, c + 5).some((t) => t.text === QUOTE));
  }
  return false;
}

/** Reflexive pronouns: "calling himself", "admits themselves to". */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'themself', 'itself', 'myself', 'yourself', 'ourselves']);
/** "calling for help", "called for backup": a call for aid, not a demand anyone voiced as a view. */
const CALLED_FOR_AID = new Set(['help', 'backup', 'assistance', 'medics', 'rescue']);
const CONDITIONAL = new Set(['if', 'unless']);
const ASKED_NEXT = new Set(['whether', 'how', 'why', 'what', 'if', 'when', 'who', 'about', 'where', 'which']);

/** Words after "believed"/"thought" that make it a passive's participle: "believed to", "believed responsible". */
const BELIEVED_PEOPLE: ReadonlySet<string> = new Set(['to', 'responsible', 'dead', 'killed', 'missing', 'involved', 'linked',
  'behind', 'captured', 'held', 'hiding', 'armed', 'loyal', 'close']);
/** Weak participles followed by the preposition of their passive: "suspected of", "blamed for", "charged with". */
const REDUCED_PASSIVE_NEXT = new Map<string, ReadonlySet<string>>([
  ['suspected', new Set(['of', 'in'])], ['blamed', new Set(['for'])], ['charged', new Set(['with'])], ['accused', new Set(['of', 'in'])],
  ['criticized', new Set(['for'])], ['criticised', new Set(['for'])], ['praised', new Set(['for'])],
  // ("those seen as moderates": "seen" is no past tense, so it is a passive's participle.)
  ['seen', new Set(['as'])],
  // ("the man believed to have fled", "fighters thought to be linked": the people believed, not believing.)
  // ("visa bans on Indian officials believed responsible": an adjective of the people believed.)
  ['believed', BELIEVED_PEOPLE], ['thought', BELIEVED_PEOPLE],
]);
/**
 * Judging participles that are passive after a preposition's object: "packages to people viewed as enemies",
 * "away from people considered to be violent", "including some viewed as swing votes" (the people are the
 * ones judged; not "a speech that many viewed as self-serving", "a move some viewed as a bow": there the
 * group judges).
 */
const JUDGED_AFTER_OBJECT = new Map<string, ReadonlySet<string>>([
  ['viewed', new Set(['as'])], ['regarded', new Set(['as'])], ['perceived', new Set(['as'])], ['considered', new Set(['as', 'to'])],
]);
const OBJECT_OF_PREPS = new Set(['to', 'from', 'for', 'with', 'against', 'including', 'among', 'of', 'by', 'on', 'at', 'toward', 'towards']);
function judgedObject(toks: Tok[], i: number): boolean {
  if (!JUDGED_AFTER_OBJECT.get(toks[i]!.lower)?.has(toks[i + 1]?.lower ?? '')) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = toks[k]!;
    if (OBJECT_OF_PREPS.has(t.lower)) return k < i - 1;
    if (!t.word || RELATIVE_WORDS.has(t.lower) || FINITE_VERBS.has(t.lower)) return false;
  }
  return false;
}
/** Nouns that "citing" can modify ("reports citing unnamed officials"): what those rest on, not the sentence. */
const CITING_NOUNS = new Set(['report', 'reports', 'accounts', 'stories', 'story', 'articles', 'article', 'reporting', 'coverage', 'leaks']);

/**
 * The present tense after the claim: "…, say experts", "…, argue conservative economists", "…, notes the
 * report". Only where the source ends the sentence or its clause: "…, CLAIMS DETAINEES FORCED TO DRINK" in a
 * headline is a verb with its object.
 */
const PRESENT_INVERTIBLE = new Set(['say', 'write', 'argue', 'argues', 'note', 'notes', 'warn', 'warns', 'insist', 'insists', 'contend',
  'contends', 'explains', 'recalls', 'claim', 'claims', 'suggest', 'suggests', 'reports', 'predicts', 'agree', 'agrees', 'point', 'points']);
/** Words that open an object or a list, not a source, right after a present-tense cue. */
const OBJECT_OPENERS = new Set(['and', 'or', 'of', 'about', 'against', 'from', 'for', 'with', 'to', 'over']);
/**
 * Whether the words after a present-tense cue read as its object rather than an inverted source: a verb form
 * inside them or "to"/"that" right after them ("CLAIMS DETAINEES FORCED TO DRINK", "warn Republicans not to …").
 */
function runsOnAsObject(toks: Tok[], hit: PhraseHit): boolean {
  // ("turned over text messages, notes and other communications", "…, WARNS OF 'LONG-LASTING HARM'": a list
  // goes on or a preposition opens the object.)
  // (Nor an object pronoun in lower case: "That is, write him a letter"; "say US officials" has a source, "say her
  // aides" a possessive.)
  if (OBJECT_OPENERS.has(toks[hit.start]!.lower) || (OBJECT_PRONOUNS.has(toks[hit.start]!.text) && toks[hit.start]!.text !== 'her')) return true;
  const after = toks[hit.end + 1];
  if (!after?.word) return false;
  if (after.lower === 'to' || after.lower === 'that' || after.lower === 'not') return true;
  for (let k = hit.start; k <= hit.end && !RELATIVE_PRONOUNS.has(toks[k]!.lower); k++) {
    if (/(?:ed|ing)$/.test(toks[k]!.lower) && !personNouns.has(toks[k]!.lower)) return true;
  }
  return false;
}
/** Cues whose inverted form is a source ("..., said X"). "told X" names the listener, not the source. */
const INVERTIBLE = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'continued', 'explained',
  'noted', 'warned', 'insisted', 'claimed', 'argued', 'replied', 'responded', 'stated', 'declared', 'recalled',
  'reported', 'confirmed', 'announced', 'acknowledged', 'cautioned', 'tweeted', 'posted', 'observed', 'countered',
  'conceded', 'emphasized', 'stressed', 'admitted', 'suggested', 'complained', 'observes', 'lamented', 'laments', 'quipped',
  'quips', 'joked', ...PRESENT_INVERTIBLE]);
/** Words that end a subject noun phrase when scanning backwards from the cue. */
const NP_STOP = new Set(['that', 'which', 'who', 'whom', 'and', 'or', 'but', 'because', 'as', 'while', 'when',
  'after', 'before', 'if', 'since', 'although', 'though', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have',
  'had', 'will', 'would', 'to', 'than', 'so', 'where', 'what', 'how', 'whether', 'not', 'in', 'on', 'at', 'with',
  'by', 'from', 'into', 'about', 'against', 'over', 'under', 'during', 'it\'s', 'also', 'could', 'can', 'may',
  'might', 'should', 'must', 'did', 'do', 'does', 'yet', 'then', 'there', 'here', 'even', 'just', 'only', 'once',
  'why', 'until', 'unless', 'whereas', 'like', 'per', 'via', 'among', 'through', 'toward', 'towards', 'between',
  'without', 'within', 'upon', 'after', 'across', 'around', 'behind', 'beyond', 'following', 'amid', 'despite',
  'where', 'this', 'these', 'all', 'however', 'meanwhile', 'still', 'now', 'today', 'yesterday',
  // "To hear Sanders aides tell it": the hearing is the writer's.
  'hear']);
/** Joining words that take "to" whatever follows it, after a head: "privy to negotiations", "close to negotiators" (not "Close to half"). */
const TAKES_TO = new Set(['privy', 'close']);
/** Prepositions that may continue a source phrase after certain words: "people familiar with the talks". */
const JOINING_WORDS = new Set(['familiar', 'privy', 'briefed', 'close', 'knowledgeable', 'involved', 'informed', 'speaking',
  'traveling', 'travelling', 'working', 'based', 'stationed', 'deployed', 'aware', 'spoke', 'one', 'some', 'many', 'several', 'two', 'three']);
/** After an inverted cue: words ending the source phrase ("said X on Sunday", "said X in a statement"). */
const INVERTED_STOP = new Set(['that', 'on', 'in', 'at', 'last', 'yesterday', 'today', 'earlier', 'later', 'after',
  'before', 'when', 'as', 'while', 'and', 'but', 'because', 'during', 'this', ...WEEKDAY_NAMES, 'to', 'if', 'so', 'though',
  'although', 'told', 'adding', 'referring', 'calling', 'noting', 'citing', 'according']);
/** Appositive text that marks a withheld identity. */
const ANONYMITY_MARK = /\b(?:anonymity|anonymously|identified only (?:as|by)|known only as|not authori[sz]ed|declined to be (?:named|identified)|asked not to be (?:named|identified)|on background|requested anonymity|without being named|who could not be named|not be named|not be identified|(?:did not|didn['\u2019]t|does not|doesn['\u2019]t|do not|don['\u2019]t) want (?:to be (?:named|identified|quoted by name)|(?:his|her|their) names? (?:used|published))|not to be quoted by name|names? (?:not be used|be withheld|was withheld|were withheld))\b/i;
const QUOTE = '"';
const MAX_NP = 12;
const MAX_APPOSITIVE = 40;

function tokenize(text: string, base: number, end: number, openAtStart: boolean): Tok[] {
  const toks: Tok[] = [];
  let inQuote = openAtStart;
  // One lowering for the range, sliced per token (when lowering keeps its length, as it does but for a few letters).
  const lowRange = text.slice(base, end).toLowerCase();
  const sliceLow = lowRange.length === end - base;
  scanTokens(text, base, end, (s, e) => {
    const tx = text.slice(s, e);
    const prev = toks[toks.length - 1];
    // Glue abbreviation periods back on: "U.S." and "Sen." stay one word.
    // A middle initial too: "John D. Podesta" ("D." between capitalized words; not "A, B, C. Fox News").
    if (tx === '.' && prev && prev.word && prev.e === s && (ABBREV_WORD.test(prev.text) || TITLE_ABBREVIATIONS.has(prev.lower)
      || (/^\p{Lu}$/u.test(prev.text) && charWithin(text, s + 1, end) === ' ' && /\p{Lu}/u.test(charWithin(text, s + 2, end))
        && isCapWord(toks[toks.length - 2]) && toks[toks.length - 2]!.e + 1 === prev.s))) {
      prev.e = s + 1;
      prev.text += '.';
      prev.lower += '.';
      return;
    }
    // "Gantz' party", "Sen. Chris Coons' office": the apostrophe of a possessive after -s, -z or -x stays on its
    // word when a word follows ("the voters' she" is rare; single quotation marks close after punctuation).
    if (tx === "'" && prev && prev.word && prev.e === s && /[sSzZxX]$/.test(prev.text) && charWithin(text, s + 1, end) === ' '
      && /[\p{L}]/u.test(charWithin(text, s + 2, end))) {
      prev.e = s + 1;
      prev.text += "'";
      prev.lower += "'";
      return;
    }
    if (tx === QUOTE) inQuote = !inQuote;
    // (ASCII first: most one-character tokens are punctuation, and a property escape costs more.)
    const c0 = tx.charCodeAt(0);
    const word = tx.length > 1 || (c0 < 128 ? ((c0 | 32) >= 97 && (c0 | 32) <= 122) || (c0 >= 48 && c0 <= 57) : /[\p{L}\p{N}]/u.test(tx));
    // "The WHO said": the World Health Organization, not the relative pronoun (outside an all-capitals run).
    const lower = tx === 'WHO' && !(prev?.word && prev.text.length > 1 && prev.text === prev.text.toUpperCase()) ? 'w.h.o.'
      : sliceLow ? lowRange.slice(s - base, e - base) : tx.toLowerCase();
    toks.push({ s, e, text: tx, lower, word, quoted: inQuote && tx !== QUOTE });
  });
  return toks;
}

/** The character at `k` when `k` is before `end`, else the empty string. */
function charWithin(text: string, k: number, end: number): string {
  return k < end ? text.charAt(k) : '';
}

function isCapWord(t: Tok | undefined): boolean {
  if (!t || !t.word) return false;
  const c = t.text[0] ?? '';
  return c !== c.toLowerCase();
}

interface PhraseHit {
  start: number;
  end: number;
  appositive: Span | null;
  /** Subject of a relative clause ("experts who argue"): counts only when unnamed. */
  relative?: boolean;
  /** People described by their access ("those who attended the meeting"): withheld, so anonymous. */
  access?: boolean;
}

/**
 * Members of a party or a chamber, and diplomats, carry a view in their relative clause only as an indefinite group
 * ("some lawmakers … who think it is important", "many Republicans who believe"): counted or few, they are particular
 * people the story goes on to name ("four Senate Republicans who have said", "one of the few Republicans who has
 * indicated").
 */
const MEMBER_RELATIVE_HEADS: ReadonlySet<string> = new Set([...CHAMBER_MEMBERS, 'diplomats', 'conservatives', 'liberals',
  'progressives', 'republicans', 'democrats']);
const INDEFINITE_GROUP_DETERMINERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'other', 'numerous', 'various']);
/** Group heads whose relative clause states the group's view: "critics who say", "some who argue". */
const GROUP_RELATIVE_HEADS = new Set(['experts', 'analysts', 'critics', 'observers', 'commentators', 'scholars',
  'economists', 'pundits', 'skeptics', 'sceptics', 'detractors', 'some', 'others', 'many', 'historians',
  'specialists', 'officials', 'sources', 'insiders', 'strategists', 'advocates', 'activists', 'opponents', 'supporters', 'witnesses',
  'defenders', ...MEMBER_RELATIVE_HEADS]);
/** Verbs whose object relays what the people in it said: "quoted other sources who said", "corroborated witnesses who". */
const QUOTING_VERBS = new Set(['quoted', 'cited', 'interviewed', 'surveyed', 'polled', 'corroborated', 'contradicted', 'echoed']);
/** The same verbs in the present: "The CNN report quotes sources who say", "the story cites officials who". */
const PRESENT_QUOTING = new Set(['quotes', 'cites', 'interviews', 'surveys', 'polls', 'quote', 'cite']);
/** Determiners that open such a group: "some economists who", "a few experts who". */
const RELATIVE_DETERMINERS = new Set(['some', 'many', 'most', 'several', 'few', 'other', 'numerous', 'various', 'current',
  'former', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'those', 'these', 'the']);

const TIME_NOUNS = new Set([...WEEKDAY_NAMES, 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year']);
const MONTHS = new Set(MONTH_NAMES);
const TIME_LEADS = new Set(['on', 'last', 'this', 'earlier', 'later', 'late', 'early', 'overnight']);
/** Words that open a time phrase before a subject: "last week senior officials", "this month two aides". */
const TIME_PHRASE_LEADS = new Set(['last', 'this', 'next', 'earlier', 'later']);

/** The subject noun phrase ending before the cue at token `i` (bounded look-back). */
/** Words that open an adverbial before a sentence's subject: "Just hours before the tweet,", "On Sunday,". */
const ADVERBIAL_OPENERS = new Set(['just', 'hours', 'minutes', 'days', 'weeks', 'after', 'before', 'on', 'in', 'at', 'during', 'earlier',
  'later', 'meanwhile', 'separately', 'yesterday', 'today', 'last', 'since', 'amid', 'following', 'despite', 'under', 'with', 'late',
  'shortly', 'soon']);
const CALENDAR_NAMES = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);
/** Determiners that introduce someone new: "a senior leader", "two officials", "one source". */
const FRESH_DETERMINERS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'another']);
/**
 * The unnamed subject between token `k` (a comma ending an opening adverbial, or -1 at the sentence's start) and
 * the comma at `j` before a cue, or null: only a phrase that opens on a determiner of someone new, holds no verb,
 * and names an unnamed person; and only after an adverbial with no verb of its own ("Just hours before the tweet,").
 */
function commaSubject(text: string, toks: Tok[], k: number, j: number): PhraseHit | null {
  const start = k + 1;
  // (Bounded, as every backward look is: the adverbial and the phrase are short, whatever the sentence's length.)
  if (j > MAX_APPOSITIVE + 12 || start >= j - 1 || (k >= 0 && toks[k]!.text !== ',') || !FRESH_DETERMINERS.has(toks[start]!.lower)) return null;
  // (What stands before that comma is an adverbial, not a name the description follows: "Mr. Smith, a senior official, said".)
  // ("On Sunday Smith, a senior official, said": the adverbial ends on a name, the one described.)
  if (k >= 0 && (!ADVERBIAL_OPENERS.has(toks[0]!.lower) || (isCapWord(toks[k - 1]) && !CALENDAR_NAMES.has(toks[k - 1]!.lower)))) return null;
  for (let m = 0; m < j; m++) {
    const w = toks[m]!;
    if (m !== k && !w.word && w.text !== '.' && w.text !== "'" && w.text !== '-') return null;
    if (FINITE_VERBS.has(w.lower) || (cueGroup.has(w.lower) && m > start && !NOUN_LIKE_CUES.has(w.lower)) || RELATIVE_PRONOUNS.has(w.lower)) return null;
  }
  const cls = classifySource(text.slice(toks[start]!.s, toks[j - 1]!.e));
  return cls !== null && cls.type === 'anonymous' ? { start, end: j - 1, appositive: null } : null;
}

/** The token after "Separately," or "Separately Wednesday," that opens the sentence at `s0`, or -1. */
function afterSentenceAdverb(toks: Tok[], s0: number): number {
  if (!isSentenceAdverb(toks[s0]?.text ?? '')) return -1;
  let c = s0 + 1;
  while (c < toks.length && c <= s0 + 3 && toks[c]!.word && (TIME_NOUNS.has(toks[c]!.lower) || MONTHS.has(toks[c]!.lower) || toks[c]!.lower === 'on')) c++;
  return toks[c]?.text === ',' ? c + 1 : -1;
}

/** Whether the modal at `j` is written with one capital after a capitalized word, not in a headline: "Theresa May". */
function surnameModal(toks: Tok[], j: number): boolean {
  const t = toks[j]!;
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && MODAL_SURNAMES.has(t.lower) && isCapWord(toks[j - 1]) && !titleCase(toks);
}
const MODAL_SURNAMES = new Set(['may', 'will']);

/**
 * The subject before the cue at `i`, carried back to an unnamed head whose words of access the phrase search stopped
 * inside: "Two officials with knowledge of the FBI briefing on Capitol Hill | said" (not "Capitol Hill"), "sources close
 * to both former presidents and McCain | told" (not McCain), "sources familiar with what transpired | said".
 */
function subjectBefore(text: string, toks: Tok[], i: number): PhraseHit | null {
  const hit = subjectPhraseBefore(text, toks, i);
  // (Past a relative clause on a thing the access words end on, the search goes on to their head: "Sources familiar
  // with the call between Boehner and Obama, which lasted 30 minutes, told".)
  if (hit !== null && hit.appositive !== null && !/^which\b/i.test(text.slice(hit.appositive.start, hit.appositive.end))) return hit;
  let end = hit?.end ?? i - 1;
  if (hit === null) while (end > 0 && CUE_AUXILIARIES.has(toks[end]!.lower)) end--;
  // (Not the subject of a clause inside the access words: "Two sources with knowledge of what Kushner | told them".)
  // (A lone verb found there is the clause's own: "sources familiar with what | transpired | said".)
  if (hit !== null && WH_WORDS.has(toks[hit.start - 1]?.lower ?? '') && !(hit.start === hit.end && pastForm(toks[hit.start]!))) return hit;
  const head = accessHeadBefore(toks, hit?.start ?? end + 1);
  if (head < 0) return hit;
  if (hit !== null) {
    const cls = classifySource(text.slice(toks[hit.start]!.s, toks[hit.end]!.e));
    if (cls !== null && (cls.type === 'anonymous' || cls.type === 'vague')) return hit;
  }
  return { start: head, end, appositive: hit?.appositive ?? null };
}
/**
 * Start of the phrase of an unnamed head ("sources", "officials", "a person") followed by words of access that run on,
 * without punctuation or another verb of saying, up to token `from` - 1; -1 when there is none within reach, or when
 * that phrase does not open its clause.
 */
function accessHeadBefore(toks: Tok[], from: number): number {
  for (let k = from - 1; k >= 1 && k >= from - ACCESS_REACH; k--) {
    const t = toks[k]!;
    if (!t.word || CLAUSE_STOPS.has(t.lower)) return -1;
    // (A verb of the sentence ends the reach, "Those with knowledge declined to name … and | said", "Another person
    // familiar with the meeting disputed that Trump | said"; one in a clause the access words take does not: "sources
    // familiar with what transpired | said", "Two sources with knowledge of what the adviser told them | said".)
    // ("briefed", "involved": a word of access, not such a verb.)
    // ("familiar with the early March phone call between …": a kind of call is a noun.)
    const verb = !ACCESS_WORDS.has(t.lower) && ((cueGroup.has(t.lower) && !((t.lower === 'call' || t.lower === 'calls') && CALL_KINDS.has(toks[k - 1]?.lower ?? '')))
      || (FINITE_VERBS.has(t.lower) && t.text !== 'May') || pastForm(t));
    if (verb && !whWordBefore(toks, k)) return -1;
    // (With its preposition: not "those involved allegedly began …".)
    const h = t.lower === 'knowledge' && toks[k - 1]?.lower === 'with' ? k - 2
      : ACCESS_WORDS.has(t.lower) && ACCESS_PREPS.has(toks[k + 1]?.lower ?? '') ? k - 1 : -2;
    if (h < 0 || HEAD_CLASS.get(toks[h]!.lower) !== 'anonymous') continue;
    const np = npBackFrom(toks, h, null);
    if (np === null) return -1;
    // (The head's own short phrase: not one that ran back over a verb, "NBC News last week quoted someone familiar …".)
    if (h - np.start > 6 || toks.slice(np.start, h).some((w) => pastForm(w) || cueGroup.has(w.lower))) return -1;
    const before = toks[np.start - 1]?.lower ?? '';
    return opensClause(toks, np.start) || CONJUNCTIONS.has(before) || SUBORDINATORS.has(before) ? np.start : -1;
  }
  return -1;
}
const ACCESS_REACH = 14;
/** Whether a wh-word stands in the three tokens before `k` ("what Kushner | told"). */
function whWordBefore(toks: Tok[], k: number): boolean {
  for (let m = k - 1; m >= 0 && m >= k - 3; m--) if (WH_WORDS.has(toks[m]!.lower)) return true;
  return false;
}
/** Words that open a clause of their own inside a sentence: "One person close to the president simply laughed when | asked". */
const CLAUSE_STOPS = new Set(['when', 'while', 'because', 'although', 'though', 'since', 'once', 'until', 'unless']);
/** Words that open a wh-clause: "familiar with what transpired", "knowledge of how the West Wing operates". */
const WH_WORDS = new Set(['what', 'how', 'who', 'whom', 'whether', 'why', 'where', 'which']);

/**
 * A relative clause on a thing set off by dashes that ends at token `j` (its closing dash): "the phone call -- which
 * lasted 30 minutes --". Its first and last words and the word before its opening dash; null when there is none.
 */
function dashedRelative(toks: Tok[], j: number): { first: number; last: number; before: number } | null {
  if (j < 3 || !DASHES.has(toks[j]?.text ?? '')) return null;
  let k = j - 1;
  while (k > 0 && DASHES.has(toks[k]!.text)) k--;
  const last = k;
  while (k > 0 && k > j - MAX_APPOSITIVE && toks[k]!.word) k--;
  if (k <= 0 || k >= last || !DASHES.has(toks[k]!.text) || toks[k + 1]!.lower !== 'which') return null;
  let b = k - 1;
  while (b > 0 && DASHES.has(toks[b]!.text)) b--;
  return toks[b]!.word ? { first: k + 1, last, before: b } : null;
}
function subjectPhraseBefore(text: string, toks: Tok[], i: number): PhraseHit | null {
  let j = pastCueAuxiliaries(toks, i);
  let appositive: Span | null = null;
  let participleApp = false;
  // "Graham, in an interview with “Meet the Press,” said …": the appositive's comma sits inside a quoted title.
  const title = j >= 2 && toks[j]!.text === QUOTE && toks[j - 1]!.text === ',' ? quotedTitleStart(toks, 0, j) : -1;
  if (title >= 0) j--;
  // "Sources familiar with the phone call -- which lasted 30 minutes -- told": a relative clause on a thing, set off
  // by dashes, describes the noun before it; the phrase goes on before it, as past commas.
  const aside = dashedRelative(toks, j);
  if (aside !== null) {
    appositive = { start: toks[aside.first]!.s, end: toks[aside.last]!.e };
    j = aside.before;
  }
  if (appositive === null && j >= 0 && toks[j]!.text === ',') {
    // "X, who spoke on condition of anonymity, said": skip back over the appositive.
    let k = title >= 0 ? title - 1 : j - 1;
    const limit = Math.max(0, j - MAX_APPOSITIVE);
    while (k >= limit && toks[k]!.text !== ',' && toks[k]!.text !== QUOTE && toks[k]!.text !== ';') k--;
    // "A senior Taliban leader privy to talks in Doha …, said": a comma between an unnamed subject that opens the
    // sentence (or follows an opening adverbial) and its verb, as wire copy often has.
    const fresh = commaSubject(text, toks, k, j);
    if (fresh !== null) return fresh;
    const closed = closedRelative(text, toks, j);
    if (k < 0 || k < limit || toks[k]!.text !== ',' || k === j - 1) return closed;
    // ("In Gaza, a man who declined to be named, said": the words between the commas are the subject and its clause,
    // not a description of "Gaza".)
    if (closed !== null && closed.start > k && ADVERBIAL_OPENERS.has(toks[0]!.lower)) return closed;
    if (!isAppositive(text, toks, k + 1, j - 1)) return closed;
    // "…, Ms Lebovics said, adding": a parenthetical attribution, not a description of the words before it.
    if (SAID_FORMS.has(toks[j - 1]!.lower)) return null;
    const aged = agedName(text, toks, k + 1, j - 1);
    if (aged) return aged;
    // "Some Democrats, however, question": a lone discourse adverb is not an appositive.
    appositive = k + 1 === j - 1 && DISCOURSE_ADVERBS.has(toks[k + 1]!.lower) ? null : { start: toks[k + 1]!.s, end: toks[j - 1]!.e };
    participleApp = (PARTICIPLE.test(toks[k + 1]!.text) && !APPOSITIVE_OPENERS.has(toks[k + 1]!.lower) && !NOT_PARTICIPLES.has(toks[k + 1]!.lower))
      || PAST_PARTICIPLE_OPENERS.has(toks[k + 1]!.lower);
    j = k - 1;
    // "Doug Miller, of Hiawatha, Kan., told", "a realtor in Northbrook, Illinois, says": a state after a town
    // belongs to the place; the speaker comes before the place's preposition (and its comma).
    if (appositive !== null && US_STATE.test(text.slice(appositive.start, appositive.end))) {
      let c = j;
      while (c >= 0 && j - c < 3 && isCapWord(toks[c])) c--;
      if (c < j && c >= 1 && LOCATIVE_PREPS.has(toks[c]!.lower)) {
        const hit = subjectBefore(text, toks, toks[c - 1]!.text === ',' ? c - 1 : c);
        // Only a subject that opens the clause ("A nurse at Cleveland Clinic in Pembroke, Fla., told") or a name
        // before the description ("Stephanie Kugler, an eighth-grade history teacher in West Sacramento, Calif.,
        // said"; past an age, "Linda Kosinski, 56, a small-business owner from Andover, Mass., said"); anything
        // else is read as before (a description deeper in the sentence is no speaker: "Matthew Hale, an associate
        // professor … at Seton Hall University in South Orange, New Jersey, said").
        if (hit && opensClause(toks, hit.start) && !(hit.start > 0 && toks[hit.start - 1]!.text === ',')) return hit;
        // ("Mr. Thompson, now a lawyer in private practice in Shreveport, Louisiana, said": past a time adverb.)
        const lead = hit && hit.start >= 3 && DESCRIPTION_ADVERBS.has(toks[hit.start - 1]!.lower) ? hit.start - 1 : hit?.start ?? 0;
        if (hit && lead >= 2 && toks[lead - 1]!.text === ',') {
          let e = lead - 2;
          if (e >= 2 && /^\d{1,3}$/.test(toks[e]!.text) && toks[e - 1]!.text === ',') e -= 2;
          const outer = npBackFrom(toks, e, null);
          if (outer && opensClause(toks, outer.start) && looksLikePersonName(text.slice(toks[outer.start]!.s, toks[outer.end]!.e)))
            return { ...outer, appositive: { start: toks[outer.end + 1]!.s, end: appositive.end } };
        }
      }
    }
  } else if (appositive === null && j >= 2) {
    // "a Hamas leader who declined to be identified told AP": a relative clause without
    // commas is skipped only when it withholds the speaker's identity.
    // "Migrants who spoke with the AP said": so is one that says only whom they spoke to (a reporter, an outlet).
    // ("An apparent DSA member identified only as “Neal M.” wrote": so is a reduced clause that gives a partial name.)
    const rel = Math.max(anonymityRelative(text, toks, j), interviewRelative(text, toks, j), partialNameClause(toks, j));
    if (rel >= 0) {
      appositive = { start: toks[rel]!.s, end: toks[j]!.e };
      j = rel - 1;
    } else {
      // "a police official speaking on condition of anonymity because the investigation was ongoing said", "One
      // official involved in the inquiry but speaking on condition of anonymity told Reuters": so is a participle
      // phrase that withholds it, after the subject's head, its "but"/"and" or (its closing comma left out) a comma.
      const p = anonymityParticiple(text, toks, j);
      if (p >= 0) {
        appositive = { start: toks[p]!.s, end: toks[j]!.e };
        j = toks[p - 1]!.word ? (COORDINATORS.has(toks[p - 1]!.lower) ? p - 2 : p - 1) : p - 2;
      }
    }
  }
  const group = groupBeforeWho(toks, i, j, appositive);
  if (group !== undefined) return group;
  // "Rep. Sander M. Levin (Mich.), a superdelegate, said": a party and state (or any short aside) in parentheses.
  // Right before the cue only a party and state after a name: "Sen. Bob Casey (D-Pa.) said".
  if (j >= 2 && toks[j]!.text === ')') {
    let p = j - 1;
    while (p > j - 10 && p > 0 && toks[p]!.text !== '(' && toks[p]!.text !== ')') p--;
    if (toks[p]!.text === '(' && p > 0 && (appositive !== null
      || (PARTY_STATE.test(text.slice(toks[p]!.e, toks[j]!.s)) && /^\p{Lu}\p{Ll}/u.test(toks[p - 1]!.text)))) j = p - 1;
  }
  return subjectFromPhrase(text, toks, i, j, appositive, participleApp);
}
/** `subjectPhraseBefore`'s first step: the index before the cue past times, aspect verbs, auxiliaries and adverbs. */
function pastCueAuxiliaries(toks: Tok[], i: number): number {
  let j = i - 1;
  let skipped = 0;
  while (j >= 0 && skipped < 4) {
    // "Sanders on Tuesday said", "Officials earlier this week said": a time phrase between subject and cue.
    if (TIME_NOUNS.has(toks[j]!.lower)) {
      let k = j;
      if (k > 0 && TIME_NOUNS.has(toks[k - 1]!.lower)) k--;
      if (k > 1 && TIME_LEADS.has(toks[k - 1]!.lower)) {
        k--;
        if (k > 1 && (toks[k - 1]!.lower === 'earlier' || toks[k - 1]!.lower === 'later') && toks[k]!.lower === 'this') k--;
        j = k - 1;
        skipped++;
        continue;
      }
    }
    // "A Gallup poll in October found", "Mr. Obama in November 2014 announced": a month between subject and cue.
    {
      let k = j;
      if (/^\d{4}$/.test(toks[k]!.text) && k > 0) k--;
      if (MONTHS.has(toks[k]!.lower) && isCapWord(toks[k]) && k > 1 && toks[k - 1]!.lower === 'in' && toks[k - 2]!.word) {
        j = k - 2;
        skipped++;
        continue;
      }
    }
    // "officials continue to insist", "have begun to say": the aspect verb and its "to" belong to the cue.
    const chain = toks[j]!.lower === 'to' ? aspectChainStart(toks, j) : -1;
    if (chain >= 0) {
      j = chain - 1;
      skipped++;
      continue;
    }
    // An adverb counts only after an auxiliary ("have effectively ruled"): "the family said" keeps its noun.
    // "even" before a verb of saying or asserting ("some even insist"), not before what people do or think
    // ("some even welcomed", "some even believe"),
    // nor after a pronoun ("Sometimes, they even say …" is mostly the writer's account of people).
    const cue = cueGroup.get(toks[i]!.lower);
    const even = toks[j]!.lower === 'even' && (cue === 'speech' || cue === 'assertion') && j > 0 && !PRONOUNS.has(toks[j - 1]!.lower);
    // ("Theresa May said", "George Will wrote": a capitalized modal after a name, inside a sentence, ends the name.)
    if (surnameModal(toks, j)) break;
    if (!(even || CUE_AUXILIARIES.has(toks[j]!.lower) || ((ADVERB.test(toks[j]!.text) || toks[j]!.lower === 'only') && j > 0 && CUE_AUXILIARIES.has(toks[j - 1]!.lower)))) break;
    j--;
    skipped++;
  }
  return j;
}
/** `subjectPhraseBefore`'s step for a relative "who": the people before it, null for none, undefined where it does not decide. */
function groupBeforeWho(toks: Tok[], i: number, j: number, appositive: Span | null): PhraseHit | null | undefined {
  // The people an interview was with speak for their relative clause: "ABC News spoke to a senior
  // White House official who said".
  if (appositive === null && j >= 1 && toks[j]!.lower === 'who') {
    const np = npBackFrom(toks, j - 1, null);
    // The phrase search may have taken the preposition in ("to a senior official").
    const p = np === null ? -1 : INTERVIEW_PREPS.has(toks[np.start]!.lower) ? np.start : np.start - 1;
    if (np && p >= 1 && p < np.end && INTERVIEW_PREPS.has(toks[p]!.lower) && INTERVIEW_CUES.has(toks[p - 1]!.lower)) return { ...np, start: p + 1, relative: true };
  }
  // Otherwise not followed past a relative "who" in general ("a source who told him"): such clauses sit
  // inside another speaker's claim far more often than they carry one (tried, precision fell).
  // Only an unnamed group right before "who" carries its view: "some economists who argue that".
  // (Not "that": "others that make it clear", "some that criticize police brutality" are pages and words; tried, 3 of 4
  // corpus claims it added were wrong.)
  if (appositive === null && j >= 1 && toks[j]!.lower === 'who' && GROUP_RELATIVE_HEADS.has(toks[j - 1]!.lower)) {
    const np = npBackFrom(toks, j - 1, null);
    if (!np) return null;
    // "among a dozen officials who already testified behind closed doors", "expressed anger about officials who
    // testified in his impeachment inquiry": who gave testimony, with nothing of it said and no cue after it,
    // describes the people; it reports no claim ("officials who testified that …" do).
    if (TESTIFIED.has(toks[i]!.lower) && saysNothing(toks, i) && !toks.some((t, k) => k > i && !t.quoted && cueGroup.has(t.lower))) return null;
    // "Hawkins and others who want": a conjunct of a named source, not a group of its own.
    const before = toks[np.start - 1];
    if (before && (before.lower === 'and' || before.lower === 'or')) return null;
    // Start at the group's determiner: "echoing some commentators who" → "some commentators".
    let start = np.start;
    // ("he interrupted analysts who asked", "rebuked critics who want": the group is the object of a verb, and its
    // relative clause describes the people more often than it carries their claim. Not after a verb of quoting:
    // "The Times quoted other sources who said" relays them, and the group starts after the verb.)
    for (let k = np.end - 1; k > np.start; k--) {
      const w = toks[k]!;
      const b = toks[k - 1]!.lower;
      if ((pastForm(w) || PRESENT_QUOTING.has(w.lower)) && toks[k - 1]!.word
        && !RELATIVE_DETERMINERS.has(b) && !NP_DETERMINERS.has(b) && !QUANTIFIERS.has(b) && b !== 'and' && b !== 'or' && !ADVERB.test(toks[k - 1]!.text)) {
        if (!QUOTING_VERBS.has(w.lower) && !PRESENT_QUOTING.has(w.lower)) return null;
        start = k + 1;
        break;
      }
    }
    const from = start;
    for (let k = np.end; k >= from; k--) {
      if (RELATIVE_DETERMINERS.has(toks[k]!.lower)) {
        start = k;
        // ("several current and former officials who": past the coordinated adjectives to the determiner.)
        while (start - 2 >= from && toks[start - 1]!.lower === 'and' && TENURE_ADJECTIVES.has(toks[start - 2]!.lower)) start -= 2;
        if (start !== k && start > from && RELATIVE_DETERMINERS.has(toks[start - 1]!.lower)) start--;
        if (start > from && toks[start - 1]!.lower === 'a') start--;
        break;
      }
    }
    if (start === np.start && np.end > np.start && !RELATIVE_DETERMINERS.has(toks[start]!.lower) && !isCapWord(toks[start])) return null;
    if (MEMBER_RELATIVE_HEADS.has(toks[j - 1]!.lower) && !toks.slice(start, j - 1).some((t, k) => INDEFINITE_GROUP_DETERMINERS.has(t.lower)
      // (Not a superlative: "ten of the most prominent Republicans who say".)
      && toks[start + k - 1]?.lower !== 'the')) return null;
    return { ...np, start, relative: true };
  }
  return undefined;
}
/** `subjectPhraseBefore`'s last step: the noun phrase ending at `j`, past descriptions, documents and relative clauses. */
function subjectFromPhrase(text: string, toks: Tok[], i: number, j: number, appositive: Span | null, participleApp: boolean): PhraseHit | null {
  const np = npBackFrom(toks, j, appositive);
  // "gave documents to the attorney general, who is conducting her own probe, said a person familiar with the matter":
  // the object of a preposition, however it is described, is no subject of the verb after the description.
  // (An aside that is a relative clause only: in "The British ambassador to the UN, Matthew Rycroft, said" the aside
  // is the speaker, read by the steps below.)
  if (np && appositive !== null && np.start > 0 && /^(?:who|which|whose)\b/i.test(text.slice(appositive.start, appositive.end))) {
    // (Not a name's own words, "the Brady Campaign to Prevent Gun Violence", nor a person named after a title that
    // takes "to", "Former U.S. Ambassador to the United Nations Nikki Haley, who …, tweeted".)
    if (APPOSITIVE_OBJECT_PREPS.has(toks[np.start - 1]!.lower) && !(np.start >= 2 && isCapWord(toks[np.start - 2]))
      && classifySource(text.slice(toks[np.start]!.s, toks[np.end]!.e))?.type !== 'named') return null;
    // ("One conservative interviewed by The Hill, who requested anonymity, said": the outlet is how the speaker was
    // reached; the speaker is the phrase before the participle.)
    if (np.start >= 3 && toks[np.start - 1]!.lower === 'by' && CONTACT_PARTICIPLES.has(toks[np.start - 2]!.lower)) {
      const outer = npBackFrom(toks, np.start - 3, null);
      if (outer) return { start: outer.start, end: np.end, appositive };
    }
  }
  // "A memo obtained by CNN said", "a letter seen by Reuters says": the document speaks, not the outlet that has it.
  if (np && appositive === null && np.start >= 3 && toks[np.start - 1]!.lower === 'by' && DOCUMENT_PARTICIPLES.has(toks[np.start - 2]!.lower)) {
    const doc = npBackFrom(toks, np.start - 3, null);
    if (doc && classifySource(text.slice(toks[doc.start]!.s, toks[doc.end]!.e))?.kind === 'document') return { start: doc.start, end: np.end, appositive: null };
  }
  // A participle phrase describes a subject that opens the sentence or a clause ("In Gaza, a senior
  // official, briefing reporters, said"), not a noun at the end of another clause ("a summer of
  // agony for Clinton, forcing her to ..., said Brad Bannon").
  if (np && participleApp && !opensClause(toks, np.start)) return null;
  if (np && appositive !== null && np.start >= 2 && toks[np.start - 1]!.text === ',') {
    // "Alcocer, an organizer with the group, which led the strike, said": the phrase found is
    // itself a description of the name before it; the name is the speaker.
    // "Sen. Orrin Hatch (R-Utah), the second highest ranking Senate official,": past a party and state.
    let q = ageBefore(toks, np.start - 2);
    if (toks[q]!.text === ')') {
      let p = q - 1;
      while (p > q - 10 && p > 0 && toks[p]!.text !== '(' && toks[p]!.text !== ')') p--;
      if (toks[p]!.text === '(' && p > 0) q = p - 1;
    }
    const outer = npBackFrom(toks, q, null);
    // (Past a leading "But"/"And": "But Mark Krikorian, executive director of the center, which …, said".)
    if (outer && (opensClause(toks, outer.start) || (outer.start === 1 && CONJUNCTIONS.has(toks[0]!.lower)))) {
      const name = text.slice(toks[outer.start]!.s, toks[outer.end]!.e);
      // (Or a titled name before "a …": "American Soybean Association President Davie Stevens, a farmer from Clinton,
      // Kentucky, expressed": the description is his.)
      const titled = (): boolean => {
        const cls = classifySource(name);
        return INDEFINITE_ARTICLES.has(toks[np.start]!.lower) && cls !== null && cls.type === 'named' && cls.kind === 'person';
      };
      if (looksLikePersonName(name) || titled()) return { ...outer, appositive: { start: toks[np.start]!.s, end: appositive.end } };
    }
  }
  // "Ayham Kamel, an Iraq analyst at Eurasia Group said": the description's closing comma left out; the name
  // before it is the speaker.
  // (Not a document: "In Wisconsin, home of Romney's running mate, Rep. Paul Ryan, a Marquette Law School poll indicates".)
  // ("Paul Krugman, The New York Times hard-left columnist wrote": one of an outlet's staff with "the" too, not "the team".)
  if (np && appositive === null && np.start >= 3 && toks[np.start - 1]!.text === ',') {
    const first = toks[np.start]!;
    const indefinite = INDEFINITE_ARTICLES.has(first.lower) || (first.lower === 'the' && STAFF_MEMBERS.has(toks[np.end]!.lower));
    // (Other descriptions too, read below: two words at least, the first "the" or in lower case, not a lone word,
    // "Early Sunday, police said", nor the capitalized subject of a headline, "Stay Indoors, Governor Says"; and not
    // when the cue is set off as an aside, "Heidi Cruz, a senior aide said, has been involved": the name is then the
    // subject of the verb after it.)
    const mayDescribe = indefinite || (toks[i + 1]?.text !== ',' && np.end > np.start && (first.lower === 'the' || (first.word && first.text === first.lower)));
    const outer = mayDescribe ? npBackFrom(toks, ageBefore(toks, np.start - 2), null) : null;
    // (Or right after an inverted cue, the description's verb said twice: "…,” said Rep. Mark Amodei, a moderate
    // Republican from Nevada told CNN.)
    // (The other descriptions only after a name that opens the sentence or follows the quotation: "…,” Dena Miller,
    // one of the women said", not "by the No. 3 official at the bureau, David Bowdich, one person said".)
    // (A quotation closed by its own mark: not the scare quotes of "his “good friend” Israeli Prime Minister Benjamin
    // Netanyahu, the president reiterated".)
    const strict = outer !== null && (outer.start === 0
      || (outer.start >= 2 && toks[outer.start - 1]!.text === QUOTE && CLOSING_QUOTE_PUNCT.has(toks[outer.start - 2]!.text))
      || (outer.start === 1 && CONJUNCTIONS.has(toks[0]!.lower))
      || afterInvertedCue(toks, outer.start));
    const opens = strict || (outer !== null && opensClause(toks, outer.start));
    // (Or a name after its title where the name opens the sentence: "Fellow co-sponsor Sen. Richard Blumenthal, a
    // Democrat from Connecticut echoed"; not after a comma, "briefed by his chief of staff, retired Marine Corps
    // General John Kelly, a White House official said".)
    const titled = (o: PhraseHit): boolean => {
      if (!strict) return false;
      for (let m = o.start + 1; m < o.end; m++) {
        if (TITLE_WORDS.has(toks[m]!.lower)) return looksLikePersonName(text.slice(toks[m]!.s, toks[o.end]!.e));
      }
      return false;
    };
    // (Not a time that opens the sentence: "Last April, a source close to the actress claimed".)
    if (outer && opens && outer.end > outer.start && (looksLikePersonName(text.slice(toks[outer.start]!.s, toks[outer.end]!.e)) || titled(outer))
      && !(ADVERBIAL_OPENERS.has(toks[outer.start]!.lower) && CALENDAR_NAMES.has(toks[outer.end]!.lower))) {
      const phrase = text.slice(toks[np.start]!.s, toks[np.end]!.e);
      const cls = classifySource(phrase);
      // ("Dena Miller, one of the women said", "Chris Zaccarelli, chief investment officer of the Independent Advisor
      // Alliance told": one of a group, or a bare role, describes one person too.)
      // (And a title with "the": "Zalmay Khalilzad, the United States's chief negotiator told the Times", not "Mr Coats,
      // the former official told the newspaper, felt …", whose official is another, unnamed person, nor "the FBI".)
      const described = !indefinite && strict
        && ((first.lower === 'one' && toks[np.start + 1]?.lower === 'of') || (bareRole(toks, np.start, np.end, cls) && !isPluralLabel(phrase))
          || theTitle(toks, np.start, np.end));
      if ((indefinite || described) && cls?.kind !== 'document') return { ...outer, appositive: { start: toks[np.start]!.s, end: toks[np.end]!.e } };
    }
  }
  if (np && appositive === null && whoIndexBefore(toks, np.start - 1) >= 0) {
    // "Foreign diplomats who were briefed on the outlines of an agreement said", "Diplomats who met
    // with Abbas said": the words before the cue end a comma-less relative clause (they are no source,
    // or the object of a preposition); the cue's subject is the unnamed group before "who".
    const prep = toks[np.start - 1]?.lower ?? '';
    // (Nor is a verb and its object right after "who": "People who knew Epstein said", "Insiders who chose Warren".)
    const own = OBJECT_PREPS.has(prep) || PP_PREPS.has(prep) || (prep === 'who' && np.end > np.start && relativeVerbFirst(toks, np.start)) ? null
      : classifySource(text.slice(toks[np.start]!.s, toks[np.end]!.e));
    if (own === null || own.kind === 'document') {
      const rel = relativeSubject(text, toks, np.start - 1, np.end, i);
      if (rel) return rel;
      // "One of the docs who sent the letter called Oz a quack": right after "who", the noun before it
      // is the subject even where it does not open the clause (it counts only when unnamed).
      if (prep === 'who' && np.start >= 2 && np.end - np.start <= 5) {
        // ("a man who U.S. intelligence believes has ties to Russia": a name right after "who" is the clause's own
        // subject, and the cue is its verb; "officials who Trump fired said" has none this step can give.)
        if (isCapWord(toks[np.start])) return pastForm(toks[np.end]!) ? null : np;
        const outer = npBackFrom(toks, np.start - 2, null);
        if (outer) return { ...outer, relative: true };
      }
      // "Voters who live in Ohio said": the object of the clause's preposition is no speaker, and the subject
      // before "who" has been found no unnamed source above (a group: "voters"), so there is none.
      // (A finite cue right after a short object only: not "… on Monday received an email saying".)
      if (own === null && (OBJECT_PREPS.has(prep) || PP_PREPS.has(prep)) && !toks[i]!.lower.endsWith('ing') && np.end - np.start <= 3) {
        const who = whoIndexBefore(toks, np.start - 1);
        const outer = who >= 1 ? npBackFrom(toks, who - 1, null) : null;
        if (outer && opensClause(toks, outer.start)) return null;
      }
    }
  }
  return np;
}

/** Past an age set off by commas that ends at `q` ("Shamima Yasmin, 23, a nurse"): the token before it, else `q`. */
function ageBefore(toks: Tok[], q: number): number {
  return q >= 2 && /^\d{1,3}$/.test(toks[q]!.text) && toks[q - 1]!.text === ',' ? q - 2 : q;
}
/**
 * Whether the phrase at token `k` (two words or more, the first in lower case: the caller checks) is a role without a
 * determiner, the way a description follows a name: "chief investment officer of the Independent Advisor Alliance",
 * "campaign spokesman" (not "officials", "sources": the caller checks the number too).
 */
function bareRole(toks: Tok[], k: number, end: number, cls: SourceClass | null): boolean {
  const t = toks[k]!;
  if (NP_DETERMINERS.has(t.lower) || cls === null) return false;
  // (A phrase read as a person's name is a role only where that name follows "of"/"at"/"for", the organization's:
  // "director of the Netherlands-based Europol"; not "host David Green", "longtime Trump attorney George Ross".)
  if (cls.kind !== 'person') return true;
  for (let m = k + 1; m < end; m++) if (ROLE_OF.has(toks[m]!.lower)) return true;
  return false;
}
const ROLE_OF = new Set(['of', 'at', 'for']);
/**
 * "the United States's chief negotiator", "the Chief of Naval Operations": a title with "the" (not "the former
 * official", "the source": withheld people, who are someone else), the title a word of its own, not an honorific
 * inside another name ("the man Ms. Ford says …").
 */
function theTitle(toks: Tok[], k: number, end: number): boolean {
  if (toks[k]!.lower !== 'the') return false;
  for (let m = k + 1; m <= end; m++) if (TITLE_WORDS.has(toks[m]!.lower) && !toks[m]!.text.endsWith('.')) return true;
  return false;
}
/** Whether token `k` follows a verb of saying set after a quotation or clause: "…,” said | Rep. Mark Amodei". */
function afterInvertedCue(toks: Tok[], k: number): boolean {
  return k >= 2 && SAID_FORMS.has(toks[k - 1]!.lower) && CLAUSE_OPENERS.has(toks[k - 2]!.text);
}
/** One member of an outlet's staff, the last word of a description: "The New York Times columnist" (not "the team"). */
const STAFF_MEMBERS = new Set([...OUTLET_STAFF].filter((w) => !/s$/.test(w) && w !== 'team' && w !== 'staff'));
/** "a" and "an": they open a description of the name before them ("Timothy Ash, a researcher at Standard Bank"). */
const INDEFINITE_ARTICLES = new Set(['a', 'an']);
/** Verbs of a relative clause that give people access to what they tell: "who attended", "who have seen the draft". */
const ACCESS_VERBS = /\b(?:briefed|seen|saw|read|attended|involved|present|privy|participated|took part|in the room|heard (?:directly |privately )?from)\b/i;
const CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);
/** Speech verbs that end a parenthetical attribution ("…, she said, adding …"). */
const SAID_FORMS = new Set(['said', 'says', 'told', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'recalled', 'continued']);
/** How far back "who" may open the relative clause before a cue. */
const RELATIVE_REACH = 16;

const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those']);
const SUBORDINATORS = new Set(['while', 'although', 'though', 'when', 'after', 'before', 'because', 'since', 'if', 'but', 'and', 'as', 'once']);
/** The person's name that opens the sentence before token `before` ("Ryan didn't …"), or null. */
function sentenceOpeningName(text: string, toks: Tok[], before: number): string | null {
  // Past a conjunction or a discourse adverb: "While Mr. Kerry has …, he", "However, Cohen has …".
  let k0 = 0;
  if (toks[0]!.word && SUBORDINATORS.has(toks[0]!.lower)) k0 = 1;
  else if (DISCOURSE_ADVERBS.has(toks[0]!.lower) && toks[1]?.text === ',') k0 = 2;
  const name = nameAt(text, toks, k0, before);
  if (name !== null || !toks[k0]?.word) return name;
  // Past an opening phrase of time or place: "A day after the briefing, Trump berated …, and he announced".
  for (let c = k0 + 1; c < before && c < k0 + 20; c++) {
    const x = toks[c]!.text;
    if (x === ',') return nameAt(text, toks, c + 1, before);
    if (x === QUOTE || x === ';' || x === ':') return null;
  }
  return null;
}

/**
 * An organization or outlet named by the capitalized words that open the sentence, followed by a
 * comma ("Quinnipiac, which conducted the poll, …"), before token `before`; null otherwise.
 */
function sentenceOpeningBody(text: string, toks: Tok[], before: number): SourceClass | null {
  let k = 0;
  while (k < before && k < 5 && toks[k]!.word && isCapWord(toks[k])) k++;
  // The name and its comma: not "Senior U.S. officials" (capitalized modifiers of a common noun).
  if (k === 0 || k >= before || toks[k]!.text !== ',' || NP_STOP.has(toks[0]!.lower) || ARTICLES.has(toks[0]!.lower)) return null;
  // ("Texas, they said, has the power …": a name and at once the interjected speaker is what they speak of.)
  if (before === k + 1) return null;
  const cls = classifySource(text.slice(toks[0]!.s, toks[k - 1]!.e));
  return cls !== null && (cls.type === 'institutional' || cls.type === 'report') && cls.kind !== 'role' ? cls : null;
}

/** Words that open a subordinate clause before its subject: "While officials insisted …, they said". */
const CLAUSE_SUBORDINATORS = new Set(['while', 'although', 'though', 'as', 'when', 'after', 'before', 'because', 'since', 'if', 'whereas']);
/** Plural heads of a vague or anonymous group that name no people of their own ("others" leaves the group unsaid). */
const NOT_PEOPLE_PLURALS = new Set(['polls', 'reports', 'studies', 'research', 'analyses', 'estimates', 'rumors', 'rumours', 'others']);

/**
 * The plural group of people that is the subject of a clause before token `before` in this sentence (its head
 * straight before a past or finite verb: "negotiators for both parties shook hands, though they …"): its class
 * when it is unnamed, 'other' for a group that names itself or is defined ("Republicans"), null when there is none.
 * With `last`, the subject of the last such clause, and its class whatever its type ('other' only when it has none).
 */
function sentenceGroupBefore(text: string, toks: Tok[], before: number, last = false): SourceClass | 'other' | null {
  let found: SourceClass | 'other' | null = null;
  let taken = -1;
  for (let v = 1; v < before - 1; v++) {
    const vt = toks[v]!;
    // ("The Palestinians, though, refuse to even speak to Trump, … and they": a present verb past an aside.)
    const aside = v >= 4 && toks[v - 1]!.text === ',' && DISCOURSE_ADVERBS.has(toks[v - 2]!.lower) && toks[v - 3]!.text === ','
      && /^\p{Ll}+$/u.test(vt.text) && !NP_STOP.has(vt.lower);
    if (!vt.word || !(pastForm(vt) || FINITE_VERBS.has(vt.lower) || aside)) continue;
    // ("Defenders of the health care law gamely tried": an adverb between the group and its verb.)
    let e = aside ? v - 4 : v - 1;
    if (e > 0 && ADVERB.test(toks[e]!.text) && /s$/.test(toks[e - 1]!.lower)) e--;
    // ("The administration officials who testified did little": past a one-verb relative clause to its noun.)
    if (e > 1 && FINITE_VERBS.has(vt.lower) && pastForm(toks[e]!) && toks[e - 1]!.lower === 'who') e -= 2;
    const np = toks[e]!.word ? npBackFrom(toks, e, null) : null;
    // The subject of a clause: it opens the sentence, or follows a comma or a subordinator ("While officials …").
    if (np === null || (np.start > 0 && toks[np.start - 1]!.text !== ',' && !CLAUSE_SUBORDINATORS.has(toks[np.start - 1]!.lower))) continue;
    // (Not one that runs back over the verb of the group found before: "officials seemed genuinely surprised".)
    if (np.start <= taken) continue;
    // (Not a phrase that opens on a preposition: "Besides limiting the reasons individuals may …".)
    if (GROUP_NOT_OPENING.has(toks[np.start]!.lower)) continue;
    // Its head: a plural of people before any preposition ("negotiators for both parties").
    let people = false;
    for (let k = np.start; k <= np.end; k++) {
      const w = toks[k]!.lower;
      if (OBJECT_PREPS.has(w) || PP_PREPS.has(w)) break;
      // ("The Palestinians", "Israelis": a people's plural name.)
      if (/(?:s|men)$/.test(w) && !NOT_PEOPLE_PLURALS.has(w) && (HEAD_CLASS.has(w) || personNouns.has(w) || (DEMONYMS_AND_PLACES.has(w) && isCapWord(toks[k])))) people = true;
    }
    if (!people) continue;
    const cls = classifySource(text.slice(toks[np.start]!.s, toks[np.end]!.e));
    // (When asked for the last, a defined group is given as it is: "Business leaders", "Cheri and Travis Norwood".)
    found = cls !== null && cls.kind !== 'pronoun' && (cls.type === 'anonymous' || cls.type === 'vague' || last) ? cls : 'other';
    taken = v;
    // (The last clause's when asked: "While many liberals have accused Trump …, conservatives have pointed a finger …".)
    if (!last) return found;
  }
  return found;
}
/** Words a group of people as subject does not open with: prepositions and subordinators read into the phrase. */
const GROUP_NOT_OPENING = new Set(['besides', 'despite', 'beyond', 'unlike', 'like', 'after', 'before', 'without', 'with',
  'for', 'from', 'by', 'in', 'on', 'at', 'of', 'to', 'than', 'among', 'amid', 'during', 'until', 'since']);

/** A person's name starting at token `k0` and followed by its verb or appositive, before token `before`. */
function nameAt(text: string, toks: Tok[], k0: number, before: number): string | null {
  if (k0 >= before) return null;
  let k = k0;
  while (k < before && k < k0 + 5 && toks[k]!.word && isCapWord(toks[k])) k++;
  // The name must be the clause's subject: its verb or its appositive follows ("Lance Prator, mayor of …,
  // said"); a lone capitalized word before a comma is an opener ("Separately, he said").
  if (k === k0 || k >= before || (!toks[k]!.word && !(toks[k]!.text === ',' && k - k0 >= 2))) return null;
  // "With the United States, as he said", "Sensing the policy had shifted, he": a capitalized opener, not a name.
  const w0 = toks[k0]!.lower;
  if (NP_STOP.has(w0) || ARTICLES.has(w0) || /(?:ing|ed)$/.test(w0)) return null;
  // ("Close allies of the Clintons … should resign, he said": a lone word with the sentence's capital that the
  // article also writes in lower case is a common word.)
  if (k === k0 + 1 && toks[k]!.word && lowerInProse(text, w0)) return null;
  // ("Don’t become like them,” she added": a contraction is no name.)
  if (toks.slice(k0, k).some((x) => /['\u2019](?:t|re|ll|ve|m|d)$/i.test(x.text))) return null;
  const name = text.slice(toks[k0]!.s, toks[k - 1]!.e);
  const cls = classifySource(name);
  return cls !== null && cls.type === 'named' && cls.kind === 'person' && looksLikePersonName(name) ? name : null;
}

/** Modifiers of a reporter's epithet for a named person: "three-term", "74-year-old", "independent", "embattled". */
const EPITHET = /^(?:\w+-(?:term|year-old|time)|independent|republican|democratic|gop|conservative|liberal|progressive|veteran|longtime|embattled|outgoing|incoming|freshman|billionaire|former|retired|disgraced|beleaguered|famed|famous|renowned|prominent|celebrated|outspoken|controversial|legendary|storied|high-profile|well-known)$/;

/**
 * Index of the "who" opening the comma-less relative clause that runs back from token `from` (within
 * RELATIVE_REACH words, no punctuation between), or -1: of two joined clauses the first ("who like Trump and
 * who live in Ohio").
 */
function whoIndexBefore(toks: Tok[], from: number): number {
  for (let k = from; k >= 1 && k >= from - RELATIVE_REACH; k--) {
    const t = toks[k]!;
    if (!t.word) return -1;
    if (t.lower !== 'who') continue;
    const earlier = toks[k - 1]!.lower === 'and' && k >= 3 ? whoIndexBefore(toks, k - 2) : -1;
    return earlier >= 0 ? earlier : k;
  }
  return -1;
}

/**
 * The unnamed subject of a comma-less relative clause that ends at token `end` and whose
 * words run back from token `from` ("Foreign diplomats | who were briefed on the talks"):
 * taken only when that subject opens the sentence or a clause and is an unnamed source
 * itself, never across punctuation. Null otherwise.
 */
function relativeSubject(text: string, toks: Tok[], from: number, end: number, cue: number): PhraseHit | null {
  // Only a finite cue has a subject: "somebody who is on record denying it" describes, it does not attribute.
  // Nor a weak one: "officers who stormed the room found rifles", "a man who … was killed in what his
  // family thought" (tried: most such flags in 5,000 corpus articles were wrong).
  if (toks[cue]!.lower.endsWith('ing') || cueGroup.get(toks[cue]!.lower) === 'weak' || stanceOpeners.has(toks[cue]!.lower)) return null;
  // ("Another man who worshiped at the mosque and who didn't want to be named said": the subject stands before
  // the first of two joined relative clauses.)
  const k = whoIndexBefore(toks, from);
  if (k < 1) return null;
  const t = toks[k]!;
  const outer = npBackFrom(toks, k - 1, null);
  if (!outer || !opensClause(toks, outer.start)) return null;
  // "a reporter watched a Kentucky resident who …": a verb inside the phrase, not one subject.
  for (let m = outer.start + 1; m < outer.end; m++) {
    const w = toks[m]!;
    if (w.text === w.lower && w.lower.endsWith('ed') && NP_DETERMINERS.has(toks[m + 1]!.lower)) return null;
  }
  // "Nicholas Burns, a former senior State Department official who supported Clinton, warned":
  // the description belongs to the name before it, and the name is the speaker.
  if (outer.start >= 2 && toks[outer.start - 1]!.text === ',') {
    const name = npBackFrom(toks, outer.start - 2, null);
    // The name must open the clause itself: not "in Mexico, a friend of mine who builds plants said".
    const before = name ? toks[name.start - 1] : undefined;
    // (Or right after an inverted cue: "…,” said Rep. Brett Guthrie, a Republican who serves on the committee told CNN.)
    const opens = name !== null && (opensClause(toks, name.start) || CONJUNCTIONS.has(before?.lower ?? '') || afterInvertedCue(toks, name.start));
    if (name && opens && looksLikePersonName(text.slice(toks[name.start]!.s, toks[name.end]!.e)))
      return { start: name.start, end: name.end, appositive: { start: toks[outer.start]!.s, end: toks[end]!.e } };
  }
  const phrase = text.slice(toks[outer.start]!.s, toks[outer.end]!.e);
  const cls = classifySource(phrase);
  // "People who have seen the draft", "those who attended the meeting": people with access, withheld.
  const clause = text.slice(t.e, toks[end]!.e);
  // ("Supporters who have heard directly from the campaign say": people of any kind, bare and plural, with access.)
  const last = (phrase.trim().split(/\s+/).pop() ?? '').toLowerCase();
  const access = (/^(?:people|those|others)$/.test(last) || (personNouns.has(last) && /s$/.test(last) && last !== 'respondents' && !/\p{Lu}/u.test(phrase.trim().slice(1))))
    && (ACCESS_VERBS.test(clause) || KNOWLEDGE_PHRASE.test(clause));
  if (!access && (cls === null || (cls.type !== 'anonymous' && cls.type !== 'vague'))) return null;
  return { start: outer.start, end: outer.end, appositive: { start: t.s, end: toks[end]!.e }, relative: true, access };
}

/**
 * "A classmate who declined to be identified, told the magazine": a relative clause that withholds the speaker's
 * identity, closed by a comma it never opened. The subject before "who" must open the sentence or a clause; the
 * comma is at token `j`.
 */
function closedRelative(text: string, toks: Tok[], j: number): PhraseHit | null {
  const rel = j >= 3 ? anonymityRelative(text, toks, j - 1) : -1;
  if (rel < 1) return null;
  const np = npBackFrom(toks, rel - 1, null);
  // (Not a clause of its own that ran in: "He met a man who declined to be named, said the report".)
  if (np === null || PRONOUNS.has(toks[np.start]!.lower) || !(opensClause(toks, np.start) || CONJUNCTIONS.has(toks[np.start - 1]?.lower ?? ''))) return null;
  return { ...np, appositive: { start: toks[rel]!.s, end: toks[j - 1]!.e } };
}

/**
 * Index of the "who" opening a comma-less relative clause that ends at token `j` and
 * marks a withheld identity ("who declined to be identified", "who spoke on condition
 * of anonymity"), or -1. Bounded look-back; never crosses punctuation.
 */
function anonymityRelative(text: string, toks: Tok[], j: number): number {
  for (let k = j - 1; k >= 1 && k >= j - 14; k--) {
    const t = toks[k]!;
    if (!t.word) return -1;
    if (t.lower !== 'who') continue;
    if (!ANONYMITY_MARK.test(text.slice(t.s, toks[j]!.e)) || !toks[k - 1]!.word) return -1;
    // ("Another man who worshiped at the mosque and who did not want to be named said": from the first clause.)
    const first = toks[k - 1]!.lower === 'and' ? whoIndexBefore(toks, k - 2) : -1;
    return first >= 1 && toks[first - 1]!.word ? first : k;
  }
  return -1;
}

/**
 * Index of the participle that opens a reduced clause ending at token `j` and withholding the speaker's identity:
 * "speaking on condition of anonymity because the investigation was ongoing", "requesting anonymity", "talking on
 * background", "not authorized to speak publicly", or -1. The participle comes right after a word, after "but"/"and"
 * after a word, or after a comma after a word; the mark starts within a few words of it. Bounded look-back; never
 * crosses other punctuation.
 */
function anonymityParticiple(text: string, toks: Tok[], j: number): number {
  if (!sentenceWithholds(text, toks)) return -1;
  for (let k = j - 1; k >= 2 && k >= j - ANONYMITY_CLAUSE_REACH; k--) {
    const t = toks[k]!;
    if (!t.word) return -1;
    // (Or "not" itself: "a law enforcement official not authorized to comment publicly told USA TODAY".)
    if ((!PARTICIPLE.test(t.text) || NOT_PARTICIPLES.has(t.lower)) && t.lower !== 'not') continue;
    const m = ANONYMITY_MARK.exec(text.slice(t.s, toks[j]!.e));
    if (m === null) continue;
    if (m.index > ANONYMITY_MARK_NEAR) return -1;
    const before = toks[k - 1]!;
    const head = before.word && !COORDINATORS.has(before.lower) ? before : toks[k - 2]!;
    return head.word && !NP_STOP.has(head.lower) && !FINITE_VERBS.has(head.lower) && !cueGroup.has(head.lower) ? k : -1;
  }
  return -1;
}
/** Whether the sentence of `toks` has an anonymity mark anywhere (once per sentence: most have none). */
const WITHHOLDS = new WeakMap<Tok[], boolean>();
function sentenceWithholds(text: string, toks: Tok[]): boolean {
  let w = WITHHOLDS.get(toks);
  if (w === undefined) {
    w = toks.length > 0 && ANONYMITY_MARK.test(text.slice(toks[0]!.s, toks[toks.length - 1]!.e));
    WITHHOLDS.set(toks, w);
  }
  return w;
}
/** Words from the cue back to a withholding participle ("speaking on condition of anonymity because they were …"). */
const ANONYMITY_CLAUSE_REACH = 20;
/** Characters from such a participle to its mark: "speaking on the condition of anonymity", "requesting anonymity". */
const ANONYMITY_MARK_NEAR = 28;

/**
 * Index of "identified" or "known" when the words from it to token `j` are a reduced clause that gives only part of a
 * name: "identified only as “Neal M.”", "identified only by his first name", "known only as Abu Ali"; else -1.
 */
function partialNameClause(toks: Tok[], j: number): number {
  for (let k = j - 1; k >= 1 && k >= j - 9; k--) {
    const t = toks[k]!;
    if (t.lower !== 'identified' && t.lower !== 'known') continue;
    return toks[k + 1]?.lower === 'only' && (toks[k + 2]?.lower === 'as' || toks[k + 2]?.lower === 'by') && k + 3 <= j && toks[k - 1]!.word ? k : -1;
  }
  return -1;
}

/** Whom an interview was given to, after "spoke to/with": a reporter or ourselves ("spoke with a reporter", "talked to us"). */
const INTERVIEWERS = new Set(['me', 'us', 'reporters', 'reporter', 'journalists']);

/**
 * Index of "who" when the words from it to token `j` are a relative clause that says only whom the speaker
 * talked to: "who spoke with the AP", "who talked to reporters", "who spoke to The Washington Post"; else -1.
 */
function interviewRelative(text: string, toks: Tok[], j: number): number {
  for (let k = j - 2; k >= 1 && k >= j - 8; k--) {
    const t = toks[k]!;
    if (!t.word) return -1;
    if (t.lower !== 'who') continue;
    if (!INTERVIEW_CUES.has(toks[k + 1]!.lower) || !INTERVIEW_PREPS.has(toks[k + 2]?.lower ?? '') || k + 3 > j || !toks[k - 1]!.word) return -1;
    const whom = text.slice(toks[k + 3]!.s, toks[j]!.e);
    const last = toks[j]!.lower;
    return INTERVIEWERS.has(last) || classifySource(whom)?.type === 'report' ? k : -1;
  }
  return -1;
}

/** What ends a quotation that a speaker then follows: "“…,” Name said", "“…?” Name asked". */
const CLOSING_QUOTE_PUNCT = new Set([',', '?', '!']);
/** How far back from the cue the quotation that opens the sentence may close: a name and its description. */
const OPENING_QUOTE_REACH = 40;

/**
 * Where the quotation that closes at token `q` opens, when it opened after a word of the sentence (past `from`, where the
 * sentence's own words start) with a capital: a title quoted inside a description ("host of “Meet the Press,”"), not the
 * opening quotation a speaker follows. Else -1.
 */
function quotedTitleStart(toks: Tok[], from: number, q: number): number {
  for (let k = q - 2; k > from && k >= q - 12; k--) {
    if (toks[k]!.text !== QUOTE) continue;
    return toks[k - 1]!.word && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '') ? k : -1;
  }
  return -1;
}

/**
 * "Pete Seat, an Indiana GOP consultant whose firm ..., said": the noun phrase that
 * opens the sentence and ends at its first comma, when everything up to the cue at `i`
 * is that phrase and comma-set descriptions of it. Null when the sentence opens otherwise.
 */
function openingSubject(text: string, toks: Tok[], i: number): PhraseHit | null {
  // ("But Megan Hester, …, said": after a coordinating conjunction.)
  let s0 = toks.length > 1 && COORDINATORS.has(toks[0]!.lower) ? 1 : 0;
  // ("Conversely, Felicia Marquez, 57, …, said": after an opening adverb.)
  const adverb = afterSentenceAdverb(toks, s0);
  if (adverb > 0 && adverb < i) s0 = adverb;
  // ("“This is not right,” Thomas Donohue, president of the chamber, said": after the quotation that opens it.)
  // (Bounded: a sentence with no quotation in reach costs a few steps, not its length.)
  // (Not a title quoted inside the speaker's description: "Graham, in an interview with “Meet the Press,” said …",
  // "Ronald Kessler, author of “The Secrets of the FBI,” said …": that quotation opens after a word of the sentence.)
  for (let q = i - 1; q > 1 && q >= i - OPENING_QUOTE_REACH; q--) {
    if (toks[q]!.text !== QUOTE) continue;
    // (A title in an opening phrase still ends it: "Speaking on “Fox News Sunday,” Sen. Richard Shelby … said".)
    const title = quotedTitleStart(toks, s0, q);
    if (CLOSING_QUOTE_PUNCT.has(toks[q - 1]!.text) && toks[q + 1]?.word && !toks[q + 1]!.quoted
      && !(title >= 0 && toks.slice(s0, title).some((t) => t.text === ','))) s0 = q + 1;
    break;
  }
  let c = s0;
  // ("Rep. Frank Pallone (D-N.J.), chairman of …, said": a party and state after the name.)
  let open = -1;
  while (c < i && toks[c]!.text !== ',') {
    if (toks[c]!.text === '(' && open < 0 && c > s0) open = c;
    else if (!toks[c]!.word && toks[c]!.text !== '.' && toks[c]!.text !== '-' && !(open >= 0 && toks[c]!.text === ')')) return null;
    c++;
  }
  if (c === s0 || c >= i - 1) return null;
  const nameEnd = open >= 0 && toks[c - 1]!.text === ')' && PARTY_STATE.test(text.slice(toks[open]!.e, toks[c - 1]!.s)) ? open - 1 : c - 1;
  if (open >= 0 && nameEnd === c - 1) return null;
  const np = npBackFrom(toks, nameEnd, null);
  if (!np || np.start !== s0) return null;
  for (let k = c + 1; k < i; k++) if (toks[k]!.text === ';' || toks[k]!.text === ':') return null;
  if (toks[i - 1]!.text === ',') {
    const aged = agedName(text, toks, c + 1, i - 2);
    if (aged) return aged;
  }
  return { start: s0, end: nameEnd, appositive: { start: toks[c + 1]!.s, end: toks[i - 2]!.e } };
}

/** Role words that introduce a person's name: "media commentator Ann Coulter", "Labor Secretary X Y". */
const NAME_INTRODUCERS = new Set([...TITLES.terms, ...personNouns, 'host', 'anchor', 'columnist', 'correspondent',
  'author', 'activist', 'blogger', 'writer', 'editor', 'professor', 'researcher', 'economist', 'historian',
  'officer', 'detective', 'trooper', 'agent', 'deputy']);
/**
 * Appositives that give an example of a group, not the speaker: "experts, including Mr. Goldberg,", or the
 * person who leads or joins it: "The aides, led by campaign manager Terry Sullivan, told the group".
 */
const EXAMPLE_OPENERS = /^\s*(?:including|like|such as|among them|notably|(?:led|headed|joined|accompanied) by|along with|alongside)\b/i;

/**
 * A person's name given in an appositive: its first comma-set part when that is a name
 * ("Yossi Kuperwasser, former director ..."), or the capitalized name right after a role
 * word that ends that part ("media commentator Ann Coulter", "our Labor Cabinet Secretary
 * Derrick Ramsey"). Null when there is none, or when the appositive gives an example of a group.
 */
function nameInAppositive(app: string): { text: string; at: number } | null {
  if (EXAMPLE_OPENERS.test(app)) return null;
  const first = app.split(',')[0]!;
  const trimmed = first.trim();
  if (trimmed && looksLikePersonName(trimmed)) return { text: trimmed, at: first.indexOf(trimmed) };
  // "Two Republican senators, Mike Lee and Jerry Moran,": a counted group whose members the appositive names.
  const pair = /^(.+?)\s+and\s+(.+)$/.exec(trimmed);
  if (pair && looksLikePersonName(pair[1]!) && looksLikePersonName(pair[2]!)) return { text: trimmed, at: first.indexOf(trimmed) };
  // "Rep. Adam Smith of Washington", "Jane Roe of the ACLU": the name before where the person is from.
  const from = /^(.+?)\s+of\s+(?:the\s+)?\p{Lu}/u.exec(trimmed);
  if (from && looksLikePersonName(from[1]!)) return { text: from[1]!, at: first.indexOf(from[1]!) };
  const ws = [...first.matchAll(/\S+/g)];
  // The name: the capitalized words after the last role word, at the end of the part.
  let k = ws.length;
  while (k > 0 && /^\p{Lu}/u.test(ws[k - 1]![0]) && !NAME_INTRODUCERS.has(ws[k - 1]![0].toLowerCase())) k--;
  if (k === 0 || ws.length - k < 2 || !NAME_INTRODUCERS.has(ws[k - 1]![0].toLowerCase())) return null;
  const at = ws[k]!.index;
  const text = first.slice(at).trim();
  const cls = classifySource(text);
  if (cls === null || cls.type !== 'named' || cls.kind !== 'person') return null;
  return { text, at };
}

/**
 * A person's title and name as an appositive's first comma-set part: "former Secretary of State Hillary
 * Clinton", "Democratic Sen. Chris Murphy" (not "a former adviser to President Obama": someone else's).
 * The span is the whole part, title and name, as the reader sees it.
 */
function titledNameInAppositive(app: string): { text: string; at: number; label: string } | null {
  if (EXAMPLE_OPENERS.test(app)) return null;
  const first = app.split(',')[0]!;
  const trimmed = first.trim();
  const cls = classifySource(trimmed);
  if (cls === null || cls.type !== 'named' || cls.kind !== 'person' || !trimmed.endsWith(cls.label)) return null;
  // The name is a full one, and every word before it is part of a title: "former", "Secretary of State",
  // "Democratic Sen." (not "speaking before Orlando", "who gave her name as Maryann").
  const name = cls.label.split(/\s+/);
  const title = trimmed.slice(0, trimmed.length - cls.label.length).trim().split(/\s+/).filter(Boolean);
  if (name.length < 2 || !looksLikePersonName(cls.label) || title.length === 0) return null;
  if (!title.some((w) => NAME_INTRODUCERS.has(w.toLowerCase()))) return null;
  return title.every((w) => TITLE_INNER_WORDS.has(w.toLowerCase()) || NAME_INTRODUCERS.has(w.toLowerCase())
    || (/^\p{Lu}/u.test(w) && !RELATIVE_WORDS.has(w.toLowerCase())))
    ? { text: trimmed, at: first.indexOf(trimmed), label: cls.label } : null;
}
/** Words inside a title before a name besides its role words (NAME_INTRODUCERS): "former", "of" in "Secretary of State". */
const TITLE_INNER_WORDS = new Set(['former', 'then', 'acting', 'retired', 'longtime', 'veteran', 'senior', 'top', 'assistant',
  'associate', 'of', 'state', 'foreign', 'defense', 'defence', 'interior', 'finance', 'health', 'homeland', 'security',
  'national', 'white', 'house', 'press', 'and', 'the', 'u.s.', 'us',
  // ("former St. Louis police Officer Jason Stockley": the service the title is in.)
  'police', 'army', 'navy', 'military', 'county', 'city', 'federal', 'campaign', 'party', 'school', 'district', 'deputy', 'chief',
  'border', 'patrol', 'fire', 'intelligence', 'justice', 'department']);

const ADVERB = /^\p{Ll}{3,}ly$/u;
/** An all-capitals place word that opens a dateline ("WASHINGTON -", "GAZA CITY -"). */
const DATELINE_WORD = /^\p{Lu}{3,}$/u;
/** Prepositions written with a capital inside an organization's name: "Doctors Without Borders". */
const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['without', 'against', 'for', 'of', 'in', 'on', 'under', 'beyond', 'across']);
/** Prepositions after which a place ends a description: "the congressman from Texas", "a professor in Ohio". */
const PLACE_PREPS: ReadonlySet<string> = new Set(['from', 'in', 'to', 'near', 'outside', 'across']);

/** Whether every word from token `a` to `b` is a place or a people's name ("Texas", "South Africa"). */
function placeWords(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (!toks[k]!.word || !DEMONYMS_AND_PLACES.has(toks[k]!.lower) || !isCapWord(toks[k])) return false;
  return true;
}

/**
 * The person a description ending at token `end` follows: "Rep. Louie Gohmert, the Republican congressman from
 * Texas", "Amr Al Azm, an associate professor … in Ohio". The description opens with an article after a comma;
 * before the comma stands a person's name that opens the clause or follows a quotation. Null otherwise.
 */
function describedPersonBefore(text: string, toks: Tok[], end: number): Span | null {
  for (let k = end - 1; k >= 1 && k >= end - 25; k--) {
    const t = toks[k]!;
    if (t.text === QUOTE || t.text === ';' || t.text === ':') return null;
    if (t.text !== ',') continue;
    if (!ARTICLES.has(toks[k + 1]?.lower ?? '')) return null;
    let a = k - 1;
    while (a >= 0 && a > k - 6 && (isCapWord(toks[a]) || /^\p{Lu}\p{Ll}*\.$/u.test(toks[a]!.text))) a--;
    if (a === k - 1) return null;
    const name = text.slice(toks[a + 1]!.s, toks[k - 1]!.e);
    // (Or after an inverted cue: "…," said Rep. Mark Amodei, a moderate Republican from Nevada told CNN.)
    const opens = a < 0 || toks[a]!.text === QUOTE || toks[a]!.text === ',' || cueGroup.has(toks[a]!.lower) || opensClause(toks, a + 1);
    return opens && looksLikePersonName(name) ? { start: toks[a + 1]!.s, end: toks[k - 1]!.e } : null;
  }
  return null;
}

/** Title words that only modify another title: "Vice President", "Deputy Secretary", "Crown Prince". */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['vice', 'deputy', 'crown', 'acting', 'assistant', 'associate']);
/** Time adverbs that may open a description after a name: "Mr. Thompson, now a lawyer in …,". */
const DESCRIPTION_ADVERBS: ReadonlySet<string> = new Set(['now', 'then', 'once', 'formerly', 'previously', 'later', 'also']);
/** Quantifiers that can be the subject of a bare "question": "many question whether". */
const QUESTIONING_QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'some', 'few', 'others']);
/** What "question" as a verb goes on with: "whether", "the wisdom of", "his motives". */
const QUESTIONED_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'how', 'what', 'the', 'his', 'her', 'their', 'its']);
const DISCOURSE_ADVERBS = new Set(['however', 'meanwhile', 'too', 'though', 'also', 'instead', 'moreover', 'nevertheless',
  'nonetheless', 'still', 'indeed', 'meantime', 'likewise', 'similarly']);

/** Verb-only cue forms that never sit inside a noun phrase ("Clinton says many doubted her"). */
const SPEECH_3SG = new Set(['says', 'tells', 'adds', 'writes', 'argues', 'insists', 'thinks', 'believes', 'wants',
  // ("Liddle suggests people write letters": no "suggests" heads a phrase the way "media reports" does.)
  'suggests', 'explains', 'agrees', 'admits', 'acknowledges', 'asserts', 'contends', 'denies', 'maintains', 'predicts',
  'recalls', 'recounts', 'reveals', 'concedes', 'confirms', 'announces', 'alleges', 'warns', 'emphasizes', 'emphasises',
  'complains', 'urges', 'declares', 'informs', 'notifies', 'replies', 'responds']);

/** A person's name from token `k` up to the next comma or the sentence end ("…, Pernilla Ironside."). */
function nameAfterComma(text: string, toks: Tok[], k: number): Span | null {
  let e = k;
  while (e < toks.length && e < k + 5 && toks[e]!.text !== ',' && toks[e]!.text !== '.' && toks[e]!.text !== ';') e++;
  if (e === k || (e < toks.length && toks[e]!.text !== ',' && toks[e]!.text !== '.' && toks[e]!.text !== ';')) return null;
  // The name ends the sentence or is set off by a comma: "…, Pernilla Ironside." / "…, Ana Navarro, said".
  if (e < toks.length && toks[e]!.text !== ',' && toks.slice(e + 1).some((t) => t.word)) return null;
  const span = { start: toks[k]!.s, end: toks[e - 1]!.e };
  return looksLikePersonName(text.slice(span.start, span.end)) ? span : null;
}

/** Start of "<people noun> in|at|from" right before token `k` ("Residents in | the neighborhood"), or -1. */
function personBeforePlace(toks: Tok[], k: number): number {
  const prep = toks[k - 1];
  const noun = toks[k - 2];
  // The withheld identity says these are people: any plural noun ("villagers", "residents").
  if (!prep || !noun || !noun.word || !PP_PREPS.has(prep.lower) || !/[^s]s$|men$/.test(noun.lower)) return -1;
  let start = k - 2;
  // Keep its quantifier or article: "Some residents in …", "Two villagers from …".
  const q = toks[start - 1]?.lower ?? '';
  if (start > 0 && (QUANTIFIERS.has(q) || NP_DETERMINERS.has(q))) start--;
  return start;
}

/** A headline set in title case: most longer words capitalized, so capitals say nothing about names. */
function titleCase(toks: Tok[]): boolean {
  let lower = 0;
  let upper = 0;
  for (const t of toks) {
    if (!t.word || t.text.length < 4) continue;
    if (isCapWord(t)) upper++;
    else if (/^\p{Ll}/u.test(t.text)) lower++;
  }
  return lower <= 1 || upper > 2 * lower;
}

/** Words before "report" that make it a noun: "the report", "a new report", "a Pentagon report", "the agency's report". */
const REPORT_NOUN_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'new', 'latest', 'recent',
  'earlier', 'annual', 'final', 'draft', 'preliminary', 'internal', 'official', 'same', 'separate', 'classified', 'confidential',
  'secret', 'initial', 'interim', 'detailed', 'lengthy', 'damning', 'scathing']);

/** Words between an auxiliary and its verb: "were not told", "was also asked", "had never been warned". */
const BETWEEN_AUX = new Set(['not', 'never', 'also', 'even', 'still', 'already', 'just', 'then', 'later', 'once', 'often', 'sometimes', 'always', 'now', 'first', 'again']);
/** Negated forms of "be": "weren't told" is as passive as "were told". */
const BE_NEGATED = /^(?:was|were|is|are)n['\u2019]t$/;

/**
 * The auxiliary before the verb at `i`, past up to two adverbs or negations: "were (widely) expected",
 * "had been told", "were not (even) asked". A negated "be" comes back as written ("weren't", or "weren"
 * when the apostrophe is curly): test the result with `isBeAux`.
 */
function auxBefore(toks: Tok[], i: number): Tok | undefined {
  let k = i - 1;
  for (let n = 0; n < 2 && k > 0 && (toks[k]!.lower.endsWith('ly') || BETWEEN_AUX.has(toks[k]!.lower)); n++) k--;
  // "weren’t" with a curly apostrophe is three tokens: "weren", "’", "t".
  if (toks[k]?.lower === 't' && k >= 2 && /^['\u2019]$/.test(toks[k - 1]!.text)) return toks[k - 2];
  return toks[k];
}

/** Whether `t` is a form of "be", as `auxBefore` returns it: "were", "weren't", "weren" (of "weren’t"). */
function isBeAux(t: Tok | undefined): t is Tok {
  return t !== undefined && (BE_FORMS.has(t.lower) || BE_NEGATED.test(t.lower) || /^(?:wasn|weren|isn|aren)$/.test(t.lower));
}

/** Whether "report" at `j` is the noun, the head of a source phrase, rather than the verb. */
function reportNoun(toks: Tok[], j: number): boolean {
  const prev = toks[j - 1];
  if (prev === undefined || !prev.word) return false;
  if (REPORT_NOUN_BEFORE.has(prev.lower) || /['\u2019]s$/.test(prev.text) || (isCapWord(prev) && !PRONOUNS.has(prev.lower))) return true;
  // "a police report", "a local media report": a determiner one or two plain words back (not "police report that").
  for (let k = j - 2; k >= j - 3 && k >= 0; k--) {
    const t = toks[k]!;
    if (ARTICLES.has(t.lower)) return true;
    if (!t.word || PRONOUNS.has(t.lower) || FINITE_VERBS.has(t.lower) || cueGroup.has(t.lower)) return false;
  }
  return false;
}

/** Words before a base-form "report" that make it a verb: a plural or counted subject, or what only a verb follows. */
const REPORT_VERB_BEFORE = new Set(['to', 'who', 'that', 'which', 'and', 'or', 'few', 'many', 'some', 'most', 'several', 'both', 'all',
  'percent', 'majority', 'minority', 'number', 'half', 'third', 'quarter', 'dozen', 'do', 'did', 'does', 'not', 'also', 'still', 'often', 'now']);

/**
 * Whether "report" at `i` is the noun that ends a phrase of singular words: "the so-called “302” witness report", "an
 * outdated missing person report", "the inspector general in the first official report". (A plural before it makes
 * it the verb, however far its place phrase runs: "Witnesses in eastern Syria near the Turkish border report".)
 */
function singularReportPhrase(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1];
  if (prev === undefined || !prev.word || CUE_AUXILIARIES.has(prev.lower) || PRONOUNS.has(prev.lower) || ADVERB.test(prev.text)) return false;
  for (let k = i - 1; k >= i - 8 && k >= 0; k--) {
    const t = toks[k]!;
    if (!t.word) break;
    if (REPORT_VERB_BEFORE.has(t.lower) || PEOPLE_PLURALS.has(t.lower) || /[^su'\u2019]s$/.test(t.lower)) return false;
    if (FINITE_VERBS.has(t.lower) || cueGroup.has(t.lower)) break;
    // ("condemned pundits for hyping the Mueller report": a determiner after a verb opens the object, the noun's phrase.)
    const b = toks[k - 1];
    if (ARTICLE_OPENERS.has(t.lower) && b?.word && (/\p{Ll}ing$/u.test(b.lower) || FINITE_VERBS.has(b.lower) || cueGroup.has(b.lower))) break;
  }
  return true;
}

const ARTICLE_OPENERS = new Set(['the', 'a', 'an']);
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);
/** Cue words that are nouns in names: "Voice of America", "Express Scripts", "Mountain View". */
const NAME_CUE_WORDS = new Set(['voice', 'voices', 'express', 'view']);
/** Quantifiers in NP_STOP that an "of" phrase may hang from: "all of these people". */
const OF_QUANTIFIERS = new Set(['all']);

const TESTIFIED = new Set(['testified', 'testify', 'testifies']);
/** Words that open the object of "observe" (a rule kept, a thing seen), not what was said. */
const OBSERVED_OBJECTS = new Set(['the', 'a', 'an', 'it', 'them', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'him']);
/** Whether nothing the cue at `i` says follows it: no "that", quotation, colon or clause within six words. */
function saysNothing(toks: Tok[], i: number): boolean {
  return toks[i + 1]?.text !== ':' && !clauseFollows(toks, i, 6) && !toks.some((t, k) => k > i && t.text === QUOTE);
}

/**
 * Whether the verb at `i` ends a relative clause opened right before it by "who", after which the sentence's own
 * finite verb follows within a short time or place: "officials who (have) testified (so far) are …". (Not "who
 * testified that …", "who testified: …", nor a gapped "what witnesses testified was …", which has no "who".)
 */
function relativeDescribes(toks: Tok[], i: number): boolean {
  const k = pastAuxiliaries(toks, i);
  if (toks[k]?.lower !== 'who') return false;
  for (let j = i + 1; j < toks.length && j <= i + 8; j++) {
    const w = toks[j]!;
    if (!w.word || w.lower === 'that') return false;
    if (FINITE_VERBS.has(w.lower)) return true;
  }
  return false;
}

const CONTINUE_FORMS = new Set(['continue', 'continues', 'continued', 'continuing']);
/**
 * Verbs of doing, not of saying, after "continue to": "continued to scramble", "continued to work on it" (and "push
 * for"). (Verbs of saying and judging keep "continued" as the cue: "continued to attack", "continued to
 * rail against", "continued to unload on his opponents: …", as do "continued to applause" and the like.)
 */
const CONTINUED_DEEDS = new Set(['work', 'scramble', 'fight', 'struggle', 'hold', 'lead', 'be', 'have', 'receive',
  'look', 'grow', 'rise', 'fall', 'serve', 'operate', 'conduct', 'wave', 'travel', 'correspond', 'funnel', 'compile', 'focus',
  'cover', 'keep', 'build', 'hit', 'honor', 'engage', 'pursue', 'search', 'negotiate', 'meet', 'vote', 'play', 'run', 'seek',
  'wait', 'monitor', 'investigate', 'review', 'stand', 'climb', 'spread', 'expand', 'increase', 'pay', 'spend', 'use',
  'live', 'stay', 'remain', 'renew', 'solicit', 'study', 'fund', 'support']);
/** Whether "continue" at `i` takes an infinitive of doing, right after it or past a short time: "continued (this week) to work". */
function continuedTo(toks: Tok[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 3; k++) {
    const w = toks[k]!;
    // ("continued to push for one", not "continued to push the line that …".)
    if (w.lower === 'to') return CONTINUED_DEEDS.has(toks[k + 1]?.lower ?? '') || (toks[k + 1]?.lower === 'push' && toks[k + 2]?.lower === 'for');
    if (!w.word || !(TIME_NOUNS.has(w.lower) || w.lower === 'this' || w.lower === 'last' || w.lower === 'next' || ADVERB.test(w.text))) return false;
  }
  return false;
}
const DENY_FORMS = new Set(['deny', 'denies', 'denied', 'denying']);
const ADD_FORMS = new Set(['add', 'adds', 'added', 'adding']);
/** What opens the thing withheld after "deny someone": "the right", "a visa", "access", "entry". */
const WITHHELD_OPENERS = new Set(['the', 'a', 'an', 'any', 'their', 'his', 'her', 'its', 'access', 'entry', 'permission', 'bail']);

/**
 * Whether "deny" at `i` withholds something from someone: a person or people as its first object (a pronoun, up to
 * three capitalized words, or a plural of people after at most one word), then the thing withheld ("denied Mr. Biden
 * a more sweeping victory", "deny Syrian refugees entry"). Not a time ("denied Thursday a separate report").
 */
function withheldFrom(toks: Tok[], i: number): boolean {
  let k = i + 1;
  const first = toks[k];
  if (!first?.word || TIME_NOUNS.has(first.lower) || MONTHS.has(first.lower)) return false;
  if (OBJECT_PRONOUNS.has(first.lower)) k++;
  else if (isCapWord(first)) while (k < toks.length && k <= i + 3 && isCapWord(toks[k])) k++;
  else {
    if (!personNouns.has(first.lower) && !PEOPLE_PLURALS.has(first.lower)) k++;
    const head = toks[k];
    if (!head?.word || !(PEOPLE_PLURALS.has(head.lower) || (personNouns.has(head.lower) && /s$/.test(head.lower)))) return false;
    k++;
  }
  return WITHHELD_OPENERS.has(toks[k]?.lower ?? '');
}

/**
 * Whether "add" at `i` puts a thing somewhere: a pronoun or a phrase of at most four words with a determiner as its
 * object, then "to" and a determiner ("added her name to a growing list", "adding it to the holy trinity").
 */
function addedTo(toks: Tok[], i: number): boolean {
  const first = toks[i + 1];
  if (!first?.word) return false;
  let k = i + 2;
  // ("her" either way: "added her to the list", "added her name to the list".)
  if (!/^(?:it|them|him|this|these|those)$/.test(first.lower)) {
    if (!/^(?:the|a|an|his|her|their|its|more|another|new)$/.test(first.lower)) return false;
    while (k < toks.length && k <= i + 5 && toks[k]!.word && toks[k]!.lower !== 'to') k++;
  }
  return toks[k]?.lower === 'to' && /^(?:the|a|an|his|her|their|its)$/.test(toks[k + 1]?.lower ?? '');
}

const CONFIRM_FORMS = new Set(['confirm', 'confirms', 'confirmed', 'confirming']);
/** Bodies that confirm nominees by vote: "the Senate", "a Senate committee", "Republicans". */
const CONFIRMING_BODIES = new Set(['senate', 'committee', 'panel', 'chamber', 'senators', 'lawmakers', 'republicans', 'democrats', 'congress']);
/** What is confirmed by vote: "the nomination", "a permanent nominee", "Trump's judicial picks". */
const APPOINTMENTS = new Set(['nomination', 'nominations', 'nominee', 'nominees', 'pick', 'picks', 'appointee', 'appointees', 'appointment']);

/**
 * Whether "confirm" at `i` approves an appointment: with no clause after it ("the committee confirmed (that) it
 * will …", "an aide confirmed the nominee had withdrawn" confirm facts) and an object after it ("confirmed and
 * defended this practice"), a nomination word as that object, or a confirming body as the subject's head, past
 * auxiliaries, adverbs and a day ("The Senate on Monday confirmed Dan Brouillette as the next U.S. energy secretary").
 */
function appointmentConfirmed(toks: Tok[], i: number): boolean {
  const next = toks[i + 1];
  if (clauseFollows(toks, i) || !next?.word || /^(?:and|or|it|this|that)$/.test(next.lower)) return false;
  for (let k = i + 1; k < toks.length && k <= i + 5; k++) {
    const w = toks[k]!;
    if (!w.word) break;
    if (APPOINTMENTS.has(w.lower)) return true;
  }
  // The body is the subject's head: "The Senate (on Monday) (has) (unanimously) confirmed" (not "committee spokesman
  // Jamal Ware confirmed", "a committee source confirmed").
  let k = pastAuxiliaries(toks, i);
  if (k > 1 && TIME_NOUNS.has(toks[k]!.lower) && toks[k - 1]!.lower === 'on') k -= 2;
  return CONFIRMING_BODIES.has(toks[k]?.lower ?? '');
}

/**
 * Whether a cue after the verb at `i` is coordinated with it, sharing its subject: "Ford testified on Capitol Hill
 * Thursday, and claimed that …", "wouldn't say how many … but said …" (the subject's claim; the cue has no subject
 * of its own).
 */
function coordinatedCue(toks: Tok[], i: number): boolean {
  // (An "and" not past another clause's verb: "…, many of which were exposed and reported by CNN"; a "but" past one:
  // "wouldn't say how many bodies were found but said …".)
  let crossed = false;
  for (let k = i + 2; k < toks.length; k++) {
    if (FINITE_VERBS.has(toks[k]!.lower)) crossed = true;
    if (!cueGroup.has(toks[k]!.lower) || toks[k]!.quoted) continue;
    let b = k - 1;
    while (b > i && ADVERB.test(toks[b]!.text)) b--;
    if (toks[b]!.lower === 'but' || (toks[b]!.lower === 'and' && !crossed)) return true;
  }
  return false;
}

/** Subordinators of time and condition that make a clause an event: "After the last witness testified, …". */
const EVENT_SUBORDINATORS = new Set(['when', 'after', 'before', 'until', 'since', 'while', 'once', 'if', 'because', 'whenever']);
/** "As" alone: "Comey, as he testified before Congress, …". */
const AS_ONLY = new Set(['as']);
/**
 * Whether the verb at `i` and its subject of at most six words follow one of `openers`: "After the last witness
 * testified", "as he testified".
 */
function clauseOpenedBy(toks: Tok[], i: number, openers: ReadonlySet<string>): boolean {
  let k = pastAuxiliaries(toks, i);
  for (let n = 0; k >= 0 && n <= 6 && toks[k]!.word; k--, n++) if (openers.has(toks[k]!.lower)) return true;
  return false;
}

/** Whether a token reads as a clause's verb: a finite form or a past ("was", "cut" no; "caught", "said" yes). */
function verbForm(w: Tok): boolean {
  return w.word && (FINITE_VERBS.has(w.lower) || pastForm(w));
}

/**
 * Whether a "that" after the verb at `i` opens what was said, with no verb of another clause before it: "testified
 * before the committee on Tuesday that …" (not "testified as lawmakers voiced skepticism that …", "testified in the
 * inquiry and may feel emboldened now that …").
 */
function testimonyThat(toks: Tok[], i: number): boolean {
  for (let k = i + 1; k < toks.length; k++) {
    const w = toks[k]!;
    if (w.lower === 'that') return true;
    if (verbForm(w)) return false;
  }
  return false;
}

/**
 * Whether the verb at `i` closes a sentence whose claim came first, after a comma: "Some 30 percent cut the bracelet
 * off, an ICE official testified to Congress" (a verb or more than eight words before the comma). Not a list or a
 * short opening phrase before the speakers: "Seventeen ambassadors, officials and others had testified", "Over the
 * last two weeks, seven SEALs have testified against him".
 */
function tailAfterClause(toks: Tok[], i: number): boolean {
  let c = i - 1;
  while (c >= 0 && toks[c]!.text !== ',') c--;
  if (c > 8) return true;
  for (let k = 0; k < c; k++) if (verbForm(toks[k]!)) return true;
  return false;
}

/** The token before the verb at `i`, past its auxiliaries and adverbs ("has already testified" → the word before "has"). */
function pastAuxiliaries(toks: Tok[], i: number): number {
  let k = i - 1;
  while (k > 0 && (ADVERB.test(toks[k]!.text) || CUE_AUXILIARIES.has(toks[k]!.lower))) k--;
  return k;
}

/** Whether the verb at `i` has a name or a singular personal pronoun right before it, past auxiliaries and adverbs: "Trump has called", "he once called". */
function namedSubjectBefore(toks: Tok[], i: number): boolean {
  const k = pastAuxiliaries(toks, i);
  return isCapWord(toks[k]) || /^(?:he|she|i)$/.test(toks[k]?.lower ?? '');
}

/** Whether a comma before token `k` ends a list item that is a source itself: "The president, health officials and …". */
function listBefore(text: string, toks: Tok[], k: number): boolean {
  if (k < 2 || toks[k - 1]!.text !== ',') return false;
  const item = npBackFrom(toks, k - 2, null);
  return item !== null && classifySource(text.slice(toks[item.start]!.s, toks[item.end]!.e)) !== null;
}
/** A plural noun of people or groups: "experts", "advocates", "officials" (not "news", "analysis"). */
const PLURAL_HEAD = /^\p{Ll}[\p{Ll}-]*[^s]s$|^(?:people|men|women)$/u;
/** Words after which two coordinated groups open a clause: "so narrow that many economists and advocates believe". */
const CONJUNCT_OPENERS = new Set(['that', 'but', 'while', 'because', 'although', 'though', 'whereas', 'yet']);

/** Adjectives of tenure that coordinate inside one group: "current and former officials". */
const TENURE_ADJECTIVES = new Set(['current', 'former', 'past', 'present', 'serving', 'retired', 'active']);

/** The noun phrase ending at token `j`, scanning back at most MAX_NP words. */
function npBackFrom(toks: Tok[], j: number, appositive: Span | null): PhraseHit | null {
  const end = j;
  let count = 0;
  // Where the phrase was carried back past "in"/"at" before a place ("Judge Dana Sabraw in San Diego"), or -1.
  let placeAt = -1;
  // Whether the phrase took a document's sender ("a letter from White House lawyers"): it ends at the document's
  // determiner ("The documentation included | a letter from …", "released | a memo from the physician saying").
  let senderJoined = false;
  // "many of the people you write about", "people who you thought were soft": "you" right before the cue is its
  // subject, in a clause of its own; the words before it are not the speaker's. (Not "I": "Experts I spoke to
  // cautioned …" is how a reporter names the people who speak.)
  if (SPEAKING_PERSONS.has(toks[end]?.lower ?? '') && end > 0 && toks[end - 1]!.word) return { start: end, end, appositive };
  // "Experts I spoke to | cautioned", "the parents I spoke with | said": the reporter's contact clause is inside the
  // phrase, which goes on back to the people.
  if (contactClauseEnd(toks, end)) {
    j -= 3;
    count += 3;
  }
  while (j >= 0 && count < MAX_NP) {
    const t = toks[j]!;
    // "One of the most memorable stories | my husband told me": a possessive after a plural noun opens a phrase
    // of its own (the noun before it is what was told).
    // (So does one after an amount: "the $300 million | his backers say they hope to raise".)
    if (j < end && POSSESSIVE_DETERMINERS.has(t.lower) && j > 0 && (/^\p{Ll}{3,}s$/u.test(toks[j - 1]!.text) || /^(?:\d[\d,.]*|hundred|thousand|million|billion|trillion)$/.test(toks[j - 1]!.lower))
      && !QUANTIFIERS.has(toks[j - 1]!.lower) && !NP_STOP.has(toks[j - 1]!.lower) && !cueGroup.has(toks[j - 1]!.lower)
      && !FINITE_VERBS.has(toks[j - 1]!.lower)) {
      j--;
      count++;
      break;
    }
    // "a move the White House said was needed", "an accusation the Kremlin denied": "the" after a noun that has a
    // determiner of its own opens a relative clause without a pronoun, whose subject is the phrase.
    // ("In a scene many survivors believed they would never see", "something officials in Connecticut are concerned
    // about": so does a quantifier after such a noun, and any word after "something".)
    // (Not a clause whose verb strands its preposition, as below: "a timeline many Republicans are calling for".)
    if (j < end && ((t.text === 'the' || (ZERO_RELATIVE_QUANTIFIERS.has(t.text) && !strandsPreposition(toks, end))) && zeroRelativeHead(toks, j - 1)
      || (t.word && INDEFINITE_THINGS.has(toks[j - 1]?.lower ?? '') && !NP_STOP.has(t.lower)))) {
      j--;
      count++;
      break;
    }
    if (senderJoined && (ARTICLE_OPENERS.has(toks[j + 1]!.lower)
      // (Nor past a verb: "have gotten | letters from their insurers"; "A leaked email" keeps its adjective.)
      || (/^\p{Ll}+(?:ed|en|ing)$/u.test(t.text) && !SENT_DOCUMENTS.has(t.lower) && !NP_DETERMINERS.has(toks[j - 1]?.lower ?? '')))) break;
    if (!t.word) {
      // "WASHINGTON -- President Obama": a dateline's dash ends the phrase.
      let d = j - 1;
      while (d >= 0 && toks[d]!.text === '-') d--;
      const dash = t.text === '-' && d >= 0 && DATELINE_WORD.test(toks[d]!.text);
      // "a survey of 8,000 police officers": a thousands separator is inside the number, not a break.
      const thousands = t.text === ',' && /^\d{1,3}$/.test(toks[j - 1]?.text ?? '') && /^\d{3}$/.test(toks[j + 1]?.text ?? '')
        && toks[j - 1]!.e === t.s && t.e === toks[j + 1]!.s;
      if (((t.text === '-' || t.text === '&') && !dash) || thousands) {
        j--;
        count++;
        continue;
      }
      break;
    }
    // "a source on the call", "a lawyer for the alleged victim": a cue word after a preposition and a determiner
    // is a noun or an adjective inside the phrase, not a verb that ends it (not "During the call the officials
    // said": another phrase follows it; nor as the phrase's last word unless a source's head precedes the
    // preposition: "a source on the call said", not "Asked … about the reports, Peskov confirmed").
    // ("briefing reporters in a conference call Wednesday suggested": past one modifier between the determiner and it.)
    // ("DHS officials on Tuesday's conference call stressed": a possessive is the determiner too; then the head is the
    // word before the preposition, however many words the determiner stands back.)
    const det = j > 2 && ADJECTIVE_DETERMINERS.has(toks[j - 1]!.lower) ? j - 1
      : j > 3 && (j !== end || CALL_KINDS.has(toks[j - 1]!.lower)) && /^\p{Ll}+$/u.test(toks[j - 1]!.text) && !NP_STOP.has(toks[j - 1]!.lower) && !cueGroup.has(toks[j - 1]!.lower)
        && (ADJECTIVE_DETERMINERS.has(toks[j - 2]!.lower) || (CALL_KINDS.has(toks[j - 1]!.lower) && /^\p{Lu}\p{L}*['\u2019]s$/u.test(toks[j - 2]!.text))) ? j - 2 : -1;
    const headBefore = toks[det - 2]?.lower ?? '';
    if (cueGroup.has(t.lower) && !NP_STOP.has(t.lower) && det > 1
      && PHRASE_PREPS.has(toks[det - 1]!.lower) && !NP_DETERMINERS.has(toks[j + 1]?.lower ?? '')
      && (j !== end || anonymousOrVagueHead(headBefore) || personNouns.has(headBefore) || KNOWLEDGE_MODIFIERS.has(headBefore))) {
      j--;
      count++;
      continue;
    }
    // "The report said", "a Pentagon report found": the phrase's head noun, not a verb that ends it.
    // ("Israeli media reports say": the press's reports, the head of the phrase.)
    if (j === end && ((t.lower === 'report' && j > 0 && reportNoun(toks, j)) || (t.lower === 'reports' && isMediaWord(toks[j - 1]?.text ?? '')))) {
      j--;
      count++;
      continue;
    }
    // "two of the lead authors of that paper told me": after "of", a demonstrative is the determiner of the
    // next noun, inside the phrase (not "the fact that officials said": a clause opens there).
    // (Only before the phrase's last word: "the source of these white men's radical views" is no phrase of one head.)
    if (DEMONSTRATIVES.has(t.lower) && j + 1 === end && toks[j - 1]?.lower === 'of' && /^\p{Ll}/u.test(toks[j + 1]!.text)) {
      j--;
      count++;
      continue;
    }
    // "Voice of America", "America's Voice", "Tea Party Express": a capitalized cue noun inside a name.
    if (NAME_CUE_WORDS.has(t.lower) && t.text !== t.lower) {
      j--;
      count++;
      continue;
    }
    // "Doctors Without Borders", "Reporters Without Borders": a capitalized preposition between capitalized words,
    // inside a name (not one that opens the sentence: "Without Hamas, Israel said").
    if (t.text !== t.lower && NAME_PREPOSITIONS.has(t.lower) && j > 0 && isCapWord(toks[j - 1]) && isCapWord(toks[j + 1])) {
      j--;
      count++;
      continue;
    }
    // ("A US lawmaker investigating alleged Russian meddling says": an adjective inside the phrase.)
    if (j < end && allegedAdjective(toks, j)) {
      j--;
      count++;
      continue;
    }
    // "is one reason experts worry": a reduced "reason (why)" clause opens after the noun, whose subject is the phrase.
    if (j < end && (t.text === 'reason' || t.text === 'reasons')) break;
    if ((NP_STOP.has(t.lower) && !surnameModal(toks, j)) || cueGroup.has(t.lower)) {
      const step = stopWordStep(toks, j, end);
      if (step === NP_NULL) return null;
      if (step === NP_BREAK) break;
      if (step === NP_SENDER) senderJoined = true;
      if (step === NP_PLACE) placeAt = j;
      const to = step === NP_SENDER || step === NP_PLACE ? j - 1 : step;
      count += j - to;
      j = to;
      continue;
    }
    // "told the Guardian the Gizmodo report confirmed": an article opens the phrase; a name right before it ends
    // another phrase ("one of the officials", "all the officials" go on).
    // (Not a capital that only opens the sentence, "Perhaps a person's wife", nor a place after a preposition,
    // "In Miami a man": there the words before are no phrase of their own; nor a title, "Face the Nation".)
    if (j > 0 && toks[j - 1]!.word && j < end && ARTICLE_OPENERS.has(toks[j + 1]!.lower) && isCapWord(t) && !PHRASE_PREPS.has(toks[j - 1]!.lower)
      && !PHRASE_OPENING_PREPS.has(toks[j - 1]!.lower) && !(j + 2 === end && isCapWord(toks[end]))) break;
    j--;
    count++;
  }
  return phraseFrom(toks, j, end, count, placeAt, appositive);
}
/** What `stopWordStep` tells `npBackFrom` besides the index to go on from: no phrase, stop here, a document's sender, a place. */
const NP_NULL = -10;
const NP_BREAK = -11;
const NP_SENDER = -12;
const NP_PLACE = -13;
/**
 * `npBackFrom`'s step at a word that may stop the phrase (a preposition, a conjunction, a relative pronoun, a cue word):
 * the index to go on from, or one of the NP_ codes.
 */
function stopWordStep(toks: Tok[], j: number, end: number): number {
  const t = toks[j]!;
  const before = toks[j - 1];
  // A relative clause that opens with its verb ("that includes four former officers", "who knew Epstein") is no
  // one's phrase (in "which experts say", "that officials said" the noun after the pronoun is the speaker):
  // - after "that"/"which" and a speaker's noun (a person, a group, a body, a name) the phrase goes on back to
  //   that noun: "one source from a group that supports the crackdown said";
  // - after any other noun, right before the cue, there is no phrase: "a study by a panel that includes four
  //   officers concludes", "E-mails that surfaced Wednesday suggest";
  // - "who" clauses are left to subjectBefore's relative steps, which know the unnamed people with access;
  // - nor is there one when the cue is the clause's own object ("the officer who prepared the Jan report left"),
  //   names that object ("who produced a film called Fix It", not "who sent the letter called Oz a quack"), or
  //   the clause gives the name ("a user who gave the name Philip Balzano").
  if (RELATIVE_OPENERS.has(t.lower) && j + 1 < end && relativeVerbFirst(toks, j + 1)) {
    const cueAfter = toks[end + 1]?.lower ?? '';
    if (OBJECT_NOUN_CUES.has(cueAfter) || (cueAfter === 'called' && namingAfterIndefinite(toks, j + 1, end))
      || toks.slice(j + 1, end + 1).some((x) => x.lower === 'name' || x.lower === 'named')) return NP_NULL;
    if (t.lower !== 'who') {
      if (before?.word && speakerNoun(toks, j - 1)) return j - 1;
      // (Only right before the cue: a phrase that ends where another clause goes on, "a compromise that pleased
      // many Democrats | who had been wary of", is read on by subjectBefore's relative steps.)
      if (cueGroup.has(cueAfter) || stanceOpeners.has(cueAfter)) return NP_NULL;
    }
  }
  // ("three current and former Podesta employees", "former and serving officers": one group, both adjectives.)
  if (t.lower === 'and' && ((isCapWord(before) && isCapWord(toks[j + 1])) || headWithPrepBefore(toks, j)
    || (TENURE_ADJECTIVES.has(before?.lower ?? '') && TENURE_ADJECTIVES.has(toks[j + 1]?.lower ?? '')))) return j - 1;
  const after = toks[j + 1];
  // "advisers to Mr. Obama" joins; "the person to get called" does not (a verb follows "to").
  // ("sources privy to negotiations", "sources close to negotiators": adjectives that take their "to".)
  const toJoins = t.lower !== 'to' || (TAKES_TO.has(before?.lower ?? '') && toks[j - 2]?.word === true) || (after !== undefined && (isCapWord(after) || NP_DETERMINERS.has(after.lower)));
  // "a doctor at the hospital": a person noun keeps its place phrase too (only after "a"/"an"/"one": one unnamed person).
  // (Past up to two modifiers: "a local resident in the area", "a shop owner on the street".)
  const personHead = before !== undefined && personNouns.has(before.lower) && indefiniteBefore(toks, j - 2, end);
  // "Studies by Pew Research show", "surveys from Monmouth University": research keeps its maker.
  // ("A letter from White House lawyers said", "a memo from FBI officials": so does a document its senders.)
  const research = before !== undefined && (RESEARCH_PLURALS.has(before.lower) || SENT_DOCUMENTS.has(before.lower)) && (t.lower === 'by' || t.lower === 'from');
  if (before && (JOINING_WORDS.has(before.lower) || anonymousOrVagueHead(before.lower) || personHead || research) && (JOINING_PREPS.has(t.lower) || research) && toJoins) {
    if (research && SENT_DOCUMENTS.has(before.lower)) {
      // A named person's letter or statement is that person's ("a statement from spokesperson Ned Price").
      if (classifySource(toks.slice(j + 1, end + 1).map((x) => x.text).join(' '))?.type === 'named') return NP_BREAK;
      return NP_SENDER;
    }
    return j - 1;
  }
  if ((PP_PREPS.has(t.lower) || t.lower === 'and' || t.lower === 'with') && j !== end) {
    // "Political observers in Virginia and around the country say": a place or scope
    // phrase after an unnamed group's head belongs to the subject. ("White House officials discussing the visit
    // with reporters suggested": so does a role participle's object, with its "with".)
    const h = groupHeadBeforePP(toks, j);
    // (Counted in full by the caller: halving a role participle's object and place, tried, changed one sentence
    // in 37,554 corpus articles, and that one from a held-out set.)
    if (h >= 0) return h;
  }
  // "U.S. District Judge Dana Sabraw in San Diego agreed", "Police in Dusseldorf confirmed": a place after "in"
  // or "at" closes the speaker's phrase, whose head comes before it (not a verb's: "Speaking in Doha …").
  // (Not when the phrase before the place is itself a preposition's object, "a nurse at the jail in Mobile":
  // the place is left for the later steps, which read the subject that opens the sentence.)
  if ((t.lower === 'in' || t.lower === 'at') && j !== end && placeRunTo(toks, j + 1, end) && before?.word
    && !NP_STOP.has(before.lower) && !cueGroup.has(before.lower) && !/(?:ing|ed)$/.test(before.lower)) return NP_PLACE;
  // A noun-like cue word inside the phrase: "media reports say". At the start of the sentence before a
  // preposition it is the head itself: "Reports from Gaza said" (a verb there would have no subject).
  if (cueGroup.has(t.lower) && (j !== end) && !NP_STOP.has(t.lower) && /s$/.test(t.lower) && !SPEECH_3SG.has(t.lower) && !/ed$/.test(t.lower)
    && (j > 0 ? !NP_STOP.has(toks[j - 1]!.lower) : PHRASE_PREPS.has(toks[j + 1]?.lower ?? '') || toks[j + 1]?.lower === 'by')) return j - 1;
  return NP_BREAK;
}
/** `npBackFrom`'s last step: the phrase that starts after `j`, past leading prepositions, quantifiers and articles. */
function phraseFrom(toks: Tok[], j: number, end: number, count: number, placeAt: number, appositive: Span | null): PhraseHit | null {
  if (count >= MAX_NP && j >= 0 && toks[j]!.word) {
    // Ran out of window inside a long run of words: not a clean subject (past a place, the place alone, as
    // before the phrase was carried back: later steps read the subject that opens the sentence).
    return placeAt >= 0 ? { start: placeAt + 1, end, appositive } : null;
  }
  let start = j + 1;
  if (start > end) return null;
  if (placeAt >= 0 && start > 0 && (PP_PREPS.has(toks[start - 1]!.lower) || OBJECT_PREPS.has(toks[start - 1]!.lower))) start = placeAt + 1;
  // "All of these people": the quantifier that the "of" phrase hangs from.
  if (toks[start]!.lower === 'of' && start > 0 && OF_QUANTIFIERS.has(toks[start - 1]!.lower)) start--;
  // A phrase that opens with "for" and a time word starts after them: "For years the administration had said",
  // "For decades many in the legal system viewed". Otherwise it is where or what for, never who ("declares for
  // president, their ratings slip, wrote …", "For many, …", "For a man declared by a jury …"), unless a name
  // ends it.
  if (LEADING_PREPS.has(toks[start]!.lower)) {
    if (start + 2 <= end && LEADING_TIME.has(toks[start + 1]!.lower)) return { start: start + 2, end, appositive };
    // A name after lower-case words is the subject the "for" phrase ran into: "… for a first-time candidate
    // Duffy wrote", "As for the 12 million new jobs Romney says".
    let k = end;
    while (k > start && isCapWord(toks[k])) k--;
    return k < end && k > start && toks[k]!.word && toks[k]!.text === toks[k]!.lower ? { start: k + 1, end, appositive } : null;
  }
  // "a move | critics say is unconstitutional", "a line | campaign aides were quick to point out": "a" with a plural
  // head is no phrase, so the noun after the article ends what the relative clause is about, and the speaker's
  // phrase starts after it (not "a few officials", "a dozen aides", nor anything with a preposition). A capitalized
  // head is a party's plural ("a change | Democrats said would …"), never a name that ends in s ("an irate Meadows").
  // (The speaker's phrase is a plural alone, a compound of two words or one with a determiner: "critics", "legal
  // experts", "many Democrats", "his aides"; not "a new | citizenship law critics", where the words do not tell where
  // one phrase ends. Nor a clause whose verb strands its preposition, "a timeline many Republicans are calling for":
  // a demand, not a view.)
  if (INDEFINITE_ARTICLES.has(toks[start]!.lower) && start + 2 <= end && /^\p{Ll}+$/u.test(toks[start + 1]!.text)
    && (/^\p{Ll}+[^isu]s$/u.test(toks[end]!.text) || (isCapWord(toks[end]) && PARTY_PLURALS.has(toks[end]!.lower)))
    && (end - start <= 3 || ZERO_RELATIVE_OPENERS.has(toks[start + 2]!.lower))
    && !toks.slice(start + 1, end).some((x) => !x.word || AFTER_HEAD_PREPS.has(x.lower) || A_PLURAL.has(x.lower))
    && !strandedAfter(toks, end)) {
    return { start: start + 2, end, appositive };
  }
  return { start, end, appositive };
}
/** Relative pronouns that may open a clause inside a speaker's phrase: "people who knew him", "groups that support it". */
const RELATIVE_OPENERS = new Set(['who', 'that', 'which']);
/** Words that open an object after a verb: "runs a firm", "knew the family", "includes four officers", "studies Ebola". */
const VERB_OBJECT_OPENERS = new Set([...[...ARTICLES].filter((w) => w !== 'that'), 'him', 'them', 'several', 'some', 'many',
  'more', 'both', 'every', 'all', 'our', 'my']);
/**
 * Whether the relative clause starting at `k` opens with its verb and that verb's object: "(who) represents
 * Richmond", "(that) includes four former officers", "(who) knew Epstein", "(that) support DACA". A plural noun
 * before a cue is the clause's subject instead: "(which) experts say", "(that) studies show".
 */
function relativeVerbFirst(toks: Tok[], k: number): boolean {
  const w = toks[k]!;
  const obj = toks[k + 1];
  if (!w.word || w.text !== w.lower || cueGroup.has(w.lower) || !obj?.word) return false;
  if (FINITE_VERBS.has(w.lower)) return true;
  const objectFollows = VERB_OBJECT_OPENERS.has(obj.lower) || /^\d/.test(obj.text) || SMALL_NUMBER.test(obj.lower) || (isCapWord(obj) && !cueGroup.has(obj.lower));
  if (!objectFollows) return false;
  // ("a number that fired FBI Director James Comey said": a past form before a capitalized run with a title is that
  // person's epithet, "ousted President Morsi", not a verb and its object.)
  if (isCapWord(obj)) {
    for (let m = k + 1; m < toks.length && isCapWord(toks[m]); m++) if (TITLE_WORDS.has(toks[m]!.lower)) return false;
  }
  return pastForm(w) || /^\p{Ll}+[^s]s$/u.test(w.text) || (toks[k - 2] !== undefined && /^\p{Ll}+s$/u.test(toks[k - 2]!.text) && BASE_VERBS_AFTER_PLURAL.has(w.lower));
}
/** Whether "called" after the clause `from`..`end` names its indefinite object: "who produced a documentary film called …". */
function namingAfterIndefinite(toks: Tok[], from: number, end: number): boolean {
  let k = end;
  while (k > from && /^\p{Ll}+$/u.test(toks[k]!.text) && !INDEFINITE_ARTICLES.has(toks[k]!.lower)) k--;
  return k < end && INDEFINITE_ARTICLES.has(toks[k]!.lower);
}
/**
 * Whether "called" at `i` names the common noun before it: a lower-case word that is no person, nor an auxiliary,
 * then a capitalized name (quoted, or capitalized words) that the clause's verb or its end follows ("what Martin
 * Luther King once called “the language of the unheard.”" is a label).
 */
function namingParticiple(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev?.word || prev.text !== prev.lower || NAME_INTRODUCERS.has(prev.lower) || HEAD_CLASS.has(prev.lower) || HAVE_FORMS.has(prev.lower)) return false;
  if (toks.slice(Math.max(0, i - 4), i).some((w) => RELATIVE_PRONOUNS.has(w.lower) || w.lower === 'what')) return false;
  let k = i + 1;
  if (toks[k]?.text === QUOTE) {
    k++;
    if (!isCapWord(toks[k])) return false;
    while (k < toks.length && toks[k]!.text !== QUOTE && k < i + 10) k++;
    if (toks[k]?.text !== QUOTE) return false;
    k++;
  } else {
    const first = k;
    while (isCapWord(toks[k])) k++;
    if (k === first) return false;
  }
  const after = toks[k];
  return after === undefined || after.text === '.' || FINITE_VERBS.has(after.lower);
}
/** Cue words that end a relative clause's object as nouns: "who prepared the Jan report", "who attacked his climate views". */
const OBJECT_NOUN_CUES = new Set(['report', 'reports', 'claim', 'claims', 'views', 'debate', 'question', 'estimates', 'findings',
  'fears', 'hopes', 'doubts', 'worries']);
/**
 * Whether token `k` can head a speaker's phrase before a relative clause: a person, a group or a body by its
 * word, or a name (a capital that does not just open the sentence: "Anything that …", "E-mails that …").
 */
function speakerNoun(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  if (HEAD_CLASS.has(t.lower) || personNouns.has(t.lower) || institutionHeads.has(t.lower)) return true;
  return k > 0 && isCapWord(t) && !CLAUSE_OPENERS.has(toks[k - 1]!.text);
}
/** Base forms after a plural antecedent: "groups that support DACA", "people who oppose the plan". */
const BASE_VERBS_AFTER_PLURAL = new Set(['support', 'oppose', 'represent', 'run', 'own', 'lead', 'know', 'study', 'track',
  'monitor', 'advise', 'back', 'favor', 'favour', 'follow', 'cover', 'serve', 'work', 'live', 'include', 'manage', 'oversee']);
/** Words that open the speaker's phrase of a clause with no relative pronoun: "a move | many Democrats have warned". */
const ZERO_RELATIVE_OPENERS = new Set(['some', 'many', 'most', 'the', 'his', 'her', 'their', 'its', 'our', 'several', 'other', 'few']);
/** Prepositions that tie a phrase's words together: "a letter by House Republicans" is one phrase. */
const AFTER_HEAD_PREPS = new Set(['of', 'by', 'from', 'for', 'with', 'in', 'on', 'at', 'to', 'about', 'against', 'among', 'behind']);
/** Whether the verb after the phrase ending at `end` strands its preposition: "… many Republicans are calling for." */
function strandedAfter(toks: Tok[], end: number): boolean {
  for (let k = end + 1; k < toks.length && k <= end + 4; k++) {
    if (!cueGroup.has(toks[k]!.lower) && !stanceOpeners.has(toks[k]!.lower)) continue;
    const next = toks[k + 1];
    return next === undefined || !next.word || AFTER_HEAD_PREPS.has(next.lower);
  }
  return false;
}
/**
 * Whether the verb after the phrase ending at `end` leaves its preposition with no object: "… many Republicans are
 * calling for.", "an option some Democrats called for in the final throes", "a college few Republicans have heard of
 * can …" (not "many lawmakers said at the time", "most Britons considered to be").
 */
function strandsPreposition(toks: Tok[], end: number): boolean {
  for (let k = end + 1; k < toks.length && k <= end + 4; k++) {
    if (!cueGroup.has(toks[k]!.lower) && !stanceOpeners.has(toks[k]!.lower)) continue;
    const prep = toks[k + 1];
    if (prep === undefined || !AFTER_HEAD_PREPS.has(prep.lower)) return false;
    const after = toks[k + 2];
    return after === undefined || !after.word || AFTER_HEAD_PREPS.has(after.lower) || FINITE_VERBS.has(after.lower);
  }
  return false;
}
/** Whether the phrase runs past a noun into a quantifier that opens a relative clause stranding its preposition. */
function strandedRelative(toks: Tok[], hit: PhraseHit): boolean {
  for (let k = hit.start + 1; k <= hit.end; k++) {
    if (ZERO_RELATIVE_QUANTIFIERS.has(toks[k]!.text) && zeroRelativeHead(toks, k - 1)) return strandsPreposition(toks, hit.end);
  }
  return false;
}
/** Words that let "a" stand before a plural: "a few officials", "a dozen aides", "a number of". */
const A_PLURAL = new Set(['few', 'dozen', 'couple', 'handful', 'number', 'host', 'series', 'pair', 'trio', 'group', 'lot', 'bunch',
  'hundred', 'thousand', 'million', 'billion', 'score', 'majority', 'minority', 'team', 'panel', 'slew', 'raft', 'variety', 'total']);

/**
 * Prepositions that open no source before a cue ("For years the administration had said", "declares for
 * president, …, wrote"). Only "for": a phrase opening with "on" or "in" may be a description that later steps
 * set aside ("A senior official - who spoke on condition of anonymity - said").
 */
const LEADING_PREPS = new Set(['for']);
/** Time words after such a preposition: "For years", "For decades", "For now". */
const LEADING_TIME = new Set(['years', 'decades', 'generations', 'months', 'weeks', 'days', 'centuries', 'now', 'example', 'instance']);

/** The source phrase after a cue: "said a senior official", "according to Reuters". */
const PHRASE_OPENING_PREPS = new Set(['in', 'on', 'at', 'during', 'into', 'onto', 'via', 'through', 'inside', 'for']);

function phraseAfter(toks: Tok[], i: number, stopOnTime: boolean): PhraseHit | null {
  let j = i;
  const first = toks[j];
  if (!first || !first.word) return null;
  if (first.lower === 'that' || first.lower === 'it' || first.lower === 'to') return null;
  // "according to at least three sources", "as many as five officials": a count's bound opens the phrase.
  const bound = countBound(toks, i);
  // "declared in a Huffington Post column: …": a preposition opens where it was said, never who said it
  // ("declares for president": what for).
  if (bound === 0 && PHRASE_OPENING_PREPS.has(first.lower)) return null;
  const end = Math.min(toks.length, i + MAX_NP);
  let last = -1;
  j += bound;
  while (j < end) {
    const t = toks[j]!;
    if (!t.word) {
      if (t.text === '-' || t.text === '&' || t.text === '!') {
        j++;
        continue;
      }
      break;
    }
    // ("said officials close to the talks": an adjective that takes "to" keeps it.)
    // ("according to economists at Goldman Sachs": research staff keep the firm they work at.)
    // ("according to a later New York Times report": "later" after an article is an adjective, not a time.)
    if (j > i && stopOnTime && INVERTED_STOP.has(t.lower) && !(t.lower === 'and' && (sharedHead(toks, i, j) || coordinatedNames(toks, i, j) || coordinatedTitles(toks, j)))
      && !((t.lower === 'later' || t.lower === 'earlier') && ARTICLES.has(toks[j - 1]!.lower))
      && !(t.lower === 'to' && j > i + 1 && TAKES_TO.has(toks[j - 1]!.lower))
      // ("said a source familiar with that decision", "said critics of that deal": after a preposition "that" is a
      // determiner.)
      && !((t.lower === 'that' || t.lower === 'this') && j > i + 1 && PREPOSITIONS.has(toks[j - 1]!.lower) && toks[j + 1]?.word === true)
      && !(t.lower === 'at' && RESEARCH_STAFF.has(toks[j - 1]!.lower) && (isCapWord(toks[j + 1]) || (toks[j + 1]?.lower === 'the' && isCapWord(toks[j + 2]))))) break;
    // A finite verb ends the phrase: "that a senior official had met ...".
    if (j > i && FINITE_VERBS.has(t.lower)) break;
    // ("according to the report", "according to a Pentagon report": the noun.)
    // ("according to studies published by the Urban Institute": the participle leads to the studies' maker.)
    if (j > i && cueGroup.has(t.lower) && !/s$/.test(t.lower) && !(t.lower === 'report' && reportNoun(toks, j))
      && !(MAKER_PARTICIPLES.has(t.lower) && RESEARCH_PLURALS.has(toks[j - 1]!.lower) && toks[j + 1]?.lower === 'by')) break;
    last = j;
    j++;
  }
  if (last < i) return null;
  return { start: i, end: last, appositive: null };
}

/**
 * Number of tokens from `i` that bound a count before a number: "at least", "at most", "as many as", "as few as"
 * ("at least three sources"), or 0.
 */
function countBound(toks: Tok[], i: number): number {
  const a = toks[i]!.lower;
  const b = toks[i + 1]?.lower ?? '';
  const n = (k: number): boolean => /^\d/.test(toks[k]?.text ?? '') || SMALL_NUMBER.test(toks[k]?.lower ?? '');
  if (a === 'at' && (b === 'least' || b === 'most') && n(i + 2)) return 2;
  if (a === 'as' && (b === 'many' || b === 'few') && toks[i + 2]?.lower === 'as' && n(i + 3)) return 3;
  return 0;
}

/**
 * "and" at `j` joins two modifiers of one head, not two sources: "according to Arab and Western diplomats",
 * "according to Israeli and American officials". The words from `i` are one or two place or nationality
 * words, and after "and" capitalized words lead to an unnamed head ("officials", "diplomats", "sources").
 */
function sharedHead(toks: Tok[], i: number, j: number): boolean {
  if (j - i > 2) return false;
  for (let k = i; k < j; k++) if (!isCapWord(toks[k]) || !DEMONYMS_AND_PLACES.has(toks[k]!.lower)) return false;
  let k = j + 1;
  while (k < j + 4 && isCapWord(toks[k])) k++;
  const head = toks[k];
  return k > j + 1 && head !== undefined && head.word && (anonymousOrVagueHead(head.lower) || personNouns.has(head.lower));
}

/**
 * "and" at `j` joins two people's full names, the sources of one inverted cue: "“…,” write Susan Hennessey and
 * Benjamin Wittes on the Lawfare blog". Both sides are two or three capitalized words that name a person, and the
 * second ends the phrase or goes on with more of it ("of Third Way"; not "write Mr. Roe and Ms. Lee via email"); or
 * the two parts of one body's name.
 */
function coordinatedNames(toks: Tok[], i: number, j: number): boolean {
  const words = (a: number, b: number): string => toks.slice(a, b + 1).map((w) => w.text).join(' ');
  // (People, not outlets or firms: "reports by Fox News and Bloomberg's Eli Lake", "according to Ad Age and Kantar Media".)
  const fullName = (a: number, b: number): boolean => b - a >= 1 && b - a <= 2 && toks.slice(a, b + 1).every((w) => isCapWord(w))
    && classifySource(words(a, b))?.type === 'named';
  let k = j + 1;
  while (k < j + 4 && isCapWord(toks[k])) k++;
  const after = toks[k];
  if (fullName(i, j - 1) && fullName(j + 1, k - 1)) return after === undefined || !after.word || INVERTED_STOP.has(after.lower) || after.lower === 'of' || isCapWord(after);
  // "according to U.S. Customs and Border Protection", "Health and Human Services": one body's name with "and" in it,
  // whose last part ends in a body's head word (not two bodies, "Fox News and Human Rights Watch", nor a person and a
  // group, "President Donald Trump and California Republicans", nor a person and a document, "Gould and Census Bureau
  // figures").
  // (A body "of" one thing and another is one body: "the Department of Health and Human Services".)
  const firstPart = classifySource(words(i, j - 1))?.type;
  const ofSomething = toks[j - 2]?.lower === 'of' || toks[j - 3]?.lower === 'of';
  return firstPart !== 'report' && (firstPart !== 'institutional' || ofSomething)
    && organizationHead(toks[k - 1]!.text) && (after === undefined || !after.word || INVERTED_STOP.has(after.lower));
}

/** "and" at `j` joins two capitalized titles of one person: "said NAACP President and CEO Derrick Johnson". */
function coordinatedTitles(toks: Tok[], j: number): boolean {
  const title = (w: Tok | undefined): boolean => w !== undefined && isCapWord(w) && NAME_INTRODUCERS.has(w.lower);
  return title(toks[j - 1]) && title(toks[j + 1]) && isCapWord(toks[j + 2]);
}

interface DocState {
  lastPerson: Attribution | null;
  lastSource: Attribution | null;
  sentence: number;
  /** One-word outlet and place names this document also gives a person as surname (fullNameEndingIn), by kind and label. */
  surnames?: Map<string, boolean>;
  /** Surnames of the people this document names in full (docSurnames), computed on first need. */
  personSurnames?: Set<string>;
  /** Capitalized words written as names in running text (runningNames), computed on first need. */
  runningNames?: Set<string>;
  /** Organizations whose names open with a lone capitalized word, by that word (organizationOpenedBy). */
  organizations?: Map<string, string | null>;
  /** Lone capitalized words read as a common noun that opens its sentence, or not (commonNounOpening). */
  commonNouns?: Map<string, boolean>;
  /** The sources so far with the words that described them, for a later "the official" (definiteBearer). */
  described?: { words: string; label: string; type: string; person: boolean; at: number }[];
}

/** A US state as papers write it after a town: "Kan.", "Calif.", "N.Y.", "Illinois", "New Mexico". */
const US_STATE = new RegExp(String.raw`^\s*(?:\p{Lu}\p{Ll}{1,4}\.|\p{Lu}\.\p{Lu}\.|${US_STATES.join('|')})\s*$`, 'u');
/** Prepositions that put someone in a place: "of Hiawatha", "in Northbrook", "from Langhorne". */
const LOCATIVE_PREPS: ReadonlySet<string> = new Set(['of', 'in', 'from', 'near', 'outside']);
/** A state and party, as some US papers put them after a lawmaker's name: "Ohio Republican", "West Virginia Democrat". */
const STATE_PARTY = /^\s*(?:\p{Lu}[\p{L}.]*\s){1,2}(?:Republican|Democrat|Independent)\s*$/u;
/** A party and state, a party or a state alone, as US papers put them after a lawmaker's name: "R-Ohio", "D-N.Y.", "R", "Mich.". */
const PARTY_STATE = /^\s*(?:[RDI](?:\s?[-\u2013,]\s?\p{Lu}[\p{L}. ]{0,20})?|\p{Lu}\p{Ll}{1,4}\.)\s*$/u;

/** Plural research and reporting that keeps its maker after "by" or "from" in the phrase. */
const RESEARCH_PLURALS = new Set(['studies', 'research', 'reports', 'analyses', 'estimates', 'polls', 'polling', 'surveys']);
const POSSESSIVE_DETERMINERS = new Set(['my', 'his', 'her', 'their', 'our', 'your']);
/** Documents sent by someone: "a letter from …", "a memo by …". */
const SENT_DOCUMENTS = new Set(['letter', 'letters', 'memo', 'memos', 'email', 'emails', 'statement', 'filing', 'brief', 'complaint']);
/** Prepositions that continue a source phrase after a joining word or a source head. */
const JOINING_PREPS = new Set(['with', 'on', 'to', 'in', 'about', 'of', 'for', 'at', 'from']);
const APPOSITIVE_OPENERS = new Set(['who', 'whose', 'which', 'a', 'an', 'the', 'speaking', 'one', 'another', 'himself',
  'herself', 'themselves', 'also', 'however', 'too', 'both', 'now', 'then', 'previously', 'formerly', 'his', 'her',
  'their', 'its', 'in', 'asked', 'responding', 'citing', 'requesting', 'representing', 'according', 'reached',
  'contacted', 'interviewed', 'writing', 'meanwhile', 'though', 'for', 'at', 'like', 'including', 'former']);
/** Past participles that open a description of an organization or a person: "The WHO, based in Geneva, said". */
const PAST_PARTICIPLE_OPENERS = new Set(['based', 'headquartered', 'founded', 'formed', 'established', 'created', 'located',
  'led', 'run', 'backed', 'funded', 'elected', 'appointed', 'known']);
const MODALS = new Set(['would', 'might', 'could', 'may', 'should', 'must', 'can']);
const FINITE_VERBS = new Set([...MODALS, 'will', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does', 'do']);
/** Negated copulas, which a noun before them is the subject of: "the operative question isn't …". */
const NEGATED_COPULAS: ReadonlySet<string> = new Set(["isn't", "wasn't", "aren't", "weren't"]);
/** The future's auxiliaries. */
const FUTURES: ReadonlySet<string> = new Set(['will', "won't"]);
/**
 * Whether the cue word at `i` closes a noun of two words after an article, "The witness question", "the
 * operative report": a singular word between could not be its subject ("the woman many Democrats hope will be …" has
 * a plural subject, the gap's; "a way some in the party worry will …" a subject before the preposition).
 */
function singularCompound(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1];
  const before = toks[i - 3]?.lower ?? '';
  return prev !== undefined && prev.word && !/[^siu]s$/.test(prev.lower)
    && /^(?:the|a|an)$/.test(toks[i - 2]?.lower ?? '') && !AFTER_HEAD_PREPS.has(before) && !PP_PREPS.has(before);
}

/** Prepositions whose object is whom something is said to or at: "to the officers saying" (not "with officials saying"). */
const ADDRESSEE_PREPS: ReadonlySet<string> = new Set(['to', 'at', 'toward', 'towards']);

/** An adverb or a time word between a subject and its verb: "Pelosi later sent". */
const ADVERB_OR_TIME = /^(?:\p{Ll}+ly|later|then|also|today|yesterday|again|once)$/u;

/** The subject of the verb that sent or issued the thing at token `thing` ("Pelosi later sent a letter"), if it opens a clause. */
function issuerOf(text: string, toks: Tok[], thing: number): PhraseHit | null {
  for (let k = thing - 1; k >= 1 && k >= thing - 4; k--) {
    if (!ISSUE_VERBS.has(toks[k]!.lower)) continue;
    const hit = subjectBefore(text, toks, k);
    if (hit === null) return null;
    // Only commas, dashes and adverbs between the subject (or its appositive) and the verb: "Martin Baron, the
    // Post's executive editor, issued", "Louis Head, however, issued", "she also delivered".
    const after = hit.appositive !== null ? hit.appositive.end : toks[hit.end]!.e;
    let j = k - 1;
    while (j > hit.end && toks[j]!.s >= after && (toks[j]!.text === ',' || DASHES.has(toks[j]!.text) || ADVERB_OR_TIME.test(toks[j]!.lower)
      || DISCOURSE_ADVERBS.has(toks[j]!.lower))) j--;
    return j === hit.end || toks[j]!.e <= after ? hit : null;
  }
  return null;
}

/**
 * Words before "to"/"at" that address the people after it: "crying out to the officers saying", "wrote to the
 * officials saying", "went to court arguing". Elsewhere the people after "to" say it: "similar to Nixon telling
 * Haldeman", "a reference to Uranium One officials saying", "going back to Jeb Bush saying".
 */
const TALKED_TO = new Set(['out', 'wrote', 'write', 'writes', 'writing', 'sent', 'send', 'sends', 'sending', 'spoke', 'speak',
  'speaks', 'speaking', 'talked', 'talk', 'talks', 'talking', 'shouted', 'shouting', 'yelled', 'yelling', 'screamed', 'screaming',
  'pleaded', 'pleading', 'appealed', 'appealing', 'went', 'go', 'goes', 'going', 'gone', 'delivered', 'speech', 'address', 'remarks',
  'testimony', 'plea', 'emailed', 'texted', 'tweeted', 'turned', 'returned', 'reached', 'reaching']);

/**
 * Start of the phrase that opens the sentence and runs, words only, up to token `end` (at most 14 words, after
 * an opening "But"/"And"), or null: "A senior official with a prominent … organization | in Washington said".
 */
function openingPhrase(toks: Tok[], end: number): number | null {
  const s0 = toks.length > 1 && COORDINATORS.has(toks[0]!.lower) ? 1 : 0;
  if (end - s0 > 14 || end <= s0) return null;
  for (let k = s0; k < end; k++) if (!toks[k]!.word && toks[k]!.text !== '-') return null;
  return opensClause(toks, s0) ? s0 : null;
}

/** Views someone "expressed" or "voiced": "expressed skepticism", "voiced concern", "expressed deep reservations". */
const VIEW_NOUNS = new Set(['skepticism', 'scepticism', 'concern', 'concerns', 'doubt', 'doubts', 'confidence', 'optimism',
  'pessimism', 'frustration', 'anger', 'outrage', 'dismay', 'alarm', 'reservations', 'support', 'opposition', 'regret',
  'disappointment', 'surprise', 'fears', 'worry', 'worries', 'hope', 'hopes', 'satisfaction', 'displeasure', 'unease',
  'misgivings', 'interest', 'willingness', 'openness', 'sympathy', 'approval', 'disapproval', 'criticism', 'objections']);
/** Words between "expressed" and the view: "expressed deep concern", "voiced their support". */
const VIEW_MODIFIERS = new Set(['the', 'deep', 'serious', 'grave', 'strong', 'some', 'growing', 'cautious', 'great', 'their', 'his',
  'her', 'its', 'increasing', 'particular', 'private', 'public', 'similar', 'full', 'little', 'no']);

/** Plurals of people without an -s: "dozens of people say". */
const PEOPLE_PLURALS = new Set(['people', 'men', 'women', 'children', 'folks', 'staff', 'police', 'clergy', 'personnel', 'public']);

/**
 * Whether token `k` is a noun that a determiner opens one or two words before ("a move", "an angry letter",
 * "the first juror"), so that a "the" after it cannot be inside the same phrase: not a verb, a preposition or
 * another word that goes on into a phrase ("the officials gave the committee", "all the", "half the").
 */
function zeroRelativeHead(toks: Tok[], k: number): boolean {
  const w = toks[k];
  if (w === undefined || !/^\p{Ll}{3,}$/u.test(w.text) || /(?:ed|ing|ly)$/.test(w.lower) || NP_STOP.has(w.lower) || cueGroup.has(w.lower)
    || FINITE_VERBS.has(w.lower) || PAST_CUES.has(w.lower) || PHRASE_PREPS.has(w.lower) || NOT_HEAD_BEFORE_THE.has(w.lower)) return false;
  for (let d = k - 1; d >= 0 && d >= k - 2; d--) {
    const x = toks[d]!;
    // ("that country the government", not the relative pronoun: "the company that operates the ship said".)
    if (ZERO_RELATIVE_DETERMINERS.has(x.lower)) return !DEMONSTRATIVE_OR_RELATIVE.has(x.lower) || d === 0 || !toks[d - 1]!.word || PHRASE_PREPS.has(toks[d - 1]!.lower);
    if (!/^\p{Ll}+$/u.test(x.text) && !/^\d/.test(x.text)) return false;
  }
  return false;
}
const ZERO_RELATIVE_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'another', 'every', 'each']);
/** Quantifiers that open a relative clause's subject after a noun: "a scene many survivors believed …". */
const ZERO_RELATIVE_QUANTIFIERS = new Set(['many', 'some', 'most', 'few', 'several']);
/** Indefinite pronouns a relative clause without "that" follows: "something officials are concerned about". */
const INDEFINITE_THINGS = new Set(['something', 'anything', 'everything', 'nothing']);
const DEMONSTRATIVE_OR_RELATIVE = new Set(['that', 'this']);
/**
 * Words after a determiner that take "the" in the same phrase, beyond `NP_STOP` and `PHRASE_PREPS` (which
 * `zeroRelativeHead` checks too): "half the size", "both the", "opposite the magazine", "nor the speaker".
 */
const NOT_HEAD_BEFORE_THE = new Set(['both', 'half', 'quarter', 'third', 'twice', 'such', 'including', 'onto', 'near', 'inside', 'outside',
  'throughout', 'above', 'below', 'beside', 'besides', 'along', 'versus', 'never', 'ever', 'too', 'very', 'same', 'other', 'rest', 'most',
  'least', 'best', 'worst', 'first', 'last', 'next', 'own', 'nor', 'plus', 'minus', 'opposite', 'atop', 'aboard', 'alongside', 'beneath',
  'underneath', 'off', 'past', 'unlike', 'except', 'regarding', 'concerning', 'out', 'down', 'up', 'back', 'away']);

/** Verbs of a reporter's contact with people: "the officials I spoke with", "voters we interviewed". */
const CONTACT_VERBS = new Set(['spoke', 'talked', 'interviewed', 'surveyed', 'contacted', 'reached', 'met', 'polled', 'consulted', 'asked', 'heard']);

/** Whether token `k` ends a reporter's contact clause after a noun: "(experts) I spoke to", "(voters) we talked with". */
function contactClauseEnd(toks: Tok[], k: number): boolean {
  return (toks[k]?.lower === 'to' || toks[k]?.lower === 'with') && CONTACT_VERBS.has(toks[k - 1]?.lower ?? '')
    && (toks[k - 2]?.lower === 'i' || toks[k - 2]?.lower === 'we') && toks[k - 3]?.word === true;
}

/** The second person, the subject of whatever cue follows it. */
const SPEAKING_PERSONS = new Set(['you']);

/** Participles that label someone "as" something: "a man described as a white nationalist". */
const LABEL_PARTICIPLES = new Set(['described', 'identified', 'regarded', 'characterized', 'characterised', 'portrayed', 'branded',
  'labeled', 'labelled', 'dubbed', 'viewed', 'seen', 'considered']);

/**
 * Whether the word before the cue at `i` ends a noun phrase with a determiner a few words back ("a man
 * described as", "the suspect identified as"), rather than a subject acting ("Officials described him as").
 */
function nounBefore(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1]!.lower;
  // "injured by someone described as having been radicalized": a person no one names, after a preposition.
  if (LABELED_SOMEONE.has(prev) && LABELED_AFTER.has(toks[i - 2]?.lower ?? '')) return true;
  // ("a move some viewed as a sign": "some" is the subject of a relative clause that has no pronoun.)
  if (QUANTIFIERS.has(prev) || vagueHeads.has(prev)) return false;
  let determiner = false;
  let of = false;
  let joined = false;
  for (let k = i - 2; k >= 0 && k >= i - 12; k--) {
    const w = toks[k]!;
    if (!w.word) break;
    // ("what an aide described as", "a man who officials described as", "a speech that many observers on both
    // sides … described as": the subject of a relative clause, who did the describing.)
    if (RELATIVE_WORDS.has(w.lower)) return false;
    if (w.lower === 'of') of = joined = true;
    // ("Jo Cox, a British member of Parliament described as a fearless campaigner": the determiner of a head
    // with an "of" phrase after it.)
    if ((k >= i - 4 || (of && k >= i - 7)) && (NP_DETERMINERS.has(w.lower) || QUANTIFIERS.has(w.lower))) {
      // ("an effort one Trump campaign aide described as …": a second noun phrase right before the first, the
      // subject of a relative clause without a pronoun; not "a friend of the family described as".)
      if (determiner && !joined) return false;
      determiner = true;
      joined = false;
    }
  }
  return determiner;
}

/** Someone described, and the prepositions before them: "injured by someone described as …". */
const LABELED_SOMEONE = new Set(['someone', 'somebody']);
const LABELED_AFTER = new Set(['by', 'with', 'from', 'to', 'for', 'of']);

/** Cue verbs in the past tense without -ed. */
const PAST_CUES = new Set(['said', 'told', 'wrote', 'spoke', 'thought', 'felt', 'knew', 'saw', 'heard', 'found', 'made']);

/** Words that make "someone says" a generality: "when someone says", "whenever anybody asks". */
const GENERIC_WHEN = new Set(['when', 'whenever', 'if', 'unless', 'until', 'once']);

/** Small words inside an organization's name: "Women Speak for Themselves", "Friends of the Earth". */
const NAME_JOINERS = new Set(['for', 'of', 'the', 'and', 'on', 'in', '&']);

/** Whether the clause goes on at token `k` after a name: a comma, a relative pronoun or a verb ("… Tara Durant took"). */
function clauseGoesOn(toks: Tok[], k: number): boolean {
  let t = toks[k];
  if (t === undefined) return false;
  if (t.text === ',' || t.lower === 'who' || t.lower === 'that' || t.lower === 'which') return true;
  if (t.lower === 'later' || ADVERB.test(t.lower)) t = toks[k + 1];
  return t !== undefined && (FIRST_VERB.test(t.lower) || FINITE_VERBS.has(t.lower) || cueGroup.has(t.lower));
}

/** A count that a share is made of: "six in ten", "one in 5", "out of 10" (its last two words). */
const SMALL_NUMBER = /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|out)$/;

/** Verbs in the past tense that are not participles of a passive here: enough to see a clause's first verb. */
const FIRST_VERB = /^(?:\p{Ll}+ed|met|went|fired|held|took|made|gave|sent|left|came|spoke|began|were|was|are|is|have|has|had|remain|remained|declined|refused|appear|appeared|seem|seemed)$/u;
const COORDINATORS = new Set(['and', 'but']);

/** Quantifiers that open a subject after words of another clause, and the words that may stand before them in one phrase. */
const CLAUSE_QUANTIFIERS = new Set(['some', 'few', 'many', 'several']);
const NP_BEFORE_QUANTIFIER = new Set(['of', 'for', 'on', 'in', 'at', 'to', 'from', 'by', 'with', 'among', 'about', 'the', 'a', 'and', 'or',
  'very', 'too', 'so', 'how', 'not', 'quite', 'only', 'just',
  'while', 'but', 'though', 'although', 'because', 'since', 'when', 'as', 'if', 'that', 'where', 'yet']);
const DASHES = new Set(['-', '\u2013', '\u2014']);

/** Verbs and things issued, in "X issued a statement saying": X is the speaker. */
const ISSUE_VERBS = new Set(['issued', 'released', 'put', 'posted', 'sent', 'published', 'signed', 'wrote', 'filed', 'tweeted', 'shared',
  'delivered', 'made', 'gave', 'read']);
/** Time words between a thing sent and its addressee: "a statement earlier to The Washington Post". */
const SENT_WHEN = new Set(['earlier', 'later', 'today', 'yesterday', 'tonight', ...WEEKDAY_NAMES]);
const ISSUED_THINGS = new Set(['statement', 'statements', 'letter', 'paper', 'report', 'memo', 'note', 'message', 'tweet', 'post',
  'release', 'video', 'filing', 'brief', 'complaint', 'notice', 'advisory', 'op-ed', 'editorial', 'response', 'email', 'emails']);
/** The -ing cues that tell what an issued thing says: "a letter saying", "a letter calling for", "a statement urging". */
const ISSUED_CUES = new Set(['saying', 'calling', 'urging', 'asking', 'demanding', 'warning', 'arguing', 'claiming', 'stating',
  'announcing', 'insisting', 'accusing', 'denying']);
/** Verbs of getting a thing someone else issued: "received an email saying". */
const RECEIVE_VERBS = new Set(['received', 'receives', 'receive', 'got', 'gets', 'obtained']);

/** Words that neither name a source nor refer back to one ("Md.", "the ceremony"). */
function noSource(phrase: string): boolean {
  return classifySource(phrase) === null && definitePersonHead(phrase) === null;
}

/**
 * Where the subject starts past an opening adverbial set off by commas ("Then, on Friday, CIA officials …":
 * up to 8 words, no verb in it), looking no further than token `c`; 0 without one.
 */
function afterOpeningAdverbial(toks: Tok[], c: number): number {
  let o = 0;
  for (let k = 0; k < Math.min(c, 9); k++) {
    if (toks[k]!.text === ',') o = k + 1;
    else if (!toks[k]!.word || FIRST_VERB.test(toks[k]!.text)) break;
  }
  return o;
}

/**
 * "Others are more circumspect and say", "Officials declined to give details but said": the cue is a
 * second verb of the noun phrase that opens the sentence. Only where the cue follows "and"/"but"
 * directly (after auxiliaries), the opening phrase is followed by a verb, and no comma, quotation or
 * other subject intervenes.
 */
function coordinatedSubject(toks: Tok[], i: number): PhraseHit | null {
  let c = i - 1;
  while (c >= 0 && CUE_AUXILIARIES.has(toks[c]!.lower)) {
    // "and is described as": a passive, said of the subject rather than by it.
    if (BE_FORMS.has(toks[c]!.lower)) return null;
    c--;
  }
  if (c < 2 || !COORDINATORS.has(toks[c]!.lower)) return null;
  // "Then, on Friday, CIA officials called them and told them": past an opening adverbial set off by commas
  // (up to 8 words, no verb in it).
  const o = afterOpeningAdverbial(toks, c);
  for (let k = o; k < c; k++) if (!toks[k]!.word && toks[k]!.text !== '.' && toks[k]!.text !== '-') return null;
  // A bare cue ("and say", "and write") goes with a present-tense subject, not inside "had used chalk to draw … and write".
  const bare = !/(?:s|ed|ing)$/.test(toks[i]!.lower) && !['said', 'told', 'wrote', 'spoke'].includes(toks[i]!.lower);
  // The opening phrase: the longest run of up to 6 words before the first verb.
  for (let v = o + 1; v <= Math.min(o + 6, c - 1); v++) {
    if (!FIRST_VERB.test(toks[v]!.text)) continue;
    if (bare && toks.slice(v, c).some((tk) => tk.lower === 'to')) return null;
    // "… highlighted an article that Dorsey promoted and said was great": the cue belongs to the relative clause.
    if (toks.slice(v, c).some((tk) => RELATIVE_PRONOUNS.has(tk.lower))) return null;
    const np = npBackFrom(toks, v - 1, null);
    return np && np.start === o ? np : null;
  }
  return null;
}

/** Cues that, as a participle after a comma, report what the subject of the main clause said. */
const PARTICIPLE_CUES = new Set(['saying', 'adding', 'arguing', 'warning', 'claiming', 'insisting', 'noting', 'stating',
  'asserting', 'contending', 'explaining', 'acknowledging', 'admitting', 'denying', 'alleging', 'maintaining', 'stressing',
  'accusing', 'telling', 'expressing', 'voicing']);
/**
 * Cues only as such a participle or in the progressive (lexicon.ts, assertion group). ("columns she wrote as a
 * college student expressing skepticism", "joined other officials in expressing confidence" are no layout of these.)
 */
const PARTICIPLE_ONLY = new Set(['stating', 'asserting', 'contending', 'explaining', 'admitting', 'alleging', 'maintaining',
  'stressing', 'accusing', 'expressing', 'voicing']);
/** Words that open what a participle of saying says or does: "saying that", "calling it", "warning of". */
const CLAUSE_AFTER_PARTICIPLE = new Set(['that', 'it', 'the', 'a', 'an', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'its', 'this', 'these', 'those', 'for', 'on', 'of', 'against', 'about', 'out', 'up', 'to', 'there', 'him', 'them']);
/** "with some critics accusing him": the people after "with" (up to five words, no punctuation) do what the participle says. */
function withAbsolute(toks: Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (!toks[k]!.word) return false;
    if (toks[k]!.lower === 'with') return k < i - 1;
  }
  return false;
}
/** Next of kin: after a possessive, one known person ("his father", "the victim's mother"). */
const KIN_NOUNS: ReadonlySet<string> = new Set(['father', 'mother', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister',
  'parents', 'uncle', 'aunt', 'grandmother', 'grandfather', 'widow', 'widower', 'fiancee', 'fianc\u00e9e', 'fiance', 'fianc\u00e9',
  'stepfather', 'stepmother']);
/** Nouns of belief and report whose "that" opens their content, not a clause with a subject that acts. */
const COMPLEMENT_NOUNS = new Set(['expectations', 'hopes', 'fears', 'concerns', 'worries', 'claims', 'reports', 'suggestions',
  'speculation', 'rumors', 'rumours', 'allegations', 'accusations', 'notion', 'idea', 'assertion', 'assertions', 'charge', 'charges',
  'suspicions', 'doubts']);
/** Words that open another clause inside the main one: past them the participle may belong to that clause. */
const CLAUSE_LINKS = new Set(['who', 'whom', 'which', 'that', 'whose', 'what', 'and', 'but', 'or', 'while', 'after', 'before', 'because', 'since',
  'when', 'although', 'though', 'if', 'unless', 'until', 'whereas', 'where', 'how', 'why']);

/**
 * "Hamas rejected the offer, saying it fell short", "On Sunday, officials blamed the militants, adding that …":
 * a participle of saying after a comma speaks for the subject of the main clause. Found as in
 * `coordinatedSubject`: the phrase of up to 6 words before the clause's first verb, after an opening
 * adverbial. Only when nothing between that verb and the comma could open a clause of its own (a relative
 * pronoun, a conjunction, punctuation other than the comma): there the participle may be another subject's.
 */
function participleSubject(text: string, toks: Tok[], i: number): PhraseHit | null {
  let c = i - 1;
  while (c > 0 && DASHES.has(toks[c]!.text) && DASHES.has(toks[c - 1]!.text)) c--;
  if ((toks[c]?.text !== ',' && !DASHES.has(toks[c]?.text ?? '')) || c > 40) return null;
  const o = afterOpeningAdverbial(toks, c);
  // "The other candidate on the stage, former Secretary of State Hillary Clinton, drew a contrast, saying …",
  // "Hamas, however, rejected the offer, saying …": a subject with its description or a discourse adverb
  // between commas, then its verb (subjectBefore reads the subject as before a cue).
  for (let v = c - 1; v > 2; v--) {
    if (toks[v - 1]!.text !== ',') continue;
    if (!FIRST_VERB.test(toks[v]!.text) && !PAST_VERBS.has(toks[v]!.text)) break;
    if (BE_FORMS.has(toks[v]!.lower)) break;
    let clean = true;
    for (let k = v; k < c; k++) {
      const tk = toks[k]!;
      if (tk.quoted || !tk.word || (k > v && CLAUSE_LINKS.has(tk.lower))) clean = false;
    }
    if (!clean) break;
    const hit = subjectBefore(text, toks, v);
    if (hit === null) return null;
    // It opens the sentence (past "But"/"And" or an opening adverbial and its comma), or the phrase search
    // stopped inside the opening phrase, at a preposition: "the other candidate on | the stage". No verb
    // and no clause word comes before it.
    const base = COORDINATORS.has(toks[0]!.lower) ? 1 : 0;
    const opens = toks.slice(base, hit.start).every((t) => t.text === ','
      || (t.word && !CLAUSE_LINKS.has(t.lower) && !FIRST_VERB.test(t.text) && !PAST_VERBS.has(t.text) && !cueGroup.has(t.lower)));
    return opens ? hit : null;
  }
  for (let v = o + 1; v <= Math.min(o + 6, c - 1); v++) {
    if (!FIRST_VERB.test(toks[v]!.text) && !PAST_VERBS.has(toks[v]!.text)) continue;
    for (let k = o; k < c; k++) {
      const tk = toks[k]!;
      if (tk.quoted || (!tk.word && tk.text !== '.' && tk.text !== '-' && tk.text !== "'")) return null;
      // ("tamped down expectations that a deal is in sight, saying …", "dismissed reports that he had quit, adding
      // …": a clause that completes a noun of belief or report has no participle of its own.)
      // ("Arizona officials refuted that, saying …": a "that" right before the comma is the object, no clause.)
      // ("Trump continued to stand by that decision Wednesday, saying …": a demonstrative "that" is no clause link.)
      if (k > v && CLAUSE_LINKS.has(tk.lower) && !(tk.lower === 'that' && (COMPLEMENT_NOUNS.has(toks[k - 1]!.lower) || k === c - 1 || demonstrativeThat(toks, k)))) return null;
    }
    // "The offer was rejected, saying …": the subject of a passive is not who speaks.
    if (BE_FORMS.has(toks[v]!.lower) && /ed$/.test(toks[v + 1]?.lower ?? '')) return null;
    // "Sekulow also downplayed …", "Officials quickly dismissed …": nor an adverb.
    let e = v - 1;
    while (e > o && (ADVERB_OR_TIME.test(toks[e]!.text) || BETWEEN_AUX.has(toks[e]!.text))) e--;
    // "Manafort's lawyers on Monday asked …": a time phrase before the verb is not part of the subject.
    if (e > o && TIME_NOUNS.has(toks[e]!.lower)) {
      if (e - 1 > o && TIME_NOUNS.has(toks[e - 1]!.lower)) e--;
      if (e - 1 > o && TIME_LEADS.has(toks[e - 1]!.lower)) e--;
      e--;
    }
    const np = npBackFrom(toks, e, null);
    // (Past a leading "But"/"And": "But state officials refuted that, saying …".)
    return np && (np.start === o || (np.start === o + 1 && CONJUNCTIONS.has(toks[o]!.lower))) ? np : null;
  }
  return null;
}

/**
 * Whether "that" at `k` points at the noun after it, which a preposition, a time or punctuation follows: "stand by
 * that decision Wednesday,", "backed away from that position,", "made that claim in a speech" (not "reports that he
 * quit", "claims that officials lied", "a deal that includes …").
 */
function demonstrativeThat(toks: Tok[], k: number): boolean {
  const noun = toks[k + 1];
  const after = toks[k + 2];
  if (!noun?.word || !/^\p{Ll}+$/u.test(noun.text) || CLAUSE_PRONOUNS.has(noun.lower) || ARTICLES.has(noun.lower) || FINITE_VERBS.has(noun.lower)
    || pastForm(noun) || PRONOUNS.has(noun.lower)) return false;
  return after === undefined || !after.word || TIME_NOUNS.has(after.lower) || OBJECT_PREPS.has(after.lower) || PP_PREPS.has(after.lower);
}

/** Whether token `k` ends a speaker's cue of saying: "he said", "Smith told reporters", "she said Tuesday". */
function saidJustBefore(toks: Tok[], k: number): boolean {
  let j = k;
  if (j > 0 && TIME_NOUNS.has(toks[j]!.lower)) j--;
  if (j > 0 && (toks[j]!.lower === 'reporters' || toks[j]!.lower === 'him' || toks[j]!.lower === 'her')) j--;
  return j > 0 && SAID_FORMS.has(toks[j]!.lower) && !!toks[j - 1]?.word;
}

/** "X, <appositive>, said": a relative clause, a description or a name, not a clause of its own. */
function isAppositive(text: string, toks: Tok[], from: number, to: number): boolean {
  const first = toks[from];
  if (!first || from > to) return false;
  // A lone discourse adverb between commas ("Certain officials, instead, cited"): `subjectBefore` drops it.
  if (from === to && DISCOURSE_ADVERBS.has(first.lower)) return true;
  if (isCapWord(first) && !APPOSITIVE_OPENERS.has(first.lower)) return true;
  // A participle phrase: "X, briefing reporters on condition of anonymity, said".
  const participle = PARTICIPLE.test(first.text) && !NOT_PARTICIPLES.has(first.lower);
  if (!participle && !APPOSITIVE_OPENERS.has(first.lower) && !PAST_PARTICIPLE_OPENERS.has(first.lower)) return false;
  if (first.lower === 'who' || first.lower === 'whose' || first.lower === 'which' || first.lower === 'speaking') return true;
  if (participle && ANONYMITY_MARK.test(text.slice(first.s, toks[to]!.e))) return true;
  for (let k = from; k <= to; k++) {
    // "a businessman who had been a member": a verb inside a relative clause belongs to the appositive.
    if (k > from && RELATIVE_PRONOUNS.has(toks[k]!.lower) && toks[k]!.lower !== 'that') return true;
    if (FINITE_VERBS.has(toks[k]!.lower)) return false;
  }
  return true;
}
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;
/** Punctuation after which a new clause (and its subject) starts: comma, quote, a dateline's dash. */
const CLAUSE_OPENERS = new Set([',', QUOTE, '-', ';', ':']);

/**
 * Whether a phrase starting at token `k` opens its sentence or a clause: at the start, after a clause opener, or
 * after the "For example" / "For years" that npBackFrom starts a phrase past.
 */
function opensClause(toks: Tok[], k: number): boolean {
  return k === 0 || CLAUSE_OPENERS.has(toks[k - 1]!.text) || (k >= 2 && LEADING_TIME.has(toks[k - 1]!.lower) && LEADING_PREPS.has(toks[k - 2]!.lower));
}
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'that', 'whose']);
/** Words that open a relative clause, with "what" and "as": "what an aide described as", "as some have called him". */
const RELATIVE_WORDS = new Set([...RELATIVE_PRONOUNS, 'what', 'as']);
/** Words ending in -ing that open no participle phrase. */
const NOT_PARTICIPLES = new Set(['during', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening',
  'thing', 'king', 'spring', 'string', 'building', 'ceiling', 'sibling', 'pending', 'notwithstanding', 'ring', 'wing']);

function anonymousOrVagueHead(w: string): boolean {
  const cls = HEAD_CLASS.get(w);
  return cls === 'anonymous' || cls === 'vague';
}
/** Prepositions whose object runs on to a verb only as a subject cut off: "resistance against U.S. personnel stated". */
// ("Texts between friends of Kavanaugh suggest": the texts do; "between" opens no subject either.)
const NEVER_BEFORE_SUBJECT = new Set(['against', 'toward', 'towards', 'upon', 'despite', 'without', 'between']);
/** Prepositions whose object, described in an aside, is never the subject after it ("to the attorney general, who …, said"). */
// (Not "with", "for", "by", "like": "A group of 19 agents with its … unit, which …, wrote", "a study by the …
// Center, which …, noted", "scholars like Keith Humphreys, who …, note" are phrases the search cut short.)
const APPOSITIVE_OBJECT_PREPS = new Set(['to', 'against', 'than', 'about', 'toward', 'towards']);
/** A noun phrase right after these is an object or agent, never the subject of the cue: "stabbed by a man in ...". */
const OBJECT_PREPS = new Set(['by', 'as', 'of', 'for', 'with', 'from', 'to', 'against', 'than', 'like', 'about']);
const HEAD_CLASS = new Map<string, string>();
for (const t of ANONYMOUS_HEADS.terms) HEAD_CLASS.set(t, 'anonymous');
for (const t of VAGUE_HEADS.terms) HEAD_CLASS.set(t, 'vague');
for (const t of ['people', 'those', 'person']) HEAD_CLASS.set(t, 'anonymous');

const NP_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'him', 'them', 'mr.', 'mrs.', 'ms.', 'dr.']);

/**
 * Whether an indefinite determiner ("a", "an", "one") stands at `k` or before up to two lower-case modifiers ending
 * there ("a local", "a shop"), and no preposition takes the phrase as its object ("met with a doctor"). `end` is the
 * last token of the phrase being read (the place phrase runs to it).
 */
function indefiniteBefore(toks: Tok[], k: number, end: number): boolean {
  for (let m = k; m >= 0 && m >= k - 2; m--) {
    const w = toks[m]!;
    if (INDEFINITE.has(w.lower)) {
      const p = toks[m - 1];
      if (OBJECT_PREPS.has(p?.lower ?? '')) return false;
      if (m === k) return true;
      // (With modifiers, only a phrase that opens its clause, "In Gaza, a local resident in the camp said", not the
      // object of a verb, "had a family member in a union said"; and one whose place phrase holds no clause of its
      // own: "a comatose woman with brain injuries whose family was divided".)
      const opens = p === undefined || !p.word || CONJUNCTIONS.has(p.lower) || SUBORDINATORS.has(p.lower) || DISCOURSE_ADVERBS.has(p.lower) || ADVERB.test(p.lower);
      return opens && !toks.slice(k + 2, end + 1).some((x) => RELATIVE_PRONOUNS.has(x.lower) || FINITE_VERBS.has(x.lower));
    }
    // (A capitalized modifier is a people's, a place's or a patron's: "one Syrian refugee at the station", "a longtime
    // Biden surrogate in the state", "a London-based banker at an Asian bank".)
    if (!w.word || NP_STOP.has(w.lower) || cueGroup.has(w.lower) || FINITE_VERBS.has(w.lower) || /ing$/.test(w.lower)) return false;
  }
  return false;
}
/** Prepositions of place and scope that may follow a group's head inside its noun phrase. */
const PP_PREPS = new Set(['in', 'from', 'around', 'across', 'throughout', 'outside', 'inside', 'at', 'on', 'within', 'over']);
const PP_REACH = 8;

/**
 * Index of an unnamed group's head (observers, officials, experts, critics) standing right
 * before a chain of place/scope phrases that ends at token `j` ("observers in Virginia and
 * around the country"), or -1. Bounded look-back: at most PP_REACH tokens.
 */
function groupHeadBeforePP(toks: Tok[], j: number): number {
  for (let k = j; k >= Math.max(1, j - PP_REACH); k--) {
    const t = toks[k]!;
    if (!t.word) return -1;
    // ("White House officials briefing reporters in a conference call Wednesday suggested": past the role participle's
    // object, the unnamed people before it.)
    if (ROLE_PARTICIPLES.has(t.lower) && k < j) {
      const h = toks[k - 1]!;
      const cls = HEAD_CLASS.get(h.lower);
      return (cls === 'anonymous' || cls === 'vague') && /s$/.test(h.lower) && h.lower !== 'others' ? k - 1 : -1;
    }
    if (PP_PREPS.has(t.lower)) {
      const h = toks[k - 1]!;
      const cls = HEAD_CLASS.get(h.lower);
      if ((cls === 'anonymous' || cls === 'vague') && h.lower !== 'people' && h.lower !== 'person' && h.lower !== 'those' && /s$/.test(h.lower)) return k - 1;
      // "Residents in the area say", "fighters on the ground said": the people at a scene keep where they are.
      if (CLOSE_PLURALS.has(h.lower)) return k - 1;
      // "lawmakers on both sides insist", "operatives in both parties": members of both sides of a divide.
      if (BOTH_SIDES_HEADS.has(h.lower) && toks[k + 1]?.lower === 'both' && BOTH_SIDES.has(toks[k + 2]?.lower ?? '')) return k - 1;
      continue;
    }
    // ("officials discussing the visit with reporters in a call": a participle's object may take "with".)
    if (t.lower !== 'and' && t.lower !== 'the' && t.lower !== 'with' && NP_STOP.has(t.lower)) return -1;
  }
  return -1;
}

/** Whether tokens `from`..`to` are one to three capitalized words: a place's name after "in" or "at" (not a time: "in July"). */
function placeRunTo(toks: Tok[], from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let k = from; k <= to; k++) if (!isCapWord(toks[k]) || MONTHS.has(toks[k]!.lower) || TIME_NOUNS.has(toks[k]!.lower)) return false;
  return true;
}

/** "Experts on North Korea and nuclear nonproliferation": an "and" inside a source head's postmodifier (bounded look-back). */
function headWithPrepBefore(toks: Tok[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(1, j - 6); k--) {
    const t = toks[k]!;
    if (!t.word || (NP_STOP.has(t.lower) && !JOINING_PREPS.has(t.lower))) return false;
    if (JOINING_PREPS.has(t.lower) && anonymousOrVagueHead(toks[k - 1]!.lower)) return true;
  }
  return false;
}

/** Plural source phrases ("sources", "officials") are not what "he"/"she" refers to. */
function isPluralLabel(label: string): boolean {
  const plural = (w: string): boolean => {
    const x = w.toLowerCase().replace(/['\u2019]s$/, '');
    // ("two of the officials", "several of his aides": a count of them.)
    return /[^s]s$/.test(x) || x === 'people' || (QUANTIFIERS.has(x) && x !== 'fellow') || x === 'both' || x === 'all' || /^\d+$/.test(x);
  };
  const ws = label.trim().split(/\s+/);
  // Its last word, or its head before what describes it: "three Times staffers who requested anonymity", "several
  // people close to him", "prosecutors in Berlin". (Either: "a source familiar with the plans" stays as it was read.)
  const head = label.trim().split(/,|\s(?:who|whom|that|which|familiar|close|with|from|of|in|at|on|for|to|involved|briefed)\s/i)[0]!.trim().split(/\s+/);
  return plural(ws[ws.length - 1] ?? '') || plural(head[head.length - 1] ?? '');
}
const PRONOUN_REACH = 3;

/** A vague label headed by reporting, at its end or before its place or time: "media reports", "Reports from Gaza". */
const REPORT_LABEL = /\breports?(?:$|\s(?:from|in|on|out\sof)\s)/i;
/** A vague label headed by research: "Studies", "several polls", "analyses of the data". */
const STUDY_LABEL = /^(?:[\w-]+\s){0,3}(?:studies|research|polls|polling|surveys|analyses|estimates?)(?:$|\s(?:from|in|on|of|by)\s)/i;

function reasonFor(cls: SourceClass): string {
  switch (cls.type) {
    case 'anonymous':
      return `no name given: '${cls.label}'`;
    case 'vague':
      // "media reports", "an earlier report": reporting whose outlet goes unnamed, not a group of people.
      // "Studies show", "polls in swing states": research whose maker goes unnamed.
      return REPORT_LABEL.test(cls.label.trim()) ? `unnamed outlet's report: '${cls.label}'`
        : STUDY_LABEL.test(cls.label.trim()) ? `no author named: '${cls.label}'` : `unidentified group: '${cls.label}'`;
    case 'report':
      return `attributed to another outlet: '${cls.label}'`;
    case 'named':
      return `named person: '${cls.label}'`;
    case 'institutional':
      if (cls.kind === 'document') return `identified document or poll: '${cls.label}'`;
      return cls.kind === 'role' ? `an official role: '${cls.label}'` : `organization's statement: '${cls.label}'`;
  }
}

/** An age written before a name: "18-year-old". */
const AGE_WORD = /^\d{1,3}-year-old$/i;

/**
 * "Another student activist, 18-year-old Fiorina Talaba, said": an age and a name (perhaps "of" or
 * "from" a place) filling the commas from token `from` to `to` name the speaker that the words before
 * them describe. The name as a phrase, or null.
 */
function agedName(text: string, toks: Tok[], from: number, to: number): PhraseHit | null {
  if (!AGE_WORD.test(toks[from]?.text ?? '')) return null;
  let e = from + 1;
  while (e <= to && isCapWord(toks[e])) e++;
  let rest = e;
  if (rest <= to && (toks[rest]!.lower === 'of' || toks[rest]!.lower === 'from')) while (++rest <= to && isCapWord(toks[rest]));
  if (e === from + 1 || rest !== to + 1 || !looksLikePersonName(text.slice(toks[from + 1]!.s, toks[e - 1]!.e))) return null;
  return { start: from + 1, end: e - 1, appositive: null };
}

/**
 * The double genitive of a person close to someone, which is a whole phrase: "A classmate of Ramirez's", "a longtime
 * friend of Biden's", "One associate of Stone's"; not a possessive that opens another noun ("some of Trump's claims",
 * "a transcript of Trump's call").
 */
function doubleGenitive(phrase: string): boolean {
  const m = /^(\S+)\s(?:\S+\s){0,3}?(\S+)\sof\s\S+['\u2019]s$/.exec(phrase.trim());
  return m !== null && INDEFINITE.has(m[1]!.toLowerCase()) && personNouns.has(m[2]!.toLowerCase());
}
/** "an interview with": the outlet after it is whom someone talked to. */
const INTERVIEW_NOUNS = new Set(['interview', 'interviews', 'conversation', 'conversations']);
/** An outlet's own pieces: "a report in the Times", "a story on Fox News" are the outlet's reporting. */
/** An outlet's pieces (source.ts's heads that make a named outlet's piece its report, and its polls, columns, posts). */
const OUTLET_PIECES = new Set([...OUTLET_PIECE_HEADS, 'pieces', 'columns', 'editorials', 'commentary', 'commentaries',
  'analysis', 'poll', 'survey', 'account', 'accounts', 'item', 'post', 'headline']);

/** Whether one of an outlet's pieces ends the words just before token `k` + 1 ("A report published Friday in"). */
function pieceBefore(toks: Tok[], k: number): boolean {
  for (let j = k; j >= 0 && j >= k - 3 && toks[j]!.word; j--) if (OUTLET_PIECES.has(toks[j]!.lower)) return true;
  return false;
}
/** Cues that say an outlet talked with people, not that it reported anything: "Fox News spoke to …". */
const INTERVIEW_CUES = new Set(['spoke', 'speaks', 'speaking', 'spoken', 'talked', 'talks', 'talking', 'interviewed']);
const INTERVIEW_PREPS = new Set(['to', 'with']);

const MENTION_WINDOW = 3000;

/**
 * Titles written before a name, which make a later "the senator", "the doctor" that
 * person rather than someone new: "Sen. Dick Durbin", "Dr. Ben Carson", "Prof. Ruth Hall".
 */
const ROLE_TITLES: ReadonlyMap<string, RegExp> = new Map([
  ['senator', /\bSen(?:\.|ator)\s\p{Lu}/u],
  ['congressman', /\bRep(?:\.|resentative)\s\p{Lu}/u],
  ['congresswoman', /\bRep(?:\.|resentative)\s\p{Lu}/u],
  ['lawmaker', /\b(?:Sen|Rep)\.\s\p{Lu}/u],
  ['doctor', /\bDr\.?\s\p{Lu}/u],
  ['physician', /\bDr\.?\s\p{Lu}/u],
  ['professor', /\bProf(?:\.|essor)\s\p{Lu}/u],
]);

/** Whether someone bearing the title of role `head` is named in the text shortly before `pos`. */
function titledBefore(text: string, pos: number, head: string): boolean {
  const title = ROLE_TITLES.get(head);
  return title !== undefined && title.test(text.slice(Math.max(0, pos - MENTION_WINDOW), pos));
}

/**
 * True when `head` (a lower-case noun) does not occur in the text shortly before `pos` (bounded window).
 * `possessive` ("his", "her") is the pronoun the phrase opens with: an earlier mention after the other one
 * is someone else's ("represent Clinton as her lawyer. … His lawyer said": Pagliano's lawyer).
 */
function firstMention(text: string, pos: number, head: string, possessive = ''): boolean {
  const before = text.slice(Math.max(0, pos - MENTION_WINDOW), pos).toLowerCase();
  const other = possessive === 'his' ? 'her ' : possessive === 'her' ? 'his ' : '';
  let k = before.indexOf(head);
  while (k >= 0) {
    const a = before.charCodeAt(k - 1);
    const b = before.charCodeAt(k + head.length);
    const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    const plural = b === 115 && !isLetter(before.charCodeAt(k + head.length + 1));
    const someoneElses = other !== '' && k >= 4 && before.startsWith(other, k - 4) && !isLetter(before.charCodeAt(k - 5));
    if (!isLetter(a) && (!isLetter(b) || plural) && !someoneElses) return false;
    k = before.indexOf(head, k + 1);
  }
  return true;
}

/**
 * Whether the phrase at token `start`, before its cue at `i`, opens what another speaker said: "authorities said the
 * man revealed a handgun", "police said that the woman fled" (the speaker before it holds the claim).
 */
function insideSaidClause(toks: Tok[], start: number, i: number): boolean {
  if (start > i) return false;
  const p = toks[start - 1]?.lower === 'that' ? start - 2 : start - 1;
  return SAID_FORMS.has(toks[p]?.lower ?? '');
}
/**
 * Whether the last mention of `words` before `pos` (within MENTION_WINDOW) brought a person in with "a", "an", "one" or
 * "another" and gave no name around it ("an Israeli woman was shouting", not "an Israeli woman, Sarah Levi,", "a woman
 * named Levi" nor "Sarah Levi, an Israeli woman": `surnames` are the document's people's).
 */
function unnamedIntroduction(text: string, pos: number, words: string, surnames: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(0, pos - MENTION_WINDOW), pos);
  const lower = before.toLowerCase();
  let k = lower.lastIndexOf(words);
  while (k >= 0 && (/\p{L}/u.test(before[k - 1] ?? '') || /\p{L}/u.test(before[k + words.length] ?? ''))) k = lower.lastIndexOf(words, k - 1);
  // (Not a description of someone named or of the subject: "Dru Stevenson, a professor at …", "Hagel is a decorated
  // Vietnam veteran", "his reputation as a lawmaker".)
  if (k < 0 || !/(?:^|[^\p{L}])(?:a|an|one|another)\s+$/u.test(lower.slice(Math.max(0, k - 10), k))
    || /\b(?:is|was|are|were|be|been|being|became|become|becomes|as|remains|remained)\s+(?:a|an|one|another)\s+$/u.test(lower.slice(Math.max(0, k - 20), k))) return false;
  const named = /(\p{Lu}[\p{L}'\u2019-]*)\s*(?:,|\u2014|--)\s*(?:a|an|one|another)\s+$/u.exec(before.slice(Math.max(0, k - 40), k));
  if (named !== null && surnames.has(named[1]!.replace(/['\u2019]s?$/, ''))) return false;
  return !/^\s*(?:,\s*(?:\p{Lu}|identified|named|whose name)|named\b|called\b|identified\b|\()/u.test(before.slice(k + words.length, k + words.length + 30));
}

/** A definite outlet piece: "the report", "this story", "the article", "the broadcast". */
const PIECE_REFERENCE = /^(?:the|this|that)\s+(?:(?:new|latest|same|original)\s+)?(?:report|story|article|piece|broadcast|dispatch|segment)$/i;

/**
 * "Israel TV's Channel 10 said … . The report said …": a definite piece refers back to the other outlet
 * whose report came within the last two sentences, and is that outlet's report. Elsewhere "the report"
 * stays an identified document (institutional) and "the story" no source.
 */
function pieceReference(phrase: string, st: DocState): SourceClass | null {
  if (!PIECE_REFERENCE.test(phrase.trim())) return null;
  const last = st.lastSource;
  if (last === null || last.type !== 'report' || st.sentence - last.at > 2) return null;
  // ("the piece (The Guardian)" then "the report": still The Guardian's.)
  const outlet = /\(([^()]+)\)+$/.exec(last.label)?.[1] ?? last.label;
  return { type: 'report', label: `${phrase.trim()} (${outlet})`, kind: 'outlet' };
}

/** Resolves pronouns and role back-references against what the document said before. */
/** Sentence openings: a capitalized run of up to four words, then a lower-case word (its verb). */
/** A sentence whose subject is a definite role of the kind that names one known person ("the senator", "the Texas Republican"). */
const ROLE_SUBJECT = /(?:^|[.!?]["'\u201d]?\s+)(?:(?:But|And|Yet|So|Still)\s+)?[Tt]he\s+(?:[\p{L}-]+\s+){0,2}(?:senator|congressman|congresswoman|lawmaker|Republican|Democrat|governor|president|candidate|mayor|minister|nominee|chairman|chairwoman|senator's)\s+\p{Ll}/u;
const SENTENCE_SUBJECT = /(?:^|[.!?]["']?\s+)((?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}.'-]*),?\s+\p{Ll}/gu;
/** A full name anywhere: two to four capitalized words ("Sen. Jeff Sessions", "Sarah Huckabee Sanders"). */
// (Words or short abbreviations with their period, "Sen.", "J.", on one line: "Mr. Mueller.\n\nDemocrats" is none.)
const NAME_WORDS = String.raw`(?:(?:\p{Lu}[\p{L}'-]*|\p{Lu}\p{Ll}{0,3}\.)[ \t]+){1,3}`;
const FULL_NAME = new RegExp(String.raw`${NAME_WORDS}\p{Lu}[\p{L}'-]*`, 'gu');

/** A person's name: no opening or function word in it ("The Tarakhil plant", "Mornings On The Mall" are none). */
const personRun = (run: string): boolean =>
  !run.split(/\s+/).some(isSentenceOpener) && looksLikePersonName(run) && classifySource(run)?.kind === 'person';

/**
 * Whether a named person comes up between `from` and `to`: one who opens a sentence ("Trump came into
 * office …") or is named in full anywhere. A "he" after that may be them: it is not flagged as the
 * unnamed source before them (a false flag is worse than a missed one).
 */
function namedSubjectBetween(text: string, from: number, to: number, st: DocState, pronoun = false): boolean {
  if (to <= from) return false;
  // For a pronoun, only people it could stand for: names inside a quotation are what its speaker talks about
  // ("“… Trump will be tougher …,” she said"), and so is the object of a preposition ("blaming some of it on
  // presidential candidate Donald Trump"). (A description's back-reference takes any name: "a statement from
  // their attorney Mark MacDougall. The lawyer told lawmakers".)
  const between = pronoun ? text.slice(from, to).replace(/[\u201c"][^\u201d"]*[\u201d"]/g, (q) => ' '.repeat(q.length)) : text.slice(from, to);
  for (const m of between.matchAll(SENTENCE_SUBJECT)) if (personRun(m[1]!)) return true;
  // "But the Texas Republican suggested …": a sentence opened by a role that refers back to someone named.
  if (pronoun && ROLE_SUBJECT.test(between)) return true;
  // (A name after a preposition that a relative clause goes on to describe is the one talked about next: "came from
  // Secretary of State Mike Pompeo, whose statement … . His statement pulled no punches as he noted".)
  for (const m of between.matchAll(FULL_NAME)) {
    if (personRun(m[0]) && !(pronoun && objectOfPreposition(between, m.index)
      && !/^,\s*(?:who|whose)\b/.test(between.slice(m.index + m[0].length)))) return true;
  }
  // "…, Boehner disputed those figures": the surname alone of someone the article names in full, as the
  // subject of a verb or an owner ("Conant's outlook"), not as a modifier ("Kasich and Cruz delegates").
  if (!SURNAME_SUBJECT_HINT.test(between)) return false;
  const known = docSurnames(text, st);
  for (const m of between.matchAll(SURNAME_SUBJECT)) if (known.has(m[1]!)) return true;
  return false;
}

/**
 * Whether the name at `at` is the object of a preposition, past up to three lower-case words of description
 * ("blaming some of it on presidential candidate Donald Trump"): someone talked about, not a new speaker.
 */
function objectOfPreposition(text: string, at: number): boolean {
  const ws = text.slice(Math.max(0, at - 60), at).trimEnd().split(/\s+/);
  for (let k = ws.length - 1; k >= 0 && k >= ws.length - 4; k--) {
    const w = ws[k]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return false;
    if (NAME_OBJECT_PREPS.has(w)) return true;
  }
  return false;
}
const NAME_OBJECT_PREPS: ReadonlySet<string> = new Set([...OBJECT_PREPS, ...PP_PREPS, 'into', 'onto', 'toward', 'towards', 'under', 'upon', 'between', 'among']);

const SURNAME_SUBJECT = /(?<![\p{L}-])(\p{Lu}[\p{L}-]*\p{Ll})(?=['\u2019]s\b|\s(?:\p{L}+\s){0,2}(?:[\p{Ll}-]+ed|said|says|told|tells|adds|has|had|was|is|will|would|did|does|wrote|writes|spoke|went|made|took|gave|sent|came|knew|thinks|thought|believes|felt|saw|met|led|became|becomes|began|held|kept|left|won|lost|ran|stood|brought|found|got|put|spent|struck|wants|needs)\b)/gu;
const SURNAME_SUBJECT_HINT = new RegExp(SURNAME_SUBJECT.source, 'u');

/**
 * Whether the document names someone in full with `label` as surname, as docSurnames would read it,
 * looking only at the label's own occurrences (cached per label): after "Michael Bloomberg" a bare
 * "Bloomberg said" is that person, not the news service; after "Rep. Jim Jordan", "Jordan said" is not
 * the country. For a `place`, not where the article also speaks of the place's people.
 */
function fullNameEndingIn(text: string, label: string, st: DocState, place: boolean): boolean {
  const key = `${place ? 'place' : 'name'}\u0000${label}`;
  const known = st.surnames?.get(key);
  if (known !== undefined) return known;
  let found = false;
  for (let k = text.indexOf(label); k >= 0 && !found; k = text.indexOf(label, k + label.length)) {
    // (The name ends there: "George Washington University" names no one.)
    // (A possessive is fine: "Rep. Jim Jordan's caucus".)
    const after = text.slice(k + label.length, k + label.length + 3);
    if (/^(?:[\p{L}-]|['\u2019](?!s\b))/u.test(after) || /^[ \t]+\p{Lu}/u.test(after)) continue;
    const run = NAME_RUN_BEFORE.exec(text.slice(Math.max(0, k - 48), k));
    if (!run) continue;
    // The shortest run that makes a person's name ("Freedom Caucus Chairman Jim Jordan" has "Jim Jordan").
    const ws = run[0].trimEnd().split(/[ \t]+/);
    for (let w = ws.length - 1; w >= 0 && !found; w--) if (personRun(`${ws.slice(w).join(' ')} ${label}`)) found = true;
  }
  // (Not where the article speaks of the place's people too: "Israeli", "Jordanian" in the text. `label` is
  // one capitalized word: nothing in it to escape.)
  const stem = label.slice(0, -1);
  if (found && place && [...text.matchAll(new RegExp(`\\b${stem}\\p{Ll}*\\b`, 'gu'))]
    .some((m) => m[0] !== label && DEMONYMS_AND_PLACES.has(m[0].toLowerCase()))) found = false;
  (st.surnames ??= new Map()).set(key, found);
  return found;
}
/** Last words of an organization's name: "Amnesty International", "Gatestone Institute", "Pew Research Center". */
const ORGANIZATION_HEADS = 'International|Institute|Institution|Foundation|Center|Centre|Council|Corporation|Corp|Inc|Company|Bank|University|College|Fund|Association|Federation|Network|Agency|Commission|Society|Trust|Alliance|Coalition|Project|Watch|Group';

/**
 * The organization whose name the article gives in full with `label` as its first word ("Amnesty International"
 * for "Amnesty"), or null. At most two capitalized words between ("Pew Research Center"). `label` is one
 * capitalized word: nothing in it to escape.
 */
function organizationOpenedBy(text: string, label: string, st: DocState): string | null {
  const key = `org\u0000${label}`;
  const known = st.organizations?.get(key);
  if (known !== undefined) return known;
  // (Each place the word stands as a word, tried with one compiled pattern: no pattern built per word.)
  let found: string | null = null;
  for (let k = text.indexOf(label); k >= 0 && found === null; k = text.indexOf(label, k + 1)) {
    if (k > 0 && /[A-Za-z0-9_]/.test(text[k - 1]!)) continue;
    ORGANIZATION_AFTER_OPENER.lastIndex = k + label.length;
    if (ORGANIZATION_AFTER_OPENER.test(text)) found = text.slice(k, ORGANIZATION_AFTER_OPENER.lastIndex);
  }
  (st.organizations ??= new Map()).set(key, found);
  return found;
}
/** What follows an organization's first word up to its head word: " International", " Research Center". */
const ORGANIZATION_AFTER_OPENER = new RegExp(`(?:[ \\t]\\p{Lu}[\\p{L}&-]*){0,2}?[ \\t](?:${ORGANIZATION_HEADS})\\b`, 'uy');

/** The capitalized words (or short abbreviations) right before a word, on its line: "Rep. Jim ". */
const NAME_RUN_BEFORE = new RegExp(`${NAME_WORDS}$`, 'u');

const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.terms);
/** Last words that make a capitalized pair a place or a body, not a person: "Harris County", "the NBA 2K League". */
const NOT_PERSON_LAST = /^(?:County|City|State|States|League|Party|University|College|Department|Ministry|Committee|Council|Office|House|Senate|Court|Times|Post|News|Street|Island|Valley|Group|Company|Association)$/;

/**
 * The named person before "and" that ends at `b` ("Mr. Lewis and other experts", "Sen. John McCain, R-Ariz.,
 * and two other colleagues"), or null. Past one comma-set aside with no verb in it (a party tag or a short
 * description, not "Khamenei predicted there would be no war, and Iranian officials say"). A person has a title
 * or honorific, or a surname the article gives someone in full: not a capitalized common noun opening the
 * sentence ("Lawmakers and aides", "Current and former officials"), nor a place ("New York and federal officials").
 */
function coordinatedPerson(text: string, toks: Tok[], st: DocState, b: number): { start: number; label: string } | null {
  if (b < 0) return null;
  if (toks[b]!.text === ',') {
    let c = b - 1;
    while (c > 0 && b - c < 10 && toks[c]!.text !== ',') c--;
    if (toks[c]!.text !== ',') return null;
    for (let k = c + 1; k < b; k++) if (cueGroup.has(toks[k]!.lower) || FINITE_VERBS.has(toks[k]!.lower)) return null;
    b = c - 1;
  }
  const before = b >= 0 ? npBackFrom(toks, b, null) : null;
  if (before === null) return null;
  // ("He and other White House officials suggested": a pronoun for the named person spoken of last.)
  if (before.start === before.end && (toks[b]!.lower === 'he' || toks[b]!.lower === 'she')) {
    const last = st.lastPerson;
    return last !== null && last.type === 'named' && st.sentence - last.at <= PRONOUN_REACH ? { start: before.start, label: `${toks[b]!.text} (${last.label})` } : null;
  }
  const raw = text.slice(toks[before.start]!.s, toks[before.end]!.e);
  const named = classifySource(raw);
  if (named === null || named.type !== 'named' || named.kind !== 'person') return null;
  const ws = raw.trim().split(/\s+/);
  const last = (ws[ws.length - 1] ?? '').replace(/['\u2019]s?$/, '');
  if (NOT_PERSON_LAST.test(last)) return null;
  // A title or honorific ("Sen. Steve Daines", "Mr. White", "Constitutional law professor Carlos Ramos"), or a
  // surname the article gives someone in full that is not a place ("Donald Trump … Trump and aides said").
  const titled = ws.some((w) => TITLE_WORDS.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase()));
  // (Or a word the article writes as a name in running text: "said that Trump", "with Kim"; a common noun that
  // only opens sentences, "Lawmakers", never is.)
  const surname = !DEMONYMS_AND_PLACES.has(last.toLowerCase())
    && (docSurnames(text, st).has(last) || (ws.length === 1 && runningNames(text, st).has(last)));
  return titled || surname ? { start: before.start, label: named.label } : null;
}

/** A party's member, a person however the sentence capitalizes it. */
const PARTY_MEMBERS: ReadonlySet<string> = new Set(['democrat', 'republican', 'libertarian', 'independent']);

/**
 * The named body, outlet or writer before "and others" that ends at `b` ("The U.S. and others say", "Politico
 * and others reported", "after the Daily Caller and others reported", "I and many others expressed doubt"), or null:
 * the claim rests on the one named, the others only widen it. A proper name (its last word capitalized), not a
 * person (`coordinatedPerson` reads those). `bareOthers`: the phrase is "others" itself, not "other …".
 */
function coordinatedBody(text: string, toks: Tok[], st: DocState, b: number, bareOthers: boolean): { start: number; cls: SourceClass } | null {
  if (b < 0) return null;
  // (The writer with others, "I and many others expressed doubt": the writer's own view.)
  if (toks[b]!.text === 'I' && (b === 0 || !toks[b - 1]!.word)) return { start: b, cls: { type: 'named', label: 'I', kind: 'person' } };
  // ("the Pew Research Center, Gallup, and others noted": a list's last comma.)
  const oxford = toks[b]!.text === ',' && b > 0;
  const np = npBackFrom(toks, oxford ? b - 1 : b, null);
  // ("the New York Democrat and other critics": a party's member is a person, named elsewhere or not.)
  if (np === null || !isCapWord(toks[np.end]) || PARTY_MEMBERS.has(toks[np.end]!.lower)) return null;
  // ("U.S. and other diplomats have said": a bare place before "other" people is their adjective, not a body; a
  // people is not, "Democrats and other critics".)
  if (!bareOthers && np.start === np.end && DEMONYMS_AND_PLACES.has(toks[np.end]!.lower) && !/\p{Ll}s$/u.test(toks[np.end]!.text)) return null;
  const cls = namedBody(text, toks, st, np);
  if (cls === null) return null;
  // A list of such bodies before it ("The Guardian, the New York Times and others"); a list with anyone else in it
  // ("forecasters, the Congressional Budget Office, and others") leaves the others unnamed. A comma after words
  // that name no one ends a clause ("targets had been reached, WHO and others predicted").
  let start = np.start;
  while (start >= 2 && toks[start - 1]!.text === ',') {
    const item = npBackFrom(toks, start - 2, null);
    if (item === null || classifySource(text.slice(toks[item.start]!.s, toks[item.end]!.e)) === null) break;
    if (!isCapWord(toks[item.end]) || namedBody(text, toks, st, item) === null) return null;
    start = item.start;
  }
  // (A last comma with no named list before it: "Private forecasters, the CBO, and others".)
  if (oxford && start === np.start) return null;
  return { start, cls };
}

/**
 * The class of the phrase `np` when it is a named organization or outlet: not a person, a document, nor a common
 * noun with its sentence's capital ("Lawmakers"; an acronym is no such noun, "WHO").
 */
function namedBody(text: string, toks: Tok[], st: DocState, np: { start: number; end: number }): SourceClass | null {
  const raw = text.slice(toks[np.start]!.s, toks[np.end]!.e);
  const cls = classifySource(raw);
  if (cls === null || cls.kind === 'person' || cls.kind === 'document') return null;
  // (An outlet's name may end as a plural of people does: "Reuters".)
  if (np.start === np.end && cls.kind !== 'outlet' && /^\p{Lu}\p{Ll}+$/u.test(raw) && commonNounOpening(text, raw, st)) return null;
  return cls.type === 'institutional' || cls.type === 'report' ? cls : null;
}

/**
 * Words the article writes with a capital after a lower-case word ("said that Trump", "with Kim") and never in
 * lower case: names, not sentence openers ("While Senators agree" is a capital for a common noun the article
 * also writes "senators"). One pass over the text, on first need.
 */
function runningNames(text: string, st: DocState): ReadonlySet<string> {
  if (st.runningNames) return st.runningNames;
  const lower = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu)) lower.add(m[0]);
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{Ll},?\s(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu)) if (!lower.has(m[1]!.toLowerCase())) out.add(m[1]!);
  st.runningNames = out;
  return out;
}

/**
 * Whether a lone capitalized word read as a person's name is a common noun that opens its sentence: the
 * article writes it in lower case in its prose ("Lawmakers also asked …" beside "lawmakers", "Research shows"
 * beside "research"), or it is a plural of people by its ending ("Developers argue"), and the article names
 * nobody with it (no "Jeff Sessions" for "Sessions said", no "said Price", no "Kanye West" for "Kanye said").
 * Not "You": the interviewee of a question ("You said …"). Cached per word: the cheap tests first.
 */
function commonNounOpening(text: string, word: string, st: DocState): boolean {
  if (word === 'You') return false;
  const known = st.commonNouns?.get(word);
  if (known !== undefined) return known;
  // (A surname with such an ending comes with a first name or a title somewhere: "Bernie Sanders".)
  const common = (AGENT_PLURAL.test(word) || lowerInProse(text, word.toLowerCase()))
    && !runningNames(text, st).has(word) && !docSurnames(text, st).has(word) && !namedWith(text, word, st);
  (st.commonNouns ??= new Map()).set(word, common);
  return common;
}

/**
 * Whether the article writes `lower` as a word of its prose: not inside an address, a handle or a hashtag
 * ("twitter.com/kanye", "#kanye2020"), nor as the first part of a contraction ("don’t").
 */
function lowerInProse(text: string, lower: string): boolean {
  for (let k = text.indexOf(lower); k >= 0; k = text.indexOf(lower, k + 1)) {
    const before = k > 0 ? text[k - 1]! : ' ';
    const after = text.slice(k + lower.length, k + lower.length + 2);
    if (/[\p{L}\p{N}/@#._'\u2019-]/u.test(before)) continue;
    if (/^(?:[\p{L}\p{N}/@_-]|['\u2019.]\p{L})/u.test(after)) continue;
    return true;
  }
  return false;
}

/**
 * Whether the article names a person with `word` as one part of the name: as the surname after a first name
 * or a title ("Hawaii Lt. Gov. Josh Green", "But Zeynep Tufekci": fullNameEndingIn) or as the first name
 * before a surname ("Kanye West").
 */
function namedWith(text: string, word: string, st: DocState): boolean {
  if (fullNameEndingIn(text, word, st, false)) return true;
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + word.length)) {
    if (k > 0 && /[\p{L}\p{N}]/u.test(text[k - 1]!)) continue;
    const next = /^[ \t]+(\p{Lu}[\p{L}'-]*\p{Ll})/u.exec(text.slice(k + word.length, k + word.length + 40));
    if (next && personRun(`${word} ${next[1]}`)) return true;
  }
  return false;
}
const AGENT_PLURAL = /\p{Ll}(?:ers|ors|ists|ants|ents|ians|ees|ives)$/u;

/** Surnames of the people the document names in full ("Jay Carney" gives "Carney"); read once per document. */
function docSurnames(text: string, st: DocState): ReadonlySet<string> {
  if (st.personSurnames) return st.personSurnames;
  const out = new Set<string>();
  for (const m of text.matchAll(FULL_NAME)) {
    if (!personRun(m[0])) continue;
    // (The whole last word, as SURNAME_SUBJECT reads it: "McCain", "Ocasio-Cortez"; "Hong Kong-Beijing"
    // gives no surname "Beijing".)
    const last = /(?:^|\s)(\p{Lu}[\p{L}-]*\p{Ll})(?:['\u2019]s?)?$/u.exec(m[0]);
    if (last) out.add(last[1]!);
  }
  st.personSurnames = out;
  return out;
}

function resolve(cls: SourceClass, phrase: string, st: DocState, text: string, at = 0): SourceClass | null {
  const p = phrase.trim().toLowerCase();
  // "Lawmakers also asked whether …": a common noun with the capital of the sentence's first word (or of a
  // headline's words) is read as a common noun (a bare plural of people is no source of its own: no claim).
  if (cls.kind === 'person' && cls.label === phrase.trim() && /^\p{Lu}\p{Ll}+$/u.test(cls.label)
    && commonNounOpening(text, cls.label, st)) return classifySource(p);
  // ("Suspects' Uncle Says …": the same after a possessive in a title-case headline.)
  const owned = cls.kind === 'person' ? /^(\S+(?:['\u2019]s|s['\u2019]))\s+(\p{Lu}\p{Ll}+)$/u.exec(phrase.trim()) : null;
  if (owned !== null && commonNounOpening(text, owned[2]!, st)) return classifySource(`${owned[1]!} ${owned[2]!.toLowerCase()}`);
  // (Surname-shaped only: "CNN", "BuzzFeed", "ProPublica" are nobody's surname.)
  if (cls.kind === 'outlet' && /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(cls.label) && fullNameEndingIn(text, cls.label, st, false))
    return { type: 'named', label: `${phrase.trim()} (a person in this article)`, kind: 'person' };
  // "Rep. Jim Jordan … Jordan said", "Kanye West … West said": the same for a place's or a people's name
  // that the article gives someone it names in full as surname.
  if (cls.kind === 'organization' && /^\p{Lu}\p{Ll}+$/u.test(cls.label) && cls.label === phrase.trim()
    && fullNameEndingIn(text, cls.label, st, true))
    return { type: 'named', label: `${phrase.trim()} (a person in this article)`, kind: 'person' };
  // "Amnesty said", "Gatestone reports": the first word of an organization's name the article gives in full
  // ("Amnesty International", "the Gatestone Institute") is that organization, unless the article also names a
  // person with it as surname.
  if (cls.kind === 'person' && cls.label === phrase.trim() && /^\p{Lu}\p{Ll}+$/u.test(cls.label)) {
    const org = organizationOpenedBy(text, cls.label, st);
    if (org !== null && !fullNameEndingIn(text, cls.label, st, false)) return { type: 'institutional', label: `${cls.label} (${org})`, kind: 'organization' };
  }
  if (cls.kind === 'pronoun') {
    if (p === 'he' || p === 'she' || p === 'him' || p === 'her') {
      const last = st.lastPerson;
      // "…, an aide said. Trump came into office as a germaphobe. But he acknowledged …": a named person who
      // opens a sentence since the unnamed source is the nearer antecedent.
      if (last && last.type === 'anonymous' && !isPluralLabel(last.label) && st.sentence - last.at <= PRONOUN_REACH
        && !(last.source && namedSubjectBetween(text, last.source.end, at, st, true)))
        return { type: 'anonymous', label: `${phrase} (${last.label})`, kind: 'anonymous' };
      return { type: 'named', label: last && last.type === 'named' ? `${phrase} (${last.label})` : phrase, kind: 'person' };
    }
    if (p === 'i') return { type: 'named', label: phrase, kind: 'person' };
    // "we" is the writer or the outlet itself, not a source to resolve.
    if (p === 'we') return null;
    const last = st.lastSource;
    if (!last) return null;
    if (p === 'it' && last.type !== 'institutional' && last.type !== 'report') return null;
    return { type: last.type, label: `${phrase} (${last.label})`, kind: last.type === 'named' ? 'person' : 'organization' };
  }
  if (cls.kind === 'role') {
    // "Rep. Steve King … King said", "Sen. Angus King … King said": a title word the article gives someone it
    // names in full as surname.
    // (Not a word that only modifies another title, "Vice", "Deputy": no one's surname, and "Vice" is an outlet too.)
    if (/^\p{Lu}\p{Ll}+$/u.test(cls.label) && cls.label === phrase.trim() && !TITLE_MODIFIERS.has(p) && fullNameEndingIn(text, cls.label, st, false))
      return { type: 'named', label: `${phrase.trim()} (a person in this article)`, kind: 'person' };
    // "the spokesman said" after a named spokesman is that person; "a spokesman" is the office's voice.
    if (/^the\b/.test(p) && st.lastPerson && st.lastPerson.type === 'named')
      return { type: 'named', label: `${phrase} (${st.lastPerson.label})`, kind: 'person' };
    return cls;
  }
  return cls;
}

const PRIORITY: Record<ClaimType, number> = { anonymous: 0, vague: 1, report: 2, named: 3, institutional: 3 };

/** Passive cues whose "by" agent told it ("was told by", "was confirmed by"); not "was called by his lawyer". */
const PASSIVE_BY_CUES = new Set(['told', 'said', 'informed', 'briefed', 'warned', 'assured', 'confirmed', 'denied', 'disputed',
  'revealed', 'disclosed', 'announced', 'reported', 'described']);
const PAST_BE = new Set(['was', 'were', 'been', 'being']);
const NEGATION = new Set(['not', 'never', 'no']);
/** Whether a word negates what follows: "not", "never", "no", "wouldn't", "don’t". */
function negating(w: string): boolean {
  return NEGATION.has(w) || /n['\u2019]t$/.test(w);
}
/**
 * The modal of "would/could/may (not) have" (or a fused "would've") right before the word at `i`, past adverbs, or
 * -1: "could have said", "may well have thought", "would not have faced criticism".
 */
function modalPerfectBefore(toks: Tok[], i: number): number {
  let k = i - 1;
  while (k > 0 && ADVERB.test(toks[k]!.lower)) k--;
  const fused = /^(\p{Ll}+)['\u2019]ve$/u.exec(toks[k]?.lower ?? '');
  if (fused !== null) return MODALS.has(fused[1]!) ? k : -1;
  if (toks[k]?.lower !== 'have') return -1;
  k--;
  while (k > 0 && (ADVERB.test(toks[k]!.lower) || NEGATION.has(toks[k]!.lower))) k--;
  return MODALS.has((toks[k]?.lower ?? '').replace(/n['\u2019]t$/, '')) ? k : -1;
}
/** Whether everyone or no one is the subject before the modal at `m`: "no one could have predicted", "few people would have". */
function everyoneBefore(toks: Tok[], m: number): boolean {
  for (let k = m - 1; k >= 0 && k >= m - 4 && toks[k]!.word; k--) if (EVERYONE_OR_NO_ONE.has(toks[k]!.lower)) return true;
  return false;
}
/** Whether the word at `i` is one of a list of bare verbs: "think, converse, and argue", "think and act." */
function verbInList(toks: Tok[], i: number): boolean {
  const a = toks[i + 1];
  const b = toks[i + 2];
  const c = toks[i + 3];
  if (a === undefined || b === undefined || !b.word || b.text !== b.lower || DISCOURSE_ADVERBS.has(b.lower) || ADVERB.test(b.lower)) return false;
  if (a.text === ',') return c !== undefined && (c.text === ',' || c.lower === 'and' || c.lower === 'or');
  return (a.lower === 'and' || a.lower === 'or') && (c === undefined || /^[.,;!?]$/.test(c.text));
}
/** Verbs that give a label: "critics dubbed the plan a giveaway". */
const LABEL_VERBS = new Set(['dubbed', 'branded', 'labeled', 'labelled']);
const VIEW_FORMS = new Set(['view', 'views', 'viewed']);
/**
 * Whether "view" at `i` holds a view: "as" (not "as well as", "as soon as"), "with" and an attitude ("with
 * suspicion"), a judging adverb ("viewed the GOP unfavorably") or "that way" in the next twenty words of its clause.
 */
function viewHeld(toks: Tok[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 24 && !/^[;:!?]$/.test(toks[k]!.text); k++) {
    const w = toks[k]!.lower;
    if (w === 'as' && !AS_NOT_VIEW.has(toks[k + 1]?.lower ?? '')) return true;
    if ((w === 'with' && REGARD_WITH.has(toks[k + 1]?.lower ?? '')) || VIEWED_HOW.has(w)) return true;
    // ("his opponents viewed them that way", "many view it the same way".)
    if (w === 'way' && /^(?:that|this|same|similar|different)$/.test(toks[k - 1]?.lower ?? '')) return true;
  }
  return false;
}
/** What follows an "as" that gives no view: "as well as", "as soon as", "as long as". */
const AS_NOT_VIEW = new Set(['well', 'soon', 'long', 'much', 'many', 'far', 'if', 'though', 'of', 'recently', 'early', 'late']);
/** Adverbs that judge what is viewed: "viewed the GOP unfavorably", "view the plan skeptically". */
const VIEWED_HOW = new Set(['favorably', 'unfavorably', 'favourably', 'unfavourably', 'positively', 'negatively', 'skeptically',
  'sceptically', 'warily', 'dimly', 'suspiciously', 'differently', 'seriously']);
/** Subjects that stand for people at large, all or none of them. */
const EVERYONE_OR_NO_ONE = new Set(['no', 'nobody', 'none', 'few', 'everyone', 'everybody', 'anyone', 'anybody']);
/** Whom someone admits when letting them in ("admits themselves to a psychiatric hospital"). */
const ADMITTED_WHOM = new Set([...REFLEXIVES, ...OBJECT_PRONOUNS]);
/** What "admitted to" lets someone into: a hospital, a country, a school, the bar. */
const ADMITTED_TO = /^(?:(?:the|a|an) )?(?:hospitals?|clinic|icu|intensive|medical|country|us|u\.s|united|uk|britain|program|programme|school|university|college|bar|club|party|union|camp)\b/;
/** Whether a price follows the "charge" at `i` before any "that": "$300 an hour", "a fee", "rent". */
function billedAfter(toks: Tok[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 6; k++) {
    const t = toks[k]!;
    if (t.lower === 'that' || t.text === '.' || t.text === ';') return false;
    if (/^[$€£¥]$/.test(t.text) || /^(?:fee|fees|rent|interest|tuition|prices?|rates?|dollars|cents|euros|pounds)$/.test(t.lower)) return true;
  }
  return false;
}

/** Cue words that also open idioms saying nothing, by the idiom `idiomNotClaim` checks for. */
const IDIOM_CUES: ReadonlyMap<string, string> = new Map([
  ...['think', 'thinks', 'thought', 'thinking'].map((w) => [w, 'think'] as const),
  ...['tell', 'tells', 'told', 'telling'].map((w) => [w, 'tell'] as const),
  ...['declare', 'declares', 'declared', 'declaring'].map((w) => [w, 'declare'] as const),
  ...['charge', 'charges', 'charged', 'charging'].map((w) => [w, 'charge'] as const),
  ...['write', 'writes', 'wrote', 'writing', 'written'].map((w) => [w, 'write'] as const),
  ...['believe', 'believes', 'believed', 'trust', 'trusts', 'trusted'].map((w) => [w, 'believe'] as const),
  ...['question', 'questions', 'questioned', 'questioning'].map((w) => [w, 'question'] as const),
  ...['respond', 'responds', 'responded', 'responding'].map((w) => [w, 'respond'] as const),
  ...['call', 'calls', 'called', 'calling'].map((w) => [w, 'call'] as const),
  ...['posted'].map((w) => [w, 'post'] as const),
]);
/** Words after "posted" that place a guard or an officer: "posted inside the front door", "posted along the border". */
const POSTED_PLACES = new Set(['inside', 'outside', 'near', 'along', 'around', 'behind', 'beside', 'atop', 'throughout', 'nearby', 'overseas', 'abroad']);
/** Places "posted at the …" puts someone: "Guards posted at the entrance". */
const POSTED_AT = new Set(['entrance', 'entrances', 'door', 'doors', 'gate', 'gates', 'checkpoint', 'checkpoints', 'border', 'base', 'embassy',
  'station', 'post', 'corner', 'scene', 'site', 'exit', 'exits', 'perimeter', 'front']);
/** Places and emergencies someone is sent to ("responded to the scene", "to a call"), after "respond to". */
const RESPONSE_SCENES = new Set(['scene', 'jail', 'home', 'house', 'building', 'area', 'site', 'location', 'address', 'hospital',
  'call', 'calls', 'incident', 'fire', 'fires', 'crash', 'shooting', 'accident', 'emergency', 'school', 'apartment', 'residence',
  'street', 'neighborhood', 'facility', 'prison', 'hotel', 'store', 'complex', 'parking', 'intersection', 'disturbance']);
/**
 * Whether the -ing form `w` says or sends something, so that "responded by" it answers in words: a cue's
 * ("suggesting", "blaming", "pointing"), a speech act's ("asking", "citing", "announcing") or a message's
 * ("issuing a statement"); not a deed ("responded by erecting a fence").
 */
function speechActIng(w: string): boolean {
  const stem = w.slice(0, -3);
  const bases = [stem, `${stem}e`, /(\p{Ll})\1$/u.test(stem) ? stem.slice(0, -1) : stem];
  return bases.some((b) => cueGroup.has(b) || SPEECH_ACTS.has(b));
}
/** Verbs of saying and sending a message that are no cue of their own (speechActIng). */
const SPEECH_ACTS = new Set(['ask', 'cite', 'comment', 'announce', 'pledge', 'promise', 'recommend', 'tout', 'scold', 'charge',
  'indicate', 'read', 'quote', 'thank', 'apologize', 'apologise', 'praise', 'criticize', 'criticise', 'attack', 'mock', 'dismiss',
  'defend', 'question', 'demand', 'call', 'issue', 'release', 'post', 'tweet', 'write', 'publish', 'send', 'reply', 'answer',
  'state', 'reveal', 'declare', 'explain']);
/** Words after "write" that say what the text says: "wrote in a letter that …", "wrote a book wherein she claimed …". */
const WRITE_CONTENT = new Set(['that', 'which', 'wherein', ':']);

/** Whether the cue word at `i` opens an idiom that attributes nothing (`idiom`: its entry in IDIOM_CUES). */
function idiomNotClaim(toks: Tok[], i: number, idiom: string): boolean {
  const next = toks[i + 1];
  const n1 = next?.lower ?? '';
  const n2 = toks[i + 2]?.lower ?? '';
  switch (idiom) {
    // "think twice before wearing", "thought again": hesitating, not holding a view.
    // ("thought better of giving him another term": deciding against it.)
    case 'think': return n1 === 'twice' || n1 === 'again' || (n1 === 'better' && n2 === 'of');
    // "are not telling the truth", "told a lie": whether someone is honest, not what they said.
    case 'tell': return (n1 === 'the' && n2 === 'truth') || n1 === 'lies' || n1 === 'truth' || (n1 === 'a' && n2 === 'lie');
    // "declares for president", "declared her candidacy": running for office, not a statement. ("declared war",
    // "declared victory" stay claims: PolNeAR's labels count "bin Laden declared war on the United States".)
    case 'declare': return n1 === 'for' || n2 === 'candidacy' || n2 === 'candidacies';
    // "charged her clients a total of $3.3 million", "charges a fee": billing, not an accusation.
    case 'charge': return billedAfter(toks, i);
    // "helped write the Iowa legislation", "suggests people write letters": making a text, not saying what is in it.
    // (Not when the words after go on to say something: "wrote a memo saying", "a book explaining why", "a
    // book wherein she claimed".)
    case 'write': return WRITTEN_WORKS.test(`${n1} ${n2} ${toks[i + 3]?.lower ?? ''}`)
      && !toks.slice(i + 1, i + 9).some((x) => WRITE_CONTENT.has(x.lower) || cueGroup.has(x.lower));
    // "no one believes them", "voters trusted him": trusting someone, not a view (the pronoun as written:
    // "believe US leverage grew" is a view).
    case 'believe': return (/^(?:him|her|them|me|us|you|it)$/.test(next?.text ?? '') && !pronounOpensClause(toks, i + 1)) || trustedName(toks, i + 1);
    // "officials were questioning crew members": an interrogation, not a doubt.
    // ("questioned congressional staff", "questioned two witnesses": the people after an adjective or a count.)
    case 'question': return QUESTIONED_PEOPLE.has(n1) || (n1 === 'the' && QUESTIONED_ONE.has(n2))
      || (/^(?:\p{Ll}+|\d+)$/u.test(next?.text ?? '') && !cueGroup.has(n1) && !/^(?:whether|if|why|how|what|that|the|his|her|their|its)$/.test(n1)
        && QUESTIONED_PEOPLE.has(n2));
    // "Paramedics responded to the jail", "officers responded to a call": going to a scene, not an answer.
    // ("Other agents responded and found one agent injured": arriving, with nothing answered.)
    // ("they responded by putting the video on television": a deed; "responded by saying" leaves the claim to "saying".)
    case 'respond': return (n1 === 'to' && (RESPONSE_SCENES.has(n2) || (/^(?:the|a|an)$/.test(n2) && RESPONSE_SCENES.has(toks[i + 3]?.lower ?? ''))))
      || (n1 === 'and' && !SAID_FORMS.has(n2)) || (n1 === 'by' && /\p{Ll}ing$/u.test(n2) && !speechActIng(n2));
    // "An officer posted inside the front door", "Guards posted at the entrance": stationed, not a post online.
    case 'post': return POSTED_PLACES.has(n1) || (n1 === 'at' && (POSTED_AT.has(n2) || (n2 === 'the' && POSTED_AT.has(toks[i + 3]?.lower ?? ''))));
    // "are calling the shots", "called it quits", "called it a day": deciding or stopping, not a label.
    case 'call': return (n1 === 'the' && n2 === 'shots') || (n1 === 'it' && (n2 === 'quits' || (n2 === 'a' && toks[i + 3]?.lower === 'day')));
    default: return false;
  }
}

/** Texts someone writes, as the object of "write" (up to two words in): "the Iowa legislation", "letters", "a book"; not
 * where they wrote ("wrote in his book, …" goes on to say something). */
const WRITTEN_WORKS = /^(?!(?:in|on|at|for|to|into|with|about)\s)(?:[a-z-]+\s){0,2}(?:legislation|bill|bills|law|laws|letters|book|books|checks?|cheques?|songs?|code|music|novels?|scripts?|screenplays?|amendments?|rules|regulations|provisions?|policy|policies|ordinances?|contracts?|tickets?|speeches)\b/;

/**
 * Whether a person's name at token `k` is whom someone believes, not the subject of what they believe: "more
 * Americans believed Clarence Thomas than believed Anita Hill" (not "believed Putin had found a foil").
 */
function trustedName(toks: Tok[], k: number): boolean {
  let e = k;
  if (!isCapWord(toks[k])) return false;
  while (e < toks.length && e < k + 4 && isCapWord(toks[e])) e++;
  if (e === k) return false;
  const after = toks[e];
  // (Not a list of names, "believe Klobuchar, Biden or Bullock could", "believe Pham and Vinson became infected".)
  return after === undefined || /^[.!?;)]$/.test(after.text) || /^(?:than|over)$/.test(after.lower);
}

/** Whether the pronoun at `k` is the subject of a clause: "believe it was a mistake", "trust you will" (a view). */
function pronounOpensClause(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (t === undefined) return false;
  const finite = (w: string): boolean => /^(?:is|was|will|would|could|can|has|had|should|must|might|may|were|are)$/.test(w);
  // "believe her efforts as a senator will offset …": "her" owns the subject of a clause whose verb follows
  // ("believe her story", "believe her when she says" trust her: no verb of its own before a break).
  if (t.lower === 'her') {
    if (!/^\p{Ll}/u.test(toks[k + 1]?.text ?? '') || CLAUSE_BREAKS.has(toks[k + 1]!.lower)) return false;
    for (let m = k + 2; m < toks.length && m <= k + 12; m++) {
      const w = toks[m]!;
      if (!w.word || CLAUSE_BREAKS.has(w.lower)) return false;
      if (finite(w.lower)) return true;
    }
    return false;
  }
  if (!/^(?:it|you)$/.test(t.lower)) return false;
  return finite(toks[k + 1]?.lower ?? '');
}
/** Words that end the noun phrase after "believe her" without a verb of its own: "believe her when she says". */
const CLAUSE_BREAKS = new Set(['when', 'because', 'if', 'and', 'but', 'or', 'that', 'who', 'since', 'about', 'on',
  'over', 'than', 'though', 'although', 'while', 'after', 'before']);

/** Whom officials question when they interrogate: "questioning crew members", "questioned him". */
const QUESTIONED_PEOPLE = new Set([...OBJECT_PRONOUNS, 'witnesses', 'suspects', 'crew', 'passengers', 'detainees',
  'residents', 'students', 'employees', 'staff', 'people', 'survivors', 'neighbors', 'neighbours', 'relatives', 'officers', 'migrants']);
/**
 * People questioned after "the": an interrogation ("Mueller's investigators have questioned the adviser", "police
 * questioned the suspect"), not a doubt ("questioned the wisdom of").
 */
const QUESTIONED_ONE = new Set(['adviser', 'advisor', 'aide', 'suspect', 'witness', 'driver', 'man', 'woman', 'boy', 'girl', 'teen',
  'teenager', 'defendant', 'witnesses', 'suspects', 'crew', 'passengers', 'detainees', 'students', 'employees', 'staff', 'survivors']);

/** "insist" in its forms: a claim before "that", a demand before "on" and a thing. */
const INSIST = new Set(['insist', 'insists', 'insisted', 'insisting']);
const FEEL = new Set(['feel', 'feels', 'felt']);
/** Words after "feel" that end a feeling's clause: "the contempt many feel for one another", "… feel when …". */
const FELT_FOR = new Set(['for', 'when', 'toward', 'towards', 'whenever']);
const RECOGNIZE = new Set(['recognize', 'recognizes', 'recognized', 'recognise', 'recognises', 'recognised']);
/** Objects of "recognize" that it knows by sight or name: people, names, faces, none. */
const RECOGNIZED_BY_SIGHT = new Set([...OBJECT_PRONOUNS, 'you', 'none', 'names', 'faces']);
/** Determiners that take only a noun: "on either show", "each call". */
const NOUN_ONLY_DETERMINERS = ['either', 'each', 'every', 'whose'];
/** Words before "call(s)" that make it a noun: a kind of call, or a determiner that takes only a noun. */
const CALL_KINDS = new Set(['conference', 'phone', 'telephone', 'roll', 'wake-up', 'close', 'judgment', 'judgement', 'curtain', 'casting',
  'cattle', 'sales', 'robo', 'video', 'zoom', ...NOUN_ONLY_DETERMINERS]);
/** Words before "show(s)" that make it a noun: a kind of program or fair, or a determiner that only takes a noun. */
const SHOW_KINDS = new Set(['talk', 'game', 'gun', 'tv', 'television', 'radio', 'trade', 'road', 'quiz', 'chat', 'cop', 'reality',
  'award', 'awards', 'fashion', 'horse', 'car', 'auto', 'boat', 'art', 'cable', 'comedy', 'variety', 'cooking', 'magic', 'slide',
  'cable-news', 'late-night', ...NOUN_ONLY_DETERMINERS]);
/** Words in a source phrase of evidence, whose showing is a finding: "polls have shown", "studies of smokers show". */
const SHOWING_EVIDENCE = /\b(?:polls?|polling|research|stud(?:y|ies)|surveys?|data|analys[ie]s|estimates?|evidence|records?|reports?|numbers|figures|tests?|results?|findings|experiments?|models?|projections?|statistics|documents?|emails?|transcripts?|images?|footage|videos?|photos?|maps?|charts?|filings?|interviews?|conversations?|accounts?)\b/i;

/** Whether "as" opens the clause whose subject starts at token `start` ("as (all) the experts have shown"). */
function asBefore(toks: Tok[], start: number): boolean {
  let b = start - 1;
  while (b > 0 && (toks[b]!.lower === 'all' || toks[b]!.lower === 'both')) b--;
  return toks[b]?.lower === 'as';
}

/** Words after "found" that say where people came to be, what they came by, or that they learned something. */
const FOUND_NO_FINDING: ReadonlySet<string> = new Set([...REFLEXIVES, 'out', 'ways', 'way', 'jobs', 'job']);

/** Verbs after "find it hard to" that make it a view: disbelief or incomprehension ("hard to believe"). */
const FIND_IT_VIEWS = new Set(['believe', 'accept', 'imagine', 'swallow', 'understand', 'conceive', 'fathom', 'credit', 'trust', 'see', 'take']);

/**
 * Whether "find it <adjective> (just) to <verb>" follows the cue at `i` with a verb of doing ("find it hard to borrow",
 * "found it easiest just to call"): how hard or easy something is to do, which is no finding.
 */
function findItToDo(toks: Tok[], i: number): boolean {
  if (toks[i + 1]?.lower !== 'it') return false;
  let k = i + 2;
  if (/^(?:very|so|too|much|more|less|increasingly|extremely|quite)$/.test(toks[k]?.lower ?? '')) k++;
  if (!toks[k]?.word) return false;
  let to = k + 1;
  if (toks[to]?.lower === 'just') to++;
  return toks[to]?.lower === 'to' && toks[to + 1]?.word === true && !FIND_IT_VIEWS.has(toks[to + 1]!.lower);
}

/** Weak cues that people also use of things: finding, discovering or showing an object. */
const FIND_OR_SHOW = new Set(['find', 'finds', 'found', 'discovered', 'show', 'shows', 'showed', 'shown']);

/**
 * Whether a finding follows the cue at `i`: "that", a quotation, "no …" ("found no anomalies"), or a
 * verb of its own before the next punctuation ("found the car was stolen", "found McCabe made a disclosure").
 */
function clauseFollows(toks: Tok[], i: number, reach = 14): boolean {
  const next = toks[i + 1];
  if (!next || next.lower === 'that' || next.text === QUOTE || next.lower === 'no' || next.lower === 'evidence' || CLAUSE_PRONOUNS.has(next.lower.replace(/['\u2019].*$/, ''))) return true;
  for (let k = i + 1; k < toks.length && k <= i + reach; k++) {
    const w = toks[k]!;
    if (!w.word) return false;
    if (FINITE_VERBS.has(w.lower) || PAST_VERBS.has(w.lower) || w.lower === 'evidence') return true;
  }
  return false;
}
/** Words that open an indirect question before its subject: "how others felt", "whether voters believe" (not "what
 * economists call", a view attributed to them). */

/** Words after a platform's "on": "reported on its website", "on television" (a report that goes on; a day or a name is capitalized). */
const ON_NOT_TOPIC = new Set(['its', 'their', 'his', 'her', 'our', 'air', 'television', 'tv', 'radio', 'condition', 'background']);
/** Words that end the topic of "reported on": a conjunction or a clause boundary. */
const TOPIC_ENDS = new Set(['and', 'but', 'or', 'while', 'before', 'after', 'when', 'as', 'until', 'because', 'since', 'in', 'for', 'last', 'this']);

/**
 * Whether "reported on" covers a topic from token `k` on and then stops, saying nothing of it: at most six
 * lower-case words after a determiner, then a conjunction or punctuation other than a colon or a quotation mark.
 */
function coverageOnly(toks: Tok[], k: number): boolean {
  const first = toks[k];
  if (first === undefined || !first.word || ON_NOT_TOPIC.has(first.lower) || !ARTICLES.has(first.lower) && !/^\p{Ll}+$/u.test(first.text)) return false;
  for (let j = k + 1; j < toks.length && j <= k + 6; j++) {
    const w = toks[j]!;
    if (!w.word) return w.text !== ':' && w.text !== QUOTE;
    if (w.lower === 'that' || FINITE_VERBS.has(w.lower) || PAST_VERBS.has(w.lower)) return false;
    if (TOPIC_ENDS.has(w.lower)) return true;
  }
  return false;
}

/** Whether the cue at `i` closes its sentence, at most a short time or place after it ("officials said on Sunday."). */
function closingCue(toks: Tok[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 5; k++) {
    const t = toks[k]!;
    if (/^[.!?]$/.test(t.text)) return true;
    if (!t.word || t.lower === 'that' || cueGroup.has(t.lower) || FINITE_VERBS.has(t.lower)) return false;
  }
  return toks.length <= i + 5;
}

/** Verbs of publishing a piece: "published a story on …", "wrote an article about …". */
const PUBLISHING = new Set(['published', 'publishes', 'wrote', 'writes']);
/** Determiners before a published piece. */
const PIECE_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'another', 'two', 'three', 'several']);
/** Pieces an outlet or a writer publishes: an outlet's pieces (above) and a writer's. */
const PIECE_NOUNS: ReadonlySet<string> = new Set([...OUTLET_PIECES, 'series', 'profile', 'feature', 'book', 'essay', 'essays', 'exposé', 'expose']);

/** Participles by which a piece tells something: "a story on the deal detailing …", "a report on the fire finding …". */
const PIECE_TELLS = new Set(['detailing', 'revealing', 'showing', 'finding', 'concluding', 'describing', 'suggesting', 'documenting', 'outlining', 'citing', 'quoting']);

/**
 * Whether a publishing verb at `i` only puts out a piece on a topic, saying nothing of it: a determiner, a few
 * lower-case or numeric modifiers ("a 31-paragraph story", "a lengthy front-page investigation"), a piece,
 * "on" or "about", and a topic that ends as `coverageOnly` reads it, with no quotation, colon, "that" or
 * speaking participle after it in the sentence ("published a story on Tuesday saying …" and "wrote a column on
 * the talks: …" still say something; so does "wrote that …").
 */
function publishedPieceOnly(toks: Tok[], i: number): boolean {
  if (!PIECE_DETERMINERS.has(toks[i + 1]?.lower ?? '')) return false;
  let j = i + 2;
  for (let n = 0; n < 6 && j < toks.length && !PIECE_NOUNS.has(toks[j]!.lower); n++, j++) {
    const w = toks[j]!;
    if (w.text !== '-' && !/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(w.text)) return false;
  }
  if (!PIECE_NOUNS.has(toks[j]?.lower ?? '')) return false;
  const prep = toks[j + 1]?.lower;
  if ((prep !== 'on' && prep !== 'about') || !coverageOnly(toks, j + 2)) return false;
  for (let k = j + 2; k < toks.length; k++) {
    const w = toks[k]!;
    if (w.text === QUOTE || w.text === ':' || w.lower === 'that' || PARTICIPLE_CUES.has(w.lower) || ISSUED_CUES.has(w.lower) || PIECE_TELLS.has(w.lower)) return false;
  }
  return true;
}

/** A report noun at `i` after "and"/"or" or "of" over at most two lower-case modifiers: "articles and television reports", "dozens of reports". */
function listOrOfObject(toks: Tok[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const w = toks[j]!;
    if (!w.word) return false;
    if (w.lower === 'and' || w.lower === 'or' || w.lower === 'of') return true;
    if (w.text !== w.lower) return false;
  }
  return false;
}

/** Who a crime or a person is reported to. */
const AUTHORITIES = new Set(['police', 'authorities', 'fbi', 'cops', 'sheriff', 'prosecutors']);

function reportedToAuthorities(toks: Tok[], i: number): boolean {
  for (let k = i + 1; k <= i + 5 && k < toks.length; k++) {
    const w = toks[k]!;
    if (!w.word || w.lower === 'that') return false;
    if (w.lower !== 'to') continue;
    // "to the police", "to local authorities", "to London police".
    for (let m = k + 1; m <= k + 3 && m < toks.length; m++) if (AUTHORITIES.has(toks[m]!.lower)) return true;
    return false;
  }
  return false;
}

const INDIRECT_QUESTION = new Set(['how', 'whether']);
/** Weak cues that after "seem to", "begin to" name a desire or a perception, not a view someone holds out. */
const NOT_AFTER_ASPECT = new Set(['want', 'feel', 'understand', 'find', 'prefer', 'wonder', 'recognize', 'tell', 'acknowledge']);
/** Cues that also take a plain object ("added a layer", "maintain embassies"): a claim only with a clause after. */
const CLAUSE_CUES = new Set(['stress', 'felt', 'feel', 'feels', 'added', 'adds', 'adding', 'assert', 'acknowledge', 'concede',
  // ("…, maintaining that …", not "maintaining order"; "explaining that …", not "explaining the rules".)
  'maintaining', 'stressing', 'asserting', 'acknowledging', 'admitting', 'explaining']);
/**
 * A view after "feel" that the clause test misses: "feel confident that …" (a "that" within six words), "feel the
 * government overstepped" (a determiner's noun, then a regular past).
 */
function feltClause(toks: Tok[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 6 && toks[k]!.word; k++) if (toks[k]!.lower === 'that') return true;
  // (PHONE_DETERMINERS: the articles, the possessives and the demonstratives.)
  if (!ARTICLES.has(toks[i + 1]?.lower ?? '') && !PHONE_DETERMINERS.has(toks[i + 1]?.lower ?? '')) return false;
  for (let k = i + 3; k < toks.length && k <= i + 4 && toks[k]!.word; k++) if (pastForm(toks[k]!)) return true;
  return false;
}

/** Words that leave a view unsaid before its holder: "what others think", "as many think", "than most realize". */
const UNSAID_LEADS = new Set(['what', 'as', 'than']);
/** Verbs of mere opinion: a comparison with them sets up a foil ("not as large as many people think"). */
const COGNITION = new Set(['think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'feel', 'feels', 'felt', 'realize', 'realized', 'imagine', 'imagined', 'assume', 'assumed', 'suppose', 'supposed']);
/** Forecasts say something even as a yardstick: "more aggressive than what most analysts expected". */
const FORECASTS = new Set(['expect', 'expects', 'expected', 'predict', 'predicts', 'predicted', 'envision', 'envisioned', 'forecast', 'anticipated', 'hoped']);
/**
 * Whether a short subject (at most three words) right before the cue at `i` follows "what" (an indirect question or
 * a free relative: "know what others think") or, for verbs of mere opinion (`cognition`), a comparison's "than" or
 * second "as" ("than everyone thought", "as large as many people think").
 */
function leftUnsaid(toks: Tok[], i: number, cognition: boolean): boolean {
  if (FORECASTS.has(toks[i]!.lower)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = toks[k]!;
    if (!w.word) return false;
    if (w.lower === 'what' && toks[k - 1]?.lower === 'than') return false;
    if (!cognition && w.lower !== 'what') continue;
    // (Only the second "as" of "as large as": "…, as many economists expected." gives them the clause before.)
    if (UNSAID_LEADS.has(w.lower)) return k < i - 1 && (w.lower !== 'as' || toks.slice(Math.max(0, k - 4), k).some((x) => x.lower === 'as'));
  }
  return false;
}

/** Words after which a free relative's cue has nothing said in it: "what people say about him", "what he said when …". */
const UNSAID_AFTER = new Set(['about', 'to', 'when', 'while', 'because', 'before', 'after', 'during', 'at', 'in', 'on', 'behind']);

/**
 * Whether the cue at `i` is the verb of a free relative ("what" and a subject of up to four words, and any
 * auxiliaries) that says nothing: the sentence or clause ends after it, or after an object pronoun ("what the
 * polls are telling him."), or goes on with a preposition or a clause of time. Not where a form of "be" follows
 * later in the clause ("what his aides said to reporters was a sign …": the relative is the subject of a view).
 */
function whatLeftUnsaid(toks: Tok[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 7 && toks[k]!.word && toks[k]!.lower !== 'what') {
    if (cueGroup.has(toks[k]!.lower)) return false;
    k--;
  }
  if (k < 0 || k < i - 7 || toks[k]!.lower !== 'what' || k === i - 1 || toks[k - 1]?.lower === 'than') return false;
  // ("that's what most financial experts say", "it's what the polls say": what was just said is theirs.)
  if (BE_FORMS.has(toks[k - 1]?.lower ?? '') || /['\u2019]s$/.test(toks[k - 1]?.lower ?? '')) return false;
  let j = i + 1;
  if (OBJECT_PRONOUNS.has(toks[j]?.lower ?? '') || toks[j]?.lower === 'you' || toks[j]?.lower === 'it') j++;
  const after = toks[j];
  if (after !== undefined && !/^[.,;!?)]$/.test(after.text) && !UNSAID_AFTER.has(after.lower)) return false;
  // (A "be" later in the clause makes the relative a subject: "What officials said in private is that …".)
  // (Nor where a colon, a quotation or an "as" follows: "Here is what the AP said about the plot: “…”", "what a
  // source described to Politico as the “West Wing Democrats.”" Up to a comma: "It is not what people say, it is
  // what they do" says nothing.)
  for (let m = j; m < toks.length && m <= j + 12 && !/^[.,;!?]$/.test(toks[m]!.text); m++) {
    const w = toks[m]!;
    if (BE_FORMS.has(w.lower) || w.lower === 'as' || w.text === ':' || w.text === QUOTE) return false;
  }
  return true;
}

/** "maintain" keeps something as often as it holds a view: "maintained underground farming traditions", "Biden maintains a lead". */
const MAINTAIN_FORMS = new Set(['maintain', 'maintains', 'maintained']);
/** What one maintains by saying it: "maintains his innocence", "maintained its position". */
const HELD_VIEWS = new Set(['innocence', 'position', 'stance', 'view', 'views', 'belief', 'claim', 'claims', 'line', 'argument', 'account', 'denial', 'denials', 'contention', 'insistence']);

/**
 * Whether the "maintain" at `i` keeps a thing rather than holding a view: no clause, "that", colon or quotation
 * follows in the sentence's next dozen words, and no held view ("his innocence") is its object. Commas and time
 * phrases may stand between ("maintained deep into Friday afternoon that …", "maintained on Tuesday that …").
 */
function keepsSomething(toks: Tok[], i: number): boolean {
  if (clauseFollows(toks, i)) return false;
  // "“They'll be back,” Netanyahu maintained in his speech": a quotation closed before it is what was maintained.
  for (let k = Math.max(1, i - 8); k < i; k++) if (toks[k]!.text === QUOTE && /^[,.!?]$/.test(toks[k - 1]!.text)) return false;
  for (let k = i + 1; k < toks.length && k <= i + 14; k++) {
    const w = toks[k]!;
    if (w.lower === 'that' || w.text === ':' || w.text === QUOTE) return false;
    if (k <= i + 4 && HELD_VIEWS.has(w.lower)) return false;
    if (/^[.!?;]$/.test(w.text)) break;
  }
  return true;
}

/** Subject pronouns: right after the cue they open its clause ("they concede they'll be outspent"). */
const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'there']);
/** Irregular past forms: they open a found clause ("found he made", "found she knew") and a subject's clause ("Hamas struck …"). */
const PAST_VERBS = new Set(['made', 'did', 'knew', 'took', 'gave', 'lied', 'broke', 'left', 'sent', 'paid', 'told', 'said', 'went',
  'came', 'got', 'kept', 'held', 'ran', 'wrote', 'met', 'lost', 'won', 'hid', 'stole', 'fled', 'misled', 'spent', 'sought', 'sold', 'bought',
  // ("Hillary Clinton drew a contrast, saying …": irregular pasts that open a clause as the "-ed" ones do.)
  'drew', 'struck', 'brought', 'stood', 'chose', 'threw', 'fought', 'rose', 'withdrew', 'became', 'built', 'fell',
  'understood', 'overcame', 'forgave', 'swore', 'shook', 'spoke']);

/** A past form in lower case: a regular "-ed" ("interviewed") or an irregular one of PAST_VERBS ("drew", "met"). */
function pastForm(t: Tok): boolean {
  return /^\p{Ll}+ed$/u.test(t.text) || PAST_VERBS.has(t.lower);
}

/**
 * "it is (often) said", "it has been reported", "it was later claimed": the cue at `i` is an impersonal
 * passive without an agent.
 */
function impersonalPassive(toks: Tok[], i: number): boolean {
  // "it was reported by CNN", "it has been told by law enforcement sources": the agent after "by" is the source.
  if (toks[i + 1]?.lower === 'by') return false;
  let k = i - 1;
  for (let n = 0; n < 2 && k > 0 && (ADVERB.test(toks[k]!.text) || CUE_AUXILIARIES.has(toks[k]!.lower)) && !BE_FORMS.has(toks[k]!.lower); n++) k--;
  if (k < 1 || !BE_FORMS.has(toks[k]!.lower)) return false;
  if (toks[k]!.lower === 'been' && k > 1 && (toks[k - 1]!.lower === 'has' || toks[k - 1]!.lower === 'had')) k--;
  return toks[k - 1]!.lower === 'it';
}

/** Prepositions that keep a phrase going inside a source's description: "a source on the call". */
const PHRASE_PREPS = new Set(['on', 'of', 'for', 'with', 'to', 'in', 'about', 'at', 'from', 'behind']);
/** Determiners after which a cue word is an adjective ("the alleged attack"), not a verb. */
const ADJECTIVE_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'our', 'my', 'your', 'his', 'whose']);

/** Words after "said nothing" that leave it no claim: "said nothing about the plan", "said nothing publicly". */
const NOTHING_ABOUT = new Set(['about', 'to', 'of', 'on', 'regarding', 'publicly', 'yet', 'at', 'like']);
/** Cues whose negation reports that no answer came: "did not respond", "haven't commented". */
const NO_ANSWER_CUES = new Set(['responded', 'respond', 'commented', 'comment', 'replied', 'reply', 'returned', 'answered']);
/** Prepositions that take a relative pronoun as their object ("in which", "during which", "for whom"). */
const RELATIVE_AFTER_PREPS = new Set(['in', 'on', 'of', 'for', 'with', 'to', 'at', 'from', 'by', 'about', 'under', 'through',
  'during', 'against', 'among', 'after', 'before', 'into', 'over', 'upon', 'within', 'without']);
/** Words a relative clause's subject may hold between "which/that/who" and its verb of saying. */
const GAP_SUBJECT_REACH = 5;
/**
 * Index of the relative pronoun ("which", "that", "who", "whom") that opens a clause whose subject runs up to
 * the cue at token `i` ("which critics", "that the union", "who they"), when the words between are a plain noun
 * phrase (no verb, no punctuation), or -1. Read with a finite verb right after the cue, the clause's gap is the
 * subject of what is said ("a bill that critics say is unconstitutional"), so the cue is a verb, not a noun.
 */
function relativeGapSubject(toks: Tok[], i: number): number {
  for (let k = i - 1; k >= 1 && k >= i - GAP_SUBJECT_REACH; k--) {
    const w = toks[k]!;
    if (!w.word || w.quoted) return -1;
    // (Not after a preposition, whose relative clause has its gap elsewhere: "conspiracies in which nothing people
    // say is taken at face value".)
    if (RELATIVE_PRONOUNS.has(w.lower) && w.lower !== 'whose') return k < i - 1 && !RELATIVE_AFTER_PREPS.has(toks[k - 1]!.lower) ? k : -1;
    // ("much of what they say is not new": what is said is the subject, not a claim.)
    if (w.lower === 'what' || w.lower === 'whatever' || FINITE_VERBS.has(w.lower) || (cueGroup.has(w.lower) && k < i - 1 && !NOUN_LIKE_CUES.has(w.lower))) return -1;
  }
  return -1;
}

/** Verbs of citing that take their source before "as saying": "cited two officials as saying". */
const CITING = new Set(['quotes', 'quoted', 'quoting', 'cited', 'cites', 'citing']);
/** Passive cues whose subject is still the source: "he was quoted as saying". */
const PASSIVE_SOURCE = new Set(['quoted', 'cited']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const PASSIVE_PARTICIPLE_SET = new Set(PASSIVE_PARTICIPLES.terms);
/** Index of an evaluative participle up to 5 words before "by" ("called out by", "echoed by"), or -1. */
/**
 * Index of the "by" after a passive's recipient that starts at `k` ("confirmed to | POLITICO by …", "to | The Associated
 * Press by …"): up to four words, no punctuation; else -1.
 */
function agentAfterRecipient(toks: Tok[], k: number): number {
  // (A recipient, not an infinitive: "was told to leave by police" is an order.)
  const first = toks[k];
  if (first === undefined || !(isCapWord(first) || NP_DETERMINERS.has(first.lower) || INTERVIEWERS.has(first.lower))) return -1;
  for (let m = k; m < toks.length && m <= k + 4; m++) {
    const w = toks[m]!;
    if (!w.word) return -1;
    if (w.lower === 'by') return m > k ? m : -1;
  }
  return -1;
}

function passiveParticipleBefore(toks: Tok[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = toks[k]!;
    if (!t.word) return -1;
    if (PASSIVE_PARTICIPLE_SET.has(t.lower)) return activeBefore(toks, k, i) ? -1 : k;
  }
  return -1;
}

/**
 * Whether the participle at `k` is an active verb with its own subject, so the "by" at `i` is no agent of it: "Dan
 * Goldman called the action by Manafort's lawyers “pro-forma”", "he described the moves by Iran as …", "…, a former
 * prosecutor, called the filing by the defense a formality". Not after a form of "be" ("has been called a
 * charlatan by fellow physicians"), nor right before its "by" ("a view echoed by everyone").
 */
function activeBefore(toks: Tok[], k: number, i: number): boolean {
  let q = k - 1;
  while (q > 0 && ADVERB.test(toks[q]!.text)) q--;
  const p = toks[q];
  if (p === undefined || BE_FORMS.has(p.lower) || p.lower === 'get' || p.lower === 'got') return false;
  // (Something must stand between the verb and its "by": "treatments for PTSD backed by empirical studies" is passive.)
  if (k + 1 >= i) return false;
  // (A claim made by the people after "by" is still theirs: "He disputed claims by neighbors that …", "rejected
  // opposition by some conservatives".)
  if (CLAIMS_BY.has(toks[i - 1]!.lower)) return false;
  if (/^(?:he|she|they|we|i|you|who)$/.test(p.lower) || (q > 0 && isCapWord(p) && !ARTICLES.has(p.lower)) || p.text === ',') return true;
  // ("The spokeswoman called the move by state officials … a stunt": a definite object after the verb; "a man called
  // a hero by his neighbors" is a reduced passive with its complement.)
  return DEFINITE_OBJECT.has(toks[k + 1]!.lower);
}
/** Determiners of a definite object: the articles other than "a" and "an". */
const DEFINITE_OBJECT = new Set([...ARTICLES].filter((w) => !INDEFINITE_ARTICLES.has(w)));
/** Nouns of a claim or a stance that a "by" phrase may own: "claims by neighbors", "calls by some activists". */
const CLAIMS_BY = new Set(['claims', 'claim', 'allegations', 'accusations', 'assertions', 'suggestions', 'complaints', 'calls',
  'criticism', 'opposition', 'charges', 'warnings', 'predictions', 'demands', 'statements', 'remarks', 'comments']);

/** One clause of a sentence that carries an attribution of its own (see `clauseParts`). */
interface ClausePart {
  span: Span;
  attr: Attribution;
}

/** A cue at one token of a sentence and the words it attributes the claim to. */
interface CueHit {
  hit: PhraseHit;
  cue: Span;
  weak: boolean;
  /** Yields to a speaker in the same sentence, as a weak cue does (see `yields` on Attribution). */
  yields: boolean;
  rule: string;
}

/** What `attributionAt` returns when "they" speaks with nothing to refer to. */
const THEY_SPOKE = 'they';

/**
 * The most cue words read in one sentence. No sentence of the 37,554 corpus articles has more than 12; a "sentence"
 * with more is no prose (a page glued without stops, a list, an attack on the analyzer), and reading each of its cues
 * would only cost time.
 */
const MAX_SENTENCE_CUES = 40;
/**
 * Finds the attributions of one sentence; returns the one the reader should see. When its clauses
 * have speakers of their own, `parts` receives one claim per clause.
 * (Its steps are functions of their own: V8 recompiles a function whose optimized code meets a path it has
 * not run before, and recompiling one step costs a fraction of what one function of all of them did.)
 */
function analyzeSentence(text: string, s: Span, st: DocState, openAtStart: boolean, parts?: ClausePart[]): Attribution | null {
  // Most sentences hold no cue word and no hedge: skip them before tokenizing. (Without a cue word, a hedge is
  // all the sentence can hold.)
  const lowerSentence = text.slice(s.start, s.end).toLowerCase();
  if (!CUE_PREFILTER.test(lowerSentence) && !(HEDGE_GATE.test(lowerSentence) && ANY_HEDGE.test(lowerSentence))) return null;
  const toks = tokenize(text, s.start, s.end, openAtStart);
  const found: Attribution[] = [];
  // Whether a "they" with nothing to refer to speaks in the sentence.
  let theySpoke = false;
  const n = toks.length;
  let cues = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (!t.word || t.quoted || !CUE_WORDS.has(t.lower)) continue;
    if (++cues > MAX_SENTENCE_CUES) break;
    const c = cueHit(text, toks, i);
    if (c === null) continue;
    const attr = attributionAt(text, s, st, toks, i, c);
    if (attr === THEY_SPOKE) theySpoke = true;
    else if (attr !== null) found.push(attr);
  }
  const chosen = chooseAttribution(text, s, toks, st, found, theySpoke);
  // Only the attributions that compete for the whole sentence: a belief a speaker reports stays the speaker's.
  if (chosen !== null && parts !== undefined && found.length > 1) clauseParts(text, s, toks, competing(found), chosen, parts);
  return chosen;
}

/** The cue at token `i` and the words it attributes to: "according to", an evaluative passive's "by", a preposed cue or a verb. */
function cueHit(text: string, toks: Tok[], i: number): CueHit | null {
  const t = toks[i]!;
  let hit: PhraseHit | null = null;
  let cue: Span | null = null;
  let weak = false;
  let yields = false;
  let cueAt = -1;
  let cueRule = 'according-to';
  if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
    hit = phraseAfter(toks, i + 2, true);
    cue = { start: t.s, end: toks[i + 1]!.e };
    // "according to a report in the London Telegraph": the piece runs on to the outlet that ran it.
    if (hit !== null && OUTLET_PIECE_HEADS.has(toks[hit.end]!.lower) && toks[hit.end + 1]?.lower === 'in') {
      const maker = phraseAfter(toks, hit.end + 2, true);
      if (maker !== null && classifySource(text.slice(toks[maker.start]!.s, toks[maker.end]!.e))?.type === 'report')
        hit = { start: hit.start, end: maker.end, appositive: null };
    }
  } else if ((t.lower === 'by' || t.lower === 'from') && (hit = claimMaker(toks, i)) !== null) {
    // "claims by U.S. officials that Iran supplied the weapons", "warnings from public health experts that …": what
    // the claim says rests on the people after "by" or "from", as after "according to" (unless a speaker of the
    // sentence tells of it: withoutRelayedClaims).
    cue = { start: toks[i - 1]!.s, end: t.e };
    cueRule = 'claim-by';
  } else if (t.lower === 'by' && (cueAt = passiveParticipleBefore(toks, i)) >= 0) {
    // "Vekselberg was questioned by FBI agents", "who was questioned by police": a person interrogated, not a
    // claim doubted ("the figures were questioned by economists" stays).
    // "propaganda not backed up by research", "was never supported by experts": an agent denied is no source.
    if (negating(toks[cueAt - 1]?.lower ?? '')) return null;
    // ("when questioned by FBI agents", "afraid of being questioned by trained lawyers", "whether he could be
    // questioned by a committee lawyer", "who … has been questioned by investigators": the person questioned.)
    if (toks[cueAt]!.lower === 'questioned' && questionedPerson(toks, cueAt)) return null;
    // "has been called a charlatan by fellow physicians", "is supported by far fewer
    // publications": the agent of an evaluative passive. Weak: only unnamed agents count.
    hit = agentBefore(toks, phraseAfter(toks, i + 1, true));
    // "accused by political critics of undermining …", "by eight women of sexual harassment": the "of" after the
    // agent is the accusation's, not part of it. (Not "one of the workers", "members of Congress".) So is "for" before
    // an -ing form: "criticized by some Indian-Americans for distancing himself".
    if (hit !== null) {
      for (let k = hit.start + 1; k <= hit.end; k++) {
        const after = toks[k + 1];
        if ((toks[k]!.lower === 'for' && after?.lower.endsWith('ing')) || (toks[k]!.lower === 'of' && (after?.lower.endsWith('ing')
          || (REDUCED_PASSIVE_NEXT.get(toks[cueAt]!.lower)?.has('of') && after?.lower !== 'the' && !isCapWord(after))))) {
          hit = { ...hit, end: k - 1, appositive: null };
          break;
        }
      }
    }
    cue = { start: toks[cueAt]!.s, end: t.e };
    weak = true;
    cueRule = 'passive-by';
  } else if (PREPOSED_CUES.terms.includes(t.lower)) {
    hit = phraseAfter(toks, i + 1, true);
    cue = { start: t.s, end: t.e };
    // "frustration with the accounts citing unnamed sources": "citing" that modifies a noun tells whom
    // those accounts rest on; a speaker in the sentence who talks about them makes the claim.
    yields = t.lower === 'citing' && CITING_NOUNS.has(toks[i - 1]?.lower ?? '');
  } else return verbCue(text, toks, i);
  return hit === null || cue === null ? null : { hit, cue, weak, yields, rule: cueRule };
}

/** Words right before "questioned" that make it an interrogation: "when questioned by", "being questioned by". */
const INTERROGATION_LEADS = new Set(['when', 'while', 'whenever', 'being', 'be', 'after', 'before', 'if', 'once', 'upon', 'until']);
const BE_CHAIN = new Set(['was', 'were', 'is', 'are', 'been', 'has', 'have', 'had', 'being', 'be']);

/** Whether "questioned" at token `k` tells of a person questioned, not of a claim doubted ("the figures were questioned"). */
function questionedPerson(toks: Tok[], k: number): boolean {
  if (INTERROGATION_LEADS.has(toks[k - 1]?.lower ?? '')) return true;
  let j = k - 1;
  while (j >= 0 && BE_CHAIN.has(toks[j]!.lower)) j--;
  const subject = toks[j];
  return j < k - 1 && subject !== undefined && ((isCapWord(subject) && !/^(?:it|this|that|these|those|there)$/.test(subject.lower))
    || /^(?:he|she|they|i|we|who|whom)$/.test(subject.lower));
}

/** Forms of "go" that open "went on to say" and "went so far as to say". */
const GO_FORMS = new Set(['go', 'goes', 'went', 'gone', 'going']);
/**
 * Adjectives of manner that take the cue as an infinitive after "be": "critics were quick to point out". (Not
 * "eager" or "keen": "few lawmakers are eager to predict" is what they avoid saying.)
 */
const READY_ADJECTIVES = new Set(['quick', 'careful', 'swift']);
/**
 * Where the verb that takes a cue as its infinitive begins, for the "to" at `toAt` (-1 when there is none):
 * an aspect verb ("officials continue to insist"), "went on to say", "went so far as to suggest" (not after a
 * negation: "Trenin wouldn't go so far as to say" says he does not say it) and "were quick to point out".
 * The subject before that verb is the cue's subject.
 */
function aspectChainStart(toks: Tok[], toAt: number): number {
  const at = (k: number): string => toks[k]?.lower ?? '';
  if (toAt < 1) return -1;
  if (ASPECT_VERBS.has(at(toAt - 1))) return toAt - 1;
  if (at(toAt - 1) === 'on' && GO_FORMS.has(at(toAt - 2))) return toAt - 2;
  if (at(toAt - 1) === 'as' && at(toAt - 2) === 'far' && (at(toAt - 3) === 'so' || at(toAt - 3) === 'as') && GO_FORMS.has(at(toAt - 4))) {
    const before = at(toAt - 5);
    if (negating(before) || NEGATION.has(at(toAt - 6))) return -1;
    return toAt - 4;
  }
  if (READY_ADJECTIVES.has(at(toAt - 1)) && BE_FORMS.has(at(toAt - 2))) return toAt - 2;
  return -1;
}

/** A verb of saying, writing or believing at token `i` (after the checks that make it no cue) and its subject. */
function verbCue(text: string, toks: Tok[], i: number): CueHit | null {
  const t = toks[i]!;
  let cue: Span | null = null;
  let weak = false;
  // The subject before the cue, when a check below already looked it up.
  let subject: PhraseHit | null | undefined;
  let cueRule = 'according-to';
  // A stance phrase that opens on an everyday word is a weak cue only as the whole phrase: "members of both parties
  // have made it clear they …", "some Republicans took issue with the loophole", "detractors who are critical of
  // the proposal", "many senators saw the killing as …" (not "made a deal", "took office", "a critical moment").
  // (Capitalized inside a sentence it is part of a name: "director of Take Care Utah".)
  const stanceLast = !cueGroup.has(t.lower) && stanceOpeners.has(t.lower) && (t.text === t.lower || i === 0) ? stanceEnd(toks, i) : -1;
  const group = cueGroup.get(t.lower) ?? (stanceLast >= 0 ? 'weak' : undefined);
  if (group === undefined) return null;
  const prev = toks[i - 1];
  const next0 = toks[i + 1];
  if (notACue(toks, i)) return null;
  // "FBI personnel criticized in the forthcoming IG report appear to …": a participle whose judgment a named document
  // gives; the people before it are judged, they say nothing.
  if (JUDGED_PARTICIPLES.has(t.lower) && next0?.lower === 'in' && !BE_FORMS.has(prev?.lower ?? '') && documentAfterIn(text, toks, t.e)) return null;
  // "Officials have been saying": an -ing cue after "be"/"been" is the progressive, not a noun.
  // ("The unnamed official was only saying in public what …": past an adverb after a form of "be".)
  const progressiveCue = t.lower.endsWith('ing') && prev !== undefined && (prev.lower === 'been' || prev.lower === 'be'
    || ((BETWEEN_AUX.has(prev.lower) || prev.lower === 'only' || ADVERB.test(prev.lower)) && BE_FORMS.has(toks[i - 2]?.lower ?? '')));
  // "officials continue to insist", "began to fear": after an aspect verb's "to" the cue is a verb.
  const toAt = prev?.lower === 'to' ? i - 1 : NEGATION.has(prev?.lower ?? '') && toks[i - 2]?.lower === 'to' ? i - 2 : -1;
  const aspectTo = toAt > 0 && aspectChainStart(toks, toAt) >= 0;
  // Not desires and perceptions: "everyone seems to want", "starts to feel ill", "seemed to understand".
  if (aspectTo && NOT_AFTER_ASPECT.has(t.lower)) return null;
  // "Others are more circumspect and say": a verb after "and" when the sentence's subject has one before.
  const coordinated = prev !== undefined && COORDINATORS.has(prev.lower) && coordinatedSubject(toks, i) !== null;
  // "Hamas rejected the offer, saying …": a participle of the main clause's subject.
  // (That subject, not the words before the comma: "Netanyahu met Biden, saying …" is Netanyahu's.)
  // ("…, wrongly suggesting Curiel is part of a group", "…, falsely claiming …": past a manner adverb after the comma.)
  // ("He met officials in Moscow -- denying that …": after a dash as after a comma.)
  const participial = !PARTICIPLE_CUES.has(t.lower) ? null : prev?.text === ',' || DASHES.has(prev?.text ?? '') ? participleSubject(text, toks, i)
    : prev !== undefined && ADVERB.test(prev.text) && toks[i - 2]?.text === ',' ? participleSubject(text, toks, i - 1) : null;
  // (Nor any other subject for it there, nor after "including": "… with Moscow -- including denying that …" is a
  // gerund whose subject opens the sentence, not the words before the dash.)
  if (participial === null && PARTICIPLE_CUES.has(t.lower) && (DASHES.has(prev?.text ?? '') || prev?.lower === 'including')) return null;
  // "…, he said, adding, “…”": a participle right after the cue of a speaker goes on with that speaker's claim, not
  // with the subject that opens the sentence ("Close allies of the Clintons … should resign, he said, adding …").
  if (participial === null && prev?.text === ',' && PARTICIPLE_CUES.has(t.lower) && saidJustBefore(toks, i - 2)) return null;
  // Participles that report a claim only in that layout, in the progressive ("Critics are accusing …") or
  // after "with" ("…, with administration officials accusing the GOP of …"): not "some explaining to do",
  // "an expert witness asserting", "a message … stating".
  if (PARTICIPLE_ONLY.has(t.lower) && participial === null && !isBeAux(auxBefore(toks, i)) && !withAbsolute(toks, i)) return null;
  // ("…, with many saying the deal went too far": after "with" and its subject an -ing form is the participle.)
  // (Not an -ing word that modifies a noun: "with some warning signs".)
  const withIng = t.lower.endsWith('ing') && withAbsolute(toks, i) && next0 !== undefined
    && (!next0.word || isCapWord(next0) || CLAUSE_AFTER_PARTICIPLE.has(next0.lower));
  if (NOUN_LIKE_CUES.has(t.lower) && !progressiveCue && !aspectTo && !coordinated && participial === null && !withIng && (!prev || !prev.word || (NOUN_MARKERS.has(prev.lower) && !contactClauseEnd(toks, i - 1) && (prev.text === prev.lower || (i === 1 && OPENING_NOUN_MARKERS.has(prev.lower)))
    && !(MEDIA_SUBJECTS.has(prev.lower) && VERB_ONLY_CUES.has(t.lower) && !mediaAsObject(toks, i - 1)))
    // ("hitting Murphy for overstating claims", "sued the paper for disparaging claims": a plural noun after a
    // preposition and an -ing word that modifies it.)
    || (PHRASE_END_NOUNS.has(t.lower) && t.lower.endsWith('s') && /^\p{Ll}{3,}ing$/u.test(prev.text) && PHRASE_PREPS.has(toks[i - 2]?.lower ?? '')))) {
    // Noun use ("the report", "to say") unless a subject clearly precedes ("experts we spoke to say" has one).
    // Verb after all: "Some Democrats, however, question ...", "experts who argue ...".
    const afterAdverb = prev && prev.text === ',' && DISCOURSE_ADVERBS.has(toks[i - 2]?.lower ?? '') && toks[i - 3]?.text === ',';
    const groupWho = prev && prev.lower === 'who' && GROUP_RELATIVE_HEADS.has(toks[i - 2]?.lower ?? '');
    // "A diplomat, who asked not to be named, described ...": a subject before an appositive.
    if (prev && prev.text === ',' && !INVERTIBLE.has(t.lower) && !APPOSITIVE_NO_VERB.has(t.lower)) subject = subjectBefore(text, toks, i);
    // ("Critics of the bill -- which passed Tuesday -- say": past a relative clause set off by dashes.)
    // (Not a participle: "a ban on Muslims from the US -- which he hasn't repudiated -- calling on …" is the candidate's.)
    const afterAppositive = !!subject?.appositive || (prev !== undefined && !t.lower.endsWith('ing') && dashedRelative(toks, i - 1) !== null);
    // "…, many question whether …", "some question the wisdom of": a quantifier before the bare singular is its
    // subject ("many question" is no noun phrase), when what follows is what they doubt.
    const doubtedBy = t.lower === 'question' && prev !== undefined && QUESTIONING_QUANTIFIERS.has(prev.lower) && QUESTIONED_OPENERS.has(next0?.lower ?? '');
    // ("“…,” writes Byron York", "“…?” notes the report": inverted after the quotation's closing mark too.)
    const afterQuotation = prev !== undefined && prev.text === QUOTE && /^[,?!]$/.test(toks[i - 2]?.text ?? '');
    if (!(prev && (prev.text === ',' || afterQuotation) && INVERTIBLE.has(t.lower)) && !afterAdverb && !groupWho && !afterAppositive && !doubtedBy) return null;
  }
  const next = toks[i + 1];
  // (Not the verb of a relative clause whose gap is the subject of what is said: "a bill that critics say is
  // unconstitutional", "a move that American officials believe is intended to …".)
  // (Nor a noun before a negated or future verb: "the operative question isn't what Congress believed", "The witness
  // question will be decided later"; "a bill that critics say isn't lawful" is still the gap's.)
  if (NOUN_LIKE_CUES.has(t.lower) && next && next.word && (cueGroup.has(next.lower) || /^(?:were|was|is|are|of|have|has|suggest|indicate|point|marks?)$/.test(next.lower)
    || NEGATED_COPULAS.has(next.lower) || (FUTURES.has(next.lower) && singularCompound(toks, i)))
    && !((FINITE_VERBS.has(next.lower) || NEGATED_COPULAS.has(next.lower)) && relativeGapSubject(toks, i) >= 0)) return null;
  const pointing = pointsTo(toks, i);
  weak = group === 'weak' || pointing;
  // "35 diplomats suspected of being spies", "officials blamed for the failure", "two men charged with
  // murder": a participle whose object would come first in the active ("suspected him of") is a reduced
  // passive; the people named are the ones suspected, not anyone suspecting.
  if (weak && (REDUCED_PASSIVE_NEXT.get(t.lower)?.has(next0?.lower ?? '') || judgedObject(toks, i))) return null;
  cueRule = pointing ? POINT_TO_RULE : group;
  // "Negotiators are (widely) expected to join", "he is considered a threat": a passive
  // weak verb does not say who holds the view, and its subject is not a source (the
  // agentless hedges in lexicon.ts cover these sentences).
  const aux = auxBefore(toks, i);
  // A weak -ing form is a verb only in the progressive ("experts are questioning"); elsewhere it is a
  // gerund or a modifier ("referred to officials for additional questioning").
  const progressive = weak && t.lower.endsWith('ing');
  // ("are critical of" takes its "be" as part of the phrase.)
  // ("…, with many criticising the party for …": after "with" and its subject the -ing form is the participle too.)
  // (A stance adjective after "be" only with its word after: "are worried that", "are concerned about", not "are
  // worried on behalf of", "is concerned.")
  if (progressive ? !isBeAux(aux) && !withIng : weak && isBeAux(aux) && !(STANCE_NEXT.get(t.lower)?.has(next0?.lower ?? '') ?? false)) return null;
  // "Some officials were told", "officers were admitted to hospital": in the passive the subject
  // heard or underwent it; only "was quoted/cited as saying" keeps its subject as the source.
  // Its source, if any, is the agent after "by": "Fox News was told by multiple senior sources that".
  const passive = !weak && isBeAux(aux) && !t.lower.endsWith('ing') && !PASSIVE_SOURCE.has(t.lower);
  // ("was confirmed to POLITICO by a source close to the transition": past whom it was told to, the agent.)
  const byAt = next0?.lower === 'by' ? i + 1 : passive && next0?.lower === 'to' ? agentAfterRecipient(toks, i + 2) : -1;
  // Only a reported event has an agent who told it: not "could not be confirmed by outside
  // sources", "before it is confirmed by experts" (a modal, a negation or the present tense).
  if (passive && !(byAt > i && PASSIVE_BY_CUES.has(t.lower) && PAST_BE.has(aux.lower) && !NEGATION.has(toks[i - 2]?.lower ?? '') && !NEGATION.has(toks[i - 3]?.lower ?? ''))) return null;
  // (A stance phrase is its cue whole: "made it clear", "took issue with", "critical of".)
  cue = { start: t.s, end: toks[stanceLast >= 0 ? stanceLast : i]!.e };
  return verbCueSpeaker(text, toks, i, { t, prev, next0, participial, subject, passive, byAt, weak, cue, cueRule });
}
/** What `verbCue` decided before it looks for the speaker. */
interface VerbCueFrame {
  t: Tok; prev: Tok | undefined; next0: Tok | undefined; participial: PhraseHit | null; subject: PhraseHit | null | undefined;
  passive: boolean; byAt: number; weak: boolean; cue: Span; cueRule: string;
}
/** The speaker of a verb cue `verbCue` has accepted (a function of its own: see `analyzeSentence`). */
function verbCueSpeaker(text: string, toks: Tok[], i: number, f: VerbCueFrame): CueHit | null {
  const { t, prev, participial, subject, passive, byAt } = f;
  let cue: Span | null = f.cue;
  let hit: PhraseHit | null = null;
  let citedAs = -1;
  // "A senior official was quoted as saying": the subject of "quoted" is the speaker.
  // ("was quoted as calling the Israeli leader a coward", "was quoted calling him …": any -ing cue of saying.)
  const quotedAt = prev?.lower === 'as' && PASSIVE_SOURCE.has(toks[i - 2]?.lower ?? '') ? i - 2
    : t.lower.endsWith('ing') && t.lower !== 'saying' && PASSIVE_SOURCE.has(prev?.lower ?? '') && isBeAux(auxBefore(toks, i - 1)) ? i - 1 : -1;
  const quotedAs = quotedAt >= 0 && t.lower.endsWith('ing');
  if (quotedAs) cue = { start: toks[quotedAt]!.s, end: t.e };
  // "The Times cited two administration officials as saying", "Voice of America quotes emergency
  // workers as saying": the people cited are the source the outlet relays.
  if (!quotedAs && t.lower === 'saying' && prev?.lower === 'as') {
    for (let k = i - 3; k >= 0 && k >= i - 11; k--) {
      const w = toks[k]!;
      if (!w.word) break;
      if (CITING.has(w.lower)) {
        citedAs = k;
        break;
      }
    }
  }
  if (citedAs >= 0) cue = { start: toks[citedAs]!.s, end: t.e };
  // "quoted an unnamed security official on Wednesday as saying": the day is not part of the source.
  let citedEnd = i - 2;
  if (citedAs >= 0 && citedEnd - 1 > citedAs + 1 && toks[citedEnd - 1]!.lower === 'on' && /day$/i.test(toks[citedEnd]!.text)) citedEnd -= 2;
  hit = participial !== null ? participial : citedAs >= 0 ? { start: citedAs + 1, end: citedEnd, appositive: null }
    : passive ? agentBefore(toks, phraseAfter(toks, byAt + 1, true)) : subject === undefined ? subjectBefore(text, toks, quotedAs ? quotedAt : i) : subject;
  return describedSpeaker(text, toks, i, f, hit, citedAs, cue);
}
/** `verbCueSpeaker`'s step for a phrase that says what someone is, a reduced passive, a relative or causative clause. */
function describedSpeaker(text: string, toks: Tok[], i: number, f: VerbCueFrame, found: PhraseHit | null, citedAs: number, cue: Span | null): CueHit | null {
  const { t, next0, participial, passive, weak } = f;
  let hit = found;
  // "Whitaker is a close ally of Trump and Democrats have suggested", "Manafort was one of six top Trump associates
  // charged", "Nathan L. Gonzales is an elections analyst for CQ Roll Call": a phrase right after "be" that says what a
  // person is, not who speaks; in a relative clause the one described speaks ("A professor who is an expert on sexual
  // trauma tweeted"). (Not after "there", "it", "this" or an abstract noun: "there are many who believe", "It could be
  // his close advisers telling him", "one of the consequences is people say"; nor before an -ing form, which may be
  // the verb of a question, "Why was the incoming national security adviser telling …".)
  // (Only a phrase read as unnamed, the false flag this prevents; or words of access after "be", "congressional aides who
  // were briefed on the matter confirmed".)
  if (hit !== null && participial === null && citedAs < 0 && !passive && !t.lower.endsWith('ing')) {
    const of = predicateOf(text, toks, hit.start);
    if (of !== -2 && (unnamedHit(text, toks, hit) || (of >= 0 && ACCESS_WORDS.has(toks[hit.start]!.lower)))) hit = of >= 0 ? subjectBefore(text, toks, of) : null;
    // (What runs back from "who" over a clause is none: "Avenatti said he represents multiple people who were witnesses
    // to the events described".)
    if (of >= 0 && hit !== null && hit.end > hit.start && PERSONAL_SUBJECTS.has(toks[hit.start]!.lower)) hit = null;
  }
  // "should be among the witnesses called during the trial", "It would impose sanctions on individuals found to have
  // taken part", "I was among the first American diplomats posted to Libya": after a preposition whose clause already
  // has its verb, a past participle describes the people (a reduced passive); they say nothing. ("A report released
  // Tuesday by federal crash investigators found no anomalies" has no such verb before it. "said" and "told" are verbs:
  // "She was among a handful of residents said they never saw her", with "who" left out.)
  // (Only a phrase read as unnamed: the false flag this prevents.)
  if (hit !== null && participial === null && citedAs < 0 && !passive && !hit.relative && (pastForm(t) || PAST_CUES.has(t.lower)) && next0?.lower !== 'that'
    && !SAID_FORMS.has(t.lower) && t.lower !== 'told' && reducedPassiveAfter(toks, hit.start, hit.end) && unnamedHit(text, toks, hit)) hit = null;
  // "Researchers who have conducted longitudinal studies find that": a participle after "who have" is the relative
  // clause's verb; the one it describes speaks, when that phrase opens its clause and the cue is a finite verb of
  // saying, or of finding or thinking with "that" after it (not "people who have committed crimes cannot find jobs",
  // "Lewis, who had endorsed Clinton, also challenged …, telling", "has identified more people who have corroborated
  // elements of Reade's claim").
  if (hit !== null && participial === null && citedAs < 0 && !passive && hit.start >= 3 && pastForm(toks[hit.start]!)
    && HAVE_FORMS.has(toks[hit.start - 1]!.lower) && toks[hit.start - 2]!.lower === 'who') {
    // (Nor a noun after a subordinator: "Americans who have lost their jobs since claims spiked". Nor past a name set
    // off after the clause: "One moderate Republican who has backed the bill, Rep. Michael Grimm, said" is Grimm.)
    const named = hit.appositive !== null && classifySource(text.slice(hit.appositive.start, hit.appositive.end))?.type === 'named';
    const speaker = named || t.lower.endsWith('ing') || (weak && next0?.lower !== 'that') || CLAUSE_STOPS.has(toks[i - 1]!.lower) ? null
      : subjectBefore(text, toks, hit.start - 2);
    const before = speaker === null ? '' : toks[speaker.start - 1]?.lower ?? '';
    hit = speaker !== null && (opensClause(toks, speaker.start) || CONJUNCTIONS.has(before) || SUBORDINATORS.has(before)) ? speaker : null;
  } else if (hit !== null && participial === null && citedAs < 0 && !passive && !hit.relative
    // "have someone explain", "would have the investigators believe", "have defense lawyers call witnesses": a
    // causative "have" makes the people do the verb; nothing is said by them. (Not "had": "I've had pro-Trump people
    // tell me …" tells what they said; nor an -ing form or a past, "has his own source saying", "Not once has an adviser
    // said".) "I think most people agree", "I don't think many people are saying": the speaker's own view of a group.
    // (Only a phrase read as unnamed: "I think Evan said it well" recalls a named speaker. Not a group a relative
    // clause goes on from, "he has sources who say".)
    && ((causativeBefore(toks, hit.start) && baseForm(t)) || ownView(text, toks[hit.start]!.s))
    && unnamedHit(text, toks, hit)) hit = null;
  return invertedOrOpeningSpeaker(text, toks, i, f, hit, citedAs, cue);
}
/** `verbCueSpeaker`'s last step: an inverted speaker after the cue, the subject that opens the sentence, a coordinated verb. */
function invertedOrOpeningSpeaker(text: string, toks: Tok[], i: number, f: VerbCueFrame, found: PhraseHit | null, citedAs: number, cue: Span | null): CueHit | null {
  const { t, prev, next0, weak, cueRule } = f;
  let hit = found;
  // "Lance Beebe, 49, a Navy veteran ..., said": an age is no subject; the name that opens the
  // sentence is, and the words after the cue are not tried.
  const age = hit !== null && hit.start === hit.end && /^\d+$/.test(toks[hit.start]!.text);
  if (age) hit = null;
  // (A single mark closing an inner quotation counts as a closing quote: "… at risk,' said Ban".)
  if (hit === null && !age && INVERTIBLE.has(t.lower) && prev && (prev.text === ',' || prev.text === QUOTE || prev.text === ':'
    || ((prev.text === "'" || prev.text === '\u2019') && /^[,!?]$/.test(toks[i - 2]?.text ?? '')))) {
    // ("…, points out Vivian Ho, an economics professor": the particle comes before the source.)
    hit = phraseAfter(toks, next0?.lower === 'out' && t.lower.startsWith('point') ? i + 2 : i + 1, true);
    // "..., said the president was concerned": the words after the cue open its clause, they are not
    // its source. A relative clause after the source ("said a Mexican official who was not authorized") is.
    if (hit !== null && FINITE_VERBS.has(toks[hit.end + 1]?.lower ?? '') && !RELATIVE_PRONOUNS.has(toks[hit.end]!.lower)) hit = null;
    if (hit !== null && PRESENT_INVERTIBLE.has(t.lower) && runsOnAsObject(toks, hit)) hit = null;
    // "Megan Hester, senior associate at the institute, said parents still want …": words running on
    // after the phrase open the claim's clause; a sentence that opens with its subject and comma-set
    // descriptions of it has the speaker there. ("The plan, said one official, would fail": the
    // inverted speaker is set off by a comma or ends the sentence.)
    // ("Donna Rawlings, 59, said the event brought back memories": nor are words that are no source.)
    const after = hit === null ? undefined : toks[hit.end + 1];
    // (A quotation opening right after the phrase runs on too: "Hoffa, who joined the crowd, said right-to-work
    // proponents “are waking a sleeping giant.”")
    // (Not a nickname inside a name: "says Rick “Ozzie” Nelson".)
    const quoteOpens = hit !== null && after?.text === QUOTE && toks[hit.end + 2]?.word === true && toks[hit.end + 2]!.s === after.e
      && !isCapWord(toks[hit.end]);
    if (hit !== null && prev.text === ',' && !RELATIVE_PRONOUNS.has(toks[hit.end]!.lower)
      && ((after !== undefined && after.word && !RELATIVE_PRONOUNS.has(after.lower)) || quoteOpens || noSource(text.slice(toks[hit.start]!.s, toks[hit.end]!.e)))) {
      const opening = openingSubject(text, toks, i);
      const said = opening === null ? '' : text.slice(toks[opening.start]!.s, toks[opening.end]!.e);
      if (opening !== null && (classifySource(said) !== null || looksLikePersonName(said))) hit = opening;
    }
  }
  // The speaker is then the noun phrase that opens the sentence: "Mr. Regalado, 69, said he had ...".
  // Also when the words found before the comma are no source ("Donna Sampson Rawlings, 59, of Ashton,
  // Md., who watched the ceremony, said": "Md." is none).
  // (Nor is a phrase that opens with a preposition: "…, 59, of Ashton, who watched …, said".)
  // (Not past a name set off by commas: "One lawmaker, who lost his seat, Junius Ho, said" is Junius Ho.)
  // ("Ronald Kessler, author of “The Secrets of the FBI,” said": the comma inside a quoted title.)
  const titleComma = prev?.text === QUOTE && toks[i - 2]?.text === ',' && quotedTitleStart(toks, 0, i - 1) >= 0;
  if (prev && (prev.text === ',' || titleComma) && (hit === null || (hit.end < i
    && !(hit.appositive && looksLikePersonName(text.slice(hit.appositive.start, hit.appositive.end)))
    && (noSource(text.slice(toks[hit.start]!.s, toks[hit.end]!.e)) || OBJECT_PREPS.has(toks[hit.start]!.lower))))) {
    const opening = openingSubject(text, toks, i);
    if (opening !== null || hit === null) hit = opening;
  }
  // "… fine being underestimated as a fundraiser -- arguing that …": after a dash, the object of a preposition is
  // not who the participle speaks for.
  if (hit !== null && prev?.text === '-' && t.lower.endsWith('ing') && OBJECT_PREPS.has(toks[hit.start - 1]?.lower ?? '')) {
    let d = i - 1;
    while (d > 0 && toks[d]!.text === '-') d--;
    if (hit.start <= d && hit.end >= d) return null;
  }
  // "Others are more circumspect and say …", "Diplomats met in Cairo and said …": a second verb of the
  // subject that opens the sentence.
  if (hit === null && !weak) hit = coordinatedSubject(toks, i);
  // "In the bystander report, students …", "from the officials report,": a noun cue that ends a preposition's phrase
  // is that phrase's noun, with the words before it as its modifiers.
  if (hit !== null && hit.end < i && PHRASE_END_NOUNS.has(t.lower) && next0 !== undefined && (next0.text === ',' || next0.text === '.')
    && (PP_PREPS.has(toks[hit.start - 1]?.lower ?? '') || OBJECT_PREPS.has(toks[hit.start - 1]?.lower ?? ''))
    && phraseEndNoun(toks, hit.start - 1, i)) return null;
  return hit === null || cue === null ? null : { hit, cue, weak, yields: false, rule: cueRule };
}

/**
 * A passive's agent up to its relative clause: "criticised by many Egyptians | who took to the streets". (Not a pronoun
 * the clause defines, "by those who worked with him"; "those with whom we disagree" ends before the preposition.)
 */
function agentBefore(toks: Tok[], hit: PhraseHit | null): PhraseHit | null {
  if (hit === null) return null;
  for (let k = hit.start + 1; k <= hit.end; k++) {
    if (toks[k]!.lower !== 'who' && toks[k]!.lower !== 'whom') continue;
    const end = toks[k]!.lower === 'whom' && PREPOSITIONS.has(toks[k - 1]!.lower) ? k - 2 : k - 1;
    return end < hit.start || DEFINED_BY_CLAUSE.has(toks[end]!.lower) ? hit : { ...hit, end };
  }
  return hit;
}

/** Pronouns a relative clause defines: "those who worked with him", "anyone who knows him". */
const DEFINED_BY_CLAUSE = new Set(['those', 'anyone', 'someone', 'somebody', 'anybody', 'everyone', 'one', 'others', 'few']);
/**
 * Whether the phrase at `start` is the object of a preposition in a clause whose verb (an auxiliary or modal, or "be")
 * stands before that preposition: "should be among | the witnesses", "CNN is reaching out to | others".
 */
function reducedPassiveAfter(toks: Tok[], start: number, end: number): boolean {
  // (Not a relative clause without "that" inside the phrase: "into something | many predicted", "on an accelerated
  // schedule | some officials said is typical": the cue there is that clause's own verb.)
  for (let k = start + 1; k <= end; k++) if (NP_DETERMINERS.has(toks[k]!.lower) || QUANTIFIERS.has(toks[k]!.lower)) return false;
  let p = start - 1;
  while (p > 0 && (NP_DETERMINERS.has(toks[p]!.lower) || QUANTIFIERS.has(toks[p]!.lower) || toks[p]!.lower === 'only' || toks[p]!.lower === 'other')) p--;
  if (p < 1 || !OBJECT_OF.has(toks[p]!.lower)) return false;
  for (let k = p - 1; k >= 0 && k >= p - 12; k--) {
    const w = toks[k]!;
    if (!w.word) return false;
    if (FINITE_VERBS.has(w.lower) || isBeAux(w)) return true;
  }
  return false;
}
/** Prepositions whose object such a participle follows ("about" counts amounts, "about two dozen people showed"). */
const OBJECT_OF: ReadonlySet<string> = new Set([...OBJECT_OF_PREPS, 'in', 'into', 'under', 'like', 'amongst']);
/** Prepositions that take a noun phrase: before "whom" ("those with whom"), before "that" as a determiner. */
const PREPOSITIONS: ReadonlySet<string> = new Set([...OBJECT_OF, 'about']);

/**
 * Verbs that take a "that" clause without reporting a claim and that could pass for a noun: "recommends that officials
 * consider …". (Cue verbs and -ed forms are no contact noun anyway: `gappedObject` checks those itself.)
 */
const THAT_CLAUSE_VERBS = new Set(['recommend', 'recommends', 'require', 'requires', 'demand', 'demands', 'ensure',
  'ensures', 'mean', 'means', 'order', 'orders', 'urges', 'ask', 'asks', 'propose', 'proposes', 'so', 'such']);
/** The verb "consider", which reports a view only together with what the view is. */
const CONSIDER = new Set(['consider', 'considers', 'considered']);
/** Objects that a judgment follows: "consider it unlikely", "consider him a traitor", "consider that rude". */
const JUDGED_PRONOUNS = new Set(['it', 'him', 'her', 'them', 'this', 'that', 'these', 'those', 'themselves', 'himself',
  'herself', 'itself', 'ourselves', 'us', 'me', 'you']);
/** Words that open the judgment after the object's first word ("consider the hotline an important vehicle", "consider the
 * plan more harmful"); "to" and "as" open it anywhere, which `weighsOnly` checks itself. */
const JUDGMENT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'akin', 'more', 'less', 'too', 'so', 'very', 'most', 'least', 'than', 'up', 'off', 'beyond']);
/** Words that end an object weighed, with no judgment of it: "consider charges against", "consider cost when treating". */
const WEIGHED_ENDS = new Set(['against', 'in', 'on', 'at', 'for', 'from', 'with', 'when', 'while', 'before', 'after', 'during',
  'under', 'unless', 'because', 'if', 'into', 'over', 'by', 'since', 'until', 'without']);
/** Predicate adjectives, by form or as common short words ("consider the cause futile", "consider the plan dead"). */
const PREDICATE_ADJECTIVE = /(?:ful|ile|ous|ive|able|ible|al|ic|ent|ant|less|ary|ish|ly|ate|ed|ing|ist)$/;
const SHORT_PREDICATES = new Set(['dead', 'rude', 'wrong', 'right', 'fair', 'unfair', 'safe', 'unsafe', 'good', 'bad', 'true', 'false',
  'fine', 'key', 'free', 'real', 'fake', 'sacred', 'moot', 'done', 'over', 'weak', 'strong', 'unfit', 'fit', 'unwise', 'wise', 'cheap', 'lax', 'soft', 'tough', 'unclear', 'clear', 'untrue']);
/**
 * Whether the subject phrase that starts at token `start` opens a relative clause whose object is gapped, so what
 * follows "consider" is the judgment itself: "what many consider dead", "which doctors and scientists consider the
 * gold standard", "a label pundits considered political poison" (a noun right before the subject).
 */
function gappedObject(toks: Tok[], start: number): boolean {
  // ("which doctors and scientists consider": past the rest of a coordinated subject.)
  for (let k = start - 1; k >= 0 && k >= start - 4 && toks[k]!.word; k--) {
    if (GAP_OPENERS.has(toks[k]!.lower)) return true;
  }
  // (A contact relative: a plain noun right before the subject, not a verb, a preposition or a clause word; or
  // "that" after such a noun: "an unemployment rate that economists consider healthy", not "suggesting that".)
  const w = toks[start - 1]?.lower === 'that' && !THAT_CLAUSE_VERBS.has(toks[start - 2]?.lower ?? '') && !toks[start]!.lower.endsWith('ed')
    ? toks[start - 2] : toks[start - 1];
  return w !== undefined && w.word && w.text === w.lower && !FINITE_VERBS.has(w.lower) && !PREPOSITIONS.has(w.lower)
    && !SUBORDINATORS.has(w.lower) && !RELATIVE_PRONOUNS.has(w.lower) && !cueGroup.has(w.lower) && !/(?:ed|ing|ly)$/.test(w.lower)
    && !NOT_CONTACT_NOUNS.has(w.lower);
}
/** Words that open a relative clause whose object is the gap: "what many consider", "which critics consider". */
const GAP_OPENERS = new Set(['what', 'which', 'whom', 'whatever']);
/** Function words and adverbs that a contact relative's noun never is: "or critics consider", "why officials considered". */
const NOT_CONTACT_NOUNS = new Set(['or', 'why', 'how', 'where', 'so', 'than', 'then', 'also', 'even', 'just', 'only', 'not', 'still', 'often', 'now']);
/** Whether "as" or "to be" comes from token `k` on in the same clause (up to 16 words, not past a relative pronoun). */
function judgmentAhead(toks: Tok[], k: number): boolean {
  for (let m = k; m <= k + 16 && toks[m] !== undefined && !/^[.;:!?]$/.test(toks[m]!.text) && !RELATIVE_PRONOUNS.has(toks[m]!.lower); m++) {
    if (toks[m]!.lower === 'as' || (toks[m]!.lower === 'to' && toks[m + 1]?.lower === 'be')) return true;
  }
  return false;
}
/**
 * Whether "consider" at token `i`, with its subject `hit`, weighs something rather than judging it: "officials
 * consider charges against Snowden", "didn't consider postponing", "consider whether to invoke", "nobody would
 * consider,", "others considered for the job". Only a judgment after it reports a view: "consider it unlikely",
 * "consider the cause futile", "what many consider a humanitarian crisis".
 */
function weighsOnly(toks: Tok[], i: number, hit: PhraseHit): boolean {
  const next = toks[i + 1];
  if (next === undefined || /^[.,;:!?)]$/.test(next.text)) return true;
  if (!next.word) return false;
  if ((ASKED_NEXT.has(next.lower) && next.lower !== 'about') || next.lower === 'for') return true;
  // ("consider postponing the rollout"; not "consider waterboarding … to be torture".)
  if (next.text === next.lower && next.lower.length > 5 && next.lower.endsWith('ing') && !next.lower.endsWith('thing')) return !judgmentAhead(toks, i + 2);
  if (hit.end >= i || gappedObject(toks, hit.start) || JUDGED_PRONOUNS.has(next.lower)) return false;
  for (let k = i + 1; k <= i + 10; k++) {
    const w = toks[k];
    // ("consider the GDPR, which came into force in 2018, as …": past a relative clause the judgment may still come.)
    if (w?.text === ',' && RELATIVE_PRONOUNS.has(toks[k + 1]?.lower ?? '')) return false;
    if (w === undefined || /^[.,;:!?)]$/.test(w.text) || WEIGHED_ENDS.has(w.lower)) {
      const last = toks[k - 1]!;
      // ("considered the spat with O'Rourke as his signature moment", "consider some kind of armed confrontation, if
      // not a civil war, to be …": the judgment after the object's own phrase, in the same clause.)
      if (judgmentAhead(toks, k + 1)) return false;
      // ("consider the cause futile.": the last word before the stop is the judgment.)
      return k === i + 1 || !(last.word && last.text === last.lower && (PREDICATE_ADJECTIVE.test(last.lower) || SHORT_PREDICATES.has(last.lower)));
    }
    if (!w.word || w.lower === 'to' || w.lower === 'as' || (k > i + 1 && JUDGMENT_OPENERS.has(w.lower))) return false;
  }
  return false;
}
/** Whether the words of `hit` read as an unnamed source (anonymous or vague). */
function unnamedHit(text: string, toks: Tok[], hit: PhraseHit): boolean {
  const type = classifySource(text.slice(toks[hit.start]!.s, toks[hit.end]!.e))?.type;
  return type === 'anonymous' || type === 'vague';
}
/** Verbs that take an object and a bare verb, which says nothing of the object's own: "will make even some loyalists wonder". */
const BARE_CAUSATIVES = new Set(['made', 'make', 'makes', 'making', 'help', 'helps', 'helped', 'helping', 'let', 'lets', 'letting']);
/** Those and a causative "have" ("have someone explain"; not "had": "I've had people tell me" tells what they said). */
const CAUSATIVE_BEFORE = new Set(['have', 'has', ...BARE_CAUSATIVES]);
/** Whether a causative verb stands right before token `start` (past an "even"). */
function causativeBefore(toks: Tok[], start: number): boolean {
  const k = toks[start - 1]?.lower === 'even' ? start - 2 : start - 1;
  return CAUSATIVE_BEFORE.has(toks[k]?.lower ?? '');
}
const HAVE_FORMS = new Set(['have', 'has', 'had']);
/** Whether the verb is in its base form ("explain", "call"), not "-s", "-ed", "-ing" or an irregular past. */
function baseForm(t: Tok): boolean {
  return !pastForm(t) && !/(?:[^s]s|ing)$/.test(t.lower) && t.text === t.lower;
}
/** "I think", "we don't believe", "you'd think" (and "that") just before `at`: what follows is the speaker's view. */
function ownView(text: string, at: number): boolean {
  return OWN_VIEW.test(text.slice(Math.max(0, at - 48), at));
}
const OWN_VIEW = /(?:^|[^\p{L}])(?:I|[Ww]e|[Yy]ou)(?:['\u2019]d)?(?:\s+(?:do|does|did|don['\u2019]t|doesn['\u2019]t|didn['\u2019]t|not|still|really|also|just|would|honestly|personally|genuinely))*\s+(?:think|believe|guess|suspect|suppose|imagine|bet)\s+(?:that\s+)?$/u;
/** Words that describe a suspect: "the female suspect", "terror suspects", "the prime suspect". */
const SUSPECT_MODIFIERS = new Set(['terror', 'terrorism', 'murder', 'female', 'male', 'prime', 'main', 'key', 'chief', 'lead',
  'possible', 'potential', 'alleged', 'criminal', 'second', 'third', 'fourth', 'other', 'suspected', 'likely', 'principal', 'remaining']);
/** What is claimed as a thing taken or asked for: "claimed responsibility", "claiming asylum", "claim the benefits". */
// (Not "victory": "claimed victory" says "we won". Nor a word that often modifies a noun or is a verb: "claimed the
// unemployment rate was phony", "terms they claim benefit Northern Ireland".)
const CLAIMED_THINGS = new Set(['responsibility', 'credit', 'asylum', 'benefits', 'compensation', 'damages', 'deductions', 'deduction',
  'exemptions', 'exemption', 'ownership', 'sovereignty', 'lives', 'tax-exempt']);
/** Words between "claim" and such a thing: "claim the credit", "claimed full responsibility", "claiming tax-exempt status". */
const CLAIMED_LEADS = new Set(['the', 'a', 'their', 'his', 'her', 'its', 'full', 'partial', 'early', 'some', 'any']);
/** `predicateOf`'s answer for a phrase that says what a person is. */
const PREDICATE = -1;
/**
 * Whether the phrase at `start` follows "be" as what its subject is: the index of "who" when that subject is a
 * relative pronoun (the one it stands for is then the speaker), `PREDICATE` when it is a person (a name, a personal
 * pronoun, the subject of an infinitive "to be"), -2 otherwise.
 */
function predicateOf(text: string, toks: Tok[], start: number): number {
  let k = start - 1;
  // (Right after it: not past a dash, "the panacea it's billed to be -- officials in Lagos state have reported".)
  if (!isBeAux(toks[k]) || !toks[start]!.word || text.slice(toks[k]!.e, toks[start]!.s).trim() !== '') return -2;
  k--;
  // (Past auxiliaries, negation and adverbs: "has been", "could also be", "who now is".)
  while (k >= 0 && (PREDICATE_AUX.has(toks[k]!.lower) || DESCRIPTION_ADVERBS.has(toks[k]!.lower) || ADVERB.test(toks[k]!.text))) k--;
  const s = toks[k];
  if (s === undefined || !s.word) return -2;
  if (s.lower === 'who') return k;
  if (s.lower === 'to' || PERSONAL_SUBJECTS.has(s.lower)) return PREDICATE;
  // (A name: not a word that opens the sentence and may be any noun, "Critics are people who say".)
  return isCapWord(s) && !EXISTENTIAL_SUBJECTS.has(s.lower) && !CALENDAR_NAMES.has(s.lower) && (k > 0 || looksLikePersonName(s.text)) ? PREDICATE : -2;
}
const PREDICATE_AUX = new Set([...MODALS, 'will', 'has', 'have', 'had', 'be', 'been', 'not', 'never']);
const PERSONAL_SUBJECTS = new Set(['he', 'she', 'i', 'we', 'you', 'they']);
const EXISTENTIAL_SUBJECTS = new Set(['there', 'here', 'it', 'this', 'that', 'these', 'those', 'what', 'why', 'how', 'where', 'when', 'who']);

const stanceOpeners: ReadonlySet<string> = new Set(STANCE_OPENERS.terms);
/** Every word `cueHit` can start from: the rest are skipped with one lookup. */
const CUE_WORDS: ReadonlySet<string> = new Set(['according', 'by', 'from', ...PREPOSED_CUES.terms, ...cueGroup.keys(), ...stanceOpeners]);
/** Whether "alleged" at `i` is an adjective after a verb in -ing or a preposition: "investigating alleged meddling". */
function allegedAdjective(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return toks[i]!.lower === 'alleged' && next?.word === true && next.lower !== 'that' && prev !== undefined
    && ((/^\p{Ll}{3,}ing$/u.test(prev.text) && !cueGroup.has(prev.lower)) || ALLEGED_AFTER.has(prev.lower));
}
/** Prepositions and determiners before "alleged" as an adjective: "into alleged ties", "over alleged abuse", "on either alleged collusion or obstruction". */
const ALLEGED_AFTER = new Set(['of', 'about', 'into', 'over', 'for', 'on', 'in', 'against', 'with', 'from', 'by', 'amid', 'regarding',
  'the', 'an', 'his', 'her', 'their', 'its', 'either', 'neither', 'both', 'any', 'no', 'this', 'these', 'those']);
/** Feelings a thing is regarded with: "regard him with distaste", "regarded the offer with suspicion". */
const REGARD_WITH = new Set(['distaste', 'suspicion', 'skepticism', 'scepticism', 'alarm', 'contempt', 'disdain', 'concern',
  'caution', 'wariness', 'mistrust', 'distrust', 'hostility', 'dismay', 'horror', 'disgust', 'trepidation', 'unease']);
/** What is raised as a view: "raised concerns", "raised questions", "raising doubts", "raised objections". */
const RAISED_VIEWS = new Set(['concern', 'concerns', 'questions', 'doubts', 'objections', 'alarm', 'alarms', 'fears', 'worries', 'suspicions']);
/** Words between "raised" and the view: "raised serious concerns", "raised new questions". */
const RAISED_MODIFIERS = new Set(['serious', 'grave', 'new', 'fresh', 'further', 'more', 'some', 'similar', 'deep', 'significant', 'major', 'real']);
/** What the raised view goes on to: "concerns that …", "questions about …", "doubts over whether …". */
const RAISED_ABOUT = new Set(['that', 'about', 'over', 'whether', 'regarding', 'with']);
/** Words that may sit between "are" and "critical of": "are sharply critical of", "have also been critical of". */
const CRITICAL_LEADS = new Set(['very', 'so', 'more', 'most', 'too', 'also', 'still', 'often', 'now', 'long', 'already', 'even']);
/** After "saw X as": a clause of time ("saw him as he left"), a degree ("as well", "as much"), not a view of X. */
const NOT_AS_VIEW = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'well', 'soon', 'much', 'many', 'long', 'far', 'early',
  'late', 'recently', 'often', 'if', 'though', 'part']);

/** What "disagree" goes on with when it reports a view: "disagree on what …", "disagreed with the assessment". */
const DISAGREED_ON: ReadonlySet<string> = new Set(['on', 'over', 'about', 'with', 'whether', 'that', 'sharply', 'strongly']);
const FRETTED_ABOUT: ReadonlySet<string> = new Set(['about', 'over', 'that', 'whether', 'privately', 'openly', 'publicly']);
const DISAGREED_PEOPLE: ReadonlySet<string> = new Set(['me', 'him', 'her', 'them', 'us', 'you', 'one', 'each', 'everyone', 'anyone']);
/** Words after "cited X as" that open a view of X: "as the trigger", "as evidence", "as a reason", "as proof". */
const CITED_AS_VIEW = new Set(['the', 'a', 'an', 'evidence', 'proof', 'reasons', 'factors', 'causes', 'one', 'key', 'major']);
/** What a cited thing is as an illustration or a credential, no view of it: "cited the bill as an example". */
const NOT_CITED_VIEWS = new Set(['example', 'examples', 'model', 'inspiration', 'source', 'sources', 'reference', 'precedent']);
/**
 * Stance adjectives after "be", each with the words that may follow it: "are critical of", "are skeptical about",
 * "officials are confident that", "were worried about", "Clinton officials were thrilled with the editorial",
 * "Senior officials are divided over". A view, a worry or a feeling held by the subject, told of them (not "a
 * confident leader", "is worried": without the word after it the adjective describes, it reports nothing).
 */
const STANCE_NEXT = new Map<string, ReadonlySet<string>>();
for (const [words, next] of [
  [['critical'], ['of']],
  [['skeptical', 'sceptical', 'doubtful', 'wary'], ['of', 'about', 'that', 'whether']],
  [['confident', 'optimistic', 'pessimistic', 'hopeful', 'convinced', 'fearful'], ['that', 'about', 'of']],
  [['worried', 'concerned', 'alarmed', 'nervous', 'anxious', 'uneasy'], ['that', 'about', 'whether', 'over', 'what', 'how']],
  [['unsure', 'uncertain'], ['about', 'whether', 'if', 'how', 'what', 'why']],
  [['furious', 'frustrated', 'upset', 'angry', 'irate', 'incensed'], ['that', 'about', 'over', 'with', 'at']],
  [['thrilled', 'pleased', 'delighted', 'disappointed', 'dismayed'], ['that', 'with', 'about', 'by']],
  [['divided', 'split'], ['over', 'on', 'about', 'whether']],
] as const) for (const w of words) STANCE_NEXT.set(w, new Set(next));
/**
 * The last word of the stance phrase that the word at `i` opens, or -1: "made (it) clear", "took issue with",
 * "take exception to", "(are) critical of", "(are) worried that" and the other adjectives of STANCE_NEXT, and "saw / see /
 * cited X as <a view>", whose last word here is the verb (not "saw him as he left": a clause of time).
 */
function stanceEnd(toks: Tok[], i: number): number {
  const w = toks[i]!.lower;
  const a = toks[i + 1]?.lower;
  if (w.startsWith('mak') || w === 'made') return a === 'clear' ? i + 1 : a === 'it' && toks[i + 2]?.lower === 'clear' ? i + 2 : -1;
  // ("took issue with", "take exception to".)
  if (w === 'took' || w === 'take' || w === 'takes') return (a === 'issue' && toks[i + 2]?.lower === 'with') || (a === 'exception' && toks[i + 2]?.lower === 'to') ? i + 2 : -1;
  // ("raised concerns that", "have raised serious questions about", "raising doubts over whether": a worry put to
  // others; not "raised money", "raised in Ohio", "raised questions." with nothing they are about.)
  // ("Opponents cite concerns that the region is rife with terrorists": a worry given as a reason, as raised.)
  if (w.startsWith('rais') || (w.startsWith('cit') && RAISED_VIEWS.has(toks[i + 1]?.lower ?? ''))) {
    let k = i + 1;
    if (RAISED_MODIFIERS.has(toks[k]?.lower ?? '')) k++;
    return RAISED_VIEWS.has(toks[k]?.lower ?? '') && RAISED_ABOUT.has(toks[k + 1]?.lower ?? '') ? k + 1 : -1;
  }
  // ("Some voters now regard him with distaste", "many regard the deal as a mistake": not "is regarded as", a
  // passive read by the hedges, nor "with regard to".)
  if (w.startsWith('regard')) {
    const p = toks[i - 1]?.lower ?? '';
    const p2 = toks[i - 2]?.lower ?? '';
    if (BE_FORMS.has(p) || p === 'with' || p === 'in' || (ADVERB.test(p) && BE_FORMS.has(p2))) return -1;
    // ("no one would regard them as legitimate", "these people don't really regard America as home": no view held.)
    if (MODALS.has(p) || negating(p) || (ADVERB.test(p) && (MODALS.has(p2) || negating(p2)))) return -1;
    for (let k = i + 2; k <= i + 6 && k < toks.length && toks[k]!.word; k++) {
      if (toks[k]!.lower === 'with' && REGARD_WITH.has(toks[k + 1]?.lower ?? '')) return k + 1;
    }
  }
  const adjectiveNext = STANCE_NEXT.get(w);
  if (adjectiveNext !== undefined) {
    // ("critical of"; "skeptical of / about / that": "senior EU figures are sceptical that a deal can be agreed".)
    if (a === undefined || !adjectiveNext.has(a)) return -1;
    let k = i - 1;
    while (k > 0 && (CRITICAL_LEADS.has(toks[k]!.lower) || ADVERB.test(toks[k]!.text))) k--;
    return BE_FORMS.has(toks[k]?.lower ?? '') ? i + 1 : -1;
  }
  // saw / see / sees / cited: an object of one to six words, then "as" and a view.
  // (A hyphen inside a word does not end the object: "protests over an anti-Islam film as the trigger".)
  let hyphens = 0;
  for (let k = i + 2; k <= i + 7 + hyphens * 2 && k < toks.length; k++) {
    const x = toks[k]!;
    if (x.text === '-' && toks[k - 1]!.e === x.s && toks[k + 1]?.s === x.e) {
      hyphens++;
      continue;
    }
    if (!x.word) return -1;
    if (x.lower === 'as') {
      const v = toks[k + 1];
      // (After "cited", a quotation's "as saying" is read as one, and "cited it as an example" names no view.)
      if (w.startsWith('cit') && (v === undefined || v.lower.endsWith('ing') || !CITED_AS_VIEW.has(v.lower)
        || NOT_CITED_VIEWS.has(toks[k + 2]?.lower ?? ''))) return -1;
      return v !== undefined && v.word && !NOT_AS_VIEW.has(v.lower) && !/^\d/.test(v.text) ? i : -1;
    }
  }
  return -1;
}

/**
 * Whether the cue word at token `i` is used here in a way that reports no claim: an idiom, a noun, a phone call,
 * a consent, a sentence to death, an admission to hospital, a question put to the subject (the checks `verbCue` runs first).
 */
/** The rule id of a claim made by pointing to evidence: it introduces no quotation (see `inheritQuotations`). */
const POINT_TO_RULE = 'point-to';
const POINTING_QUANTIFIERS = new Set(['some', 'many', 'most', 'few', 'several', 'others', 'both', 'all']);
/** "point to" + its evidence, after a subject that opens the sentence with no clause before the verb (see `notACue`). */
function pointsTo(toks: Tok[], i: number): boolean {
  // ("points" is left out: the plural subjects that point to evidence take "point", and "A few points to cut
  // through" is a noun.)
  const t = toks[i]!.lower;
  if ((t !== 'pointed' && t !== 'point') || toks[i + 1]?.lower !== 'to') return false;
  // (Not a person or a place pointed at: "pointed to him", "pointed to the sky".)
  const obj = toks[i + 2];
  if (obj === undefined || !obj.word || CLAUSE_PRONOUNS.has(obj.lower) || obj.lower === 'him' || obj.lower === 'them' || obj.lower === 'me' || obj.lower === 'us') return false;
  // Only people in the plural, who point to evidence rather than at a door: "Pentagon officials point to a
  // trend", "others point to", not "The officer pointed to the door".
  // (Past an adverb between commas: "Critics, however, point to".)
  let h = i - 1;
  while (h > 0 && (toks[h]!.text === ',' || DISCOURSE_ADVERBS.has(toks[h]!.lower) || ADVERB_OR_TIME.test(toks[h]!.lower))) h--;
  const head = toks[h]?.lower ?? '';
  if (!(head.endsWith('s') || POINTING_QUANTIFIERS.has(head))) return false;
  return !toks.slice(0, i).some((x) => RELATIVE_WORDS.has(x.lower) || FINITE_VERBS.has(x.lower) || cueGroup.has(x.lower));
}

/**
 * Cues whose negation says that something was not given: "did not describe", "have not revealed the motive", "would
 * not indicate", "did not immediately confirm the strike".
 */
const NOT_GIVEN_CUES = new Set(['describe', 'describes', 'described', 'reveal', 'reveals', 'revealed', 'disclose', 'discloses', 'disclosed',
  'indicate', 'indicates', 'indicated', 'explain', 'explains', 'explained', 'specify', 'specified', 'confirm', 'confirms', 'confirmed',
  'admit', 'admits', 'admitted', 'elaborate', 'elaborated']);
/** Bare verbs in the cue list for plural subjects only ("Aides admit that …"): not after a modal or in a demand. */
const PLURAL_ONLY_CUES = new Set(['admit', 'explain', 'lament', 'indicate', 'reiterate']);
/** Verbs that demand, whose clause's bare verb is what is asked for: "demanding police disclose", "asked that someone explain". */
const MANDATIVE = new Set(['demand', 'demands', 'demanded', 'demanding', 'urge', 'urges', 'urged', 'urging', 'asked', 'ask', 'asks',
  'asking', 'insisted', 'insist', 'insists', 'insisting', 'require', 'requires', 'required', 'requiring']);
/** Modals that suppose, allow or oblige: "could", "may", "must" (not "would", which also reports the past: "would later say"). */
const SUPPOSING = new Set(['can', 'ca', 'cannot', 'could', 'may', 'might', 'must', 'should']);
/** Modals that foretell: "will", "won't", "'ll" (read as "ll"), "shall". */
const FORETELLING = new Set(['will', 'wo', 'll', 'shall']);
/**
 * The token at or before `k` past adverbs, a negation, "even", "also", "still" and, with `then`, "then": "could | even |
 * argue". ("would then admit" tells of what came next, so `afterModal` stops at "then".)
 */
function pastModalAdverbs(toks: Tok[], k: number, then: boolean): number {
  while (k > 0 && (ADVERB.test(toks[k]!.lower) || NEGATION.has(toks[k]!.lower) || /^(?:even|also|still)$/.test(toks[k]!.lower)
    || (then && toks[k]!.lower === 'then'))) k--;
  return k;
}
/** The modal a token is, as `SUPPOSING` and `FORETELLING` spell it ("won't" → "wo", "they’ll" → "ll", "'d" → "would"), or null. */
function modalOf(w: string): string | null {
  if (/^\p{L}*['\u2019]ll$/u.test(w)) return 'll';
  if (/^\p{L}*['\u2019]d$/u.test(w)) return 'would';
  const m = w.replace(/n['\u2019]t$/, '');
  return SUPPOSING.has(m) || FORETELLING.has(m) || m === 'would' ? m : null;
}
/** Whether a modal (or "will", "shall", "cannot", "'d") stands right before the word at `i`: "might explain", "will never admit", "should also be". */
function afterModal(toks: Tok[], i: number): boolean {
  return modalOf(toks[pastModalAdverbs(toks, i - 1, false)]?.lower ?? '') !== null;
}
/**
 * The modal (in `SUPPOSING` or `FORETELLING`) right before the cue at `i`, past adverbs and a verb of aspect
 * ("continue to"); null when there is none or when the verb after it is not in its bare form.
 */
function modalBeforeCue(toks: Tok[], i: number): string | null {
  let k = pastModalAdverbs(toks, i - 1, true);
  // ("They’ll continue to express their hope": past a verb of aspect and its "to".)
  const chain = toks[k]?.lower === 'to' ? aspectChainStart(toks, k) : -1;
  if (chain > 0) k = pastModalAdverbs(toks, chain - 1, true);
  const m = toks[k];
  // (The verb in its bare form only: "those who said they won't conceded that …" ends the modal's clause first.)
  const verb = toks[chain > 0 ? chain : i]!.lower;
  if (m === undefined || /ed$/.test(verb) || /[^s]s$/.test(verb) || PAST_VERBS.has(verb)) return null;
  // (With one capital inside a sentence it is a name: "Mrs May", "Will wrote"; "YOU CAN'T TELL" is a heading's modal.)
  if (/^\p{Lu}\p{Ll}/u.test(m.text) && k > 0) return null;
  const w = modalOf(m.lower);
  return w === 'would' ? null : w;
}
/** Whether the cue at `i` is negated or refused, past an adverb: "did not immediately reveal", "declined to describe". */
function notGiven(toks: Tok[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && (ADVERB.test(toks[k]!.lower) || toks[k]!.lower === 'even')) k--;
  const w = toks[k]?.lower ?? '';
  // ("Nor did these officials reveal that …": a negation put first.)
  return negating(w) || (w === 'to' && REFUSING.has(toks[k - 1]?.lower ?? '')) || ((toks[0]?.lower === 'nor' || toks[0]?.lower === 'neither') && toks[1]?.lower === 'did');
}
/** Verbs of refusing before "to": "declined to describe". */
const REFUSING = new Set(['declined', 'declines', 'decline', 'refused', 'refuses', 'refuse']);
/** An aside that gives the name of the person it follows: "identified as Joseph Wilcox", "named as …". */
const NAMED_AS = /^(?:(?:later|since|now|subsequently|officially)\s)?(?:identified|named)\s(?:as\s)?/i;
/** Forms of "speculate", a cue only before what is guessed, not before a question. */
const SPECULATE_FORMS = new Set(['speculate', 'speculates', 'speculated']);
/** Words after "speculate" that open a question or its topic: "about how", "whether", "on who". */
const SPECULATION_QUESTIONS = new Set([...WH_WORDS, 'about', 'on', 'over', 'as', 'when', 'if']);
/**
 * Whether the cue word at `i` says nothing here: a rule below names each use that is no claim. The rules run in
 * order, in four functions of their own: V8 recompiled one function of all of them whole each time a rule first ran
 * (12 times in a cold pass over 3,000 articles, 1.1 s of compiling). Split, as the analyzer's other long steps are, the
 * bench's cold start (its first 3,000 articles, `corpusColdStart`) went from about 4.9 to 5.3 MB/s.
 */
function notACue(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next0 = toks[i + 1];
  return notACueRules1(toks, i, t, prev, next0) || notACueRules2(toks, i, t, prev, next0) || notACueRules3(toks, i, t, prev, next0) || notACueRules4(toks, i, t, prev, next0);
}
function notACueRules1(toks: Tok[], i: number, t: Tok, prev: Tok | undefined, next0: Tok | undefined): boolean {
  // "insisted on anonymity", "insist on making it about politics", "insisting on change": a demand or a habit, not a
  // claim (PolNeAR leaves most of these unlabeled). Not "insisted on Sunday that", "insisted on television that".
  if (INSIST.has(t.lower) && next0?.lower === 'on' && toks[i + 2] !== undefined && toks[i + 2]!.word && !isCapWord(toks[i + 2])
    && !toks.slice(i + 2, i + 6).some((w) => w.lower === 'that')) return true;
  // "Most Americans would not recognize him", "Many people recognize the names Assad and …", "some recognize none":
  // knowing someone or something by sight or name, not a view (not "recognize him as", "recognize that").
  if (RECOGNIZE.has(t.lower) && next0 !== undefined && toks[i + 2]?.lower !== 'as'
    && (RECOGNIZED_BY_SIGHT.has(next0.lower) || (next0.lower === 'the' && /^(?:names?|faces?|voices?)$/.test(toks[i + 2]?.lower ?? '')))) return true;
  // "the discomfort some Americans feel when …", "the contempt many Americans feel for one another", "the discontent
  // some voters felt.": a feeling the noun before names, with no view after it (not "…, some felt.", which ends a
  // claim, nor "feel that …", "feel the system is rigged").
  if (FEEL.has(t.lower) && next0 !== undefined && (FELT_FOR.has(next0.lower) || ((next0.text === '.' || next0.text === ';')
    && toks.slice(Math.max(0, i - 5), i).every((w) => w.text !== ',')))) return true;
  // "the Sunday talk shows", "a private gun show", "on either show": a program or a fair, not a verb.
  if ((t.lower === 'show' || t.lower === 'shows') && prev !== undefined && SHOW_KINDS.has(prev.lower)) return true;
  // ("DHS officials on Tuesday's conference call stressed …": the call is a meeting, the verb comes after it.)
  if ((t.lower === 'call' || t.lower === 'calls') && prev !== undefined && CALL_KINDS.has(prev.lower)) return true;
  // ("a friend of Wilson called into a St. Louis radio show": phoned in; "called into question" still doubts.)
  if (t.lower === 'called' && next0?.lower === 'into' && toks[i + 2]?.lower !== 'question') return true;
  // "Experts I spoke to cautioned that …", "the people we interviewed said": the reporter's contact, in a relative
  // clause that describes the speakers; the clause's verb is no cue, the verb after it is.
  if (CONTACT_VERBS.has(t.lower) && prev !== undefined && (prev.lower === 'i' || prev.lower === 'we') && toks[i - 2]?.word
    && (personNouns.has(toks[i - 2]!.lower) || vagueHeads.has(toks[i - 2]!.lower) || toks[i - 2]!.lower === 'everyone' || toks[i - 2]!.lower === 'those')) return true;
  // ("points out that …", "…, point out two economists": only with "out"; "the point" is no cue.)
  // ("Critics point to the fact that …", "Others point to a long list of hurdles" argue a claim, as "point out"
  // does: for a subject that opens the sentence, with no clause of its own before the verb, not "those who claim
  // … apply to everyone point to …". Weak, as `pointsTo` makes it: only an unnamed group's evidence counts.)
  if ((t.lower === 'pointed' || t.lower === 'points' || t.lower === 'point') && !(next0 && next0.lower === 'out') && !pointsTo(toks, i)) return true;
  // "Others may blame technology", "a defense lawyer could contend that …", "what some might call lofty goals", "too
  // many things people can't say anymore": words supposed, allowed or owed, which no one has said. ("would" still reports, "Trump would
  // later tell reporters …"; for "will", see `attributionAt`.)
  if (SUPPOSING.has(modalBeforeCue(toks, i) ?? '')) return true;
  // "the official wouldn't say what prompted it", "declined to say whether …", "would not say.": a question left
  // unanswered is no claim ("didn't say that …" still reports words).
  // (Not with a cue of the same subject after it: "wouldn't say how many bodies were found but said the identities …".)
  if ((t.lower === 'say' || t.lower === 'tell') && notGiven(toks, i) && (next0 === undefined || !next0.word || WH_WORDS.has(next0.lower) || next0.lower === 'if')
    && !coordinatedCue(toks, i)) return true;
  // "That official didn't describe what the action would be", "declined to describe the plan", "Officials did not
  // immediately reveal a motive": what is not given is no claim (a label still is: "wouldn't describe the president
  // as compassionate").
  if (NOT_GIVEN_CUES.has(t.lower) && notGiven(toks, i) && !(DESCRIBING_CUES.has(t.lower) && toks.slice(i + 1, i + 14).some((w) => w.lower === 'as'))) return true;
  // "Polls might explain why …", "no one will lament …", "Trump asked that someone explain …", "began to make me
  // admit": the bare verbs added for plural subjects, after a modal or in a demand, tell of no claim made.
  // (Nor as an infinitive, "did not need to disclose", in a condition, "If they explain that …", or in a question put
  // first, "Can someone explain to me how …".)
  if (PLURAL_ONLY_CUES.has(t.lower) && (afterModal(toks, i) || toks.slice(Math.max(0, i - 5), i).some((w) => MANDATIVE.has(w.lower))
    || CAUSATIVES.has(toks[i - 2]?.lower ?? '')
    || prev?.lower === 'to' || insideCondition(toks, i) || (MODALS.has(toks[0]?.lower ?? '') || /^(?:do|does|did|will)$/.test(toks[0]?.lower ?? '')))) return true;
  // "When a user says “Alexa,” a ring of light appears": what anyone does, in a habit, says nothing of anyone.
  // (The present only: "When an official told Reuters the talks had stalled, …" still reports a claim.)
  if ((toks[0]?.lower === 'when' || toks[0]?.lower === 'whenever') && INDEFINITE.has(toks[1]?.lower ?? '') && i <= 5 && !/ed$/.test(t.lower)
    && !PAST_VERBS.has(t.lower)) return true;
  // "the 26-year-old and another sister are arguing with Jamila": a quarrel ("argued with reporters that …" still claims).
  if (t.lower.startsWith('argu') && next0?.lower === 'with' && !toks.slice(i + 2, i + 12).some((w) => w.lower === 'that' || w.text === ':' || w.text === QUOTE)) return true;
  // "he and others continued to keep their clearances": going on doing something, not speaking on.
  // ("Trump continued to unload on his opponents: “…”", "“…,” Romney continued to applause" still speak on; not
  // inside another speaker's clause.)
  if (t.lower.startsWith('continu') && next0?.lower === 'to'
    && (!toks.some((w) => w.text === QUOTE || w.text === ':') || toks.some((w, k) => k < i && SAID_FORMS.has(w.lower)))) return true;
  // "a surprising number of these people showed up in nonprofit offices": turning up, not showing anything.
  // ("The poll shows up to 40 percent support …": "up to" a figure is the figure's.)
  if (t.lower.startsWith('show') && next0?.lower === 'up'
    && !(toks[i + 2]?.lower === 'to' && /^(?:\d|\$|a$|an$|half$|one$|two$|three$|four$|five$|six$|seven$|eight$|nine$|ten$)/.test(toks[i + 3]?.lower ?? ''))) return true;
  // "spoke to KAN", "spoke of a bigger buffer zone", "have spoken of the plan" attribute;
  // "spoke on condition of anonymity" only describes the source.
  // ("spoke about other issues" names a topic, not a view: not a cue.)
  if ((t.lower === 'spoke' || t.lower === 'spoken') && !(next0 && next0.lower === 'of')) {
    if (t.lower === 'spoken' || !(next0 && (next0.lower === 'to' || next0.lower === 'with'))) return true;
  }
  // "in a Republican debate", "an internal report": a bare cue form after "a/an" and one word is a noun
  // (a singular subject would take "debates", "reports").
  // ("in a conference call Wednesday": "call" too.)
  if ((toks[i - 2]?.lower === 'a' || toks[i - 2]?.lower === 'an') && prev?.word && (NOUN_LIKE_CUES.has(t.lower) || t.lower === 'call') && !/(?:s|ed|ing)$/.test(t.lower)) return true;
  // "at last night's presidential debate", "the annual report": a classifying adjective makes it a noun.
  if (NOUN_LIKE_CUES.has(t.lower) && NOUN_ADJECTIVES.has(prev?.lower ?? '')) return true;
  // "a Democratic calling card", "candidate report cards", "an American note taker", "the Heritage Foundation think tank":
  // the first word of a compound noun.
  if (COMPOUND_FIRSTS.get(t.lower)?.has(next0?.lower ?? '')) return true;
  // "has passed a few notes to Sebelius", "asking them to hum a few notes": "a few" after a verb is its object, and the
  // word after it a noun ("only a few said …", "as a few have suggested", "…, a few continue to insist" still speak).
  if (prev?.lower === 'few' && toks[i - 2]?.lower === 'a' && /^\p{Ll}/u.test(toks[i - 3]?.text ?? '')
    && !FEW_OPENERS.has(toks[i - 3]!.lower)) return true;
  return false;
}
/** Cue words that open a compound noun, with the nouns that close it. */
const COMPOUND_FIRSTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['calling', new Set(['card', 'cards'])], ['report', new Set(['card', 'cards'])], ['note', new Set(['taker', 'takers'])],
  ['think', new Set(['tank', 'tanks'])],
]);
/** Words after which "a few" opens a clause as its subject: "only a few said", "as a few have suggested". */
const FEW_OPENERS: ReadonlySet<string> = new Set([...CLAUSE_LINKS, 'only', 'quite', 'just', 'yet', 'so', 'as', 'even', 'still', 'however',
  'also', 'then', 'now']);
function notACueRules2(toks: Tok[], i: number, t: Tok, prev: Tok | undefined, next0: Tok | undefined): boolean {
  // "officials maintain that …", "aides felt the attacks were effective", "he added the talks would resume",
  // "adding that …" are claims; "most others maintain embassies", "everyone felt the effects", "they added
  // a layer of ambiguity", "people assert their identities", "…, adding tension to the talks" are not.
  // ("“…,” added an Ohio Republican" is the inverted order: its source follows, no clause.)
  // ("“…,” stressed the official" likewise: any finite form straight after punctuation.)
  // (A base form never inverts: "…, maintain very large forces" is a list of deeds.)
  const feeling = FEEL.has(t.lower);
  const inverted = /(?:ed|s)$/.test(t.lower) && !feeling && !prev?.word;
  // ("people feel utterly abandoned", "some feel left out": a feeling, not a view; "feel that …", "feel they were
  // misled" hold one.)
  if (CLAUSE_CUES.has(t.lower) && next0?.word && !inverted && !clauseFollows(toks, i, feeling ? 6 : 14) && !(feeling && feltClause(toks, i))) return true;
  if (feeling && next0 && pastForm(next0)) return true;
  // "know what others think", "not as large as many people think", "more than most realize": the view is left
  // unsaid, the clause only compares with it or asks after it.
  if (next0 && /^[.,;!?]$/.test(next0.text) && cueGroup.get(t.lower) === 'weak' && leftUnsaid(toks, i, COGNITION.has(t.lower))) return true;
  // "journalists follow what people are saying to them", "what the volunteer said when they opened": a free
  // relative with nothing said in it names talk, not a claim ("what his aides said was a sign of …", "what critics
  // call a “catch-and-release” policy" still give the view).
  if (whatLeftUnsaid(toks, i)) return true;
  if (MAINTAIN_FORMS.has(t.lower) && next0?.word && !inverted && keepsSomething(toks, i)) return true;
  // "most Virginia Democrats have feared to even attempt this path": afraid to act, no claim ("is feared to have
  // died" is the agentless hedge, read apart).
  if ((t.lower === 'feared' || t.lower === 'fear' || t.lower === 'fears') && next0?.lower === 'to' && !BE_FORMS.has(prev?.lower ?? '')) return true;
  // "have learned to navigate", "learned how to cope": a skill, not news learned ("CNN has learned that …").
  if (t.lower === 'learned' && (next0?.lower === 'to' || next0?.lower === 'how')) return true;
  // "“…,” he continued", "she continued: …" speak; "Conflicting reports over the convoy continued, with …"
  // only go on: without a quotation in the sentence or a clause after it, "continued" is no cue.
  if ((t.lower === 'continued' || t.lower === 'continues') && !(next0 && (next0.text === ':' || next0.lower === 'that'))
    && !toks.some((x) => x.text === QUOTE)) return true;
  // "the alleged attack", "a reported 20 people", "its stated aim": after a determiner the cue word is an adjective.
  if (prev && ADJECTIVE_DETERMINERS.has(prev.lower)) return true;
  // "a lawmaker investigating alleged Russian meddling", "an inquiry into alleged abuse": an adjective after a verb
  // in -ing or a preposition too (not "… and alleged that …").
  if (allegedAdjective(toks, i)) return true;
  // "Truth, it is often said, is …", "it was later reported": an impersonal passive, no one speaking as "it"
  // (the impersonal hedge reads "it is said that …" as a claim of no one in particular).
  if (impersonalPassive(toks, i)) return true;
  // "before the media had even said anything.", "the media says nothing about it": no claim was made
  // ("officials said nothing classified passed", "aides say nothing is likely" are claims).
  if (next0 && (next0.lower === 'anything' || next0.lower === 'nothing')) {
    const after = toks[i + 2];
    if (!after || !after.word || NOTHING_ABOUT.has(after.lower)) return true;
  }
  // "Top aides haven't responded to questions": no answer is no claim.
  if (NO_ANSWER_CUES.has(t.lower) && prev !== undefined && (NEGATION.has(prev.lower) || prev.lower.endsWith("n't") || prev.lower === 'yet')) return true;
  // "reported him to the authorities", "reported the incident to London police": a complaint lodged, not a claim.
  if (t.lower.startsWith('report') && reportedToAuthorities(toks, i)) return true;
  // "Christie said to be considering a bid", "a union said to be weighing": a reduced relative (the hedge
  // in lexicon.ts), not Christie saying anything. After a pronoun it is an instruction: "he said to be careful".
  if (t.lower === 'said' && next0?.lower === 'to' && /^(?:be|have)$/.test(toks[i + 2]?.lower ?? '') && !(prev && (PRONOUNS.has(prev.lower) || prev.lower === 'who'))) return true;
  // "No one would suggest", "what an adviser might suggest": a hypothetical, nobody's view.
  if (t.lower === 'suggest' && prev !== undefined && MODALS.has(prev.lower)) return true;
  // "Those people could have said, “Screw it”", "officials would have told him", "he may have written it": what
  // someone would, could or may have said is a guess or a road not taken, not a claim they made.
  // (Not after everyone or no one: "no one could have predicted that …", "few people would have described him as …"
  // say what all or none thought, a view given to people at large.)
  const modal = modalPerfectBefore(toks, i);
  if (modal >= 0 && !everyoneBefore(toks, modal)) return true;
  return false;
}
function notACueRules3(toks: Tok[], i: number, t: Tok, prev: Tok | undefined, next0: Tok | undefined): boolean {
  // "a Facebook group called “Secure Borders” was criticized", "ran a group called Secure Borders.": a capitalized name
  // given right after a common noun, with the clause's own verb or its end after it, names the noun ("called it
  // “reckless”", "called “Secure Borders” a failure", "a move The New York Times called “highly unusual.”", "what
  // critics called “reckless” was …", "Mr. Christie called Mr. Walker" still label).
  if (t.lower === 'called' && namingParticiple(toks, i)) return true;
  // "Many voters view the plan as a mistake", "view him with suspicion" hold a view; "people with Google accounts could
  // view the document", "investigators viewed the footage" only looked.
  // "The armed school officer branded a coward by President Donald Trump", "a firefighter dubbed “M&M” by some of his
  // supporters": a label given by someone after "by" is a reduced passive; the noun before it was labeled.
  // (So is "called a hero by his neighbors": an indefinite complement, then "by".)
  if ((LABEL_VERBS.has(t.lower) || (t.lower === 'called' && ARTICLE_OPENERS.has(next0?.lower ?? '') && next0?.lower !== 'the'))
    && toks.slice(i + 1, i + 8).some((x) => x.lower === 'by')) return true;
  // ("a business owner in Mountain View told …": a capitalized "View" inside a sentence is a name's.)
  if (VIEW_FORMS.has(t.lower) && (!viewHeld(toks, i) || (t.text !== t.lower && i > 0))) return true;
  // "only after the people think, converse, and argue with one another": a verb in a list of doings holds no view
  // ("Experts think, however, that …" still does).
  if (cueGroup.get(t.lower) === 'weak' && verbInList(toks, i)) return true;
  // "three officers now confirmed killed": a passive toll, not anyone confirming.
  if (t.lower === 'confirmed' && /^(?:killed|dead|injured|wounded|missing)$/.test(next0?.lower ?? '')) return true;
  // "prejudicing suspects", "Boston bombing suspect Dzhokhar Tsarnaev", "investigating black suspects", "terror suspects
  // housed in U.S. facilities", "the female suspect who was killed": the noun, after an -ing form or a word that
  // describes a suspect. (Not "investigators now suspect", "people familiar with their use suspect".)
  if ((t.lower === 'suspect' || t.lower === 'suspects') && prev !== undefined) {
    const p2 = toks[i - 2];
    const ing = (w: Tok | undefined): boolean => w !== undefined && /^\p{Ll}+ing$/u.test(w.text) && !cueGroup.has(w.lower);
    if (SUSPECT_MODIFIERS.has(prev.lower) || ing(prev)
      || (ing(p2) && prev.text === prev.lower && prev.word && !ADVERB.test(prev.text) && !CUE_AUXILIARIES.has(prev.lower))) return true;
  }
  // "claimed responsibility for the attack", "claiming asylum", "claim the credit in error", "claimed the lives of":
  // taking or asking for something, not asserting anything.
  // (Not the subject of a clause: "claimed the benefits were paid".)
  if (t.lower.startsWith('claim') && next0 !== undefined) {
    const thing = CLAIMED_THINGS.has(next0.lower) ? i + 1 : CLAIMED_LEADS.has(next0.lower) && CLAIMED_THINGS.has(toks[i + 2]?.lower ?? '') ? i + 2 : -1;
    if (thing > 0 && !FINITE_VERBS.has(toks[thing + 1]?.lower ?? '')) return true;
  }
  // Idioms with a cue word that say nothing: "think twice", "telling the truth", "declares for president",
  // "charged her clients $3 million", "write legislation", "no one believes them", "questioning crew members".
  const idiom = IDIOM_CUES.get(t.lower);
  if (idiom !== undefined && idiomNotClaim(toks, i, idiom)) return true;
  // "Officials agreed to meet next week", "Negotiators agreed to a phased cancellation": consenting to do
  // something or to a deal is an act the sentence reports, not a view anyone states ("agreed that …",
  // "agreed with" stay cues). So is settling on one: "they agreed on the brief cease-fire", "agreed upon a date".
  if (t.lower.startsWith('agree') && (next0?.lower === 'to' || next0?.lower === 'upon'
    || (t.lower === 'agreed' && next0?.lower === 'on' && ARTICLES.has(toks[i + 2]?.lower ?? '')))) return true;
  // "Officials disagree on what the troops will do", "disagreed with the assessment", "disagree over whether": a view
  // only with what it differs on (not "Some officials disagreed.", "disagreed in private").
  // (Nor a preposition left at the end: "someone you disagree with", "many of which people will disagree about.")
  // (Nor a person disagreed with: "people disagree with me", "his opponents disagree with him", "with one another".)
  // ("an idea that he and others disagreed with and could not understand": the preposition left before "and".)
  if (t.lower.startsWith('disagree') && (!DISAGREED_ON.has(next0?.lower ?? '') || !toks[i + 2]?.word
    || (next0?.lower === 'with' && (DISAGREED_PEOPLE.has(toks[i + 2]!.lower) || COORDINATORS.has(toks[i + 2]!.lower) || toks[i + 2]!.lower === 'or')))) return true;
  // "Some Democrats fret that …", "aides fretted about the bill": a worry only with what it is about (not "Still,
  // many people fret.", "something his lawyers fretted over, given …").
  if (t.lower.startsWith('fret') && (!FRETTED_ABOUT.has(next0?.lower ?? '') || !toks[i + 2]?.word)) return true;
  // "Several party members have expressed skepticism at …", "officials voiced concern that …": a view
  // expressed is a claim; "expressed by", "expressed his condolences", "voiced the character" are not.
  // ("Her voice concerns me": the noun after a possessive; "Voice of America", "Express Scripts": a name.)
  if ((t.lower === 'voice' || t.lower === 'voices') && ARTICLES.has(prev?.lower ?? '')) return true;
  if ((t.lower.startsWith('voic') || t.lower.startsWith('express')) && t.text !== t.lower && i > 0) return true;
  if ((t.lower.startsWith('express') || t.lower.startsWith('voic')) && !VIEW_NOUNS.has(next0?.lower ?? '')
    && !(VIEW_MODIFIERS.has(next0?.lower ?? '') && VIEW_NOUNS.has(toks[i + 2]?.lower ?? ''))) return true;
  // "a man described as a white nationalist crashed his car": a reduced passive right after the people it
  // describes; they are described, not describing.
  if (next0?.lower === 'as' && LABEL_PARTICIPLES.has(t.lower) && prev?.word && !BE_FORMS.has(prev.lower) && !CUE_AUXILIARIES.has(prev.lower)
    && !PRONOUNS.has(prev.lower) && /^(?:\p{Ll}+|\p{Lu}\p{Ll}+)$/u.test(prev.text) && nounBefore(toks, i)) return true;
  return false;
}
function notACueRules4(toks: Tok[], i: number, t: Tok, prev: Tok | undefined, next0: Tok | undefined): boolean {
  // "Some experts speculated that …" is a claim; "Commentators speculated about how …", "Some Republicans speculate
  // whether …", "speculated on one possible scenario" ask a question (past an adverb: "speculated openly about").
  if (SPECULATE_FORMS.has(t.lower)) {
    const after = next0 !== undefined && ADVERB.test(next0.text) ? toks[i + 2] : next0;
    if (SPECULATION_QUESTIONS.has(after?.lower ?? '')) return true;
  }
  // "Many customers are contending with premium increases": dealing with something, not contending that.
  if (t.lower.startsWith('contend') && next0?.lower === 'with') return true;
  // "Critics counter that …" is a reply; "over the counter", "counters at the bank" are not.
  if ((t.lower === 'counter' || t.lower === 'counters') && next0?.lower !== 'that') return true;
  // "Election scholars caution that …", "experts caution against …": a verb only before what they warn of
  // (not "urged caution", "caution is warranted").
  if ((t.lower === 'caution' || t.lower === 'cautions') && next0?.lower !== 'that' && next0?.lower !== 'against') return true;
  // "Investigators concluded that …", "the minister affirmed that …", "an aide later clarified that …": a finding,
  // an assurance or a correction only before its clause (not "the talks concluded on Monday", "the appeals court
  // affirmed the sentence", "to clarify the rules").
  if (/^(?:conclud|affirm|clarif)/.test(t.lower) && next0?.lower !== 'that') return true;
  // ("an observer might conclude that …", "investigators could not conclude that …": a finding no one made.)
  if (t.lower.startsWith('conclud') && prev !== undefined && (MODALS.has(prev.lower) || negating(prev.lower))) return true;
  // "condemned to death": a sentence, not a statement.
  if (t.lower.startsWith('condemn') && next0?.lower === 'to') return true;
  // "admitted to hospital", "refugees admitted into the country": let in, not conceded ("admitted to lying" is).
  // So is admitting someone somewhere: "admits themselves to a psychiatric hospital", "admitted him into the program".
  if (t.lower.startsWith('admit') && (next0?.lower === 'into' || (next0?.lower === 'to' && ADMITTED_TO.test(`${toks[i + 2]?.lower ?? ''} ${toks[i + 3]?.lower ?? ''}`))
    || (ADMITTED_WHOM.has(next0?.lower ?? '') && /^(?:to|into)$/.test(toks[i + 2]?.lower ?? '')))) return true;
  // "The news reports write themselves", "the story tells itself": the idiom of a thing that needs no one.
  if (/^(?:write|writes|wrote|tell|tells|told|explain|explains|explained)$/.test(t.lower) && (next0?.lower === 'themselves' || next0?.lower === 'itself')) return true;
  // "experts were quick to write off the report", "Dan wrote up yesterday's poll": dismissing or summing up a thing,
  // not writing a view ("wrote back", "wrote in", "wrote on" still give what was written).
  if (/^(?:write|writes|wrote|written|writing)$/.test(t.lower) && (next0?.lower === 'off' || next0?.lower === 'up')) return true;
  // "called the police", "called back", "called off the meeting", "called out to him": a phone call,
  // a cancellation, a shout or a call for aid. "called for", "called on", "called out" report a demand or a
  // criticism: they stay cues.
  if ((t.lower === 'called' || t.lower === 'calling') && next0 && (CALLED_NOT_SPEECH.has(next0.lower) || (next0.lower === 'the' && CALLED_NOT_SPEECH.has(toks[i + 2]?.lower ?? ''))
    || (next0.lower === 'out' && toks[i + 2]?.lower === 'to') || (next0.lower === 'for' && CALLED_FOR_AID.has(toks[i + 2]?.lower ?? ''))
    // ("someone calling himself Tamerlan" names himself, while "Trump called himself an arbitrator" still labels;
    // "they were calling from behind bars" phone; "officers called to her home" were sent for.)
    || (t.lower === 'calling' && REFLEXIVES.has(next0.lower)) || next0.lower === 'from' || (next0.lower === 'to' && PHONE_DETERMINERS.has(toks[i + 2]?.lower ?? '')))) return true;
  // "some who now call themselves the “liberty movement”", "a lawmaker who freely called himself a democratic
  // socialist", "as one attendee called herself": the name people go by. ("Trump called himself …" keeps its speaker.)
  if (/^call(?:s|ed)?$/.test(t.lower) && REFLEXIVES.has(next0?.lower ?? '') && !namedSubjectBefore(toks, i)) return true;
  // "someone called Domino's from their house", "called him at home", "called Trump on Monday": a phone
  // call to someone, with nothing said of them ("called him a liar", "called Trump “reckless”" still label).
  // ("an Associated Press reporter called his cellphone", "calling the hotline".)
  if ((t.lower === 'called' || t.lower === 'calls' || t.lower === 'call' || t.lower === 'calling') && phoneCall(toks, i)) return true;
  // "Hamas observed the truce", "the scene as an officer observes it": "observe" with an object keeps a rule or
  // sees something; only "observed that …", a quotation or the tail after one ("…, he observed") is speech.
  // ("many observed it was strange": a clause, its subject first.)
  if ((t.lower === 'observed' || t.lower === 'observes' || t.lower === 'observe') && next0 !== undefined && OBSERVED_OBJECTS.has(next0.lower)
    && !FINITE_VERBS.has(toks[i + 2]?.lower ?? '') && !BE_FORMS.has(toks[i + 2]?.lower ?? '')) return true;
  // "Seven members of the platoon testified against Gallagher at his trial", "Two officials testified before
  // Congress": who gave testimony, with nothing of it said (the relative "officials who testified" is read the
  // same way in the subject search). "testified before the committee on Tuesday that …" still says something, and
  // so does a tail after what was said ("Some 30 percent cut the bracelet off, an ICE official testified to Congress").
  // (Nor an aside inside what was said, "All of the memos, he testified, have now been surrendered", "Comey, as he
  // testified before Congress, refused …", nor testimony quoted after a colon.)
  // (An aside, not "After the last witness testified, Blackstone asked …", "officials have testified, and will …".)
  if (TESTIFIED.has(t.lower) && saysNothing(toks, i) && !(toks[i + 1]?.text === ',' && !COORDINATORS.has(toks[i + 2]?.lower ?? '') && !clauseOpenedBy(toks, i, EVENT_SUBORDINATORS))
    && !toks.some((x) => x.text === QUOTE || x.text === ':')
    && !testimonyThat(toks, i) && !tailAfterClause(toks, i) && !clauseOpenedBy(toks, i, AS_ONLY) && !coordinatedCue(toks, i)) return true;
  // "The administration officials who testified did little to assuage concerns", "the witnesses who have testified so
  // far are not “the main targets”": a relative clause that names who testified, with the sentence's own verb after it.
  if (TESTIFIED.has(t.lower) && relativeDescribes(toks, i)) return true;
  // "more independent than in, say, a country like Russia", "people who, say, are victims of actual theft": "say" set
  // off by commas on both sides is "for example" (an inverted cue has its speaker before the next comma: ", say officials,";
  // a subject's quotation follows the second: "Some of his supporters, Sessions’ supporters, say, “That was …”").
  if (t.lower === 'say' && prev?.text === ',' && next0?.text === ',' && toks[i + 2]?.text !== QUOTE) return true;
  // "Health officials continued to scramble to stand up new tools", "some of her colleagues continued to push for one",
  // "Agents continued to work on it": "continue to" before a verb of doing is an aspect, no saying ("…,” the official
  // continued." still is).
  if (CONTINUE_FORMS.has(t.lower) && continuedTo(toks, i)) return true;
  // "43 Democrats voted to block the measure, denying Republicans the 60 votes", "the court denied Wisconsin permission":
  // withholding something from someone, not denying a claim. "He added his name to the letter", "Twitter added a
  // warning to the video": putting a thing somewhere, not adding words (not the inverted "…, added a senior House
  // Republican to the National Journal").
  if (DENY_FORMS.has(t.lower) && withheldFrom(toks, i)) return true;
  if (ADD_FORMS.has(t.lower) && prev?.word && prev.text !== QUOTE && addedTo(toks, i)) return true;
  // "The Senate confirmed William Barr as attorney general", "Republicans confirmed Neil Gorsuch to fill the vacancy",
  // "confirmed the nomination": a vote that approves an appointment, not a fact confirmed.
  if (CONFIRM_FORMS.has(t.lower) && appointmentConfirmed(toks, i)) return true;
  // "after the media reported on the business and Congress started asking": a topic covered, nothing said of it
  // ("reported on Monday that", "reported on its website that …", "reported on the talks: …" still say something).
  // (The verb only: "a Pew Research report on polarization found" is the noun, which the checks below read.)
  if ((t.lower === 'reported' || t.lower === 'reporting') && next0?.lower === 'on' && coverageOnly(toks, i + 2)) return true;
  // "The Times published a 31-paragraph story on the charge last week", "wrote an article about the deal.": a piece
  // put out on a topic, nothing said of it.
  if (PUBLISHING.has(t.lower) && publishedPieceOnly(toks, i)) return true;
  // "like so many others stressed by the pandemic", "the points stressed by the envoy": a participle of a reduced
  // relative after its noun, whose agent follows "by"; the noun is what was stressed, not who stressed it. (Not
  // a manner, "officials stressed by phone that …", nor a form of "be", "was stressed by …", read by the evaluative
  // passive's "by".)
  if (t.lower.endsWith('ed') && next0?.lower === 'by' && prev?.word && !BE_FORMS.has(prev.lower) && !CUE_AUXILIARIES.has(prev.lower)
    && !ADVERB.test(prev.text) && !PRONOUNS.has(prev.lower) && !BY_MEDIUM.has(toks[i + 2]?.lower ?? '') && !/ing$/.test(toks[i + 2]?.lower ?? '')) return true;
  // "the subject of dozens of articles and television reports, as well as …": a report noun closing a list
  // or an "of" phrase, with nothing it says after it.
  // ("Video footage and witness reports appeared to bolster claims …": the subject of a verb stays.)
  if (NOUN_LIKE_CUES.has(t.lower) && /s$/.test(t.lower) && listOrOfObject(toks, i) && saysNothing(toks, i)
    && (!next0?.word || next0.lower === 'and' || next0.lower === 'or' || next0.lower === 'as')) return true;
  // "a source of fierce debate", "the subject of intense speculation": a noun-like cue after "of" and one
  // modifier is the object of "of", not a verb.
  // (Not after the people of a count: "a number of officials say", "dozens of people say", "some of them say".)
  if (NOUN_LIKE_CUES.has(t.lower) && toks[i - 2]?.lower === 'of' && prev?.word && /^\p{Ll}/u.test(prev.text) && !prev.lower.endsWith('s')
    && !PRONOUNS.has(prev.lower) && !personNouns.has(prev.lower) && !PEOPLE_PLURALS.has(prev.lower)) return true;
  // "Cook Political Report calls", "the Drudge Report poll": a capitalized noun-like cue inside a
  // name. Not in a title-case headline, where the next word is capitalized too ("Witnesses Say Troops
  // Fired"), nor in a headline's tail (", Officials Say") or in all capitals.
  if (NOUN_LIKE_CUES.has(t.lower) && t.text !== t.lower && t.text !== t.text.toUpperCase() && prev?.word && isCapWord(prev)
    && (next0?.word ? !isCapWord(next0) : toks[i - 2]?.text !== ',')) return true;
  // "asked whether ..." reports a question; "asked Qatar to ..." is a request, not an attribution.
  if (t.lower === 'asked' && !(next0 === undefined || !next0.word || ASKED_NEXT.has(next0.lower))) return true;
  // "Reagan was asked how ...": the subject answered, and a question put by no one in particular claims nothing (it
  // was a hedge once; on corpus text every one read was a question, not a claim, and it outranked the answer:
  // "When Kudlow was asked about this, he said …").
  if (t.lower === 'asked' && prev && BE_FORMS.has(prev.lower)) return true;
  // "the so-called “302” witness report", "an outdated missing person report", "the first official report": the noun
  // after a phrase of singular words (not after a plural, "Democrats report", "Witnesses near the Turkish border
  // report", nor after "to", "who" or an auxiliary).
  if (t.lower === 'report' && singularReportPhrase(toks, i)) return true;
  return false;
}

/**
 * The words a cue found, trimmed: a dateline, a time, what was issued, whom it was said to; null where the
 * words are no speaker (a condition, an indirect question, a preposition's object, a causative's object).
 */
function trimHit(text: string, toks: Tok[], i: number, found: PhraseHit, weak: boolean): { hit: PhraseHit; issued: boolean } | null {
  const dashed = trimDashes(text, toks, i, found);
  const issuedBy = dashed === null ? null : trimIssued(text, toks, i, dashed);
  return issuedBy === null ? null : trimTail(text, toks, i, issuedBy.hit, issuedBy.issued, weak);
}
/** `trimHit`'s first step: descriptions set off by dashes, a dateline, a time after "in". */
function trimDashes(text: string, toks: Tok[], i: number, found: PhraseHit): PhraseHit | null {
  let hit = found;
  // "DUBAI (Reuters) - A lawyer for …", "SEOUL, South Korea -- North Korean state radio": a dateline's dash
  // opens no source; the source starts after it.
  // "Bolivian President Evo Morales - an ally of the Venezuelan government - tweeted": words set off by dashes
  // describe the subject before them.
  if (hit.end < i && DASHES.has(toks[hit.end]!.text)) {
    // (A double dash closes the description with two marks: "Canada -- a NATO member -- said".)
    let e = hit.end;
    while (e - 1 > hit.start && DASHES.has(toks[e - 1]!.text)) e--;
    let m = e - 1;
    while (m > hit.start && !DASHES.has(toks[m]!.text)) m--;
    let before = m;
    while (before - 1 > hit.start && DASHES.has(toks[before - 1]!.text)) before--;
    // (Where the words before the description are no source, "The sisters -- Ailina and Bella Tsarnaev -- said",
    // the names in it are read with them.)
    if (m > hit.start) hit = noSource(text.slice(toks[hit.start]!.s, toks[before - 1]!.e))
      && classifySource(text.slice(toks[m + 1]!.s, toks[e - 1]!.e))?.type === 'named' ? { ...hit, end: e - 1 }
      : { start: hit.start, end: before - 1, appositive: { start: toks[m + 1]!.s, end: toks[e - 1]!.e } };
    else if (hit.start >= 2 && DASHES.has(toks[hit.start - 1]!.text)) {
      // (Past every mark of the opening dash: "Jeff Flake -- a frequent Trump critic -- announced".)
      let q = hit.start - 2;
      while (q > 0 && DASHES.has(toks[q]!.text)) q--;
      const outer = npBackFrom(toks, q, null);
      if (outer === null) return null;
      hit = { start: outer.start, end: outer.end, appositive: { start: toks[hit.start]!.s, end: toks[e - 1]!.e } };
    } else hit = { ...hit, end: e - 1 };
  }
  // "DUBAI (Reuters) - A lawyer for …", "SEOUL, South Korea -- North Korean state radio": a dateline's dash
  // opens no source; the source starts after it. (A dateline only: a place in capitals or an outlet in
  // parentheses before the dash, "- Sources told …" at the start. "Sen. Joe Lieberman, Connecticut
  // independent - two high-profile supporters of vouchers - announced": a dash-set description.)
  for (let k = hit.end - 1; k >= hit.start; k--) {
    if (DASHES.has(toks[k]!.text) && (k === 0 || toks[k]!.s > toks[k - 1]!.e || DASHES.has(toks[k - 1]!.text))) {
      const first = toks[0]!;
      const dateline = k === 0 || toks[k - 1]!.text === ')' || (first.word && first.text.length >= 3 && first.text === first.text.toUpperCase() && /\p{Lu}/u.test(first.text));
      if (dateline) hit = { ...hit, start: k + 1 };
      // "for Pelosi and friends -- I warned", "a calamitous effect -- a top GOP pollster warned": a source after a
      // dash that sets the words before it off is the subject on its own.
      else if (k < hit.end && classifySource(text.slice(toks[k + 1]!.s, toks[hit.end]!.e)) !== null) hit = { ...hit, start: k + 1 };
      break;
    }
  }
  // "When he died in 2000 the New York Times noted", "in September Forbes magazine estimated": the time
  // after "in" opens no source.
  if (hit.start < hit.end && toks[hit.start - 1]?.lower === 'in' && (/^\d{4}$/.test(toks[hit.start]!.text) || MONTHS.has(toks[hit.start]!.lower)))
    hit = { ...hit, start: hit.start + 1 };
  return hit;
}
/** `trimHit`'s second step: who issued a statement, whom a letter was sent to. */
function trimIssued(text: string, toks: Tok[], i: number, found: PhraseHit): { hit: PhraseHit; issued: boolean } | null {
  const t = toks[i]!;
  let hit = found;
  // "The White House issued a statement saying", "Romney released a statement late Tuesday saying": the
  // speaker is who issued it, not the words up to "statement".
  let issued = false;
  // "she also delivered a brief statement claiming innocence": a phrase that opens on the verb of issuing (its
  // subject cut off by an adverb) is the thing issued; it speaks for whoever issued it.
  if (ISSUED_CUES.has(t.lower) && hit.end < i && ISSUE_VERBS.has(toks[hit.start]!.lower) && ISSUED_THINGS.has(toks[hit.end]!.lower)) {
    const by = issuerOf(text, toks, hit.end);
    const issuer = by !== null ? classifySource(text.slice(toks[by.start]!.s, toks[by.end]!.e)) : null;
    if (by !== null && issuer !== null && issuer.type !== 'anonymous' && issuer.type !== 'vague') {
      hit = by;
      issued = true;
    } else hit = { ...hit, start: hit.start + 1 };
  } else if (ISSUED_CUES.has(t.lower) && hit.end < i) {
    for (let k = hit.start + 1; k <= hit.end; k++) {
      // "fundraisers received an email saying": the email speaks; who got it does not.
      if (RECEIVE_VERBS.has(toks[k]!.lower) && ISSUED_THINGS.has(toks[hit.end]!.lower) && k < hit.end) {
        hit = { ...hit, start: k + 1 };
        break;
      }
      if (!ISSUE_VERBS.has(toks[k]!.lower)) continue;
      let d = k + 1;
      while (d <= hit.end && d <= k + 4 && !ISSUED_THINGS.has(toks[d]!.lower)) d++;
      // (Only for an identified issuer: "Officials issued a statement" stays the statement, a document.)
      const issuer = d <= hit.end && d <= k + 4 ? classifySource(text.slice(toks[hit.start]!.s, toks[k - 1]!.e)) : null;
      if (issuer !== null && issuer.type !== 'anonymous' && issuer.type !== 'vague') {
        hit = { ...hit, end: k - 1 };
        issued = true;
      }
      break;
    }
  }
  // "crying out to the officers saying, 'I can't breathe'", "wrote to the officials saying": the people an -ing
  // cue follows as a preposition's object are whom it was said to, not who said it.
  // ("He issued a statement earlier to The Washington Post saying": past a time word after the thing sent.)
  const sentAt = hit.start - 2 - (SENT_WHEN.has(toks[hit.start - 2]?.lower ?? '') ? 1 : 0);
  if (hit.end < i && t.lower.endsWith('ing') && hit.start > 0 && ADDRESSEE_PREPS.has(toks[hit.start - 1]!.lower)
    && (TALKED_TO.has(toks[sentAt]?.lower ?? '') || ISSUED_THINGS.has(toks[sentAt]?.lower ?? ''))) {
    // "Pelosi later sent a letter to House Democrats saying …", "Mednax sent a statement to Axios saying": the
    // letter is its sender's, who is the subject of "sent".
    const letter = ISSUED_THINGS.has(toks[sentAt]?.lower ?? '');
    const sender = letter ? issuerOf(text, toks, sentAt) : null;
    // (A letter whose sender is not found stays with a named addressee, as before: the sentence still names
    // people for a "they" after it. Unnamed addressees never become an unnamed source.)
    const addressee = sender === null ? classifySource(text.slice(toks[hit.start]!.s, toks[hit.end]!.e)) : null;
    if (sender !== null) hit = sender;
    else if (!letter || addressee === null || addressee.type === 'anonymous' || addressee.type === 'vague') return null;
  }
  return { hit, issued };
}
/** `trimHit`'s last step: conditions, questions, conjuncts, clause openers, times. */
function trimTail(text: string, toks: Tok[], i: number, found: PhraseHit, issued: boolean, weak: boolean): { hit: PhraseHit; issued: boolean } | null {
  let hit = found;
  // "if a Republican had said this": speech in a condition is imagined, not reported.
  // ("Whether any witness has accused him has not surfaced": an open question asserts nothing either.)
  if (CONDITIONAL.has(toks[hit.start - 1]?.lower ?? '') || (toks[hit.start - 1]?.lower === 'whether' && hit.end < i)
    || insideCondition(toks, Math.min(hit.start, i))) return null;
  // "I'm not sure how others felt", "what voters think": a question about a view, not a view.
  if (weak && hit.end < i && INDIRECT_QUESTION.has(toks[hit.start - 1]?.lower ?? '')) return null;
  // "according to relatives and Gaza health officials": the conjunct after "and" completes the source.
  // "according to administration and other officials": "other" makes the first word one of the officials.
  // ("according to lawmakers and aides": bare members of a chamber beside unnamed people are one source with them.)
  if (hit.start > i && toks[hit.end + 1]?.lower === 'and') {
    const firstCls = classifySource(text.slice(toks[hit.start]!.s, toks[hit.end]!.e));
    const chamber = firstCls !== null && firstCls.type === 'institutional' && CHAMBER_MEMBERS.has(toks[hit.end]!.lower);
    const more = toks[hit.end + 2]?.lower === 'other' || firstCls === null || chamber ? phraseAfter(toks, hit.end + 2, true) : null;
    if (more !== null && (!chamber || classifySource(text.slice(toks[hit.start]!.s, toks[more.end]!.e)) !== null)) hit = { ...hit, end: more.end };
  }
  // "… and others with suspected trafficking violations": a subject cut off after its preposition is
  // no subject; the cue word is a modifier inside a prepositional phrase.
  if (hit.end < i && hit.end > hit.start && (OBJECT_PREPS.has(toks[hit.end]!.lower) || CONJUNCTIONS.has(toks[hit.end]!.lower))
    && !contactClauseEnd(toks, hit.end)) return null;
  // "a fatwa permitting armed resistance against U.S. military personnel in Iraq reportedly stated": the words
  // after a preposition that never opens a clause are its object, not the subject of a finite cue (they are
  // the subject of a participle: "based upon two anonymous sources claiming", "despite experts arguing").
  // (Lower case only: "Doctors Without Borders said" is a name.)
  if (hit.end < i && NEVER_BEFORE_SUBJECT.has(toks[hit.start - 1]?.text ?? '') && !toks[i]!.lower.endsWith('ing')
    && !OUTLET_PIECE_HEADS.has(toks[i]!.lower)) return null;
  // "Matthews made people wonder", "which led many to believe": the people a causative verb acts on are its
  // object; the view is the writer's account of an effect, not theirs to vouch for.
  if (hit.end < i && causativeIn(toks, hit.start, hit.end)) return null;
  // "the program from moving forward some thought", "This is something few of his critics thought", "rose
  // in the polls each time pundits wrote": a quantifier or "each time" inside the words found opens the
  // subject; what comes before it belongs to another clause.
  // (Only to clean the words of a claim that stands anyway, of the same type: this changes no flag.)
  if (hit.end < i && hit.end > hit.start) {
    for (let p = hit.end; p > hit.start; p--) {
      const w = toks[p]!.lower;
      const before = toks[p - 1]!.lower;
      if ((CLAUSE_QUANTIFIERS.has(w) && !NP_BEFORE_QUANTIFIER.has(before) && !toks[p - 1]!.quoted && toks[p - 1]!.word)
        || ((before === 'time' || before === 'times') && p >= 2 && (toks[p - 2]!.lower === 'each' || toks[p - 2]!.lower === 'every'))) {
        const whole = classifySource(text.slice(toks[hit.start]!.s, toks[hit.end]!.e));
        if (whole !== null && classifySource(text.slice(toks[p]!.s, toks[hit.end]!.e))?.type === whole.type) hit = { ...hit, start: p };
        break;
      }
    }
  }
  // "last week senior US officials told", "On Monday senior officials said": a time that opens the phrase is not
  // part of the source.
  // (Only where a noun phrase follows: not "on Thursday for the person who sent", "on Wednesday -- He tweeted".)
  let past = hit.start;
  for (let guard = 0; guard < 2 && past < hit.end; guard++) {
    const w0 = toks[past]!.lower;
    const w1 = toks[past + 1]!.lower;
    if (TIME_PHRASE_LEADS.has(w0) && (TIME_NOUNS.has(w1) || MONTHS.has(w1)) && past + 1 < hit.end) past += 2;
    else if (TIME_NOUNS.has(w0) || (MONTHS.has(w0) && !/^\d/.test(w1))) past += 1;
    else break;
  }
  if (past > hit.start && toks[past]!.word && !NP_STOP.has(toks[past]!.lower) && !OBJECT_PREPS.has(toks[past]!.lower)) hit = { ...hit, start: past };
  // "At least half a dozen legal experts said": the count's "at" belongs to the phrase.
  if ((toks[hit.start]!.lower === 'least' || toks[hit.start]!.lower === 'most') && toks[hit.start - 1]?.lower === 'at') hit = { ...hit, start: hit.start - 1 };
  return { hit, issued };
}

/** A source's words and type, with a name that follows its description or an appositive that names it. */
interface Sourced {
  cls: SourceClass | null;
  source: Span;
  phrase: string;
  phraseSpan: Span;
}

/** What the trimmed words of a cue's source are: its span, its phrase and its class (null when no source). */
function classifyHit(text: string, s: Span, st: DocState, toks: Tok[], i: number, hit: PhraseHit, issued: boolean, weak: boolean): Sourced | null {
  // ("They’ll argue", "He’ll tell members": the pronoun without its fused "will", whose words are foretold. "They’ve",
  // "they’re", "they’d" keep the token as read so far: a "they" they stand for resolves wrongly too often.)
  const fused = hit.start === hit.end ? /^(\p{L}+)['\u2019]ll$/u.exec(toks[hit.start]!.text) : null;
  const phraseSpan = { start: toks[hit.start]!.s, end: fused !== null && PRONOUNS.has(fused[1]!.toLowerCase()) ? toks[hit.start]!.s + fused[1]!.length : toks[hit.end]!.e };
  const phrase = text.slice(phraseSpan.start, phraseSpan.end);
  let cls = classifySource(phrase);
  // "activists who have been involved in advocacy and research argue", "… in advocacy and studies argue": a bare
  // research or study noun before the verb, right after a preposition or joined to that preposition's noun, is
  // what the subject took part in, not the subject. ("the election and polls show", "surveys and studies have
  // shown", "according to studies" still speak.)
  const k = hit.start;
  if (cls !== null && k === hit.end && hit.end < i && k >= 2 && RESEARCH_PLURALS.has(toks[k]!.lower)
    && (PHRASE_PREPS.has(toks[k - 1]!.lower) || ((toks[k - 1]!.lower === 'and' || toks[k - 1]!.lower === 'or') && bareNounAfterPrep(toks, k - 2)))) cls = null;
  if (hit.access) cls = { type: 'anonymous', label: phrase, kind: 'anonymous' };
  // "ABC News issued a statement saying the network should have been more precise": an outlet's statement
  // about itself is its corporate voice, not its reporting.
  if (issued && cls !== null && cls.type === 'report') cls = { type: 'institutional', label: phrase, kind: 'organization' };
  let source: Span = phraseSpan;
  // "according to the top UNICEF field officer in Gaza, Pernilla Ironside": the name follows the role.
  let comma = hit.end + 1;
  // Past a place phrase: "the top UNICEF field officer in Gaza, Pernilla Ironside".
  if (toks[comma]?.lower === 'in' || toks[comma]?.lower === 'at') while (comma < hit.end + 6 && toks[comma]?.word) comma++;
  // Not after a sentence-opening "According to my sources, Axelrod & Co. discussed …": there the name is the clause's subject.
  // ("said the spokesman, Stephen Lawson", "said the man, Donald Thurman, who lives nearby", "said the company's
  // chief executive, Jane Doe": the same for an office's role and for any description that the name follows.)
  const described = cls === null ? NP_DETERMINERS.has(toks[hit.start]!.lower) || /['\u2019]s$/.test(toks[hit.start]!.text)
    : cls.type === 'anonymous' || cls.type === 'vague' || cls.kind === 'role';
  if (described && hit.start > i && toks[comma]?.text === ',' && toks[i - 1] !== undefined) {
    const named = nameAfterComma(text, toks, comma + 1);
    const name = named === null ? '' : text.slice(named.start, named.end);
    // Not a state after a town ("a pharmacist in Eugene, Oregon."); an organization's name is its own voice
    // ("according to her publisher, Penguin Random House").
    if (named && !US_STATE.test(name)) {
      const own = classifySource(name);
      cls = own !== null && (own.kind === 'organization' || own.kind === 'outlet') ? own : { type: 'named', label: name, kind: 'person' };
      source = named;
    }
  }
  // "An Iranian-Turkish gold trader named Reza Zarrab … testified": the name follows "named".
  if (cls !== null && cls.type === 'anonymous' && (toks[hit.end + 1]?.lower === 'named' || toks[hit.end + 1]?.lower === 'called') && isCapWord(toks[hit.end + 2])) {
    let e = hit.end + 2;
    while (e + 1 < toks.length && e < hit.end + 5 && isCapWord(toks[e + 1])) e++;
    // ("a group called Women Speak for Themselves that was organized": a name with a small word inside.)
    while (e + 2 < toks.length && e < hit.end + 9 && NAME_JOINERS.has(toks[e + 1]!.text) && isCapWord(toks[e + 2])) {
      e += 2;
      while (e + 1 < toks.length && e < hit.end + 9 && isCapWord(toks[e + 1])) e++;
    }
    const name = { start: toks[hit.end + 2]!.s, end: toks[e]!.e };
    // When that word is the cue itself, the clause must go on past the name for it to be one ("A woman called
    // Tara Durant took her daughter …": a naming, and no claim at all); otherwise it is a label the subject
    // gives: "Officials called Trump a liar", "One Colorado Republican called Pence an “excellent choice”".
    const naming = hit.end + 1 !== i || clauseGoesOn(toks, e + 1);
    if (naming && hit.end + 1 === i) return null;
    // Not "called Underwood's statement 'misleading'": a possessive starts the object of a characterization.
    if (naming && !/['\u2019]s$/.test(toks[e]!.text) && looksLikePersonName(text.slice(name.start, name.end))) {
      cls = { type: 'named', label: text.slice(name.start, name.end), kind: 'person' };
      source = name;
    }
  }
  if (cls !== null && (cls.type === 'institutional' || cls.type === 'named') && hit.appositive === null && hit.end < i) {
    // "Palestinian militants in Gaza said", "Two fishermen from Gaza told AFP": the people are the
    // subject, not their place. Taken when their noun phrase opens the sentence or a clause.
    const owner = personBeforePlace(toks, hit.start);
    const np = owner >= 0 ? npBackFrom(toks, hit.start - 2, null) : null;
    const from = np ? Math.min(np.start, owner) : owner;
    if (owner >= 0 && opensClause(toks, from)) {
      source = { start: toks[from]!.s, end: phraseSpan.end };
      cls = classifySource(text.slice(source.start, source.end));
      if (cls === null) return null;
    } else if (owner < 0 && hit.end === i - 1 && hit.end - hit.start <= 1 && LOCATIVE_PREPS.has(toks[hit.start - 1]?.lower ?? '')) {
      // "A senior official with a prominent pro-Israel policy organization in Washington said": the place ends
      // the subject that opens the sentence; that subject, read whole, is the speaker when it names a person.
      const whole = openingPhrase(toks, hit.start - 1);
      const wcls = whole === null ? null : classifySource(text.slice(toks[whole]!.s, phraseSpan.end));
      if (whole !== null && wcls !== null && (wcls.type === 'anonymous' || wcls.type === 'vague' || wcls.kind === 'role')) {
        source = { start: toks[whole]!.s, end: phraseSpan.end };
        cls = wcls;
      }
    }
  }
  // "Rep. Louie Gohmert, the Republican congressman from Texas told me", "Amr Al Azm, an associate professor … at
  // Shawnee State University in Ohio told the Monitor": a place after "from", "in" or "to" ends a description; it
  // never speaks. The speaker is the person the description follows, or the people the place phrase belongs to;
  // failing both, no one this sentence can name ("hundreds of people across the country and in Canada told us").
  if (cls !== null && cls.kind === 'organization' && hit.appositive === null && hit.end < i && PLACE_PREPS.has(toks[hit.start - 1]?.lower ?? '')
    && placeWords(toks, hit.start, hit.end)) {
    const described = describedPersonBefore(text, toks, hit.start - 1);
    const np = described === null && hit.start >= 2 && toks[hit.start - 2]!.word ? npBackFrom(toks, hit.start - 2, null) : null;
    // (The phrase before the place speaks when it opens the clause, or after "as": "as NPR's Frank Langfitt in London reports".)
    const npFrom = np !== null && (opensClause(toks, np.start) || toks[np.start - 1]?.lower === 'as') ? np.start : null;
    // (Else the whole phrase that opens the sentence: "A study from the American Enterprise Institute in Washington estimates".)
    const from = npFrom ?? (described === null ? openingPhrase(toks, hit.start - 1) : null);
    const wcls = from === null ? null : classifySource(text.slice(toks[from]!.s, phraseSpan.end));
    if (described !== null) {
      source = described;
      cls = { type: 'named', label: text.slice(described.start, described.end), kind: 'person' };
    } else if (from !== null && wcls !== null) {
      source = { start: toks[from]!.s, end: phraseSpan.end };
      cls = wcls;
    } else return null;
  }
  return appositiveClass(text, s, st, toks, i, hit, weak, phrase, phraseSpan, cls, source);
}
/** `classifyHit`'s step for a description set off after the words found: an anonymity mark, a name, a body. */
function appositiveClass(text: string, s: Span, st: DocState, toks: Tok[], i: number, hit: PhraseHit, weak: boolean, phrase: string, phraseSpan: Span, cls0: SourceClass | null, source0: Span): Sourced | null {
  let cls = cls0;
  let source = source0;
  if (hit.appositive) {
    const app = text.slice(hit.appositive.start, hit.appositive.end);
    if (ANONYMITY_MARK.test(app) && (cls === null || cls.type !== 'named' || cls.kind === 'pronoun')) {
      // "Residents in the neighborhood, speaking on condition of anonymity,": the people are the
      // source, not the place the phrase search stopped at.
      const owner = cls === null ? personBeforePlace(toks, hit.start) : -1;
      if (owner >= 0) source = { start: toks[owner]!.s, end: phraseSpan.end };
      cls = { type: 'anonymous', label: text.slice(source.start, source.end), kind: 'anonymous' };
    }
    // (Not a party and state, "Sen. John McCain, R-Ariz., said", "Rep. Jim Jordan, Ohio Republican, said": the
    // name before is the speaker.)
    else if (looksLikePersonName(app) && !PARTY_STATE.test(app) && !STATE_PARTY.test(app)) {
      cls = { type: 'named', label: app, kind: 'person' };
      source = hit.appositive;
    } else if (NAMED_AS.test(app) && looksLikePersonName(app.replace(NAMED_AS, '')) && cls !== null && cls.type !== 'named') {
      // "A shopper, identified as Joseph Wilcox, told": the aside gives the name ("identified only as …" withholds it,
      // and is an anonymity mark above).
      const at = hit.appositive.start + (NAMED_AS.exec(app)?.[0].length ?? 0);
      cls = { type: 'named', label: text.slice(at, hit.appositive.end), kind: 'person' };
      source = { start: at, end: hit.appositive.end };
    } else {
      // "Another expert, Yossi Kuperwasser, former director ...", "One of his backers, media
      // commentator Ann Coulter,": the description is followed by the person's name. After a role or any
      // description, the person holding it by title and name: "The other candidate on the stage, former
      // Secretary of State Hillary Clinton, said".
      const unnamed = cls !== null && (cls.type === 'anonymous' || cls.type === 'vague');
      const name: { text: string; at: number; label?: string } | null = unnamed ? nameInAppositive(app) ?? titledNameInAppositive(app)
        : cls === null || cls.kind === 'role' ? titledNameInAppositive(app) : null;
      if (name !== null) {
        const at = hit.appositive.start + name.at;
        cls = { type: 'named', label: name.label ?? name.text, kind: 'person' };
        source = { start: at, end: at + name.text.length };
      } else if (unnamed && namesBodies(app)) {
        // "Two of the top handicappers, the Cook Political Report and the Rothenberg Political Report, describe …": the
        // group is then named, body by body.
        const bodies = classifySource(app.trim());
        if (bodies !== null && (bodies.kind === 'organization' || bodies.kind === 'outlet')) {
          cls = bodies;
          source = hit.appositive;
        }
      }
    }
  }
  return backReferenceClass(text, s, st, toks, i, hit, weak, phrase, phraseSpan, cls, source);
}
/** `classifyHit`'s last step: an anonymity clause or a handle after the source, and a role that refers back. */
function backReferenceClass(text: string, s: Span, st: DocState, toks: Tok[], i: number, hit: PhraseHit, weak: boolean, phrase: string, phraseSpan: Span, cls0: SourceClass | null, source0: Span): Sourced | null {
  let cls = cls0;
  const source = source0;
  // "…,” said the United States Army expert, who spoke on the condition of anonymity: the relative clause
  // after an inverted source withholds the name.
  if (hit.start > i && toks[hit.end + 1]?.text === ',' && (cls === null || cls.kind === 'role' || cls.type === 'anonymous' || cls.type === 'vague')) {
    let e = hit.end + 2;
    while (e < toks.length && toks[e]!.text !== ',') e++;
    const tail = text.slice(toks[hit.end + 1]!.e, e < toks.length ? toks[e]!.s : s.end);
    if (/^\s*who\b/i.test(tail) && ANONYMITY_MARK.test(tail)) cls = { type: 'anonymous', label: phrase, kind: 'anonymous' };
  }
  // "a Trump supporter who runs the Twitter account @WomenForTrump", "one Twitter user, @nycsouthpaw,": an account
  // handle right after the source identifies who it is (the labeled sets count it named).
  if (cls !== null && cls.type === 'anonymous') {
    const handle = /^[^.;!?@]{0,60}?(@\w{2,30})\b/.exec(text.slice(phraseSpan.end, Math.min(s.end, phraseSpan.end + 90)));
    const at = handle === null ? -1 : phraseSpan.end + handle.index + handle[0].length;
    // (Not past the cue: "A senior official said the account @IDF was hacked" names the account, not the official.)
    if (handle && !(phraseSpan.end <= toks[i]!.s && at > toks[i]!.s)
      && /^(?:\s*,|\s+who\b|\s+@|[^,]*\b(?:account|handle|user|username)\s+@)/i.test(text.slice(phraseSpan.end, at)))
      cls = { type: 'named', label: `${phrase} (${handle[1]!})`, kind: 'person' };
  }
  // "A woman who declined to give her name said … The woman said …": "the" and the head of the unnamed speaker of
  // the last two sentences is that speaker again.
  if (cls === null && hit.appositive === null && !weak) {
    const again = sameUnnamedSpeaker(phrase, st);
    if (again !== null) cls = { type: 'anonymous', label: `${phrase} (${again})`, kind: 'unnamed-person' };
  }
  // "John Smith, a State Department official, said … The official added …", "former police Officer Jason Stockley …
  // The former officer said …": "the" and a role that last described a named person (not "a senior official said …
  // The official added") refers back to that person.
  // (Not one said to withhold the name: "said the soldier, who spoke on the condition of anonymity".)
  // (Read near the phrase: a sentence may be any length.)
  if (cls !== null && cls.type === 'anonymous' && hit.appositive === null
    && !ANONYMITY_MARK.test(text.slice(Math.max(s.start, phraseSpan.start - MARK_REACH), Math.min(s.end, phraseSpan.end + MARK_REACH)))) {
    const bearer = definiteBearer(phrase, st);
    if (bearer !== null) cls = { type: 'named', label: bearer, kind: 'person' };
  }
  // ("The militant, who demands $100 million for each hostage, says": a relative clause that names nobody only
  // describes the person, as no clause at all would.)
  const plainRelative = hit.appositive !== null && /^who\s[^\p{Lu}@]*$/u.test(text.slice(hit.appositive.start, hit.appositive.end));
  if ((cls === null || cls.kind === 'role') && (hit.appositive === null || plainRelative) && !weak) {
    // "the announcer said", "his lawyer said": a role or relation seen for the first time
    // is someone the article does not name; a repeated one refers back to a named person.
    const head = definitePersonHead(phrase);
    // The key is the head with its nearest modifier: "business leaders" earlier is not "the band leader".
    const ws = phrase.trim().toLowerCase().split(/\s+/);
    const key = head === null ? '' : ws.length > 2 ? `${ws[ws.length - 2]!} ${head}` : head;
    // "the three-term lawmaker", "the independent senator", "the 74-year-old": an epithet for someone
    // just named, the way reporters avoid repeating a name, not a new unnamed person.
    // (Even when no named source came before: "the independent senator told Vermont Public Radio".)
    const epithet = ws[0] === 'the' && ws.slice(1, -1).some((w) => EPITHET.test(w));
    // ("Teo De Las Heras created a Facebook page last week. The tech company employee … told USA TODAY": a
    // definite description right after a sentence that names a person is that person; not where an unnamed
    // speaker came just before: "one longtime veteran …, said … The supporter added".)
    const last = st.lastSource;
    const unnamedJustBefore = last !== null && last.type === 'anonymous' && st.sentence - last.at <= 2;
    const backReference = ws[0] === 'the' && hit.start <= 1 && !unnamedJustBefore
      && namedSubjectBetween(text, previousSentenceStart(text, s.start), s.start, st);
    // ("his father described him as very sweet", "their mother said": a next of kin is one particular, known person,
    // not one whose name is withheld; the labeled sets give "his father", "her mother" their child's name.)
    const kin = head !== null && KIN_NOUNS.has(head) && ws.slice(0, -1).some((w) => POSSESSIVE_DETERMINERS.has(w) || /['\u2019]s?$/.test(w));
    // ("In the waiting room, an Israeli woman was shouting at a mother. “Go away,” the Israeli woman yelled": a person
    // brought in by "a" or "an" and left unnamed is the one "the" speaks of after, as on first mention.)
    const lastWord = ws[ws.length - 1]!;
    // (Not an office, whose holder the article mostly names: "A California senator is one of the front-runners …
    // the California senator said".)
    const introduced = ws[0] === 'the' && ws.length >= 2 && ws.length <= 4 && personNouns.has(lastWord) && !/s$/.test(lastWord)
      && !OFFICE_HOLDERS.has(lastWord) && ws[ws.length - 2] !== 'coast' && !insideSaidClause(toks, hit.start, i)
      && unnamedIntroduction(text, phraseSpan.start, ws.slice(1).join(' '), docSurnames(text, st));
    if (!epithet && !backReference && !kin && ((head !== null && firstMention(text, phraseSpan.start, key, ws.length === 2 ? ws[0] : '')
      && !titledBefore(text, phraseSpan.start, head)) || introduced)) {
      cls = { type: 'anonymous', label: phrase, kind: 'unnamed-person' };
    }
  }
  // "No U.S. intelligence officials have publicly confirmed the report", "none of the officials said ISIS
  // directed the attack", "Neither official indicated …": nobody said it, so no unnamed source holds the claim.
  // ("No one expects …", "nobody believes …" stay the vague view they report.)
  return { cls, source, phrase, phraseSpan };
}

/**
 * The named person whom a definite singular role (`phrase`, "the official", "the former officer") refers back to:
 * the last earlier source whose words (its phrase and the description set off after it) hold that role was a named
 * person ("John Smith, a State Department official, said", "former police Officer Jason Stockley said"). Null when
 * that source was unnamed ("a senior official said … The official added"), or there is none.
 */
function definiteBearer(phrase: string, st: DocState): string | null {
  const m = DEFINITE_ROLE.exec(phrase.trim());
  if (m === null || st.described === undefined) return null;
  const head = m[1]!.toLowerCase();
  if (/s$/.test(head) || !(personNouns.has(head) || HEAD_CLASS.get(head) === 'anonymous')) return null;
  // (Its plural too: "Some of the U.S. soldiers interviewed by Reuters" stand between Giaconia and "the soldier".)
  const word = new RegExp(`(?:^|[^\\p{L}])${head}s?(?:$|[^\\p{L}])`, 'u');
  const singular = new RegExp(`(?:^|[^\\p{L}])${head}(?:$|[^\\p{L}])`, 'u');
  // (Bounded in sources as in sentences: one run-on sentence may hold thousands.)
  for (let k = st.described.length - 1; k >= 0 && k >= st.described.length - BEARER_SOURCES; k--) {
    const d = st.described[k]!;
    if (st.sentence - d.at > BEARER_SENTENCES) return null;
    if (!word.test(d.words)) continue;
    if (d.type !== 'named' || !d.person) return null;
    // (Only a name written in those words: one resolved from elsewhere, "The official (John Smith)", sends the search
    // further back to where the name was written.)
    if (!d.words.includes(d.label.toLowerCase())) continue;
    // (Not an unnamed person's phrase that ends on a name, "a senior State Department official accompanying Kerry";
    // nor a named person counted among many, "Conant … was one of several sources who …".)
    if (INDEFINITE_START.test(d.words) || !singular.test(d.words)) return null;
    // ("Kevin Wolf, a former Commerce Department official, said … the official said": a former holder of the role is
    // not "the official".)
    if (FORMER_ROLE(head).test(d.words) && !/\bformer\b/i.test(phrase)) continue;
    return d.label;
  }
  return null;
}
const INDEFINITE_START = /^(?:a|an|one|another|some|two|three|several)\s/;
/** "former … official": the role held before, with up to four words between. */
const FORMER_ROLE = (head: string): RegExp => new RegExp(`\\b(?:former|ex-)\\s*(?:[\\p{L}.-]+\\s+){0,4}${head}\\b`, 'u');
const DEFINITE_ROLE = /^the\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)$/iu;
/** How many sentences (and sources) back a role may refer to its named bearer. */
const BEARER_SENTENCES = 25;
const BEARER_SOURCES = 60;
/** How far around a source phrase a mark of withheld identity is looked for. */
const MARK_REACH = 300;

/**
 * The label of the unnamed person who spoke in the last two sentences when `phrase` is "the" and that person's
 * singular head, with at most one lower-case modifier ("The woman", "the masked militant" after "a masked militant
 * … said"); else null.
 */
function sameUnnamedSpeaker(phrase: string, st: DocState): string | null {
  const last = st.lastSource;
  if (last === null || last.type !== 'anonymous' || st.sentence - last.at > 2) return null;
  const ws = phrase.trim().split(/\s+/);
  if (ws.length < 2 || ws.length > 3 || ws[0]!.toLowerCase() !== 'the' || !ws.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
  const head = ws[ws.length - 1]!;
  if (!personNouns.has(head) || /s$/.test(head)) return null;
  const lastHead = last.label.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return lastHead === head ? last.label : null;
}

/** Assertions whose denial by "no one" tells of a consensus: "Nobody denies that …", "no one disputes", "no one admits". */
const CONSENSUS_CUES = /^(?:den|disput|acknowledg|admit|conced|agree)/;

/** The speaker `classedSpeaker` found: the words, their class, where the source phrase runs. */
interface ClassedSpeaker { hit: PhraseHit; cls: SourceClass | null; source: Span; phrase: string; phraseSpan: Span }
/** The attribution a cue at token `i` makes, THEY_SPOKE when an unresolved "they" speaks, or null. */
function attributionAt(text: string, s: Span, st: DocState, toks: Tok[], i: number, c: CueHit): Attribution | typeof THEY_SPOKE | null {
  const t = toks[i]!;
  const { weak } = c;
  const sp = classedSpeaker(text, s, st, toks, i, c);
  if (sp === null) return null;
  const { hit, cls, phrase, phraseSpan, source } = sp;
  if (cls === null) {
    if (!weak) forgetGroup(phrase, st);
    return null;
  }
  // Weak cues ("believe", "want") attribute to groups and documents standing right
  // before the verb, not to pronouns or subjects behind an appositive (unless it withholds who they are: "Several
  // associates of Jones, who asked not to be identified, speculated that …" are sources by that very aside).
  if (weak && (cls.kind === 'pronoun' || (hit.appositive !== null && !ANONYMITY_MARK.test(text.slice(hit.appositive.start, hit.appositive.end))))) return null;
  // "Ryan didn't withdraw his endorsement, but he did condemn the nominee": the pronoun's antecedent
  // is the person who opens this very sentence, not the last source of the one before.
  const opener = cls.kind === 'pronoun' && /^(?:he|she)$/i.test(phrase.trim()) && hit.start > 1 ? sentenceOpeningName(text, toks, hit.start) : null;
  // "Quinnipiac, which conducted the poll, doesn't see a link …, but they noted": the same for "they"
  // and an organization or outlet that opens the sentence.
  const body = opener === null && cls.kind === 'pronoun' && /^they$/i.test(phrase.trim()) && hit.start > 1 ? sentenceOpeningBody(text, toks, hit.start) : null;
  // "Negotiators for both parties shook hands, though they later expressed scepticism": the people who act in an
  // earlier clause of the same sentence, not the last source of an earlier one.
  // (Not in a comparison, "played a larger role than they acknowledged": the sentence's own claim about them.)
  const group = opener === null && body === null && cls.kind === 'pronoun' && /^they$/i.test(phrase.trim()) && hit.start > 2
    && toks[hit.start - 1]!.lower !== 'than' ? sentenceGroupBefore(text, toks, hit.start) : null;
  // "Legal experts differed over how much latitude Trump would have. They cautioned that …": the same for the
  // people who act in the sentence before, when that sentence gave no source (the last source is further back).
  // (Not past a plural source of the two sentences before: "Several analysts say …. Investigators did not act …. But
  // even if they had, …, they say.")
  const earlier = opener === null && body === null && group === null && cls.kind === 'pronoun' && /^they$/i.test(phrase.trim())
    && !(st.lastSource !== null && (st.lastSource.at >= st.sentence - 1 || (st.lastSource.at >= st.sentence - 2 && !st.lastSource.person && isPluralLabel(st.lastSource.label))))
    ? previousSentenceGroup(text, s.start) : null;
  if (group === 'other' || earlier === 'other') {
    if (!weak) forgetGroup(phrase, st);
    return null;
  }
  const who = group ?? earlier;
  const resolved = opener !== null ? { type: 'named' as const, label: `${phrase} (${opener})`, kind: 'person' as const }
    : body !== null ? { ...body, label: `${phrase} (${body.label})` } : who !== null ? { ...who, label: `${phrase} (${who.label})` }
      : resolve(cls, phrase, st, text, phraseSpan.start);
  if (resolved === null) {
    // (A person's name that resolve() read as a common noun, "Plaintiffs have argued", is such a group too.)
    if (!weak) forgetGroup(phrase, st, cls.kind === 'person');
    return !weak && /^they$/i.test(phrase.trim()) ? THEY_SPOKE : null;
  }
  if (hit.relative && resolved.type !== 'vague' && resolved.type !== 'anonymous') return null;
  if (weak && resolved.type !== 'vague' && resolved.type !== 'anonymous' && resolved.kind !== 'document') return null;
  // "Some will blame RNC Chairman Reince Priebus", "many will see the pick as …", "defense lawyers will surely counter
  // that …", "party officials will urge campaigns to …": an unnamed group's words foretold are the writer's forecast,
  // no claim anyone made. (A named speaker's stay: "Barr will also say that …", "the committee will suggest …" preview
  // remarks or a report given out beforehand.)
  if ((resolved.type === 'anonymous' || resolved.type === 'vague') && FORETELLING.has(modalBeforeCue(toks, i) ?? '')) return null;
  // "keeping guns away from people considered violent", "aid to an ally threatened with invasion", "a relief to
  // experts worried that …": a participle after unnamed people who are the object of a preposition describes them;
  // they neither consider, threaten nor worry. (Only unnamed people: a named speaker's phrase may be cut short at a
  // preposition inside a title, "Ambassador to Israel Dan Shapiro called".)
  // "81 percent of black adults say most white Americans don't understand …", "Nearly as many, 46 percent, say Trump
  // associates colluded": people inside what a poll's share of respondents say or believe are part of its finding,
  // not a source it relays.
  if (resolved.type === 'anonymous' || resolved.type === 'vague') {
    const first = toks.findIndex((t) => t.s >= source.start);
    if (participleAfterObject(toks, first, source, i) || insideShareView(toks, first)) return null;
  }
  // "Investigators found rifles", "US officials can't find a place", "the lawyers showed a report": people
  // who find or show a thing, not a finding. A finding has a clause: "investigators found (that) the car was stolen".
  // ("polls show no clear leader" is a finding; "officials show no respect" is conduct.)
  // ("many Republicans have shown little interest", "his opponents showed no signs of …": an unnamed group's conduct,
  // where the group is people, not polls or studies.)
  if (weak && FIND_OR_SHOW.has(t.lower) && (resolved.kind === 'anonymous' || resolved.kind === 'unnamed-person'
    || (resolved.kind === 'vague' && t.lower.startsWith('show') && !SHOWING_EVIDENCE.test(text.slice(source.start, source.end))))
    && (!clauseFollows(toks, i) || (t.lower.startsWith('show') && toks[i + 1]?.lower === 'no'))
    // (Not "As the experts have shown, the math …": the finding is the clause that "as" hangs on.)
    && !(asBefore(toks, hit.start) && /^[,.]$/.test(toks[i + 1]?.text ?? ''))) return null;
  // "Others found themselves harshly criticizing Carson", "many of these men have found themselves unemployable",
  // "Others have found ways to cut", "more people found jobs", "prosecutors found out about the fraud": people who
  // come to be somewhere, come by something or learn of it, with no finding of theirs.
  // ("Normal people find it hard to borrow money", "Some Democrats found it easiest just to call McCain a phony": a
  // difficulty or an ease, not a view; "found it hard to believe …" holds one.)
  if (/^(?:find|finds|found|finding)$/.test(t.lower) && (FOUND_NO_FINDING.has(toks[i + 1]?.lower ?? '') || findItToDo(toks, i))) return null;
  const attr = emitAttribution(text, st, c, { ...sp, cls }, resolved, opener);
  // "Officials announced in December that they would raise the fees", "prosecutors announced charges Tuesday": an
  // announcement by officials is made in public, for the body they serve, so no one's name is withheld (the labeled
  // sets type "a spokesman announced" and "Authorities announced" as an institution's voice too). Who the people
  // are stays as found, for the pronouns and back-references after them. (People who speak for no body stay
  // unnamed: "a Senate clerk announced", "one student announced", "someone announced that a man had jumped".)
  if (attr.type === 'anonymous' && resolved.kind === 'anonymous' && ANNOUNCING.has(t.lower) && !ANYONE.test(attr.label)) {
    attr.type = 'institutional';
    attr.reason = `public announcement: '${attr.label}'`;
  }
  return attr;
}
/** The verb of an announcement, which is made in public. */
const ANNOUNCING: ReadonlySet<string> = new Set(['announce', 'announces', 'announced', 'announcing']);
/** An indefinite pronoun for a person: "someone", "anybody". */
const ANYONE = /^(?:some|any|no|every)(?:one|body)\b/i;
/** Prepositions whose object a participle right after it can describe: "guns kept from people considered violent". */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'from', 'among', 'on', 'into', 'against', 'at']);
/**
 * Nouns of things said or written, whose "from" or "to" phrase names who said them: "a report from officials
 * indicated", "comments from U.S. officials suggested": the documents and research the analyzer knows, and speech.
 */
const SAID_THINGS: ReadonlySet<string> = new Set([...DOCUMENT_HEADS, ...RESEARCH_PLURALS, ...SENT_DOCUMENTS, 'comment', 'comments',
  'statements', 'remarks', 'testimony', 'information', 'word', 'accounts', 'interviews']);

/**
 * Whether the cue at token `i` is a participle ("-ed") right after a speaker phrase (`source`) that is the object of
 * a preposition inside the clause ("from people considered violent"): it describes those people. Not after most
 * opening prepositions ("In court lawyers argued", "From Gaza officials reported"), nor when the preposition hangs
 * on a thing said or written, whose makers do speak ("a report from emergency officials indicated"), nor past a
 * relative pronoun or an auxiliary ("critics who accused", "officials have warned"). `first` is the source's first token.
 */
function participleAfterObject(toks: Tok[], first: number, source: Span, i: number): boolean {
  const cue = toks[i]!;
  if (!cue.lower.endsWith('ed') || toks[i - 1]?.e !== source.end) return false;
  const prep = toks[first - 1];
  const before = toks[first - 2];
  if (prep === undefined || !OBJECT_PREPOSITIONS.has(prep.lower)) return false;
  // (At the start of the sentence or after a mark, only "to" and "among", which do not run into a subject: "To many
  // analysts worried about the deal, it was a defeat", "Among the officials expected to testify are …".)
  if (before === undefined || !before.word) return prep.lower === 'to' || prep.lower === 'among';
  return !SAID_THINGS.has(before.lower);
}

/**
 * Whether the source whose first token is `first` opens the clause after a verb of saying or believing whose subject
 * is a poll's share of respondents: "43 percent of people believe | most scientists agree", "About six-in-ten
 * Americans (61%) say | people …", "The vast majority of insiders, 83 percent, said | someone with experience …".
 */
function insideShareView(toks: Tok[], first: number): boolean {
  let v = first - 1;
  if (toks[v]?.lower === 'that') v--;
  if (v < 1 || !SHARE_VIEWS.has(toks[v]!.lower)) return false;
  // ("…, 83 percent, said": the share set off right before the verb; not "will account for almost half the expense,
  // said the officials", where the verb opens the speaker's own clause.)
  if (toks[v - 1]!.text === ',') return v >= 2 && (toks[v - 2]!.lower === 'percent' || toks[v - 2]!.text === '%');
  for (let m = v - 1; m >= 0 && m >= v - SHARE_REACH; m--) {
    const w = toks[m]!;
    if (w.text === QUOTE || w.text === ';' || w.text === ':') return false;
    if (SHARE_WORDS.has(w.lower) || w.text === '%' || /-in-(?:ten|10)$/.test(w.lower)) return true;
  }
  return false;
}
const SHARE_VIEWS = new Set(['say', 'says', 'said', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'agree', 'agrees',
  'agreed', 'feel', 'feels', 'felt']);
const SHARE_WORDS = new Set(['percent', 'majority', 'majorities', 'plurality', 'half', 'third', 'thirds', 'quarter', 'quarters']);
const SHARE_REACH = 16;

/** `attributionAt`'s first step: the speaker's words trimmed and classed, before a pronoun is resolved. */
function classedSpeaker(text: string, s: Span, st: DocState, toks: Tok[], i: number, c: CueHit): ClassedSpeaker | null {
  const t = toks[i]!;
  const { weak, rule: cueRule } = c;
  const trimmed = trimHit(text, toks, i, c.hit, weak);
  if (trimmed === null) return null;
  const { hit, issued } = trimmed;
  // "Officials consider charges against Snowden": weighing, not a view.
  if (weak && CONSIDER.has(t.lower) && weighsOnly(toks, i, hit)) return null;
  // "It is a timeline many Republicans are calling for.": a relative clause without "that" whose verb strands its
  // preposition describes the noun; it is no claim, and "a timeline many Republicans" no speaker.
  if (strandedRelative(toks, hit)) return null;
  const sourced = classifyHit(text, s, st, toks, i, hit, issued, weak);
  if (sourced === null) return null;
  const { source, phrase, phraseSpan, cls } = sourced;
  const det = toks[hit.start]!.lower;
  if (cls !== null && cls.type === 'anonymous' && ((det === 'no' && toks[hit.start + 1]?.lower !== 'one') || det === 'none' || det === 'neither')) return null;
  // "All four men deny the charges", "both women said": a count of everyone in a set named before, not people withheld.
  // ("All three officials said" stays: officials and sources withhold who they are however many there are.)
  if (cls !== null && cls.kind === 'unnamed-person' && (toks[hit.start - 1]?.lower === 'all' || toks[hit.start - 1]?.lower === 'both')
    && SMALL_NUMBER.test(det) && det !== 'out') return null;
  // "No one has told me whether I can testify", "nobody said anything", "no one has suggested such action", "No one
  // predicted the boom": nobody said it. ("No one expects …" is the vague view it reports, and "Nobody denies that …",
  // "no one disputes", the consensus it reports.)
  if (cls !== null && cls.kind === 'vague' && (cueRule === 'speech' || cueRule === 'written' || (cueRule === 'assertion' && !CONSENSUS_CUES.test(t.lower)))
    && (det === 'nobody' || det === 'no-one' || (det === 'no' && toks[hit.start + 1]?.lower === 'one'))) return null;
  // "I'm sensitive when someone says, 'The words you used …'": anyone who might say it, whenever; no source.
  // (In the present only: "when someone asked how she could …" is one question someone put.)
  if (cls !== null && (det === 'someone' || det === 'somebody' || det === 'anyone' || det === 'anybody') && hit.start === hit.end
    && GENERIC_WHEN.has(toks[hit.start - 1]?.lower ?? '') && !/ed$/.test(t.lower) && !PAST_CUES.has(t.lower)) return null;
  // "the imperative is that every person in the U.S. understand …", "Every person wants a sense of belonging":
  // anyone at all holding a view or a want is a generality, not a source ("Every person I spoke to emphasized"
  // is one: a verb of saying).
  // ("each of the polls shows" counts the polls: they speak.)
  if (weak && (det === 'every' || det === 'any' || det === 'each') && toks[hit.start + 1]?.lower !== 'of') return null;
  // "about six in ten Americans said", "seven out of 10 Republicans say": a share of a poll's answers, as
  // "Sixty percent of Americans said" is, not ten unnamed people.
  if (cls !== null && cls.type === 'anonymous' && hit.start >= 2 && SMALL_NUMBER.test(det) && SMALL_NUMBER.test(toks[hit.start - 2]!.lower)
    && (toks[hit.start - 1]!.lower === 'in' || toks[hit.start - 1]!.lower === 'of')) return null;
  // ("with 50% of Clinton backers saying", "36% of economists agree": the same for a percentage of an unnamed group;
  // "67% of Americans say" stays the poll's.)
  if (cls !== null && (cls.type === 'anonymous' || cls.type === 'vague') && det === 'of' && /^(?:%|percent|per)$/.test(toks[hit.start - 1]?.lower ?? '')) return null;
  return joinedSpeaker(text, st, toks, i, c, { hit, cls, source, phrase, phraseSpan });
}
/** `classedSpeaker`'s last step: a speaker joined to others ("Netanyahu and other officials", "experts and lawmakers"), a possessive, a piece. */
function joinedSpeaker(text: string, st: DocState, toks: Tok[], i: number, c: CueHit, found: ClassedSpeaker): ClassedSpeaker | null {
  const t = toks[i]!;
  const { weak } = c;
  const { hit, phrase, phraseSpan } = found;
  let { cls, source } = found;
  // "Mr. White and other colleagues disclosed": a named person heads the group that speaks.
  // ("Netanyahu and other government officials welcomed", "Cruz and his aides signaled": the same, for the
  // people around him; "The Republican nominee and his aides haven't said": his, whoever he is.)
  // ("Trump and his defenders say", "RT and its defenders say": the same for an unnamed group of his or its own.)
  if (cls !== null && (cls.type === 'anonymous' || cls.type === 'vague') && hit.end < i && toks[hit.start - 1]?.lower === 'and' && hit.start >= 2
    && /^(?:his|her|its|their)$/.test(toks[hit.start]!.lower)) return null;
  // ("Sen. John McCain, R-Ariz., and two other Republican colleagues called for": past a comma-set aside.)
  // (A count before "other" too, "and two other Republican colleagues"; not "Zhu and the other sources said".)
  // ("Mr. Lewis and other experts said", "Escobar and others argue", "Trump and aides said": the same for a
  // vague group of others and for the people around him, named by their role alone.)
  // ("Obama and fellow Democratic leaders have said": his fellows are the others.)
  const others = toks[hit.start]!.lower === 'other' || toks[hit.start]!.lower === 'others' || toks[hit.start]!.lower === 'fellow'
    || (/^others?$/.test(toks[hit.start + 1]?.lower ?? '') && QUANTIFIERS.has(toks[hit.start]!.lower));
  const barePlural = cls !== null && cls.kind === 'anonymous' && /s$/.test(toks[hit.end]!.lower)
    && !NP_DETERMINERS.has(toks[hit.start]!.lower) && !QUANTIFIERS.has(toks[hit.start]!.lower) && !/^\p{N}/u.test(toks[hit.start]!.text);
  if (cls !== null && (cls.kind === 'unnamed-person' || ((cls.kind === 'anonymous' || cls.kind === 'vague') && others) || barePlural)
    && hit.end < i && toks[hit.start - 1]?.lower === 'and' && hit.start >= 2) {
    const person = coordinatedPerson(text, toks, st, hit.start - 2);
    if (person !== null) {
      // The claim is theirs together, and it has a name: the source runs from the name to the group.
      cls = { type: 'named', label: `${person.label} and ${phrase.trim()}`, kind: 'person' };
      source = { start: toks[person.start]!.s, end: phraseSpan.end };
    } else if (others) {
      const body = coordinatedBody(text, toks, st, hit.start - 2, toks[hit.start]!.lower === 'others' || toks[hit.start + 1]?.lower === 'others');
      if (body !== null) {
        // ("Democrats and other opponents of a wall have threatened to sue. They say …": a named group's deed is no
        // claim, and the group is whom a "they" after it refers to.)
        if (weak) {
          forgetGroup(phrase, st);
          return null;
        }
        cls = { ...body.cls, label: `${body.cls.label} and ${phrase.trim()}` };
        source = { start: toks[body.start]!.s, end: phraseSpan.end };
      }
    }
  }
  // "Martin Gugino issued a statement through his lawyer on Friday confirming": the lawyer passed it on; the
  // speaker is the subject before.
  if (hit.end < i && (toks[hit.start - 1]?.lower === 'through' || toks[hit.start - 1]?.lower === 'via')) return null;
  // An outlet is whom someone talked to, not a source: "in an interview with The Wall Street Journal
  // published Thursday, … he said", "Fox News spoke to Dr. Albert Rizzo" ("CNN spoke to a neighbor who
  // said …": the neighbor's clause speaks for itself). Not "a report by", "surveyed by", "in the AP
  // report": there the outlet's reporting is what the sentence rests on.
  if (cls !== null && cls.type === 'report' && hit.end < i
    && ((toks[hit.start - 1]?.lower === 'with' && INTERVIEW_NOUNS.has(toks[hit.start - 2]?.lower ?? '')) || INTERVIEW_CUES.has(t.lower))) return null;
  // Nor is the outlet someone spoke on or wrote in: "Cotton on CBS's Face the Nation on Sunday said",
  // "Walker and Jindal penned a joint op-ed in the Wall Street Journal on Thursday arguing".
  // (Not "A report in the Times said", "a story on Fox News said": the outlet's own piece speaks.)
  // (Not "A report in the Times said", "a story on Fox News said", "A report published Friday in the New Yorker
  // revealed", "seized on a recent New York Times report that": the outlet's own piece speaks.)
  if (cls !== null && cls.type === 'report' && hit.end < i && hit.start >= 2 && (toks[hit.start - 1]!.lower === 'on' || toks[hit.start - 1]!.lower === 'in')
    && toks[hit.start - 2]!.word && !OUTLET_PIECES.has(t.lower) && !pieceBefore(toks, hit.start - 2)
    // ("When he died in 2000 the New York Times noted", "in September Forbes magazine estimated": a time.)
    && !/^\d/.test(toks[hit.start]!.text) && !MONTHS.has(toks[hit.start]!.lower) && !TIME_NOUNS.has(toks[hit.start]!.lower)) return null;
  // "Macroeconomic Advisers estimates": a capitalized group word inside running text is a firm's name.
  if (cls !== null && (cls.type === 'anonymous' || cls.type === 'vague') && hit.end > hit.start && HEAD_CLASS.has(toks[hit.end]!.lower)
    && isCapWord(toks[hit.end]) && toks[hit.end]!.text !== toks[hit.end]!.text.toUpperCase() && !titleCase(toks))
    cls = { type: 'institutional', label: phrase, kind: 'organization' };
  // "in response to a voter's question": a possessive ends a determiner, not a subject.
  // ("beat analysts' estimates", "experts' views": a plural's possessive too.)
  // (Not the double genitive after "of": "A classmate of Ramirez's who declined to be identified told".)
  if ((/['\u2019]s$/i.test(phrase) || /[sxz]['\u2019]$/i.test(phrase)) && !/^(?:it|he|she|that|there|what|who)['\u2019]s$/i.test(phrase)
    && !doubleGenitive(phrase)) return null;
  // "Channel 10 said … . The report said …": the outlet's piece, named a sentence or two before.
  if (cls === null || cls.kind === 'document') cls = pieceReference(phrase, st) ?? cls;
  // "many experts and some lawmakers say", "many liberal economists and Wall Street reform advocates believe": the
  // words before the verb are the second of two groups; an unnamed first group makes them one unnamed source.
  // Two groups only, each with a plural head: not one person with two roles ("Scoble's friend and partner", "a
  // consultant and co-host"), not a list that a name opens ("The president, health officials and business leaders
  // said"), not someone's people ("McConnell's aides and allies"). Weak cues only after a quantified group ("many
  // economists and advocates believe", not "police officers and the general public tend to view").
  // (The second group may be a source of its own, "campaign aides and strategists say": the two are still one.)
  // (Lawmakers as the second group too, "US officials and lawmakers have expressed": bare, they are a defined group,
  // but beside unnamed officials they are as unnamed as those.)
  const secondUnnamed = cls !== null && ((cls.type === 'vague' || cls.type === 'anonymous') && cls.kind !== 'pronoun'
    || (cls.type === 'institutional' && CHAMBER_MEMBERS.has(toks[hit.end]!.lower)));
  if ((cls === null || secondUnnamed) && hit.end < i && hit.start >= 2 && toks[hit.start - 1]!.lower === 'and' && PLURAL_HEAD.test(toks[hit.end]!.lower)) {
    const first = npBackFrom(toks, hit.start - 2, null);
    const opens = first !== null && PLURAL_HEAD.test(toks[first.end]!.lower) && !listBefore(text, toks, first.start)
      && (opensClause(toks, first.start) || CONJUNCT_OPENERS.has(toks[first.start - 1]?.lower ?? ''))
      && !toks.slice(first.start, first.end + 1).some((t) => /['\u2019]s?$/.test(t.text) && t.text.length > 2);
    const firstCls = first === null || !opens ? null : classifySource(text.slice(toks[first.start]!.s, toks[first.end]!.e));
    if (first !== null && firstCls !== null && (firstCls.type === 'vague' || (firstCls.type === 'anonymous' && !weak)) && firstCls.kind !== 'pronoun') {
      source = { start: toks[first.start]!.s, end: phraseSpan.end };
      cls = cls !== null && cls.type === 'anonymous' && firstCls.type === 'vague'
        ? { ...cls, label: text.slice(source.start, source.end) } : { ...firstCls, label: text.slice(source.start, source.end) };
    }
  }
  // "…, killing a guard, officials and the army said.": a closing source whose first part is unnamed rests the
  // claim on those unnamed people too, beside the body named after them.
  if (cls !== null && cls.type === 'institutional' && cls.kind === 'organization' && !weak && hit.end === i - 1 && hit.start >= 3
    && toks[hit.start - 1]!.lower === 'and' && closingCue(toks, i)) {
    const first = npBackFrom(toks, hit.start - 2, null);
    const firstCls = first === null || toks[first.start - 1]?.text !== ',' ? null : classifySource(text.slice(toks[first.start]!.s, toks[first.end]!.e));
    if (first !== null && firstCls !== null && firstCls.type === 'anonymous' && firstCls.kind !== 'pronoun') {
      source = { start: toks[first.start]!.s, end: phraseSpan.end };
      cls = { ...firstCls, label: text.slice(toks[first.start]!.s, toks[first.end]!.e) };
    }
  }
  return { hit, cls, source, phrase, phraseSpan };
}
/** `attributionAt`'s last step: the claim as shown, and what the sentences after it may refer back to. */
function emitAttribution(text: string, st: DocState, c: CueHit, sp: ClassedSpeaker & { cls: SourceClass }, resolved: SourceClass, opener: string | null): Attribution {
  const { cue, weak, yields, rule: cueRule } = c;
  const { hit, cls, phrase } = sp;
  let { source } = sp;
  // "said another former administration official who worked on the Middle East", "one senior official who declined
  // to be named said": the source phrase shown ends before a relative clause that the search cut short.
  let shown = resolved;
  if (resolved.type === 'anonymous' || resolved.type === 'vague') {
    const keep = keptBeforeRelative(text.slice(source.start, source.end));
    if (keep > 0) {
      source = { start: source.start, end: source.start + keep };
      const label = keptBeforeRelative(resolved.label);
      if (label > 0) shown = { ...resolved, label: resolved.label.slice(0, label) };
    }
  }
  const attr: Attribution = {
    type: resolved.type,
    source,
    cue,
    reason: reasonFor(shown),
    person: (resolved.type === 'named' || resolved.type === 'anonymous') && resolved.kind !== 'vague' && resolved.kind !== 'unnamed-person',
    label: shown.label,
    at: st.sentence,
    rule: `cue:${cueRule}:${resolved.kind}`,
    weak: (weak && cueRule === 'weak') || yields,
  };
  // A pronoun resolved to the name opening its sentence names that person for the sentences after it.
  if (cls.kind !== 'pronoun' || opener !== null) {
    // Later pronouns in this very sentence already refer to this source.
    // ("Pelosi said, according to an aide in the room. … she added": the person who relays a named speaker's words
    // is not whom a pronoun after them refers to.)
    const relaying = cueRule === 'according-to' && st.lastPerson !== null && st.lastPerson.at === st.sentence && st.lastPerson.type === 'named';
    if (attr.person && !relaying) st.lastPerson = attr;
    st.lastSource = attr;
  }
  // (A description set off after the source; not a parenthetical attribution, "Kushner, the official said, told".)
  const aside = hit.appositive === null ? '' : text.slice(hit.appositive.start, hit.appositive.end);
  const said = aside.toLowerCase().split(/[^\p{L}]+/u).some((w) => SAID_FORMS.has(w) || w === 'according');
  const words = (said ? phrase : `${phrase} ${aside}`).toLowerCase();
  (st.described ??= []).push({ words, label: attr.label, type: attr.type, person: attr.person, at: st.sentence });
  return attr;
}

/**
 * Length of `phrase` before a relative clause cut short at its end ("one source who works" → "one source"), or -1
 * when it has none or the words before it name no one by themselves ("those who attended").
 */
function keptBeforeRelative(phrase: string): number {
  const m = DANGLING_RELATIVE.exec(phrase);
  if (m === null) return -1;
  const head = phrase.slice(0, m.index);
  return /\s/.test(head.trim()) || !DEFINED_BY_CLAUSE.has(head.trim().toLowerCase()) ? m.index : -1;
}
// (Not "that" or "which", which are as often determiners: "Critics of that deal", "a source familiar with that decision".)
const DANGLING_RELATIVE = /\s+(?:who|who['\u2019]s)(?:\s+[\p{L}'\u2019-]+)?$/u;

/**
 * A group of people that speaks but is no source of its own ("Developers argue that …", "residents said"; not
 * the weak cues' "voters do not view …" inside someone's claim) is still what a "they" after it refers to:
 * the last source is forgotten, so that "…, they say." in the next sentence does not reach back past them to
 * an unnamed source before.
 */
function forgetGroup(phrase: string, st: DocState, commonNoun = false): void {
  // ("Advocates of Florida's red flag measure say": the head before the words that say whose.)
  const p = phrase.trim().replace(/\s(?:of|for|in|at|from|on|with)\s.*$/su, '');
  const m = /^(?:\p{L}+[ \t]+){0,4}(\p{Ll}[\p{Ll}-]*s)$/u.exec(p.charAt(0).toLowerCase() + p.slice(1));
  // (People, by the word or its ending: not "citing privacy regulations".)
  // (Not a source of this very sentence, which relays them: "According to the Post, friends of Emwazi said".)
  if (m && (commonNoun || personNouns.has(m[1]!) || AGENT_PLURAL.test(m[1]!)) && !(st.lastSource?.at === st.sentence && st.lastSource.type === 'report')) st.lastSource = null;
}

/**
 * The plural group of people that is the subject of the sentence before the one starting at `start`
 * (sentenceGroupBefore), or null when there is none or that sentence cannot be found within reach.
 */
function previousSentenceGroup(text: string, start: number): SourceClass | 'other' | null {
  const from = previousSentenceStart(text, start);
  // (Not a piece of a sentence longer than the reach: its opening words would be read as a subject.)
  if (from > 0 && !/\s/.test(text[from - 1]!)) return null;
  const toks = tokenize(text, from, start, false);
  // (Not when someone else speaks in it, with no claim: "Family members held a funeral Mass, his parents said.")
  if (toks.length < 3 || toks.some((t) => SAID_FORMS.has(t.lower))) return null;
  return sentenceGroupBefore(text, toks, toks.length, true);
}

/** Where the sentence before the one starting at `start` starts (at most 400 characters back). */
function previousSentenceStart(text: string, start: number): number {
  const from = Math.max(0, start - 400);
  const before = text.slice(from, Math.max(from, start - 2));
  let k = -1;
  for (const m of before.matchAll(/[.!?]["\u201d\u2019)]?\s+|\n/g)) k = m.index! + m[0].length;
  return k < 0 ? from : from + k;
}

/** The sentence's one claim from the attributions found in it, or a hedge. */
function chooseAttribution(text: string, s: Span, toks: Tok[], st: DocState, all: Attribution[], theySpoke = false): Attribution | null {
  const found = withoutFindings(text, withoutToldViews(text, toks, withoutRelayedClaims(toks, all)));
  const best = bestOf(found);
  // "Even partial steps … are considered a path to confiscation, they argue.": the wording is theirs, whoever
  // they are; only the hedges that override a source still count.
  if (best === null && theySpoke) return findHedge(text, s, toks, st, true, null, true);
  if (best !== null && best.type === 'report' && best.cue !== null) {
    // "Haaretz notes that a senior Hamas official ...": the outlet relays an unnamed source.
    const relayed = relayedSource(text, toks, best, st);
    if (relayed) return relayed;
    // "Investigators believe the lorry was hijacked, Germany's Bild tabloid reports": the view of unnamed people
    // that the outlet ending the sentence relays is still theirs, and the reader's question is who they are.
    // (Views only: not a deed whose verb is a weak cue too, "investigators have questioned the adviser", "whom
    // prosecutors charged".)
    const held = found.find((f) => f.weak && f.type === 'anonymous' && f.source !== null && f.cue !== null && f.source.end < best.cue!.start
      && RELAYED_VIEWS.has(text.slice(f.cue.start, f.cue.end).toLowerCase()));
    if (held) return { ...held, reason: `${held.reason}, via ${best.reason.replace(/^attributed to another outlet: /, '')}`, rule: 'relayed' };
  }
  if (best !== null && PRIORITY[best.type] <= PRIORITY.report) return best;
  // A hedge outranks a named or institutional source in the same sentence: it is
  // the part the reader cannot check ("Hamas said its arsenal, which is believed to ...").
  // ("despite what Oren describes as great pains …, scores of casualties have been reported": a label in a free
  // relative is no speaker of the sentence, whose own hedges still count.)
  // (Hedges of reports and tolls only: criticism in the sentence may be the labeller's own, "sharp criticism of what
  // he called Beijing's militarization".)
  if (best !== null && labelInRelative(text, toks, best)) {
    const unlabelled = findHedge(text, s, toks, st, false, null, false);
    if (unlabelled !== null && REPORTED_HEDGES.has(unlabelled.rule)) return unlabelled;
  }
  const hedge = findHedge(text, s, toks, st, best !== null, best?.cue ?? null, best !== null && !best.weak);
  // "Trump is said to have enlisted aides, Cohen said": a hedge before the speaker who ends the
  // sentence is that speaker's wording, part of a named claim.
  if (hedge && best && best.cue && hedge.cue && best.cue.start > hedge.cue.end && trailingAttribution(toks, best, hedge.cue.end)) return best;
  // "According to the Netflix documentary Get Me Roger Stone, the strategist reportedly encouraged …": a source put
  // first, named or identified, is whom the hedge that follows reports; the same for a label or an agentless passive.
  // (A body or a piece by its name: "According to report, … allegedly" names none.)
  if (hedge && best && best.cue && hedge.cue && best.cue.end < hedge.cue.start && SOURCE_OWNED_HEDGES.has(hedge.rule)
    && (best.type === 'named' || ((best.type === 'institutional' || best.type === 'report') && best.source !== null
      && /\p{Lu}/u.test(text.slice(best.source.start, best.source.end)))) && openingAccordingTo(toks, best.cue)) return best;
  // "In the lawsuit, he and two other gun owners are described as …", "In a 2013 report from the GAO, the fiscal
  // picture was projected to remain bleak": the document the sentence opens in gives the label or the forecast.
  // (Not hearsay, nor an impersonal "it was argued that": a labeled set types "In the letter, it was argued that …" vague.)
  if (hedge && best === null && hedge.cue && SOURCE_OWNED_HEDGES.has(hedge.rule) && hedge.rule !== 'hedge:hearsay-adverb'
    && hedge.rule !== 'hedge:impersonal' && openingDocument(toks, hedge.cue.start)) return null;
  // "The armed men reportedly kidnapped eight people, according to Morning Star News", "He is said to be one of the
  // officials on the call, according to the whistleblower complaint": the sentence names whom its hedge reports, in
  // words the source tables do not type; the claim is that source's, not a vague one.
  if (hedge && best === null && hedge.cue && untypedAccordingTo(toks, hedge.cue)) return null;
  return hedge ?? best;
}

/** Words for reporting whose maker needs naming: "a published report", "other accounts", "rumors". */
const UNNAMED_REPORTING = new Set(['report', 'reports', 'reporting', 'account', 'accounts', 'story', 'stories', 'rumor', 'rumors', 'rumour', 'rumours']);

/** What "according to" also means when it names no source: "according to plan", "according to their own tastes". */
const ACCORDING_MANNER = new Set(['plan', 'plans', 'schedule', 'tradition', 'custom', 'law', 'protocol', 'procedure', 'rules',
  'script', 'form', 'need', 'merit', 'size', 'age', 'type', 'their', 'its', 'his', 'her', 'our', 'your', 'my', 'whether', 'how']);

/**
 * Whether the sentence sets the hedge's source off with "according to": ", according to <phrase>" after the hedge, or
 * an opening "According to <phrase>," before it. (The source tables typed no claim there, or the caller would have one.)
 */
function untypedAccordingTo(toks: Tok[], cue: Span): boolean {
  for (let k = 0; k + 2 < toks.length; k++) {
    const t = toks[k]!;
    if (t.lower !== 'according' || toks[k + 1]!.lower !== 'to' || t.quoted) continue;
    const first = toks[k + 2]!;
    const hit = first.quoted || ACCORDING_MANNER.has(first.lower) ? null : phraseAfter(toks, k + 2, true);
    if (hit === null) continue;
    // ("according to a published report", "according to reports about the edict": reporting no one is named for is
    // as vague as the hedge.)
    let stop = k + 2;
    while (stop < toks.length && stop < k + 2 + MAX_NP && (toks[stop]!.word || toks[stop]!.text === '-')) stop++;
    const words = toks.slice(k + 2, stop);
    if (words.some((w) => UNNAMED_REPORTING.has(w.lower)) && !words.some((w) => isCapWord(w) && !CALENDAR_NAMES.has(w.lower))) continue;
    if (t.s >= cue.end && /^[,(\u2014\u2013-]$/.test(toks[k - 1]?.text ?? '')) return true;
    if (t.e <= cue.start && (k === 0 || (k === 1 && COORDINATORS.has(toks[0]!.lower)))) return true;
  }
  return false;
}

/** Hedges whose holder a source put first can be: a hearsay adverb, a label, an agentless passive or evaluation. */
const SOURCE_OWNED_HEDGES = new Set(['hedge:hearsay-adverb', 'hedge:agentless-labels', 'hedge:agentless-passive', 'hedge:agentless-evaluation', 'hedge:impersonal']);

/** Whether the cue span is an "According to" that opens the sentence (after a conjunction at most). */
function openingAccordingTo(toks: Tok[], cue: Span): boolean {
  const k = toks.findIndex((t) => t.s === cue.start);
  return k >= 0 && toks[k]!.lower === 'according' && (k === 0 || (k === 1 && COORDINATORS.has(toks[0]!.lower)));
}

/** Documents a sentence may open in: "In the lawsuit, …", "In a sobering 2013 report from the GAO, …". */
const OPENING_DOCUMENTS = new Set(['lawsuit', 'suit', 'complaint', 'indictment', 'filing', 'letter', 'memo', 'memorandum', 'report',
  'study', 'poll', 'survey', 'affidavit', 'motion', 'brief', 'ruling', 'opinion', 'statement', 'book', 'documents', 'papers',
  'analysis', 'assessment', 'audit', 'review', 'budget', 'forecast', 'projections', 'proposal', 'bill', 'order', 'petition', 'application']);

/**
 * Whether the sentence opens with "In" and a determined document ("In the lawsuit,", "In its letter to …,", "In a 2013
 * report from the GAO,") whose phrase ends with a comma before `pos`.
 */
function openingDocument(toks: Tok[], pos: number): boolean {
  if (toks[0]?.lower !== 'in' || !/^(?:the|a|an|his|her|its|their|this|that)$/.test(toks[1]?.lower ?? '')) return false;
  let k = 2;
  while (k < 6 && toks[k] !== undefined && toks[k]!.word && !OPENING_DOCUMENTS.has(toks[k]!.lower)) k++;
  if (!OPENING_DOCUMENTS.has(toks[k]?.lower ?? '')) return false;
  const comma = toks.findIndex((t, j) => j > k && t.text === ',');
  return comma > k && comma <= k + 12 && toks[comma]!.e <= pos;
}

/** Weak cues of a view held, which an outlet ending the sentence relays: "Investigators believe …, Bild reports". */
const RELAYED_VIEWS = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'expect', 'expects', 'expected',
  'fear', 'fears', 'feared', 'worry', 'worries', 'worried', 'suspect', 'suspects', 'suspected', 'doubt', 'doubts', 'hope', 'hoped',
  'hinted', 'hinting', 'consider', 'considers', 'view', 'views']);

/**
 * The attributions that may stand for the sentence: a weak one yields to a speaker. "Many Americans then saw
 * the Democrats as ..., From said": a group's view reported by a named speaker is that speaker's claim
 * (PolNeAR annotates only the outer one).
 */
function competing(found: Attribution[]): Attribution[] {
  return found.some((f) => !f.weak && PRIORITY[f.type] >= PRIORITY.report) ? found.filter((f) => !f.weak) : found;
}

/**
 * `found` without the unnamed people an identified document's finding (`FIND_OR_SHOW`) is about: "A Pew poll found that most Americans
 * believe …", "A Rice University study found that people with insurance report …". The people are what the poll or
 * the study measured, and it is the source the sentence rests on. (Not an outlet's report, "Reuters reported that
 * officials said …": an outlet relays sources, read by `relayedSource`.)
 */
function withoutFindings(text: string, found: Attribution[]): Attribution[] {
  if (found.length < 2) return found;
  // (Institutional with a finding cue is a document: a weak cue attributes to no organization, see `attributionAt`.)
  const findings = found.filter((g) => g.type === 'institutional' && g.cue !== null
    && FIND_OR_SHOW.has(text.slice(g.cue.start, g.cue.end).toLowerCase()));
  if (findings.length === 0) return found;
  // (Only inside the finding's own clause, with no mark between: "The analysis found no plots, said sources who spoke on
  // the condition of anonymity", "A study found …, although a Treasury Department official said …" keep their sources.)
  return found.filter((f) => !((f.type === 'anonymous' || f.type === 'vague') && f.source !== null
    && findings.some((g) => f.source!.start > g.cue!.end && !CLAUSE_MARK.test(text.slice(g.cue!.end, f.source!.start)))));
}
/** A mark that may end a clause: a comma, a semicolon, a colon, a dash. */
const CLAUSE_MARK = /[,;:\u2013\u2014]|\s-{1,2}\s/;

/**
 * `found` without the weak attributions that an unnamed speaker ending the sentence reports: "Officials expect that
 * Allen will return, the official told POLITICO", "Few expect Congress to pass it, …, observers say", "Investigators
 * believe …, a U.S. official told CNN" rest on the speaker, not on the group whose view is told. (Not unnamed
 * reports, "US officials believe …, according to multiple reports": the view is the officials', the reports relay it.)
 */
function withoutToldViews(text: string, toks: Tok[], found: Attribution[]): Attribution[] {
  if (found.length < 2 || !found.some((f) => f.weak)) return found;
  const tellers = found.filter((g) => !g.weak && (g.type === 'anonymous' || g.type === 'vague') && g.cue !== null
    && !(g.source !== null && /\breports?$/i.test(text.slice(g.source.start, g.source.end))));
  if (tellers.length === 0) return found;
  return found.filter((f) => !(f.weak && f.cue !== null
    && tellers.some((g) => g.cue!.start > f.cue!.end && trailingAttribution(toks, g, f.cue!.end))));
}

/**
 * `found` without the claims named by a noun ("claims by U.S. officials that …") that another speaker of the
 * sentence tells of, before them or ending the sentence: that speaker says what the sentence asserts ("A State
 * Department spokesperson said reports from Iraqi officials that the ambassador had been evacuated were false",
 * "Claims by U.S. officials that … are false, Netanyahu said").
 */
function withoutRelayedClaims(toks: Tok[], found: Attribution[]): Attribution[] {
  if (found.length < 2) return found;
  const isNominal = (f: Attribution): boolean => f.rule.startsWith('cue:claim-by:');
  const speakers = found.filter((g) => !isNominal(g) && g.cue !== null);
  return found.filter((f) => !(isNominal(f) && f.cue !== null
    && speakers.some((g) => g.cue!.end <= f.cue!.start || trailingAttribution(toks, g, f.cue!.end))));
}

/** The attribution that stands for `found`: unnamed first, among those competing. */
function bestOf(found: Attribution[]): Attribution | null {
  let best: Attribution | null = null;
  for (const f of competing(found)) if (best === null || PRIORITY[f.type] < PRIORITY[best.type]) best = f;
  return best;
}

/** Verbs that take an object and a bare verb, which says nothing of the object's own: "it may help others find their way". */
const CAUSATIVES = new Set([...BARE_CAUSATIVES, 'led', 'caused', 'causing', 'forced', 'forcing']);

function causativeIn(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CAUSATIVES.has(toks[k]!.lower)) return true;
  return false;
}

/** Conjunctions that, after a comma, open a clause with a subject of its own: "…, but residents said …". */
const CLAUSE_CONJUNCTIONS = new Set(['but', 'while', 'whereas', 'yet', 'and']);

/**
 * "The army said it struck 20 targets, but officials in Gaza said 12 people were killed": two speakers in
 * two clauses make two claims, so the unnamed one is not drawn over the army's words. Fills `parts` with
 * one claim per clause when attributions stand in at least two clauses joined by ";" or ", but/while/
 * whereas/yet/and", or opened by ", which/who" (outside quotations), each source and cue within its clause; a clause without one
 * stays with the clause before it. `chosen` (the whole sentence's claim) takes the place of its clause's.
 */
function clauseParts(text: string, s: Span, toks: Tok[], found: Attribution[], chosen: Attribution, parts: ClausePart[]): void {
  const starts: number[] = [];
  const breaks: number[] = [];
  /** Token index where each clause after the first starts. */
  const startTok: number[] = [];
  /** The clauses opened by ", which/who": their speaker comes right after the pronoun. */
  const relativeOpened = new Set<number>();
  /** The clauses opened by ": “": their speaker comes right after the quotation. */
  const quoteOpened = new Set<number>();
  for (let k = 1; k < toks.length - 1; k++) {
    const t = toks[k]!;
    if (t.quoted) continue;
    let next = -1;
    if (t.text === ';' && toks[k + 1]!.word) next = k + 1;
    else if (t.text === ',' && CLAUSE_CONJUNCTIONS.has(toks[k + 1]!.lower) && toks[k + 2]?.word) {
      // "Cook County, Ill., and Wayne County", "Colbert, Ms. Bee, and Trevor Noah": a list's last item.
      if (toks[k + 1]!.lower === 'and' && toks.slice(Math.max(0, k - 4), k).some((x) => x.text === ',')) continue;
      next = k + 2;
    } else if (t.text === ',' && (toks[k + 1]!.lower === 'which' || toks[k + 1]!.lower === 'who') && toks[k + 2]?.word) {
      // "…, which critics say is a precursor to the NRC": a relative clause with a speaker of its own.
      next = k + 1;
      relativeOpened.add(startTok.length + 1);
    } else if (t.text === ':' && toks[k + 1]!.text === QUOTE) {
      // "Historians pointed out the parallel to Truman's threat: “If they do not …,” Truman said.": a quotation
      // after a colon with a speaker of its own after it.
      next = k + 1;
      quoteOpened.add(startTok.length + 1);
    }
    if (next < 0) continue;
    breaks.push(t.s);
    starts.push(toks[next]!.s);
    startTok.push(next);
  }
  if (breaks.length === 0) return;
  const clauseOf = (pos: number): number => {
    let c = 0;
    while (c < breaks.length && pos >= starts[c]!) c++;
    return c;
  };
  const within = (a: Attribution): number => {
    const first = Math.min(a.cue?.start ?? Infinity, a.source?.start ?? Infinity);
    const last = Math.max(a.cue?.end ?? -1, a.source?.end ?? -1);
    if (first === Infinity) return -1;
    const c = clauseOf(first);
    // Both ends inside the clause: not across a boundary, nor on the boundary's own words.
    if (c > 0 && first < starts[c - 1]!) return -1;
    if (c < breaks.length && last > breaks[c]!) return -1;
    return c;
  };
  const byClause = new Map<number, Attribution[]>();
  for (const f of found) {
    const c = within(f);
    if (c < 0) return;
    byClause.set(c, [...(byClause.get(c) ?? []), f]);
  }
  const home = within(chosen);
  if (home < 0 || byClause.size < 2) return;
  const picked = new Map<number, Attribution>();
  for (const [c, fs] of byClause) {
    const b = bestOf(fs);
    if (b !== null) picked.set(c, b);
  }
  picked.set(home, chosen);
  if (picked.size < 2) return;
  const order = [...picked.keys()].sort((x, y) => x - y);
  // One speaker in every clause ("he said …, and he added …"): one claim, as before.
  // ("they (critics)" is the critics again.)
  const who = (a: Attribution): string => (/\(([^)]+)\)$/.exec(a.label)?.[1] ?? a.label).toLowerCase();
  if (order.every((c) => picked.get(c)!.type === chosen.type && who(picked.get(c)!) === who(chosen))) return;
  for (let n = 0; n < order.length; n++) {
    const a = picked.get(order[n]!)!;
    const first = Math.min(a.cue?.start ?? Infinity, a.source?.start ?? Infinity);
    const last = Math.max(a.cue?.end ?? -1, a.source?.end ?? -1);
    const from = n === 0 ? 0 : startTok[order[n]! - 1]!;
    const to = n + 1 < order.length ? startTok[order[n + 1]! - 1]! : toks.length;
    // A later clause must open with its speaker ("…, but residents said …", "…; on Monday aides said …"): a
    // speaker at its end ("…, but could get legal status, according to the Post") may speak for the whole sentence.
    const lead = toks.slice(from, to).findIndex((x) => x.s >= first);
    // (A relative clause's speaker is its subject, right after the pronoun: "…, which critics say …", not "…, who
    // added that the former governor has maintained …", "…, who like all Caucus insiders responded …".)
    // (After a colon, the speaker follows the quotation and its comma: "…: “…,” Truman said.")
    if (n > 0 && quoteOpened.has(order[n]!)) {
      if (lead < 0 || toks.slice(from, from + lead).some((x) => !x.quoted && x.text !== QUOTE && x.text !== ',')) return;
      if (!quotedOwnSpeaker(text, toks, a, picked.get(order[n - 1]!)!, from - 1)) return;
    } else if (n > 0 && (lead < 0 || lead > (relativeOpened.has(order[n]!) ? 1 : 3) || toks.slice(from, from + lead).some((x) => x.text === QUOTE))) return;
    // Each claim has words of its own besides its speaker and verb ("(As The Washington Post has noted, while …" has none).
    if (toks.slice(from, to).filter((x) => x.word && (x.e <= first || x.s >= last)).length < 3) return;
  }
  for (let n = 0; n < order.length; n++) {
    const c = order[n]!;
    const start = n === 0 ? s.start : starts[c - 1]!;
    const end = n + 1 < order.length ? breaks[order[n + 1]! - 1]! : s.end;
    parts.push({ span: { start, end }, attr: picked.get(c)! });
  }
}

/** Verbs of a speaker's tag after a quotation that may make it a claim of its own after a colon. */
const TAG_AFTER_COLON = new Set([...SAID_FORMS, 'replied', 'responded', 'answered']);
/**
 * Whether the quotation after the colon at token `colon`, tagged by `tag`, is someone else's words than what the
 * clause before it (`before`) tells: "Historians pointed out the parallel to Truman's threat: “…,” Truman said."
 * Not the words of the speaker just before the colon ("Mr. Trump said: “…,” according to a lawmaker", "Herring
 * told his journalists: “…”, according to a report": relayed), nor a tag that refers back to a speaker ("…, she
 * said", "the Republican said", "the report said").
 */
function quotedOwnSpeaker(text: string, toks: Tok[], tag: Attribution, before: Attribution, colon: number): boolean {
  if (tag.cue === null || tag.source === null || !TAG_AFTER_COLON.has(text.slice(tag.cue.start, tag.cue.end).toLowerCase())) return false;
  const src = text.slice(tag.source.start, tag.source.end);
  if (PRONOUNS.has(src.toLowerCase()) || /^(?:the|this|that|these|those)\s/i.test(src)) return false;
  if (before.cue === null) return true;
  const cueTok = toks.findIndex((x) => x.s >= before.cue!.start);
  return colon - cueTok > 3;
}

/**
 * Whether `a` is a trailing attribution after `after` ("…, Cohen said.", "…, according to court
 * documents."): set off by a comma, and followed only by a short adverbial up to the next comma
 * or the sentence end, not by a clause of its own ("…, and Sekulow announced that …").
 */
function trailingAttribution(toks: Tok[], a: Attribution, after: number): boolean {
  const first = Math.min(a.cue!.start, a.source?.start ?? Infinity);
  if (first <= after) return false;
  const k = toks.findIndex((t) => t.s >= first);
  if (k < 1 || toks[k - 1]!.text !== ',') return false;
  let n = 0;
  for (let j = toks.findIndex((t) => t.s >= a.cue!.end); j >= 0 && j < toks.length; j++) {
    const t = toks[j]!;
    if (t.text === ',' || t.text === '.' || t.text === ';') break;
    if (t.lower === 'that' || t.text === QUOTE || ++n > 8) return false;
  }
  return true;
}

/** Whether one or two words with no determiner end at `m` right after a preposition: "in (reparations) advocacy". */
function bareNounAfterPrep(toks: Tok[], m: number): boolean {
  let w = 0;
  while (w < 2 && m >= 0 && toks[m]!.word && !NP_DETERMINERS.has(toks[m]!.lower) && !PHRASE_PREPS.has(toks[m]!.lower)) {
    m--;
    w++;
  }
  return w > 0 && m >= 0 && PHRASE_PREPS.has(toks[m]!.lower);
}

/** Rules of the hedges that say something was reported, by no one named: a label elsewhere in the sentence leaves them. */
const REPORTED_HEDGES = new Set(['hedge:agentless-toll', 'hedge:agentless-passive', 'hedge:hearsay-adverb', 'hedge:impersonal', 'hedge:unsourced-reports']);
/**
 * Whether `a` is a label given in a free relative: "what Oren describes as great pains", "what critics call a
 * giveaway" (the word before its source is "what").
 */
function labelInRelative(text: string, toks: Tok[], a: Attribution): boolean {
  if (a.cue === null || a.source === null || !DESCRIBING_CUES.has(text.slice(a.cue.start, a.cue.end).toLowerCase())) return false;
  const k = toks.findIndex((t) => t.s >= a.source!.start);
  return k > 0 && toks[k - 1]!.lower === 'what';
}

/** Cues whose object is what is described or named ("described X as", "called X a"), not a clause someone said. */
const DESCRIBING_CUES = new Set(['described', 'describes', 'describe', 'called', 'calls', 'labeled', 'labelled', 'branded',
  'characterized', 'characterised', 'portrayed', 'portrays', 'dubbed']);

const KNOWLEDGE_PHRASE = /\b(?:familiar with|knowledge of|knowledgeable|briefed on|close to|informed about|aware of)\b/i;

/** The unnamed source right after "<outlet> reports/says that", if any. */
function relayedSource(text: string, toks: Tok[], via: Attribution, st: DocState): Attribution | null {
  let i = toks.findIndex((t) => t.s >= via.cue!.end);
  if (i < 0) return null;
  // "The report described some officials as dismissive": the people described are its subject, not its source.
  if (DESCRIBING_CUES.has(text.slice(via.cue!.start, via.cue!.end).toLowerCase())) return null;
  if (toks[i]!.lower === 'that') i++;
  const first = toks[i];
  // "Cuban media said he's the first official to ...": a contracted verb opens a clause, not a source.
  if (first && /^(?:he|she|it|they|there|that|who)['\u2019]/.test(first.lower)) return null;
  const hit = first && /^(?:he|she)$/.test(first.lower) ? { start: i, end: i, appositive: null } : phraseAfter(toks, i, true);
  if (!hit) return null;
  // The relayed source speaks in the clause ("notes that a senior official said / earlier threatened …");
  // "reported that a man had been arrested" relays no source.
  // A pronoun relays the unnamed source it refers back to ("Haaretz says he referred to …").
  // People described by what they know ("three people with knowledge of the exchange") are sources themselves.
  const span = { start: toks[hit.start]!.s, end: toks[hit.end]!.e };
  const phrase = text.slice(span.start, span.end);
  let spoken = (hit.start === hit.end && /^(?:he|she)$/.test(toks[hit.start]!.lower)) || KNOWLEDGE_PHRASE.test(phrase);
  for (let k = hit.end + 1; k < toks.length && k <= hit.end + 10; k++) {
    if (!cueGroup.has(toks[k]!.lower)) continue;
    // "reported that aides had been warned", "officials were told": in the passive they heard it, not said it.
    const aux = auxBefore(toks, k);
    if (isBeAux(aux) && !PASSIVE_SOURCE.has(toks[k]!.lower) && !toks[k]!.lower.endsWith('ing')) continue;
    spoken = true;
  }
  if (!spoken) return null;
  const cls0 = classifySource(phrase);
  const cls = cls0 ? resolve(cls0, phrase, st, text, span.start) : null;
  if (!cls || cls.type !== 'anonymous') return null;
  const attr: Attribution = { type: 'anonymous', source: span, cue: via.cue, reason: `${reasonFor(cls)}, via ${via.reason.replace(/^attributed to another outlet: /, '')}`, person: true, label: cls.label, at: st.sentence, rule: 'relayed' };
  st.lastPerson = attr;
  return attr;
}

/** Stems that every hedge pattern contains (kept in sync by the lexicon tests, which run through this filter). */
const HEDGE_STEMS = /asked|questions|credited|known that|(?:been|were|was) (?:raised|floated|voiced)|concern|worr|suspicion|optimis|pessimis|doubt|talk|rumou?r|charges|recogni|percep|consensus|expectation|poll|survey after|study after|by (?:one|some|many|most|several|other) |called|dubbed|viewed|seen as|described|characteri|portrayed|mentioned|perceived|defined|believ|thought|understood|alleg|suspect|said|report|estimat|fear|presum|assum|widely|consider|expect|projected|forecast|critic|blam|condemn|implicat|ridicul|debat|hail|regard|tout|brand|label|dubb|claim|accus|speculat|purport|suppos|some|many|suggested|argued|hopes|expert|analyst|observer|outrage|backlash|skeptic|sceptic|under (?:heavy |intense |renewed |growing )?fire/;

/**
 * Whether any hedge pattern matches: one scan where the patterns would take one each. Only about one sentence in
 * fifty that passes the stems above holds a hedge; the patterns run one by one only there.
 */
const ANY_HEDGE = anyOf(HEDGES.flatMap((g) => g.patterns));
/** `source` with `part` replaced once (it must be there). */
function without(source: string, part: string, by: string): string {
  if (!source.includes(part)) throw new Error(`hedge stems: no '${part}'`);
  return source.replace(part, by);
}
/**
 * The hedge stems without the three commonest words, which open a hedge only in a few phrases: "said" (about
 * one sentence in four has it) only in "said to", "said that" and "it is (widely) said", "some" and "many" only
 * before a verb of saying or believing ("some say") or as a poll's or an estimate's ("some polls", "by some
 * estimates", which "poll" and "by some " cover). Run before ANY_HEDGE, which it must never refuse a match of
 * (tests/unit/attribution/union.test.ts). Every hedge opens a word with its stem, so the stems are looked for
 * at word starts only, which halves the time of the scan.
 */
export const HEDGE_GATE = new RegExp(`\\b(?:${without(without(HEDGE_STEMS.source, '|suspect|said|', '|suspect|'), '|suppos|some|many|', '|suppos|')}`
  + String.raw`|said\sto|said\sthat|it\s(?:is|was|has been)\s(?:[a-z]+\s)?said|(?:some|many)\s(?:say|argue|claim|believe|contend)\b)`);
/** Hedge groups strong enough to outrank a named source in the same sentence. */
const OVERRIDING_HEDGES = new Set(['agentless-passive', 'reduced-relative', 'impersonal', 'hearsay-adverb', 'widely', 'unsourced-reports']);

/** Passive hedges whose "by" phrase, when present, says who holds the view. */
const AGENT_HEDGES = new Set(['agentless-evaluation', 'agentless-labels', 'agentless-passive', 'reduced-relative', 'agentless-toll']);

const BY = new Set(['by']);
const FROM_OR_BY = new Set(['from', 'by']);
const FROM: ReadonlySet<string> = new Set(['from']);
/** Words after a comma that lead to an agent given as an example or the chief one: ", including from", ", particularly by". */
const AGENT_FOCUS: ReadonlySet<string> = new Set(['including', 'particularly', 'especially', 'notably', 'mainly', 'chiefly', 'primarily', 'mostly']);

/**
 * The class of the agent a "by" (or another of `preps`) phrase within a few words after `pos` names, if any. (Past a
 * comma that gives an example or the chief one: "drew widespread condemnation, including from Vice President Mike
 * Pence", "faces criticism elsewhere too, particularly from Israeli Prime Minister Benjamin Netanyahu".)
 */
function agentAfter(text: string, toks: Tok[], pos: number, preps: ReadonlySet<string> = BY): SourceClass | null {
  let k = toks.findIndex((t) => t.s >= pos);
  if (k < 0) return null;
  for (const stop = Math.min(toks.length, k + 6); k < stop; k++) {
    const t = toks[k]!;
    if (t.text === ',' && AGENT_FOCUS.has(toks[k + 1]?.lower ?? '')) {
      k++;
      continue;
    }
    if (!t.word && t.text !== QUOTE) return null;
    if (!preps.has(t.lower)) continue;
    const hit = phraseAfter(toks, k + 1, true);
    return hit ? classifySource(text.slice(toks[hit.start]!.s, toks[hit.end]!.e)) : null;
  }
  return null;
}

/**
 * Whether an appositive is nothing but the names of bodies: capitalized words (at least two) joined by the small words
 * of names, `NAME_JOINERS` ("the Cook Political Report and the Rothenberg Political Report", "the Energy Information
 * Administration"); not a place or a party and state ("Germany", "California Democrat").
 */
function namesBodies(app: string): boolean {
  const ws = app.trim().split(/\s+/);
  if (ws.filter((w) => /^\p{Lu}/u.test(w)).length < 2 || !ws.every((w) => /^\p{Lu}/u.test(w) || NAME_JOINERS.has(w))) return false;
  return !STATE_PARTY.test(app) && !PARTY_STATE.test(app) && !US_STATE.test(app);
}

/** Participles that place an allegation in a piece or with its maker: "cited in the report", "made by prosecutors". */
const PLACING_PARTICIPLES: ReadonlySet<string> = new Set(['cited', 'made', 'detailed', 'contained', 'outlined', 'described', 'raised',
  'leveled', 'levelled', 'laid', 'included', 'published', 'aired']);

/** Verbs whose subject makes the allegations or the criticism after them: "made claims of", "raised allegations". */
const MAKING_VERBS = new Set(['make', 'makes', 'made', 'making', 'raise', 'raises', 'raised', 'raising', 'level', 'levels', 'leveled',
  'levelled', 'leveling', 'levelling', 'lodge', 'lodges', 'lodged', 'lodging', 'file', 'files', 'filed', 'filing', 'hurl', 'hurls',
  'hurled', 'hurling', 'voice', 'voices', 'voiced', 'voicing']);
/** Words between such a verb and its subject: auxiliaries and adverbs ("has repeatedly made"). */
const BEFORE_MAKING = new Set(['has', 'have', 'had', 'also', 'first', 'again', 'often', 'since', 'then', 'never', 'not', 'to', 'by', 'who', 'and']);

/** Words that modify an allegation noun: determiners, quantifiers and adjectives ("such", "many", "baseless"). */
const ALLEGATION_ADJECTIVES = new Set(['harsh', 'sharp', 'false', 'wild', 'phony', 'bogus', 'fresh', 'new', 'such', 'further',
  'similar', 'serious', 'strong', 'vague', 'more', 'fierce', 'stinging', 'withering', 'blistering', 'scathing', 'broad']);
const allegationModifier = (w: string): boolean => NP_DETERMINERS.has(w) || QUANTIFIERS.has(w) || ALLEGATION_ADJECTIVES.has(w)
  || /\p{Ll}{3}(?:ed|al|ous|ive|ful|less|ic|ible|able)$/u.test(w);

/**
 * Whether the noun at token `k` ("allegations", "claims", "criticism") is the object of a making verb a few words before
 * ("has made unsubstantiated allegations of", "hurling allegations of") whose subject is not an unnamed group or person
 * ("Some officials raised allegations" stays a hedge): the maker is named, or the sentence's own subject.
 */
function madeBySubject(text: string, toks: Tok[], k: number): boolean {
  // Back over the noun's modifiers only ("unsubstantiated", "such", "many", "harsh"): not past a preposition or
  // another noun, "made the comments amid withering criticism from lawmakers".
  let v = k - 1;
  while (v >= 0 && toks[v]!.word && !MAKING_VERBS.has(toks[v]!.lower) && allegationModifier(toks[v]!.lower)) v--;
  if (v < 0 || !MAKING_VERBS.has(toks[v]!.lower)) return false;
  let b = v - 1;
  while (b >= 0 && (BEFORE_MAKING.has(toks[b]!.lower) || ADVERB.test(toks[b]!.text))) b--;
  const np = b >= 0 && toks[b]!.word ? npBackFrom(toks, b, null) : null;
  // (A maker who is someone: "The change in word choice has raised accusations of racism" provoked them.)
  const cls = np === null ? null : classifySource(text.slice(toks[np.start]!.s, toks[np.end]!.e));
  return cls !== null && cls.type !== 'anonymous' && cls.type !== 'vague';
}

/**
 * Whether, within a few words after `pos`, a placing participle and "in" or "by" lead to a named source: a person, a
 * named body, an outlet or an identified document ("cited in the CBS News report", "made by the Justice Department").
 */
function placedAfter(text: string, toks: Tok[], pos: number): boolean {
  let k = toks.findIndex((t) => t.s >= pos);
  if (k < 0) return false;
  for (const stop = Math.min(toks.length - 2, k + 6); k < stop; k++) {
    const t = toks[k]!;
    if (!t.word) return false;
    if (!PLACING_PARTICIPLES.has(t.lower)) continue;
    let p = k + 1;
    if (toks[p]?.lower === 'out') p++;
    if (toks[p]?.lower !== 'in' && toks[p]?.lower !== 'by') return false;
    const hit = phraseAfter(toks, p + 1, true);
    const cls = hit ? classifySource(text.slice(toks[hit.start]!.s, toks[hit.end]!.e)) : null;
    return cls !== null && cls.type !== 'anonymous' && cls.type !== 'vague';
  }
  return false;
}

/** Participles of being judged in a document: "criticized in the IG report", "faulted in an audit". */
const JUDGED_PARTICIPLES = new Set(['criticized', 'criticised', 'faulted', 'blamed', 'condemned', 'rebuked', 'censured', 'reprimanded', 'singled']);

/** Pieces of writing that can hold a judgment: "criticized in an inspector general report". */
const JUDGING_DOCUMENTS = new Set(['report', 'review', 'audit', 'ruling', 'memo', 'letter', 'study', 'findings', 'investigation',
  'assessment', 'analysis', 'filing', 'complaint', 'lawsuit', 'indictment', 'editorial', 'article', 'story']);

/**
 * Whether "in" and a document whose maker is named follow at `pos`: "criticized in a State Department inspector general
 * report", "blamed in the Mueller report" (not "criticized in the press", "in a recent report": no one named).
 */
function documentAfterIn(text: string, toks: Tok[], pos: number): boolean {
  const k = toks.findIndex((t) => t.s >= pos);
  if (k < 0 || toks[k]!.lower !== 'in') return false;
  let named = false;
  for (let j = k + 1; j < toks.length && j <= k + 8; j++) {
    const t = toks[j]!;
    if (!t.word) return false;
    if (JUDGING_DOCUMENTS.has(t.lower)) {
      if (named || j < k + 3) return named;
      // ("an inspector general report": an office the maker is, named by its title.)
      const maker = classifySource(text.slice(toks[k + 2]!.s, toks[j - 1]!.e));
      return maker !== null && maker.type !== 'anonymous' && maker.type !== 'vague';
    }
    if (isCapWord(t) && !CALENDAR_NAMES.has(t.lower)) named = true;
  }
  return false;
}

/** Words that may follow the accuser's name after "accusations of": "of Tara Reade, …", "of Jane Doe that …". */
const AFTER_ACCUSER = new Set(['that', 'who', 'against', 'and']);

/** Whether a person's full name starts at `pos` and ends its phrase ("claims of Jane Doe, a former aide"); not in a title-case headline. */
function accuserAfterOf(text: string, toks: Tok[], pos: number): boolean {
  const k = toks.findIndex((t) => t.s >= pos);
  if (k < 0 || titleCase(toks)) return false;
  let e = k;
  while (e < toks.length && e < k + 4 && isCapWord(toks[e])) e++;
  const next = toks[e];
  if (e - k < 2 || (next !== undefined && next.word && !AFTER_ACCUSER.has(next.lower))) return false;
  const name = text.slice(toks[k]!.s, toks[e - 1]!.e);
  return looksLikePersonName(name) && classifySource(name)?.kind === 'person';
}

/** A "by" phrase within a few words after `pos` that names a person, an organization or an outlet. */
function namedAgentAfter(text: string, toks: Tok[], pos: number): boolean {
  const cls = agentAfter(text, toks, pos);
  return cls !== null && (cls.type === 'named' || cls.type === 'institutional' || cls.type === 'report');
}

/** A short line without closing punctuation whose first words hold the match: a section heading. */
function sectionHeading(text: string, s: Span, toks: Tok[], pos: number): boolean {
  if (/[.!?:"\u201d]\s*$/.test(text.slice(s.start, s.end))) return false;
  const words = toks.filter((t) => t.word);
  if (words.length > 8) return false;
  const k = words.findIndex((t) => t.s >= pos);
  return k >= 0 && k <= 2;
}

/** Sentiment words that are also verbs ("Israel fears", "Hamas worries"). */
const SENTIMENT_VERBS = new Set(['fears', 'worries', 'doubts', 'suspects', 'hopes']);
/** Adverbs that stand between a subject and its verb, as between an auxiliary and its verb ("now worries", "no longer fears"). */
const VERB_ADVERBS: ReadonlySet<string> = new Set([...BETWEEN_AUX, 'longer']);
/** Adjectives in -ly, which a noun may follow ("early fears", "deadly fears"). */
const LY_ADJECTIVES = new Set(['early', 'only', 'likely', 'unlikely', 'daily', 'weekly', 'monthly', 'yearly', 'elderly', 'friendly',
  'costly', 'deadly', 'lonely', 'lovely', 'holy', 'silly', 'timely', 'ugly', 'lively', 'orderly', 'family', 'ally', 'rally']);
/** Subjects a verb "fears" or "worries" can follow directly. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'who', 'which']);

/**
 * Whether the sentiment word at `pos` has a named holder: a people or party adjective or a name
 * right before the noun ("Israeli security concerns"), or a named subject of it used as a verb
 * ("Israel also fears that").
 */
function ownedSentiment(text: string, toks: Tok[], pos: number): boolean {
  const k = toks.findIndex((t) => t.s >= pos);
  if (k < 1) return false;
  // "Israeli security concerns about …", "Egyptian fears that …": a named people or body before the noun holds it.
  for (const m of [k - 1, k - 2]) {
    const w = toks[m];
    if (!w || m === 0 || !isCapWord(w)) continue;
    if (m === k - 2 && !/^\p{Ll}/u.test(toks[k - 1]!.text)) continue;
    // Mid-sentence capitals are meaningful: "Republican suspicions", "Israeli concerns".
    if (personNouns.has(w.lower)) return true;
    const owner = classifySource(w.text);
    if (owner !== null && (owner.type === 'named' || owner.type === 'institutional')) return true;
  }
  if (!SENTIMENT_VERBS.has(toks[k]!.lower)) return false;
  let j = k - 1;
  // ("but early fears that …": an adjective in -ly is no adverb.)
  while (j >= 0 && (DISCOURSE_ADVERBS.has(toks[j]!.lower) || VERB_ADVERBS.has(toks[j]!.lower) || (ADVERB.test(toks[j]!.text) && !LY_ADJECTIVES.has(toks[j]!.lower))
    || (toks[j]!.lower === 'no' && toks[j + 1]?.lower === 'longer'))) j--;
  // The word is a verb whose subject came before, so its subject holds the view, named or not: "He … but worries
  // about the future", "Liz Wilson, 25, worries that …", "Hensarling now worries about …", "who no longer worries".
  // (Not a comma that ends an opening phrase: "In Poland, worries about Russia have been on the rise" is the noun; nor
  // "But" opening the sentence: "But doubts are rising".)
  const w = toks[j];
  if (w !== undefined && (SUBJECT_PRONOUNS.has(w.lower) || (j > 0 && (w.lower === 'but' || isCapWord(w)))
    || (w.text === ',' && toks.slice(0, j).some((t) => t.text === ',')))) return true;
  const np = j >= 0 ? npBackFrom(toks, j, null) : null;
  if (!np) return false;
  const cls = classifySource(text.slice(toks[np.start]!.s, toks[np.end]!.e));
  return cls !== null && (cls.type === 'named' || cls.type === 'institutional' || cls.type === 'report');
}

/** Words that deny the noun after them: "no reports", "without allegations". */
const NOUN_NEGATORS = new Set(['no', 'without']);
/** Negations before "any": "there were not any reports", "never any criticism". */
const ANY_NEGATORS = new Set(['not', "n't", 'never', 'without', 'hardly', 'barely']);
/** Modifiers that may stand between the denial and the noun: "no immediate reports", "without any credible allegations". */
const DENIED_NOUN_MODIFIERS = new Set(['immediate', 'other', 'new', 'further', 'credible', 'confirmed', 'official', 'significant',
  'major', 'known', 'such', 'public', 'similar', 'serious', 'specific', 'independent', 'recent', 'additional', 'more',
  'widespread', 'reliable', 'verified', 'formal', 'prior', 'previous', 'initial', 'firm', 'direct', 'early']);

/**
 * Whether the noun at token `k` is denied: "no reports of", "no immediate reports of", "without reports of", "not any
 * credible reports". Only modifiers of DENIED_NOUN_MODIFIERS may stand between, at most two ("no shortage of harsh
 * criticism", "no evidence supports claims of", "neither confirm nor deny reports" deny something else).
 */
function negatedNoun(toks: Tok[], k: number): boolean {
  let j = k - 1;
  for (let n = 0; n < 2 && j >= 0 && DENIED_NOUN_MODIFIERS.has(toks[j]!.lower) && toks[j]!.text === toks[j]!.lower; n++) j--;
  const w = toks[j];
  if (!w) return false;
  if (NOUN_NEGATORS.has(w.lower)) return true;
  if (w.lower !== 'any') return false;
  for (let m = j - 1; m >= 0 && m >= j - 2; m--) {
    const x = toks[m]!.lower.replace(/^.*n['\u2019]t$/, "n't");
    if (ANY_NEGATORS.has(x)) return true;
  }
  return false;
}

/** A verb straight after "that": the start of a relative clause ("rumors that got so rampant"), not of a content clause. */
const RELATIVE_THAT = /^\s(?:[a-z]+ly\s)?(?:is|are|was|were|has|have|had|got|gets|will|would|could|can|may|might|should|must|circulated|circulate|circulating|spread|spreads|swirled|surfaced|emerged|began|started|led|prompted|grew|persisted|persist|dogged|plagued|followed|came|appeared|remain|remained|seem|seemed|arose|linger|lingered|turn|turns|turned|suggest|suggested|suggests|show|showed|support|supported|indicate|indicated|indicates|say|says|said|described|contradict|contradicted|proved|did|does|went|made|cast|raised|claimed|blamed|linked|tied|cited|quoted|revealed|documented|found)\b/;
/** What reports go on to say past a relative clause: "reports that surfaced this year said". */
const REPORTS_GO_ON = /\b(?:said|say|says|suggest|suggests|suggested|show|shows|showed|claim|claims|claimed|indicate|indicates|indicated|identified|found|revealed|alleged)\b/;

/** "called" or "dubbed" at the start and the word after it, written with a capital or a digit and not possessive. */
const NAME_GIVEN = /^(?:called|dubbed)\s+[\p{Lu}\p{N}](?![\p{L}\p{N}.-]*['\u2019]s?(?![\p{L}\p{N}]))/u;

/** Whether the label the cue at `start` gives is a name: "is called U-235", "was dubbed Operation Cyclone". */
function givenItsName(text: string, start: number, end: number): boolean {
  const seg = text.slice(start, Math.min(end, start + 80));
  const verb = seg.search(/\b(?:called|dubbed)\b/);
  return verb >= 0 && NAME_GIVEN.test(seg.slice(verb));
}

function findHedge(text: string, s: Span, toks: Tok[], st: DocState, sourced: boolean, ownCue: Span | null, spoken: boolean): Attribution | null {
  const lower = text.slice(s.start, s.end).toLowerCase();
  // One cheap scan decides whether any hedge pattern can match at all.
  if (!HEDGE_GATE.test(lower) || !ANY_HEDGE.test(lower)) return null;
  for (const g of HEDGES) {
    if (sourced && !OVERRIDING_HEDGES.has(g.id)) continue;
    // "…crew members believed to have been in contact, the statement said": a reduced relative inside what a
    // source says or writes is that source's wording (a belief or a hope, "he hopes", still leaves it hedged).
    if (spoken && g.id === 'reduced-relative') continue;
    for (const re of g.patterns) {
      const m = re.exec(lower);
      if (m && !insideQuote(toks, s.start + m.index)) {
        const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
        const cueTok = toks.findIndex((t) => t.s >= cue.start);
        // "NPR's Liz Halloran reports that …": the words are the sourced claim's own cue, not a hedge.
        if (g.id === 'unsourced-reports' && ownCue && cue.start < ownCue.end && ownCue.start < cue.end) continue;
        // "is considered a tossup by the Cook Political Report": the passive names its agent.
        if (AGENT_HEDGES.has(g.id) && namedAgentAfter(text, toks, cue.end)) continue;
        // "are considered illegal under international law": a status under a body of law, which is where the
        // judgment comes from ("is considered occupied by Israel under international law" too).
        if (g.id === 'agentless-evaluation' && UNDER_LAW.test(clauseAfter(text, toks, cue.end))) continue;
        // "drawing heavy criticism from McCain and other Republicans": a named critic leads. ("criticism from
        // Democrats", "from media outlets" stay hedged, as the labeled sets count them.)
        // A named body does too: "withering skepticism from the Senate Banking Committee" (a plural group does not).
        // (Only "from" a body named with a capital: "accusations of excessive force by police" are not the police's,
        // "criticism from within his own party" names no one.)
        // So does one office holder or an outlet: "drawn criticism from the United Nations' human-rights chief",
        // "drew criticism from The Wall Street Journal's editorial board".
        // (An outlet by its name: "from mainstream media outlets" names none. Only a "from" that follows at once, or
        // after a time, "faced criticism last week from": "claims of racial slurs uttered by a manager" names no critic.)
        const giver = g.id === 'agentless-criticism' ? agentAfter(text, toks, cue.end, FROM_OR_BY) : null;
        if (giver?.kind === 'person') continue;
        const body = g.id === 'agentless-criticism' ? agentAfter(text, toks, cue.end, FROM) : null;
        // (Or after what the accusations are of: "accusations of “fake news” from the president".)
        if (body && (body.kind === 'role' || (body.kind === 'outlet' && /^(?:the\s+)?\p{Lu}/u.test(body.label.trim())))
          && (fromSoonAfter(toks, cue.end) || m[0].endsWith(' of'))) continue;
        // "in order to avoid accusations of special treatment", "to avoid the perception that …", "to pre-empt reports
        // that …": what is warded off has not been said (not "had to dodge accusations of", "fending off accusations":
        // those were made).
        if (avoidedBefore(toks, cueTok)) continue;
        // "they don't want to be portrayed as …", "Trump deserves to be criticized", "risk being blamed for …", "worried
        // about being called a racist": a label someone wishes for, earns or fears, which no one has given.
        if (/^be(?:ing)?\s/.test(m[0]) && wishedOrFeared(toks, cueTok)) continue;
        // "conceding too much could spark a fierce backlash across Asia": a backlash foreseen, no one's yet.
        if (g.id === 'agentless-criticism' && modalVerbBefore(toks, cue.start)) continue;
        // "If Rice had been nominated, she would have faced criticism": criticism that never came.
        if (g.id === 'agentless-criticism' && modalPerfectBefore(toks, toks.findIndex((t) => t.s >= cue.start)) >= 0) continue;
        // "the accusations of Tara Reade, a former Biden staffer": the accuser is named right after "of".
        if (g.id === 'agentless-criticism' && m[0].endsWith(' of') && accuserAfterOf(text, toks, cue.end)) continue;
        // "the allegations of criminal activity cited in the CBS News report", "… made by federal prosecutors": the
        // allegations are placed in a named piece or with a named maker.
        if (g.id === 'agentless-criticism' && placedAfter(text, toks, cue.end)) continue;
        // "Trump has made unsubstantiated allegations of corruption", "Anita Hill raised allegations of harassment": the
        // subject who makes them is their maker (an unnamed one stays flagged: "Some officials raised allegations").
        if (g.id === 'agentless-criticism' && madeBySubject(text, toks, cueTok)) continue;
        // "Clinton was strongly criticized in a State Department inspector general report": the document that follows
        // gives the judgment, as an agent after "by" does.
        if ((g.id === 'agentless-evaluation' || g.id === 'agentless-criticism') && documentAfterIn(text, toks, cue.end)) continue;
        // "has been accused of fraud" in a charge, a suit or a trial, or of a crime ("of groping five women"), whose
        // accusers are a case's parties; "accused … by N women": the accusers are given; "I have been accused":
        // the speaker's own complaint.
        // (Nor an accusation denied or imagined: "Neither Page nor Clovis has been accused of wrongdoing", "would have
        // been accused of", "if a Democratic president had been accused of".)
        if (g.id === 'agentless-criticism' && m[0].endsWith('accused of') && (CRIME_ACCUSED.test(lower.slice(lower.indexOf('accused of')))
          || LEGAL_CONTEXT.test(lower.replace(/\baccused of\b/, ''))
          || /\bby\s/.test(clauseAfter(text, toks, cue.end)) || /^(?:i|we|would|could|might)$/.test(toks[cueTok - 1]?.lower ?? '')
          || /\b(?:neither|nor|not|never|no one|nobody)\b/.test(lower.slice(0, Math.max(0, cue.start - s.start)))
          || insideCondition(toks, cueTok) || /\bimagine\b/.test(lower))) continue;
        const bodyHead = body?.label.trim().split(/\s+(?:over|for|in|on|at|about|with|after|during|who|that|which)(?:\s|$)/)[0]!.split(/\s+/).pop() ?? '';
        if (body && body.kind === 'organization' && /^(?:the\s+)?\p{Lu}/u.test(body.label.trim()) && !/s$/i.test(bodyHead)) continue;
        // "Israel also fears that …": a sentiment verb whose named subject holds the view.
        if (g.id === 'unowned-sentiment' && ownedSentiment(text, toks, cue.start)) continue;
        // "myths and rumors that got so rampant", "the concerns that were raised": "that" opens a relative
        // clause about the rumors or the fears, not what they hold. (Reports that go on to say something are
        // still unsourced: "Reports that surfaced this year said …", "news reports that have identified …".)
        if ((g.id === 'unsourced-reports' || g.id === 'unowned-sentiment') && m[0].endsWith('that')
          && RELATIVE_THAT.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 40))
          && !(g.id === 'unsourced-reports' && REPORTS_GO_ON.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 60)))) continue;
        // "Safety concerns about sister ship": a section heading names a topic, it reports no view.
        if (g.id === 'unowned-sentiment' && sectionHeading(text, s, toks, cue.start)) continue;
        // "Accusations of racism", "Growing backlash", "Rumors of a shadow campaign": a heading inside the article that
        // opens with the criticism or the rumors names the section's topic; the sentences under it say who made them.
        // (Not a heading with a subject and a verb, "May faces backlash from MPs", nor the article's opening line,
        // which may be its headline: "Reports of gunfire near the palace".)
        if ((g.id === 'agentless-criticism' || (g.id === 'unsourced-reports' && /^(?:reports|rumou?rs) of$/.test(m[0])))
          && st.sentence > 1 && cueTok === toks.findIndex((t) => t.word) && sectionHeading(text, s, toks, cue.start)) continue;
        if (g.id === 'unsourced-reports' && m[0].startsWith('reports') && namedBefore(toks, cue.start)) continue;
        // "failure to file reports of foreign bank accounts", "researchers wrote dozens of reports that explained …": the
        // reports are documents someone files or writes, not hearsay.
        if (g.id === 'unsourced-reports' && FILED_REPORTS.test(lower.slice(Math.max(0, m.index - 40), m.index))) continue;
        // "Local media reports say", "Israeli media reports said": a press named by its place or owner reports, as
        // "Israeli media" does; the speaker's phrase types it (bare "media reports say" stays a hedge).
        if (g.id === 'unsourced-reports' && /^reports\s\p{L}/u.test(m[0]) && !/\s(?:that|of)$/.test(m[0]) && pressReportsBefore(text, toks, cue.start)) continue;
        // "The WHO said it had received reports that 500 patients …": the speaker relays what reached it;
        // the claim is the speaker's.
        if (g.id === 'unsourced-reports' && spoken && receivedBefore(toks, cue.start)) continue;
        // "Human Rights First has documented more than 1,000 public reports of people being attacked": the reports
        // are a named body's record.
        if (g.id === 'unsourced-reports' && m[0].endsWith(' of') && namedCollector(text, toks, cue.start)) continue;
        // "There were no reports of injuries", "used for years without reports of lung illnesses": reports that do
        // not exist carry no claim.
        // (Or inside the match, before its last word: "drew no criticism", "faced no new allegations".)
        if ((g.id === 'unsourced-reports' || g.id === 'agentless-criticism')
          && (negatedNoun(toks, cueTok) || negatedNoun(toks, toks.findIndex((t) => t.e >= cue.end)))) continue;
        // "… less like a time bomb than his critics believe.": a foil the comparison sets up, as with the cue.
        if (g.id === 'interjected-some-say') {
          const last = toks.findIndex((t) => t.e >= cue.end);
          if (last > 0 && COGNITION.has(toks[last]!.lower) && /^[.,;!?]$/.test(toks[last + 1]?.text ?? '.') && leftUnsaid(toks, last, true)) continue;
          // ("waiting to see what budget analysts say about the bill": talk with nothing said in it, as with the cue.)
          if (last > 0 && whatLeftUnsaid(toks, last)) continue;
        }
        // "reports of domestic violence increased 30 percent": a count of reported cases, not hearsay.
        if (g.id === 'unsourced-reports' && m[0].endsWith(' of') && COUNT_VERB.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
        // "If the insurance industry reports that …": a condition asserts nothing.
        // ("if it is projected to become insolvent": a condition, not a forecast anyone made.)
        // ("… if he runs in what is expected to be a close race": a free relative inside the condition still forecasts.)
        if ((g.id === 'unsourced-reports' || (g.id === 'agentless-evaluation' && toks[cueTok - 1]?.lower !== 'what')) && insideCondition(toks, cueTok)) continue;
        // ("If Trump is seen as the victor", "if he is called a liar": a label that may never be given; "whether an
        // impeachment is seen as legitimate": an open question, as a condition is.)
        if (g.id === 'agentless-labels' && insideCondition(toks, cueTok, CONDITIONAL_OR_WHETHER)) continue;
        // "That type, or isotope, is called U-235", "in what was dubbed Operation Cyclone": a thing's name, which is
        // what everyone calls it, not a label someone gave. ("has been dubbed Trump's Katrina" stays a label: a name
        // that belongs to someone else, given by analogy.)
        if (g.id === 'agentless-labels' && givenItsName(text, cue.start, s.end)) continue;
        // "the attack should be condemned", "Jews will be blamed for it", "Polls may be criticized for their samples",
        // "will be viewed as a key milestone": a passive after a modal is the writer's own judgment, forecast or
        // supposition, which no one else gave. ("can be expected to" stays a forecast, as PolNeAR labels it; "she’d been
        // called a maverick" is "had".)
        if ((g.id === 'agentless-evaluation' || g.id === 'agentless-labels') && m[0].startsWith('be ') && !/\b(?:expected|projected)\sto$/.test(m[0])
          && afterModal(toks, cueTok)) continue;
        if (g.id === 'hearsay-adverb') {
          // "The Sacramento Bee reported … . The moderator reportedly asked …": the named report goes on.
          const last = st.lastSource;
          if (last !== null && st.sentence - last.at <= 1 && (last.type === 'report'
            || (last.type !== 'anonymous' && last.type !== 'vague' && last.cue !== null && /^report/i.test(text.slice(last.cue.start, last.cue.end))))) continue;
          // "crimes allegedly committed", "which accuses … of allegedly": the legal hedge of a named charge.
          if (m[0] === 'allegedly' && LEGAL_CONTEXT.test(lower)) continue;
          // "a supposedly neutral DNC", "the allegedly weak response": inside a noun phrase, before its adjective,
          // the adverb is the writer's doubt of a quality, not hearsay ("the allegedly hacked emails", "the
          // reportedly voluminous deal" still pass something on).
          if (m[0] !== 'reportedly' && doubtedQuality(toks, cueTok)) continue;
        }
        // "indicted Russians alleged to have been involved": the charge's own word, as with "allegedly".
        if (g.id === 'reduced-relative' && m[0].startsWith('alleged') && LEGAL_CONTEXT.test(lower)) continue;
        // "faced criticism from some activists", "a backlash from business leaders": an unnamed group that made the
        // criticism is its source, shown as such, not a hedge "without a source". (A party or a plural body stays the
        // hedge it was, "drew heavy criticism from Democrats", as the PolNeAR labels have it; a named person, office or
        // outlet was taken above. "from within her party", "from all sides": none given.)
        if (g.id === 'agentless-criticism' && fromSoonAfter(toks, cue.end)) {
          const maker = makerAfterFrom(text, toks, cue.end);
          if (maker !== null && (maker.cls.type === 'vague' || maker.cls.type === 'anonymous')) {
            return { type: maker.cls.type, source: maker.span, cue, reason: reasonFor(maker.cls), person: false, label: maker.cls.label, at: st.sentence, rule: `hedge:${g.id}:maker` };
          }
        }
        return { type: 'vague', source: null, cue, reason: `hedge without a source: '${m[0]}'`, person: false, label: m[0], at: st.sentence, rule: `hedge:${g.id}` };
      }
    }
  }
  return null;
}

/** A verb of filing or writing right before "reports" (up to two words between): "file reports", "wrote dozens of reports". */
const FILED_REPORTS = /\b(?:file|files|filed|filing|submit|submits|submitted|submitting|write|writes|wrote|writing)\s+(?:[a-z]+\s+){0,2}$/;
/** Crimes after "accused of", within a few words: "accused of groping", "accused of sexual misconduct". */
const CRIME_ACCUSED = /^accused of (?:\S+ ){0,6}?(?:sexual|harass|assault|abus|grop|rap(?:e|ed|ing)\b|misconduct|murder|kill|shoot|stab|steal|stole|theft|fraud|brib|embezzl|launder|traffick|smuggl|beat|brutaliz|molest|driv|crim|spy|spying|espionage|terror|attack|lying to|obstruct|conspir)/;
/** "under international law", "under the Geneva Conventions", "under U.S. law": a body of law named as the measure. */
const UNDER_LAW = /^[^,;:]{0,60}?\bunder\s+(?:the\s+)?(?:international|humanitarian|federal|state|U\.S\.|US|[A-Z]\p{Ll}+)?\s*(?:law|laws|treaty|conventions?|Geneva\s+Conventions?|charter|constitution)\b/u;
/** The rest of the clause after character `pos` (to the next comma, semicolon or the sentence end). */
function clauseAfter(text: string, toks: Tok[], pos: number): string {
  let k = toks.findIndex((t) => t.s >= pos);
  if (k < 0) return '';
  const from = toks[k]!.s;
  while (k < toks.length && !/^[,;:]$/.test(toks[k]!.text)) k++;
  return text.slice(from, k < toks.length ? toks[k]!.s : toks[toks.length - 1]!.e);
}

/** Words other than determiners that open a noun phrase before a doubted quality: "from supposedly intelligent people". */
const QUALITY_LEADS = new Set(['such', 'many', 'some', 'most', 'more', 'less', 'few', 'several', 'other', 'even', 'all', 'any', 'every', 'each', 'no', 'from', 'of',
  'for', 'with', 'by', 'among']);

/**
 * Whether the adverb at token `k` stands between a determiner and an adjective that is no participle: "a
 * supposedly neutral DNC", "his allegedly frosty relationship" (not "the allegedly hacked emails", "the
 * supposedly missing files", "the man allegedly fled").
 */
function doubtedQuality(toks: Tok[], k: number): boolean {
  const before = toks[k - 1];
  // "many supposedly “elite” schools", "even supposedly “sober” conservatives": a quality in scare quotes is doubted.
  if (before && (ADJECTIVE_DETERMINERS.has(before.lower) || QUALITY_LEADS.has(before.lower)) && toks[k + 1]?.text === QUOTE
    && toks[k + 2]?.word && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k + 2]!.text) && toks[k + 3]?.text === QUOTE) return true;
  const adj = toks[k + 1];
  const noun = toks[k + 2];
  if (!before || !adj || !noun || !ADJECTIVE_DETERMINERS.has(before.lower) && !QUALITY_LEADS.has(before.lower)) return false;
  // (Not a verb after a demonstrative subject: "This purportedly puts the lie to …".)
  return adj.word && /^\p{Ll}+$/u.test(adj.text) && !/(?:ed|en|ing|[^su]s)$/.test(adj.lower) && !FINITE_VERBS.has(adj.lower)
    && !PAST_VERBS.has(adj.lower) && noun.word && !FINITE_VERBS.has(noun.lower) && !ARTICLES.has(noun.lower);
}

/** Verbs of keeping something from happening, and the words that may stand between them and the hedge. */
const AVOIDING = /^(?:avoid|avoids|avoided|avoiding|prevent|prevents|prevented|preventing|pre-?empt|pre-?empts|pre-?empted|pre-?empting|forestall|forestalls|forestalled|forestalling)$/;
const WARDING_OFF = /^(?:head|heads|headed|heading|stave|staves|staved|staving|ward|wards|warded|warding)$/;
const BEFORE_AVOIDED = new Set(['the', 'a', 'an', 'any', 'further', 'more', 'such', 'being', 'potential', 'possible', 'new', 'additional']);

/** Whether the hedge at token `k` is the object of a verb that keeps it from happening: "to avoid accusations of …". */
function avoidedBefore(toks: Tok[], k: number): boolean {
  let j = k - 1;
  for (let n = 0; n < 2 && j >= 0 && BEFORE_AVOIDED.has(toks[j]!.lower); n++) j--;
  const verb = toks[j];
  if (verb === undefined) return false;
  return AVOIDING.test(verb.lower) || (verb.lower === 'off' && WARDING_OFF.test(toks[j - 1]?.lower ?? ''));
}

/** Verbs of wishing, earning or fearing before "to be …" or "being …": "don't want to be seen as", "risk being blamed". */
const WISHING = /^(?:wants?|wanted|wanting|deserves?|deserved|deserving|likes?|liked|hates?|hated|prefers?|preferred|refuses?|refused|fears?|feared|fearing|dreads?|dreaded|risks?|risked|risking|resists?|resisted|minds?|resents?|resented|afraid)$/;
/** Words before "being …" that make it a prospect: "worried about being blamed", "wary of being characterized as". */
const PROSPECT_OF = new Set(['about', 'of']);

/** Whether the passive at token `k` ("be"/"being") is what someone wishes for, earns or fears. */
function wishedOrFeared(toks: Tok[], k: number): boolean {
  let j = k - 1;
  if (toks[k]?.lower === 'being' && PROSPECT_OF.has(toks[j]?.lower ?? '')) return true;
  if (toks[k]?.lower === 'be' && toks[j]?.lower === 'to') j--;
  else if (toks[k]?.lower !== 'being') return false;
  if (toks[j]?.lower === 'not') j--;
  return WISHING.test(toks[j]?.lower ?? '');
}

const MAKER_PLACE_PREPS = new Set(['within', 'across', 'inside', 'among', 'around', 'outside', 'all', 'both']);
const MAKER_TRAILERS = new Set(['even', 'alike', 'too', 'also', 'again', 'now', 'as']);
/** Words after "for" that give a reason, not whom someone speaks for: "for his remarks", "for not", "for inappropriate". */
const REASON_FOR = new Set(['his', 'her', 'their', 'its', 'not', 'inappropriate', 'what', 'how', 'being']);
/** The phrase after the "from" that follows `pos` within three words, with its class; null when it is no source. */
function makerAfterFrom(text: string, toks: Tok[], pos: number): { span: Span; cls: SourceClass } | null {
  const k = toks.findIndex((t) => t.s >= pos);
  if (k < 0) return null;
  for (let f = k; f < toks.length && f <= k + 2; f++) {
    if (toks[f]!.lower !== 'from') continue;
    const hit = agentBefore(toks, phraseAfter(toks, f + 1, true));
    // (Not a place of people, "from within her party", "from across the spectrum": no makers given.)
    if (hit === null || MAKER_PLACE_PREPS.has(toks[hit.start]!.lower)) return null;
    // (Up to the reason given for the criticism: "from some conservatives over his budget deal", "from opponents for
    // refusing", "from several women for inappropriate touching"; not the body a spokesman is for.)
    let end = hit.end;
    for (let r = hit.start + 1; r <= hit.end; r++) {
      const w = toks[r]!.lower;
      const next = toks[r + 1];
      if (w === 'over' || (w === 'for' && (next === undefined || !next.word || /ing$/.test(next.lower) || REASON_FOR.has(next.lower)))) {
        end = r - 1;
        break;
      }
    }
    // (Past a trailing adverb: "from some activists even as crime fell", "from Republicans and Democrats alike".)
    while (end > hit.start && MAKER_TRAILERS.has(toks[end]!.lower)) end--;
    const span = { start: toks[hit.start]!.s, end: toks[end]!.e };
    const cls = classifySource(text.slice(span.start, span.end));
    return cls === null ? null : { span, cls };
  }
  return null;
}
/** Whether "from" follows `pos` at once or after a time of at most two words ("last week from", "on Monday from"). */
function fromSoonAfter(toks: Tok[], pos: number): boolean {
  const k = toks.findIndex((t) => t.s >= pos);
  if (k < 0) return false;
  if (toks[k]!.lower === 'from') return true;
  const time = toks.slice(k, k + 2).map((t) => t.lower);
  return (TIME_LEADS.has(time[0] ?? '') || WEEKDAY_NAMES.includes(time[0] ?? '')) && (toks[k + 1]?.lower === 'from' || toks[k + 2]?.lower === 'from');
}

/** Whether a modal and a bare verb stand right before `pos`, past a determiner: "could spark a", "will face". */
function modalVerbBefore(toks: Tok[], pos: number): boolean {
  let k = toks.findIndex((t) => t.s >= pos) - 1;
  if (k >= 0 && ARTICLES.has(toks[k]!.lower)) k--;
  const verb = toks[k];
  // (Not "would": "In May he would draw accusations of racism" tells what came to pass.)
  return verb !== undefined && /^\p{Ll}+$/u.test(verb.text) && !/(?:ed|s)$/.test(verb.lower) && /^(?:could|might|may|will|can)$/.test(toks[k - 1]?.lower ?? '');
}
/** Verbs of receiving reports: "received credible reports", "gathered reports". */
const RECEIVED = new Set(['received', 'receiving', 'receives', 'receive', 'got', 'gets', 'getting', 'gathered', 'collected']);
/** Those and verbs of keeping a record of reports: "has documented", "received", "logged". */
const COLLECTING: ReadonlySet<string> = new Set([...RECEIVED, 'documented', 'documents', 'compiled', 'logged', 'recorded', 'tallied',
  'counted', 'fielded', 'reviewed', 'verified', 'tracked', 'tracks', 'catalogued', 'cataloged']);

/**
 * Whether the report noun at `pos` is the object of a verb of record-keeping whose subject is named: "Human
 * Rights First has documented more than 1,000 public reports of …", "the ministry received reports of …".
 */
function namedCollector(text: string, toks: Tok[], pos: number): boolean {
  const k = toks.findIndex((t) => t.s >= pos);
  for (let j = k - 1; j >= 1 && j >= k - 7; j--) {
    const w = toks[j]!;
    if (!w.word && w.text !== ',') return false;
    if (!COLLECTING.has(w.lower)) continue;
    let v = j - 1;
    while (v >= 0 && (toks[v]!.lower === 'has' || toks[v]!.lower === 'have' || toks[v]!.lower === 'had' || ADVERB.test(toks[v]!.text))) v--;
    const np = v >= 0 ? npBackFrom(toks, v, null) : null;
    const cls = np ? classifySource(text.slice(toks[np.start]!.s, toks[np.end]!.e)) : null;
    return cls !== null && (cls.type === 'named' || cls.type === 'institutional' || cls.type === 'report');
  }
  return false;
}

/** A change in a count, right after "reports of …": "reports of domestic violence increased 30 percent". */
const COUNT_VERB = /^[^.,;:]{0,60}?\b(?:increased|rose|risen|fell|fallen|dropped|doubled|tripled|surged|jumped|declined|spiked|soared|climbed|grew)\b/;

/**
 * Whether token `k` stands inside an if/unless clause that has not closed yet: "if you post something and
 * someone reports it" (no comma, semicolon or quotation mark between, at most 16 words back).
 */
function insideCondition(toks: Tok[], k: number, words: ReadonlySet<string> = CONDITIONAL): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 16; j--) {
    const t = toks[j]!;
    if (!t.word && t.text !== '-' && t.text !== "'") return false;
    if (words.has(t.lower)) return true;
  }
  return false;
}
/** Words that open a condition or an open question: "whether the process is seen as …" asserts no view. */
const CONDITIONAL_OR_WHETHER: ReadonlySet<string> = new Set([...CONDITIONAL, 'whether']);


/** Whether a verb of receiving stands right before `pos`, over at most two modifiers ("received credible reports"). */
function receivedBefore(toks: Tok[], pos: number): boolean {
  const k = toks.findIndex((t) => t.s >= pos);
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = toks[j]!;
    if (!w.word) return false;
    if (RECEIVED.has(w.lower)) return true;
  }
  return false;
}

/** Words of a charge, a suit or a trial: "allegedly" there hedges a named accuser's charge. */
const LEGAL_CONTEXT = /\b(?:charg|indict|accus|lawsuit|complaint|prosecut|convict|plead|pleaded|sued|suing|court|trial|arrest|verdict|jury)/;

/** "New York Magazine reports that": a capitalized name right before "reports" (not at the sentence start) makes it a verb. */
function namedBefore(toks: Tok[], pos: number): boolean {
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.s < pos) continue;
    const prev = toks[k - 1]!;
    return prev.word && isCapWord(prev) && k - 1 > 0;
  }
  return false;
}

/** Whether the 1–3 words before "reports" at `pos` make it a report of a press named by place or owner ("Israeli media reports"). */
function pressReportsBefore(text: string, toks: Tok[], pos: number): boolean {
  const k = toks.findIndex((t) => t.s >= pos);
  // (Only after a press word, where the speaker's phrase takes "reports" as its head: not "CNN reports suggest".)
  if (k < 1 || !toks[k] || !isMediaWord(toks[k - 1]!.text)) return false;
  for (let j = Math.max(0, k - 3); j < k; j++) {
    if (!toks.slice(j, k).every((t) => t.word)) continue;
    if (classifySource(text.slice(toks[j]!.s, toks[k]!.e))?.type === 'report') return true;
  }
  return false;
}

/** True when the character at `pos` lies inside a quotation (the speaker's words). */
function insideQuote(toks: Tok[], pos: number): boolean {
  for (const t of toks) if (t.e > pos) return t.quoted;
  return false;
}

interface SentenceInfo {
  span: Span;
  line: number;
  attr: Attribution | null;
  /** One claim per clause when the sentence's clauses have speakers of their own; used while `attr` is one of them. */
  parts?: ClausePart[];
  quoted: boolean;
  openAtEnd: boolean;
  hasQuote: boolean;
  /** The sentence closes a quotation and goes on after it ("…go!” some protesters chanted."). */
  tailAfterClose: boolean;
  /** A quotation open before the sentence holds all its words: whatever the sentence says, even "X claims …",
   * is the quoted speaker's, never where the quotation names its speaker. */
  within: boolean;
}

/**
 * Finds attributed claims in `text`. Offsets are UTF-16 indices into `text`
 * itself (not the repaired form); claims are sorted and do not overlap.
 */
export function analyzeText(text: string, opts: AnalyzeOptions = {}): Claim[] {
  return analyzeTextTraced(text, opts).map(({ rule: _rule, ...c }) => c);
}

/** A claim with the id of the rule that produced it (evaluation and debugging only). */
export type TracedClaim = Claim & { rule: string };

/** Like analyzeText, with each claim's rule id: used to measure each rule's precision on held-out data. */
export function analyzeTextTraced(text: string, opts: AnalyzeOptions = {}): TracedClaim[] {
  const rep = repairText(text);
  // Same length as rep.text: offsets map through `rep` unchanged.
  const t = maskInlineLinks(rep.text);
  const titleRepaired = opts.title ? repairText(opts.title).text.trim() : undefined;
  const { lineStarts, skip } = findBoilerplateLines(t, titleRepaired);
  // Repair made curly quotes straight; the original tells an opening quote from a closing one.
  // An opening mark counts as one only after a sentence's end, where a quotation that runs on reopens
  // ("the “endless wars “in the Middle East” is a typo that closes); a closing mark only after a word
  // (' ”we will' opens). Elsewhere the mark toggles, as a straight one does.
  const quoteOpens = (k: number): boolean | undefined => {
    const o = rep.toOriginal(k);
    const c = text.charCodeAt(o);
    if (c === 0x201c) {
      if (/\s/.test(text[o + 1] ?? ' ')) return undefined;
      let b = o - 1;
      while (b >= 0 && (text[b] === ' ' || text[b] === '\t')) b--;
      return b < 0 || /[.!?\n]/.test(text[b]!) ? true : undefined;
    }
    if (c === 0x201d) return /\s/.test(text[o - 1] ?? ' ') ? undefined : false;
    return undefined;
  };
  const sentences = segmentSentences(t, quoteOpens);
  const infos = readSentences(t, sentences, lineStarts, skip, quoteOpens);
  inheritQuotations(infos);
  // The passes below read the repaired text: quotation marks are straight (QUOTE), apostrophes too.
  quotedAttributions(t, infos);
  creditedQuotations(t, infos);
  namedLater(t, infos);
  countedGroupNamedLater(t, infos);
  ledeNamedNext(t, infos);
  namedPolls(t, infos);
  partialIdentities(t, infos);
  return emitClaims(text, rep, infos, opts);
}
/** `analyzeTextTraced`'s pass over the sentences: each one's claim, with where it stands towards quotations and blocks. */
function readSentences(t: string, sentences: readonly Span[], lineStarts: readonly number[], skip: readonly boolean[], quoteOpens: (k: number) => boolean | undefined): SentenceInfo[] {
  const st: DocState = { lastPerson: null, lastSource: null, sentence: 0 };
  const infos: SentenceInfo[] = [];
  /** Filled by analyzeSentence when a sentence splits into clauses (reused: most sentences do not). */
  const parts: ClausePart[] = [];
  let line = 0;
  let open = false;
  let curLine = -1;
  // A quoted block of another outlet's or a reporter's text, set up by a sentence that ends in a colon ("CBS
  // says that:", "NPR's Sean Carberry reports:", "He filed this report for our Newscast unit:"): its sentences
  // are news copy, read for their own sources ("A law enforcement source told CBS News that …") rather than as
  // one speaker's words.
  let introColon = false;
  let reportedBlock = false;
  let blockLine = -1;
  // The introducing sentence's attribution: the block's sentences with no sourced attribution of their own
  // are the outlet's or the reporter's words ("The New York Times reports: "… reinforce concerns that …"").
  let introAttr: Attribution | null = null;
  let blockAttr: Attribution | null = null;
  // The first quotation mark at or after `searchedFrom` (-1: none), kept: a search from each sentence to the next
  // mark would run to the end of a text without one for every sentence, quadratic time.
  let searchedFrom = Infinity;
  let nextQuote = -1;
  const quoteFrom = (from: number): number => {
    if (from < searchedFrom || (nextQuote >= 0 && nextQuote < from)) {
      nextQuote = t.indexOf(QUOTE, from);
      searchedFrom = from;
    }
    return nextQuote;
  };
  for (const s of sentences) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= s.start) line++;
    if (line !== curLine) {
      curLine = line;
      open = false;
    }
    const startsQuote = t[s.start] === QUOTE;
    // (It runs on while its sentences go on in its paragraph or open new paragraphs with a mark, and ends with a
    // sentence that ends in one: counting marks misreads quotations run on over glued paragraphs.)
    if (introColon && startsQuote && !open) {
      reportedBlock = true;
      blockLine = line;
      blockAttr = introAttr;
    } else if (reportedBlock && !startsQuote && line !== blockLine) reportedBlock = false;
    if (reportedBlock) blockLine = line;
    introColon = false;
    const inBlock = reportedBlock;
    const quoted = !inBlock && (open || startsQuote);
    const openAtStart = open;
    // A curly quote says which way it goes: in glued paragraphs a quotation that runs on opens each of
    // its paragraphs and closes only the last ("… exist.“In all the other regimes … bombs.”Israeli
    // officials believe"), which counting alone would read as closed and reopened. A straight one toggles.
    let quotes = 0;
    // Whether any words of the sentence stand outside quotation marks ("…,” Sanders said, …, “…").
    let outside = false;
    let from = s.start;
    for (let k = quoteFrom(s.start); k >= 0 && k < s.end; k = quoteFrom(k + 1)) {
      quotes++;
      const was = open;
      open = quoteOpens(k) ?? !open;
      if (!was && !outside) outside = /\p{L}/u.test(t.slice(from, k));
      if (was && !open) from = k + 1;
    }
    if (!open && !outside) outside = /\p{L}/u.test(t.slice(from, s.end));
    // A sentence that opens with a mark before a word while a quotation is open reopens it: a quotation run on
    // over glued paragraphs ('… morning. "Rebel fighters in the area claim …'), whatever counting says.
    const reopens = openAtStart && startsQuote && /\p{L}/u.test(t[s.start + 1] ?? '');
    if (skip[line]) continue;
    st.sentence++;
    parts.length = 0;
    let attr = inBlock ? analyzeSentence(t, startsQuote ? { ...s, start: s.start + 1 } : s, st, false, parts)
      : analyzeSentence(t, s, st, openAtStart, parts);
    // The sentence's last mark (read in place: most sentences are in no block and end in no colon).
    let e = s.end - 1;
    while (e > s.start && /\s/.test(t[e]!)) e--;
    const last = t[e];
    if (inBlock && e > s.start && (last === QUOTE || last === '\u201d')) reportedBlock = false;
    // (Read through a cast: TypeScript narrows a variable assigned only later in the loop to its first value.)
    const carried = blockAttr as Attribution | null;
    if (inBlock && carried !== null && (attr === null || attr.source === null))
      attr = { ...carried, reason: `${carried.reason} (quoted report)`, rule: `block>${carried.rule}` };
    introColon = !open && last === ':' && (attr?.type === 'report' || REPORT_INTRO.test(t.slice(s.start, s.end)));
    introAttr = introColon && attr !== null && attr.source !== null ? attr : null;
    // The writer's own question ("Does anyone believe …?", "Why has the WHO faced criticism?") asserts
    // nothing, so it rests on no source. A question inside a quotation is the speaker's, and stays.
    // ("… reached out with an invitation: Would the speaker meet Trump?" asserts before its colon.)
    if (attr && quotes === 0 && !quoted && /^[^:]*\?\s*$/.test(t.slice(s.start, s.end))) attr = null;
    const closes = quotes > 0 && openAtStart && !open;
    const tailAfterClose = closes && /\p{L}/u.test(t.slice(t.lastIndexOf(QUOTE, s.end - 1) + 1, s.end));
    infos.push({ span: s, line, attr, parts: parts.length > 1 ? [...parts] : undefined, quoted: !inBlock && (quoted || (openAtStart && quotes === 0)),
      openAtEnd: !inBlock && open, hasQuote: !inBlock && (quotes > 0 || quoted), tailAfterClose, within: openAtStart && (!outside || reopens) });
  }
  return infos;
}
/** `analyzeTextTraced`'s last step: the claims in the original text's offsets, with their source phrases as trimmed. */
function emitClaims(text: string, rep: RepairedText, infos: SentenceInfo[], opts: AnalyzeOptions): TracedClaim[] {
  const claims: TracedClaim[] = [];
  const emit = (span: Span, a: Attribution): void => {
    const start = rep.toOriginal(span.start);
    const end = rep.toOriginalEnd(span.end);
    if (!(end > start)) return;
    const source = a.source ? mapSpan(text, rep, a.source) : null;
    // The reason quotes the source phrase: quote it as trimmed.
    let reason = a.reason;
    if (source) {
      const m = /'([^']*)'/.exec(reason);
      if (m?.[1] && m[1] !== source.text && m[1].startsWith(source.text) && SOURCE_TAIL.test(m[1])) reason = reason.replace(`'${m[1]}'`, `'${source.text}'`);
    }
    const own = a.type === 'report' && source !== null && opts.outlets !== undefined && isOwnOutlet(source.text, opts.outlets);
    claims.push({
      start,
      end,
      type: own ? 'institutional' : a.type,
      source,
      cue: a.cue ? mapSpan(text, rep, a.cue) : null,
      reason: own && source ? `this outlet's own reporting: '${source.text}'` : reason,
      rule: own ? `${a.rule}:own-outlet` : a.rule,
    });
  };
  for (const info of infos) {
    if (!info.attr) continue;
    // A later pass that replaced the sentence's claim (a quotation's speaker, a named poll) speaks for all of it.
    if (info.parts && info.parts.some((p) => p.attr === info.attr)) for (const p of info.parts) emit(p.span, p.attr);
    else emit(info.span, info.attr);
  }
  return claims;
}

/** A relative pronoun or comma left at the end of a source phrase ("a senior official who") is not part of it. */
const SOURCE_TAIL = /(?:[\s,]+(?:[Ww]ho|[Ww]hom|[Ww]hose|[Ww]hich|[Tt]hat))+[\s,]*$|[\s,]+$/;

function mapSpan(original: string, rep: ReturnType<typeof repairText>, s: Span): TextSpan {
  const start = rep.toOriginal(s.start);
  let end = Math.max(start, rep.toOriginalEnd(s.end));
  const tail = SOURCE_TAIL.exec(original.slice(start, end));
  if (tail && tail.index > 0) end = start + tail.index;
  return { start, end, text: original.slice(start, end) };
}

/**
 * A credit line under a quotation: "John Allen Gay, The American Conservative", "— Jane Doe, Politico".
 * A name of two to four capitalized words (not all capitals: no dateline), a comma, an outlet or
 * affiliation, and no sentence punctuation. CREDIT_TAIL: the same credit right after the closing quote.
 */
const CREDIT_NAME = String.raw`(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){1,3}), ((?:the |The )?\p{Lu}[^\n.!?;:"]{1,60})`;
const CREDIT_LINE = new RegExp(String.raw`^(?:[\u2014\u2013-]\s*)?${CREDIT_NAME}$`, 'u');
const CREDIT_TAIL = new RegExp(String.raw`"\s*(?:[\u2014\u2013-]\s*)?${CREDIT_NAME}$`, 'u');
/** A closing quote followed, on its line or the next, by a credit: the cheap test before the paragraph walk. */
const CREDIT_ANYWHERE = new RegExp(String.raw`"[ \t]*(?:\n\s*)?(?:[\u2014\u2013-]\s*)?${CREDIT_NAME}[ \t]*(?:\n|$)`, 'u');
/** How many paragraphs a credited quotation may run over. */
const CREDIT_REACH = 4;

const quoteMarks = (s: string): number => (s.match(/"/g) ?? []).length;

/**
 * Quotations set off with a credit line (press roundups, blogs): "Some note that “…”" followed by
 * "John Allen Gay, The American Conservative". The words are the credited writer's; the lead-in's
 * "some" or "others" is the editor's framing, not an unnamed source.
 */
function creditedQuotations(text: string, infos: SentenceInfo[]): void {
  // Most articles have no credit at all: one scan decides.
  if (!CREDIT_ANYWHERE.test(text)) return;
  const paras: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) if (m[0].trim()) paras.push({ start: m.index, end: m.index + m[0].length });
  for (let p = 0; p < paras.length; p++) {
    const para = text.slice(paras[p]!.start, paras[p]!.end).trim();
    let credit = CREDIT_LINE.exec(para);
    let blockEnd: number;
    let first = p - 1;
    if (credit && first >= 0 && /"\s*$/.test(text.slice(paras[first]!.start, paras[first]!.end))) blockEnd = paras[first]!.end;
    else if (!credit && (credit = CREDIT_TAIL.exec(para)) !== null) {
      first = p;
      blockEnd = paras[p]!.start + text.slice(paras[p]!.start, paras[p]!.end).lastIndexOf(credit[1]!);
    } else continue;
    const name = credit[1]!;
    if (name === name.toUpperCase()) continue;
    // Earlier paragraphs of the same quotation: each left open ("…intended…" with no closing quote).
    while (first > 0 && p - first < CREDIT_REACH && quoteMarks(text.slice(paras[first - 1]!.start, paras[first - 1]!.end)) % 2 === 1
      && /^\s*"/.test(text.slice(paras[first]!.start, paras[first]!.end))) first--;
    const blockStart = paras[first]!.start;
    // A quotation set off as a block, not a phrase in quotes ("was described as Trump's “alter ego.”").
    const block = text.slice(blockStart, blockEnd);
    const opened = block.indexOf(QUOTE);
    if (opened < 0 || block.length - opened < 60) continue;
    const nameAt = text.lastIndexOf(name, paras[p]!.end);
    const cls0 = looksLikePersonName(name) ? ({ type: 'named', label: name, kind: 'person' } as const) : classifySource(name) ?? classifySource(credit[2]!);
    const cls = cls0 && (cls0.type === 'named' || cls0.type === 'institutional' || cls0.type === 'report') ? cls0 : { type: 'institutional' as const, label: name, kind: 'organization' as const };
    // Sentences in order: start at the first one inside the block (binary search keeps this linear overall).
    let lo = 0;
    let hi = infos.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (infos[mid]!.span.start < blockStart) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < infos.length && infos[k]!.span.start < blockEnd; k++) {
      const x = infos[k]!;
      if (!x.attr || (x.attr.type !== 'anonymous' && x.attr.type !== 'vague')) continue;
      x.attr = {
        type: cls.type, source: { start: nameAt, end: nameAt + name.length }, cue: null, person: cls.kind === 'person', label: cls.label,
        reason: `named in the credit under the quotation: '${credit[0].replace(/^"\s*/, '')}'`, at: x.attr.at, rule: 'credit-line',
      };
    }
  }
}

/**
 * A reporter's quoted script or a quoted statement that names its own source inside the quotation
 * ('He filed this report: "… Pentagon spokesman Col. Steve Warren told reporters that …"') is that
 * source's claim, not the unnamed source the quotation is otherwise credited to.
 */
function quotedAttributions(text: string, infos: SentenceInfo[]): void {
  for (const x of infos) {
    const a = x.attr;
    if (!a || !a.rule.startsWith('quote>') || (a.type !== 'anonymous' && a.type !== 'vague') || !x.quoted) continue;
    const own = analyzeSentence(text, x.span, { lastPerson: null, lastSource: null, sentence: 0 }, false);
    if (own && own.source && (own.type === 'named' || own.type === 'institutional' || own.type === 'report')
      && !PRONOUNS.has(text.slice(own.source.start, own.source.end).trim().toLowerCase()))
      x.attr = { ...own, at: a.at, rule: `quoted>${own.rule}`, reason: `${own.reason} (named inside the quotation)` };
  }
}

/** A poll or survey mention of up to five capitalized words or numbers: "A 1992 Louis Harris poll". */
const POLL_MENTION = /(?:[\p{Lu}\d][\p{L}\d/&.'-]*\s){1,5}(?:polls?|surveys?)\b|\b(?:conducted|commissioned|carried out) by ((?:[\p{Lu}][\p{L}\d/&.'-]*\s?){1,5})/gu;

/**
 * What may come before a poll's name that opens a paragraph: nothing, "In the ", "In a ", "On Sunday, an ",
 * "A recent ". Not a place ("In Michigan, a Monmouth University poll showed …" is one state's figure,
 * not the general finding before it).
 */
const POLL_OPENING = new RegExp(String.raw`^(?:In\s(?=(?:the|a|an)\s)|(?:On|And|But)\s(?:(?:${WEEKDAY_NAMES.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')}),?\s)?)?`
  + String.raw`(?:(?:the|a|an|one|The|A|An|One)\s)?(?:(?:new|recent|latest|separate)\s)?$`, 'u');

/**
 * "Polls show that the public is not up in arms. A Pew-Washington Post poll found …": unnamed polls
 * named in the same or the next sentence are that poll (a blind judge called such flags wrong).
 */
function namedPolls(text: string, infos: SentenceInfo[]): void {
  for (let i = 0; i < infos.length; i++) {
    const x = infos[i]!;
    const a = x.attr;
    if (!a || a.type !== 'vague') continue;
    // "Polls show …" (a source), "… has been noted in several polls" (a hedge).
    const polls = a.source ? text.slice(a.source.start, a.source.end) : a.cue ? text.slice(a.cue.start, a.cue.end) : '';
    if (!/\b(?:polls|surveys)$/i.test(polls)) continue;
    // The next sentence in the paragraph; or the next paragraph when it opens on the poll ("…, according to
    // new polls that show … ¶ The Quinnipiac University surveys, released on Tuesday, show …"), not when the
    // poll comes later in it, as a new point often does ("¶ Add to this … according to a Gallup poll").
    const next = infos[i + 1];
    const sameLine = next !== undefined && next.line === x.line;
    const opensNext = next !== undefined && !sameLine && !/\S/.test(text.slice(x.span.end, next.span.start));
    const end = sameLine || opensNext ? next!.span.end : x.span.end;
    for (const m of text.slice(x.span.start, end).matchAll(POLL_MENTION)) {
      // "One released last week by Open Europe, conducted by YouGov Deutschland, shows": the pollster after "by".
      if (!(m[1] !== undefined ? namesPollsterPhrase(m[1]) : isNamedPoll(m[0]))) continue;
      if (opensNext && x.span.start + m.index! >= next!.span.start && !POLL_OPENING.test(text.slice(next!.span.start, x.span.start + m.index!))) continue;
      // The cue's object is another poll, not the source: "subsequent polls later confirmed the May Quinnipiac surveys".
      if (a.cue && x.span.start + m.index! >= a.cue.end && /^\s*(?:the|a|an|its|their)?\s*$/i.test(text.slice(a.cue.end, x.span.start + m.index!))) continue;
      const name = (m[1] ?? m[0]).trimEnd();
      const start = x.span.start + m.index! + (m[1] !== undefined ? m[0].indexOf(m[1]) : 0);
      x.attr = { ...a, type: 'institutional', source: { start, end: start + name.length }, label: name, person: false, rule: `named-poll>${a.rule}`,
        reason: `the polls are named: '${name}'` };
      break;
    }
  }
}

/** A name given only in part: the cheap test before partialNames reads the text. */
/** Words every match of the two patterns below holds, in their case (a case-blind scan takes several times as long). */
const PARTIAL_GATE = /identified only|only (?:by )?(?:his|her|their) first names?|to give (?:his|her|their) (?:last |full |sur)?names?/;
/** "identified only as Mr. Lee", "asked to be identified only by her first name, Dana", "gives only his first name, Arman". */
const PARTIAL_AFTER = /\b(?:identified only (?:as|by (?:his|her|their) first names?,?)|(?:gives?|gave|giving|give|provided|use|used|using) only (?:his|her|their) first names?,?)\s+["\u201c]?((?:(?:Mr|Mrs|Ms|Dr)\.?\s)?\p{Lu}[\p{L}'-]+)/gu;
/** "Larry, a Guadalupe resident who declined to give his last name", "Karina, who declined to give her last name". */
const PARTIAL_BEFORE = /\b(\p{Lu}\p{Ll}+),\s(?:(?:an?|the)\s[^,.;!?"\n]{0,60}?\s)?who\s(?:declined|refused|would\snot|did\snot\swant|didn['\u2019]t\swant)\sto\sgive\s(?:his|her|their)\s(?:last\s|full\s|sur)?names?\b/gu;
const HONORIFIC_WORD = /^(?:Mr|Mrs|Ms|Dr)\.?$/;
/** A body's voice before a partial name: "The official spokesman for the military wing, who will give only …". */
const OFFICIAL_VOICE = /\bspokes(?:man|woman|person)\b|\brepresentative\b/i;

/**
 * Names the article gives only in part, each with the words that say so: "identified only as Mr. Lee" gives "Lee",
 * "Larry, a Guadalupe resident who declined to give his last name" gives "Larry".
 */
function partialNames(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!PARTIAL_GATE.test(text)) return out;
  for (const m of text.matchAll(PARTIAL_AFTER)) {
    // ("The official spokesman for the military wing, who will give only his first name, Vladislav, said": a
    // spokesman speaks for the body, whatever of his name he gives.)
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    if (OFFICIAL_VOICE.test(before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1))) continue;
    const name = m[1]!.split(/\s+/).filter((w) => !HONORIFIC_WORD.test(w)).pop();
    if (name) out.set(name, m[0].replace(/["\u201c]/g, '').trim());
  }
  for (const m of text.matchAll(PARTIAL_BEFORE)) out.set(m[1]!, m[0].trim());
  return out;
}

/**
 * "A former security official, identified only as Mr. Lee, … According to Mr. Lee, …": a speaker the article
 * names only in part ("identified only as", "declined to give his last name", "gives only his first name") has
 * a withheld identity. Claims read as that name's, or a pronoun's resolved to it, are unnamed.
 */
function partialIdentities(text: string, infos: SentenceInfo[]): void {
  const names = partialNames(text);
  if (names.size === 0) return;
  const retype = (a: Attribution): Attribution => {
    if (a.type !== 'named') return a;
    const words = a.label.match(/\p{Lu}[\p{L}'-]+/gu) ?? [];
    // (Only a label that is that name: "Mr. Lee", "He (Mr. Lee)", not "Kim Young-soon" beside it.)
    const own = words.filter((w) => !HONORIFIC_WORD.test(w) && !PRONOUN_LABEL.test(w));
    const hit = own.length === 1 ? names.get(own[0]!) : undefined;
    if (hit === undefined) return a;
    return { ...a, type: 'anonymous', reason: `name withheld: '${a.label}' ('${hit}')`, rule: `${a.rule}:partial-name` };
  };
  for (const x of infos) {
    if (!x.attr) continue;
    const was = x.attr;
    x.attr = retype(was);
    if (x.parts) for (const p of x.parts) p.attr = p.attr === was ? x.attr : retype(p.attr);
  }
}
/** A pronoun's capitalized form in a label ("He (Mr. Lee)"). */
const PRONOUN_LABEL = /^(?:He|She|His|Her|They|It)$/;

/** How far after a counted group's claim (characters, sentences) the article may name its members. */
const GROUP_NAMED_REACH = 1200;
const GROUP_NAMED_SENTENCES = 3;
/** A plural title before the first of the names: "Sens. John McCain of Arizona and Lindsey Graham", "Reps. Jane Roe". */
const PLURAL_TITLE_NAME = /\b(Sens|Reps|Drs|Govs|Gens|Profs)\.\s+\p{Lu}[\p{L}'-]+(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{L}'-]+){1,2}|\b(Senators|Representatives)\s+\p{Lu}[\p{L}'-]+(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{L}'-]+){1,2}(?=,|\s(?:of|and)\s)/gu;
/** Counts that make a group of particular people ("two Republican senators"), and their numbers ("one" is a person, read apart). */
const COUNT_OF = new Map<string, number>([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['2', 2], ['3', 3], ['4', 4], ['5', 5], ['6', 6]]);
/** One legislator named: "Sen. Jane Roe", "Rep. Jim Doe", "Darrell Issa, R-Calif.". */
const MEMBER_MARK = /\b(?:Sen|Rep)\.\s+\p{Lu}[\p{L}'-]+(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{L}'-]+){1,2}|\b\p{Lu}[\p{L}'-]+\s\p{Lu}[\p{L}'-]+(?=,\s[RDI]-\p{Lu})/gu;
/** A count right before the title introduces a group of its own. */
const OTHER_COUNT = /\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Bb]oth|\d)\b[^.!?"]*$/;
/** The group heads each plural title may name: "two Republican senators" → "Sens.", not "two officials" → "Sens.". */
const LEGISLATORS = ['lawmakers', 'legislators', 'republicans', 'democrats', 'members', 'gop'];
const TITLE_HEADS = new Map<string, readonly string[]>([
  ['sens', ['senators', ...LEGISLATORS]], ['senators', ['senators', ...LEGISLATORS]],
  ['reps', ['representatives', 'congressmen', 'congresswomen', ...LEGISLATORS]], ['representatives', ['representatives', 'congressmen', 'congresswomen', ...LEGISLATORS]],
  ['drs', ['doctors', 'physicians', 'surgeons', 'researchers', 'scientists']], ['govs', ['governors', 'republicans', 'democrats']],
  ['gens', ['generals', 'commanders']], ['profs', ['professors', 'scholars', 'economists', 'historians', 'researchers']],
]);
/** Heads of counted legislators, whose members a story names one by one (`MEMBER_MARK`): those of "Sens." and "Reps.". */
const LEGISLATOR_HEADS: ReadonlySet<string> = new Set([...TITLE_HEADS.get('sens')!, ...TITLE_HEADS.get('reps')!]);

/**
 * A counted group that the story names right after: "Two Republican senators have said they are continuing to
 * look into …" opens a story whose next sentence is "Sens. Chuck Grassley, R-Iowa, and Ron Johnson, R-Wis., sent a
 * letter …". The count is a lede's way of holding the names back a line, not a source kept unnamed: the claim is
 * the named members'. Only for two to six people named within the next three sentences: with a plural title that
 * fits the group's head ("Sens." for senators, lawmakers or a party's members; "Drs." for doctors), or, for
 * legislators, one by one with a title or a party tag, as many as the count.
 */
function countedGroupNamedLater(text: string, infos: SentenceInfo[]): void {
  for (let i = 0; i < infos.length; i++) {
    const x = infos[i]!;
    const a = x.attr;
    if (!a || a.type !== 'anonymous' || !a.source || !isPluralLabel(a.label)) continue;
    const words = a.label.trim().toLowerCase().split(/\s+/);
    const count = COUNT_OF.get(words[0]!);
    if (count === undefined) continue;
    const last = infos[Math.min(infos.length - 1, i + GROUP_NAMED_SENTENCES)]!;
    const reach = Math.min(last.span.end, x.span.end + GROUP_NAMED_REACH);
    if (reach <= x.span.end) continue;
    const head = words[words.length - 1]!;
    let m: RegExpExecArray | null = null;
    const after = text.slice(x.span.end, reach);
    for (const c of after.matchAll(PLURAL_TITLE_NAME)) {
      if (!TITLE_HEADS.get((c[1] ?? c[2]!).toLowerCase())?.includes(head)) continue;
      // ("Two Democratic centrists — Sens. Joe Manchin …": names of another counted group.)
      if (!OTHER_COUNT.test(after.slice(Math.max(0, c.index - 40), c.index))) m = c;
      break;
    }
    if (!m && LEGISLATOR_HEADS.has(head)) {
      // "Chairman Darrell Issa, R-Calif., and Rep. Jason Chaffetz, R-Utah, pressed …": members named one by one,
      // each with a title or a party tag, as many as the count (at least two).
      const marks = [...after.matchAll(MEMBER_MARK)];
      if (marks.length >= count && !OTHER_COUNT.test(after.slice(Math.max(0, marks[0]!.index - 40), marks[0]!.index))) m = marks[0]!;
    }
    if (!m) continue;
    const start = x.span.end + m.index;
    const named: Attribution = { ...a, type: 'named', source: { start, end: start + m[0].length }, person: true, label: m[0],
      rule: `group-named-later>${a.rule}`, reason: `named in the lines after: '${m[0]}'` };
    if (x.parts) for (const p of x.parts) if (p.attr === a) p.attr = named;
    x.attr = named;
  }
}

/** Words of a lede's description that say nothing of who the person is: "a senior official", "a leading Republican". */
const LEDE_GENERIC = new Set(['a', 'an', 'one', 'of', 'the', 'for', 'to', 'in', 'with', 'at', 'on', 'and', 'senior', 'top', 'leading',
  'ranking', 'former', 'key', 'prominent', 'official', 'officials', 'administration', 'government', 'member',
  'his', 'her', 'their', 'its', 'u.s.', 'us', 'american', 'federal', 'state', 'local', 'new', 'who', 'said']);
/** Titles of heads of state or government. */
const HEAD_OF_STATE = /\b(?:Prime Minister|President|King|Queen|Chancellor|Emir|Crown Prince|Supreme Leader)\b/;
/** Heads that a lede uses to withhold a name on purpose. */
const LEDE_WITHHELD = new Set(['source', 'sources', 'person', 'people', 'insider', 'insiders']);
/** How a demonym or a plural extends its stem: "Iraq" → "Iraqi", "Indonesia" → "Indonesian", "pilot" → "pilots". */
const STEM_ENDINGS = new Set(['s', 'i', 'n', 'an', 'ian', 'ese', 'ish', 'es']);

/** Whether two words of a description are the same word or a stem and its demonym or plural ("Iraqi", "Iraq's"). */
function sameStem(a: string, b: string): boolean {
  const x = a.replace(/['\u2019]s$/, '');
  const y = b.replace(/['\u2019]s$/, '');
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.startsWith(short) && STEM_ENDINGS.has(long.slice(short.length));
}

/**
 * The lede that holds a name back a line: "The Benghazi inquiry is not a ploy …, a leading Republican said
 * Sunday." opens a story whose next sentence is "“…,” House Oversight Committee Chairman Darrell Issa, R-Calif.,
 * said on NBC"; "Hundreds of Yazidi women have been taken captive, an Iraqi official said" goes on "Kamil Amin,
 * the spokesman for Iraq's Human Rights Ministry, said …". The description is a wire lede's way of putting the
 * news before the name, not a source kept unnamed: the claim is the named person's. Only for the article's first
 * claim, in its first sentences, by one person ("a/an/one …") not kept unnamed on purpose (no "source", "person
 * familiar with", "on condition of anonymity"), when the next claim is a named person's and the words that
 * introduce that person share a word of the description beyond rank and office ("Iraqi" and "Iraq's", "Boeing
 * pilot" and "Boeing's former chief technical pilot", "Republican" and "R-Calif.").
 */
function ledeNamedNext(text: string, infos: SentenceInfo[]): void {
  const i = infos.findIndex((x) => x.attr !== null);
  if (i < 0 || i > 2) return;
  const x = infos[i]!;
  const a = x.attr!;
  if (a.type !== 'anonymous' || !a.source || a.cue === null || x.parts) return;
  const phrase = text.slice(a.source.start, a.source.end);
  if (!/^(?:an?|one)\s/i.test(phrase) || isPluralLabel(a.label)) return;
  const sentence = text.slice(x.span.start, x.span.end);
  if (ANONYMITY_MARK.test(sentence) || KNOWLEDGE_PHRASE.test(phrase)) return;
  const words = phrase.toLowerCase().split(/[^\p{L}.'\u2019-]+/u).filter((w) => w.length > 0);
  // ("a senior Israeli official said" is the formula of a source kept unnamed, whoever the story quotes next.)
  if (words.some((w) => LEDE_WITHHELD.has(w) || w === 'senior' || w === 'high-ranking')) return;
  let j = i + 1;
  if (infos[j] && infos[j]!.attr === null) j++;
  const y = infos[j];
  const b = y?.attr;
  if (!y || !b || b.type !== 'named' || !b.person || !b.source || b.cue === null) return;
  // The words that introduce the named person: the sentence up to the cue, or the source and its appositive.
  const intro = text.slice(Math.min(b.source.start, b.cue.start), Math.max(b.source.end, b.cue.end));
  if (!/\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'-]+/u.test(text.slice(b.source.start, b.source.end))) return;
  // (Not a head of state or government: no lede calls one "an official".)
  if (HEAD_OF_STATE.test(intro)) return;
  const introWords = intro.toLowerCase().split(/[^\p{L}.'\u2019-]+/u).filter((w) => w.length > 1);
  const party = (w: string): RegExp | null => (/^(?:republican|gop)$/.test(w) ? /\bR-[A-Z]|\bGOP\b|\bRepublican/ : /^democrat(?:ic)?$/.test(w) ? /\bD-[A-Z]|\bDemocrat/ : null);
  const shared = words.filter((w) => !LEDE_GENERIC.has(w)).find((w) => party(w)?.test(intro) || introWords.some((v) => sameStem(w, v)));
  if (shared === undefined) return;
  const who = text.slice(b.source.start, b.source.end);
  const named: Attribution = { ...a, type: 'named', source: b.source, person: true, label: b.label, rule: `lede-named-next>${a.rule}`,
    reason: `named in the lines after: '${who}'` };
  x.attr = named;
}

/** Whether a sentence at `start` is a heading: no full stop at its end, and only a line break after it. */
function headingLine(text: string, start: number, sentence: string): boolean {
  const words = sentence.trimEnd();
  return /[^.!?"\s]$/.test(words) && /^[ \t]*(?:\n|$)/.test(text.slice(start + words.length));
}

/** How far after a summary line or a heading the article may name its speaker. */
const NAMED_LATER_REACH = 4000;

/**
 * Summary lines and live-blog headings name their speaker in the story below them: the highlight
 * '"It seems that it's beyond control," an Israeli Knesset member says' comes back as '… said Daniel
 * Ben Simon, a Knesset member'; the heading 'Hamas Official Says It Can Control Factions:' opens a
 * paragraph on 'senior Hamas official Moussa Abou Marzouq'. Such a claim is the named person's.
 * Only for a singular unnamed person: the same quotation (its last words) said by a named person further
 * on, or a heading (a sentence that ends its line without a full stop) whose next sentence names one with
 * the same head noun.
 */
function namedLater(text: string, infos: SentenceInfo[]): void {
  for (let i = 0; i < infos.length; i++) {
    const x = infos[i]!;
    const a = x.attr;
    if (!a || a.type !== 'anonymous' || !a.source || a.rule.startsWith('quote>') || isPluralLabel(a.label)) continue;
    const sentence = text.slice(x.span.start, x.span.end);
    let named: Attribution | null = null;
    // Its last words: the story may quote the same remark from its second word on ("The violence “seems that …”").
    const quote = /"([^"]{20,}?)[,.!?]?"/.exec(sentence)?.[1]?.slice(-24);
    if (quote) {
      const within = text.slice(x.span.end, x.span.end + NAMED_LATER_REACH).indexOf(quote);
      const at = x.span.end + within;
      let k = i + 1;
      while (within >= 0 && k < infos.length && infos[k]!.span.end <= at) k++;
      const y = within >= 0 ? infos[k] : undefined;
      if (y && y.span.start <= at && y.attr?.type === 'named' && y.attr.source) named = y.attr;
    }
    const y = infos[i + 1];
    // (A heading ends its line: the sentence's own words, with no full stop, and only a line break after them; not
    // a sentence whose next one follows on its line, "… never confirmed. In fact, … the source …, writes Horowitz".)
    if (!named && y?.attr?.type === 'named' && y.attr.source && y.span.start - x.span.end < 400
      && headingLine(text, x.span.start, sentence)) {
      // The heading's head noun ("Official") among the words up to the named speaker ("senior Hamas official Moussa …").
      const head = text.slice(a.source.start, a.source.end).trim().split(/\s+/).pop()!.toLowerCase();
      if (text.slice(y.span.start, y.attr.source.end).toLowerCase().split(/[^\p{L}.'-]+/u).includes(head)) named = y.attr;
    }
    if (!named || !named.source) continue;
    const who = text.slice(named.source.start, named.source.end);
    x.attr = { ...a, type: 'named', source: named.source, person: true, label: named.label, rule: `named-later>${a.rule}`,
      reason: `named later in the article: '${who}'` };
  }
}

const MAX_QUOTE_REACH = 6;
/** Words of a sentence that introduces a reporter's or an outlet's text ("… reports:", "filed this report …:"). */
const REPORT_INTRO = /\b(?:reports|reported|writes|wrote|filed)\b/i;

/**
 * Sentences inside a quotation take the source of the quotation: the sentence
 * where it closes ("“A. B,” the official told CNN.") or, for a new quotation
 * right after an attributed one, the previous one. A quotation left open at the
 * end of a paragraph continues into the next (news style).
 */
function inheritQuotations(infos: SentenceInfo[]): void {
  const n = infos.length;
  // Nearest quote-bearing attributed sentence before/after each index, within the same line.
  const prevAttr: number[] = new Array<number>(n).fill(-1);
  const nextAttr: number[] = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const p = i - 1;
    if (p >= 0 && infos[p]!.line === infos[i]!.line) prevAttr[i] = infos[p]!.attr && infos[p]!.hasQuote && !infos[p]!.within ? p : prevAttr[p]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    const q = i + 1;
    if (q < n && infos[q]!.line === infos[i]!.line) nextAttr[i] = infos[q]!.attr && infos[q]!.hasQuote && !infos[q]!.within ? q : nextAttr[q]!;
  }
  // A quotation whose closing sentence goes on without naming a speaker ("…go!” some protesters
  // chanted.") has had its attribution slot: no later sentence's speaker is reached forward.
  const closedUnsourced: boolean[] = new Array<boolean>(n).fill(false);
  for (let i = n - 1; i >= 0; i--) {
    const x = infos[i]!;
    // Also a quotation that simply closes without naming anyone ("… worked for Clinton.”): the speaker
    // of the next quotation is someone else's.
    if (!x.openAtEnd) closedUnsourced[i] = (x.tailAfterClose || x.quoted) && !x.attr;
    else closedUnsourced[i] = i + 1 < n && infos[i + 1]!.line === x.line ? closedUnsourced[i + 1]! : false;
  }
  const own = infos.map((x) => x.attr);
  let carry: Attribution | null = null;
  let carryLine = -1;
  for (let i = 0; i < n; i++) {
    const info = infos[i]!;
    if (own[i] || !info.quoted) {
      // Only attributions with a source carry over a quotation; hedges do not.
      if (info.line !== carryLine) carry = null;
      continue;
    }
    const back = prevAttr[i]! >= 0 && i - prevAttr[i]! <= MAX_QUOTE_REACH ? own[prevAttr[i]!] : null;
    const fwd = nextAttr[i]! >= 0 && nextAttr[i]! - i <= MAX_QUOTE_REACH && !closedUnsourced[i] ? own[nextAttr[i]!] : null;
    const pick0 = info.openAtEnd ? fwd ?? back : back ?? fwd;
    // (Nor evidence pointed to: "critics pointed to his 1994 statement that, "The building has 38 stories. …""
    // quotes the man, not the critics.)
    const pick = pick0 && pick0.source && !pick0.rule.includes(POINT_TO_RULE) ? pick0 : null;
    let chosen = pick ?? null;
    if (!chosen && carry && info.line === carryLine + 1) chosen = carry;
    if (chosen) {
      info.attr = { ...chosen, reason: `${chosen.reason} (same quotation)`, rule: `quote>${chosen.rule}` };
    }
    if (info.openAtEnd && i + 1 < n && infos[i + 1]!.line !== info.line && info.attr) {
      carry = info.attr;
      carryLine = info.line;
    }
  }
  // Paragraphs that end with an open quotation pass their source to the next one.
  for (let i = 0; i + 1 < n; i++) {
    const a = infos[i]!;
    const b = infos[i + 1]!;
    if (a.line !== b.line && a.openAtEnd && a.attr && !b.attr && b.quoted) {
      b.attr = { ...a.attr, reason: a.attr.reason.endsWith('(same quotation)') ? a.attr.reason : `${a.attr.reason} (same quotation)`, rule: a.attr.rule.startsWith('quote>') ? a.attr.rule : `quote>${a.attr.rule}` };
    }
  }
}
