/**
 * attribution-1.8.32: who is no speaker. Nobody ("No official has said"), a poll's share ("six in ten
 * Americans said"), whom something is said to ("crying out to the officers saying"), whom someone phones
 * ("called Domino's from their house") and a name given ("a woman called Tara Durant took …"). Classes found
 * reading a random sample of the corpus's unnamed flags; the sentences are written here.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('nobody is no unnamed source', () => {
  it('"no", "none of" and "neither" before the people', () => {
    expect(unnamedClaims('No intelligence officials have publicly confirmed the report.')).toEqual([]);
    expect(unnamedClaims('None of the officials said the group directed the attack.')).toEqual([]);
    expect(unnamedClaims('Neither official indicated that there is direct evidence.')).toEqual([]);
  });
  it('"no one" and "nobody" stay the vague view they report, and a count stays a source', () => {
    expect(unnamedClaims('No one expects a deal before the summer.')).toEqual([{ type: 'vague', source: 'No one' }]);
    expect(unnamedClaims('Two officials said no deal was near.')).toEqual([{ type: 'anonymous', source: 'Two officials' }]);
  });
});

describe('a share of a poll is not a count of unnamed people', () => {
  it('"six in ten", "seven out of 10", like "sixty percent of"', () => {
    expect(unnamedClaims('About six in ten Americans said they followed the news about the outbreak.')).toEqual([]);
    expect(unnamedClaims('Seven out of 10 Republicans say the race was close.')).toEqual([]);
  });
});

describe('whom something is said to', () => {
  it('after a verb of speaking or sending and "to"/"at", the people are not the speaker', () => {
    expect(unnamedClaims('He can be seen crying out to the officers saying, “I can’t breathe.”')).toEqual([]);
    expect(unnamedClaims('She shouted at the guards saying she was innocent.')).toEqual([]);
  });
  it('a letter sent to them is its sender’s', () => {
    expect(claims('Pelosi later sent a letter to House Democrats saying there will be a call on Monday.'))
      .toEqual([{ type: 'named', source: 'Pelosi' }]);
  });
  it('"with officials saying" and "similar to Nixon telling" keep the people after the preposition as the speaker', () => {
    expect(unnamedClaims('The Keys were hard hit, with federal officials saying a quarter of homes were destroyed.'))
      .toEqual([{ type: 'anonymous', source: 'federal officials' }]);
    expect(claims('It is similar to Nixon telling his aide to lie.')).toEqual([{ type: 'named', source: 'Nixon' }]);
    expect(unnamedClaims('The article made one reference to company officials saying the ore went to Europe.'))
      .toEqual([{ type: 'anonymous', source: 'company officials' }]);
  });
});

describe('"called": a phone call, a label or a name', () => {
  it('phoning someone says nothing of them', () => {
    expect(unnamedClaims('During the final hours, someone called Domino’s from their house and ordered pizza.')).toEqual([]);
    expect(unnamedClaims('A Democrat called her at 7:30 a.m. Thursday to talk about health care.')).toEqual([]);
  });
  it('a label keeps its giver as the source, not the person labelled', () => {
    expect(claims('Officials called Trump a liar.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
    expect(unnamedClaims('One Colorado Republican called Pence an “excellent choice.”')).toEqual([{ type: 'anonymous', source: 'One Colorado Republican' }]);
    expect(claims('Marc Short called Pelosi and Schumer’s statement “misleading.”')).toEqual([{ type: 'named', source: 'Marc Short' }]);
    expect(unnamedClaims('He looks like a sore loser, as some have called him, and he knows it.')).toEqual([{ type: 'vague', source: 'some' }]);
    expect(claims('Sessions has called Roe v. Wade “one of the worst” decisions.')).toEqual([{ type: 'named', source: 'Sessions' }]);
  });
  it('a name given is no claim', () => {
    expect(claims('A woman called Tara Durant took her young daughter on errands downtown.')).toEqual([]);
  });
  it('a phone call then a verb of saying: the caller said it, past an opening time phrase', () => {
    expect(unnamedClaims('Then, on Friday, CIA officials called them and told them that the plan was off.'))
      .toEqual([{ type: 'anonymous', source: 'CIA officials' }]);
  });
});

describe('names with small words and letters whose sender is not found', () => {
  it('"a group called Women Speak for Themselves that was organized" is a name given', () => {
    expect(unnamedClaims('She is a member of a group called Women Speak for Themselves that was organized in 2012.')).toEqual([]);
  });
  it('a letter to a named addressee whose sender is not found keeps the people named for a later "they"', () => {
    const text = 'On Thursday, Chairman Patrick Leahy, D-Vermont, and Ranking Member Chuck Grassley, R-Iowa, sent a letter '
      + 'to Obama calling on him to share the memos. “The killing raises concerns,” they wrote.';
    expect(unnamedClaims(text)).toEqual([]);
  });
});

describe('agreeing to do something is an act, not a view', () => {
  it('"agreed to" a deed or a deal is no claim; the sentence’s own source still is', () => {
    expect(unnamedClaims('Officials agreed to meet next week.')).toEqual([]);
    expect(claims('Negotiators agreed to a phased cancellation of tariffs, said a ministry spokesman, Gao Feng.'))
      .toEqual([{ type: 'named', source: 'Gao Feng' }]);
    expect(unnamedClaims('Three women have agreed to be named in this story.')).toEqual([]);
  });
  it('"agreed that" stays a view', () => {
    expect(unnamedClaims('Some officials agreed that the plan was flawed.')).toEqual([{ type: 'anonymous', source: 'Some officials' }]);
  });
});

describe('"counter that" is a reply', () => {
  it('is a cue before "that" only', () => {
    expect(unnamedClaims('Critics counter that the average rate is much lower.')).toEqual([{ type: 'vague', source: 'Critics' }]);
    expect(unnamedClaims('State officials counter that the memos will be handled properly.')).toEqual([{ type: 'anonymous', source: 'State officials' }]);
    expect(claims('Critics say the drugs are sold over the counter.')).toEqual([{ type: 'vague', source: 'Critics' }]);
    expect(claims('That runs counter to the plan.')).toEqual([]);
  });
});

describe('a noun-like cue after "of" and a modifier', () => {
  it('is the object of "of" ("a source of fierce debate", "people of opposing views")', () => {
    expect(unnamedClaims('The extent of the meddling has been a source of fierce debate.')).toEqual([]);
    expect(unnamedClaims('When you bring people of opposing views together, they talk.')).toEqual([]);
  });
  it('not after the people of a count', () => {
    expect(unnamedClaims('A number of officials say the deal is near.')).toEqual([{ type: 'anonymous', source: 'A number of officials' }]);
    expect(unnamedClaims('Dozens of people say they saw the attack.')).toEqual([{ type: 'vague', source: 'Dozens of people' }]);
  });
});
