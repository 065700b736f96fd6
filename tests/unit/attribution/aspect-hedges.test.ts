/**
 * attribution-1.7.0: a cue after an aspect or appearance verb ("officials continue to
 * insist", "began to fear", "seem to believe"), the belief and report participles of a
 * reduced relative ("a factory said to be producing arms", "gunmen believed to be from
 * the group"), tolls reported by no one, "reported him to the police", and people whose
 * surname is an outlet's name ("Michael Bloomberg"). Found by reading a held-out set's misses
 * and the flag diffs on 5,000 corpus articles; the sentences here are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims as unnamed } from './helpers';


describe('a cue after "continue to", "began to", "seem to"', () => {
  it('the subject before the aspect verb is the source', () => {
    expect(claims('Officials continue to insist that the crossing will reopen.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
    expect(claims('Western diplomats have begun to say that the talks are over.')).toEqual([{ type: 'anonymous', source: 'Western diplomats' }]);
    expect(claims('U.S. officials began to fear that the strikes were stirring anger.')).toEqual([{ type: 'anonymous', source: 'U.S. officials' }]);
    expect(claims('Many analysts seem to believe the truce will hold.')).toEqual([{ type: 'vague', source: 'Many analysts' }]);
    expect(claims('Mediators appeared to concede that the deadline would pass.')).toEqual([{ type: 'anonymous', source: 'Mediators' }]);
  });
  it('a negation between "to" and the cue changes nothing', () => {
    expect(claims('Officials seem to not believe that the envoy will return.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
  });
  it('desires and perceptions are no view held out to anyone', () => {
    expect(unnamed('Everyone seems to want a quick end to the talks.')).toEqual([]);
    expect(unnamed('Many seem to not want the envoy to return.')).toEqual([]);
    expect(unnamed('A patient starts to feel ill after a week.')).toEqual([]);
    expect(unnamed('Few seemed to understand what was happening at the border.')).toEqual([]);
  });
  it('"came to" is a purpose, not an aspect: no claim is made', () => {
    expect(claims('He came to say goodbye to the delegation.')).toEqual([]);
  });
});

describe('belief and report participles without an auxiliary', () => {
  it('a reduced relative is a hedge with no source', () => {
    expect(unnamed('A factory said to be producing light arms blew up on Tuesday.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamed('Dozens of gunmen believed to be from the group crossed the river.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamed('The commander, thought to have fled south, was not found.')).toEqual([{ type: 'vague', source: null }]);
    // Not "Christie said": the governor says nothing here; and his own hope does not own the hedge.
    expect(claims('With Christie said to be considering a bid, he hopes his speech resonates.')).toEqual([{ type: 'vague', source: null }]);
  });
  it('a named source in the sentence owns it, and a charge\'s own "alleged" is no hedge', () => {
    expect(unnamed('The sailor is quarantined with other crew members believed to have been in close contact, the statement said.')).toEqual([]);
    expect(unnamed('By then, Mueller had already indicted Russians alleged to have been involved in the effort.')).toEqual([]);
  });
  it('an active verb, an instruction, a figure of speech or a denial is not', () => {
    expect(unnamed('The mayor said to be careful on the roads tonight.')).toEqual([]);
    expect(unnamed('The coach said to have faith in the team.')).toEqual([]);
    expect(unnamed('A woman whom he initially believed to be a diplomat left the city.')).toEqual([]);
    expect(unnamed('The senator could be said to have won the exchange.')).toEqual([]);
    expect(unnamed('He is not alleged to have broken any law.')).toEqual([]);
  });
});

describe('reporting someone to the authorities', () => {
  it('is a complaint lodged, not a claim', () => {
    expect(unnamed('No one reported him to the authorities.')).toEqual([]);
    expect(unnamed('Neighbors reported the noise to local police twice.')).toEqual([]);
  });
  it('reporting to an audience still is', () => {
    expect(unnamed('Sources reported to the committee that the funds were gone.')).toEqual([{ type: 'anonymous', source: 'Sources' }]);
  });
});

describe('tolls reported by no one', () => {
  it('people reported killed or hurt, deaths reported, are hedges', () => {
    expect(unnamed('At least 24 people were reported killed in the strikes.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamed('At least 246 new deaths were reported on Thursday.')).toEqual([{ type: 'vague', source: null }]);
  });
  it('"no injuries were reported" is a routine line, not a claim resting on anyone', () => {
    expect(unnamed('It was unclear where the rockets landed, but no damage or injuries were reported.')).toEqual([]);
    expect(unnamed('No one was immediately reported hurt in the rampage.')).toEqual([]);
  });
  it('a toll with its source is that source\'s claim', () => {
    expect(claims('The Gaza health ministry said 24 people were reported killed.')).toEqual([{ type: 'institutional', source: 'The Gaza health ministry' }]);
  });
  it('a crime reported to the police or a filing reported to a regulator is no hedge', () => {
    expect(unnamed('Only about half of such crimes are reported to police.')).toEqual([]);
    expect(unnamed('The question is whether the payment was reported to the FEC.')).toEqual([]);
  });
});

describe('a person whose surname is an outlet\'s name', () => {
  it('a given name before "Bloomberg" or "Fox" makes a person, not another outlet', () => {
    expect(claims('Michael Bloomberg told reporters he would spend whatever it takes.')).toEqual([{ type: 'named', source: 'Michael Bloomberg' }]);
    expect(claims('“The sky is not falling,” said Joel Fox, a longtime strategist.')).toEqual([{ type: 'named', source: 'Joel Fox' }]);
  });
  it('once the article names the person, the bare surname is that person', () => {
    const text = 'Former mayor Michael Bloomberg entered the race on Sunday.\n\n“I am running to win,” Bloomberg said in a statement.';
    expect(claims(text)).toEqual([{ type: 'named', source: 'Bloomberg' }]);
  });
  it('a sentence that opens with a capitalized word, an acronym or a camel-case name is no given name', () => {
    expect(claims('When Vox writes that the race is over, readers listen.\n\nVox reported that the race was over.').map((c) => c.type)).toContain('report');
    expect(claims('Busted BuzzFeed\n\nBuzzFeed reported that the lawyer was told to lie.')).toEqual([{ type: 'report', source: 'BuzzFeed' }]);
  });
  it('the outlets themselves stay outlets', () => {
    expect(claims('Bloomberg reported that the fund had closed.')).toEqual([{ type: 'report', source: 'Bloomberg' }]);
    expect(claims('According to the Russian-funded RT, the crew was incapacitated.')).toEqual([{ type: 'report', source: 'the Russian-funded RT' }]);
    expect(claims('Thomson Reuters said the service would resume.')).toEqual([{ type: 'report', source: 'Thomson Reuters' }]);
  });
});
