/**
 * attribution-1.8.87: talk with nothing said in it. What someone could, would or may have said is a guess or a road
 * not taken; a free relative ("what people are saying to them") names talk without giving any of it; and a verb that
 * takes an object and a bare verb ("it may help others find their way") says nothing of the object's own. Classes
 * from a random sample of corpus flags; the sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('a modal and "have" before the cue', () => {
  it('what someone could, would or may have said is no claim they made', () => {
    expect(unnamedClaims('Those farmers could have said, "Sell it all and move to town."')).toEqual([]);
    expect(unnamedClaims('Aides would have told him the plan was doomed had he asked.')).toEqual([]);
    expect(unnamedClaims('Officials in the capital may have thought at the time that the raid was over.')).toEqual([]);
    expect(unnamedClaims("Locals could've warned the crew that the bridge was weak.")).toEqual([]);
  });
  it('the claim around it still stands', () => {
    expect(unnamedClaims('Two officials said the mayor could have told the police sooner.')).toEqual([{ type: 'anonymous', source: 'Two officials' }]);
    expect(unnamedClaims('The convoy might have turned back, a witness said.')).toEqual([{ type: 'anonymous', source: 'a witness' }]);
  });
  it('but a view given to people at large, all or none of them, is theirs', () => {
    expect(unnamedClaims('No one could have predicted that the dam would hold.')).toEqual([{ type: 'vague', source: 'No one' }]);
    expect(unnamedClaims('Few people would have described the envoy as a dove.')).toEqual([{ type: 'vague', source: 'Few people' }]);
  });
});

describe('a free relative with nothing said in it', () => {
  it('"what people are saying to them", "what the polls are telling him": talk, not a claim', () => {
    expect(unnamedClaims('Reporters scroll the feed to follow what people are saying to them and about them.')).toEqual([]);
    expect(unnamedClaims('For once he is heeding what the polls are telling him.')).toEqual([]);
    expect(unnamedClaims('Nobody recalls what the volunteer said when the doors opened.')).toEqual([]);
    expect(unnamedClaims('It is not what critics say, it is what they do.')).toEqual([]);
    expect(unnamedClaims('Senators are waiting to see what budget analysts say about the bill.')).toEqual([]);
  });
  it('a view is still given when the relative names it or stands for it', () => {
    expect(unnamedClaims('He fought what critics call a revolving-door policy.')).toEqual([{ type: 'vague', source: 'critics' }]);
    expect(unnamedClaims('The visit was what his aides said was a sign of resolve.')).toEqual([{ type: 'anonymous', source: 'his aides' }]);
    expect(unnamedClaims('What officials said in private is that the talks had collapsed.')).toEqual([{ type: 'anonymous', source: 'officials' }]);
    expect(unnamedClaims('The market will recover by spring. At least that is what most economists say.'))
      .toEqual([{ type: 'vague', source: 'most economists' }]);
    expect(unnamedClaims('The bloc was led by what a palace source described to reporters as "the old guard."'))
      .toEqual([{ type: 'anonymous', source: 'a palace source' }]);
  });
});

describe('a verb with an object and a bare verb', () => {
  it('"help others find", "let people think": the object says nothing', () => {
    expect(unnamedClaims('The guide may help others find their way through the forms.')).toEqual([]);
    expect(unnamedClaims('The program helps experts find that the data are sound.')).toEqual([]);
    expect(unnamedClaims('The director let people think that the inquiry was closed.')).toEqual([]);
  });
  it('someone who helped with something still speaks', () => {
    expect(claims('An official who helped negotiate the deal said it was dead.')).toEqual([{ type: 'anonymous', source: 'An official' }]);
  });
});
