/**
 * Speakers set apart from their verb (attribution-1.5.0): participle phrases, relative
 * clauses that withhold a name, ages and descriptions between a name and "said", names
 * given in an appositive, and the words after an inverted "said" that open its clause
 * rather than name its speaker. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { claims } from './helpers';
import { classifySource } from '../../../utils/attribution/source';


describe('a participle phrase between the speaker and the verb', () => {
  it('finds the unnamed speaker, not the subject of what was said', () => {
    expect(claims('A senior administration official, briefing reporters on the condition of anonymity, said the president was "deeply concerned."'))
      .toEqual([{ type: 'anonymous', source: 'A senior administration official' }]);
    expect(claims('In Cairo, an Egyptian mediator, speaking by phone, said the delegation had left.'))
      .toEqual([{ type: 'anonymous', source: 'an Egyptian mediator' }]);
  });
  it('a participle after a clause is not an appositive of its last noun', () => {
    expect(claims('The vote would force a summer of delay on the council, leaving the budget unfinished, said Dana Ruiz, a city planner.'))
      .toEqual([{ type: 'named', source: 'Dana Ruiz' }]);
  });
  it('words that only end in -ing open no participle phrase', () => {
    expect(claims('The minister warned the envoy, during their meeting in Rome last week, not to travel, said a diplomat who was briefed on the talks.'))
      .toEqual([{ type: 'anonymous', source: 'a diplomat' }]);
  });
});

describe('a relative clause that withholds the name, without commas', () => {
  it('skips it back to the speaker', () => {
    expect(claims('A Hamas leader who declined to be identified told reporters the group was studying the offer.'))
      .toEqual([{ type: 'anonymous', source: 'A Hamas leader' }]);
    expect(claims('A European diplomat who asked not to be named said the envoy would return on Monday.'))
      .toEqual([{ type: 'anonymous', source: 'A European diplomat' }]);
  });
  it('other relative clauses are not skipped', () => {
    expect(claims('The driver who found the tunnel entrance said nothing to the guards.')).toEqual([]);
  });
  it('an appositive relative clause before a noun-like cue', () => {
    expect(claims('A Western diplomat in Doha, who asked not to be named, described the mood as grim.'))
      .toEqual([{ type: 'anonymous', source: 'A Western diplomat in Doha' }]);
  });
  it('"called" after an appositive stays a call or a request', () => {
    expect(claims('A clerk at the depot, the site of last year\'s fire, called the police at noon.')).toEqual([]);
  });
});

describe('"…, said X" where X opens the reported clause', () => {
  it('is not the source', () => {
    const out = claims('Maria Lopez, 61, a nurse who has worked in the ward for a decade, said the minister was wrong.');
    expect(out).toEqual([{ type: 'named', source: 'Maria Lopez' }]);
  });
  it('a relative clause after an inverted source is still that source\'s', () => {
    expect(claims('"We have no time left," said a Qatari official who was not authorized to speak publicly.'))
      .toEqual([{ type: 'anonymous', source: 'a Qatari official' }]);
  });
  it('a parenthesized party and state after the name', () => {
    expect(claims('Rep. Dana Cole (D-Ore.), a member of the panel, said he had seen no evidence.'))
      .toEqual([{ type: 'named', source: 'Rep. Dana Cole' }]);
  });
});

describe('a name given in the appositive', () => {
  it('makes an unnamed-looking description named', () => {
    expect(claims('Another analyst, Rami Haddad, a former adviser to the ministry, said the talks were over.'))
      .toEqual([{ type: 'named', source: 'Rami Haddad' }]);
    expect(claims('One of the mayor\'s allies, radio host Lena Park, wrote that the plan was doomed.'))
      .toEqual([{ type: 'named', source: 'Lena Park' }]);
  });
  it('an institution in the appositive is no name', () => {
    expect(claims('Officials at the port authority, a division of the Harbor and Customs Service, said they were concerned.')[0]?.type)
      .toBe('anonymous');
  });
  it('an example of a group does not name the group', () => {
    expect(claims('As many economists, including Mr. Adler, have pointed out, the tax is regressive.'))
      .toEqual([{ type: 'vague', source: 'many economists' }]);
  });
});

describe('quotations whose closing sentence names no speaker', () => {
  it('do not borrow the speaker of a later quotation', () => {
    const text = '"Out, out! Close it down!" the marchers sang as they crossed the bridge. Others, pointing at the gates, shouted, "Open them!"';
    const out = analyzeText(text);
    const first = out.find((c) => c.start === 0);
    expect(first).toBeUndefined();
    expect(out.some((c) => c.source?.text === 'Others')).toBe(true);
  });
});

describe('datelines and honorifics in source phrases', () => {
  it('a dateline is not part of the speaker', () => {
    expect(claims('KHAN YOUNIS -- A doctor at the hospital, touring the ward on Sunday, said supplies had run out.'))
      .toEqual([{ type: 'anonymous', source: 'A doctor at the hospital' }]);
  });
  it('a dash aside inside a subject still ends at the subject', () => {
    expect(claims('The envoy\'s aides -- Omar Nasser and Lina Aziz -- said they were hopeful.')[0]?.type).toBe('named');
  });
  it('an honorific makes a place-named surname a person', () => {
    expect(classifySource('Rep. Jim Jordan')).toMatchObject({ type: 'named', kind: 'person' });
    expect(classifySource('Mr. Israel')).toMatchObject({ type: 'named', kind: 'person' });
    expect(classifySource('Jordan')).toMatchObject({ type: 'institutional' });
  });
});

describe('passive hedges that name their agent', () => {
  it('are not hedges without a source', () => {
    expect(claims('The seat is considered a tossup by the Cook Political Report.')).toEqual([]);
    expect(claims('The plan was sharply criticized by Senator Ruth Alder.').filter((c) => c.type === 'vague')).toEqual([]);
  });
  it('an unnamed agent or no agent still is', () => {
    expect(claims('The seat is considered a tossup.').map((c) => c.type)).toEqual(['vague']);
    expect(claims('He is considered a threat by many in the region.').map((c) => c.type)).toEqual(['vague']);
  });
});

describe('capitalized cue words', () => {
  it('inside a name are not cues', () => {
    expect(claims('David Stone, an editor at the Harbor Political Report, maintains a spreadsheet of the results.')
      .filter((c) => c.type === 'anonymous' || c.type === 'vague')).toEqual([]);
  });
  it('in a headline tail or in capitals they are', () => {
    expect(claims('Ceasefire Talks Stall Again, Officials Say')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
    expect(claims('CROSSINGS STAY SHUT, AID GROUPS SAY')).toEqual([{ type: 'institutional', source: 'AID GROUPS' }]);
  });
  it('"called the police" is a phone call; "called for" stays a demand', () => {
    expect(claims('A neighbor in the building called the police at midnight.')).toEqual([]);
    expect(claims('One lawmaker called for a full inquiry into the strike.').map((c) => c.type)).toEqual(['anonymous']);
  });
});

describe('speech that is imagined, owned or not speech at all', () => {
  it('speech inside a condition is not reported speech', () => {
    expect(claims('If state officials agree to the plan, monitors will be installed next month.')).toEqual([]);
    expect(claims('There would have been an uproar if a senator had said this about the envoy.')).toEqual([]);
  });
  it('a weak -ing form is a cue only in the progressive', () => {
    expect(claims('Travelers would be referred to health officials for additional questioning.')).toEqual([]);
    expect(claims('Some analysts are questioning whether the truce can hold.')).toEqual([{ type: 'vague', source: 'Some analysts' }]);
  });
  it('a hedge before a trailing named attribution is the speaker\'s wording', () => {
    expect(claims('The gunman was believed to have crossed the border twice, Interior Minister Sara Levin said Wednesday.'))
      .toEqual([{ type: 'named', source: 'Interior Minister Sara Levin' }]);
  });
  it('a hedge followed by a new clause with its own speaker stays a hedge', () => {
    expect(claims('The envoy reportedly left Doha on Friday, and the ministry announced that talks would resume.').map((c) => c.type))
      .toEqual(['vague']);
  });
  it('an outlet relaying "he\'s the first …" names no unnamed source', () => {
    expect(claims('State media said he\'s the first official to attend the talks in person.').map((c) => c.type)).toEqual(['report']);
  });
});

describe('"reports" as the verb of a named source, and as a noun', () => {
  it('a named reporter or outlet that reports is no unsourced report', () => {
    expect(claims('NPR\'s Dana Reyes reports that the crossing reopened on Monday.')).toEqual([{ type: 'named', source: 'NPR\'s Dana Reyes' }]);
    expect(claims('The Jerusalem Post reports that the crossing reopened on Monday.').map((c) => c.type)).toEqual(['report']);
  });
  it('unattributed reports stay a hedge', () => {
    expect(claims('Intelligence reports suggest that the group has rearmed.').map((c) => c.type)).toEqual(['vague']);
    expect(claims('Trump is said to have called the emir twice.').map((c) => c.type)).toEqual(['vague']);
  });
});

describe('on-topic wire copy: who is a source and who is news', () => {
  it('a role followed by the name is named', () => {
    expect(claims('A quarter of the dead are children, according to the top UNICEF officer in Gaza, Lena Park.'))
      .toEqual([{ type: 'named', source: 'Lena Park' }]);
    expect(claims('"We are out of fuel," said one of the hospital\'s doctors, Omar Haddad.')).toEqual([{ type: 'named', source: 'Omar Haddad' }]);
  });
  it('but a sentence-opening "according to" keeps its unnamed source', () => {
    expect(claims('According to my sources inside the cabinet, Gantz & Co. discussed the plan.')[0]?.type).toBe('anonymous');
  });
  it('a named subject holds the fear it states', () => {
    expect(claims('Israel also fears that an open crossing would become a conduit for weapons.')).toEqual([]);
    expect(claims('There are fears that an open crossing would become a conduit for weapons.').map((c) => c.type)).toEqual(['vague']);
  });
  it('an outlet reporting what unnamed people did relays no source; people who know things are sources', () => {
    expect(claims('The newspaper, which put the crowd at 10,000, said 13 police officers were injured.').map((c) => c.type)).toEqual(['report']);
    expect(claims('Bloomberg said three people with knowledge of the exchange were shocked by the request.').map((c) => c.type)).toEqual(['anonymous']);
  });
  it('"the two men" refers back to people already named', () => {
    expect(claims('Biden spoke with Netanyahu, and the two men agreed the talks must resume.').filter((c) => c.type === 'anonymous')).toEqual([]);
  });
});

describe('sentiments and proposals: owned or with no one behind them', () => {
  it('an owner named before the noun, or a verb that voices it, holds the concern', () => {
    expect(claims('Inspectors could address Israeli security concerns about smuggling.')).toEqual([]);
    expect(claims('The envoy spoke with the emir, reiterating concern about civilian deaths.').filter((c) => c.type === 'vague')).toEqual([]);
  });
  it('concerns and proposals with no one behind them are hedges', () => {
    expect(claims('There are growing concerns that the truce will collapse.').map((c) => c.type)).toEqual(['vague']);
    expect(claims('Questions have been raised about the envoy\'s ties to the group.').map((c) => c.type)).toEqual(['vague']);
  });
});

describe('a common person noun that opens the sentence', () => {
  it('is no person\'s name', () => {
    expect(classifySource('Residents')).toBeNull();
    expect(classifySource('Voters')).toBeNull();
    // Those who treat someone in the story are particular people left unnamed, not a name.
    expect(classifySource('Doctors')).toMatchObject({ type: 'anonymous', label: 'Doctors' });
    expect(classifySource('Witnesses')).toMatchObject({ type: 'anonymous' });
  });
  it('withheld names still make its speakers anonymous', () => {
    expect(claims('Residents, speaking on condition of anonymity for fear of reprisals, said 14 men were detained.').map((c) => c.type)).toEqual(['anonymous']);
  });
});

describe('section headings', () => {
  it('name a topic and report no view', () => {
    expect(claims('Concern over a possible ground assault')).toEqual([]);
  });
  it('a sentence with the same words still hedges', () => {
    expect(claims('There is concern over a possible ground assault.').map((c) => c.type)).toEqual(['vague']);
  });
});

describe('the writer\'s own questions and hypotheticals', () => {
  it('a question asserts nothing, so it rests on no source', () => {
    expect(claims('Does anyone believe the envoy wants a war?')).toEqual([]);
    expect(claims('Why do some analysts think the truce will fail?')).toEqual([]);
  });
  it('a question inside a quotation is the speaker\'s', () => {
    expect(claims('"Why would we stop now?" one official asked.').map((c) => c.type)).toEqual(['anonymous']);
  });
  it('a claim before a colon that introduces a question stays', () => {
    expect(claims('Aides said the envoy had one question: would the talks resume?').map((c) => c.type)).toEqual(['anonymous']);
  });
  it('"anyone" is no source: it holds questions and comparisons', () => {
    expect(claims('The campaign went better than anyone predicted.')).toEqual([]);
    expect(claims('No one expected a long debate.').map((c) => c.type)).toEqual(['vague']);
  });
});

describe('people named by their place, with their names withheld', () => {
  it('the source is the people, not the place', () => {
    expect(claims('Residents in the neighborhood, speaking on condition of anonymity for fear of reprisals, said 14 men were detained.'))
      .toEqual([{ type: 'anonymous', source: 'Residents in the neighborhood' }]);
    expect(claims('Two villagers from the area, who asked not to be named, said the shelling lasted hours.'))
      .toEqual([{ type: 'anonymous', source: 'Two villagers from the area' }]);
  });
});
