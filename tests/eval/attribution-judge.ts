/**
 * Judges a PolNeAR source string (train has no source-type labels) as unnamed,
 * named/organizational, or ambiguous, so a rule's precision can be measured on
 * PolNeAR train, which the dev scorer never sees. Calibrated against the dev
 * set's labels (see attribution-train.ts --calibrate): a heuristic, reported
 * as such, independent of the analyzer's own source classifier.
 */

export type Verdict = 'unnamed' | 'named' | 'ambiguous';

/** Pronouns and relative words: who they stand for needs the context. */
const PRONOUNS = new Set(['he', 'she', 'i', 'we', 'you', 'it', 'they', 'him', 'her', 'them', 'who', 'which', 'that',
  'his', 'its', 'their', 'whom', 'me', 'us', 'this', 'these', 'those', 'one', 'what', 'whose', 'itself', 'himself',
  'herself', 'themselves', 'our', 'my', 'your', 'whoever']);
/** Quantifiers that make any group an unspecified part of it: "many Democrats", "some in the party". */
const QUANT = new Set(['some', 'many', 'most', 'several', 'few', 'numerous', 'various', 'other', 'others', 'countless',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions',
  'no', 'nobody', 'everyone', 'everybody', 'anyone', 'anybody', 'all', 'any', 'every', 'fewer', 'more', 'a', 'an',
  'another', 'someone', 'somebody', 'one', 'not', 'recent', 'instant']);
/** Epistemic and generic heads that speak for nobody in particular: "experts", "polls", "critics". */
const GENERIC = new Set(['experts', 'analysts', 'critics', 'observers', 'commentators', 'scholars', 'economists',
  'pundits', 'skeptics', 'polls', 'reports', 'studies', 'surveys', 'rumors', 'people', 'companies', 'creditors',
  'investors', 'nations', 'countries', 'others', 'individuals', 'historians', 'researchers', 'scientists',
  'specialists', 'insiders', 'sources', 'officials', 'media', 'speculation', 'estimates', 'accounts']);
/** Lower-case heads of an organization's or a document's voice. */
const ORG_HEADS = new Set(['campaign', 'company', 'administration', 'government', 'committee', 'department', 'ministry',
  'party', 'agency', 'court', 'board', 'commission', 'office', 'council', 'poll', 'survey', 'study', 'report',
  'statement', 'website', 'paper', 'newspaper', 'network', 'group', 'organization', 'foundation', 'firm', 'team',
  'bureau', 'university', 'center', 'union', 'state', 'police', 'analysis', 'letter', 'memo', 'ad', 'lawsuit',
  'complaint', 'filing', 'ruling', 'indictment', 'bill', 'law', 'plan', 'proposal', 'platform', 'data', 'book',
  'article', 'story', 'video', 'tweet', 'post', 'site', 'magazine', 'station', 'channel', 'show', 'program', 'court',
  'jury', 'panel', 'senate', 'house', 'congress', 'legislature', 'city', 'county', 'country', 'nation',
  'ads', 'documents', 'records', 'emails']);
/** Roles: "the senator" points back to someone named; "a senator" does not. */
const ROLE_HEADS = new Set(['judge', 'president', 'candidate', 'nominee', 'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'senator', 'mayor',
  'secretary', 'chairman', 'chair', 'director', 'speaker', 'leader', 'founder', 'ceo', 'billionaire', 'businessman',
  'congressman', 'congresswoman', 'lawmaker', 'justice', 'attorney', 'general', 'manager', 'chief', 'executive',
  'host', 'moderator', 'author', 'writer', 'columnist', 'editor', 'reporter', 'correspondent', 'anchor', 'prosecutor',
  'representative', 'rep.', 'sen.', 'gov.', 'democrat', 'republican', 'man', 'woman', 'guy', 'wife', 'husband']);
/** Heads of people whose identity is withheld even with a capitalized modifier: "Clinton aides". */
const WITHHELD = new Set(['official', 'officials', 'aide', 'aides', 'source', 'sources', 'adviser', 'advisers',
  'advisor', 'advisors', 'insider', 'insiders', 'staffer', 'staffers', 'operative', 'operatives', 'strategist',
  'strategists', 'diplomat', 'diplomats', 'person', 'people', 'associates', 'allies', 'experts', 'analysts', 'critics',
  'observers', 'donors', 'members', 'lawyer', 'lawyers', 'doctor', 'doctors']);
const CUT = /\s(?:of|for|with|who|whom|that|which|at|in|from|on|close|familiar|briefed|knowledgeable|involved|to|inside|within|like|including|speaking)\s|[,(—–]/;

/** The verdict for one annotated source string (null or empty: no source at all). */
export function judgeSource(source: string | null | undefined): Verdict {
  const s = (source ?? '').trim();
  if (s === '') return 'unnamed';
  // "one of the docs", "some of his advisers": an unspecified part of a group.
  if (/^(?:one|some|many|several|most|few|a few|two|three|none|each|any) of\s/i.test(s)) return 'unnamed';
  const cut = CUT.exec(` ${s} `);
  const core = (cut ? ` ${s} `.slice(0, cut.index) : s).trim();
  const ws = core.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (ws.length === 0) return 'ambiguous';
  const lower = ws.map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
  const head = lower[lower.length - 1]!;
  const headRaw = ws[ws.length - 1]!;
  const d0 = lower[0]!;
  if (ws.length === 1 && PRONOUNS.has(head)) return 'ambiguous';
  if (ws.length === 1 && (head === 'many' || head === 'some' || head === 'others' || head === 'few' || head === 'all')) return 'unnamed';
  const quantified = QUANT.has(d0) || (d0 === 'a' && (lower[1] === 'few' || lower[1] === 'number' || lower[1] === 'handful'));
  // A sentence-initial capital on a common noun ("Polls show", "Scholars argue") is not a name.
  const indefinite = d0 === 'a' || d0 === 'an' || d0 === 'one' || d0 === 'another';
  // "a New Hampshire Republican", "a Democratic senator", "one P&G employee": someone not named.
  if (indefinite && !ORG_HEADS.has(head) && lower[1] !== 'of' && !/s$/.test(head)) return 'unnamed';
  if (indefinite && lower[1] === 'of' && !ORG_HEADS.has(head)) return 'unnamed';
  const cap = /^\p{Lu}/u.test(headRaw) && !(ws.length === 1 && (GENERIC.has(head) || WITHHELD.has(head) || ORG_HEADS.has(head)));
  const capMod = ws.slice(0, -1).some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && (QUANT.has(w.toLowerCase()) || /^(?:The|His|Her|Their|Its|Our)$/.test(w))));
  // "Clinton aides", "Republican officials", "a senior official": withheld identities.
  if (WITHHELD.has(head)) {
    if (capMod && !quantified && /^(?:lawyer|lawyers|doctor|doctors|members|donors|allies)$/.test(head)) return 'named';
    if (!quantified && !cap && !/s$/.test(head) && (d0 === 'the' || PRONOUNS.has(d0)) && head !== 'people') return 'ambiguous';
    return 'unnamed';
  }
  // "Some miffed Sanders supporters", "many Democrats": an unspecified part of a group.
  if (quantified && !indefinite && /s$/.test(head) && !ORG_HEADS.has(head)) return 'unnamed';
  if (head === 'polls' || head === 'reports' || head === 'surveys') return 'unnamed';
  if (cap) {
    // "Many African-Americans", "some Republicans"; bare "Democrats", "Trump" name a defined group or person.
    if (quantified && d0 !== 'a' && d0 !== 'an' && /s$/.test(head)) return 'unnamed';
    return 'named';
  }
  if (ROLE_HEADS.has(head)) return 'named';
  if (ORG_HEADS.has(head)) return quantified && /s$/.test(head) && d0 !== 'a' && d0 !== 'an' && !capMod ? 'unnamed' : 'named';
  if (GENERIC.has(head) && !capMod && d0 !== 'the' && !PRONOUNS.has(d0)) return 'unnamed';
  // Bare plurals of kinds of people ("voters", "environmentalists") are labeled either way.
  if (ws.length === 1 && /s$/.test(head)) return 'ambiguous';
  // Any other common-noun source: "voters", "a doctor", "companies", "media pronouncements".
  if (d0 === 'the' || PRONOUNS.has(d0) || /^\p{Lu}/u.test(ws[0]!)) {
    // "the voters", "his lawyer", "Trump's doctor": may point to someone named elsewhere.
    return capMod ? 'named' : 'ambiguous';
  }
  return 'unnamed';
}
