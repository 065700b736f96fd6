/**
 * Lexicons of the attribution engine. One table per concept (DESIGN.md rule 2);
 * each entry group says why it exists and has `matches` / `mustNotMatch`
 * examples that tests/unit/attribution/lexicon.test.ts runs through the real
 * detector (so an example documents behaviour, not just membership).
 * The examples sit right after their table in a `<TABLE>_EXAMPLES` constant
 * keyed by group id, not inside the runtime objects: the detector never reads
 * them, so the bundler drops them from the content script.
 *
 * Cue vocabulary was learned from PolNeAR train (attributions-train.jsonl, the
 * most frequent cue strings: said, says, told, according to, wrote, added,
 * noted, reported, announced, argued, ...), curated by hand.
 */

export interface LexiconGroup {
  /** Stable name, used in tests and debugging. */
  id: string;
  /** Lower-case words or phrases. */
  terms: readonly string[];
}

/**
 * Examples of one entry group, run by the tests. Test-only data: kept in
 * separate `*_EXAMPLES` constants that no runtime code imports, so they are
 * tree-shaken out of the extension bundles.
 */
export interface LexiconExamples {
  /** Example texts in which the detector must find this group. */
  matches: readonly string[];
  /** Near-miss texts in which it must not. */
  mustNotMatch: readonly string[];
}

// ---------------------------------------------------------------------------
// Cue verbs: "X said ...", "..., X said", "said X". Inflections are listed
// explicitly: a stemmer would turn nouns ("claims", "reports") into cues.
// ---------------------------------------------------------------------------
export const CUE_VERBS: readonly LexiconGroup[] = [
  {
    // Plain speech verbs: the bulk of attributions in every corpus.
    id: 'speech',
    terms: ['said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'stated', 'explained', 'explains',
      'replied', 'responded', 'recalled', 'remarked', 'commented', 'continued', 'spoke', 'spoken', 'saying', 'telling',
      'testified', 'shouted', 'yelled', 'asked', 'recalls',
      // Manners of speaking, mostly after a quotation: "“It's simple,” Cuomo proclaimed", "he quipped".
      'quipped', 'quips', 'joked', 'retorted', 'proclaimed', 'proclaims', 'exclaimed', 'mused', 'lamented', 'laments',
      'boasted', 'bragged', 'scoffed'],
  },
  {
    // Assertive and evaluative verbs ("X insisted", "X warned"): still a person's claim.
    id: 'assertion',
    terms: ['claimed', 'claims', 'claim', 'insisted', 'insists', 'insist', 'denied', 'denies', 'deny', 'warned', 'warns',
      'noted', 'notes', 'note', 'estimated', 'estimates', 'confirmed', 'confirms', 'confirm', 'acknowledged', 'acknowledges',
      'admitted', 'admits', 'argued', 'argues', 'argue', 'asserted', 'asserts', 'contended', 'contends', 'declared',
      'declares', 'emphasized', 'emphasised', 'stressed', 'stresses', 'maintained', 'maintains', 'predicted', 'predicts',
      'suggested', 'suggests', 'indicated', 'indicates', 'cautioned', 'conceded', 'concedes', 'countered', 'alleged',
      'alleges', 'complained', 'agreed', 'disclosed', 'revealed', 'reiterated', 'pointed', 'points', 'point', 'described',
      'describes', 'describe', 'announced', 'announces', 'signaled', 'signalled', 'echoed', 'observed', 'observes', 'wondered', 'acknowledging', 'adding', 'noting', 'arguing', 'insisting', 'warning',
      'claiming', 'denying', 'confirming', 'calling', 'called', 'condemned', 'condemns', 'condemn',
      // An accusation is a claim ("Critics accused the mayor of lying"); not "accused of fraud", "the accused".
      'accused', 'accuses',
      // Participles after the main clause: "Hamas rejected the offer, stating that …" (analyze.ts PARTICIPLE_CUES).
      'stating', 'asserting', 'contending', 'explaining', 'admitting', 'alleging', 'maintaining', 'stressing', 'accusing',
      // Plural present tense: "Israeli military officials emphasize that", "officials maintain that".
      'warn', 'emphasize', 'emphasise', 'maintain', 'assert', 'contend', 'acknowledge', 'concede', 'allege', 'stress', 'suggest',
      'predict',
      // The same for more verbs whose third-person form was here alone: "Aides admit that …", "Diplomats indicate that …".
      // (Not "estimate" and "recall": more often a noun, or remembering: "according to one estimate", "Some still recall";
      // nor "reveal": "critics reveal their own misunderstanding" shows, and tells nothing.)
      'admit', 'explain', 'lament', 'indicate', 'reiterate',
      // Only before "that" (analyze.ts): "Democrats counter that …", not "over the counter", "runs counter to".
      'counter', 'counters',
      // Only before "that" or "against" (analyze.ts): "scholars caution that …", not "urged caution".
      'caution', 'cautions',
      // Only before "that" (analyze.ts): "Crime experts have concluded that …", "officials affirmed that …";
      // not "the talks concluded Monday", "the court affirmed the ruling", "clarify the rules".
      'concluded', 'concludes', 'conclude', 'affirmed', 'affirms', 'affirm',
      // "A campaign aide later clarified that Clinton misspoke" (only before "that", as above).
      'clarified', 'clarifies', 'clarify',
      'posit', 'posits', 'posited', 'fumed',
      // Only before a view (analyze.ts): "expressed skepticism at", "voiced concern that", "continued to voice concerns
      // that"; not "expressed by", "his voice", "express delivery".
      'expressed', 'voiced', 'voice', 'voices', 'voicing', 'express', 'expresses', 'expressing'],
  },
  {
    // Written and broadcast channels.
    id: 'written',
    terms: ['wrote', 'writes', 'write', 'tweeted', 'posted', 'published', 'reported', 'reports', 'report', 'learned',
      'emailed', 'texted', 'messaged'],
  },
  {
    // Cognition and evidence verbs. Weak: they attribute only when the source
    // is a group or document ("experts believe", "polls show"), not "Trump thinks".
    id: 'weak',
    terms: ['believe', 'believes', 'think', 'thinks', 'fear', 'fears', 'expect', 'expects', 'suspect', 'suspects',
      'show', 'shows', 'showed', 'shown', 'found', 'find', 'finds', 'agree', 'agrees', 'worry', 'worries', 'feel', 'felt',
      'feels', 'question', 'questioned', 'doubt', 'doubts', 'hope', 'hoped', 'praised', 'criticized', 'criticised',
      'charged', 'discovered',
      // Opinion, desire and cognition verbs PolNeAR annotates as attribution when a
      // group holds the view: "critics would call them", "no one expected", "scholars debated".
      'thought', 'expected', 'understand', 'understands', 'consider', 'considers', 'considered', 'debate', 'debated',
      'envisioned', 'envision', 'predicted', 'complain', 'complains', 'implored', 'threatened', 'threaten', 'urged',
      'urge', 'call', 'prefer', 'prefers',
      'view', 'views', 'viewed', 'echoed', 'accuse', 'blame', 'blamed', 'feared',
      'worried', 'dismissed', 'welcomed', 'doubted', 'wonder', 'wondered', 'recognize', 'recognized', 'acknowledge',
      'suspected', 'questioning', 'criticize', 'criticizing', 'criticising',
      // "Government officials at the time believed that …", "Administration officials are hinting strongly that …".
      'believed', 'hinted', 'hinting',
      // "Senior American officials disagree on what these troops will be doing" (only before what they differ on).
      'disagree', 'disagrees', 'disagreed',
      // "some lawmakers fretted about the status of their tax overhaul", "aides fret that …".
      'fret', 'frets', 'fretted', 'fretting',
      // "Several associates of Jones … speculated to The Daily Beast that …", "some analysts speculate that …".
      'speculated', 'speculate', 'speculates',
      // "a columnist for Haaretz dubbed Kerry a “nebbish”", "critics branded the plan a giveaway": a label given, as "called".
      'dubbed', 'branded', 'labeled', 'labelled'],
  },
];


/** Examples of `CUE_VERBS` by group id, run by tests/unit/attribution/lexicon.test.ts (test-only: see LexiconExamples). */
export const CUE_VERBS_EXAMPLES: Readonly<Record<string, LexiconExamples>> = {
  speech: {
    matches: ['Al-Ansari said leaders were not in Doha.', 'The deal is off, sources say.', 'One US official told CNN the group has no time.', 'Israeli media say the talks stalled.'],
    mustNotMatch: ['The saying goes that time heals.', 'Tell-tale signs of damage were visible.', 'Two officials testified before Congress on Tuesday.'],
  },
  assertion: {
    matches: ['Hamas denied the report, calling it baseless.', 'Officials confirmed the strike.', 'Qatar insisted it had not agreed.',
      'Critics accused the mayor of lying.', 'Crime experts have concluded that most victims knew the attacker.'],
    mustNotMatch: ['The talks concluded on Monday.', 'The appeals court affirmed the sentence.', 'The claims of the report were false.', 'Two officials accused of fraud resigned.', 'The accused told the court nothing.',
      'He was accused of fraud.', 'He signed the deal on Tuesday.', 'The officials insisted on anonymity.',
      'The Senate confirmed the nominee as attorney general.', 'The judge denied him bail.', 'Aides added her name to the list.', 'Neither Clinton nor her allies have been charged with any crime.', 'Bernie Sanders offered some pointed advice.'],
  },
  written: {
    matches: ['Reuters had also reported that the US was exerting pressure.', 'Israeli state broadcaster KAN reported on Sunday.', 'He wrote on X that the talks failed.'],
    mustNotMatch: ['The report was published in 2020 by nobody in particular'],
  },
  weak: {
    matches: ['Polls show the offensive has wide support.', 'Many experts suspect the losses were large.', 'Senior officials disagree on what the troops will do.', 'Some aides fret that the talks sow confusion.', 'Some analysts speculate that the deal will collapse.', 'Federal prosecutors charged two developers.', 'No one expected a long debate.', 'Scholars have long debated the question.', 'Most people would consider that rude.'],
    mustNotMatch: ['The troops found a tunnel.', 'Officials will consider charges against the treasurer.', 'Aides considered postponing the trip.', 'The Justice Department charged several Hamas leaders.', 'Trump wants a wall.', 'Republicans want lower taxes.', 'Witnesses saw a gun.', 'He defended people accused of fraud.', 'Regulators and advisers didn\'t know what to make of him.',
      // A group's view relayed by a named speaker is the speaker's claim.
      'Many voters believe the deal is bad, Smith said.', 'Some officials disagreed.', 'Officials disagreed in private.', 'Still, many reasonable people fret.'],
  },
};

/**
 * First words of stance phrases: weak cues only as the whole phrase (analyze.ts stanceEnd), "have made (it)
 * clear", "took issue with", "are critical of", "saw / see X as …". Kept out of `CUE_VERBS`: alone they are
 * everyday words ("made a deal", "took office", "a critical moment", "saw a gun") and must not end a phrase or
 * open a clause the way a cue verb does.
 */
export const STANCE_OPENERS: LexiconGroup = {
  id: 'stance',
  terms: ['made', 'make', 'makes', 'took', 'take', 'takes', 'critical', 'skeptical', 'sceptical', 'saw', 'see', 'sees',
    // Views, worries and feelings after "be", each with its word after (analyze.ts STANCE_NEXT): "officials are
    // confident that", "Clinton officials were thrilled with the editorial".
    'doubtful', 'wary', 'confident', 'optimistic', 'pessimistic', 'hopeful', 'convinced', 'fearful', 'worried', 'concerned', 'nervous', 'anxious', 'uneasy',
    'alarmed', 'unsure', 'uncertain', 'furious', 'frustrated', 'upset', 'angry', 'irate', 'incensed', 'thrilled', 'pleased',
    'delighted', 'disappointed', 'dismayed', 'divided', 'split',
    // "Certain officials cited protests over the film as the trigger of the violence": a cause named as a view, as
    // "saw X as" (not "cited two officials as saying": a quotation, read as such).
    'cited', 'cite', 'cites',
    // "Some lawmakers raised concerns that …", "have raised questions about …" (analyze.ts RAISED_VIEWS): not "raised
    // money", "raised in Ohio".
    'raised', 'raise', 'raises', 'raising',
    // "Some voters now regard him with distaste", "many regard the deal as a mistake" (not "is regarded as").
    'regard', 'regards', 'regarded'],
};

/** Examples of `STANCE_OPENERS` by group id, run by tests/unit/attribution/lexicon.test.ts (test-only: see LexiconExamples). */
export const STANCE_OPENERS_EXAMPLES: Readonly<Record<string, LexiconExamples>> = {
  stance: {
    matches: ['Several lawmakers have made it clear they will not stay in town.', 'Some Republican members took issue with the loophole.',
      'There are numerous detractors who are critical of the proposal.', 'Many senators saw the killing as the act of an ally.',
      'Many analysts see the move as a gamble.', 'Even some supporters took exception to the tone of the tweet.',
      'But experts are skeptical about the threats.', 'Pentagon officials are concerned that Russia will use the data.',
      'Some Republican senators are wary of stripping the coverage.', 'Constitutional scholars are divided on whether he can do it.',
      'Clinton officials were thrilled with the editorial.', 'Certain officials cited protests over the film as the trigger of the violence.',
      'Some lawmakers raised concerns that the deal is weak.'],
    mustNotMatch: ['Officials made a deal on Tuesday.', 'Some lawmakers took office in January.', 'Critics saw the convoy as it left.',
      'Experts called it a critical moment.', 'Randal Serr, director of Take Care Utah, told ABC News it was absurd.',
      'Officials are concerned.', 'A worried official left early.', 'Some people are worried on behalf of the voters.',
      'Officials took exception in rare cases.', 'A skeptical public waited.', 'Some donors raised money for the campaign.',
      'Many officials were raised in Ohio.'],
  },
};

/**
 * Evaluative participles whose "by" phrase names who holds the view: "has been called
 * a charlatan by fellow physicians", "a view echoed by everyone I interviewed".
 * Weak cues: only an unnamed agent makes a claim (a named one is rarely the point).
 */
export const PASSIVE_PARTICIPLES: LexiconGroup = {
  id: 'passive-by',
  terms: ['called', 'echoed', 'supported', 'criticized', 'criticised', 'praised', 'described', 'endorsed', 'viewed',
    'considered', 'branded', 'labeled', 'labelled', 'dubbed', 'accused', 'blamed', 'questioned', 'challenged',
    'disputed', 'rejected', 'denounced', 'condemned', 'opposed', 'backed', 'favored', 'favoured', 'predicted',
    'estimated', 'ridiculed', 'mocked', 'slammed', 'doubted', 'dismissed', 'hailed', 'welcomed', 'shared',
    'voiced', 'expressed', 'regarded', 'seen', 'deemed'],
};

/** Examples of `PASSIVE_PARTICIPLES` by group id, run by tests/unit/attribution/unnamed-groups.test.ts (test-only: see LexiconExamples). */
export const PASSIVE_PARTICIPLES_EXAMPLES: Readonly<Record<string, LexiconExamples>> = {
  'passive-by': {
    matches: ['He has been called a charlatan by fellow physicians.', 'Trump is supported by far fewer publications.', 'It was a view echoed by everyone I interviewed.'],
    // Not "attacked": in war reporting its agent is a physical attacker far more often than a critic.
    mustNotMatch: ['The plan was backed by Senator Jane Roe.', 'He was called by his lawyer.', 'The bill was supported by the committee.',
      'The convoy was attacked by militants near Rafah.'],
  },
};

/** Phrasal cues introducing the source after them: "according to X", "X confirmed to KAN". */
export const PREPOSED_CUES: LexiconGroup = {
  id: 'according-to',
  terms: ['according to', 'citing'],
};

/** Examples of `PREPOSED_CUES` by group id, run by tests/unit/attribution/lexicon.test.ts (test-only: see LexiconExamples). */
export const PREPOSED_CUES_EXAMPLES: Readonly<Record<string, LexiconExamples>> = {
  'according-to': {
    matches: ['The plan failed, according to a senior official.', 'Qatar told Hamas to leave, according to The New York Times.'],
    mustNotMatch: ['The vote went according to plan.'],
  },
};

/** Words that may sit between a subject and its cue verb: "Reuters had also reported". */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'would', 'will', 'did', 'does', 'do', 'also', 'later', 'earlier', 'previously', 'again',
  'further', 'separately', 'repeatedly', 'publicly', 'privately', 'recently', 'initially', 'first', 'then', 'already',
  'since', 'once', 'could', 'may', 'might', 'is', 'are', 'was', 'were', 'been', 'not', 'never', 'reportedly', 'both',
  'all', 'generally', 'often', 'similarly', 'flatly', 'strongly', 'quickly', 'subsequently', 'widely', 'still', 'had',
  'long', 'just',
  // Adverbs that sit between a subject and its verb: "polls consistently show", "some even say".
  // (Not "even", "sometimes", "immediately": in the corpus they mostly sit before narrative verbs, "some even
  // welcomed the chance", "he sometimes called", "immediately told him of the call".)
  'consistently', 'increasingly', 'openly', 'clearly', 'now', 'usually', 'frequently', 'regularly',
  'routinely', 'largely', 'mostly', 'overwhelmingly', 'broadly', 'likewise', 'explicitly', 'bluntly',
  'sharply', 'quietly', 'originally',
  // How a view is told: "Some activists gleefully predict", "critics angrily accused", "officials emphatically denied".
  // (Not "falsely" or "wrongly": they judge a claim inside another, "Prosecutors charged that he falsely told agents".)
  'gleefully', 'angrily', 'loudly', 'rightly', 'correctly', 'confidently', 'vehemently',
  'forcefully', 'adamantly', 'emphatically', 'bitterly', 'harshly', 'firmly', 'candidly', 'frankly', 'proudly',
  'cautiously', 'unanimously', 'formally', 'officially', 'roundly',
  // Discourse adverbs without their commas: "Others however see …", "Critics though say …", "Not everyone however agreed".
  'however', 'though', 'meanwhile', 'instead', 'nonetheless', 'nevertheless',
  // Negated auxiliaries: "advisers didn't say".
  "didn't", "don't", "doesn't", "won't", "wouldn't", "can't", "couldn't", "hasn't", "haven't", "hadn't", "isn't",
  "aren't", "wasn't", "weren't", 'didn\u2019t', 'don\u2019t', 'doesn\u2019t', 'won\u2019t', 'wouldn\u2019t', 'can\u2019t',
  'couldn\u2019t', 'hasn\u2019t', 'haven\u2019t', 'hadn\u2019t', 'isn\u2019t', 'aren\u2019t', 'wasn\u2019t', 'weren\u2019t',
]);

/**
 * Verbs of aspect and appearance that take the cue as an infinitive: "officials
 * continue to insist", "U.S. officials began to fear", "diplomats appear to concede".
 * The subject before them is the cue's subject.
 */
export const ASPECT_VERBS: ReadonlySet<string> = new Set([
  'continue', 'continues', 'continued', 'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started',
  'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'tend', 'tends', 'tended',
]);

// ---------------------------------------------------------------------------
// Source phrases: classified by their head noun (last word of the core noun
// phrase) and their proper names.
// ---------------------------------------------------------------------------

/** Heads that stand for a particular person or people whose name is withheld. */
export const ANONYMOUS_HEADS: LexiconGroup = {
  id: 'anonymous-heads',
  terms: ['source', 'sources', 'official', 'officials', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors',
    'diplomat', 'diplomats', 'insider', 'insiders', 'negotiator', 'negotiators', 'investigator', 'investigators',
    'prosecutors', 'staffer', 'staffers', 'operative', 'operatives', 'confidant', 'confidants', 'associate', 'associates',
    'witness', 'witnesses', 'someone', 'somebody', 'surrogates', 'attorneys', 'lawyers', 'friend', 'soldier',
    'soldiers', 'officer', 'officers', 'person', 'individual', 'individuals', 'functionary', 'functionaries',
    'loyalists', 'mediators', 'mediator', 'personnel'],
};

/** Examples of `ANONYMOUS_HEADS` by group id, run by tests/unit/attribution/lexicon.test.ts (test-only: see LexiconExamples). */
export const ANONYMOUS_HEADS_EXAMPLES: Readonly<Record<string, LexiconExamples>> = {
  'anonymous-heads': {
    matches: ['a senior administration official', 'US and Qatari sources', 'Israeli officials', 'An American source',
      'a Turkish diplomatic source', 'the Hamas official', 'people familiar with the talks', 'a person briefed on the plan',
      'One US official', 'an aide', 'diplomats'],
    mustNotMatch: ['Qatari foreign ministry spokesperson Majed Al-Ansari', 'the Pentagon', 'Reuters', 'At least one Hamas member'],
  },
};

/** Groups too broad to identify anyone: "experts say", "critics say", "polls show". */
export const VAGUE_HEADS: LexiconGroup = {
  id: 'vague-heads',
  terms: ['experts', 'analysts', 'critics', 'observers', 'commentators', 'scholars', 'economists', 'pundits', 'skeptics',
    'sceptics', 'detractors', 'defenders', 'opponents', 'some', 'others', 'many', 'few', 'people', 'polls', 'polling', 'reports', 'rumors', 'rumours',
    'studies', 'research', 'analyses', 'historians', 'specialists', 'watchers', 'everyone', 'speculation', 'backers',
    // Those who rate races at large, like "analysts": "according to several election handicappers". (Not
    // "forecasters": on the corpus mostly the weather service's, "Forecasters said the storm …".)
    'handicappers', 'prognosticators'],
};

/** Examples of `VAGUE_HEADS` by group id, run by tests/unit/attribution/lexicon.test.ts (test-only: see LexiconExamples). */
export const VAGUE_HEADS_EXAMPLES: Readonly<Record<string, LexiconExamples>> = {
  'vague-heads': {
    matches: ['experts', 'critics', 'Some', 'polls', 'recent polling', 'reports', 'media reports', 'Foreign policy analysts', 'Backers of the pipeline', 'Backers',
      'several election handicappers'],
    mustNotMatch: ['a Gallup poll', 'the Hamas official', 'Clinton supporters', 'Voting rights advocates'],
  },
};

/**
 * Common nouns for people who are not named by them: "a doctor", "several cast
 * members", "many voters". Alone they identify no one; the determiner decides
 * (source.ts): an indefinite singular or a counted/quantified plural is an
 * unnamed source; a bare plural of a defined group ("Republicans", "voters")
 * stays a group, and a possessive one ("his lawyer", "my father") is often a
 * unique, identifiable relation, so neither is flagged.
 * Learned from the most frequent lower-case source heads of PolNeAR train.
 */
export const PERSON_NOUNS: LexiconGroup = {
  id: 'person-nouns',
  terms: [
    // Professions and roles that many people hold (unlike "the spokesman" of one office).
    'doctor', 'doctors', 'physician', 'physicians', 'lawyer', 'attorney', 'announcer', 'narrator', 'questioner',
    'speechwriter', 'speechwriters', 'doc', 'docs', 'strategist', 'strategists', 'consultant', 'consultants', 'pollster', 'pollsters',
    'donor', 'donors', 'fundraiser', 'fundraisers', 'bundler', 'bundlers', 'volunteer', 'volunteers', 'organizer', 'organizers', 'employee', 'employees', 'worker', 'workers',
    'executive', 'executives', 'teacher', 'teachers', 'professor', 'professors', 'researcher', 'researchers', 'scientist',
    'scientists', 'economist', 'historian', 'scholar', 'expert', 'analyst', 'commentator', 'observer', 'critic',
    'lawmaker', 'legislator', 'senator', 'congressman', 'delegate',
    'activist', 'activists', 'advocate', 'advocates', 'proponent', 'proponents', 'protester', 'protesters', 'member', 'members', 'staff', 'staffer',
    'insider', 'ally', 'allies', 'backer', 'backers', 'supporter', 'supporters', 'opponent', 'opponents', 'voter', 'voters',
    'resident', 'residents', 'citizen', 'citizens', 'student', 'students', 'parent', 'parents', 'veteran', 'veterans',
    'investor', 'investors', 'creditor', 'creditors', 'taxpayer', 'taxpayers', 'businessman', 'businessmen', 'owner',
    'owners', 'candidate', 'leader', 'leaders', 'politician', 'politicians', 'writer', 'writers', 'editor',
    'fan', 'fans', 'attendee', 'attendees', 'participant', 'participants', 'respondent', 'respondents', 'cop', 'cops',
    'agent', 'agents', 'guard', 'guards', 'nurse', 'nurses', 'survivor', 'survivors', 'victim', 'victims',
    'conservatives', 'liberals', 'progressives', 'moderates', 'republican', 'democrat', 'americans', 'colleague',
    // Camps of opinion and rivals, counted or quantified as the ones above: "some democratic socialists had raised
    // concerns", "Republican rivals scoffed" (bare, "Socialists say", a camp at large, as "Conservatives say").
    'socialists', 'libertarians', 'evangelicals', 'nationalists', 'populists', 'hardliners', 'hard-liners', 'hawks',
    'centrists', 'leftists', 'isolationists', 'environmentalists', 'feminists', 'rival', 'rivals', 'challengers',
    'colleagues', 'neighbor', 'neighbors', 'publications',
    // People met in war and disaster reporting: "a medic said", "militants in Gaza said", "two fishermen told AFP".
    'militant', 'militants', 'fighter', 'fighters', 'villager', 'villagers', 'medic', 'medics',
    'paramedic', 'paramedics', 'rescuer', 'rescuers', 'bystander', 'bystanders', 'shopkeeper', 'shopkeepers', 'farmer',
    'farmers', 'fisherman', 'fishermen', 'refugee', 'refugees', 'mourner', 'mourners', 'worshipper', 'worshippers',
    'soldier', 'soldiers', 'commanders', 'pilot', 'pilots', 'firefighter', 'firefighters', 'driver', 'drivers', 'engineer', 'engineers',
    // More trades whose members speak without a name: "one farm lobbyist said", "a Republican operative said".
    'lobbyist', 'lobbyists', 'operative', 'operatives', 'banker', 'bankers', 'trader', 'traders', 'contractor', 'contractors',
    'producer',
    'cleric', 'clerics', 'pastor', 'priest', 'priests', 'rabbi', 'imam', 'detective', 'detectives', 'clerk',
    // Audiences and social-media posters: "one user wrote", "a caller told the show".
    // (Not "viewer", "listener": mostly the generic audience, "a finger pointed at the viewer".)
    'user', 'users', 'commenter', 'commenters', 'reader', 'readers', 'caller', 'callers', 'blogger', 'bloggers',
    // More people quoted without a name after a quotation, from a recall reading of the corpus: "“…,” one eyewitness
    // told", "a Clinton loyalist said", "one career civil servant said" ("prosecutor" is a title, as "judge" is).
    'eyewitness', 'loyalist', 'whistleblower', 'whistleblowers', 'accuser', 'accusers', 'surrogate', 'appointee',
    // A think tank's or a university's fellows: "a senior research fellow at the Heritage Foundation" (as the head of
    // its phrase; "fellow Republicans" keeps its own head).
    'fellow', 'fellows',
    'demonstrator', 'demonstrators', 'educator', 'educators', 'customer', 'customers', 'shopper', 'shoppers',
    'traveler', 'travelers', 'traveller', 'travellers', 'sailor', 'sailors', 'elector', 'electors', 'intern', 'interns',
    'photographer', 'photographers', 'psychologist', 'psychologists', 'curator', 'curators', 'follower', 'followers',
    'servant', 'servants',
    // (Not "girl", "boy", "conservative": on the corpus as often "a boy or a girl tells you", "the most conservative
    // estimates", "A white boy calling …" as people who speak.)
    // Not here: plurals of parties and official bodies ("Democrats", "lawmakers", "countries"): a defined group
    // (source.ts PARTY_PLURALS makes a quantified party plural, "some Democrats", an unnamed group).
    // Family and acquaintances: "her daughter", "a friend of the family".
    'daughter', 'son', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'cousin', 'relative', 'relatives',
    'friends', 'acquaintance', 'acquaintances', 'classmate', 'classmates', 'man', 'woman', 'men', 'women', 'guy',
  ],
};

/** Examples of `PERSON_NOUNS` by group id, run by tests/unit/attribution/unnamed-groups.test.ts (test-only: see LexiconExamples). */
export const PERSON_NOUNS_EXAMPLES: Readonly<Record<string, LexiconExamples>> = {
  'person-nouns': {
    matches: ['a doctor', 'Several cast members', 'two Democratic speechwriters', 'Many of his supporters', 'One Republican', 'an announcer', 'fellow physicians',
      'a Trump appointee', 'a senior research fellow'],
    mustNotMatch: ['Republicans', 'voters', 'Clinton supporters', 'the doctor', 'Dr. Mehmet Oz', 'Democrats', 'his lawyer', "the candidate's former doctor"],
  },
};

/** Heads naming an organization's official voice or an identified document. */
export const INSTITUTION_HEADS: LexiconGroup = {
  id: 'institution-heads',
  terms: ['ministry', 'military', 'army', 'navy', 'government', 'administration', 'department', 'office', 'agency',
    'police', 'authorities', 'authority', 'campaign', 'committee', 'council', 'court', 'embassy', 'commission', 'party',
    'movement', 'group', 'groups', 'organization', 'organisation', 'forces', 'cabinet', 'parliament', 'board', 'company',
    'firm', 'union', 'coalition', 'alliance', 'service', 'bureau', 'team', 'hospital', 'statement', 'poll', 'survey',
    'study', 'analysis', 'data', 'document', 'documents', 'letter', 'memo', 'filing', 'ruling', 'indictment', 'website',
    'spokesperson\'s office', 'regime', 'state', 'states', 'senate', 'congress', 'white house', 'leadership', 'report',
    'census', 'corps', 'brigades', 'wing', 'directorate', 'presidency', 'kremlin', 'pentagon', 'ministries', 'governments',
    'unit', 'center', 'institute', 'foundation', 'association', 'university', 'bank', 'fund', 'federation', 'network', 'club',
    'society', 'academy', 'academies'],
};

/** Examples of `INSTITUTION_HEADS` by group id, run by tests/unit/attribution/lexicon.test.ts (test-only: see LexiconExamples). */
export const INSTITUTION_HEADS_EXAMPLES: Readonly<Record<string, LexiconExamples>> = {
  'institution-heads': {
    matches: ['the Qatari foreign ministry', "Israel's military", 'the White House', 'a Gallup poll', 'the Pentagon',
      'the report by the UN', 'Hamas', 'Qatar', 'The Justice Department', 'the Royal Society', 'the National Academy'],
    mustNotMatch: ['a senior administration official', 'experts'],
  },
};

/** Proper names of organizations and states that speak as institutions. */
export const INSTITUTION_NAMES: readonly string[] = [
  'hamas', 'hezbollah', 'hizbollah', 'idf', 'pentagon', 'kremlin', 'white house', 'state department', 'un', 'u.n.',
  'united nations', 'nato', 'eu', 'e.u.', 'european union', 'unrwa', 'who', 'unicef', 'ocha', 'plo', 'fatah',
  'islamic jihad', 'houthis', 'houthi', 'shin bet', 'mossad', 'cogat', 'unhcr', 'icrc', 'red cross', 'red crescent',
  'amnesty international', 'human rights watch', 'doctors without borders', 'reporters without borders', 'medecins sans frontieres', 'm\u00e9decins sans fronti\u00e8res', 'msf', 'imf', 'world bank', 'fbi', 'cia', 'nsa', 'dhs', 'doj', 'gop', 'dnc',
  'rnc', 'congress', 'senate', 'the house', 'supreme court', 'knesset', 'downing street', 'elysee', 'quai d\'orsay',
  'idf spokesperson', 'taliban', 'isis', 'al-qaeda', 'egypt', 'israel', 'qatar', 'turkey', 'iran', 'lebanon', 'syria',
  'jordan', 'saudi arabia', 'russia', 'china', 'ukraine', 'france', 'germany', 'britain', 'washington', 'moscow',
  'beijing', 'tehran', 'cairo', 'doha', 'ankara', 'jerusalem', 'london', 'paris', 'the united states', 'united states',
  'the us', 'us', 'u.s.', 'america', 'yemen', 'iraq', 'the palestinian authority', 'palestinian authority', 'the uae',
  'uae', 'bahrain', 'morocco', 'gallup', 'pew', 'quinnipiac', 'ipsos', 'yougov', 'hamas-run health ministry',
];

/** Names of the days and months, lower-case: time words, never a source or a person's name. */
export const WEEKDAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];

/** The US states, as written. */
export const US_STATES: readonly string[] = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut',
  'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
  'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming'];
/** One-word states that are often a person's name too ("Virginia", "Montana", "Indiana", "Georgia" is a country as well). */
const STATES_THAT_ARE_NAMES = new Set(['virginia', 'montana', 'indiana', 'tennessee', 'maine', 'washington', 'georgia']);

/**
 * States and capitals that speak as governments ("Pyongyang denies", "Japan said", "Texas said"): places, never
 * a person's name. The last word of a name of several words is the one read ("South Africa", "Sri Lanka", "New
 * Delhi"). Left out: names that are often a person's ("Chad", "Sofia", "Victoria", "Salvador", "Santiago", "Lima", and
 * STATES_THAT_ARE_NAMES).
 */
export const COUNTRIES_AND_CAPITALS: LexiconGroup = {
  id: 'countries-and-capitals',
  terms: ['afghanistan', 'pakistan', 'japan', 'venezuela', 'cuba', 'libya', 'sudan', 'somalia', 'ethiopia', 'nigeria', 'kenya',
    'mexico', 'canada', 'brazil', 'argentina', 'colombia', 'italy', 'spain', 'poland', 'hungary', 'greece', 'belarus', 'armenia',
    'azerbaijan', 'kazakhstan', 'taiwan', 'vietnam', 'philippines', 'indonesia', 'malaysia', 'thailand', 'myanmar', 'burma',
    'bangladesh', 'australia', 'oman', 'bahrain', 'kuwait', 'tunisia', 'algeria', 'morocco', 'norway', 'sweden', 'denmark',
    'finland', 'netherlands', 'belgium', 'austria', 'switzerland', 'ireland', 'scotland', 'wales', 'serbia', 'kosovo', 'bosnia',
    'croatia', 'romania', 'bulgaria', 'moldova', 'lithuania', 'latvia', 'estonia', 'nicaragua', 'honduras', 'guatemala', 'haiti',
    'chile', 'peru', 'bolivia', 'ecuador', 'uruguay', 'paraguay', 'eritrea', 'mali', 'niger', 'congo', 'rwanda', 'uganda',
    'zimbabwe', 'africa', 'ghana', 'lanka', 'nepal', 'mongolia', 'cambodia', 'laos', 'singapore', 'zealand', 'iceland',
    'portugal', 'cyprus', 'slovakia', 'slovenia', 'czech', 'georgia', 'england', 'europe', 'asia', 'kurdistan',
    'pyongyang', 'seoul', 'tokyo', 'kabul', 'islamabad', 'delhi', 'baghdad', 'damascus', 'riyadh', 'amman', 'ramallah',
    'dhabi', 'muscat', 'sanaa', 'tripoli', 'khartoum', 'kyiv', 'kiev', 'minsk', 'berlin', 'brussels', 'rome', 'madrid',
    'warsaw', 'budapest', 'athens', 'havana', 'caracas', 'taipei', 'manila', 'hanoi', 'ottawa', 'canberra', 'jakarta',
    'bogota', 'ankara', 'tehran', 'moscow', 'beijing', 'london', 'paris', 'geneva', 'vienna', 'stockholm', 'oslo', 'dublin',
    // The one-word US states, but those that are often a person's name.
    ...US_STATES.map((n) => n.toLowerCase()).filter((n) => !n.includes(' ') && !STATES_THAT_ARE_NAMES.has(n))],
};
/** Examples of `COUNTRIES_AND_CAPITALS`, run by tests/unit/attribution/lexicon.test.ts (test-only: see LexiconExamples). */
export const COUNTRIES_AND_CAPITALS_EXAMPLES: Readonly<Record<string, LexiconExamples>> = {
  'countries-and-capitals': {
    matches: ['Pyongyang denies their existence.', 'Japan said it would respond.', 'Texas said the rule was unlawful.', 'South Africa said it would vote.'],
    mustNotMatch: ['Chad said he would go.', 'Virginia said she was tired.', 'Sofia told reporters she left.'],
  },
};

/** Capitalized words that name places or groups and never make a phrase a person's name. */
export const DEMONYMS_AND_PLACES: ReadonlySet<string> = new Set([
  'us', 'u.s.', 'u.s', 'usa', 'american', 'americans', 'america', 'israel', 'israeli', 'israelis', 'palestinian',
  'palestinians', 'gaza', 'gazan', 'qatar', 'qatari', 'egypt', 'egyptian', 'turkey', 'turkish', 'iran', 'iranian',
  'lebanon', 'lebanese', 'syria', 'syrian', 'jordan', 'jordanian', 'saudi', 'emirati', 'uae', 'russia', 'russian',
  'china', 'chinese', 'ukraine', 'ukrainian', 'british', 'uk', 'u.k.', 'france', 'french', 'german', 'germany',
  'european', 'western', 'arab', 'arabs', 'hamas', 'hezbollah', 'houthi', 'yemeni', 'yemen', 'iraq', 'iraqi', 'west',
  'bank', 'jerusalem', 'tel', 'aviv', 'doha', 'cairo', 'washington', 'beirut', 'republican', 'republicans', 'democrat',
  'democrats', 'democratic', 'gop', 'white', 'house', 'federal', 'state', 'un', 'u.n.', 'eu', 'nato', 'idf', 'senior',
  'administration', 'pentagon', 'national', 'international', 'foreign', 'defense',
  'defence', 'security', 'intelligence', 'military', 'justice', 'health', 'campaign', 'middle', 'east', 'mideast',
  'north', 'south', 'northern', 'southern', 'korea', 'korean', 'european', 'britain', 'united', 'states', 'nations',
  'kingdom', 'muslim', 'jewish', 'christian', 'sunni', 'shiite', 'kurdish', 'afghan', 'pakistani', 'indian', 'india',
  'mexican', 'canadian', 'japanese', 'australian', 'italian', 'spanish', 'dutch', 'belgian', 'swiss', 'polish',
  // Peoples named without a place: "many Latinos" are a people, not a person named Latinos.
  'latino', 'latinos', 'latina', 'latinas', 'hispanic', 'hispanics',
  // Nations in the plural, as "Israelis": "the Saudis announced" is a state, not a person named Saudis.
  'gazans', 'egyptians', 'qataris', 'iraqis', 'syrians', 'iranians', 'saudis', 'yemenis', 'jordanians', 'russians', 'ukrainians',
  'afghans', 'pakistanis', 'mexicans', 'europeans', 'kurds', 'turks', 'emiratis',
  ...COUNTRIES_AND_CAPITALS.terms,
]);

/**
 * Common given names (lower-case). Before a surname that is also a place, a people or an institution word
 * ("David French", "Darrell West", "John Fund", "Douglas Letter") one makes the phrase a person. Names that
 * are places or common words themselves ("Georgia", "Jordan", "Chad", "Austin", "Victoria", "Will", "Rose",
 * "Grant") are left out: "Georgia Republicans" stays a party, "Victoria Police" a force.
 */
export const GIVEN_NAMES: LexiconGroup = {
  id: 'given-names',
  terms: ['aaron', 'abigail', 'abraham', 'adam', 'adrian', 'alan', 'albert', 'alex', 'alexander', 'alexandra', 'alice', 'alicia',
    'allison', 'amanda', 'amber', 'amy', 'andrea', 'andrew', 'andy', 'angela', 'anna', 'anne', 'anthony', 'antonio',
    'arthur', 'ashley', 'barbara', 'barry', 'ben', 'benjamin', 'beth', 'betty', 'bill', 'bob', 'bobby', 'bonnie',
    'brad', 'bradley', 'brandon', 'brenda', 'brett', 'brian', 'bruce', 'bryan', 'carl', 'carlos', 'carol', 'caroline',
    'catherine', 'charles', 'charlie', 'chris', 'christina', 'christine', 'christopher', 'cindy', 'claire', 'colin',
    'cornel', 'craig', 'cynthia', 'dan', 'dana', 'daniel', 'danny', 'darrell', 'dave', 'david', 'deborah', 'debra',
    'dennis', 'derek', 'diana', 'diane', 'donald', 'donna', 'doug', 'douglas', 'ed', 'eddie', 'edward', 'elizabeth',
    'ellen', 'emily', 'emma', 'eric', 'erica', 'erika', 'eugene', 'evan', 'frank', 'fred', 'gary', 'george', 'gerald',
    'gloria', 'gordon', 'greg', 'gregory', 'hannah', 'harold', 'harry', 'heather', 'helen', 'henry', 'howard', 'ian',
    'jack', 'jacob', 'james', 'jamie', 'jane', 'janet', 'jason', 'jean', 'jeff', 'jeffrey', 'jennifer', 'jeremy',
    'jerry', 'jessica', 'jim', 'jimmy', 'joan', 'joe', 'joel', 'john', 'johnny', 'jon', 'jonathan', 'joseph', 'josh',
    'joshua', 'joyce', 'juan', 'judith', 'judy', 'julia', 'julie', 'justin', 'karen', 'kate', 'katherine', 'kathleen',
    'kathryn', 'kathy', 'keith', 'kelly', 'ken', 'kenneth', 'kevin', 'kim', 'kristen', 'kyle', 'larry', 'laura',
    'lauren', 'lawrence', 'leslie', 'linda', 'lisa', 'louis', 'luis', 'lynn', 'margaret', 'maria', 'marie', 'mark',
    'martha', 'martin', 'mary', 'matt', 'matthew', 'megan', 'melissa', 'michael', 'michelle', 'mike', 'nancy',
    'natalie', 'nathan', 'nicholas', 'nick', 'nicole', 'pamela', 'patricia', 'patrick', 'paul', 'peggy', 'peter',
    'philip', 'phillip', 'rachel', 'ralph', 'randy', 'raymond', 'rebecca', 'richard', 'rick', 'rob', 'robert', 'robin',
    'roger', 'ron', 'ronald', 'russell', 'ruth', 'ryan', 'sally', 'samantha', 'samuel', 'sandra', 'sara', 'sarah',
    'scott', 'sean', 'sharon', 'shirley', 'stephanie', 'stephen', 'steve', 'steven', 'susan', 'teresa', 'terry',
    'thomas', 'tim', 'timothy', 'todd', 'tom', 'tony', 'tracy', 'tyler', 'valerie', 'victor', 'vincent', 'walter',
    'wayne', 'wendy', 'william', 'zachary'],
};

/** Examples of `GIVEN_NAMES` by group id, run by tests/unit/attribution/lexicon.test.ts (test-only: see LexiconExamples). */
export const GIVEN_NAMES_EXAMPLES: Readonly<Record<string, LexiconExamples>> = {
  'given-names': {
    matches: ['David French', 'Darrell West', 'Michael German', 'Douglas Letter', 'Jim Jordan'],
    mustNotMatch: ['Nazi Germany', 'Modern Israel', 'Official Washington', 'Georgia Republicans', 'South Korea'],
  },
};

/** Titles and roles: a phrase ending in one names a role, not yet a person. */
export const TITLES: LexiconGroup = {
  id: 'titles',
  terms: ['spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'secretary', 'ambassador', 'chief',
    'director', 'commander', 'senator', 'governor', 'leader', 'chairman', 'chairwoman', 'chair', 'mayor', 'envoy',
    'premier', 'king', 'emir', 'general', 'prime', 'head', 'candidate', 'nominee', 'speaker', 'representative',
    'congressman', 'congresswoman', 'lawmaker', 'adviser', 'ceo', 'founder', 'manager', 'coordinator', 'sheikh',
    'prince', 'crown', 'vice', 'deputy', 'chancellor', 'pope', 'judge', 'justice', 'attorney', 'prosecutor', 'rep.', 'sen.', 'gov.',
    'gen.', 'lt.', 'col.', 'dr.', 'mr.', 'mrs.', 'ms.', 'maj.', 'capt.', 'sgt.', 'adm.', 'prof.', 'rev.'],
};

/** Examples of `TITLES` by group id, run by tests/unit/attribution/lexicon.test.ts (test-only: see LexiconExamples). */
export const TITLES_EXAMPLES: Readonly<Record<string, LexiconExamples>> = {
  titles: {
    matches: ['the spokesman', 'a spokesman'],
    mustNotMatch: ['Majed Al-Ansari', 'sources'],
  },
};

/** Outlet names (lower-case, multi-word allowed). A source naming one is another outlet's report. */
export const OUTLET_NAMES: readonly string[] = [
  'reuters', 'thomson reuters', 'associated press', 'the associated press', 'ap', 'afp', 'agence france-presse', 'cnn', 'bbc', 'nbc',
  'nbc news', 'abc', 'abc news', 'cbs', 'cbs news', 'fox news', 'fox', 'msnbc', 'npr', 'pbs', 'bloomberg', 'axios',
  'politico', 'the hill', 'the new york times', 'new york times', 'the times', 'the washington post', 'washington post',
  'the post', 'the wall street journal', 'wall street journal', 'the journal', 'usa today', 'the guardian', 'guardian',
  'financial times', 'the financial times', 'the economist', 'the atlantic', 'the new yorker', 'vox', 'breitbart',
  'breitbart news', 'the daily beast', 'huffpost', 'huffington post', 'buzzfeed', 'buzzfeed news', 'yahoo! news',
  'yahoo news', 'yahoo!', 'yahoo', 'al jazeera', 'al-jazeera', 'al arabiya', 'al-arabiya', 'al-monitor', 'al monitor',
  'haaretz', 'the times of israel', 'times of israel', 'the jerusalem post', 'jerusalem post', 'ynet', 'ynetnews',
  'yedioth ahronoth', 'yediot ahronot', 'maariv', 'israel hayom', 'walla', 'kan', 'channel 12', 'channel 13',
  'channel 10', 'channel 2', 'channel 11', 'i24news', 'army radio', 'the national', 'the telegraph', 'the independent',
  'sky news', 'der spiegel', 'le monde', 'tass', 'ria novosti', 'xinhua', 'anadolu', 'anadolu agency', 'wafa',
  'ma\'an', 'irna', 'fars', 'tasnim', 'press tv', 'al-akhbar', 'al-quds', 'asharq al-awsat', 'the new york post',
  'new york post', 'the boston globe', 'los angeles times', 'the los angeles times', 'chicago tribune', 'newsweek',
  'time', 'time magazine', 'the washington times', 'washington examiner', 'the washington examiner', 'daily mail',
  'the daily mail', 'the sun', 'mcclatchy', 'propublica', 'the intercept', 'semafor', 'punchbowl news', 'cnbc',
  'business insider', 'insider', 'the free press', 'national review', 'the federalist', 'daily caller', 'the daily caller',
  'slate', 'salon', 'mother jones', 'the nation', 'rt', 'sputnik', 'israel tv', 'israeli tv', 'channel 14',
  'daily telegraph', 'sunday telegraph', 'sunday times', 'evening standard', 'daily mirror', 'daily express',
];

/** Lower-case heads that describe an outlet: "Israeli state broadcaster KAN", "Hebrew media". */
export const OUTLET_HEADS: LexiconGroup = {
  id: 'outlet-heads',
  terms: ['newspaper', 'broadcaster', 'daily', 'outlet', 'outlets', 'channel', 'tv', 'television', 'radio', 'media',
    'magazine', 'station', 'wire', 'tabloid', 'news', 'press', 'newswire', 'reporter', 'reporters', 'correspondent',
    'journalist', 'journalists', 'website', 'paper', 'columnist', 'columnists'],
};

/** Examples of `OUTLET_HEADS` by group id, run by tests/unit/attribution/lexicon.test.ts (test-only: see LexiconExamples). */
export const OUTLET_HEADS_EXAMPLES: Readonly<Record<string, LexiconExamples>> = {
  'outlet-heads': {
    matches: ['Israeli state broadcaster KAN', 'Reuters', 'Hebrew media', 'The New York Times', 'the state broadcaster'],
    mustNotMatch: ['a Reuters witness', 'An American source'],
  },
};

/** Pronouns resolved against the last source seen in the document. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'him', 'her', 'them']);

// ---------------------------------------------------------------------------
// Hedges: claims with no source at all. Each entry is a small regular
// expression over the lower-cased sentence; none has nested quantifiers.
// ---------------------------------------------------------------------------
export interface HedgeGroup {
  id: string;
  patterns: readonly RegExp[];
}

/** A time phrase between reports or worries and their "that": "reports last week that …", "Worries last fall that …". */
const TIME_BEFORE_THAT = String.raw`(?:(?:last|this|earlier\sthis)\s(?:week|month|year|fall|autumn|spring|summer|winter)\s(?=that\b))?`;

export const HEDGES: readonly HedgeGroup[] = [
  {
    // Impersonal constructions: "it is understood that", "it is feared".
    id: 'impersonal',
    // One adverb of time or extent may come between ("it was also reported", "it was later claimed"); not the
    // generic "it is often said", which introduces a saying rather than a report.
    // Not at the end of a sentence: "saying it was expected.", "removed before it is reported." speak of a thing
    // that was expected or reported, not of anyone's expectation or report ("it is said, …" stays).
    // Nor after "how": "shapes how the news is distributed, but how it is reported, framed and perceived" speaks of coverage.
    patterns: [/(?=\bit\s(?:is|was|has been)\s)(?<!\bhow\s)\bit\s(?:is|was|has been)\s(?:(?:widely|also|later|earlier|previously|initially|further)\s)?(?:understood|believed|thought|feared|claimed|alleged|rumou?red|reported|expected|said)\b(?!\s*(?:[.!?;]|$))/,
      // "it has been suggested that decisions taken there could", "it was argued that the president has the power": a
      // proposal or an argument no one is said to make. Not with its maker ("suggested to them … by Frank Luntz"), not
      // the argument of a case in court ("once it was argued, once we saw Gorsuch"), not after "when", "as", "if"
      // ("When it was suggested that …, he replied": an interviewer's question, answered in the sentence).
      /\bit(?<!\b(?:when|if|as|once|after|before|until)\sit)\s(?:is|was|has been)\s(?:(?:also|often|sometimes)\s)?(?:suggested(?!\s(?:to|by)\b)|argued\sthat)\b(?!\s*(?:[.!?;]|$))/,
      // "it's believed some 500 revelers were there": the contraction too, with the verbs it cannot be "it has"
      // with ("what it's said it's trying to avoid", "it's reported a loss" are the company's own words).
      /\bit['\u2019]s\s(?:(?:widely|also|generally|now)\s)?(?:understood|believed|thought|feared|rumou?red|expected)\b(?!\s*(?:[.!?;]|$))/,
      // "Comey did (as was reported yesterday evening) ask …", "as has been widely reported": a report no one is
      // said to have made (not "as reported by The Times", "as first reported in the Post": the outlet is given).
      /\bas\s(?:(?:was|has been|had been|is)\s(?:(?:widely|first|previously|earlier)\s)?|(?:previously|first|earlier|widely)\s)reported\b(?!\s(?:by|in|on)\b)/,
      // "It is known that Comey traveled …", "it was well known that": knowledge claimed for no one ("it is known as" names).
      /\bit\s(?:is|was|has been)\s(?:(?:widely|well|also|now|long)\s)?known\sthat\b/],
  },
  {
    // Passive belief/report verbs with no agent: "is believed to", "are thought to".
    id: 'agentless-passive',
    patterns: [
      // Not a complaint lodged: "was reported to police", "were reported to the state".
      /\b(?:is|are|was|were|been|being)\s(?:widely\s|also\s|still\s|generally\s|now\s|furthermore\s|[a-z]+ly\s)?(?:(?:believed|thought|understood|rumou?red|alleged|suspected|said|estimated|feared|presumed|assumed)\s(?:to|that)|reported\s(?:that|to\s(?!(?:the|a|an|police|authorities|congress|lawmakers|regulators|his|her|their|its|local|state|federal)\b)))\b/,
      // "was reported in October to have called": a short time or place phrase before "to".
      /\b(?:is|are|was|were)\s(?:reported|rumou?red)\s(?:in|on|last|earlier|this)\s\w+\s(?:\w+\s)?to\s(?:have|be)\b/,
      // (Not a reading of something, "is understood as being illegitimate", "would have been understood as respectful";
      // "is thought of as a moderate" stays, a reputation like "is regarded as".)
      // (Nor things grasped or pondered, "once the ramifications are understood", "how little was understood about the
      // virus", "whether those issues are thought about at all", nor "thought leaders": "understood" is a belief here only
      // before a group's "to be", "is understood by progressives to be …"; with "to" or "that" right after it, above.)
      /\b(?:is|are|was|were|been)\s(?:widely\s)?(?:believed|thought(?!\s(?:about|through|leaders?)\b)|rumou?red|suspected|understood(?=\sby\s[^.;:]{1,60}?\sto\s(?:be|have)\b))\b/,
      // "Fabrizia di Lorenzo is feared dead", "dozens are feared trapped": a fear no one is said to hold.
      /\b(?:is|are|was|were|been)\s(?:now\s)?feared\s(?:dead|killed|drowned|missing|trapped|lost|kidnapped|abducted)\b/,
    ],
  },
  {
    // The same verbs in a reduced relative, without the auxiliary. Unlike the forms above, a source that
    // says the sentence owns them ("the crew believed to have been in contact, the statement said").
    id: 'reduced-relative',
    patterns: [
      // In a reduced relative: "a factory said to be producing arms", "the man believed
      // to have fled". Not an instruction ("he said to be careful", "said to have faith"): after a pronoun
      // the verb is active ("whom he initially believed to be"), and "have" must take a participle. Not the
      // writer's figure "could be said to have upped his game", nor a denial ("is not alleged to have").
      // (The look-behind follows the verb, so it runs only where the verb is.)
      /\b(?:said|believed|thought|rumou?red|reputed|alleged|understood|reported)(?<!(?:\b(?:i|we|you|he|she|they|who|whom|it)\s(?:[a-z]+ly\s)?|\b(?:be|not)\s)[a-z]+)\sto\s(?:be\s(?!(?:careful|patient|quiet|ready|prepared|safe|honest|fair|sure|clear|frank|nice|kind|calm|vigilant|aware)\b)|have\s(?:been|had|[a-z]+(?:ed|en|wn|ght|ld|lt|id|ft|ne|ck|ung|ade|ot|ut)\b))/,
      // "mental health care, estimated to cost the U.S. $238 billion": a figure no one is said to have put on it
      // (not "she estimated to reporters", nor after "be": the passive above has it).
      /\bestimated(?<!\b(?:i|we|you|he|she|they|who|it|is|are|was|were|be|been|being)\s(?:[a-z]+ly\s)?estimated)\sto\s(?:cost|number|total|reach|exceed|top|have|kill|affect|generate|save|add|raise|lose|include|require)\b/,
    ],
  },
  {
    // Tolls reported by no one: "24 people were reported killed", "246 new deaths were reported".
    // A named source in the sentence owns the toll ("the ministry said 24 were reported killed"). Not
    // "no injuries were reported", "no one was reported hurt": a routine line that rests on no one's word
    // (a blind judge called both wrong). Nor one person "was reported missing": a report filed, no toll.
    id: 'agentless-toll',
    patterns: [
      /(?=\b(?:were|was|have|has)\s)(?<!\b(?:no|none)\b[^.;]{0,30})\b(?:were|was|have\sbeen|has\sbeen)\s(?:immediately\s)?reported\s(?:killed|dead|injured|wounded|hurt|missing|detained|arrested|abducted|kidnapped)\b(?<!\b(?:was|has\sbeen)\s(?:immediately\s)?reported\smissing)/,
      /(?=\b(?:injuries|casualties|deaths|fatalities)\s)(?<!\b(?:no|any)\s(?:[a-z]+\s){0,3})\b(?:injuries|casualties|deaths|fatalities)\s(?:were|was|have\sbeen|has\sbeen)\s(?:immediately\s)?reported\b/,
    ],
  },
  {
    // Adverbs that mark hearsay without naming anyone.
    id: 'hearsay-adverb',
    // Not "ostensibly": the writer's own doubt, not hearsay.
    patterns: [/\b(?:reportedly|allegedly|purportedly|supposedly|rumou?redly)\b/],
  },
  {
    // Reports without an outlet: "following reports that", "media reports say".
    id: 'unsourced-reports',
    // (Not a body's periodic data releases: "a reversal from monthly reports of more than 200,000 new jobs".)
    patterns: [new RegExp(String.raw`\b(?<!\b(?:daily|weekly|biweekly|monthly|quarterly|annual|yearly|periodic)\s)(?:reports|rumou?rs)\s${TIME_BEFORE_THAT}(?:that|of|suggest|suggested|say|said|indicate|indicated|claim|claimed)\b`), /\baccording to (?:media |press |news |some |unconfirmed |local )?reports\b/,
      // "based on some reports", "rumors had been circulating that", "talk had been mounting about", "the long-rumored departure".
      /,\s?based on (?:media |press |news |some |unconfirmed |local )?reports\b/,
      /\b(?:rumou?rs|speculation|talk|chatter|whispers)\s(?:had\s|has\s|have\s)?(?:been\s)?(?:circulating|swirling|mounting|growing|building)\b/,
      // ("as speculation swirls that he could face charges", "speculation mounted that …": in a finite verb too.)
      /\b(?:rumou?rs|speculation|chatter|whispers)\s(?:swirls|swirled|swirl|mounts|mounted|mount)\b/,
      /\brumou?red\s(?:to\s)?(?:departure|exit|resignation|deal|plan|move|talks|visit|meeting|candidacy|bid|merger|affair|split)\b/,
      // ("the long-rumored dossier": long rumored is rumored by no one in particular, whatever it was.)
      /\blong-rumou?red\b/],
  },
  {
    // "widely seen as": consensus claimed for no one in particular.
    id: 'widely',
    patterns: [/\bwidely\s(?:seen|interpreted|regarded|viewed|considered|described|credited|hailed)\sas\b/, /\bwidely\s(?:expected|believed|reported|thought)\s(?:to|that)\b/, /\bwidely\s(?:criticized|criticised|condemned|blamed)\b(?!\s+(?:the|a|an|his|her|their|its|our|this|that|these|those)\b|\s+[a-z]+['\u2019]s\b)/],
  },
  {
    // Agentless evaluation: "is considered", "has been criticized for", "is being hailed as", "is expected to",
    // "were projected to hold a 61-seat majority" (a forecast whose maker is not given).
    id: 'agentless-evaluation',
    patterns: [
      /\b(?:is|are|was|were|be|been|being)\s(?:\w+\s)?(?:hailed|regarded|touted|branded|labell?ed|dubbed)\sas\b/,
      // "The act is credited with helping reduce violence": credit given by no one named.
      /\b(?:is|are|was|were|been)\s(?:\w+\s)?credited\swith\b/,
      /\b(?:is|are|was|were|be|been|being)\s(?:\w+\s)?(?:criticized|criticised|blamed|condemned(?!\sto\b)|implicated|ridiculed)\b/,
      // "The merits of the program are being debated", "has long been hotly debated": a question contested by no one
      // named. (Not a bill in its chamber, a step of lawmaking: "Her bill is expected to be debated next week in the
      // Senate", "the appropriations bill currently being debated", "a plan being debated in Congress".)
      /(?=\b(?:is|are|was|were|be|been|being)\s(?:\w+\s)?debated\b)(?<!\b(?:bill|bills|legislation|amendment|amendments|measure|measures|motion|motions|resolution|act|rules|budget|provision|treaty)\s(?:\w+\s){0,4})\b(?:is|are|was|were|be|been|being)\s(?:\w+\s)?debated\b(?!\s(?:on|in|by|before|at)\s(?:the\s)?(?:floor|house|senate|congress|committee|parliament|chamber|legislature|commons|lords|assembly|capitol|hill)\b)(?!\s(?:next|this|later|today|tomorrow|monday|tuesday|wednesday|thursday|friday)\b)/,
      // (Not where nothing follows: "when all secondary pollutants are considered, they're …" weighs them; "is
      // considered, in part, a national security issue" is an evaluation.)
      // (Nor "was considered for running mate": a candidate weighed for a post, no view of him.)
      /\b(?:is|are|was|were|been)\s(?:\w+\s)?considered\b(?!\s*(?:[.;:!?)]|$))(?!\s+for\s)(?!,\s(?!(?:in|at|by|for)\s\w+,|however,|perhaps,|arguably,))/,
      // ("he will be expected to explain", "she would be expected to resign", "who might reasonably be expected to
      // take": a duty or a hypothetical, not a forecast.)
      // ("can't be expected to ignore the rioting": an excuse, as a duty is; "can be expected to" stays a forecast, but
      // "how the plan can reasonably be expected to work" weighs what is reasonable, as "might reasonably" does.)
      /(?=\b(?:is|are|was|were|be)\s)(?<!\b(?:will|would|shall|should|must|might|cannot|can't|can\u2019t)\s(?:[a-z]+ly\s)?)(?<!\b(?:can|could|may)\s(?:reasonably|realistically|fairly)\s)\b(?:is|are|was|were|be)\s(?:\w+\s)?(?:expected|projected)\sto\b/,
      // "Total sales are forecast at $6 billion", "growth is projected at 2 percent": a forecast figure, maker not given.
      /\b(?:is|are|was|were)\s(?:now\s|currently\s)?(?:projected|forecast)\sat\b/,
      /\b(?:is|are|was|were)\snot\s(?:thought|believed|expected)\sto\b/,
      // Proposals and objections with no one behind them: "various ideas have been raised", "questions were raised".
      /\b(?:ideas|proposals|questions|concerns|doubts|suggestions|objections)\s(?:have|has|had|were|was)\s(?:also\s)?(?:been\s)?(?:raised|floated|voiced)\b/,
    ],
  },
  {
    // Criticism or claims with no one behind them: "drew widespread criticism", "claims of war crimes".
    id: 'agentless-criticism',
    patterns: [
      // (Not someone's own: "over his sharp criticism of the Iran deal", "Trump's harsh criticism".)
      /\b(?:widespread|international|global|growing|sharp|intense|withering|heavy|harsh|fierce|mounting)(?<!\b(?:his|her|their|its|our|my|your)\s[a-z]+|['\u2019]s\s[a-z]+)\s(?:international\s)?(?:criticism|condemnation|outrage|backlash|skepticism|scepticism)\b/,
      /\b(?:drew|drawn|draws|drawing|faced|faces|facing|sparked|prompted|triggered|triggers|triggering|attracted|attracts|attracting|provoked|provokes|provoking)\s(?:\w+\s){0,2}(?:criticism|condemnation|ridicule|backlash|speculation|accusations|allegations)\b/,
      // ("something that has brought criticism", "brought a swift condemnation"; not accusations someone brings, "women
      // brought confidential accusations to the committee", "bringing the allegations to light".)
      /\b(?:brought|brings|bringing)\s(?:\w+\s){0,2}(?:criticism|condemnation|ridicule|backlash)\b/,
      // "came amid criticisms that his softness was to blame": criticism set as the scene, its makers not given
      // (not "amid criticism from Republicans": they are).
      /\bamid\s(?:\w+\s)?(?:criticisms?|accusations|allegations)\s(?:that|of|over)\b/,
      // "have made him the subject of blunt criticism within Israel", "the target of ridicule": its makers not given.
      /\b(?:subject|target|object)\sof\s(?!the\s)(?:\w+\s){0,2}(?:criticism|condemnation|ridicule|scorn|derision)\b/,
      // "claims were made that they were harmed by the IDF": made by no one named.
      /\b(?:claims|allegations|accusations)\s(?:were|have\sbeen|had\sbeen|has\sbeen|was)\smade\s(?:that|of|against)\b/,
      // "has come under frequent criticism" (not "came under fire": in war reporting, shooting).
      /\b(?:came|come|comes|coming)\sunder\s(?:\w+\s){0,2}(?:criticism|condemnation|ridicule)\b/,
      // "has come under fire for controversial tweets", "is under fire over a report": fire for a deed is criticism
      // (not "came under fire from militants", "under fire near the border": shooting; nor an aside on a named
      // speaker, "Donald Trump, under fire over his taxes, is casting himself …": the speaker's sentence).
      /\b(?:came|come|comes|coming|is|are|was|were|been|be|remains?|remained)\s(?:\w+\s)?under\s(?:heavy\s|intense\s|renewed\s|growing\s)?fire\s(?:for|over)\b/,
      // "has been accused of fear-mongering": an accusation nobody is said to make (not in a charge or a trial).
      /\b(?:has|have|had)\s(?:\w+\s)?been\saccused\sof\b/,
      // (Not claims filed for money or a right: "the asylum claims of 1,000 parents", "insurance claims of flood victims";
      // nor someone's own: "Democrats' claims of partisanship", "Trump's claims of fraud".)
      // (The owner check looks back from after the word, so it runs only where the word is: a look-behind that
      // opens the pattern would run at every position of every sentence.)
      /\b(?:claims|allegations|accusations)(?<!\b(?:his|her|their|its|my|our|your|asylum|insurance|damage|damages|compensation|disability|benefit|benefits|tax|refund|warranty|patent|land|territorial|property|pension|injury|jobless|unemployment)\s(?:claims|allegations|accusations))(?<!['\u2019]s?\s(?:claims|allegations|accusations))\sof\b/,
      /\bthere\s(?:has|have)\sbeen\s(?:\w+\s)?speculation\b/,
    ],
  },
  {
    // Sentiments and claims that nobody owns: "there is cautious optimism that",
    // "growing concerns that", "speculation about". With an owner ("his concern
    // over", "Qatar's fears that", "expressed concern") they are that owner's.
    id: 'unowned-sentiment',
    patterns: [
      // Nor the reason someone acted for ("canceled over concerns about crowds", "because of fears that"): the actor's own.
      // Nor a relative clause after "that", which opens on its verb: "the three most common fears that attack us",
      // "concerns that keep him awake", "worries that were raised" (no worry's content follows).
      // Nor expectations someone damps ("the White House tamped down expectations that a deal is in sight"): the
      // sentence is that someone's claim, as with "allay" and "ease"; so are concerns someone cites, dismisses, quells,
      // sets aside or sows ("voted against it, citing concerns over …", "dismissed concerns that …", "sowing doubts
      // about …"), and a thing that "raises concerns" is the writer's point, as "raised" was.
      new RegExp(String.raw`(?=\b(?:concerns?|fears|worries|suspicions|speculation|skepticism|scepticism|optimism|pessimism|doubts|rumou?rs|perception|expectations)\b)(?<!\b(?:his|her|their|its|my|our|your|expressed|express|expresses|expressing|voiced|voice|voices|voicing|raised|raise|raises|raising|shares?|shared|sharing|cite|cites|cited|citing|dispel|dispels|dispelled|dispelling|quell|quells|quelled|quelling|dismiss|dismisses|dismissed|dismissing|aside|sow|sows|sowed|sowing|sown|allay|allaying|assuage|ease|easing|resolve|resolving|address|addressed|addressing|reiterated|reiterating|reiterate|stressed|stressing|conveyed|conveying|presented|presenting|outlined|outlining|tamped|tamping|dampened|dampening|tempered|tempering|lowered|lowering|downplayed|downplaying|managing|projecting|projected|exuding|exuded|exudes|signaled|signaling|signalled|signalling|have|has|had|any|over|because\sof|due\sto|out\sof)\s(?:[a-z-]+\s)?)(?<!['\u2019]s\s(?:[a-z-]+\s)?)\b(?:concerns?|fears|worries|suspicions|speculation|skepticism|scepticism|optimism|pessimism|doubts|rumou?rs|perception|expectations)\s${TIME_BEFORE_THAT}(?:that(?!\s(?:is|are|was|were|has|have|had)\b|\s(?!(?:the|a|an|all|both)\s)[a-z]+\s(?:us|him|her|them|me)\b)|about|over|whether)\b`),
      // A recognition is the writer's own ("driven by the recognition that …", "the plea was a recognition that …": the
      // word takes its content as true) unless it spreads among unnamed people: "there has been a quiet recognition
      // that …", "amid a growing recognition that …".
      /(?=\b(?:there|growing|increasing|widespread|broad|general|dawning|quiet|tacit|mounting|bipartisan)\s)(?<!\b(?:his|her|their|its|my|our|your)\s)(?<!['\u2019]s?\s)\b(?:there\s(?:is|was|has\sbeen|had\sbeen)\s(?:now\s)?(?:an?\s|some\s)?(?:(?:growing|increasing|widespread|wide|broad|general|dawning|quiet|tacit|mounting|bipartisan)\s)?|(?:growing|increasing|widespread|broad|general|dawning|quiet|tacit|mounting|bipartisan)\s)recognition\sthat\b/,
      /\bsuspicions\srun\shigh\b/,
      // "The flow of arms continues amid hopes that a conference could end the war": a hope set as the scene, no
      // one's (only after "amid": "hopes that" is more often a verb, "Netanyahu hopes that", or someone's).
      /\bamid\s(?:(?:growing|renewed|rising|high|new|faint|fading)\s)?hopes\s(?:that|of|for)\b/,
      // "fears are rising that": the same, set as an event. (Not "there are questions about": a blind judge
      // found it mostly marks an open issue in the writer's own analysis.)
      /\b(?:fears|concerns|worries|doubts)\s(?:are|were|have\sbeen|had\sbeen)\s(?:also\s)?(?:rising|growing|mounting)\b/,
    ],
  },
  {
    // Unnamed polls and estimates: "some polls show", "by one estimate", "by most accounts".
    id: 'unnamed-polls',
    patterns: [
      // Not polling stations: "shortly after most polls closed".
      /\b(?:some|several|many|most|other)\s(?:[a-z-]+\s)?polls\b(?!\s(?:closed|close|closing|opened|open|opening|stations?|workers?))/,
      /\bby\s(?:one|some|many|most|several|other)\s(?:estimates?|accounts?|counts?|measures?|reckonings?)\b/,
      // "survey after survey showing", "poll after poll".
      /\b(poll|survey|study)\safter\s\1\b/,
    ],
  },
  {
    // Names and labels given by no one in particular: "has been called a charlatan",
    // "was dubbed the winner", "is viewed as favorable" (not an alias: "also known as").
    id: 'agentless-labels',
    patterns: [
      // (Not after a modal: "which might be described as the quiet phase", "it could be called a draw" is the writer's own word.)
      // ("what could charitably be described as an uphill battle": past an adverb too.)
      /(?=\b(?:is|are|was|were|be|been|being)\s)(?<!\b(?:might|could|may|can|would)\s(?:[a-z]+ly\s)?)\b(?:is|are|was|were|be|been|being)\s(?:also\s|widely\s|long\s|once\s|often\s|sometimes\s|frequently\s|now\s|generally\s)?(?:called\s(?!(?:to|off|for|in|on|up|out|into|by|back|away|upon|after|before|and|but|when|at)\b)[a-z]|dubbed(?!\s(?:into|in)\s)|viewed\sas|described\sas|characteri[sz]ed\sas|portrayed\sas|mentioned\sas|perceived\sas|defined\sas)\b/,
      // "the resolution is seen as largely symbolic", "is increasingly being viewed as an opportunity", "has long been
      // seen as a progressive": a view held by no one in particular, as "is considered" is. Only a finite passive:
      // "will be seen as", "could be seen as", "wary of being seen as", "wants to be seen as" foresee or fear a view
      // (the writer's own), and "is seen as a possible option" weighs an option, it holds no view of the world.
      /\b(?:is|are|was|were)\s(?:[a-z]+ly\s|also\s|long\s|still\s|now\s|often\s|once\s|not\s)?(?:being\s)?(?:seen|viewed|perceived)\sas\b(?!\s(?:an?\s)?(?:possible|potential)\b)/,
      /(?=(?:\b(?:has|have|had)|['\u2019]s)\s(?:[a-z]+\s)?been\s)(?<!\b(?:might|could|may|can|would|will|should|must|shall|to)\s(?:not\s)?)(?:\b(?:has|have|had)|['\u2019]s)\s(?:[a-z]+\s)?been\s(?:[a-z]+ly\s)?(?:seen|viewed|perceived)\sas\b(?!\s(?:an?\s)?(?:possible|potential)\b)/,
    ],
  },
  {
    // Interjected "some say" inside a sentence: "— or some say because of them —".
    id: 'interjected-some-say',
    patterns: [/\b(?:some|many|critics|experts|analysts|observers)\s(?:say|argue|claim|believe|contend)\b/],
  },
];

/** Examples of `HEDGES` by group id, run by tests/unit/attribution/lexicon.test.ts (test-only: see LexiconExamples). */
export const HEDGES_EXAMPLES: Readonly<Record<string, LexiconExamples>> = {
  impersonal: {
    matches: ['It is understood that the office will close.', 'It was feared the talks would fail.', 'It was also reported on Tuesday that the envoy had resigned.',
      'He was already, it is said, on the FBI radar.', 'It is known that on Jan. 6 the director traveled to brief him.',
      "At the club, it's believed some 500 revelers were celebrating.", 'Comey did (as was reported yesterday evening) ask Sessions to help.',
      'The deal, as previously reported, fell apart.', 'It has been suggested that the talks could resume in May.', 'It has been argued that the law is too broad.',
      'The truce was not specified but it was suggested it would last ten days.'],
    mustNotMatch: ['It is the understanding of the ministry.', 'Truth, it is often said, is the first casualty of war.', 'It is known as the Golden Week.',
      'He downplayed the grand jury, saying it was expected.', 'The deal, as first reported by The Times, fell apart.', "It's the right thing to do.",
      "Facebook is becoming what it's said it's trying to avoid.", 'When it was suggested that the tour would end, he replied no.',
      'It was suggested to them by a consultant.', 'Once it was argued, the justices seemed split.',
      'Facebook shapes how the news is distributed, but how it is reported, framed and perceived.'],
  },
  'agentless-passive': {
    matches: ['At least one of those defendants is believed to be residing in Qatar.', 'They are thought to be in Turkey.', 'The leaders were said to have left.',
      'The minister was reported in October to have called the plan a mistake.', 'Italian expatriate Fabrizia di Lorenzo, 31, is feared dead.',
      'This is understood by progressives to be a technical challenge.', 'The same group is believed responsible for the siege.'],
    mustNotMatch: ['Officials said he believed the talks were over.', 'She said so.', 'The theft was reported to police.',
      'The remark would have been understood as respectful.', 'He feared death.', 'They prove irresponsible once the ramifications are understood.',
      'Little was understood about the virus in March.', 'The issues are thought about every day.', 'The senators are thought leaders for their parties.'],
  },
  'reduced-relative': {
    matches: ['A factory said to be producing light arms blew up.', 'The commander, believed to have fled to Egypt, was not found.',
      'The program, estimated to cost $238 billion, was cut.'],
    mustNotMatch: ['He said to be careful on the roads.', 'The coach said to have faith in the team.', 'They said to have the papers ready.',
      'A woman whom he initially believed to be his niece.', 'Clinton could be said to have finished the race with a bang.',
      'She estimated to reporters that it would cost more.'],
  },
  'agentless-toll': {
    matches: ['At least 24 people were reported killed.', 'At least 246 new deaths were reported Thursday.', 'Dozens of fishermen were reported missing after the storm.'],
    mustNotMatch: ['The theft was reported to police.', 'Reporters killed time in the lobby.', 'It was unclear where the rockets landed, but no injuries were reported.',
      'No one was immediately reported hurt in the rampage.', 'He was reported missing on Feb. 1 and found days later.'],
  },
  'hearsay-adverb': {
    matches: ['Iran is reportedly working on new missiles.', 'He allegedly brandished a pistol.'],
    mustNotMatch: ['The report was published.', 'The allegations were denied by the ministry.', 'Ostensibly, the alliance still protects Europe.'],
  },
  'unsourced-reports': {
    matches: ['This comes following reports that Hamas leaders are in Turkey.', 'There were reports of heavy shelling.',
      'The strikes, based on some reports, included a tunnel network.', 'Rumors had been circulating that the envoy would resign.',
      'Talk had been mounting about a challenger.', "The envoy's long-rumored departure ends a troubled tenure.",
      'He may need a lawyer as speculation swirls that he could face charges.', 'The briefing made the long-rumored dossier news.',
      'Her arrest follows reports this year that the firm evaded sanctions.', 'Then there were the rumors last spring that they might move abroad.'],
    mustNotMatch: ['The report that Reuters published was accurate.', 'Reports were filed on time.', 'The needless speculation that he generated.',
      'Traffic had been building since dawn.', 'The talk was about the budget.',
      'The May numbers capped a reversal from monthly reports of more than 200,000 new jobs.', 'He filed his reports last week as usual.'],
  },
  widely: {
    matches: ['She is widely seen as the most left-wing member.', 'Though widely interpreted as a ceasefire, it was not.'],
    mustNotMatch: ['The widely read newspaper closed.', 'It became the most widely seen recording of the day.',
      'Jewish groups also widely condemned Trump\'s proposal.'],
  },
  'agentless-evaluation': {
    matches: ['It is considered a threat to US troops.', 'The fight is considered, in part, a security issue.', 'The act is credited with helping reduce violence.', 'He has been harshly criticized for his policies.', 'The deal is being hailed as historic.', 'The efforts are expected to continue.', 'Together they are projected to control a majority.', 'Various ideas have been raised to end the siege.', 'Total sales are forecast at $6 billion.',
      'The merits of the program are being debated.', 'Its role has long been hotly debated in Washington.'],
    mustNotMatch: ['Officials considered the plan.', 'The weather service forecast rain.', 'The vote took place as planned.', 'A vote is expected at the UN on Thursday.', 'Maybe it is to be expected.', 'Turkey is seen as a possible option.',
      'In the speech he will be expected to explain his vision.', 'High earners might reasonably be expected to pay more.', 'It is unclear how the plan can reasonably be expected to work.',
      'When all pollutants are considered, the costs are higher.', 'Even his silences were carefully considered.',
      'Christie, who was considered for running mate, spoke first.', 'The spending bill currently being debated will fund the army.',
      'The new rules will be debated in the committee.', 'A plan that was debated on the House floor failed.'],
  },
  'agentless-criticism': {
    matches: ['The campaign drew widespread international criticism and claims of war crimes.', 'Global condemnation intensified against Israel.', 'There has been much speculation about the debate.',
      'The program has come under frequent criticism, particularly from liberals.', 'It came amid criticism that he was soft on Russia.',
      'The talks took place in private, amid criticism of their secrecy.', 'The talks were held in private, something that has brought criticism.',
      'The tweet triggered a fierce backlash.', 'The talks made the envoy the subject of blunt criticism at home.',
      'Civilians were killed and claims were made that troops had fired first.'],
    mustNotMatch: ['The minister criticized the plan.', 'The subject of the talks was the border.', 'No claims were made for the damage.', 'The target of the criticism is the U.S.', 'He made a claim about the vote.', 'He may face awkward moments over his sharp criticism of the deal.', 'His campaign rests on his claims of being a businessman.',
      'The agency will reconsider the asylum claims of 1,000 parents.', 'The convoy came under heavy fire near the border.',
      'The vote came amid criticism from Republicans.', 'Two women brought confidential accusations to the committee.'],
  },
  'unowned-sentiment': {
    matches: ['There is cautious optimism that the visit will restart talks.', 'The summit comes amid growing concerns that the alliance is too weak.', 'The clashes sparked speculation about a new uprising.',
      'In fact, fears are rising that the opposite will hold true.', 'Shipments went on amid renewed hopes of a settlement.', 'It came amid a general perception that the US and China were near a deal.',
      'Worries last fall that the party would pay a price have faded.', 'There has been a quiet recognition that the law is popular.',
      'It passed amid a growing recognition that the deficit matters.',
      'There is now some recognition that the market owes him something.'],
    mustNotMatch: ['He voiced his concern over the casualties.', 'In a paper, he presented concerns about the method.', "Qatar's fears that the talks would fail were real.", 'The minister expressed concerns about the plan.', 'The speculation was wrong.', 'But I have serious concerns about the quality.', 'They talk about the plan.', 'Trump charges that donors paid.', 'There were no questions from reporters.', 'Prices are rising again.', 'There are questions about how it would be enforced.',
      'The festival was canceled over concerns about crowds.', 'Seneca lists the most common fears that attack us during illness.', 'He named the concerns that keep him awake.', 'Officials took a soft stance because of fears that protests could spread.', 'He resigned due to concerns about his health.',
      'The ministry tamped down expectations that a deal was near.', 'The coach lowered expectations about the season.',
      'The senator is projecting optimism about securing the money.', 'The envoy exuded cautious optimism about the talks.', 'She voted against the package, citing concerns over the provision.',
      'The governor dismissed concerns that the dam would fail.', 'The decision raises concerns about oversight.', 'Aides brushed aside fears that the deal would collapse.',
      'The campaign is sowing doubts about the count.', 'He sought to quell fears that the plant was unsafe.', 'She hopes that the talks resume.', 'His worries last fall were about money.',
      'The idea is driven by the recognition that resources are finite.', 'The plea was a recognition that the weeks had been bruising.',
      "The party's growing recognition that it must change is clear.", 'There is no recognition that he broke the law.'],
  },
  'unnamed-polls': {
    matches: ['He has gained in some polls this week.', 'Thousands of acres were damaged, by one estimate.', 'By most accounts the meeting went badly.'],
    mustNotMatch: ['A Gallup poll found support at 40 percent.', 'Polling stations opened at 7 a.m.', 'By one vote, the measure passed.', 'Most polls closed at 8 p.m.'],
  },
  'agentless-labels': {
    matches: ['He has been called a charlatan by other doctors.', 'Pence was also dubbed the winner.', 'The plan was viewed as favorable to companies.',
      'But the resolution is seen as largely symbolic.', 'The postponement is increasingly being viewed as an opportunity.', "He's long been seen as a progressive."],
    // An alias is a name, not a label someone gave: "also known as" is not a hedge.
    mustNotMatch: ['These weeks might be described as the quiet phase.', 'Turkey is seen as a possible option.', 'It will be seen as a betrayal.',
      'He could be seen as the more electable choice.', 'The senator is wary of being seen as soft.', 'It would have been seen as weakness.', 'Burma, also known as Myanmar, held elections.', 'The Islamic State, also known as ISIS, lost ground.', 'He called the plan a failure.', 'He spoke after the race was called.', 'He was called to testify.', 'She is known for her speeches.', 'The man known to police was arrested.', 'Fluorocarbons, known as HFCs, are potent.'],
  },
  'interjected-some-say': {
    matches: ['Support is growing, or some say because of the casualties.'],
    mustNotMatch: ['Some said nothing at all'],
  },
};

// ---------------------------------------------------------------------------
// Boilerplate lines of extracted page text that must never produce claims.
// ---------------------------------------------------------------------------
export interface BoilerplateGroup {
  id: string;
  pattern: RegExp;
  /**
   * Words one of which the lower-cased line must contain for `pattern` to match it: a cheap test that spares
   * most lines the pattern (the lexicon test checks that every pattern example contains one).
   */
  words?: readonly string[];
}

export const BOILERPLATE_LINES: readonly BoilerplateGroup[] = [
  {
    // Photo captions carry a credit: "(photo credit: Imad Creidi/Reuters)", "(credit: REUTERS/UMIT BEKTAS)".
    id: 'photo-credit',
    // Also the BBC's inline furniture: "Image copyright AFP Image caption …", "Media playback is unsupported …".
    // NPR's: "Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP" (agency after the slash).
    pattern: /\((?:photo\s)?credits?:|\bphoto(?:graph)?s?:\s|\bphoto by\b|\bgetty images\b|\b(?:reuters|ap|afp|epa)\/[a-z]|[a-z]\/(?:ap|afp|epa|reuters)\b|\btoggle caption\b|\bap photo\b|\bimage:\s|\(credit\b|\b(?:image|media) caption\b|^\s*(?:image copyright|media playback is unsupported)\b/i,
    words: ['credit', 'photo', 'getty', '/', 'image', 'caption', 'media'],
  },
  {
    // Contributor and writing credits at the end of wire copy.
    id: 'contributors',
    // A credit line standing alone: "This story was reported by The Associated Press." (not "was first reported by").
    pattern: /\bcontributed\s(?:to\s)?(?:this\s)?(?:report|reporting|story|article)\b|^\s*(?:additional\s)?(?:reporting|writing|editing)\sby\b|^\s*this\s(?:story|article|report)\s(?:was|has\sbeen)\s(?:reported|written|produced|compiled)\sby\s[^.,;]{1,80}\.?\s*$/i,
  },
  {
    // Bylines: "By Jane Doe, CNN".
    id: 'byline',
    pattern: /^\s*[Bb]y\s\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3}(?:,\s?\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3})?\s*$/u,
  },
  {
    // Copyright lines end the article body; what follows is page furniture.
    id: 'copyright',
    pattern: /©|\(c\)\s?\d{4}|\bcopyright\b|\ball rights reserved\b/i,
    words: ['©', '(c)', 'copyright', 'all rights reserved'],
  },
  {
    // Section headings of related/popular lists: a block of headlines follows.
    id: 'list-heading',
    pattern: /^\s*(?:related(?:\s(?:articles|stories|coverage|content|news|topics|links))?|popular|most\s(?:popular|read|viewed|shared)|read\s(?:more|next|also)|more\s(?:stories|news|from\s.{1,40}|on\s.{1,40}|coverage)|recommended(?:\sfor\syou)?|trending(?:\snow)?|you\smay\salso\slike|see\salso|share\sthis|sources|further\sreading|editor'?s\spicks|latest(?:\snews)?|top\sstories|don'?t\smiss|watch|advertisement|sponsored(?:\scontent)?|up\snext)\s*:?\s*$/i,
  },
  {
    // A related story's link, its label glued to the headline: "More:Nathan Phillips wants to meet …",
    // "► Storms:Yes, this hurricane season has been worse", "Check out:Are stocks headed for a bear market?".
    id: 'related-link',
    pattern: /^\s*(?:[►▶•»]\s*)?\p{Lu}[^\n:.!?"]{0,80}[\p{L}']:\p{Lu}\p{Ll}/u,
  },
  {
    // A video player's promotion, one line per clip: "JUST WATCHED Michael Brown's friend describes shooting Replay
    // More Videos ... MUST WATCH Michael Brown's friend describes shooting 02:54" (about one CNN article in 25 of
    // the corpus). The clip titles read like headlines with a speaker, and a pronoun below would refer to them.
    id: 'video-promo',
    pattern: /^\s*(?:JUST WATCHED|MUST WATCH)\b.*\bReplay More Videos\b/,
  },
  {
    // Tag lines of section labels: "MidEast|Political|US".
    id: 'tag-line',
    pattern: /^\s*[\p{L}&-]+(?:\s?\|\s?[\p{L}&-]+)+\s*$/u,
  },
];

/** Examples of `BOILERPLATE_LINES` by group id, run by tests/unit/attribution/lexicon.test.ts (test-only: see LexiconExamples). */
export const BOILERPLATE_LINES_EXAMPLES: Readonly<Record<string, LexiconExamples>> = {
  'photo-credit': {
    matches: ['(photo credit: Imad Creidi/Reuters)', 'A demonstrator waves flags. (credit: REUTERS/UMIT BEKTAS)', 'Mourners gather. Getty Images',
      'Image copyright AFP Image caption A destroyed house in Khan Younis, where Israel said it had hit a headquarters',
      'Media playback is unsupported on your device Media caption Militants retaliated with rocket fire',
      'Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP', 'Protesters march in Tel Aviv on Saturday. John Doe/AFP'],
    mustNotMatch: ['Reuters reported that the talks failed.', 'The image caused an uproar, officials said.',
      'A 24/7 watch was kept on the crossing, officials said.', 'Turn the caption toggle on, the guide says.'],
  },
  contributors: {
    matches: ['Sam Halpern contributed to this report.', "CNN's Ibrahim Dahman and Eyad Kourdi contributed to this report.", 'Reporting by Jane Doe; Editing by John Roe',
      'This story was reported by The Associated Press.'],
    mustNotMatch: ['He said the report contributed nothing.', 'This story was first reported by The Washington Post.',
      'This story was reported by The Times, and officials later confirmed it.'],
  },
  byline: {
    matches: ['By Jane Doe, CNN', 'By Jeremy Diamond'],
    mustNotMatch: ['By Tuesday, officials said the talks had stalled.'],
  },
  copyright: {
    matches: ['™ & © 2024 Cable News Network, Inc. All rights reserved.', 'Copyright 2024 The Associated Press.'],
    mustNotMatch: ['The rights of detainees were reserved for later talks.'],
  },
  'list-heading': {
    matches: ['Related Articles', 'Popular', 'Read more', 'More stories', 'Sources', 'Share This'],
    mustNotMatch: ['Sources say the office will close.', 'Popular anger grew in Gaza.'],
  },
  'related-link': {
    matches: ['More:Nathan Phillips wants to meet with the students', '► Storms:Yes, this hurricane season has been worse than usual', 'Check out:Are stocks headed for a bear market?',
      "Trump lawyers question Congress' power:Battle brews over House demand for financial records"],
    mustNotMatch: ['More: officials said the talks failed.', 'Update: Hamas said it accepted the proposal.', 'Gaza City: Residents said the strikes continued.', 'The time was 10:30 a.m.'],
  },
  'video-promo': {
    matches: ["JUST WATCHED Michael Brown's friend describes shooting Replay More Videos ... MUST WATCH Michael Brown's friend describes shooting 02:54",
      'JUST WATCHED Witness: Officers said they would shoot Replay More Videos ... MUST WATCH Witness: Officers said they would shoot 01:12'],
    mustNotMatch: ['MUST WATCH: Senator asks a nominee basic questions of law. pic.twitter.com/abc — Jane Roe (@jroe) June 27, 2018',
      'Officials said they had just watched the replay of the video.'],
  },
  'tag-line': {
    matches: ['MidEast|Political|US', 'Education|MidEast|Political|US'],
    mustNotMatch: ['Hamas said the office | was closed on Tuesday, officials said.'],
  },
};
