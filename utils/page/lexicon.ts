/**
 * Named pattern tables of the page module. One concept per table; every entry
 * group has examples (`matches` / `mustNotMatch`) that
 * `tests/unit/page/lexicon.test.ts` runs, so a change that breaks a class of
 * pages shows up as a failing example rather than as a silent regression.
 * The examples sit right after their table in a `<TABLE>_EXAMPLES` constant
 * keyed by entry id (wire name for WIRE_SERVICES), not inside the runtime
 * objects: page code never reads them, so the bundler drops them.
 */

/** English month names and their usual abbreviations (a regex fragment, no groups that capture). */
export const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

export interface PatternEntry {
  /** Stable name; keys the entry's examples. */
  id: string;
  /** What this group catches and why it must go (or count). */
  why: string;
  pattern: RegExp;
}

/**
 * Examples of one entry, run by the tests. Test-only data: kept in separate
 * `*_EXAMPLES` constants that no runtime code imports, so they are tree-shaken
 * out of the extension bundles.
 */
export interface PatternExamples {
  matches: readonly string[];
  mustNotMatch: readonly string[];
}

/** Stand-alone date lines (also how the extractor spots a visible date line under a headline). */
export const DATE_LINE_ENTRY: PatternEntry = {
  id: 'date-line',
  why: 'Stand-alone date, time and "updated" lines: metadata, not prose.',
  pattern: /* @__PURE__ */ new RegExp(
    String.raw`^(?:(?:published|updated|posted|last updated|today|date)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?` +
      String.raw`(?:${MONTH}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})` +
      String.raw`(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?(?:\s*\|\s*[^]{0,60})?\.?$`,
    'i',
  ),
};

/** Examples of `DATE_LINE_ENTRY` by entry id, run by tests/unit/page/lexicon.test.ts (test-only: see PatternExamples). */
export const DATE_LINE_ENTRY_EXAMPLES: Readonly<Record<string, PatternExamples>> = {
  'date-line': {
    matches: ['November 08, 2024', 'Today: April 01, 2025', 'Updated: Nov. 19, 2024, 10:14 AM', '19 November 2024'],
    mustNotMatch: ['November 08, 2024 was the day Qatar told Hamas to leave, officials said.', 'Doha, Qatar, April 23, 2024.'],
  },
};

/**
 * Whole paragraphs that are page furniture, not article prose. They are dropped
 * from the body text one by one (the paragraphs around them stay).
 * Patterns are anchored on the whole (whitespace-normalized) paragraph so a
 * sentence of the story that merely mentions a photo or a copyright survives.
 */
export const BOILERPLATE_PARAGRAPHS: PatternEntry[] = [
  {
    id: 'photo-credit-line',
    why: 'Photo credits printed as their own line below a picture.',
    pattern: /^[([]?\s*(?:(?:photo|image|picture|video)?\s*(?:credit|credits|courtesy|source)|(?:all\s+)?(?:photos?|images?|pictures?)(?:\s+by)?)\s*:[^)\]]{1,120}[)\]]?\.?$/i,
  },
  {
    id: 'caption-credit',
    why: 'Captions that carry their credit at the end: "... in Istanbul, October 6, 2024. (credit: REUTERS/JANE DOE)".',
    pattern: /\((?:photo |image |picture |video )?(?:credit|credits|courtesy)\s*:\s*[^)]{1,100}\)\s*$/i,
  },
  {
    id: 'agency-credit',
    why: 'Bare agency photo credits ("Reuters/Jane Doe", "AFP via Getty Images").',
    pattern: /^(?:\(?(?:photo|picture|image)\s*(?:by)?\s*:?\s*)?(?:[A-Z][\w.'-]+\s?){0,3}\/\s?(?:reuters|ap|afp|getty images|epa|xinhua|anadolu)\)?\.?$|^(?:[A-Z][\w.'-]+\s?){0,3}(?:via|for)\s+(?:getty images|reuters|ap|afp)\.?$/i,
  },
  {
    id: 'contributors',
    why: 'Contributor and reporting lines at the foot of a story: a byline, not content.',
    pattern: /^(?:[^.!?]{0,160}\b(?:contributed|contributing)\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story|article)|(?:additional\s+)?reporting\s+by\s+[^.]{1,160}|(?:writing|editing)\s+by\s+[^.]{1,160}|compiled\s+by\s+[^.]{1,80})\.?\)?$/i,
  },
  {
    id: 'copyright',
    why: 'Copyright and rights lines (wire trailers, site footers).',
    pattern: /^(?:[^a-z0-9]{0,12})?(?:©|\(c\)|copyright\b|all rights reserved)[^]{0,200}$|^[^]{0,160}\ball rights reserved\.?$/i,
  },
  {
    id: 'print-edition',
    why: 'Print-edition and reprint notes under a story ("A version of this article appears in print on ...").',
    pattern: /^(?:a version of this (?:article|story|review) appears? in print\b[^]*|with the headline:?|[^]{0,200}\border reprints\s*\|\s*today[’']s paper\b[^]*)$/i,
  },
  {
    id: 'wire-slug',
    why: 'Wire-service slugs printed under syndicated copy ("The-CNN-Wire").',
    pattern: /^the-[a-z]+-wire$/i,
  },
  {
    id: 'share-prompts',
    why: 'Share, follow, subscription and paywall prompts.',
    pattern: /^(?:share(?: this(?: article| story)?)?|share on \w+|tweet|email|print|follow us(?: on \w+)?|sign up(?: for [^.]{1,60})?|subscribe(?: now| today)?(?: to [^.]{1,60})?|already (?:a subscriber|have an account)\??(?: (?:sign|log) ?in)?|(?:sign|log) ?in(?: to continue| to read)?|access this article for free\.?|read more|continue reading|advertisement|scroll to continue with content|this article is for subscribers only\.?|click here to [^.]{1,60}|get the [^.]{1,40} newsletter)[.!:]?$/i,
  },
  DATE_LINE_ENTRY,

];

/** Examples of `BOILERPLATE_PARAGRAPHS` by entry id, run by tests/unit/page/lexicon.test.ts (test-only: see PatternExamples). */
export const BOILERPLATE_PARAGRAPHS_EXAMPLES: Readonly<Record<string, PatternExamples>> = {
  'photo-credit-line': {
    matches: ['(photo credit: Imad Creidi/Reuters)', '(credit: REUTERS/UMIT BEKTAS)', 'Photo credit: AP', 'Image source: Getty Images', '(All photos: Atlas staff)'],
    mustNotMatch: ['The credit: rating agencies cut the outlook for Israel on Friday after months of war, officials said.'],
  },
  'caption-credit': {
    matches: ['A demonstrator waves flags in Istanbul, Turkey, October 6, 2024. (credit: REUTERS/JANE DOE)', 'The ministry in Doha. (photo credit: Jane Doe/Reuters)'],
    mustNotMatch: ['The bank cut the rate (credit: cheaper) on Monday, analysts said.', 'Officials said the photo was taken in Doha.'],
  },
  'agency-credit': {
    matches: ['Imad Creidi/Reuters', 'AFP via Getty Images', 'Photo by: Jane Doe / AFP'],
    mustNotMatch: ['Reuters reported that the talks in Doha had stalled.'],
  },
  contributors: {
    matches: ['Sam Halpern contributed to this report.', 'CNN’s Ibrahim Dahman and Eyad Kourdi contributed to this report.', 'Reporting by Jane Doe; Editing by John Roe', 'The Associated Press contributed to this story.'],
    mustNotMatch: ['Sam Halpern said the report contributed to a change in policy, and that the ministry would respond on Monday.'],
  },
  copyright: {
    matches: ['™ & © 2024 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.', 'Copyright 2024 The Associated Press. All rights reserved.', '© 2025 The Los Angeles Post'],
    mustNotMatch: ['The court ruled that the copyright claim had no basis, the judge wrote in a 40-page decision released on Monday.'],
  },
  'print-edition': {
    matches: ['A version of this article appears in print on Feb. 22, 2019, on Page A20 of the New York edition', 'with the headline:', 'Under the Streets, A Battle. Order Reprints | Today’s Paper | Subscribe'],
    mustNotMatch: ['The paper said it would print a correction with the headline on Monday, a spokesman said.'],
  },
  'wire-slug': {
    matches: ['The-CNN-Wire'],
    mustNotMatch: ['The wire was cut.'],
  },
  'share-prompts': {
    matches: ['Share This', 'Access this article for free.', 'Already have an account? Sign In', 'Advertisement', 'Read more'],
    mustNotMatch: ['Share prices fell sharply on Monday after the announcement, analysts said.'],
  },
};

/**
 * Short stand-alone headings that open the furniture after a story (related
 * links, most-read lists, comments). From such a heading to the end, nothing is
 * article prose. Only honoured after some body text, so a story that starts
 * with a "Related:" teaser keeps its body.
 */
export const SECTION_END_MARKERS: PatternEntry = {
  id: 'section-end',
  why: 'Headings of related/popular/comment sections that follow the story.',
  pattern: /^(?:related(?: articles| stories| coverage| content| news| links| reading)?|more (?:from|stories|news|headlines)(?: [^.]{0,40})?|popular(?: now| stories| articles)?|most (?:read|popular|viewed|shared)|trending(?: now)?|recommended(?: for you| stories)?|you may also like|read next|what to read next|top stories|latest news|more news|about the authors?|comments?(?: \(\d+\))?|\d+ comments|leave a (?:comment|reply)|join the conversation|sponsored(?: content| stories)?|around the web|editor'?s picks)[:.]?$/i,
};

/** Examples of `SECTION_END_MARKERS` by entry id, run by tests/unit/page/lexicon.test.ts (test-only: see PatternExamples). */
export const SECTION_END_MARKERS_EXAMPLES: Readonly<Record<string, PatternExamples>> = {
  'section-end': {
    matches: ['Related Articles', 'Popular', 'Most Read', 'More from The Jerusalem Post', 'Comments (12)', 'About the Author'],
    mustNotMatch: ['Related talks resumed in Cairo on Sunday.', 'Popular anger grew as the war went on.', 'More about the federal debt and the economy'],
  },
};

/**
 * Class/id fragments of elements that hold captions, credits, bylines, share
 * bars or related boxes. Matched against `class` and `id` (lower-cased) of
 * elements inside the article container.
 */
export const FURNITURE_CLASS: PatternEntry = {
  id: 'furniture-class',
  why: 'Captions, credits, bylines, share/related/newsletter/paywall boxes inside an article container.',
  pattern: /(?:^|[\s_-])(?:caption|captions|figcaption|credit|credits|photo-?credit|image-?credit|byline|bylines|author-?info|contributor|share|sharing|social|related|recommend(?:ed|ation)s?|popular|most-?read|newsletter|subscribe|subscription|paywall|promo|advert|ad-slot|tags?|breadcrumbs?|dateline-?meta|timestamp|publish-?date|copyright)(?:$|[\s_-])/i,
};

/** Examples of `FURNITURE_CLASS` by entry id, run by tests/unit/page/lexicon.test.ts (test-only: see PatternExamples). */
export const FURNITURE_CLASS_EXAMPLES: Readonly<Record<string, PatternExamples>> = {
  'furniture-class': {
    matches: ['article-caption', 'photo-credit', 'byline', 'share-bar', 'related', 'caption text-muted', 'most-read'],
    mustNotMatch: ['article-body', 'story-content', 'paragraph', 'shared-layout-text'],
  },
};

/**
 * Wire services whose copy other sites republish. `dateline` finds the opener
 * "(CNN) —", "WASHINGTON (Reuters) -", "GAZA CITY (AP) —" at the start of the
 * first paragraphs (the dash may arrive as mojibake: any 1–3 non-space chars);
 * `trailer` finds the slug/copyright lines the wire asks republishers to keep.
 */
export interface WireService {
  name: string;
  dateline: RegExp;
  trailer: RegExp;
  /** Hostnames of the outlet's own site: there the copy is not syndicated. */
  ownHosts: string[];
  /** Outlet names (lower-case) meaning the publisher is the outlet itself. */
  ownNames: string[];
}

/** The place of a wire dateline, as a regex fragment: "WASHINGTON", "GAZA CITY", "Jerusalem, Israel". Events read it too. */
export const DATELINE_PLACE = String.raw`[A-Z][A-Za-z.'’-]*(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,4}`;
const DATELINE_PREFIX = String.raw`^\s*(?:${DATELINE_PLACE}\s*)?`;
const DASH_AFTER = String.raw`\s*(?:\S{1,3}\s|:\s|$)`;

/** The agency's tag in a wire dateline, as a regex fragment: "(Reuters)", "(CNN Business)". Events read it too (a lede's tag is no term of the event). */
export const WIRE_DATELINE_TAGS = { CNN: 'CNN(?: Business)?', Reuters: 'Reuters', AP: 'AP', AFP: 'AFP' } as const;

function dateline(tag: string): RegExp {
  return new RegExp(DATELINE_PREFIX + String.raw`\(${tag}\)` + DASH_AFTER);
}

export const WIRE_SERVICES: WireService[] = [
  {
    name: 'CNN',
    dateline: /* @__PURE__ */ dateline(WIRE_DATELINE_TAGS.CNN),
    trailer: /^the-cnn-wire$|cable news network/i,
    ownHosts: ['cnn.com'],
    ownNames: ['cnn', 'cnn money', 'cnn business'],
  },
  {
    name: 'Reuters',
    dateline: /* @__PURE__ */ dateline(WIRE_DATELINE_TAGS.Reuters),
    trailer: /^\(?reporting by [^]*;? editing by|thomson reuters/i,
    ownHosts: ['reuters.com'],
    ownNames: ['reuters'],
  },
  {
    name: 'AP',
    dateline: /* @__PURE__ */ dateline(WIRE_DATELINE_TAGS.AP),
    trailer: /^copyright \d{4} the associated press|^the associated press contributed/i,
    ownHosts: ['apnews.com'],
    ownNames: ['ap', 'associated press', 'the associated press', 'ap news'],
  },
  {
    name: 'AFP',
    dateline: /* @__PURE__ */ dateline(WIRE_DATELINE_TAGS.AFP),
    trailer: /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(?:afp|agence france-presse)\b/i,
    ownHosts: ['afp.com'],
    ownNames: ['afp', 'agence france-presse'],
  },
];

/** Examples of `WIRE_SERVICES` by wire name, run by tests/unit/page/lexicon.test.ts (test-only: see PatternExamples). */
export const WIRE_SERVICES_EXAMPLES: Readonly<Record<string, PatternExamples>> = {
  CNN: {
    matches: ['(CNN) — Qatar agreed in recent weeks', '(CNN) โ€” Qatar agreed', 'The-CNN-Wire'],
    mustNotMatch: ['Officials told CNN (and others) that talks stalled.', 'A senior official told CNN on Saturday.'],
  },
  Reuters: {
    matches: ['DOHA (Reuters) - Qatar said on Tuesday', '(Reuters) - Hamas said'],
    mustNotMatch: ['Reuters had also reported that the US was exerting pressure.'],
  },
  AP: {
    matches: ['JERUSALEM (AP) — Israel said', 'Copyright 2024 The Associated Press. All rights reserved.'],
    mustNotMatch: ['The AP reported on Monday that the talks resumed.'],
  },
  AFP: {
    matches: ['Gaza City (AFP) - Strikes hit', '© 2024 AFP'],
    mustNotMatch: ['An AFP correspondent saw smoke rising over the city.', 'AFP/Getty Images', 'AFP'],
  },
};

/**
 * Republication notes naming the outlet that first published a story. The
 * capture is the outlet's name as printed; it goes through the outlet
 * normalizer ("Wired.com" → "Wired"). Also dropped from the body.
 */
export const REPUBLISHED_NOTE: PatternEntry = {
  id: 'republished-note',
  why: 'A note that the story first ran elsewhere: "This article originally appeared on The Atlantic."',
  pattern: /^(?:[Tt]his (?:article|story|post|piece) )?(?:was )?(?:[Oo]riginally|[Ff]irst) (?:appeared|published|ran)(?: (?:on|in|at|by))? ([A-Z][\w.&'’ -]{1,60}?)(?:,? (?:on|in) [^.]{1,40})?\.?$/,
};

/** Examples of `REPUBLISHED_NOTE` by entry id, run by tests/unit/page/lexicon.test.ts (test-only: see PatternExamples). */
export const REPUBLISHED_NOTE_EXAMPLES: Readonly<Record<string, PatternExamples>> = {
  'republished-note': {
    matches: ['This article originally appeared on The Atlantic.', 'This story was first published by ProPublica.', 'Originally published in The Conversation.'],
    mustNotMatch: ['This article was reprinted on Wired.com.', 'The report first appeared to show a decline, officials said later in the week.'],
  },
};

/**
 * Major outlets by hostname (suffix match, without "www."), used when a page
 * carries no site name, or its site name is only a domain ("NYTimes.com").
 */
export const OUTLET_HOSTS: Record<string, string> = {
  // Israeli and Middle East outlets covering the default topic.
  'jpost.com': 'The Jerusalem Post',
  'timesofisrael.com': 'The Times of Israel',
  'haaretz.com': 'Haaretz',
  'ynetnews.com': 'Ynetnews',
  'aljazeera.com': 'Al Jazeera',
  'arabnews.com': 'Arab News',
  'i24news.tv': 'i24NEWS',
  // US outlets.
  'cnn.com': 'CNN',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'foxnews.com': 'Fox News',
  'nbcnews.com': 'NBC News',
  'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News',
  'npr.org': 'NPR',
  'politico.com': 'Politico',
  'axios.com': 'Axios',
  'usatoday.com': 'USA Today',
  'latimes.com': 'Los Angeles Times',
  'nypost.com': 'New York Post',
  'bloomberg.com': 'Bloomberg',
  'thehill.com': 'The Hill',
  'breitbart.com': 'Breitbart',
  'businessinsider.com': 'Business Insider',
  'seattletimes.com': 'The Seattle Times',
  'buzzfeed.com': 'BuzzFeed News',
  // Wires.
  'reuters.com': 'Reuters',
  'apnews.com': 'AP',
  'afp.com': 'AFP',
  // UK and elsewhere.
  'bbc.com': 'BBC News',
  'bbc.co.uk': 'BBC News',
  'theguardian.com': 'The Guardian',
  'telegraph.co.uk': 'The Telegraph',
  'independent.co.uk': 'The Independent',
  'ft.com': 'Financial Times',
  'economist.com': 'The Economist',
  'dw.com': 'DW',
  'france24.com': 'France 24',
};

/** Examples for the outlet-name normalizer, run by the lexicon test. */
export const OUTLET_NAME_EXAMPLES: { raw: string; expected: string }[] = [
  { raw: 'The Jerusalem Post | JPost.com', expected: 'The Jerusalem Post' },
  { raw: 'CNN.com', expected: 'CNN' },
  { raw: 'The Los Angeles Post', expected: 'The Los Angeles Post' },
  { raw: 'BBC News - Home', expected: 'BBC News' },
  { raw: 'theguardian.com', expected: 'The Guardian' },
];

/**
 * A table matched by word lookups instead of a regular expression. The gate's
 * first step (utils/page/address.ts) runs first in every page the gate script is
 * injected into, in a fresh isolated world where each expression is compiled on first use: its
 * seven expressions cost about 1.2 ms there, as much as all its DOM reads
 * together (measured on 40 of Readability's pages in Chromium); word sets
 * cost next to nothing to set up. `test` gives the answers the expressions
 * gave (checked on 97,554 corpus and mutated URLs when they were replaced).
 */
export interface WordEntry {
  id: string;
  why: string;
  test(s: string): boolean;
}

/** ASCII letters, digits and "_" (a regex's \w). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Whether `s` is one or more word characters (a regex's ^\w+$). */
export function isWordRun(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isWordChar(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/** The runs of word characters in `s`, lower-cased (what \b…\b would isolate). */
function wordRuns(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const w = i < s.length && isWordChar(s.charCodeAt(i));
    if (w && start < 0) start = i;
    else if (!w && start >= 0) {
      out.push(s.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return out;
}

/** `seg` is `word` or `word.ext` (ext of 2–5 letters, "search.html"), case-insensitive, for a word in `words`. */
function isWordWithExtension(seg: string, words: ReadonlySet<string>): boolean {
  const lower = seg.toLowerCase();
  if (words.has(lower)) return true;
  const dot = lower.lastIndexOf('.');
  if (dot <= 0) return false;
  const ext = lower.slice(dot + 1);
  if (ext.length < 2 || ext.length > 5) return false;
  for (let i = 0; i < ext.length; i++) {
    const c = ext.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return words.has(lower.slice(0, dot));
}

const isLetters = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return s.length > 0;
};

/** A locale path segment: "en", "en-US". */
const isLocale = (seg: string): boolean => (seg.length === 2 && isLetters(seg)) || (seg.length === 5 && seg[2] === '-' && isLetters(seg.slice(0, 2)) && isLetters(seg.slice(3)));

/**
 * Signals that a page is documentation, a reference work or a book rather than
 * an article: generator names, hostnames and paths. Used by the gate as a veto.
 */
const DOCS_GENERATOR_WORDS: ReadonlySet<string> = new Set([
  'sphinx', 'mkdocs', 'docusaurus', 'javadoc', 'jsdoc', 'typedoc', 'doxygen', 'gitbook', 'vuepress', 'vitepress', 'docfx',
  'rfcmarkup', 'xml2rfc', 'asciidoctor', 'mediawiki', 'dokuwiki', 'confluence', 'readthedocs',
]);

export const DOCS_GENERATOR: WordEntry = {
  id: 'docs-generator',
  why: 'Documentation generators and document-markup tools named in <meta name=generator|creator>.',
  test: (s) => wordRuns(s).some((w) => DOCS_GENERATOR_WORDS.has(w)),
};

/** Examples of `DOCS_GENERATOR` by entry id, run by tests/unit/page/lexicon.test.ts (test-only: see PatternExamples). */
export const DOCS_GENERATOR_EXAMPLES: Readonly<Record<string, PatternExamples>> = {
  'docs-generator': {
    matches: ['Sphinx 1.2.3', 'rfcmarkup version 1.111', 'MediaWiki 1.28.0-wmf.22', 'Docusaurus v2'],
    mustNotMatch: ['WordPress 4.7.2', 'Drupal 7 (http://drupal.org)', 'Gatsby 2.22.9', 'blogger', 'sphinxes'],
  },
};

/** Whole hosts of code forges. */
const DOCS_HOSTS_EXACT: ReadonlySet<string> = new Set(['github.com', 'gitlab.com']);
/** Encyclopedias, docs and Q&A sites, with any subdomain. */
const DOCS_HOST_DOMAINS = [
  'wikipedia.org', 'wikimedia.org', 'wiktionary.org', 'wikidata.org', 'readthedocs.io', 'readthedocs.org', 'github.io',
  'devdocs.io', 'stackoverflow.com', 'stackexchange.com', 'ietf.org', 'w3.org',
];
/** A docs subdomain of any site: "docs.python.org", "developer.mozilla.org". */
const DOCS_SUBDOMAINS: ReadonlySet<string> = new Set(['docs', 'developer', 'developers']);

export const DOCS_HOST: WordEntry = {
  id: 'docs-host',
  why: 'Hosts of encyclopedias, docs and code forges.',
  test: (host) => {
    const h = host.toLowerCase();
    if (DOCS_HOSTS_EXACT.has(h)) return true;
    if (DOCS_HOST_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`))) return true;
    const labels = h.split('.');
    const n = labels.length;
    return n >= 3 && DOCS_SUBDOMAINS.has(labels[n - 3]!) && labels[n - 2] !== '' && isLetters(labels[n - 1]!);
  },
};

/** Examples of `DOCS_HOST` by entry id, run by tests/unit/page/lexicon.test.ts (test-only: see PatternExamples). */
export const DOCS_HOST_EXAMPLES: Readonly<Record<string, PatternExamples>> = {
  'docs-host': {
    matches: ['en.wikipedia.org', 'docs.python.org', 'developer.mozilla.org', 'tools.ietf.org', 'foo.readthedocs.io', 'github.com', 'EN.WIKIPEDIA.ORG'],
    mustNotMatch: ['nytimes.com', 'edition.cnn.com', 'jpost.com', 'fandom.wikia.com', 'about.gitlab.com', 'notwikipedia.org', 'docs.example.co2'],
  },
};

/** First path segments (after an optional locale) of docs, wikis, manuals and API references. */
const DOCS_PATH_WORDS: ReadonlySet<string> = new Set([
  'doc', 'docs', 'documentation', 'manual', 'reference', 'api', 'apidocs', 'wiki', 'guide', 'guides', 'handbook',
  'tutorial', 'tutorials', 'kb', 'knowledgebase', 'knowledge-base', 'help', 'faq',
]);

export const DOCS_PATH: WordEntry = {
  id: 'docs-path',
  why: 'URL paths of docs, wikis, manuals and API references.',
  test: (path) => {
    const segs = path.split('/');
    if (segs[0] !== '' || segs.length < 2) return false;
    if (DOCS_PATH_WORDS.has(segs[1]!.toLowerCase())) return true;
    return segs.length > 2 && isLocale(segs[1]!) && DOCS_PATH_WORDS.has(segs[2]!.toLowerCase());
  },
};

/** Examples of `DOCS_PATH` by entry id, run by tests/unit/page/lexicon.test.ts (test-only: see PatternExamples). */
export const DOCS_PATH_EXAMPLES: Readonly<Record<string, PatternExamples>> = {
  'docs-path': {
    matches: ['/docs/getting-started', '/wiki/Mozilla', '/en-US/docs/Web/API', '/manual/index.html', '/help/', '/fr/guide'],
    mustNotMatch: ['/news/world-us-canada-33646704', '/2024/11/19/doha-office', '/documentary-review-of-the-year', '/docs.html', '/news/en/docs'],
  },
};

/** Headings of books and reference works ("Chapter 6 - Monitoring"), and their tables of contents. */
export const BOOK_HEADING: PatternEntry = {
  id: 'book-heading',
  why: 'Chapter/part/appendix headings and table-of-contents headings mark books and manuals.',
  pattern: /^(?:(?:chapter|part|appendix|section|lesson|unit)\s+(?:[0-9]+|[ivxlc]+|[a-z])\b|table of contents$|contents$)/i,
};

/** Examples of `BOOK_HEADING` by entry id, run by tests/unit/page/lexicon.test.ts (test-only: see PatternExamples). */
export const BOOK_HEADING_EXAMPLES: Readonly<Record<string, PatternExamples>> = {
  'book-heading': {
    matches: ['Chapter 6 - Monitoring Distributed Systems', 'Table of Contents', 'Appendix A. Availability Table'],
    mustNotMatch: ['Chapters of the war: how Doha became a broker', 'Partly cloudy skies on Sunday'],
  },
};

/**
 * URL shapes of search results and listings. Listing words only count in the
 * last two path segments ("/tag/israel/", "/search?q=", "/author/jane-doe"), so
 * an article that lives under "/politics/archive/2024/11/slug/" is not vetoed.
 */
const LISTING_WORDS: ReadonlySet<string> = new Set([
  'search', 'find', 'results', 'tag', 'tags', 'topic', 'topics', 'category', 'categories', 'section', 'sections',
  'author', 'authors', 'archive', 'archives', 'latest', 'page',
]);
/** Query parameters that carry a search. */
const SEARCH_PARAMS: ReadonlySet<string> = new Set(['q', 's', 'query', 'search', 'search_query', 'keyword', 'keywords', 'searchterm']);

/** Some "?key=" or "&key=" in `s` has a key in `keys` (case-insensitive). */
function hasQueryKey(s: string, keys: ReadonlySet<string>): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '?' && c !== '&') continue;
    const eq = s.indexOf('=', i + 1);
    if (eq < 0) return false;
    if (keys.has(s.slice(i + 1, eq).toLowerCase())) return true;
  }
  return false;
}

export const LISTING_URL: WordEntry = {
  id: 'listing-url',
  why: 'Search results, tag/category/author/archive listings.',
  test: (pathAndQuery) => {
    const segs = pathAndQuery.split('/');
    if (segs.length > 1 && segs[segs.length - 1] === '') segs.pop(); // one trailing slash
    const n = segs.length;
    if (isWordWithExtension(segs[n - 1]!, LISTING_WORDS)) return true;
    if (n >= 2 && isWordWithExtension(segs[n - 2]!, LISTING_WORDS)) return true;
    return hasQueryKey(pathAndQuery, SEARCH_PARAMS);
  },
};

/** Examples of `LISTING_URL` by entry id, run by tests/unit/page/lexicon.test.ts (test-only: see PatternExamples). */
export const LISTING_URL_EXAMPLES: Readonly<Record<string, PatternExamples>> = {
  'listing-url': {
    matches: ['/search?q=hamas', '/demo/search.html', '/?s=gaza', '/tag/israel/', '/author/jane-doe', '/news?ref=1&query=gaza', '/Tags/'],
    mustNotMatch: ['/2024/11/19/hamas-doha-office', '/politics/archive/2024/11/slug/680000/', '/research-finds-new-things', '/search-party-finds-hiker', '/tag/israel/?page=2'],
  },
};

/** Path words of discussion threads and Q&A pages, followed by the thread's own segment. */
const THREAD_WORDS: ReadonlySet<string> = new Set(['comments', 'forum', 'forums', 'thread', 'threads', 'discussion', 'discussions', 'questions', 't']);

export const THREAD_URL: WordEntry = {
  id: 'thread-url',
  why: 'Comment threads, forums and Q&A: the prose is many people talking, not an article.',
  test: (pathAndQuery) => {
    const segs = pathAndQuery.split('/');
    for (let i = 1; i < segs.length - 1; i++) {
      if (segs[i + 1] !== '' && THREAD_WORDS.has(segs[i]!.toLowerCase())) return true;
    }
    return pathAndQuery.toLowerCase().includes('/item?id=');
  },
};

/** Examples of `THREAD_URL` by entry id, run by tests/unit/page/lexicon.test.ts (test-only: see PatternExamples). */
export const THREAD_URL_EXAMPLES: Readonly<Record<string, PatternExamples>> = {
  'thread-url': {
    matches: ['/r/worldnews/comments/abc/title/', '/questions/123/how-to', '/forums/politics/123', '/item?id=4242', '/T/abc'],
    mustNotMatch: ['/2024/11/19/hamas-doha-office', '/news/the-comments-section-is-dead', '/comments/', '/forum'],
  },
};

/** Article path words and dated paths that typical news URLs carry. */
export const ARTICLE_URL: PatternEntry = {
  id: 'article-url',
  why: 'Dated paths (/2024/11/19/) and article path words (/article/, /news/, /story/).',
  pattern: /\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2]|[a-z]{3})\/|\/(?:19|20)\d{2}-\d{2}-\d{2}\b|\/(?:article|articles|news|story|stories|world|politics|middle-east|mideast|israel-news|opinion|blog|posts?|p)\//i,
};

/** Examples of `ARTICLE_URL` by entry id, run by tests/unit/page/lexicon.test.ts (test-only: see PatternExamples). */
export const ARTICLE_URL_EXAMPLES: Readonly<Record<string, PatternExamples>> = {
  'article-url': {
    matches: ['/2024/11/19/hamas-doha-office', '/news/world-us-canada-33646704', '/article/israel-hamas-talks', '/2015/jan/03/whales'],
    mustNotMatch: ['/', '/search?q=x', '/about-us'],
  },
};
