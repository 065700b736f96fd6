/**
 * Classifies a source phrase ("a senior administration official", "Reuters",
 * "Qatari foreign ministry spokesperson Majed Al-Ansari") into a claim type.
 * Pure string logic; the caller resolves pronouns and back-references.
 */
import type { ClaimType } from '../types';
import {
  ANONYMOUS_HEADS, CUE_VERBS, DEMONYMS_AND_PLACES, GIVEN_NAMES, INSTITUTION_HEADS, INSTITUTION_NAMES, MONTH_NAMES, OUTLET_HEADS, OUTLET_NAMES, US_STATES,
  PERSON_NOUNS, PRONOUNS, TITLES, VAGUE_HEADS, WEEKDAY_NAMES,
} from './lexicon';

export interface SourceClass {
  type: ClaimType;
  /** What the reason quotes: the outlet, the person, the organization, the phrase. */
  label: string;
  /** Which rule decided, for the reason text. */
  /** 'unnamed-person': "a doctor", "two speechwriters": not an antecedent for "he"/"she" (a passing figure). */
  kind: 'anonymous' | 'unnamed-person' | 'vague' | 'outlet' | 'person' | 'organization' | 'document' | 'pronoun' | 'role';
}

const anonymousHeads = new Set(ANONYMOUS_HEADS.terms);
export const vagueHeads: ReadonlySet<string> = new Set(VAGUE_HEADS.terms);
export const institutionHeads: ReadonlySet<string> = new Set(INSTITUTION_HEADS.terms);
const outletHeads = new Set(OUTLET_HEADS.terms);
const titles = new Set(TITLES.terms);
const outletNames = new Set(OUTLET_NAMES);
const institutionNames = new Set(INSTITUTION_NAMES);
/** Common nouns for people ("residents", "doctors"), lower-case. */
export const personNouns: ReadonlySet<string> = new Set(PERSON_NOUNS.terms);
/** A lower-case head for people: "aide", "friend", "sources", "experts". */
function personHead(w: string): boolean {
  return w === w.toLowerCase() && (personNouns.has(w) || anonymousHeads.has(w) || vagueHeads.has(w));
}
/** Singular determiners that introduce someone without identifying them: "a doctor", "one Republican". */
export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'someone']);
/** Words that make "a … paper" a newspaper: "a local paper", "a weekly paper". */
const NEWSPAPER_MODIFIERS = new Set(['local', 'daily', 'weekly', 'sunday', 'hometown', 'regional', 'national', 'state-run', 'state-owned', 'tabloid', 'student', 'community', 'city', 'financial', 'business']);
/** Quantifiers over a group: "some Democrats", "many of his supporters", "two speechwriters". */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'several', 'few', 'numerous', 'various', 'multiple', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'fellow', 'countless',
  'fewer']);
/** Members of a chamber: bare a defined group ("Lawmakers say"), one unnamed source with unnamed people beside them. */
export const CHAMBER_MEMBERS: ReadonlySet<string> = new Set(['lawmakers', 'legislators', 'senators', 'congressmen', 'congresswomen', 'mps']);
/** The sides of a political divide, after "both": "lawmakers on both sides", "members of both parties". */
export const BOTH_SIDES: ReadonlySet<string> = new Set(['sides', 'parties', 'chambers', 'houses']);
/** People who may stand on both sides of it: "lawmakers on both sides", "members of both parties", "operatives in both parties". */
export const BOTH_SIDES_HEADS: ReadonlySet<string> = new Set([...CHAMBER_MEMBERS, 'members', 'leaders', 'operatives', 'strategists',
  'officials', 'politicians', 'activists', 'voters', 'advocates', 'partisans', 'moderates']);
/**
 * Party, faction and legislator plurals: a defined group when bare ("Republicans say", "lawmakers voted"), unnamed
 * people when quantified ("some Democrats", "many senators", "two lawmakers").
 */
export const PARTY_PLURALS: ReadonlySet<string> = new Set(['democrats', 'republicans', 'independents', 'libertarians', 'tories', 'evangelicals',
  ...CHAMBER_MEMBERS]);
/**
 * Everybody and nobody: a claim about all people, vouched for by none. Not "anyone": it holds
 * a question or a hypothetical far more often than a view ("Does anyone believe …", "than
 * anyone could have predicted"; every one of 12 such flags in 5,000 corpus articles).
 */
const EVERYONE = new Set(['no one', 'nobody', 'everyone', 'everybody', 'no-one']);
/** Counted groups are particular people (anonymous); "some"/"many" are any such people (vague). */
const COUNTING = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several']);
/** What an outlet publishes: with the outlet named, its reporting ("a Reuters report", "the Politico story"). */
export const OUTLET_PIECE_HEADS: ReadonlySet<string> = new Set(['report', 'reports', 'story', 'stories', 'article', 'articles',
  'piece', 'broadcast', 'investigation', 'editorial', 'column', 'dispatch', 'segment', 'reporting', 'exclusive', 'scoop', 'research']);
/** Heads of a document or a count, identified by their maker: "a police statement", "a Pew poll", "the FBI's data". */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(['statement', 'poll', 'survey', 'study', 'analysis', 'data', 'document', 'documents',
  'letter', 'letters', 'memo', 'memos', 'filing', 'ruling', 'indictment', 'report', 'census', 'website', 'draft', 'email',
  'emails', 'transcript', 'cable', 'cables']);
/** "media", "news", "press": what makes "reports" an unnamed outlet's ("media reports", "news reports"). */
export const isMediaWord = (w: string): boolean => /^(?:media|news|press)$/i.test(w);
/** Words that say whose media a report ran in: "local media", "state media", "official media". */
const MEDIA_ORIGINS = new Set(['local', 'state', 'state-run', 'state-owned', 'state-controlled', 'official', 'foreign',
  'regional', 'national', 'international', 'government', 'government-run']);
/**
 * Reports that ran in a press identified by where it is or whose it is are that press's reporting, as "Israeli
 * media" and "state media" themselves are: "Israeli media reports", "local media reports", "reports in the
 * Canadian press", "reports in the media" (as "the media reported"). Bare "media reports", "news reports" and
 * "several press reports" stay unnamed outlets' (vague), as "reports" is.
 */
function mediaOfOrigin(pre: string[], post: string[]): boolean {
  const m = pre.findIndex(isMediaWord);
  // (A capital counts where it names a place or an owner: not a sentence's first word, "Early news reports".)
  const origin = (w: string, k: number): boolean => {
    const l = stripPossessive(w).toLowerCase();
    return MEDIA_ORIGINS.has(l) || DEMONYMS_AND_PLACES.has(l) || /^\p{Lu}{2,}$/u.test(w)
      || (k > 0 && isCap(w) && !DETERMINERS.has(l) && !isMediaWord(w));
  };
  if (m > 0 && pre.slice(0, m).some(origin)) return true;
  if (post[0]?.toLowerCase() !== 'in') return false;
  const k = post.slice(1, 5).findIndex(isMediaWord);
  if (k < 0) return false;
  const between = post.slice(1, k + 1);
  return between.length > 0 && (between[0]!.toLowerCase() === 'the' || between.some((w, j) => origin(w, j + 1)))
    && between.every((w) => !/^(?:some|several|various|many|other|numerous)$/i.test(w));
}
/** Research staff, who speak for the firm or institute they work at. */
export const RESEARCH_STAFF: ReadonlySet<string> = new Set(['economists', 'analysts', 'strategists', 'researchers', 'scientists', 'experts', 'scholars']);
/** A firm or institute named with capitals after "at": not a place alone, a month or a day. */
function firmAfter(ws: string[]): boolean {
  if (makerBody(ws)) return true;
  const caps: string[] = [];
  for (const [k, w] of ws.entries()) {
    const l = stripPossessive(w).toLowerCase();
    if (DETERMINERS.has(l) && caps.length === 0) continue;
    // "Bank of America", "University of Michigan": a body's head word named for a place is no place.
    if (l === 'of' && caps.length === 1 && HEADS_NAMED_OF.has(caps[0]!) && isCap(ws[k + 1] ?? '')) return true;
    if (!isCap(w)) break;
    caps.push(l);
  }
  // (Some word of it names no place: "the Federal Reserve Bank", not "the West Bank".)
  return caps.length > 0 && caps.some((l) => !DEMONYMS_AND_PLACES.has(l)) && !caps.some((l) => CALENDAR_WORDS.has(l));
}
const CALENDAR_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);
/** Whether `ws` is only a body's name: capitalized words past a determiner, joined by "of", "and" or "&", no title among them. */
function bodyNameOnly(ws: string[]): boolean {
  const rest = DETERMINERS.has(stripPossessive(ws[0] ?? '').toLowerCase()) ? ws.slice(1) : ws;
  return rest.length > 0 && rest.length <= 8 && isCap(rest[0]!) && isCap(rest[rest.length - 1]!)
    && rest.every((w) => (isCap(w) && !titles.has(w.toLowerCase())) || w === 'of' || w === 'and' || w === '&' || w === 'the');
}

/** Head words of bodies named "… of" a place: "Bank of America", "University of Michigan", "Council of Europe". */
const HEADS_NAMED_OF = new Set(['bank', 'university', 'council', 'institute', 'college', 'school', 'academy', 'federation',
  'association', 'chamber', 'board', 'league', 'conference', 'union']);
/** Plural documents that are vague alone ("studies show") and identified with their maker named. */
const MADE_DOCUMENTS = new Set(['reports', 'studies', 'research', 'analyses', 'surveys', 'polls', 'polling']);
const PARTY_WORDS = new Set(['gop', 'republican', 'republicans', 'democrat', 'democrats', 'democratic']);
/** Words before a plural document that say which body made it: "administration estimates", "police reports" (not "state polls"). */
const MAKER_MODIFIERS = new Set(['government', 'administration', 'federal', 'official', 'intelligence', 'military', 'police', 'ministry',
  'congressional', 'court', 'pentagon']);
/**
 * Whether the words before a plural document's head name its maker: "CBO estimates", "U.N. estimates", "Congressional
 * Budget Office reports", "administration estimates". Not a place's or a people's ("Western estimates", "Israeli
 * reports", "New York polls"), a sentence's capitalized first word ("Recent polls") or a phrase in capitals
 * ("OPINION POLLS").
 */
function madeByModifier(core: string[]): boolean {
  const mods = core.slice(0, -1);
  if (core.every((w) => w === w.toUpperCase())) return false;
  // (A place, a people or a party, not a body that speaks: "U.N.", "Pentagon" make what they publish; "GOP polls"
  // are a party's side's polls, unnamed.)
  const place = (w: string): boolean => {
    const l = w.toLowerCase();
    const bare = l.replace(/\./g, '');
    return (DEMONYMS_AND_PLACES.has(l) || DEMONYMS_AND_PLACES.has(bare))
      && (PARTY_WORDS.has(bare) || (!institutionNames.has(l) && !institutionNames.has(bare)));
  };
  const caps = mods.filter((w, k) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,5}$/u.test(w) || (isCap(w) && (k > 0 || institutionNames.has(w.toLowerCase()))));
  // (The capitalized words together may be one place: "New York", "South Carolina".)
  const run = mods.filter((w) => isCap(w)).join(' ').toLowerCase();
  if (caps.length > 0 && !caps.every((w) => place(w) || CALENDAR_WORDS.has(w.toLowerCase()))
    && !(run.includes(' ') && (DEMONYMS_AND_PLACES.has(run) || US_STATE_NAMES.has(run)))) return true;
  return mods.some((w) => MAKER_MODIFIERS.has(w.toLowerCase()));
}
/**
 * Capitalized last words of an agency's name, never of a person's: "U.S. Customs and Border Protection", "Child
 * Protective Services", "the Border Patrol", "Immigration and Customs Enforcement" (in lower case they are the work
 * itself: "health services posted a gain", "an analyst who backs tighter enforcement").
 */
const AGENCY_LAST_WORDS: ReadonlySet<string> = new Set(['services', 'protection', 'patrol', 'enforcement']);
/** Whether a capitalized word can end an organization's name: "Commission", "Bureau", "Protection". */
export function organizationHead(w: string): boolean {
  const l = w.toLowerCase();
  return institutionHeads.has(l) || ORGANIZATION_HEAD.test(l) || AGENCY_LAST_WORDS.has(l);
}
/** The last word of an organization's name: "Foreign Ministry", "Pew Research Center", "Monmouth University". */
const ORGANIZATION_HEAD = /(?:ministry|department|office|council|authority|forces|army|party|committee|commission|agency|organization|court|service|bureau|house|institute|institution|centers?|centres?|university|college|foundation|association|union|campaign|corps|command|brigades|movement|front|group|network|fund|board|administration|reserve)$/i;
/** An organization named after "from", as a maker rather than a place: "the University of Chicago", "the Pew Research Center". */
function makerBody(ws: string[]): boolean {
  const caps = ws.filter((w) => isCap(w) && !DETERMINERS.has(w.toLowerCase()));
  if (caps.length === 0) return false;
  // ("reports from Sweden and Germany": countries there are places, not makers.)
  const inst = findName(ws, institutionNames);
  return (inst !== null && !DEMONYMS_AND_PLACES.has(inst)) || caps.some((w) => ORGANIZATION_HEAD.test(w));
}
/** Determiners that point back to a thing named before: "the estimate", "this estimate". */
const ANAPHORIC_DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'these', 'those']);
/** Counts and forecasts that are a document only with their maker named: "CNN projections", not "projections". */
const NAMED_COUNTS = new Set(['projection', 'projections', 'estimate', 'estimates', 'calculation', 'calculations', 'tally',
  'tallies', 'count', 'forecast', 'forecasts', 'model', 'figures', 'numbers', 'records']);
/** Words before "figures" that make them people of standing, not numbers (NOT_COUNTS without "phone"). */
const FIGURE_PEOPLE = new Set(['senior', 'media', 'establishment', 'prominent', 'leading', 'key', 'public', 'political', 'religious',
  'opposition', 'top', 'influential', 'party', 'cultural', 'business', 'iconic', 'controversial']);
const NOT_COUNTS = new Set(['senior', 'media', 'establishment', 'prominent', 'leading', 'key', 'public', 'political',
  'religious', 'opposition', 'top', 'influential', 'party', 'phone', 'cultural', 'business', 'iconic', 'controversial']);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'several', 'some', 'many', 'another', 'other',
  'all', 'most', 'few', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'both', 'these', 'those', 'this', 'that',
  'multiple', 'various', 'numerous', 'senior', 'top', 'former', 'at', 'least', 'more', 'than', 'four', 'five', 'six',
  'dozens', 'of', 'a number', 'any']);
/** Participles that open what was done with a document or a piece: "a report filed Monday", "the memo obtained by". */
export const DOCUMENT_PARTICIPLES: ReadonlySet<string> = new Set(['filed', 'released', 'published', 'issued', 'obtained', 'compiled', 'prepared',
  'commissioned', 'leaked', 'dated', 'submitted', 'posted', 'produced', 'written', 'seen', 'reviewed', 'aired', 'broadcast']);
/** Words after which the noun phrase's core ends: "people familiar with", "a spokesman for". */
const POSTMODIFIER_STARTS = new Set(['for', 'with', 'from', 'at', 'in', 'on', 'close', 'familiar', 'privy', 'briefed', 'who',
  'whom', 'involved', 'knowledgeable', 'speaking', 'traveling', 'travelling', 'based', 'stationed', 'deployed', 'told', 'to', 'inside', 'within',
  'near', 'working', 'representing', 'who\'s', 'that', 'which', 'aware', 'granted', 'not', 'like', 'including', 'by', 'over']);
/** Prepositions after a word of access: "familiar with", "briefed on", "aware of", "privy to", "informed about". */
export const ACCESS_PREPS: ReadonlySet<string> = new Set(['with', 'on', 'of', 'to', 'about', 'in']);
/** Words in -ly that are nouns or adjectives of a head, not adverbs: "a family close to", "an ally". */
const NOT_ADVERBS = new Set(['family', 'families', 'ally', 'italy', 'early', 'only', 'elderly', 'friendly', 'likely', 'nearly']);
/** Participles of how an outlet got hold of people: "experts reached by FoxNews.com", "officials interviewed by The Times". */
export const CONTACT_PARTICIPLES: ReadonlySet<string> = new Set(['reached', 'contacted', 'interviewed', 'consulted', 'quoted', 'cited']);
/** What follows such a participle: its agent, its occasion, or nothing ("attorneys interviewed said"). */
const CONTACT_AFTER = new Set(['by', 'in', 'for', 'at', 'on', 'over', 'through', 'about', 'ahead', 'after', 'last', 'this']);
/** Participles of being there, after "people": "people attending the meeting". */
const ACCESS_PARTICIPLES = new Set(['attending', 'participating', 'negotiating', 'reviewing', 'observing']);
/**
 * Participles that give an unnamed source's role in the story: "officials briefing reporters", "U.S. officials
 * investigating the bombings", "an aide tracking the talks", "two doctors treating the wounded", "experts watching
 * the IRS", "an attorney defending the law".
 */
export const ROLE_PARTICIPLES: ReadonlySet<string> = new Set(['briefing', 'discussing', 'investigating', 'tracking', 'monitoring', 'advising', 'overseeing', 'defending',
  'treating', 'handling', 'negotiating', 'attending', 'participating', 'reviewing', 'studying', 'watching', 'covering',
  'observing', 'prosecuting', 'drafting', 'planning', 'organizing', 'organising', 'guarding', 'backing', 'supporting',
  'opposing', 'challenging', 'preparing', 'mediating', 'brokering', 'assisting', 'examining', 'analyzing',
  'analysing', 'running', 'managing', 'staffing', 'coordinating', 'directing', 'supervising',
  // ("a senior State Department official accompanying Kerry": whom the official travels with, not the speaker.)
  'accompanying']);
/** Nouns of an unspecified number before "of": "a handful of economists", "a wide array of experts". */
const COLLECTIVE_OF = new Set(['number', 'handful', 'couple', 'host', 'array', 'range', 'slew', 'variety']);
const QUANTIFIER_OF = new Set(['one', 'some', 'many', 'several', 'two', 'three', 'none', 'most', 'few', 'each', 'any',
  'all', 'others', 'dozens', ...COLLECTIVE_OF]);
/** "a handful of …", "a wide array of …": a collective of unspecified number opens the phrase (an adjective may come between). */
function collectiveOf(ws: string[]): boolean {
  if ((ws[0] ?? '').toLowerCase() !== 'a') return false;
  for (let k = 1; k <= 2 && k + 1 < ws.length; k++) if (COLLECTIVE_OF.has(ws[k]!.toLowerCase()) && ws[k + 1]!.toLowerCase() === 'of') return true;
  return false;
}
/** Familiarity postmodifiers that make "people"/"person" a withheld identity. */
export const KNOWLEDGE_MODIFIERS: ReadonlySet<string> = new Set(['familiar', 'privy', 'briefed', 'close', 'knowledgeable', 'involved', 'informed', 'aware',
  'with']);
/** Words of access after a head of people: "familiar with", "close to", "briefed on", "directly involved in". */
export const ACCESS_WORDS: ReadonlySet<string> = new Set([...KNOWLEDGE_MODIFIERS].filter((w) => w !== 'with'));

const WORD = /[\p{L}\p{N}]+(?:[.'\u2019&-][\p{L}\p{N}]+)*\.?/gu;

export function words(phrase: string): string[] {
  return phrase.match(WORD) ?? [];
}

/** Arabic and European name particles glued to a capitalized name: "al-Kidra", "bin-Salman". */
const NAME_PARTICLE = /^(?:al|el|abu|bin|ibn|ben|de|da|di|du|van|von|le|la)-\p{Lu}/u;

function isCap(w: string): boolean {
  const c = w[0] ?? '';
  return c !== c.toLowerCase() || NAME_PARTICLE.test(w);
}

function stripPossessive(w: string): string {
  return w.replace(/['\u2019]s$/i, '').replace(/['\u2019]$/, '');
}

/** Longest outlet or institution name contained in the word list (lower-case join). */
function findName(ws: string[], names: Set<string>): string | null {
  const lower = ws.map((w) => stripPossessive(w).toLowerCase());
  let best: string | null = null;
  for (let i = 0; i < lower.length; i++) {
    let s = '';
    for (let j = i; j < Math.min(lower.length, i + 5); j++) {
      s = j === i ? (lower[j] as string) : `${s} ${lower[j] as string}`;
      // A name ends in a capital or a number as written: "The Independent", "Channel 12", not "the independent
      // review board", "reports from the time".
      if (names.has(s) && !/^\p{Ll}/u.test(ws[j] as string) && (best === null || s.length > best.length)) best = s;
    }
  }
  return best;
}

/** A given name or an initial: "Michael", "J.". */
const FIRST_NAME_SHAPE = /^(?:\p{Lu}\p{Ll}+|\p{Lu}\.)$/u;
const CUE_WORDS: ReadonlySet<string> = new Set(CUE_VERBS.flatMap((g) => g.terms));
/** Words that are capitalized before an outlet's name only because they open a sentence: "When Vox writes", "As Breitbart reported". */
const SENTENCE_OPENERS = new Set(['when', 'as', 'even', 'but', 'and', 'or', 'how', 'why', 'what', 'while', 'if', 'so', 'yet',
  'also', 'then', 'now', 'still', 'only', 'unlike', 'like', 'after', 'before', 'since', 'though', 'although', 'because',
  'where', 'meanwhile', 'indeed', 'until', 'once', 'per', 'via', 'both', 'unless', 'whether', 'here', 'there', 'which',
  'who', 'whose', 'did', 'does', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'should',
  'can', 'may', 'might', 'must', 'not', 'no', 'nor', 'for', 'from', 'to', 'in', 'on', 'at', 'by', 'with', 'without',
  'about', 'against', 'among', 'between', 'into', 'through', 'during', 'over', 'under', 'of', 'just', 'perhaps', 'maybe',
  'instead', 'however', 'thus', 'hence', 'therefore', 'besides', 'plus', 'despite', 'watch', 'read', 'follow', 'more',
  'most', 'every', 'each', 'all', 'any', 'another', 'other', 'such', 'several', 'few', 'latest', 'breaking', 'exclusive',
  'update', 'updated', 'subscribe', 'today', 'yesterday', 'tonight', 'tomorrow', 'ask', 'see', 'says', 'new', 'top']);

/** An advocacy group's name: a capitalized plural, "for", "against" or "without", and capitalized words. */
const ADVOCACY_NAME = /^(?:[Tt]he\s)?\p{Lu}\p{Ll}+s\s(?:for|[Ff]or|[Aa]gainst|[Ww]ithout)\s\p{Lu}[\p{L}'-]*(?:\s(?:(?:and|of|the|in|for)\s)?\p{Lu}[\p{L}'-]*)*$/u;

/** "Friends of the Earth", "Friends of Israel": "the" and a capitalized word after "of", or a place's name. */
const FRIENDS_OF_NAME = /^(?:[Tt]he\s)?Friends\sof\s(the\s)?(?!(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\b)(\p{Lu}[\p{L}'-]*)/u;

/** A name, then its state (and party): "… of Wisconsin", "… Michigan Democrat", "… of New York". */
const HOME_STATE = /^(.*?\S)\s+of\s+((?:\p{Lu}\p{Ll}+\s)?\p{Lu}\p{Ll}+)$/u;
const HOME_BODY = /^(.*?\S)\s+of\s+(?:the\s+)?(?:University|College|Institute|School|Center|Centre)\s+of\s+\p{Lu}/u;
const HOME_PARTY = /^(.*?\S)\s+((?:New\s|North\s|South\s|West\s|Rhode\s)?\p{Lu}\p{Ll}+)\s(?:Democrat|Republican|Independent)$/u;
/**
 * Whether the words before "of <state>" can be a person: no determiner first, at most seven words, a capitalized
 * last word that heads no institution, and no plural unless a title or a given name comes before it ("Hurd", "Rep.
 * Jim Jordan", "Chris Coons", "Anti-immigration hardliner Steve King"; not "the Boy Scouts", "Two-thirds",
 * "Majorities", "the Northern District").
 */
function homeHolder(words0: string): boolean {
  const ws = words0.split(/\s+/);
  if (ws.length > 7 || ARTICLE_WORDS.has(ws[0]!.toLowerCase())) return false;
  const last = ws[ws.length - 1]!;
  if (!isCap(last) || institutionHeads.has(last.toLowerCase())) return false;
  if (!/s$/.test(last)) return true;
  return ws.slice(0, -1).some((w) => isTitleWord(w) || givenNames.has(w.toLowerCase()));
}
/** A title, with or without its period, or an honorific: "Rep.", "Rep", "Director", "Mr". */
function isTitleWord(w: string): boolean {
  const l = w.toLowerCase();
  return titles.has(l) || titles.has(`${l}.`) || titles.has(l.replace(/\.$/, '')) || /^(?:mr|mrs|ms|dr)\.?$/.test(l);
}
const ARTICLE_WORDS = new Set(['the', 'a', 'an']);
/** The US states, lower-case. */
const US_STATE_NAMES: ReadonlySet<string> = new Set(US_STATES.map((n) => n.toLowerCase()));
/** People who act for someone named after "for": "Lawyers for Espinoza", "Spokesmen for the family". */
const ACTING_FOR: ReadonlySet<string> = new Set(['lawyers', 'attorneys', 'prosecutors', 'counsels', 'solicitors', 'representatives',
  'spokesmen', 'spokeswomen', 'spokespeople', 'spokespersons', 'aides', 'officials', 'sources', 'advisers', 'advisors', 'investigators',
  'agents', 'negotiators', 'staffers', 'employees', 'executives', 'officers', 'people', 'fighters', 'workers']);
/** Polling firms, named in "Quinnipiac University polls", "NBC/Marist polls" (outlets are in OUTLET_NAMES). */
const POLLSTERS = new Set(['gallup', 'quinnipiac', 'marist', 'pew', 'rasmussen', 'monmouth', 'yougov', 'ipsos', 'surveyusa', 'emerson',
  'suffolk', 'orc', 'prri', 'siena', 'zogby', 'harris', 'morning', 'ppp', 'mason-dixon', 'selzer', 'opinium', 'comres', 'icm',
  'populus', 'survation', 'nielsen', 'kff', 'gfk', 'ap-norc', 'norc']);
/** Capitalized words that make a poll an institution's: "a Marquette University survey". */
const POLL_INSTITUTIONS = new Set(['university', 'college', 'institute', 'center', 'centre', 'foundation']);

/**
 * Whether poll words name who polled: a polling firm, an institution or an outlet, capitalized ("NBC/Marist",
 * "Quinnipiac University", "the Washington Post's"; "the national exit polls" name no newspaper called The National).
 */
function namesPollster(core: string[], outlet: string | null): boolean {
  return core.some((w) => capitalizedWord(w) && (POLL_INSTITUTIONS.has(w.toLowerCase())
    || w.split('/').some((x) => POLLSTERS.has(stripPossessive(x).toLowerCase()) || outletNames.has(stripPossessive(x).toLowerCase()))
    || (outlet !== null && outlet.split(' ').includes(stripPossessive(w).toLowerCase()))));
}

/** A named poll or survey in a phrase: "A 1992 Louis Harris poll", "an NBC News/Wall Street Journal survey". */
export function isNamedPoll(phrase: string): boolean {
  const ws = words(phrase);
  const head = (ws[ws.length - 1] ?? '').toLowerCase();
  return /^(?:poll|polls|survey|surveys)$/.test(head) && pollsterIn(ws);
}

/** Whether capitalized words name a polling firm, an institution or an outlet: "YouGov Deutschland", "Open Europe and YouGov". */
export function namesPollsterPhrase(phrase: string): boolean {
  return pollsterIn(words(phrase));
}

const pollsterIn = (ws: string[]): boolean => namesPollster(ws, findName(ws, outletNames));

/** A capitalized word that is not a determiner ("The", "Its"): part of a name. */
const capitalizedWord = (w: string): boolean => isCap(w) && !DETERMINERS.has(w.toLowerCase());

/** A capitalized word that opens a sentence rather than names anyone: "When", "The", "Their". */
export function isSentenceOpener(word: string): boolean {
  const w = word.toLowerCase();
  return SENTENCE_OPENERS.has(w) || DETERMINERS.has(w) || PRONOUNS.has(w);
}

/** "Michael Bloomberg", "Liam Fox": a given name (not a sentence's opening word) before a one-word outlet name. */
function givenNameBefore(word: string): boolean {
  return FIRST_NAME_SHAPE.test(word) && isPersonNameWord(word) && !CUE_WORDS.has(word.toLowerCase()) && !SENTENCE_OPENERS.has(word.toLowerCase());
}

/**
 * A capitalized adverb of manner or comment, not a name: "Separately, Sen. Dianne Feinstein, …, said", "Interestingly,
 * many of those who …", "Notably", "Presumably" (adjective endings before "-ly"; "Kelly", "Reilly", "Mattingly" and
 * "Assembly" are not).
 */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}{3,}(?:al|ful|ous|ive|ent|ant|ic|ed|ate|ite|ise|ese|ess|ar|ary|ory|se)ly$|^\p{Lu}\p{Ll}{5,}ingly$|^\p{Lu}\p{Ll}{2,}[ai]bly$/u;

/** Whether a word is such an adverb: "Separately", "Interestingly". */
export function isSentenceAdverb(w: string): boolean {
  return w.endsWith('ly') && SENTENCE_ADVERB.test(w);
}

function isPersonNameWord(w: string): boolean {
  if (!isCap(w) || isSentenceAdverb(w)) return false;
  const l = stripPossessive(w).toLowerCase();
  if (DEMONYMS_AND_PLACES.has(l) || titles.has(l) || institutionNames.has(l) || outletNames.has(l)) return false;
  if (institutionHeads.has(l) || outletHeads.has(l) || anonymousHeads.has(l) || vagueHeads.has(l) || AGENCY_LAST_WORDS.has(l)) return false;
  if (DETERMINERS.has(l) || MONTHS_DAYS.has(l)) return false;
  if (/^\p{Lu}\.$/u.test(w)) return true; // an initial: "John D. Podesta"
  if (/^[\p{Lu}.]+$/u.test(w) && w.length <= 5) return false; // acronyms: IDF, KAN, UN
  return /^\p{Lu}[\p{L}'\u2019.-]*$/u.test(w) || NAME_PARTICLE.test(w);
}

/** "Theresa May", "Brian May": a month's name as the surname after a given name. */
function monthSurname(ws: readonly string[], k: number): boolean {
  return k > 0 && MONTH_SURNAMES.has(stripPossessive(ws[k]!)) && givenNameBefore(ws[k - 1]!) && !BEFORE_A_MONTH.has(ws[k - 1]!.toLowerCase());
}
/** Words that make a month a time: "Last May", "Early June". */
const BEFORE_A_MONTH = new Set(['last', 'next', 'early', 'late', 'mid', 'this', 'that', 'each', 'every', 'since', 'until', 'till',
  'through', 'throughout', 'past', 'during', 'by', 'in', 'from', 'after', 'before']);
const MONTH_SURNAMES = new Set(['May', 'June', 'April', 'August']);

const MONTHS_DAYS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES, 'mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'gen.', 'gov.', 'lt.', 'col.']);

const INDEFINITE_OR_THE = new Set(['the', 'a', 'an']);

/** Words of the core noun phrase: postmodifiers cut, "one of X" resolved to X. */
export function coreWords(ws: string[]): { core: string[]; post: string[] } {
  let cut = ws.length;
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i] as string;
    const l = w.toLowerCase();
    // "The WHO": the World Health Organization's acronym, not the relative pronoun.
    if (w === 'WHO') continue;
    // "the experts I interviewed": a relative clause without "that" starts at a subject pronoun.
    // "a police report filed in that city", "a memo obtained by CNN": the document ends before its participle.
    const prevLower = (ws[i - 1] as string).toLowerCase();
    // "an inside source", "inside sources": an adjective before the head, not "sources inside the campaign".
    const next = ws[i + 1];
    if (l === 'inside' && next !== undefined && next === next.toLowerCase() && (anonymousHeads.has(next) || personNouns.has(next))) continue;
    // "Officials briefing reporters", "Diplomats following the talks", "people attending the meeting": a participle
    // right after a head of people starts what describes them, as "speaking" and "working" do.
    // (Only participles of a role in the story, which place the people without naming them; "a man wearing a cap",
    // "people holding beliefs", "someone acting for him" are read as before.)
    // ("defense experts reached by FoxNews.com", "officials contacted by CNN": how the outlet got them, as "who spoke to".)
    // (A participle, not the verb: "officials cited in the report", "experts interviewed"; not "some conservatives cited
    // the CNN report".)
    const contact = CONTACT_PARTICIPLES.has(l) && (next === undefined || CONTACT_AFTER.has(next.toLowerCase()));
    if ((ROLE_PARTICIPLES.has(l) || contact) && (anonymousHeads.has(prevLower) || vagueHeads.has(prevLower) || personNouns.has(prevLower))) {
      cut = i;
      break;
    }
    // "a close aide", "A knowledgeable source", "one close friend": before a head these are adjectives inside the core,
    // not the start of what describes it ("officials close to the talks", "sources knowledgeable about").
    // ("a close Trump ally": past one modifier.)
    if ((l === 'close' || l === 'knowledgeable') && next !== undefined && !/^(?:to|with|about|on)$/i.test(next)
      && (personHead(next) || personHead(ws[i + 2] ?? ''))) continue;
    // "officials directly familiar with the gathering", "a source highly familiar with": an adverb before a word of
    // access starts the postmodifier with it (not a head that ends in -ly: "a family close to the victims").
    if (/^\p{Ll}{3,}ly$/u.test(w) && next !== undefined && ACCESS_WORDS.has(next.toLowerCase()) && !personHead(l) && !NOT_ADVERBS.has(l)) {
      cut = i;
      break;
    }
    if (POSTMODIFIER_STARTS.has(l) || l === 'i' || l === 'we' || l === 'you'
      || (DOCUMENT_PARTICIPLES.has(l) && (DOCUMENT_HEADS.has(prevLower) || OUTLET_PIECE_HEADS.has(prevLower)))) {
      cut = i;
      break;
    }
    if (l === 'of') {
      const before = (ws[i - 1] as string).toLowerCase();
      if (QUANTIFIER_OF.has(before)) {
        // "one of Mr. Obama's climate advisers": the head is after "of".
        const rest = coreWords(ws.slice(i + 1));
        return { core: rest.core, post: rest.post };
      }
      // "Adam Smith of Washington", "Sen. Tim Kaine of Virginia", "John Smith of the Heritage Foundation":
      // a person's name (a given name or initial and a surname) ends before "of"; the rest says where from.
      // (After "the" or "a" only with a title before the name: "the late Justice Allen Broussard of …";
      // "the Boy Scouts of America", "The Economic Community of West African States" are bodies.)
      if (i >= 2 && isCap(ws[i - 1] as string) && isCap(ws[i - 2] as string) && !titles.has(before)
        && isPersonNameWord(ws[i - 1] as string) && givenNameBefore(ws[i - 2] as string)
        && (!INDEFINITE_OR_THE.has((ws[0] as string).toLowerCase()) || ws.slice(1, i - 2).some((w) => titles.has(w.toLowerCase())))) {
        cut = i;
        break;
      }
      // ("Professor Awad of Bethlehem Bible College", "Dr. Smith of the Mayo Clinic": so does a surname after a title.)
      const title0 = (ws[0] as string).toLowerCase();
      if (i === 2 && isPersonNameWord(ws[1] as string) && (HONORIFICS.has(title0) || title0 === 'professor')) {
        cut = i;
        break;
      }
      // "Secretary of State Antony Blinken": keep going when a title precedes "of".
      if (titles.has(before) || isCap(ws[i - 1] as string)) continue;
      cut = i;
      break;
    }
  }
  return { core: ws.slice(0, cut), post: ws.slice(cut) };
}

/**
 * Personal honorifics only: the segmenter's TITLE_ABBREVIATIONS also hold "St.", "Mt." and "Ft.",
 * which open place names ("St. Louis"), not people's.
 */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sen.', 'rep.', 'gov.', 'lt.', 'gen.', 'col.', 'sgt.', 'capt.', 'prof.', 'rev.']);

/** An honorific abbreviation followed only by capitalized name words up to the head: "Rep. Jim Jordan". */
function honorificName(core: string[]): boolean {
  for (let i = core.length - 2; i >= 0; i--) {
    const w = core[i] as string;
    if (HONORIFICS.has(w.toLowerCase())) return true;
    if (!isCap(w) || DEMONYMS_AND_PLACES.has(w.toLowerCase())) return false;
  }
  return false;
}

const givenNames = new Set(GIVEN_NAMES.terms);
/** Titles held by one person at a time and written before a surname alone ("Mayor Bloomberg", "Professor White"). */
const ADDRESS_TITLES = new Set(['mayor', 'senator', 'governor', 'representative', 'congressman', 'congresswoman', 'professor',
  'sheriff', 'judge', 'president', 'rabbi', 'pastor', 'coach', 'detective', 'sergeant', 'ambassador', 'chairman', 'chairwoman']);

/**
 * A person's name whose surname is also a place, a people, an outlet or an institution word: a common given name
 * (a middle initial may follow) or a one-person title before one capitalized surname. ("President Washington" is
 * the man; "Nazi Germany", "Modern Israel", "Georgia Republicans" and "Attorney General" are not names.)
 */
function namedBySurname(core: string[]): boolean {
  const head = core[core.length - 1] as string;
  if (!/^\p{Lu}\p{Ll}+(?:['\u2019]s?)?$/u.test(head)) return false;
  const first = (core[0] as string).toLowerCase();
  if (core.length === 2 && ADDRESS_TITLES.has(first))
    return !titles.has(stripPossessive(head).toLowerCase()) || /^king/i.test(head);
  return (core.length === 2 || (core.length === 3 && /^\p{Lu}\.$/u.test(core[1] as string)))
    && givenNames.has(first) && FIRST_NAME_SHAPE.test(core[0] as string);
}

/** An acronym: two to six capitals, with a digit or "&" inside ("CDC", "G7", "AT&T"), possibly possessive. */
const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}(?:['\u2019]s)?$/;
/** People known by their initials, who are no body. */
const PERSON_INITIALS = new Set(['aoc', 'jfk', 'lbj', 'fdr', 'mbs', 'mbz', 'rbg', 'mlk', 'djt', 'rfk']);

/** Participles whose "by" names a document's maker ("published by", "conducted by"); not its holder ("obtained by", "seen by"). */
export const MAKER_PARTICIPLES: ReadonlySet<string> = new Set(['published', 'released', 'conducted', 'commissioned', 'issued', 'compiled',
  'prepared', 'produced', 'done']);
/** Research or reporting, a participle of what was done with it, and "by" its maker. */
const MADE_BY = new RegExp(String.raw`^(.*\b(?:${[...MADE_DOCUMENTS, 'estimates'].join('|')}))\s+(?:${[...MAKER_PARTICIPLES].join('|')}|carried\s+out)\s+(by\s.+)$`, 'i');

/**
 * Classifies a source phrase. Returns null when the phrase does not look like a
 * source at all (the caller then drops the cue: precision over recall).
 */
export function classifySource(phrase: string): SourceClass | null {
  // "a vice presidential candidate in 1920 named Franklin D. Roosevelt", "a man named Ali Hassan": the name is given.
  // (A person's description only: not "a group named Human Rights Watch".)
  const named = NAMED_AS.exec(phrase);
  if (named !== null && looksLikePersonName(named[1]!) && words(phrase.slice(0, named.index)).some((w) => personNouns.has(w.toLowerCase())))
    return { type: 'named', label: named[1]!, kind: 'person' };
  // "studies published by the Urban Institute", "polls conducted by Gallup": what was done with the research leads
  // to its maker, as "studies by the Urban Institute" does.
  const made = MADE_BY.exec(phrase);
  if (made !== null) {
    const byMaker = classifySource(`${made[1]!} ${made[2]!}`);
    return byMaker === null ? null : { ...byMaker, label: byMaker.label === `${made[1]!} ${made[2]!}` ? phrase : byMaker.label };
  }
  const cls = classifyPhrase(phrase);
  // "Representative Ryan of Wisconsin", "Rep. Daniel T. Kildee Michigan Democrat": a person whose state (and party)
  // follow the name; read as the place's voice, the phrase is the person's ("Voice of America" stays an outlet).
  if (cls === null || cls.type !== 'institutional' || cls.kind !== 'organization') return cls;
  // "GOP strategist Ken Spain", "Abraham Denmark": a given name before a place's name makes it a surname.
  const ws = phrase.trim().split(/\s+/);
  const given = ws[ws.length - 2];
  if (ws.length >= 2 && given !== undefined && givenNames.has(given.toLowerCase()) && FIRST_NAME_SHAPE.test(given)
    && DEMONYMS_AND_PLACES.has(ws[ws.length - 1]!.toLowerCase()) && isCap(ws[ws.length - 1]!))
    return { type: 'named', label: `${given} ${ws[ws.length - 1]!}`, kind: 'person' };
  // "Mudde of the University of Georgia", "Mr. Kenworthy of the University of California": a person of a body.
  const ofBody = HOME_BODY.exec(phrase.trim());
  if (ofBody !== null && homeHolder(ofBody[1]!)) {
    const person = classifyPhrase(ofBody[1]!);
    if (person !== null && person.type === 'named' && person.kind === 'person') return person;
  }
  const party = HOME_PARTY.exec(phrase.trim());
  const home = party ?? HOME_STATE.exec(phrase.trim());
  if (home !== null && (party !== null || home[2]!.split(/\s+/).every((w) => DEMONYMS_AND_PLACES.has(w.toLowerCase())))) {
    // (A lone surname only before a US state, as papers write lawmakers: "Hurd of Texas", not "Voice of America".)
    const lone = !/\s/.test(home[1]!.trim());
    const person = homeHolder(home[1]!) && (!lone || party !== null || US_STATE_NAMES.has(home[2]!.toLowerCase())) ? classifyPhrase(home[1]!) : null;
    if (person !== null && person.type === 'named' && person.kind === 'person') return person;
  }
  return cls;
}

/** A description that ends in "named" and a name of two to four capitalized words or initials. */
const NAMED_AS = /\bnamed\s+((?:\p{Lu}[\p{L}'\u2019-]*\.?\s+){1,3}\p{Lu}[\p{L}'\u2019-]*)$/u;

/** Prepositions inside an organization's name: "Center for …", "Council on …", "Committee to Protect …". */
const NAME_INNER_PREPS = new Set(['for', 'on', 'to', 'against', 'without', 'in']);
/** Small words that join the words of a name: "Center for Strategic and International Studies", "Students for Life of America". */
const NAME_JOINERS = new Set(['and', 'of', 'the', '&']);
/** Lower-case words that modify a title after an organization's name: "national director", "executive vice president". */
const ORG_TITLE_MODIFIERS = new Set(['national', 'executive', 'deputy', 'senior', 'chief', 'vice', 'managing', 'general', 'founding',
  'former', 'communications', 'policy', 'press', 'legislative', 'political', 'associate', 'assistant', 'acting', 'interim', 'state']);

/**
 * The person's name at the end of `ws` when a title stands right before it (one to three name words) and a capitalized
 * name with a preposition in it comes before the title; else null.
 */
function titledNameTail(all: string[]): string | null {
  // ("Club for Growth spokesman Barney Keller essentially": an adverb the phrase took in after the name.)
  const ws = all.length > 1 && /^\p{Ll}+ly$/u.test(all[all.length - 1]!) ? all.slice(0, -1) : all;
  const n = ws.length;
  if (n < 5) return null;
  for (let k = n - 2; k >= Math.max(2, n - 4); k--) {
    const w = ws[k] as string;
    // (A title, or a role noun written in lower case: "analyst Jon Alterman", "fellow Jane Doe"; or the capitalized
    // end of a title before a known given name: "Deputy National Security Adviser for Communications Ben Rhodes".)
    const titled = titles.has(w.toLowerCase()) || (w === w.toLowerCase() && (vagueHeads.has(w) || anonymousHeads.has(w) || personNouns.has(w)));
    if (!titled && !(isCap(w) && givenNames.has((ws[k + 1] as string).toLowerCase()))) continue;
    const name = ws.slice(k + 1);
    if (name.length < 2 || !name.every((x) => isPersonNameWord(x) || NAME_PARTICLE.test(x))) return null;
    // (The name runs up to the title: "Americans for Prosperity ad attacking Sen. Mary Landrieu" is an ad.)
    // ("Priests for Life national director Frank Pavone": the title's own modifier may come before it.)
    let b = titled ? k : k + 1;
    while (b > 0 && ORG_TITLE_MODIFIERS.has(ws[b - 1] as string)) b--;
    const body = ws.slice(0, b);
    if (!body.every((x, i) => isCap(x) || NAME_INNER_PREPS.has(x) || NAME_JOINERS.has(x) || (i === 0 && x === 'the'))) return null;
    const prep = body.findIndex((x) => NAME_INNER_PREPS.has(x));
    if (prep < 1 || prep + 1 >= body.length || !isCap(body[prep - 1]!) || !isCap(body[prep + 1]!)) return null;
    return name.map((x, i, a) => (i === a.length - 1 ? stripPossessive(x) : x)).join(' ');
  }
  return null;
}

function classifyPhrase(phrase: string): SourceClass | null {
  const ws = words(phrase);
  if (ws.length === 0) return null;
  const byName = bodyByItsName(phrase, ws);
  if (byName !== null) return byName;
  // "Residents …", "Doctors said": a common person noun capitalized only because it opens the sentence.
  const w0 = ws[0] as string;
  // ("Critics of the plan say", "Defenders of the law say": a group's word too, so its "of" starts a postmodifier
  // instead of joining two capitalized words into a name, as "Critics of Obamacare" had been.)
  // ("Estimates suggest": a count's word too.)
  // ("Officials of Mr. Morsi's government acknowledged", "Sources of Hamas": an unnamed head's word too.)
  if (isCap(w0) && w0 !== w0.toUpperCase() && (personNouns.has(w0.toLowerCase()) || vagueHeads.has(w0.toLowerCase()) || NAMED_COUNTS.has(w0.toLowerCase())
    || (anonymousHeads.has(w0.toLowerCase()) && /s$/.test(w0)))) ws[0] = w0.toLowerCase();
  const first = (ws[0] as string).toLowerCase();
  if (ws.length === 1 && PRONOUNS.has(first)) return { type: 'named', label: phrase, kind: 'pronoun' };
  const { core, post } = coreWords(ws);
  if (core.length === 0) return null;
  const headRaw = core[core.length - 1] as string;
  const head = stripPossessive(headRaw).toLowerCase();
  const text = phrase.trim();
  const lowerPost = post.map((w) => w.toLowerCase());
  const group = everyoneOrPeople(core, lowerPost, head, text);
  if (group !== undefined) return group;
  const outlet = findName(core, outletNames);
  // "a new report by Politico", "a story in The New York Times", "a report published Friday in the New Yorker":
  // the piece's maker after it ("a report by the Congressional Research Service" is a document). Before the
  // capitalized heads, so that a sentence's first word is read the same ("Reports by The New York Times").
  if (outlet === null && OUTLET_PIECE_HEADS.has(head)) {
    const by = lowerPost.slice(0, 4).findIndex((w) => w === 'by' || w === 'in' || w === 'from');
    const maker = by < 0 ? null : findName(post.slice(by + 1, by + 7), outletNames);
    if (maker !== null) return { type: 'report', label: outletLabel(post.slice(by + 1, by + 7), maker), kind: 'outlet' };
  }
  // "Harvard's own internal reports", "data analyses by Second Measure", "studies by the Brookings Institution":
  // documents whose maker is named are identified (so are "its studies", "one of their reports": the maker is
  // whoever the pronoun refers to). (Not "reports from Gaza": after "from" a place is as likely
  // as a maker; not "media reports"; an outlet's pieces are above.)
  if (outlet === null && MADE_DOCUMENTS.has(head) && !core.some(isMediaWord)
    && (core.slice(0, -1).some((w) => (/['\u2019]s$/.test(w) && isCap(w)) || /^(?:its|their)$/i.test(w))
      || (lowerPost[0] === 'by' && post.slice(1, 4).some((w) => isCap(w) && !DETERMINERS.has(w.toLowerCase()))
        && findName(post.slice(1, 7), outletNames) === null)
      || (lowerPost[0] === 'from' && makerBody(post.slice(1, 7)))
      // ("research from Professor Robert C. Ellickson": research from a named person is theirs.)
      || (head === 'research' && lowerPost[0] === 'from' && post.slice(1, 4).some((w) => isCap(w) && !DETERMINERS.has(w.toLowerCase()))
        && findName(post.slice(1, 7), outletNames) === null)
      || madeByModifier(core)))
    return { type: 'institutional', label: text, kind: 'document' };
  // "Egyptians, Israelis and Americans briefed on the talks", "Republicans familiar with the plan": people
  // described by what they know withhold who they are, whatever group they belong to.
  // (Not "The congressional Democrats involved in writing the act": a defined group that took part.)
  if (isCap(headRaw) && /s$/.test(head) && first !== 'the' && lowerPost.some((w) => w !== 'with' && w !== 'involved' && KNOWLEDGE_MODIFIERS.has(w)) && outlet === null)
    return { type: 'anonymous', label: text, kind: 'anonymous' };
  // A proper-noun head: outlet, organization/state, or a person's name.
  if (isCap(headRaw) || /^\p{N}/u.test(headRaw)) return properHeadClass(ws, core, head, headRaw, text, first, outlet);
  return commonHeadClass(ws, core, post, lowerPost, head, text, outlet);
}
/** `classifyPhrase`'s first step: a person after a body's name and title, or a body named for whom it serves. */
function bodyByItsName(phrase: string, ws: string[]): SourceClass | null {
  // "Center for American Progress President Neera Tanden", "Committee to Protect Journalists director Joel Simon": a
  // body whose name holds a preposition, then a title and a person's name; the person speaks (the "of" names,
  // "Bank of America CEO Brian Moynihan", already end on the name).
  const titled = titledNameTail(ws);
  if (titled !== null) return { type: 'named', label: titled, kind: 'person' };
  // "Physicians for Human Rights", "Americans for Prosperity", "Mothers Against Drunk Driving": a capitalized plural
  // for, against or without capitalized words is an organization's name, not people of that kind.
  // (Not those who act for someone: "Lawyers for Espinoza", "Prosecutors for Apple", "Attorneys for Cohen".)
  // (Not when a title follows the name: "Centers for Disease Control and Prevention Director Robert Redfield".)
  // "Friends of the Earth", "Friends of Israel", "Friends of the IDF": an organization's name (not "Friends of the
  // senator", "Friends of Mr. Trump", "Friends of Hillary Clinton": people close to someone).
  const friendsOf = FRIENDS_OF_NAME.exec(phrase.trim());
  if (friendsOf !== null && (friendsOf[1] !== undefined || DEMONYMS_AND_PLACES.has(friendsOf[2]!.toLowerCase())) && !titles.has(friendsOf[2]!.toLowerCase()))
    return { type: 'institutional', label: phrase.trim(), kind: 'organization' };
  if (ADVOCACY_NAME.test(phrase.trim()) && !ACTING_FOR.has((/^(?:[Tt]he\s)?(\p{L}+)/u.exec(phrase.trim())?.[1] ?? '').toLowerCase())
    && !phrase.trim().split(/\s+/).slice(2).some((w) => titles.has(w.toLowerCase())))
    return { type: 'institutional', label: phrase.trim(), kind: 'organization' };
  return null;
}
/** `classifyPhrase`'s step for people at large: both sides, everyone, people; undefined where it does not decide. */
function everyoneOrPeople(core: readonly string[], lowerPost: readonly string[], head: string, text: string): SourceClass | null | undefined {
  // "lawmakers on both sides insist", "Smart operatives in both parties", "members of both parties": people of both
  // sides of a divide, no one in particular and no body's voice.
  // ("on both sides of the aisle".)
  const bothAt = lowerPost.indexOf('both');
  const bothTail = lowerPost.slice(bothAt + 2).join(' ');
  if (bothAt >= 1 && (bothTail === '' || bothTail === 'of the aisle') && /^(?:on|in|of|from|across)$/.test(lowerPost[bothAt - 1]!) && BOTH_SIDES.has(lowerPost[bothAt + 1] ?? '')
    && BOTH_SIDES_HEADS.has(head))
    return { type: 'vague', label: text, kind: 'vague' };
  // "no one expected", "everyone agrees": a claim about everybody, vouched for by nobody.
  if (core.length <= 2 && EVERYONE.has(core.map((w) => w.toLowerCase()).join(' '))) return { type: 'vague', label: text, kind: 'vague' };
  if (head === 'people' || head === 'person' || head === 'individuals' || head === 'those') {
    // "people familiar with the talks" withhold identities; bare "people" is anyone.
    // ("people attending the meeting", "people participating in the talks": present where it was said, as
    // "people who attended the meeting" are.)
    if (lowerPost.some((w) => KNOWLEDGE_MODIFIERS.has(w)) || ACCESS_PARTICIPLES.has(lowerPost[0] ?? '')) return { type: 'anonymous', label: text, kind: 'anonymous' };
    if (head === 'those') return null;
    // "about 20 people have indicated": a count of people, not a hedge.
    if (core.some((w) => /^\p{N}/u.test(w))) return null;
    return head === 'people' ? { type: 'vague', label: text, kind: 'vague' } : { type: 'anonymous', label: text, kind: 'anonymous' };
  }
  return undefined;
}

/** Words that open a clause inside a phrase: "accepted whatever emails WikiLeaks". */
const CLAUSE_WORDS = new Set(['whatever', 'whichever', 'whoever', 'what', 'which', 'who', 'whom', 'that', 'when', 'where']);
/** Words that open a relative clause, which is no source phrase: "who led research with the CDC program". */
const RELATIVE_OPENERS = new Set(['who', 'whom', 'which', 'that']);
/**
 * "research" without its maker: "Research shows", "recent research suggests" name no author (vague). Not the writer's
 * own ("our research", "my research"), nor "a research" or "28 research", which modify a note or a report after them
 * ("in a research note"); someone's research is theirs, a document identified by its owner ("his research",
 * "Anderson's research", "whose research").
 */
function researchClass(core: string[], first: string, text: string): SourceClass | null {
  if (first === 'a' || first === 'an' || first === 'my' || first === 'our' || /^\d/.test(first) || RELATIVE_OPENERS.has(first)) return null;
  if (/^(?:his|her|its|their|whose)$/.test(first) || core.slice(0, -1).some((w) => /['\u2019]s$/.test(w)))
    return { type: 'institutional', label: text, kind: 'document' };
  return { type: 'vague', label: text, kind: 'vague' };
}

/**
 * `classifySource` for a phrase whose head is capitalized or a number: an outlet, an organization or a state, or
 * a person's name. (Its own function, as is `commonHeadClass`: a smaller unit for V8 to recompile.)
 */
function properHeadClass(ws: string[], core: string[], head: string, headRaw: string, text: string, first: string, outlet: string | null): SourceClass | null {
  // "Michael Bloomberg", "Liam Fox", "Andrew Breitbart": a first name before a one-word outlet name
  // makes it a surname (not "the Russian-funded RT", not a headline's "Disputes BuzzFeed").
  const before = core[core.length - 2];
  if (outlet === head && before !== undefined && givenNameBefore(before))
    return { type: 'named', label: personLabel(core), kind: 'person' };
  // "Rep. Jim Jordan", "Mr. Israel", "Mr. Bloomberg": an honorific makes a place- or outlet-named surname a person.
  if (honorificName(core)) return { type: 'named', label: personLabel(core), kind: 'person' };
  // "David French", "Darrell West", "Douglas Letter", "Mayor Bloomberg", "Sheriff Israel": a common given name
  // or a one-person title before a surname that is also a place, a people, an outlet or an institution word.
  if (namedBySurname(core)) return { type: 'named', label: ADDRESS_TITLES.has(first) ? text : personLabel(core), kind: 'person' };
  if (outlet !== null && (outletNames.has(head) || outlet.endsWith(head) || outletHeads.has(head)))
    return { type: 'report', label: outletLabel(core, outlet), kind: 'outlet' };
  // "Committee Chairman Jim Jordan": a title and a first name before a place's name make it a surname (a
  // bare "Jim Jordan" stays ambiguous without them: "Modern Israel", "Nazi Germany").
  const title = core[core.length - 3];
  if ((DEMONYMS_AND_PLACES.has(head) || institutionNames.has(head)) && before !== undefined && title !== undefined
    && titles.has(stripPossessive(title).toLowerCase()) && givenNameBefore(before))
    return { type: 'named', label: `${before} ${stripPossessive(headRaw)}`, kind: 'person' };
  const inst = findName(core, institutionNames);
  if (inst !== null && inst.split(' ').pop() === head) return { type: 'institutional', label: text, kind: 'organization' };
  const unnamedGroup = unnamedPerson(ws, core, head, text);
  if (unnamedGroup !== null) return unnamedGroup;
  // "Another Palestinian said", "an Israeli who witnessed the attack", "two Muslims told CNN": a counted member
  // of a people or a faith is a person left unnamed, not the state or the community speaking.
  // (Only the determiner and the noun: "A perennial American question" is an adjective before a noun.)
  if (PEOPLE_NOUNS.has(head) && core.length <= 2
    && (INDEFINITE.has(first) && first !== 'someone' ? !/s$/.test(head) : COUNTING.has(first) && first !== 'one' && /s$/.test(head)))
    return { type: 'anonymous', label: text, kind: 'unnamed-person' };
  // "Many Israelis believe …", "Some Palestinians say …", "most Egyptians think": a people's members at large, with a
  // quantifier, are an unnamed group, not the state ("the Israelis said" stays the state's voice); counted, past a
  // modifier, they are particular people ("Three young Palestinians told AFP"), as the quantified plurals below.
  if (PEOPLE_NOUNS.has(head) && QUANTIFIERS.has(first))
    return COUNTING.has(first) ? { type: 'anonymous', label: text, kind: 'unnamed-person' } : { type: 'vague', label: text, kind: 'vague' };
  if (DEMONYMS_AND_PLACES.has(head) || institutionHeads.has(head))
    return { type: 'institutional', label: text, kind: 'organization' };
  if (anonymousHeads.has(head)) return anonymousOrNull(core, text);
  if (head === 'research') return researchClass(core, first, text);
  if (vagueHeads.has(head)) return { type: 'vague', label: text, kind: 'vague' };
  if (titles.has(head)) {
    // "Charlie King": a surname that is also a title word, after a first name.
    const before = core[core.length - 2];
    if (before !== undefined && isPersonNameWord(before)) return { type: 'named', label: `${before} ${stripPossessive(headRaw)}`, kind: 'person' };
    return roleClass(core, text);
  }
  // "some Tory Brexiteers", "five Conservative Brexiteer MPs", "Many African-Americans": a counted or quantified plural is
  // a group of people left unnamed, not a person's name. (Not a coordination: "both Sanders and Warren".)
  // (A word of people: not a machine, "Two Turkish F-16s", nor a headline's capitals, nor the quantifier alone, "Various".
  // A capitalized count may be part of a name or a title: "“…,” Two Bulls said", "Hogg Rejected By Four Colleges".)
  if (QUANTIFIERS.has(first) && first !== 'fellow' && core.length > 1 && /^\p{Lu}[\p{L}'\u2019-]*s$/u.test(headRaw)
    && !(COUNTING.has(first) && isCap(ws[0]!)) && !core.some((w) => w === 'and' || w === 'or' || w === '&')
    // (A short phrase, with no clause in it: not "Many media outlets accepted whatever emails WikiLeaks".)
    && core.length <= 6 && !core.some((w) => CLAUSE_WORDS.has(w.toLowerCase())))
    return COUNTING.has(first) ? { type: 'anonymous', label: text, kind: 'unnamed-person' } : { type: 'vague', label: text, kind: 'vague' };
  // "the National Association of Manufacturers", "the American Academy of Pediatrics": a body's head word before
  // "of" in a name of capitalized words and no title; the few words after "of" say what it is of, not who; a place's
  // possessive may come before it, "Turkey's Ministry of Foreign Affairs". (Not past another possessive, a role, a
  // given name or a longer run, where a person follows: "the University of Virginia's
  // Larry Sabato", "University of Pennsylvania Professor Lisa Servon", "the Department of Labor Alex Acosta".)
  if (bodyOfName(core)) return { type: 'institutional', label: text, kind: 'organization' };
  const nameWords = core.filter(isPersonNameWord);
  if (nameWords.length > 0 && (isPersonNameWord(headRaw) || monthSurname(core, core.length - 1))) {
    // Words after the last lower-case word: "spokesperson Majed Al-Ansari" → "Majed Al-Ansari".
    return { type: 'named', label: personLabel(core), kind: 'person' };
  }
  if (organizationHead(head)) return { type: 'institutional', label: text, kind: 'organization' };
  // "the CDC said", "the OMB", "the ACLU", "CBO projections": an acronym names a body (after "the" up to six
  // letters; alone up to four, since a name in a headline's capitals, "BIDEN SAYS", is one too), not a
  // person known by initials ("AOC", "JFK").
  if (ACRONYM.test(headRaw) && core.length <= 3 && !PERSON_INITIALS.has(head)
    && (headRaw.replace(/[^A-Z]/g, '').length <= 4 || first === 'the'))
    return { type: 'institutional', label: text, kind: 'organization' };
  return null;
}

/** Whether `core` is a body's name "<head> of <what>" as `properHeadClass` reads it (see there). */
function bodyOfName(core: string[]): boolean {
  const of = core.indexOf('of');
  if (of <= 0) return false;
  const head = core[of - 1]!.toLowerCase();
  if (!institutionHeads.has(head) && !HEADS_NAMED_OF.has(head)) return false;
  const ofWhat = core.slice(of + 1).filter((w) => !NAME_JOINERS.has(w));
  return ofWhat.length <= 3 && !ofWhat.some((w, k) => givenNames.has(w.toLowerCase()) || (k < ofWhat.length - 1 && personNouns.has(w.toLowerCase())))
    && !core.slice(0, -1).some((w, k) => stripPossessive(w) !== w && !(k === 0 && DEMONYMS_AND_PLACES.has(stripPossessive(w).toLowerCase())))
    && bodyNameOnly(core);
}

/** `classifySource` for a phrase whose head is a common noun. */
function commonHeadClass(ws: string[], core: string[], post: string[], lowerPost: string[], head: string, text: string, outlet: string | null): SourceClass | null {
  if (outlet !== null && outletHeads.has(head) && !anonymousHeads.has(head))
    return { type: 'report', label: outletLabel(core, outlet), kind: 'outlet' };
  // "a New York Times report", "a Politico story", "the CNN article": an outlet's own piece is its reporting
  // (an outlet's poll is a survey, an identified document: see the polls below).
  if (outlet !== null && OUTLET_PIECE_HEADS.has(head)) return { type: 'report', label: outletLabel(core, outlet), kind: 'outlet' };
  // "Iran's ISNA news agency", "the state news agency", "the official Xinhua press agency": an agency of news is an outlet.
  if (head === 'agency' && /^(?:news|press)$/i.test(core[core.length - 2] ?? '')) return { type: 'report', label: text, kind: 'outlet' };
  if (uniqueOffice(core, head)) return roleClass(core, text);
  if (anonymousHeads.has(head)) return anonymousOrNull(core, text);
  if (outletHeads.has(head)) {
    // "Israeli media", "the state broadcaster": another outlet even without its name.
    if (OUTLET_STAFF.has(head)) {
      // "a reporter for Reuters", "a columnist for the liberal newspaper Haaretz": the outlet's staff, its report.
      const named = ['for', 'at', 'with', 'from'].includes(lowerPost[0] ?? '') ? findName(post.slice(1).map(stripPossessive), outletNames) : null;
      return named !== null ? { type: 'report', label: outletLabel(post.slice(1), named), kind: 'outlet' } : null;
    }
    const lowerCore = core.map((w) => w.toLowerCase());
    if (head === 'website' && !lowerCore.includes('news')) {
      // "the agency's website", "Hamas's website": the owner's published word; "a naval special warfare
      // website": no news outlet, nor anyone identified.
      // ("the NCSL website", "the Green Party website": an organization's too.)
      return core.some((w) => /['\u2019]s$/.test(w) || capitalizedWord(w)) || lowerCore.includes('its') || lowerCore.includes('their')
        ? { type: 'institutional', label: text, kind: 'document' } : null;
    }
    // "a new psychology paper", "A paper published in Science": a paper counted, not named, is a study, one
    // document ("the paper", "the paper's editors" refer back to a newspaper; "a local paper", "a New Jersey
    // paper", "a Saudi paper" are newspapers by where they appear).
    if (head === 'paper' && INDEFINITE.has(lowerCore[0] ?? '')
      && !core.slice(1, lowerCore.lastIndexOf('paper')).some((w) => capitalizedWord(w) || NEWSPAPER_MODIFIERS.has(w.toLowerCase()) || DEMONYMS_AND_PLACES.has(w.toLowerCase())))
      return { type: 'institutional', label: text, kind: 'document' };
    // "The gloomy news", "the good news": tidings, not an outlet ("Israeli news", "Arab news" are).
    if (head === 'news' && !core.slice(0, -1).some(capitalizedWord)) return null;
    return { type: 'report', label: text, kind: 'outlet' };
  }
  // "NBC/Marist polls", "two recent Quinnipiac University polls", "previous CNN polls": polls whose pollster
  // or sponsoring outlet is named are identified documents ("New York polls" are not). So are an election's
  // exit and entrance polls: one known survey the networks commission (PolNeAR's labels type them so too).
  if ((head === 'polls' || head === 'surveys' || head === 'poll' || head === 'polling') && core.some((w) => /^(?:exit|entrance)$/i.test(w)))
    return { type: 'institutional', label: text, kind: 'document' };
  if ((head === 'polls' || head === 'surveys' || head === 'polling') && namesPollster(core, outlet))
    return { type: 'institutional', label: text, kind: 'document' };
  // "his polling", "the mayor's private polling", "their surveys": a campaign's or a body's own polls have an owner.
  if ((head === 'polls' || head === 'surveys' || head === 'polling')
    && core.slice(0, -1).some((w) => /^(?:his|her|its|their)$/i.test(w) || /\p{L}['\u2019]s$/u.test(w)))
    return { type: 'institutional', label: text, kind: 'document' };
  // "annual reports released by Planned Parenthood", "campaign reports filed on Friday": filed documents
  // ("media reports published Friday" stay unnamed outlets').
  if (head === 'reports' && DOCUMENT_PARTICIPLES.has(lowerPost[0] ?? '') && !core.some(isMediaWord))
    return { type: 'institutional', label: text, kind: 'document' };
  // ("Federal public defenders representing Roof said": lawyers, not people who defend a cause.)
  if (head === 'defenders' && core.some((w) => w.toLowerCase() === 'public')) return null;
  if (head === 'reports' && mediaOfOrigin(core.slice(0, -1), post))
    return { type: 'report', label: text, kind: 'outlet' };
  // "economists at Goldman Sachs", "analysts at the Brookings Institution": a named firm's or institute's research
  // staff speak for its published work (not "experts in Washington", "analysts from Israel": a place).
  // ("the economists of the International Monetary Fund", "scientists from NASA": the same staff, by another word,
  // when the body's name ends the phrase: not "Economists from Federal Reserve Chairman Ben S. Bernanke on down".)
  // ("analysts for ABC News", "analysts at CNN": an outlet's own analysts write its report, as its reporters do.)
  if (RESEARCH_STAFF.has(head) && ['for', 'at', 'with'].includes(lowerPost[0] ?? '')) {
    // (The outlet's name is the whole of what follows: not "researchers at the Johns Hopkins Bloomberg School".)
    const rest = post.slice(1).filter((w, k) => k > 0 || !DETERMINERS.has(w.toLowerCase())).map((w) => stripPossessive(w).toLowerCase()).join(' ');
    const named = findName(post.slice(1).map(stripPossessive), outletNames);
    if (named !== null && (rest === named || `the ${rest}` === named)) return { type: 'report', label: outletLabel(post.slice(1), named), kind: 'outlet' };
  }
  if (RESEARCH_STAFF.has(head) && (((lowerPost[0] === 'at' || lowerPost[0] === 'with') && firmAfter(post.slice(1, 7)))
    || ((lowerPost[0] === 'of' || lowerPost[0] === 'from') && firmAfter(post.slice(1, 7)) && bodyNameOnly(post.slice(1)))))
    return { type: 'institutional', label: text, kind: 'organization' };
  // "senior EU figures are sceptical", "opposition figures say", "prominent Hamas figures": people of standing left
  // unnamed, not a count ("official figures", "Hamas figures" stay numbers).
  if (head === 'figures' && core.some((w) => FIGURE_PEOPLE.has(w.toLowerCase()))) return { type: 'vague', label: text, kind: 'vague' };
  if (head === 'research') return researchClass(core, (core[0] ?? '').toLowerCase(), text);
  if (vagueHeads.has(head)) {
    // "reports" naming an outlet ("Reuters reports") is handled by the verb; "media reports" is vague.
    return { type: 'vague', label: text, kind: 'vague' };
  }
  // "CNN and NBC News projections", "a Reuters tally", "AP estimates": a named body's count or forecast.
  // (A maker: a known outlet or body, an acronym, or a capitalized word past the first; not "Official figures".)
  // ("Senior Russian figures", "conservative media figures", "phone numbers": people, or no count.)
  if (NAMED_COUNTS.has(head) && !core.some((w) => NOT_COUNTS.has(w.toLowerCase())) && core.slice(0, -1).some((w, k) => {
    const l = stripPossessive(w).toLowerCase();
    return outletNames.has(l) || institutionNames.has(l) || /^\p{Lu}{2,}$/u.test(stripPossessive(w)) || (k > 0 && isCap(w) && !DETERMINERS.has(l));
  }))
    return { type: 'institutional', label: text, kind: 'document' };
  // "estimates from Bloomberg", "a tally by the Associated Press", "data from Johns Hopkins University": the maker after it.
  if (NAMED_COUNTS.has(head) && !core.some((w) => NOT_COUNTS.has(w.toLowerCase())) && (lowerPost[0] === 'from' || lowerPost[0] === 'by')
    && post.length > 1 && post.slice(1, 4).some((w) => isCap(w) && !DETERMINERS.has(w.toLowerCase())))
    return { type: 'institutional', label: text, kind: 'document' };
  // An estimate with no maker named is no one's ("One 2017 estimate suggests", "according to some estimates"), unless
  // it points back to one named before ("The estimate predicts", "this estimate finds").
  // ("administration estimates", "federal estimates": the body's word before it.)
  // "Poll numbers indicate …", "polling numbers show": polls' figures with no maker, as "polls" (not "CNN poll numbers",
  // "the poll numbers": a poll named or named before).
  if ((head === 'numbers' || head === 'results') && core.length <= 3 && core.slice(0, -1).some((w) => /^(?:poll|polling|survey)$/i.test(w)))
    return ANAPHORIC_DETERMINERS.has((ws[0] ?? '').toLowerCase()) || madeByModifier(core) ? { type: 'institutional', label: text, kind: 'document' } : { type: 'vague', label: text, kind: 'vague' };
  if (head === 'estimate' || head === 'estimates')
    return ANAPHORIC_DETERMINERS.has((ws[0] ?? '').toLowerCase()) || madeByModifier(core) ? { type: 'institutional', label: text, kind: 'document' } : { type: 'vague', label: text, kind: 'vague' };
  if (DOCUMENT_HEADS.has(head)) {
    // ("an Alaska Public Media report" is an outlet's: the generic word is lower-case.)
    if (head === 'report' && core.some((w) => w === 'earlier' || w === 'Earlier' || w === 'media'))
      return { type: 'vague', label: text, kind: 'vague' };
    return { type: 'institutional', label: text, kind: 'document' };
  }
  // "strategists familiar with the plans", "donors briefed on the talks": people of any trade described by what they
  // know withhold who they are, as "people familiar with" do (capitalized heads: classifySource). Not "the donors
  // familiar with it", "their lawyers familiar with …": those refer back; nor "involved", a defined set that took
  // part, nor "close", as often a place as a person ("voters close to the border").
  // (The word of access with its preposition, past an adverb: "directly familiar with", not a headline's "Gun control
  // advocates aware emotionally charged environment works".)
  const access = /^\p{Ll}{3,}ly$/u.test(lowerPost[0] ?? '') ? 1 : 0;
  if (personNouns.has(head) && /s$/.test(head) && !NOT_BARE.has((ws[0] ?? '').toLowerCase()) && lowerPost[access] !== 'involved'
    && lowerPost[access] !== 'close' && ACCESS_WORDS.has(lowerPost[access] ?? '') && ACCESS_PREPS.has(lowerPost[access + 1] ?? ''))
    return { type: 'anonymous', label: text, kind: 'anonymous' };
  const unnamed = unnamedPerson(ws, core, head, text, post);
  if (unnamed !== null) return unnamed;
  if (institutionHeads.has(head)) return { type: 'institutional', label: text, kind: 'organization' };
  if (titles.has(head)) return roleClass(core, text);
  return null;
  return null;
}

/**
 * A common noun for people ("doctor", "voters", "Republicans") whose determiner
 * leaves them unidentified: "a doctor", "his lawyer", "Gary Johnson's doctor",
 * "several cast members", "many of his supporters". Null for bare plurals
 * ("voters", "Republicans": a defined group) and definite ones ("the doctor":
 * usually someone named earlier). Possessives ("his lawyer", "my father") name a
 * unique relation, often identified elsewhere in the article: not flagged.
 */
function unnamedPerson(ws: string[], core: string[], head: string, text: string, post?: readonly string[]): SourceClass | null {
  // "some Democrats", "many Republicans": a quantified part of a party speaks for no one in particular.
  if (PARTY_PLURALS.has(head)) {
    const d0p = (ws[0] ?? '').toLowerCase();
    const d1p = (ws[1] ?? '').toLowerCase();
    const q = (QUANTIFIERS.has(d0p) && d0p !== 'fellow') || (d0p === 'a' && d1p === 'few') || collectiveOf(ws);
    // "Lawmakers say", "Republican senators said", "Arab Israeli lawmakers argued": the members of a chamber or a
    // party's delegation, a defined group as "Republicans" is (not "the senators", "their lawmakers": those refer
    // back, mostly to people the story names).
    if (!q && CHAMBER_MEMBERS.has(head) && !NOT_BARE.has(d0p) && core.length <= 3
      && !core.slice(0, -1).some((w) => /['\u2019]s?$/.test(w)))
      return { type: 'institutional', label: text, kind: 'organization' };
    if (!q || core.length > 3) return null;
    return COUNTING.has(d0p) ? { type: 'anonymous', label: text, kind: 'unnamed-person' } : { type: 'vague', label: text, kind: 'vague' };
  }
  if (!personNouns.has(head)) return null;
  const d0 = (ws[0] ?? '').toLowerCase();
  const d1 = (ws[1] ?? '').toLowerCase();
  // "Trump allies say", "Gove's allies said", "his allies argue", "allies of President Obama say": people close
  // to a politician, left unnamed as his aides are.
  if (head === 'allies' && personsAllies(core, post ?? [])) return { type: 'anonymous', label: text, kind: 'unnamed-person' };
  const plural = /s$|men$/.test(head) || head === 'staff';
  // Words between the determiner and the head that are proper names make a named source ("a doctor, Jane Roe").
  if (plural) {
    // "one of the doctors who signed": one particular, unnamed person.
    if (d0 === 'one' && d1 === 'of') return { type: 'anonymous', label: text, kind: 'unnamed-person' };
    const quant = QUANTIFIERS.has(d0) || (d0 === 'far' && QUANTIFIERS.has(d1)) || (d0 === 'a' && d1 === 'few') || collectiveOf(ws) || core.some((w) => w.toLowerCase() === 'fellow');
    // "neighbors said", "family members said": the particular people around a story, left unnamed (unlike
    // "voters" or "Republicans", a whole category). Not with "the" or a possessive: those refer back.
    // (Not a capitalized head after other words: a name, "French Foreign Fighters", "Survivors Network".)
    // ("called a charlatan by other doctors": others of the profession at large, no one's treating doctors.)
    // ("America's friends feared", "Israel's friends in Congress": a country's friends are states or its backers at large.)
    if (!quant && (CLOSE_PLURALS.has(head) || (head === 'members' && core.some((w) => w.toLowerCase() === 'family')))
      && !(head === 'friends' && core.slice(0, -1).some((w) => /['\u2019]s?$/.test(w)
        && (DEMONYMS_AND_PLACES.has(stripPossessive(w).toLowerCase()) || institutionNames.has(stripPossessive(w).toLowerCase()))))
      && !(d0 === 'other' && TREATING_PLURALS.has(head))
      && !NOT_BARE.has(d0) && !core.slice(0, -1).some((w) => NOT_BARE.has(w.toLowerCase())) && !(core.length > 1 && isCap(core[core.length - 1] as string)))
      return { type: 'anonymous', label: text, kind: 'unnamed-person' };
    // "Democratic strategists say", "climate scientists say", "pollsters said": a trade of commentators or
    // scientists at large, as "analysts" and "experts" are (a vague group). Not "the scientists" (those of a
    // study just named), nor "scientists at Stanford" (the phrase goes on to identify them). ("researchers" is
    // not one: bare, it is mostly the authors of a study the article names, "In one study, researchers found".)
    // (A capitalized modifier must be a party or a nationality: "NOAA scientists", "Johns Hopkins University
    // scientists" speak for a body; "Venus scientists" is left unflagged with them. An "of" or "about" that
    // `coreWords` kept shows no plain noun phrase: "Democrats of targeting climate scientists".)
    if (!quant && COMMENTATOR_PLURALS.has(head) && !NOT_BARE.has(d0) && post?.length === 0
      && !core.slice(0, -1).some((w) => /['\u2019]s?$/.test(w) || (isCap(w) && !DEMONYMS_AND_PLACES.has(w.toLowerCase()))
        || /^(?:of|about)$/i.test(w)))
      return { type: 'vague', label: text, kind: 'vague' };
    if (!quant) return null;
    const counted = COUNTING.has(d0) || head === 'members' || head === 'staff';
    return counted ? { type: 'anonymous', label: text, kind: 'unnamed-person' } : { type: 'vague', label: text, kind: 'vague' };
  }
  if (INDEFINITE.has(d0)) return { type: 'anonymous', label: text, kind: 'unnamed-person' };
  // "any taxpayer can see": anybody of that kind.
  if (d0 === 'any' || d0 === 'every') return { type: 'vague', label: text, kind: 'vague' };
  return null;
}

/** Words that describe allies without saying whose they are: "close allies", "his longtime political allies". */
const ALLY_MODIFIERS = new Set(['close', 'closest', 'longtime', 'long-time', 'top', 'key', 'political', 'former', 'old', 'staunch',
  'loyal', 'trusted', 'outside', 'some', 'many', 'several', 'other', 'the', 'fellow']);
/** Capitalized words before "allies" that are a region, a bloc or a party's, not a person's: "Gulf allies", "Tory allies". */
const ALLY_REGIONS = new Set(['gulf', 'eastern', 'asian', 'baltic', 'regional', 'tory', 'labour', 'kremlin', 'coalition',
  'allied', 'democratic', 'republican', 'gop', 'conservative', 'liberal', 'international', 'foreign', 'global', 'local']);
/**
 * Whether the allies in a phrase are a person's: after "his" or "her", a person's name or role ("Trump allies",
 * "McConnell's allies", "the president's allies"), or before "of" and one ("allies of President Obama"). Not a
 * country's or a bloc's ("its allies", "Western allies", "NATO allies", "Gulf allies", "allies of Israel").
 */
function personsAllies(core: readonly string[], post: readonly string[]): boolean {
  const mods = core.slice(0, -1).filter((w) => !ALLY_MODIFIERS.has(w.toLowerCase()));
  const personWord = (w: string): boolean => {
    const bare = stripPossessive(w);
    const l = bare.toLowerCase();
    if (titles.has(l)) return true;
    return isCap(bare) && !/^\p{Lu}[\p{Lu}.&]+$/u.test(bare) && !DEMONYMS_AND_PLACES.has(l) && !institutionNames.has(l)
      && !outletNames.has(l) && !ALLY_REGIONS.has(l) && !CALENDAR_WORDS.has(l);
  };
  if (mods.length > 0) {
    const l0 = mods[0]!.toLowerCase();
    if (l0 === 'his' || l0 === 'her') return mods.length === 1;
    return mods.length <= 3 && mods.every(personWord);
  }
  // "allies of President Obama", "allies of Mr. Netanyahu": a title or a name after "of".
  if (post[0]?.toLowerCase() !== 'of') return false;
  const after = post.slice(1, 5).filter((w) => !ALLY_MODIFIERS.has(w.toLowerCase()));
  return after.length > 0 && personWord(after[0]!) && (titles.has(stripPossessive(after[0]!).toLowerCase()) || after.length === 1
    || isCap(after[1]!) || /^(?:who|say|said|says|have|had|are|were)$/i.test(after[1]!));
}

/** Members of a people or a faith, singular and plural: "an Israeli", "two Palestinians", "another Muslim". */
const PEOPLE_NOUNS = new Set(['israeli', 'israelis', 'palestinian', 'palestinians', 'gazan', 'gazans', 'american', 'americans',
  'egyptian', 'egyptians', 'qatari', 'qataris', 'iraqi', 'iraqis', 'syrian', 'syrians', 'iranian', 'iranians', 'saudi', 'saudis',
  'yemeni', 'yemenis', 'jordanian', 'jordanians', 'russian', 'russians', 'ukrainian', 'ukrainians', 'afghan', 'afghans',
  'pakistani', 'pakistanis', 'mexican', 'mexicans', 'european', 'europeans', 'arab', 'arabs', 'muslim', 'muslims', 'jew', 'jews',
  'christian', 'christians', 'druze', 'bedouin', 'bedouins', 'kurd', 'kurds', 'turk', 'turks', 'emirati', 'emiratis', 'lebanese']);
/** Trades whose members, bare and plural, speak as a field at large: "strategists say" (like "analysts say"). */
const COMMENTATOR_PLURALS = new Set(['strategists', 'pollsters', 'scientists']);
/** People close to a story, unnamed when bare: "neighbors said", "relatives told AFP". */
export const CLOSE_PLURALS: ReadonlySet<string> = new Set(['neighbors', 'neighbours', 'relatives', 'friends', 'acquaintances', 'classmates', 'colleagues', 'coworkers',
  'co-workers', 'bystanders', 'passengers', 'eyewitnesses',
  // The people at the scene of a war or a disaster, never a whole population: "Rebel fighters in the area
  // claim", "medics said", "Survivors of the airstrike described". (Not "residents", "villagers": bare, mostly
  // everyone who lives there, "Residents report hearing explosions", "residents want lower taxes"; nor
  // "priests": "priests say Mass", "Priests for Life".)
  'survivors', 'mourners', 'medics', 'paramedics', 'rescuers', 'fighters',
  // Those who treat someone in the story: "US doctors found no evidence of botulism and said", "Doctors said his
  // condition was stable" (TREATING_PLURALS).
  'doctors', 'physicians', 'surgeons', 'nurses',
  // Agents of a service, bare or named by it ("Federal agents said", "Border Patrol agents say"); "the agents"
  // are mostly ones the story names ("the agents who interviewed Flynn").
  'agents']);
/** The close plurals of those who treat someone: "Doctors said", not "other doctors" of the profession at large. */
const TREATING_PLURALS: ReadonlySet<string> = new Set(['doctors', 'physicians', 'surgeons', 'nurses']);
/** Determiners after which a plural refers back or is owned: "the neighbors", "his relatives". */
const NOT_BARE = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'both', 'all']);
/** Singular heads of an office or a candidacy, whose holder the article mostly names ("the senator said"). */
export const OFFICE_HOLDERS: ReadonlySet<string> = new Set(['candidate', 'nominee', 'senator', 'congressman', 'lawmaker', 'legislator',
  'politician', 'leader', 'delegate']);
/** Person nouns that, even definite, usually name the article's protagonist ("the candidate said"). */
const PROTAGONIST_NOUNS = new Set([...OFFICE_HOLDERS, 'executive', 'man', 'woman', 'guy', 'writer', 'editor', 'owner', 'businessman',
  'wife', 'husband']);
/** Epithets for the article's subject whatever the modifier ("the billionaire businessman", "his wife"). */
const ALWAYS_PROTAGONIST = new Set(['candidate', 'nominee', 'executive', 'businessman', 'politician', 'wife',
  'husband', 'man', 'woman', 'guy']);
const OFFICE_MODIFIERS = new Set(['minority', 'majority', 'party', 'floor', 'opposition', 'house', 'senate',
  'campaign', 'chief', 'former', 'personal', 'longtime',
  // "the district attorney", "the city attorney", "the county sheriff": a jurisdiction's office, held by one person.
  'district', 'city', 'county', 'state', 'town']);
/** "the senior senator", "the junior senator": which of a state's two senators, so one known person. */
const SENATE_SENIORITY = new Set(['senior', 'junior']);
/** Possessive determiners of a relation: "his lawyer", "Gary Johnson's doctor". */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its']);

/**
 * "the announcer", "the band leader", "his lawyer", "Gary Johnson's doctor": one
 * particular person described only by a role or relation. Returns the head noun, or
 * null when the phrase is not of that shape. Whether the person is unnamed depends on
 * context (a first mention, not a back-reference to someone named), which the caller checks.
 */
export function definitePersonHead(phrase: string): string | null {
  const ws = words(phrase);
  if (ws.length < 2 || ws.length > 5) return null;
  const headRaw = ws[ws.length - 1] as string;
  const head = headRaw.toLowerCase();
  if (!personNouns.has(head) || /s$/.test(head) || head === 'staff' || head === 'men' || head === 'women' || !/^\p{Ll}/u.test(headRaw)) return null;
  const d0 = (ws[0] as string).toLowerCase();
  // Not "Pagliano's lawyer": a named owner's relation is usually identified by the article.
  if (d0 !== 'the' && !POSSESSIVE_DETERMINERS.has(d0)) return null;
  const k = 1;
  // Lower-case modifiers only ("the band leader", "his longtime lawyer"): a capitalized one
  // names the organization ("the Hamas leader") and makes it that body's voice.
  // Lower-case, non-possessive modifiers only ("the company's chief executive" is the company's voice).
  for (let q = k; q < ws.length - 1; q++) if (!/^\p{Ll}/u.test(ws[q] as string) || /['\u2019]s?$/.test(ws[q] as string)) return null;
  // "the minority leader", "the party leader": an office with one known holder.
  if (ws.length > 2 && OFFICE_MODIFIERS.has((ws[ws.length - 2] as string).toLowerCase())) return null;
  // "the senior senator", "the junior senator": a state's senator by seniority, one known person.
  if (head === 'senator' && ws.length > 2 && SENATE_SENIORITY.has((ws[ws.length - 2] as string).toLowerCase())) return null;
  if (PROTAGONIST_NOUNS.has(head) && (k === ws.length - 1 || ALWAYS_PROTAGONIST.has(head))) return null;
  return head;
}

/** Singular heads that "top" or "chief" makes the one holder of an office: "Iran's top negotiator". */
const ONE_HOLDER_HEADS = new Set(['officer', 'official', 'diplomat', 'negotiator', 'adviser', 'advisor', 'aide', 'mediator']);

/**
 * An office with one holder, whom the body that owns it names (like "the FBI director"):
 * "the Pentagon's chief financial officer", "its chief operating officer", "Iran's top negotiator",
 * "the Obama administration's top diplomat", "the commanding officer", "the chief negotiator".
 * "top" needs an owner ("the top official" may be one of several); "chief" and "commanding" (of an
 * officer) also go with "the". Not "a chief financial officer", "one top aide", nor plurals.
 */
function uniqueOffice(core: string[], head: string): boolean {
  if (!ONE_HOLDER_HEADS.has(head) || core.length < 3) return false;
  const lower = core.map((w) => w.toLowerCase());
  const owner = lower.findIndex((w, i) => i < core.length - 2 && (POSSESSIVE_DETERMINERS.has(w) || /['\u2019]s$/.test(w)));
  for (let m = 1; m < core.length - 1; m++) {
    const w = lower[m] as string;
    const office = w === 'chief' || w === 'top' || (w === 'commanding' && head === 'officer');
    if (!office) continue;
    if (owner >= 0 && owner < m) return true;
    if (lower[0] === 'the' && w !== 'top') return true;
  }
  return false;
}

/** Modifiers that make "sources" texts a tradition or a historian reads: "later sources in Judaism", "primary sources". */
const TEXT_SOURCE_MODIFIERS: ReadonlySet<string> = new Set(['later', 'ancient', 'historical', 'primary', 'secondary', 'rabbinic',
  'biblical', 'medieval', 'classical', 'archival', 'written', 'traditional', 'scriptural', 'talmudic']);

function anonymousOrNull(core: string[], text: string): SourceClass | null {
  const head = core[core.length - 1]?.toLowerCase();
  if ((head === 'sources' || head === 'source') && core.length >= 2 && TEXT_SOURCE_MODIFIERS.has(core[core.length - 2]!.toLowerCase())) return null;
  return { type: 'anonymous', label: text.length > 80 ? core.join(' ') : text, kind: 'anonymous' };
}

/** "the spokesman" without a name: a role. The caller decides named (back-reference) or institutional. */
function roleClass(_core: string[], text: string): SourceClass {
  return { type: 'institutional', label: text, kind: 'role' };
}

function outletLabel(core: string[], outlet: string): string {
  const lower = core.map((w) => stripPossessive(w).toLowerCase());
  const first = outlet.split(' ')[0] as string;
  const idx = lower.indexOf(first);
  if (idx < 0) return outlet;
  return core.slice(idx, idx + outlet.split(' ').length).map(stripPossessive).join(' ');
}

function personLabel(core: string[]): string {
  // "Rep. Peter King of New York": the name before "of" and a place, not the place.
  const of = core.lastIndexOf('of');
  if (of > 1 && isCap(core[of - 1] as string) && core.slice(0, of).some(isPersonNameWord) && core.slice(of + 1).every((w) => isCap(w)))
    return personLabel(core.slice(0, of));
  let k = core.length;
  while (k > 0 && (isPersonNameWord(core[k - 1] as string) || monthSurname(core, k - 1))) k--;
  const name = core.slice(k).map((w, i, a) => (i === a.length - 1 ? stripPossessive(w) : w));
  return name.length > 0 ? name.join(' ') : core.join(' ');
}

/** True for words that can only be a person's name (used for appositives "…, Izzat Rishq, said"). */
export function looksLikePersonName(phrase: string): boolean {
  const ws = words(phrase);
  if (ws.length === 0 || ws.length > 5) return false;
  return ws.every((w) => isCap(w) || /^(?:al|bin|ibn|de|van|von|der|abu|el|da|di|du|la|le)$/i.test(w)) && ws.some(isPersonNameWord);
}

/** Words of an outlet's name that name an edition or desk, not the outlet ("CNN (Web News)", "Fox Online News"). */
const OUTLET_DECOR = new Set(['the', 'a', 'an', 'news', 'online', 'web', 'digital', 'edition', 'com', 'net', 'org', 'www']);

/** The words of a name that tell outlets apart, lower-cased and without possessives. */
function outletWords(ws: readonly string[]): string[] {
  return ws.map((w) => stripPossessive(w).toLowerCase()).filter((w) => !OUTLET_DECOR.has(w));
}

/**
 * Whether a source phrase names the outlet that publishes the article (or whose wire copy it
 * is): "The Journal first reported" in The Wall Street Journal, "Fox News spoke to" in Fox
 * Online News. Every capitalized word of the phrase must be a word of one outlet's name
 * ("the Post" in The Washington Post); "Fox News' Chad Pergram" or "The New York Post" in
 * The Washington Post are not.
 */
export function isOwnOutlet(source: string, outlets: readonly string[]): boolean {
  const ws = words(source);
  // "A Fox News reporter" in Fox News: the outlet's own staff.
  if (ws.length > 1 && OUTLET_STAFF.has((ws[ws.length - 1] ?? '').toLowerCase())) ws.pop();
  // The phrase must end in the name: not "the Washington press" or "Washington media" in The Washington Times.
  if (!isCap(ws[ws.length - 1] ?? '')) return false;
  const caps = outletWords(ws.filter(isCap));
  if (caps.length === 0) return false;
  return outlets.some((o) => {
    // "CNN (Web News)": a desk in parentheses is no part of the name.
    const ownWords = outletWords(words(o.replace(/\([^)]*\)/g, ' ')));
    const own = new Set(ownWords);
    if (own.size > 0 && caps.every((w) => own.has(w))) return true;
    // "The AP" in the Associated Press, "the Associated Press" in AP: a name and its initials.
    const initials = (xs: readonly string[]): string => xs.map((w) => w.charAt(0)).join('');
    return (caps.length === 1 && ownWords.length > 1 && caps[0] === initials(ownWords))
      || (ownWords.length === 1 && caps.length > 1 && ownWords[0] === initials(caps));
  });
}
/** An outlet's staff: "A Fox News reporter" in Fox News is its own; "a columnist for Haaretz" speaks for Haaretz. */
export const OUTLET_STAFF: ReadonlySet<string> = new Set(['reporter', 'reporters', 'correspondent', 'correspondents', 'journalist', 'journalists',
  'anchor', 'host', 'editor', 'editors', 'producer', 'columnist', 'columnists', 'writer', 'writers', 'team', 'staff']);
