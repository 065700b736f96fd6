/**
 * attribution-1.8.72: classes from a seventh held-out set, of national security and foreign policy news (labeled
 * by two helpers who never saw the analyzer), and from the corpus diffs they led to. The sentences here are written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { classifySource } from '../../../utils/attribution/source';
import { unnamedClaims } from './helpers';

describe('beliefs in the past tense and hints', () => {
  it('"officials believed that …", "officials are hinting that …" are claims', () => {
    expect(unnamedClaims('Government officials at the time believed that many of these refugees were spies.'))
      .toEqual([{ type: 'anonymous', source: 'Government officials at the time' }]);
    expect(unnamedClaims('Administration officials are hinting strongly that the president will end the deal.'))
      .toEqual([{ type: 'anonymous', source: 'Administration officials' }]);
  });
  it('not the people believed ("officials believed responsible"), nor trusting a person', () => {
    expect(analyzeText('It called for visa bans on Indian officials believed responsible for the killings.')).toEqual([]);
    expect(analyzeText('More than twice as many Americans believed Clarence Thomas than believed Anita Hill.')).toEqual([]);
    expect(unnamedClaims('Several officials believed Pham and Vinson became infected that week.')).toEqual([{ type: 'anonymous', source: 'Several officials' }]);
  });
});

describe('hedges in their short forms', () => {
  it('"it\'s believed", "as was reported", "is feared dead"', () => {
    expect(unnamedClaims("At the club, it's believed some 500 revelers were celebrating.")).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('Comey did (as was reported yesterday evening) ask Sessions to help.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('Fabrizia di Lorenzo, 31, is feared dead.')).toEqual([{ type: 'vague', source: null }]);
  });
  it('not a report whose outlet is given, nor a pronoun "it\'s" that states a fact', () => {
    expect(unnamedClaims('The deal, as first reported by The Times, fell apart.').some((c) => c.source === null)).toBe(false);
    expect(analyzeText("It's the right thing to do, and it's a fact.")).toEqual([]);
  });
});

describe('someone\'s own criticism is no criticism from no one', () => {
  it('"his sharp criticism of the deal" is no hedge; "drew sharp criticism" is', () => {
    expect(analyzeText('The president may face awkward moments over his sharp criticism of the Iran nuclear deal.')).toEqual([]);
    expect(analyzeText("The dinner came against a backdrop of Trump's harsh criticism of the company.")).toEqual([]);
    expect(unnamedClaims('The plan drew sharp criticism.')).toEqual([{ type: 'vague', source: null }]);
  });
});

describe('people of standing and polls\' numbers with no one named', () => {
  it('"senior EU figures", "opposition figures" are an unnamed group; "official figures" are numbers', () => {
    expect(unnamedClaims('Trade deals take years and senior EU figures are sceptical that a deal can be agreed in time.'))
      .toEqual([{ type: 'vague', source: 'senior EU figures' }]);
    expect(classifySource('opposition figures')?.type).toBe('vague');
    expect(classifySource('official figures')).toBeNull();
  });
  it('"Poll numbers" are polls with no maker; "CNN poll numbers" and "the poll numbers" have one', () => {
    expect(classifySource('Poll numbers')?.type).toBe('vague');
    expect(classifySource('CNN poll numbers')?.type).toBe('institutional');
    expect(classifySource('the poll numbers')?.type).toBe('institutional');
  });
  it('"calling the shots", "called it quits" label nothing', () => {
    expect(analyzeText('Scientists, doctors and political figures are calling the shots for the working class.')).toEqual([]);
    expect(analyzeText('Critics called it quits after a year.')).toEqual([]);
    expect(unnamedClaims('Critics called it a disgrace.')).toEqual([{ type: 'vague', source: 'Critics' }]);
  });
});

describe('the view of unnamed people that an outlet ending the sentence relays', () => {
  it('"Investigators believe …, Germany\'s Bild tabloid reports" is the investigators\', via the outlet', () => {
    const [c] = analyzeText('Investigators believe the lorry was hijacked on Monday afternoon, Germany\'s Bild tabloid reports.');
    expect(c).toMatchObject({ type: 'anonymous', source: { text: 'Investigators' } });
    expect(c!.reason).toContain("via 'Germany's Bild tabloid'");
  });
  it('not a vague group\'s view, nor a deed whose verb is a weak cue too', () => {
    expect(analyzeText('Many Americans believe the economy is bad, CNN reports.')).toMatchObject([{ type: 'report' }]);
    expect(analyzeText('Investigators have questioned the adviser, a businessman, the Times reported.')).toMatchObject([{ type: 'report' }]);
    expect(analyzeText('Investigators have questioned the adviser, a businessman.')).toEqual([]);
  });
});
