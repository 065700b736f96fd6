/**
 * attribution-1.8.106, from a held-out war-set miss ("Economic research has found that …") and a corpus diff
 * (sentences written for these tests): research with no author named is a vague source, as "studies" are.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution';
import { unnamedClaims as unnamed } from './helpers';

describe('"research shows"', () => {
  it('names no author', () => {
    expect(unnamed('Economic research has found that lights at night are a good proxy for wealth.')).toEqual([{ type: 'vague', source: 'Economic research' }]);
    expect(unnamed('Research shows that sleep matters.')).toEqual([{ type: 'vague', source: 'Research' }]);
    expect(unnamed('Air pollution, research shows, lowers our ability to fight off infections.')).toEqual([{ type: 'vague', source: 'research' }]);
    const [c] = analyzeText('Recent research suggests that the virus spreads in the air.');
    expect(c?.reason).toBe("no author named: 'Recent research'");
  });
  it('but research with its maker or its owner is theirs', () => {
    expect(unnamed('According to research by the Brookings Institution, the rule failed.')).toEqual([]);
    expect(unnamed('The suburbs are exclusive, according to research from Professor Robert C. Ellickson.')).toEqual([]);
    expect(unnamed("Anderson's research suggests that lower voices are heard as competent.")).toEqual([]);
    expect(analyzeText('So far, 174 MPs back her, according to BBC research.')[0]?.type).toBe('report');
  });
  it('and the writer’s own research, or research as a modifier, is no source', () => {
    expect(unnamed('Our research shows that voters are less skeptical online.')).toEqual([]);
    expect(unnamed('Carl Weinberg said in a research note that a deal is done.')).toEqual([]);
    // (Research or studies someone took part in are not what speaks. The activists before the relative clause are
    // not found either: a miss, where the words were a false flag before.)
    expect(unnamed('The activists who have been involved in advocacy and research argue that reparations are due.')).toEqual([]);
    expect(unnamed('The activists who have been involved in advocacy and studies argue that reparations are due.')).toEqual([]);
  });
  it('while research after "according to" or opening a clause still speaks', () => {
    expect(unnamed('Drivers swerve more when high, according to research.')).toEqual([{ type: 'vague', source: 'research' }]);
    expect(unnamed('Prices rose, and research shows that demand fell.')).toEqual([{ type: 'vague', source: 'research' }]);
  });
});

describe('an agent denied', () => {
  it('is no source', () => {
    expect(unnamed('He says the group pushes propaganda not backed up by research.')).toEqual([]);
    expect(unnamed('The claims were never supported by experts.')).toEqual([]);
    expect(unnamed('The plan was criticized by experts.')).toEqual([{ type: 'vague', source: 'experts' }]);
  });
});

describe('research published, conducted or released by its maker (1.8.108)', () => {
  it('after "according to" rests on the maker named after "by"', () => {
    for (const [text, source] of [
      ['Crime fell by a third, according to studies published by the Urban Institute.', 'studies published by the Urban Institute'],
      ['Turnout rose, according to research conducted by the Pew Research Center in 2014.', 'research conducted by the Pew Research Center'],
      ['Crossover voting did not rise, according to recent polls conducted by Latino Decisions.', 'recent polls conducted by Latino Decisions'],
    ] as const) {
      const [c] = analyzeText(text);
      expect(c?.type, text).toBe('institutional');
      expect(c?.source?.text, text).toBe(source);
    }
  });
  it('an unnamed maker, or none, leaves it unnamed', () => {
    expect(unnamed('Crime fell by a third, according to studies published by economists.')).toEqual([{ type: 'vague', source: 'studies published by economists' }]);
    expect(unnamed('Crime fell by a third, according to studies published in 2019.')).toEqual([{ type: 'vague', source: 'studies' }]);
  });
});

// attribution-1.8.161, from a corpus draw ("A Rice University study … found that people with insurance report …"):
// the people a named poll or study measured are its finding, not unnamed sources.
describe('a finding of a named poll or study about a group', () => {
  const all = (s: string) => analyzeText(s).map((c) => ({ type: c.type, source: c.source?.text ?? null }));

  it('rests on the poll or the study', () => {
    expect(all('A Pew poll found that most Americans believe the economy is weak.')).toEqual([{ type: 'institutional', source: 'A Pew poll' }]);
    expect(all('A CNN/ORC poll found 57% of debate watchers thought Clinton won.')).toEqual([{ type: 'institutional', source: 'ORC poll' }]);
    expect(all('A Pew study discovered that most Americans believe the economy is weak.')).toEqual([{ type: 'institutional', source: 'A Pew study' }]);
    expect(all('A Rice University study found that people with insurance report being in better health.'))
      .toEqual([{ type: 'institutional', source: 'A Rice University study' }]);
  });

  it('keeps a source set off from the finding, and an unnamed study', () => {
    expect(unnamed('The analysis found no reliable information about the plots, said sources who spoke on the condition of anonymity.'))
      .toEqual([{ type: 'anonymous', source: 'sources' }]);
    expect(unnamed('A Harvard study found that subsidies rose, although a Treasury Department official said they would fall.'))
      .toEqual([{ type: 'anonymous', source: 'a Treasury Department official' }]);
    // (What a report says, or what a body found people said, relays those people, as an outlet relays its sources.)
    expect(unnamed('The Pentagon report said that two officials told Congress the plan failed.')).toEqual([{ type: 'anonymous', source: 'two officials' }]);
    expect(unnamed('The FBI found that two agents told superiors the threat was real.')).toEqual([{ type: 'anonymous', source: 'two agents' }]);
    // (A study with no author named is no identified source: the group's view stays the unnamed claim.)
    expect(unnamed('A study found that most Americans believe the economy is weak.')).toEqual([{ type: 'vague', source: 'most Americans' }]);
  });
});
