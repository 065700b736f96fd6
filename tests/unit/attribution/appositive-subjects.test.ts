/**
 * attribution-1.8.54: a subject with its description between commas. From a held-out PolNeAR-kind false flag
 * ("the other candidate on the stage, former Secretary of State Hillary Clinton, drew a contrast, saying that
 * concerns about … were not to be dismissed" gave the sentence to an unowned "concerns about") and the
 * corpus diff it led to. The sentences here are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { claims, unnamedClaims } from './helpers';

describe('a participle whose subject carries a description', () => {
  it('the described subject speaks through "…, saying"', () => {
    expect(claims('Rep. Jane Roe, Ohio Democrat, defended the budget, saying that concerns about waste were overblown.'))
      .toEqual([{ type: 'named', source: 'Rep. Jane Roe' }]);
    expect(claims('On Monday, John Smith, a spokesman for the group, dismissed the report, saying it was false.'))
      .toEqual([{ type: 'named', source: 'John Smith' }]);
    expect(claims('A senior official, who spoke on condition of anonymity, rejected the offer, saying it fell short.'))
      .toEqual([{ type: 'anonymous', source: 'A senior official' }]);
    // (1.8.59: a discourse adverb between commas is read the same way.)
    expect(claims('Officials, however, rejected the offer, saying it fell short.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
    expect(claims('Jane Roe, meanwhile, rejected the offer, saying it fell short.')).toEqual([{ type: 'named', source: 'Jane Roe' }]);
  });
  it('a role, then the person holding it by title and name: the person speaks', () => {
    expect(claims('But the other candidate on the stage, former Secretary of State Jane Roe, drew a contrast, saying that concerns about job losses were real.'))
      .toEqual([{ type: 'named', source: 'former Secretary of State Jane Roe' }]);
    expect(claims('The other candidate, former Secretary of State Jane Roe, said the plan would fail.'))
      .toEqual([{ type: 'named', source: 'former Secretary of State Jane Roe' }]);
    expect(analyzeText('The other candidate, former Secretary of State Jane Roe, said the plan would fail.')[0]?.reason)
      .toBe("named person: 'Jane Roe'");
  });
  it('a description that is no title keeps the unnamed speaker', () => {
    expect(unnamedClaims('A volunteer, who gave her name as Maryann, said it was over.')).toEqual([{ type: 'anonymous', source: 'A volunteer' }]);
    expect(unnamedClaims('Several campaign insiders, speaking before Orlando, told reporters they believed it.'))
      .toEqual([{ type: 'anonymous', source: 'Several campaign insiders' }]);
    expect(unnamedClaims('An aide to the senator, a former adviser to President Obama, said the bill was dead.'))
      .toEqual([{ type: 'anonymous', source: 'An aide to the senator' }]);
  });
  it('a verb before the described subject makes it no opening subject', () => {
    expect(claims('The officials said Smith, a spokesman for the group, dismissed the report, saying it was false.'))
      .toEqual([{ type: 'anonymous', source: 'The officials' }]);
  });
  it('past a leading "But", the name before a description with its own relative clause speaks', () => {
    expect(claims('But Mark Doe, executive director of the Center for Border Studies, which seeks to limit immigration, said it was bad.'))
      .toEqual([{ type: 'named', source: 'Mark Doe' }]);
  });
});
