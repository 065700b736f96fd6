/**
 * attribution-1.8.61: classes from a fourth held-out set of world and security news (corpus articles 30,000 and
 * later, labeled by two helpers who never saw the analyzer). The sentences here are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { classifySource } from '../../../utils/attribution/source';
import { claims, unnamedClaims } from './helpers';

describe('the people at a scene', () => {
  it('speak unnamed, with where they are', () => {
    expect(unnamedClaims('Medics said a child was killed in the strike.')).toEqual([{ type: 'anonymous', source: 'Medics' }]);
    expect(unnamedClaims('Rebel fighters in the area claim they shot down a helicopter.'))
      .toEqual([{ type: 'anonymous', source: 'Rebel fighters in the area' }]);
    expect(unnamedClaims('Federal agents said her apartment was packed with boxes.')).toEqual([{ type: 'anonymous', source: 'Federal agents' }]);
    expect(unnamedClaims('The man acted oddly, according to FBI personnel.')).toEqual([{ type: 'anonymous', source: 'FBI personnel' }]);
  });
  it('not a whole population, the agents a story names, or a name', () => {
    expect(unnamedClaims('Residents report hearing explosions near the border.')).toEqual([]);
    expect(unnamedClaims('The agents said they did not think he was lying.')).toEqual([]);
    expect(classifySource('Priests for Life')?.type).not.toBe('anonymous');
  });
  it('questioning people and arriving are no claims (1.8.63)', () => {
    expect(claims('After the lawmakers returned, FBI agents questioned congressional staff about the trip.')).toEqual([]);
    expect(claims('Other Border Patrol agents responded and found one agent injured.')).toEqual([]);
    expect(unnamedClaims('Some experts questioned the data.')).toEqual([{ type: 'vague', source: 'Some experts' }]);
    expect(claims('He responded and said the plan was sound.')).toEqual([{ type: 'named', source: 'He' }]);
  });
  it('owned people are no unnamed group, wherever the owner stands (1.8.63)', () => {
    expect(unnamedClaims('The women say he defamed them by having his agents deny the claims.')).toEqual([]);
  });
  it('going to a scene is no answer', () => {
    expect(claims('Paramedics from the hospital responded to the jail where he was found.')).toEqual([]);
    expect(claims('Two officers responded to a call about a disturbance.')).toEqual([]);
    expect(unnamedClaims('Officials responded that the plan was sound.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
  });
});

describe('polling', () => {
  it('with no pollster is a hedge, as "polls" are', () => {
    expect(unnamedClaims('Recent polling has shown that a majority of voters do not believe him.'))
      .toEqual([{ type: 'vague', source: 'Recent polling' }]);
  });
  it('owned or exit polling is identified', () => {
    expect(claims('The mayor\u2019s private polling showed him ahead.')).toEqual([{ type: 'institutional', source: 'The mayor\u2019s private polling' }]);
    expect(classifySource('his polling')?.type).toBe('institutional');
    expect(classifySource('preliminary exit polling')?.type).toBe('institutional');
  });
});

describe('forecasts and criticism nobody is said to make', () => {
  it('a forecast figure and criticism set as the scene are hedges', () => {
    expect(unnamedClaims('Total sales this year are forecast at $6 billion.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('The claim came amid criticism that his softness on Russia was to blame.')).toEqual([{ type: 'vague', source: null }]);
  });
  it('not a forecast someone makes, nor criticism from someone', () => {
    expect(unnamedClaims('The weather service forecast rain for Sunday.')).toEqual([]);
    expect(unnamedClaims('The vote came amid criticism from Republicans.')).toEqual([]);
  });
});

describe('a quoted block of reporting', () => {
  it('is read for its own sources', () => {
    const text = 'CBS says that:\n\n"A law enforcement source told CBS News that one device was placed in a pressure cooker. '
      + 'Investigators also found pieces of a circuit board. "A law enforcement official told CBS News that the bombs were crude."';
    expect(unnamedClaims(text)).toEqual([
      { type: 'anonymous', source: 'A law enforcement source' },
      { type: 'anonymous', source: 'A law enforcement official' },
    ]);
  });
  it('run on over glued paragraphs, no sentence takes another one\u2019s source', () => {
    const text = 'NPR\u2019s Corey Flintoff reports for our Newscast unit:\n\n"Russia\u2019s defense minister said the pilot was rescued. '
      + '"Rebel fighters in the area claim they shot down a helicopter. "Russia says one crewman was killed."';
    expect(claims(text).slice(1)).toEqual([
      { type: 'institutional', source: 'Russia\u2019s defense minister' },
      { type: 'anonymous', source: 'Rebel fighters in the area' },
      { type: 'institutional', source: 'Russia' },
    ]);
  });
  it('its sentences with no source of their own are the outlet\u2019s words, hedges included', () => {
    const text = 'The New York Times reports:\n\n"Just 24 percent of the contributors have given $200 or less. '
      + 'The events can reinforce concerns that give Democrats pause."';
    expect(claims(text)).toEqual([
      { type: 'report', source: 'The New York Times' },
      { type: 'report', source: 'The New York Times' },
      { type: 'report', source: 'The New York Times' },
    ]);
  });
  it('a speaker\u2019s own quotation after a colon stays the speaker\u2019s', () => {
    expect(unnamedClaims('Trump said in a statement:\n\n"Sources tell me the deal is dead. We will win."')).toEqual([]);
  });
});

describe('a single mark closing a quotation (1.8.62)', () => {
  it('comes before an inverted speaker as a double one does', () => {
    expect(unnamedClaims('\u2018We will not stop,\u2019 said one official.')).toEqual([{ type: 'anonymous', source: 'one official' }]);
    expect(claims("Escalation will put the region at risk,' said Ban, who will go to Israel on Tuesday."))
      .toEqual([{ type: 'named', source: 'Ban' }]);
  });
  it('but not an apostrophe that ends a word', () => {
    expect(unnamedClaims("The officials' said plan was dropped.")).toEqual([]);
  });
});
