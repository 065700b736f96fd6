/**
 * attribution-1.8.132: anonymous sources that were missed, found by reading corpus sentences that withhold a name
 * ("on condition of anonymity", "familiar with", "declined to be identified") and carry no unnamed claim. Each
 * layout below gave no claim at all, or the wrong speaker, before. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { unnamedClaims, claims } from './helpers';

describe('a participle phrase that withholds the name, without commas', () => {
  it('stands between the subject and its verb, however long', () => {
    expect(unnamedClaims('A police official speaking on condition of anonymity because the inquiry was still open said the guards fired first.'))
      .toEqual([{ type: 'anonymous', source: 'A police official' }]);
    expect(unnamedClaims('The video shows no weapon, but a city official speaking on condition of anonymity because the case was pending said two guards drew guns.'))
      .toEqual([{ type: 'anonymous', source: 'a city official' }]);
  });
  it('after "but" and another description, or after a comma whose partner was left out', () => {
    expect(unnamedClaims('One investigator involved in the case but speaking on condition of anonymity told reporters the parts were bought online.'))
      .toEqual([{ type: 'anonymous', source: 'One investigator involved in the case' }]);
    expect(unnamedClaims('Another senior Republican, speaking on condition of anonymity said the governor would lose the primary.'))
      .toEqual([{ type: 'anonymous', source: 'Another senior Republican' }]);
  });
  it('"not authorized to speak publicly" is such a phrase too', () => {
    expect(unnamedClaims('Ten people were hurt in the blast, a fire department official not authorized to comment publicly told the station.'))
      .toEqual([{ type: 'anonymous', source: 'a fire department official' }]);
    expect(unnamedClaims('The men were paid to stage it, a person familiar with the inquiry but not authorized to speak publicly told the paper.'))
      .toEqual([{ type: 'anonymous', source: 'a person familiar with the inquiry' }]);
  });
});

describe('people described by what they know', () => {
  it('an adverb before "familiar" or "involved" stays in the description', () => {
    expect(unnamedClaims('The senators complained about the bill, according to several aides directly familiar with the lunch.'))
      .toEqual([{ type: 'anonymous', source: 'several aides directly familiar with the lunch' }]);
    expect(unnamedClaims('A second source highly familiar with the search tells CNN that the minister had asked to stay.'))
      .toEqual([{ type: 'anonymous', source: 'A second source highly familiar with the search' }]);
  });
  it('people of any trade with access withhold who they are', () => {
    expect(unnamedClaims('The party is building a new group in the state, strategists familiar with the plans told the paper.'))
      .toEqual([{ type: 'anonymous', source: 'strategists familiar with the plans' }]);
    expect(unnamedClaims('Donors briefed on the talks said the fund would open in May.'))
      .toEqual([{ type: 'anonymous', source: 'Donors briefed on the talks' }]);
  });
  it('a place is no access, nor words of a headline that run on', () => {
    expect(unnamedClaims('The wall is needed, farmers close to the border said.')).toEqual([]);
    expect(unnamedClaims('Gun control advocates aware emotionally charged debate helps them')).toEqual([]);
  });
});

describe('counts with a bound after "according to"', () => {
  it('"at least" and "as many as" open the source phrase', () => {
    expect(unnamedClaims('The deal is not done, according to at least three sources familiar with the talks.'))
      .toEqual([{ type: 'anonymous', source: 'at least three sources familiar with the talks' }]);
    expect(unnamedClaims('The plan was dropped, according to as many as five officials.'))
      .toEqual([{ type: 'anonymous', source: 'as many as five officials' }]);
  });
  it('a bound that counts something else is no source', () => {
    expect(claims('Police said at least 20 people were killed.')).toEqual([{ type: 'institutional', source: 'Police' }]);
  });
});

describe('what is guessed, and by whom', () => {
  it('"speculate that" is a view of the people who speculate', () => {
    expect(unnamedClaims('Some analysts speculated that the launch had failed.')).toEqual([{ type: 'vague', source: 'Some analysts' }]);
  });
  it('speculating about a question claims nothing', () => {
    expect(unnamedClaims('Commentators speculated about how long he would last.')).toEqual([]);
    expect(unnamedClaims('Some lawmakers speculate whether the vote will be delayed.')).toEqual([]);
  });
  it('after an aside that withholds the name, a verb of thinking is the source\'s', () => {
    expect(unnamedClaims('Several friends of the mayor, who asked not to be identified, speculated that he would resign.'))
      .toEqual([{ type: 'anonymous', source: 'Several friends of the mayor' }]);
    expect(unnamedClaims('One official, who spoke on condition of anonymity, believes the talks will fail.'))
      .toEqual([{ type: 'anonymous', source: 'One official' }]);
  });
});

describe('relative clauses and the speaker', () => {
  it('a clause that withholds the name, closed by a comma it never opened', () => {
    expect(unnamedClaims('A neighbor who declined to be identified, told the station that she heard shots.'))
      .toEqual([{ type: 'anonymous', source: 'A neighbor' }]);
    expect(unnamedClaims('In Gaza, a man who declined to be named, said the strikes continued.'))
      .toEqual([{ type: 'anonymous', source: 'a man' }]);
  });
  it('a friend "of someone\'s" is one whole phrase', () => {
    expect(unnamedClaims('A classmate of Smith’s who declined to be identified told the magazine that he was sure.'))
      .toEqual([{ type: 'anonymous', source: 'A classmate of Smith’s' }]);
    expect(claims('Most of Smith’s claims about the border are wrong.')).toEqual([]);
    expect(claims('Half of the special counsel’s report examines the actions of the president.')).toEqual([]);
  });
  it('the object of "to", described by a relative clause, is not the subject of the verb after it', () => {
    expect(claims('The bank gave the records to the state attorney general, who is running her own inquiry, said a person familiar with the matter.'))
      .toEqual([{ type: 'anonymous', source: 'a person familiar with the matter' }]);
    expect(claims('The British ambassador to the UN, John Smith, said talks were possible.')).toEqual([{ type: 'named', source: 'John Smith' }]);
  });
  it('an outlet that reached the speaker is no speaker', () => {
    expect(unnamedClaims('One conservative interviewed by the paper, who requested anonymity, said the tweet was a tactic.'))
      .toEqual([{ type: 'anonymous', source: 'One conservative interviewed by the paper' }]);
  });
});

describe('attribution-1.8.133: people quoted without a name, found after a quotation', () => {
  it('"close" and "knowledgeable" before the head are adjectives, not what describes it', () => {
    expect(unnamedClaims('“People are shocked,” admitted one close confidant of the mayor.'))
      .toEqual([{ type: 'anonymous', source: 'one close confidant of the mayor' }]);
    expect(unnamedClaims('“They want as many votes as possible,” said one knowledgeable source.'))
      .toEqual([{ type: 'anonymous', source: 'one knowledgeable source' }]);
    expect(unnamedClaims('“It was a mess,” a close Trump ally said.')).toEqual([{ type: 'anonymous', source: 'a close Trump ally' }]);
  });
  it('more nouns for people who speak without a name', () => {
    expect(unnamedClaims('“You can’t dance in that spotlight,” a party loyalist said.')).toEqual([{ type: 'anonymous', source: 'a party loyalist' }]);
    expect(unnamedClaims('“It is very scary,” one career civil servant said.')).toEqual([{ type: 'anonymous', source: 'one career civil servant' }]);
    expect(unnamedClaims('“Toilet paper is golden,” one customer told the station.')).toEqual([{ type: 'anonymous', source: 'one customer' }]);
  });
  it('a prosecutor is a title, as a judge is; nor do "a boy or a girl" or "conservative" estimates speak', () => {
    expect(claims('“It won’t happen,” a former federal prosecutor said.')).toEqual([{ type: 'institutional', source: 'a former federal prosecutor' }]);
    expect(unnamedClaims('Knowing whether a child is a boy or a girl tells you nothing about grades.')).toEqual([]);
    expect(unnamedClaims('Even the most conservative estimates anticipate a decline this year.')).toEqual([]);
  });
  it('an aside that gives the name makes the source named', () => {
    expect(claims('A shopper, identified as Joseph Wilcox, told his friend he would confront the men.'))
      .toEqual([{ type: 'named', source: 'Joseph Wilcox' }]);
    expect(unnamedClaims('A witness, identified only as Joseph W., told police he saw it.')).toEqual([{ type: 'anonymous', source: 'A witness' }]);
  });
  it('"contending with" is dealing with something, not contending that', () => {
    expect(unnamedClaims('Many voters are contending with premium increases.')).toEqual([]);
    expect(unnamedClaims('Critics are contending that the plan fails.')).toEqual([{ type: 'vague', source: 'Critics' }]);
  });
  it('"alleged" after a determiner is an adjective', () => {
    expect(claims('There is no case against him or his close associates on either alleged collusion or obstruction.')).toEqual([]);
    expect(claims('Her alleged killer was extradited last month.')).toEqual([]);
  });
  it('a name right after "who" is the subject of the relative clause, not the people before it', () => {
    expect(unnamedClaims('He was an associate of a man who U.S. intelligence believes has ties to Moscow.')).toEqual([]);
  });
});

describe('attribution-1.8.134: the people with access, past a name their description ends on', () => {
  it('a name or a place at the end of the access words is not the speaker', () => {
    expect(claims('Two officials with knowledge of the FBI briefing on Capitol Hill said the agency objected.'))
      .toEqual([{ type: 'anonymous', source: 'Two officials with knowledge of the FBI briefing on Capitol Hill' }]);
    expect(claims('They were asked to speak at the funeral, sources close to both former presidents and McCain told CNN.'))
      .toEqual([{ type: 'anonymous', source: 'sources close to both former presidents and McCain' }]);
    expect(claims('Later, two sources familiar with Haley’s relationship with Trump told CNN that she had lost clout.'))
      .toEqual([{ type: 'anonymous', source: 'two sources familiar with Haley’s relationship with Trump' }]);
  });
  it('past a clause the access words take', () => {
    expect(unnamedClaims('Meanwhile, sources familiar with what transpired said that the judge had left early.'))
      .toEqual([{ type: 'anonymous', source: 'sources familiar with what transpired' }]);
    expect(claims('Two sources with knowledge of what Kushner told them said the session was pleasant.'))
      .toEqual([{ type: 'anonymous', source: 'Two sources with knowledge of what Kushner told them' }]);
  });
  it('"briefed on" and "involved in" are words of access too, with their preposition (attribution-1.8.135)', () => {
    expect(claims('A former official involved in relations with Russia over Syria said the outrage was overstated.'))
      .toEqual([{ type: 'anonymous', source: 'A former official involved in relations with Russia over Syria' }]);
    expect(unnamedClaims('As the system failed, those involved allegedly began to craft a cover-up story and assign blame.'))
      .toEqual([{ type: 'vague', source: null }]);
  });
  it('not past a verb of the sentence or a clause of its own', () => {
    expect(unnamedClaims('Those with knowledge declined to name other contenders and said the process remains fluid.'))
      .toEqual([{ type: 'anonymous', source: 'Those with knowledge' }]);
    expect(unnamedClaims('One person close to the mayor simply laughed when asked whether he would run.')).toEqual([]);
  });
  it('a passive\'s agent past whom it was told to', () => {
    expect(unnamedClaims('The appointment was confirmed to POLITICO by a source close to the transition.'))
      .toEqual([{ type: 'anonymous', source: 'a source close to the transition' }]);
    expect(unnamedClaims('He was told to leave by an official.')).toEqual([]);
  });
  it('"he" after a person named in between, whom a relative clause describes, is not the unnamed source before', () => {
    const text = 'A source familiar with the administration’s discussions on the use of snapback told Fox News that talks go on. '
      + 'An indication of the discussions came earlier in the week from Secretary of State Mike Pompeo, whose statement on the '
      + 'violation called on the world to act. His statement pulled no punches as he noted that the deal was bad.';
    expect(unnamedClaims(text)).toEqual([{ type: 'anonymous', source: 'A source familiar with the administration’s discussions on the use of snapback' }]);
  });
});
