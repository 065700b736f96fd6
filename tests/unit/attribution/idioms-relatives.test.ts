/**
 * attribution-1.8.23 to 1.8.28: words that look like sourcing and are not. Idioms with a cue
 * verb ("think twice", "telling the truth", "questioning crew members"), a relative clause after
 * a hedge noun ("rumors that got so rampant"), plural documents whose maker is named ("Harvard's
 * own internal reports"), and a named person at the head of a group ("Mr. Lewis and other
 * experts said"). Found by reading two samples of 40 random unnamed flags in corpus articles
 * 15,000–29,000; the sentences here are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { claims, unnamedClaims } from './helpers';

describe('idioms with a cue verb', () => {
  it('"think twice" is hesitating, not holding a view', () => {
    expect(unnamedClaims('Young people think twice before wearing team shirts downtown.')).toEqual([]);
    expect(unnamedClaims('Some voters think the deal is bad.')).toEqual([{ type: 'vague', source: 'Some voters' }]);
  });
  it('"telling the truth" is about honesty, not a statement', () => {
    expect(unnamedClaims('The author claimed the officials are not telling the truth.')).toEqual([]);
    expect(unnamedClaims('Critics say someone told a lie.')).toEqual([{ type: 'vague', source: 'Critics' }]);
    expect(unnamedClaims('Two officials told reporters the truce would hold.')).toEqual([{ type: 'anonymous', source: 'Two officials' }]);
  });
});

describe('questioning people', () => {
  it('is an interrogation, not a doubt', () => {
    expect(unnamedClaims('Officials were questioning crew members about the cause of the crash.')).toEqual([]);
    expect(unnamedClaims('Two FBI agents questioned him about the call.')).toEqual([]);
    expect(unnamedClaims('Some analysts are questioning whether the plan will work.')).toEqual([{ type: 'vague', source: 'Some analysts' }]);
  });
});

describe('a relative clause after a hedge noun', () => {
  it('"rumors that got", "concerns that were raised" hold no claim', () => {
    expect(unnamedClaims('His statement echoes myths and rumors that got so rampant online that the agency posted a rebuttal.')).toEqual([]);
    expect(unnamedClaims('The spokesperson declined to comment on concerns that have been raised about the policy.')).toEqual([]);
  });
  it('nor do "reports that turn out", "reports that support", "hope that made" (attribution-1.8.120)', () => {
    expect(unnamedClaims('As a story develops, there will likely be reports that turn out to be mistaken.')).toEqual([]);
    expect(unnamedClaims('She makes films and reports that support the opposition.')).toEqual([]);
    expect(unnamedClaims('Let us go on with the same optimism that made the town great.')).toEqual([]);
  });
  it('a content clause after the noun is still hedged', () => {
    expect(unnamedClaims('There are rumors that the envoy will resign.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('The summit comes amid growing concerns that the alliance is too weak.')).toEqual([{ type: 'vague', source: null }]);
  });
  it('reports that go on to say something are still unsourced', () => {
    expect(unnamedClaims('Reports that surfaced this year said the ministry had dropped the plan.')).toEqual([{ type: 'vague', source: null }]);
  });
});

describe('plural documents with their maker named', () => {
  it('a named possessor or a maker after "by" identifies them', () => {
    expect(claims("According to Harvard's own internal reports, applicants were scored lower.")).toEqual([{ type: 'institutional', source: "Harvard's own internal reports" }]);
    expect(claims('According to data analyses by Second Measure, purchases fell 13%.')).toEqual([{ type: 'institutional', source: 'data analyses by Second Measure' }]);
  });
  it('an outlet after "by" makes them its reporting, whatever the case of the first word', () => {
    expect(claims('Reports by The New York Times said the plan was dropped.')).toEqual([{ type: 'report', source: 'Reports by The New York Times' }]);
    expect(analyzeText('Reports by The New York Times said the plan was dropped.')[0]?.reason).toBe("attributed to another outlet: 'The New York Times'");
  });
  it('without a maker, or from a place, they stay unsourced', () => {
    expect(unnamedClaims('Studies show the program works.')).toEqual([{ type: 'vague', source: 'Studies' }]);
    expect(unnamedClaims('Reports from Gaza said the crossing was shut.')).toEqual([{ type: 'vague', source: 'Reports from Gaza' }]);
    expect(unnamedClaims('Recent reports from Sweden and Germany suggest the same.')).toEqual([{ type: 'vague', source: 'Recent reports from Sweden and Germany' }]);
    expect(analyzeText('Studies show the program works.')[0]?.reason).toBe("no author named: 'Studies'");
    expect(analyzeText('Reports from Gaza said the crossing was shut.')[0]?.reason).toBe("unnamed outlet's report: 'Reports from Gaza'");
  });
  it('research keeps its maker after "by" or "from", also at the start of a sentence', () => {
    expect(claims('Studies by Pew Research show the program works.')).toEqual([{ type: 'institutional', source: 'Studies by Pew Research' }]);
    expect(claims('Surveys from Monmouth University show the race is tight.')).toEqual([{ type: 'institutional', source: 'Surveys from Monmouth University' }]);
    expect(claims('Polls by Gallup show a tight race.')).toEqual([{ type: 'institutional', source: 'Polls by Gallup' }]);
  });
});

describe('a named person at the head of a group (1.8.25)', () => {
  it('"Name and others said" is the named person\'s claim, with the group in the source', () => {
    expect(claims('Mr. Lewis and other experts said Iran is not at the top.')).toEqual([{ type: 'named', source: 'Mr. Lewis and other experts' }]);
    expect(claims('Rep. Veronica Escobar spoke Monday. Escobar and others argue that the bill would hold more leverage.'))
      .toEqual([{ type: 'named', source: 'Escobar and others' }]);
    expect(claims('Trump and aides said the tax breaks would be offset. Democrats blamed Trump.')[0]).toEqual({ type: 'named', source: 'Trump and aides' });
  });
  it('a capitalized word that only opens sentences, a place, or a clause before "and" is no such person', () => {
    expect(unnamedClaims('Lawmakers and aides suggest the plan is dead. Most lawmakers left.')).toEqual([{ type: 'anonymous', source: 'aides' }]);
    expect(unnamedClaims('Harris County and company officials said there had been no explosions.')).toEqual([{ type: 'anonymous', source: 'company officials' }]);
    expect(unnamedClaims('The leader, Ayatollah Ali Khamenei, predicted there would be no war, and Iranian officials say they are willing to talk.'))
      .toEqual([{ type: 'anonymous', source: 'Iranian officials' }]);
  });
});

describe('billing, a modal with an adverb, and thousands in a source (1.8.26)', () => {
  it('charging someone a price is billing, not an accusation', () => {
    expect(unnamedClaims('A lawyer who fraudulently charged her clients a total of $3.3 million was disbarred.')).toEqual([]);
    expect(unnamedClaims('Critics charged that the fee was illegal.')).toEqual([{ type: 'vague', source: 'Critics' }]);
  });
  it('"might reasonably be expected to" is a duty, "can be expected to" a forecast', () => {
    expect(unnamedClaims('High earners might reasonably be expected to pay more.')).toEqual([]);
    expect(unnamedClaims('Most supporters can be expected to vote for him.')).toEqual([{ type: 'vague', source: null }]);
  });
  it('a thousands separator stays inside the source phrase', () => {
    expect(claims("The Pew Research Center's survey of 8,000 police officers shows a solid majority of them are aligned with the public."))
      .toEqual([{ type: 'institutional', source: "The Pew Research Center's survey of 8,000 police officers" }]);
    expect(unnamedClaims('More than 1,500 officials said the plan was dead.')).toEqual([{ type: 'anonymous', source: '1,500 officials' }]);
  });
});

describe('making a text, trusting someone, running for office (1.8.27)', () => {
  it('writing legislation or letters says nothing; writing that something is so does', () => {
    expect(unnamedClaims('An attorney at the legal defense association helped write the Iowa legislation.')).toEqual([]);
    expect(unnamedClaims('Liddle suggests people write letters to their representatives.')).toEqual([]);
    expect(unnamedClaims('Two officials wrote in a letter that the plan was dead.')).toEqual([{ type: 'anonymous', source: 'Two officials' }]);
  });
  it('believing someone is trust; believing it was a mistake is a view', () => {
    expect(unnamedClaims('But no one believes them.')).toEqual([]);
    expect(unnamedClaims('Officials believe it was a mistake.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
    expect(unnamedClaims('Some analysts who believe US leverage grew say it will vanish.')).toEqual([{ type: 'vague', source: 'Some analysts' }]);
  });
  it('declaring for an office is running for it', () => {
    expect(unnamedClaims('Every time a famous person declares for president, their ratings slip.')).toEqual([]);
    expect(claims('Every time a famous person declares for president, their ratings slip, wrote Aaron Blake, a Washington Post political expert.'))
      .toEqual([{ type: 'named', source: 'Aaron Blake' }]);
  });
  it('"their reports" have a maker; "For years" opens no source', () => {
    expect(claims('One of their reports from 2013 shows how this looks for struggling families.')).toEqual([{ type: 'institutional', source: 'One of their reports from 2013' }]);
    expect(claims("For years the administration had said it didn't have the authority.")).toEqual([{ type: 'institutional', source: 'the administration' }]);
  });
});

describe('writing that goes on to say something (1.8.28, from the review)', () => {
  it('"wrote in his book" and "a book wherein she claimed" are the writer\'s claims', () => {
    expect(claims('“They were best friends,” Craig Shirley wrote in his book Last Act.')).toEqual([{ type: 'named', source: 'Craig Shirley' }]);
    expect(claims('Following the 2016 election, Brazile wrote a book wherein she claimed the primaries were rigged.')[0]).toEqual({ type: 'named', source: 'Brazile' });
    expect(claims('Mr. Freeh made similar allegations when he wrote a book about his time in the FBI.').filter((c) => c.type === 'named' && c.source === 'he')).toEqual([]);
  });
  it('a name that a "for" phrase runs into is the subject', () => {
    expect(claims('Nunn "has run a very strong campaign" for a first-time candidate Duffy wrote.')).toEqual([{ type: 'named', source: 'Duffy' }]);
  });
});
