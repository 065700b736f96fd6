/**
 * attribution-1.8.84–1.8.86: "concluded that" and "affirmed that" as cues, and relative clauses that open with
 * their verb inside a speaker's phrase ("People who knew Epstein said", "a group that supports the crackdown"). Classes from
 * the PolNeAR train misses and the corpus diff they led to; the sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('"concluded that", "affirmed that"', () => {
  it('a finding or an assurance with its clause is the subject\'s claim', () => {
    expect(unnamedClaims('Crime experts have concluded that most victims knew the attacker.')).toEqual([{ type: 'vague', source: 'Crime experts' }]);
    expect(unnamedClaims('Investigators concluded that the fire was set on purpose.')).toEqual([{ type: 'anonymous', source: 'Investigators' }]);
    expect(claims('The ministry affirmed that the crossing would stay open.')).toEqual([{ type: 'institutional', source: 'The ministry' }]);
  });
  it('not talks that ended or a sentence upheld', () => {
    expect(claims('The talks concluded on Monday without a deal.')).toEqual([]);
    expect(claims('The appeals court affirmed the sentence.')).toEqual([]);
  });
  it('not a finding no one made: a modal or a negation before it', () => {
    expect(unnamedClaims('Looking at the rainfall, an observer might conclude that the drought is over.')).toEqual([]);
    expect(unnamedClaims('Investigators never concluded that the fire was set.')).toEqual([]);
  });
});

describe('a relative clause that opens with its verb', () => {
  it('after a group or an organization the clause stays in the phrase', () => {
    expect(unnamedClaims('Yet one source from a group that supports the crackdown said the remark was no mistake.'))
      .toEqual([{ type: 'anonymous', source: 'one source from a group that supports the crackdown' }]);
    expect(claims('Business groups that represent the firms say the rules are unfair.'))
      .toEqual([{ type: 'institutional', source: 'Business groups that represent the firms' }]);
  });
  it('after "who" the people before it speak, never the verb and its object', () => {
    expect(unnamedClaims('People who knew Haddad said he rarely spoke of politics.')).toEqual([{ type: 'vague', source: 'People' }]);
    expect(unnamedClaims('Insiders who chose Warren said the senator could help.')).toEqual([{ type: 'anonymous', source: 'Insiders' }]);
    expect(claims('A federal official who oversees the tests told Education Week the scores fell.'))
      .toEqual([{ type: 'anonymous', source: 'A federal official' }]);
  });
  it('no phrase when the clause only describes a thing', () => {
    // A verb and its object, with nothing that can speak before it.
    expect(unnamedClaims('A new study by a panel that includes four former officers concludes that the army can cope.')).toEqual([]);
    // The cue is the clause's own object, or names it.
    expect(claims('In a twist, the officer who prepared the Jan report left the Marines.')).toEqual([]);
    expect(unnamedClaims('Master, a former supporter who produced a documentary film called Fix It, believes the plan fails.')).toEqual([]);
    // A thing before the clause, right before the cue: no one's phrase (not "surfaced Wednesday", once a named source).
    expect(claims('E-mails that surfaced Wednesday suggest the appointees planned the jams.')).toEqual([]);
  });
  it('an epithet with a title is no verb: "a number that fired FBI Director James Comey said"', () => {
    expect(claims('Clinton brought nine lawyers, a number that fired FBI Director James Comey said was unusual.'))
      .toEqual([{ type: 'named', source: 'fired FBI Director James Comey' }]);
  });
});

describe('more ways of putting a view (held-out sets of 2026-11-24)', () => {
  it('"clarified that" and "raised concerns that / questions about"', () => {
    expect(unnamedClaims('A campaign aide later clarified that the candidate misspoke.')).toEqual([{ type: 'anonymous', source: 'A campaign aide' }]);
    expect(unnamedClaims('Some lawmakers raised concerns that the deal is weak.')).toEqual([{ type: 'vague', source: 'Some lawmakers' }]);
    expect(unnamedClaims('Several staffers have raised serious questions about whether the plan can work.')).toEqual([{ type: 'anonymous', source: 'Several staffers' }]);
  });
  it('not clarifying a thing, raising money, or being raised somewhere', () => {
    expect(claims('The new rules clarify the process for appeals.')).toEqual([]);
    expect(claims('Some donors raised money for the campaign.')).toEqual([]);
    expect(claims('Many officials were raised in Ohio.')).toEqual([]);
  });
  it('a participle after "refuted that," and after a manner adverb keeps the subject', () => {
    expect(unnamedClaims('But state officials refuted that, saying it was the normal way of counting.')).toEqual([{ type: 'anonymous', source: 'state officials' }]);
    expect(claims('Mr. Mattis went to the mat over the cut, privately telling the president he could not do it.')).toEqual([{ type: 'named', source: 'Mr. Mattis' }]);
  });
  it('camps of opinion counted or quantified are unnamed; bare, a camp at large', () => {
    expect(unnamedClaims('Some democratic socialists said the senator is not socialist enough.')).toEqual([{ type: 'vague', source: 'Some democratic socialists' }]);
    expect(unnamedClaims('Two rivals said the plan was absurd.')).toEqual([{ type: 'anonymous', source: 'Two rivals' }]);
    expect(claims('Rivals said the plan was absurd.')).toEqual([]);
  });
  it('a participle of their role after unnamed people: they stay unnamed, the phrase keeps it', () => {
    expect(unnamedClaims('Officials briefing reporters said the talks had stalled.')).toEqual([{ type: 'anonymous', source: 'Officials briefing reporters' }]);
    expect(unnamedClaims('U.S. officials investigating the bombings say there is no sign of a wider plot.'))
      .toEqual([{ type: 'anonymous', source: 'U.S. officials investigating the bombings' }]);
    expect(unnamedClaims('People attending the meeting said the envoy left early.')).toEqual([{ type: 'anonymous', source: 'People attending the meeting' }]);
    expect(unnamedClaims('A US lawmaker investigating alleged election meddling says the aide should testify.'))
      .toEqual([{ type: 'anonymous', source: 'A US lawmaker investigating alleged election meddling' }]);
  });
  it('not other participles, which describe rather than place the people', () => {
    expect(unnamedClaims('A man wearing a cap orders a drink called Safe Sex Champagne.')).toEqual([]);
  });
  it('a view voiced by the subject is no one else\'s hedge', () => {
    expect(unnamedClaims("The president took office voicing skepticism about the intelligence community's conclusion.")).toEqual([]);
  });
});

describe('attribution-1.8.85: views held with "regard" and reasons cited', () => {
  it('"regard X as …", "regard X with distaste" and "cite concerns that …" are the subject\'s view', () => {
    expect(unnamedClaims('Economists regard stagnant wages as a red flag for the recovery.')).toEqual([{ type: 'vague', source: 'Economists' }]);
    expect(unnamedClaims('Many voters now regard him with distaste.')).toEqual([{ type: 'vague', source: 'Many voters' }]);
    expect(unnamedClaims('Some opponents cite concerns that the region is rife with militants.')).toEqual([{ type: 'vague', source: 'Some opponents' }]);
  });
  it('not the passive, "with regard to", a hypothetical or a negation', () => {
    expect(claims('With regard to the plan, the talks went on.')).toEqual([]);
    expect(unnamedClaims('If a private person gave such orders, no one would regard them as legitimate.')).toEqual([]);
    expect(unnamedClaims("These people don't really regard the city as their home.")).toEqual([]);
  });
});
