/**
 * attribution-1.8.50: classes from the missed unnamed claims of a labeled world-news set (stances held by a group,
 * quantified legislators) and from reading the flags they added on the corpus (a counted group the story names
 * in the lines after); the sentences here are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { claims, unnamedClaims } from './helpers';

describe('stance phrases held by a group', () => {
  it('"made (it) clear", "took issue with", "are critical of", "saw X as" carry the group\'s view', () => {
    expect(unnamedClaims('Several senators made clear that they would oppose the bill.')).toEqual([{ type: 'anonymous', source: 'Several senators' }]);
    expect(unnamedClaims('Western officials have made it clear they consider the leader part of the problem.'))
      .toEqual([{ type: 'anonymous', source: 'Western officials' }]);
    expect(unnamedClaims('Others took issue with a provision in the new rules.')).toEqual([{ type: 'vague', source: 'Others' }]);
    expect(unnamedClaims('Infectious disease experts have been sharply critical of the agency.')).toEqual([{ type: 'vague', source: 'Infectious disease experts' }]);
    expect(unnamedClaims('There are numerous outspoken detractors who are critical of the proposal.'))
      .toEqual([{ type: 'vague', source: 'numerous outspoken detractors' }]);
    expect(unnamedClaims('Some analysts saw the payment as a bid to discourage him.')).toEqual([{ type: 'vague', source: 'Some analysts' }]);
    expect(unnamedClaims('Many voters see the other party as a threat.')).toEqual([{ type: 'vague', source: 'Many voters' }]);
  });
  it('the cue is the whole phrase the reader sees', () => {
    expect(analyzeText('Some experts have made it clear they disagree.')[0]?.cue?.text).toBe('made it clear');
    expect(analyzeText('Some experts are critical of the plan.')[0]?.cue?.text).toBe('critical of');
  });
  it('the same words doing something else claim nothing', () => {
    expect(claims('Several senators made a deal on Tuesday.')).toEqual([]);
    expect(claims('Some lawmakers took office in January.')).toEqual([]);
    expect(claims('Witnesses saw the car as it sped away.')).toEqual([]);
    expect(claims('Many analysts saw the speech.')).toEqual([]);
    expect(claims('It was a critical moment for the talks.')).toEqual([]);
    expect(claims('A book critical of the president sold well.')).toEqual([]);
  });
  it('a stance held by a named person or a document is theirs', () => {
    expect(claims('Barr\u2019s letter made clear that no charges would follow.')).toEqual([{ type: 'institutional', source: 'Barr\u2019s letter' }]);
    expect(unnamedClaims('Senator Jane Roe made it clear she would vote no.')).toEqual([]);
  });
  it('capitalized inside a sentence the word is part of a name, and the name before it is the speaker\'s', () => {
    expect(claims('Randal Serr, director of Take Care Utah, told ABC News it was absurd.')).toEqual([{ type: 'named', source: 'Randal Serr' }]);
  });
});

describe('legislators counted or quantified', () => {
  it('some / many lawmakers or senators are an unnamed group, as "some Democrats" is', () => {
    expect(unnamedClaims('Some lawmakers say the president must seek authorization.')).toEqual([{ type: 'vague', source: 'Some lawmakers' }]);
    expect(unnamedClaims('But many senators who voted for him now say they have lost confidence.')).toEqual([{ type: 'vague', source: 'many senators' }]);
    expect(unnamedClaims('Several Republican senators told CNN they would only vote to begin debate.')).toEqual([{ type: 'anonymous', source: 'Several Republican senators' }]);
  });
  it('bare plurals stay a defined group', () => {
    expect(unnamedClaims('Lawmakers said the bill would pass.')).toEqual([]);
  });
});

describe('a counted group the story names in the lines after', () => {
  it('"Two Republican senators said …" followed by "Sens. A and B …" is the named senators\' claim', () => {
    const text = 'Two Republican senators have said they are looking into conflicts of interest. '
      + 'Sens. Chuck Grassley, R-Iowa, and Ron Johnson, R-Wis., sent a letter on Wednesday.';
    expect(claims(text)[0]).toEqual({ type: 'named', source: 'Sens. Chuck Grassley' });
    expect(analyzeText(text)[0]?.reason).toBe("named in the lines after: 'Sens. Chuck Grassley'");
  });
  it('members named one by one, with a title or a party tag, as many as the count', () => {
    const text = 'Diplomats asked for more security, two congressional lawmakers said Friday. '
      + 'Committee Chairman Darrell Issa, R-Calif., and Rep. Jason Chaffetz, R-Utah, pressed the secretary in a letter.';
    expect(claims(text)[0]).toEqual({ type: 'named', source: 'Darrell Issa' });
    expect(unnamedClaims('Three senators said the bill was dead. Sen. Jane Roe agreed.')).toEqual([{ type: 'anonymous', source: 'Three senators' }]);
  });
  it('names of another group, a title that fits no member, or names too far on leave the group unnamed', () => {
    expect(unnamedClaims('Two officials said the talks failed. Sens. John McCain and Lindsey Graham disagreed.'))
      .toEqual([{ type: 'anonymous', source: 'Two officials' }]);
    expect(unnamedClaims('But three Republicans have expressed support for the measure. Two Democratic centrists \u2014 Sens. Joe Roe and Jim Doe \u2014 will be watched.'))
      .toEqual([{ type: 'anonymous', source: 'three Republicans' }]);
    expect(unnamedClaims('Two senators said the talks failed. The talks resumed. Nobody knows why. The end is near. Sens. Joe Roe and Jim Doe spoke.'))
      .toEqual([{ type: 'anonymous', source: 'Two senators' }]);
  });
});
