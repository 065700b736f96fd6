/**
 * The built-in topic pack. Default topic: the Israel–Hamas war, as defined in
 * the labeling guide (`../shared/eval/topic-guide.md`): the armed conflict
 * between Israel and Gaza-based groups in any period (2008–09, 2012, 2014,
 * 2018–19, 2021, 2023–) and what is directly about it — operations, rockets,
 * October 7, casualties and aid in Gaza, hostages, ceasefire talks and
 * mediators, Hamas's leaders, legal and diplomatic responses, protests about
 * the war, and spillover explicitly tied to it (Houthi shipping attacks,
 * Hezbollah–Israel fire since Oct 8, 2023).
 *
 * Every group is one table entry with a reason, and has examples right after
 * the table (`ISRAEL_HAMAS_GROUPS_EXAMPLES`, by group id, outside the runtime
 * objects so the bundle leaves them out); a unit test runs the examples
 * (`tests/unit/topic/lexicon.test.ts`). How roles combine is in
 * `score.ts`; in short:
 *  - `anchor` terms are specific to the Gaza war and can carry an item;
 *  - `context` terms name the Israeli/Palestinian side and need a generic term;
 *  - `generic` terms (ceasefire, hostage, airstrike, mediators...) are shared
 *    with other conflicts and never carry an item by themselves;
 *  - `negative` terms name other conflicts (or non-military senses of war
 *    words) and pull the score down.
 * Dates: a group with `since` only counts in items dated on or after it
 * ("October 7" as the attack, Houthi/Hezbollah spillover, protests), and
 * `WAR_PERIODS` says when an actor + act pair without an anchor is trusted.
 */
import type { TopicProfile } from '../types';
import type { TopicPeriod, TopicProfileSpec, TopicTermSpec } from './match';

/**
 * `names` are proper names that are never common words ("Gaza", "Khan Younis"): matched in any case,
 * so lower-case posts and hashtags ("#gaza") count. `entities` are names that are also common words
 * ("Gallant"): matched case-sensitively. `terms`/`phrases` are ordinary words.
 */
export type GroupKind = 'terms' | 'phrases' | 'names' | 'entities' | 'negative';

export interface TermGroup {
  id: string;
  kind: GroupKind;
  role?: 'anchor' | 'context' | 'generic';
  weight: number;
  /** ISO date from which the group counts (e.g. spillover that only belongs to the topic after Oct 2023). */
  since?: string;
  /** From this date on, the group plays another role (see `TopicTermSpec.promote`). */
  promote?: { role: 'anchor' | 'context' | 'generic'; since: string };
  items: string[];
}

/**
 * Examples of one group, run by a unit test: each `matches` text must hit the group, each
 * `mustNotMatch` must not. Test-only data: kept in separate `*_EXAMPLES` constants keyed by group
 * id that no runtime code imports, so they are tree-shaken out of the extension bundles.
 */
export interface TermGroupExamples {
  matches: readonly string[];
  mustNotMatch: readonly string[];
}

/** Start of the 2023– war: the day of the attack, and of the first spillover. */
export const OCT7 = '2023-10-07';

export const ISRAEL_HAMAS_GROUPS: readonly TermGroup[] = [
  // --- Anchors: names that only a Gaza-war story uses -------------------------------------------
  {
    // Places in and around the Gaza Strip, incl. crossings, corridors and the border communities
    // attacked on Oct 7. Spelling variants are common (Khan Younis / Khan Yunis).
    id: 'gaza-places',
    kind: 'names',
    role: 'anchor',
    weight: 1,
    items: [
      'Gaza', 'Gazan', 'Gazans', 'Gaza Strip', 'Gaza City', 'Rafah', 'Khan Younis', 'Khan Yunis', 'Khan Yunes', 'Jabalia',
      'Jabaliya', 'Deir al-Balah', 'Deir el-Balah', 'Beit Hanoun', 'Beit Lahia', 'Nuseirat', 'Shejaiya',
      'Shujaiya', 'Shujaiyya', 'Bureij', 'Maghazi', 'Mawasi', 'al-Mawasi', 'Netzarim', 'Philadelphi',
      'Kerem Shalom', 'Erez crossing', "Be'eri", 'Kfar Aza', 'Nir Oz', 'Nahal Oz', 'Kissufim', "Re'im",
    ],
  },
  {
    // Gaza-based armed groups and their armed wings.
    id: 'gaza-groups',
    kind: 'names',
    role: 'anchor',
    weight: 1,
    items: [
      'Hamas', 'Palestinian Islamic Jihad', 'Qassam Brigades', 'al-Qassam', 'Izz ad-Din al-Qassam',
      'Izz al-Din al-Qassam', 'al-Quds Brigades', 'Popular Resistance Committees',
    ],
  },
  {
    // Hamas and Palestinian Islamic Jihad leaders, past and present (incl. 2012's Ahmed Jabari).
    id: 'gaza-leaders',
    kind: 'names',
    role: 'anchor',
    weight: 1,
    items: [
      'Sinwar', 'Yahya Sinwar', 'Haniyeh', 'Ismail Haniyeh', 'Haniya', 'Deif', 'Mohammed Deif',
      'Khaled Meshaal', 'Khaled Mashaal', 'Khaled Mashal', 'Meshaal', 'Abu Marzouk', 'Arouri',
      'Saleh al-Arouri', 'Khalil al-Hayya', 'Osama Hamdan', 'Ahmed Jabari', 'Abu Obeida', 'Abu Obaida',
      'Ziyad al-Nakhalah',
    ],
  },
  {
    // Names of the wars and Israeli operations in Gaza since 2008, and the Hamas name of Oct 7.
    id: 'operations',
    kind: 'phrases',
    role: 'anchor',
    weight: 1,
    items: [
      'cast lead', 'pillar of defense', 'pillar of cloud', 'protective edge', 'guardian of the walls',
      'swords of iron', 'al aqsa flood', 'breaking dawn', 'shield and arrow', 'march of return',
      'israel hamas war', 'israel gaza war', 'gaza war', 'war in gaza', 'israel hamas conflict',
    ],
  },
  {
    // Institutions and people that are news mostly because of the war: UNRWA, Gaza flotillas,
    // famous captives (names that are not ordinary surnames elsewhere).
    id: 'war-institutions-and-people',
    kind: 'names',
    role: 'anchor',
    weight: 0.8,
    items: [
      'UNRWA', 'Hostages and Missing Families Forum', 'Mavi Marmara', 'Freedom Flotilla', 'Gilad Shalit',
      'Hadar Goldin', 'Noa Argamani', 'Hersh Goldberg-Polin', 'Shiri Bibas', 'Kfir Bibas',
    ],
  },
  {
    // Gaza's hospitals and the Oct 7 music festival, as phrases: the bare names are ambiguous
    // ("Al-Ahli" is also a football club, "al-Shifa" a Sudanese factory, "Supernova" a star).
    id: 'war-sites',
    kind: 'phrases',
    role: 'anchor',
    weight: 0.8,
    items: [
      'al shifa hospital', 'shifa hospital', 'al shifa medical complex', 'al ahli hospital',
      'al ahli arab hospital', 'nasser hospital', 'al aqsa martyrs hospital', 'kamal adwan hospital',
      'indonesian hospital', 'nova festival', 'nova music festival', 'supernova festival',
    ],
  },
  {
    // "October 7" only names the attack in items published after it; before, it is just a date.
    id: 'october-7',
    kind: 'phrases',
    role: 'anchor',
    weight: 0.8,
    since: OCT7,
    items: ['october 7', 'oct 7', 'october 7th', 'oct 7th', '7 october', '7th october', 'october seventh'],
  },
  {
    // Spillover the guide counts as the topic only once the war began: Hezbollah–Israel fire from
    // Oct 8, 2023, Houthi attacks declared in solidarity with Gaza from Oct 19, 2023.
    // Before that, Hezbollah and the Houthis are Lebanese politics or Yemen's civil war.
    id: 'spillover-actors',
    kind: 'names',
    role: 'anchor',
    weight: 0.5,
    since: '2023-10-08',
    items: ['Hezbollah', 'Hizbollah', 'Hizballah', 'Houthi', 'Houthis', 'Ansar Allah', 'Ansarallah'],
  },
  {
    // Where the Houthi spillover happens; only a setting, so it needs a generic term ("shipping").
    id: 'spillover-places',
    kind: 'names',
    role: 'context',
    weight: 0.3,
    since: '2023-10-19',
    items: ['Red Sea', 'Bab el-Mandeb', 'Bab al-Mandab', 'Gulf of Aden'],
  },

  // --- Context: the Israeli and Palestinian side. Not enough alone ("Netanyahu's chef") --------
  {
    // Israel, its military and security services, its cities under rocket fire.
    id: 'israel',
    kind: 'terms',
    role: 'context',
    weight: 0.3,
    items: [
      'israel', 'israeli', 'idf', 'israel defense forces', 'israel defence forces', 'israeli military',
      'israeli army', 'israeli forces', 'iron dome', 'shin bet', 'mossad', 'tel aviv', 'sderot', 'ashkelon',
      'home front command', 'knesset',
    ],
  },
  {
    // Israeli leaders of the war periods (prime ministers, defense ministers, war cabinet, army chiefs).
    id: 'israeli-leaders',
    kind: 'names',
    role: 'context',
    weight: 0.3,
    items: [
      'Netanyahu', 'Gantz', 'Eisenkot', 'Dermer', 'Ben-Gvir', 'Smotrich', 'Halevi',
      'Hagari', 'Olmert', "Ya'alon", 'Israel Katz',
    ],
  },
  {
    // Leaders whose name is also a common word: matched only when capitalized.
    id: 'israeli-leaders-case-sensitive',
    kind: 'entities',
    role: 'context',
    weight: 0.3,
    items: ['Gallant', 'Yoav Gallant'],
  },
  {
    // The Palestinian side as such (people, authority); Gaza-specific names are anchors above.
    id: 'palestinians',
    kind: 'terms',
    role: 'context',
    weight: 0.3,
    items: ['palestinian', 'palestine', 'palestinian authority', 'pro palestinian'],
  },

  // --- Generic: shared with every war. Never carries an item by itself ------------------------
  {
    // Fighting and its toll.
    id: 'fighting',
    kind: 'terms',
    role: 'generic',
    weight: 0.3,
    items: [
      'war', 'airstrike', 'air strike', 'strike', 'struck', 'bombing', 'bombardment', 'bombs', 'shelling',
      'rocket', 'missile', 'mortar', 'ground operation', 'ground offensive', 'ground invasion', 'invasion',
      'offensive', 'incursion', 'troops', 'soldiers', 'militant', 'militants', 'gunmen', 'fighters',
      'terrorist', 'terrorists', 'attack', 'attacked', 'death toll', 'tunnel', 'siege', 'blockade',
      'escalation', 'retaliation', 'armed groups', 'fighting', 'drone', 'weapons', 'munitions', 'arms shipments',
      'wartime', 'sirens', 'barrage', 'gunfire', 'clashes', 'raid', 'air raid', 'interceptor', 'fell in battle',
      'killed in action', 'evacuees', 'reservists',
    ],
  },
  {
    // Protests and campus unrest. Only from Oct 7, 2023: before, "Israelis protest" was about the
    // judicial overhaul, surrogacy law or elections; since, protests next to an Israeli/Palestinian
    // actor are about the war ("pro-Palestinian protesters set up encampment").
    id: 'protests',
    kind: 'terms',
    role: 'generic',
    weight: 0.3,
    since: OCT7,
    items: ['protest', 'protesters', 'protestors', 'demonstrators', 'demonstration', 'encampment', 'marchers', 'rally', 'sit in'],
  },
  {
    // Deaths and injuries: half weight, because "Israeli tourist killed in bus crash" is not war news.
    // With a war word they add up ("Israeli strike kills five").
    id: 'toll',
    kind: 'terms',
    role: 'generic',
    weight: 0.15,
    items: ['killed', 'kills', 'killing', 'dead', 'wounded', 'injured', 'casualties'],
  },
  {
    // Hostage, ceasefire and truce diplomacy, and the usual mediators (Qatar, Egypt, the US).
    id: 'diplomacy',
    kind: 'terms',
    role: 'generic',
    weight: 0.3,
    items: [
      'ceasefire', 'cease fire', 'truce', 'abducted', 'abduction', 'kidnapped', 'prisoner exchange',
      'prisoner swap', 'humanitarian pause',
      'de escalation', 'mediator', 'mediators', 'mediation', 'negotiators', 'enclave',
    ],
  },
  {
    // Hostages and captives: generic before Oct 7, 2023 (hostage crises happen everywhere); since
    // then, hostages in the news are the ones held in Gaza, an actor of the war like "Israel", so
    // "Released hostage describes captivity in tunnels" pairs up. Still not enough alone
    // ("Hostage standoff at Ohio bank").
    id: 'hostages',
    kind: 'terms',
    role: 'generic',
    weight: 0.3,
    promote: { role: 'context', since: OCT7 },
    items: ['hostage', 'captive', 'captivity', 'hostage deal', 'hostage release', 'hostage families'],
  },
  {
    // The usual mediators and hosts of the talks (Qatar, Egypt, the US Secretary of State). Half weight:
    // "Israel" + "Egypt" alone is Israel–Egypt relations (gas deals, aid), not the war.
    id: 'mediators',
    kind: 'terms',
    role: 'generic',
    weight: 0.15,
    items: ['qatar', 'qatari', 'doha', 'egypt', 'egyptian', 'cairo', 'blinken'],
  },
  {
    // Humanitarian crisis and its international legal and political echo.
    id: 'humanitarian-legal',
    kind: 'terms',
    role: 'generic',
    weight: 0.3,
    items: [
      'humanitarian', 'humanitarian aid', 'aid trucks', 'aid convoy', 'aid workers', 'aid agencies', 'food aid',
      'famine', 'starvation', 'malnutrition', 'displaced', 'evacuation', 'rubble',
      'civilians', 'genocide', 'war crimes', 'icc', 'icj', 'international criminal court',
      'international court of justice', 'arrest warrant', 'security council',
    ],
  },
  {
    // Shipping: the Houthi spillover's vocabulary (only counts next to a spillover place or actor).
    id: 'shipping',
    kind: 'terms',
    role: 'generic',
    weight: 0.3,
    items: ['ship', 'shipping', 'vessel', 'warship', 'destroyer', 'tanker', 'cargo ship'],
  },

  // --- Negative: other conflicts and Middle East stories without Israel–Gaza at stake ----------
  {
    // Other wars and armed groups the guide lists as OFF.
    id: 'other-conflicts',
    kind: 'negative',
    weight: 0.5,
    items: [
      'ukraine', 'ukrainian', 'kyiv', 'kiev', 'zelensky', 'donbas', 'crimea', 'isis', 'isil', 'islamic state',
      'al qaeda', 'al qaida', 'taliban', 'afghanistan', 'afghan', 'kabul', 'boko haram', 'al shabab',
      'al shabaab', 'somalia', 'assad', 'aleppo', 'idlib', 'syrian rebels', 'syrian civil war',
      'saudi led coalition', 'yemen civil war', 'kashmir', 'khalistan', 'sikh', 'chechen', 'benghazi',
    ],
  },
  {
    // Non-military senses of the war vocabulary: "Israel strikes deal", "Israeli startup hit by
    // cyberattack", "culture war". Listed so the longer phrase wins over "strike"/"attack"/"war";
    // small weight, they only cancel the false war signal.
    id: 'non-military-senses',
    kind: 'negative',
    weight: 0.2,
    items: [
      'strikes deal', 'strike deal', 'strikes a deal', 'strike a deal', 'general strike', 'labor strike',
      'strikes down', 'struck down', 'hunger strike', 'cyber attack', 'cyberattack', 'heart attack',
      'panic attack', 'attack ad', 'personal attacks', 'political attacks', 'shark attack', 'culture war',
      'trade war', 'price war', 'bidding war', 'war of words', 'war on drugs', 'star wars', 'world war',
      'cold war', 'civil war', 'war room',
    ],
  },
  {
    // Iran's nuclear file: Middle East news where Israel is a commentator, not at war with Hamas.
    id: 'iran-nuclear',
    kind: 'negative',
    weight: 0.5,
    items: [
      'nuclear deal', 'iran deal', 'nuclear talks', 'nuclear program', 'nuclear weapons', 'jcpoa',
      'uranium', 'enrichment', 'sanctions relief',
    ],
  },
];

/** Examples of `ISRAEL_HAMAS_GROUPS` by group id, run by tests/unit/topic/lexicon.test.ts (test-only: see TermGroupExamples). */
export const ISRAEL_HAMAS_GROUPS_EXAMPLES: Readonly<Record<string, TermGroupExamples>> = {
  'gaza-places': {
    matches: ['Strikes hit Khan Younis overnight', "GAZA CITY (AP) — rubble", "Residents of Kibbutz Be'eri returned"],
    mustNotMatch: ['The gazebo was rebuilt', 'Rafael Nadal won again'],
  },
  'gaza-groups': {
    matches: ["Hamas's political bureau met in Doha", 'a statement by the Qassam Brigades'],
    mustNotMatch: ['the Syrian city of Hama', 'Iran’s Quds Force commander'],
  },
  'gaza-leaders': {
    matches: ['Yahya Sinwar was killed in Rafah', 'Haniyeh spoke from Doha'],
    mustNotMatch: ['A deified ruler'],
  },
  operations: {
    matches: ['during Operation Protective Edge in 2014', 'the Israel-Hamas war', '#IsraelHamasWar trends'],
    mustNotMatch: ['a cast of leading actors', 'the war in Ukraine'],
  },
  'war-institutions-and-people': {
    matches: ['the UNRWA school was hit', 'the Mavi Marmara raid', 'Gilad Shalit was freed'],
    mustNotMatch: ['the UN refugee agency in Geneva'],
  },
  'war-sites': {
    matches: ['Nasser Hospital ran out of fuel', 'troops entered al-Shifa hospital', 'survivors of the Nova music festival'],
    mustNotMatch: ['Al-Ahli beat Al-Hilal 2-1', 'a supernova explosion'],
  },
  'october-7': {
    matches: ['since the Oct. 7 attack', 'on October 7th, terrorists', 'after 7 October'],
    mustNotMatch: ['on October 17', 'Oct. 27 rally'],
  },
  'spillover-actors': {
    matches: ['Houthi rebels fired a missile', 'Hezbollah fired rockets into northern Israel'],
    mustNotMatch: ['Hamas leaders met'],
  },
  'spillover-places': {
    matches: ['ships transiting the Red Sea', 'the Bab el-Mandeb strait'],
    mustNotMatch: ['a red seal on the letter'],
  },
  israel: {
    matches: ['Israeli troops entered', "Israel's cabinet", 'Iron Dome intercepted', 'IDF says'],
    mustNotMatch: ['Israelite history', 'the Idaho fire department'],
  },
  'israeli-leaders': {
    matches: ['Netanyahu said', 'Benny Gantz quit', 'netanyahu must go'],
    mustNotMatch: ['Senator Lieberman said'],
  },
  'israeli-leaders-case-sensitive': {
    matches: ["Gallant's ouster", 'Defense Minister Yoav Gallant'],
    mustNotMatch: ['a gallant effort'],
  },
  palestinians: {
    matches: ['Palestinians fled south', 'pro-Palestinian protesters'],
    mustNotMatch: ['Paleolithic tools'],
  },
  fighting: {
    matches: ['an airstrike hit six homes', 'rockets were fired', 'the death toll rose'],
    mustNotMatch: ['the warden said', 'a lucky strikeout'],
  },
  protests: {
    matches: ['students set up an encampment', 'protesters blocked the bridge'],
    mustNotMatch: ['a protestant church'],
  },
  toll: {
    matches: ['five were killed', 'dozens wounded'],
    mustNotMatch: ['a deadline passed'],
  },
  diplomacy: {
    matches: ['a cease-fire took hold', 'a prisoner swap', 'Qatari mediators said'],
    mustNotMatch: ['ceaseless chatter'],
  },
  hostages: {
    matches: ['hostages were freed', 'a hostage deal', 'held in captivity'],
    mustNotMatch: ['a captivating show'],
  },
  mediators: {
    matches: ['talks in Doha', 'Egyptian officials'],
    mustNotMatch: ['an egalitarian society'],
  },
  'humanitarian-legal': {
    matches: ['famine looms', 'the ICJ ruled', 'civilians sheltered', 'aid trucks queued'],
    // Bare "aid" is mostly budget aid ("U.S. aid to Israel", "aid to Egypt"), not the Gaza crisis.
    mustNotMatch: ['aide said', 'ice storms', 'military aid to Israel'],
  },
  shipping: {
    matches: ['commercial vessels attacked', 'shipping firms'],
    mustNotMatch: ['relationship'],
  },
  'other-conflicts': {
    matches: ['Russian troops near Kyiv', 'ISIS claimed the attack', 'the Saudi-led coalition bombed'],
    mustNotMatch: ['Gaza City'],
  },
  'non-military-senses': {
    matches: ['Israel strikes deal with UAE', 'hit by a cyberattack', 'the culture war over books'],
    mustNotMatch: ['an airstrike on Gaza'],
  },
  'iran-nuclear': {
    matches: ['the Iran nuclear deal', 'uranium enrichment levels'],
    mustNotMatch: ['a hostage deal'],
  },
};

/**
 * List peers: other armed groups and other crisis countries. An anchor standing in a list with them
 * ("hosted al-Qaeda, Hamas, Hezbollah and others", "crises in Gaza, Myanmar, Syria and Yemen") is a
 * passing mention, not a story about the war. Neighbours that belong to the story (Israel, Egypt,
 * Lebanon, the West Bank, Islamic Jihad) are deliberately absent.
 */
export const LIST_PEERS: readonly string[] = [
  // armed groups
  'hezbollah', 'hizbollah', 'al qaeda', 'al qaida', 'isis', 'isil', 'islamic state', 'taliban', 'boko haram',
  'al shabab', 'al shabaab', 'houthis', 'houthi', 'pkk', 'muslim brotherhood',
  // other crisis countries and regions
  'syria', 'yemen', 'iraq', 'afghanistan', 'libya', 'sudan', 'south sudan', 'somalia', 'myanmar', 'ukraine',
  'haiti', 'congo', 'ethiopia', 'venezuela', 'saudi arabia', 'mali', 'nigeria', 'pakistan', 'kashmir', 'chechnya',
];

/**
 * The war's active periods, as the guide lists them (2008–09, 2012, 2014, the 2018–19 border
 * clashes, 2021, 2023–) plus the short 2022 and 2023 rounds; a few weeks of margin for aftermath
 * coverage. Outside them, "Israeli war veterans" or "Israeli startup hit by attack" is not news
 * of this war.
 */
export const WAR_PERIODS: readonly TopicPeriod[] = [
  { name: 'Cast Lead', from: '2008-12-19', to: '2009-02-28' },
  { name: 'Pillar of Defense', from: '2012-11-10', to: '2012-12-31' },
  { name: 'Protective Edge (incl. the June 2014 kidnapping)', from: '2014-06-12', to: '2014-09-30' },
  { name: 'Great March of Return border clashes', from: '2018-03-30', to: '2019-12-31' },
  { name: 'Guardian of the Walls', from: '2021-05-06', to: '2021-06-30' },
  { name: 'Breaking Dawn', from: '2022-08-05', to: '2022-08-20' },
  { name: 'Shield and Arrow', from: '2023-05-09', to: '2023-05-25' },
  { name: 'Swords of Iron: the 2023– war', from: '2023-10-07' },
];

/** Builds a profile from named term groups (keeps each term's role, weight and date gate). */
export function profileFromGroups(
  base: Omit<TopicProfile, 'terms' | 'phrases' | 'entities' | 'negative'>,
  groups: readonly TermGroup[],
  listPeers: readonly string[] = [],
  periods: readonly TopicPeriod[] = [],
): TopicProfileSpec {
  const terms: TopicTermSpec[] = [];
  const phrases: TopicTermSpec[] = [];
  const entities: TopicTermSpec[] = [];
  const negative: TopicTermSpec[] = [];
  for (const g of groups) {
    for (const item of g.items) {
      const t: TopicTermSpec = { term: g.kind === 'entities' ? item : item.toLowerCase(), weight: g.weight };
      if (g.role && g.kind !== 'negative') t.role = g.role;
      if (g.since) t.since = g.since;
      if (g.promote && g.kind !== 'negative') t.promote = { ...g.promote };
      if (g.kind === 'negative') negative.push(t);
      else if (g.kind === 'entities') entities.push(t);
      // Names and ordinary words: lower-case, single words to `terms`, the rest to `phrases`.
      else if (/\s|-/.test(item)) phrases.push(t);
      else terms.push(t);
    }
  }
  const out: TopicProfileSpec = { ...base, terms, phrases, entities, negative, listPeers: [...listPeers] };
  if (periods.length > 0) out.periods = periods.map((p) => ({ ...p }));
  return out;
}

export const ISRAEL_HAMAS_WAR: TopicProfileSpec = profileFromGroups(
  {
    id: 'israel-hamas-war',
    name: 'Israel–Hamas war',
    description:
      'The armed conflict between Israel and Hamas and other Gaza-based groups, in any period, and what is ' +
      'directly about it: operations, rockets, October 7, Gaza casualties and aid, hostages, ceasefire talks ' +
      'and mediators, legal and diplomatic responses, protests about the war, spillover tied to it.',
    threshold: 1,
    builtin: true,
  },
  ISRAEL_HAMAS_GROUPS,
  LIST_PEERS,
  WAR_PERIODS,
);

export const DEFAULT_TOPICS: readonly TopicProfile[] = [ISRAEL_HAMAS_WAR];
