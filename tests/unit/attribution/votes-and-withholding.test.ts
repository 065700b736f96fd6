/**
 * attribution-1.8.150: deeds that share a cue's verb. Found by reading every unnamed flag on "testified" in the
 * corpus, then every claim on "confirm" and "deny" whose object is a person: testimony with nothing of it said
 * behind an opening phrase, a list or a relative clause; a Senate vote that confirms a nominee; withholding
 * something from someone ("denied him bail"); putting a thing somewhere ("added her name to the letter"). With them,
 * a participle of saying after a dash, which had taken the words before the dash as its speaker, and a jurisdiction's
 * office ("the city attorney"), one known holder. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('testimony with nothing of it said', () => {
  it('is no claim behind an opening phrase or inside a list', () => {
    expect(unnamedClaims('Over the past two weeks, seven sailors have testified against the captain at the base.')).toEqual([]);
    expect(unnamedClaims('Nine ambassadors, security officials and others had testified in the House.')).toEqual([]);
    expect(unnamedClaims('Close associates, including one former deputy, testified against the governor.')).toEqual([]);
  });
  it('is no claim in a relative clause before the sentence\'s own verb', () => {
    expect(unnamedClaims('The agency officials who testified did little to calm the committee.')).toEqual([]);
    expect(claims('Gomez said the witnesses who have testified so far are not “the main targets.”'))
      .toEqual([{ type: 'named', source: 'Gomez' }]);
  });
  it('is no claim when the "that" after it belongs to another clause', () => {
    expect(unnamedClaims('More could come from witnesses who testified in the inquiry and may feel freer now that the trial is over.'))
      .toEqual([]);
    expect(unnamedClaims('The two officials testified as several senators voiced doubts that the unit acted alone.'))
      .toEqual([{ type: 'anonymous', source: 'several senators' }]);
  });
  it('is no claim in a clause of time, even before a comma', () => {
    expect(unnamedClaims('After the last witness testified, the judge asked both sides to file briefs.')).toEqual([]);
    expect(unnamedClaims('Other former officials have already testified, and will continue to appear this week.')).toEqual([]);
  });
  it('still claims as an aside inside what was said, after "as", before a colon, or with a coordinated cue', () => {
    expect(claims('All of the files, he testified, have now been handed to the inspector.')).toEqual([{ type: 'named', source: 'he' }]);
    expect(claims('Harmon, as he testified before the panel, refused to sign the order.')).toEqual([{ type: 'named', source: 'he' }]);
    expect(claims('Reyes testified in the second trial why the map mattered to the county:')).toEqual([{ type: 'named', source: 'Reyes' }]);
    expect(claims('A nurse, Dana Ortiz, testified before the board on Monday, and claimed that the ward was understaffed.'))
      .toEqual([{ type: 'named', source: 'Dana Ortiz' }]);
  });
  it('is no claim beside a cue of another clause', () => {
    expect(unnamedClaims('Reyes resigned a day after he testified before a committee looking into delays and allegations of falsified '
      + 'records, many of which were exposed and reported by the Ledger.')).toEqual([{ type: 'vague', source: null }]);
  });
  it('still claims after what was said', () => {
    expect(unnamedClaims('Some 40 percent of the released parents missed their hearings, a senior agency official testified last year.'))
      .toEqual([{ type: 'anonymous', source: 'a senior agency official' }]);
    // (Past a long clause whose verb is not read as one: "cut".)
    expect(unnamedClaims('Some 40 percent of the parents cut the bracelet off in the first days, a senior agency official testified.'))
      .toEqual([{ type: 'anonymous', source: 'a senior agency official' }]);
    expect(unnamedClaims('A senior diplomat testified on Tuesday that the aid had been held back.'))
      .toEqual([{ type: 'anonymous', source: 'A senior diplomat' }]);
  });
  it('still names the people "they" goes back to', () => {
    expect(claims('“We have no backing,” said Rep. Tom Forbes. The agency officials who testified did little to calm the committee. '
      + 'Under questioning, they acknowledged that they could track bank transactions.'))
      .toEqual([{ type: 'named', source: 'Rep. Tom Forbes' }, { type: 'anonymous', source: 'they' }]);
  });
});

describe('a vote that confirms a nominee', () => {
  it('is no claim', () => {
    expect(claims('The Senate on Monday confirmed Dana Whitlock as the next energy secretary.')).toEqual([]);
    expect(claims('Republicans confirmed Neil Porter to fill the vacancy on the court.')).toEqual([]);
    expect(claims('The committee confirmed the nomination at the end of July.')).toEqual([]);
    expect(claims('The Senate has confirmed fewer than 50 of them.')).toEqual([]);
  });
  it('still claims a confirmed fact, and a speaker whose phrase only mentions a committee', () => {
    expect(unnamedClaims('A Senate aide confirmed the nominee had withdrawn.')).toEqual([{ type: 'anonymous', source: 'A Senate aide' }]);
    expect(unnamedClaims('A committee source confirmed the delay to reporters.')).toEqual([{ type: 'anonymous', source: 'A committee source' }]);
    expect(claims('The Senate committee confirmed it will hold hearings next week.'))
      .toEqual([{ type: 'institutional', source: 'The Senate committee' }]);
    expect(unnamedClaims('Some members of Congress have confirmed and defended the practice.'))
      .toEqual([{ type: 'anonymous', source: 'Some members of Congress' }]);
  });
});

describe('withholding and putting', () => {
  it('"deny someone something" is no claim', () => {
    expect(unnamedClaims('Hospital officials denied the parents the right to bring their own equipment.')).toEqual([]);
    expect(claims('The court denied Wisconsin permission to proceed with the law.')).toEqual([]);
    expect(claims('The judge denied him bail on Friday.')).toEqual([]);
  });
  it('"deny" a claim still is one, past a day', () => {
    expect(unnamedClaims('Officials denied the allegations.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
    expect(claims('Morgan denied Thursday a separate report that he had resigned.')).toEqual([{ type: 'named', source: 'Morgan' }]);
    expect(unnamedClaims('A diplomat denied Israel had struck the clinic.')).toEqual([{ type: 'anonymous', source: 'A diplomat' }]);
  });
  it('"add something to something" is no claim, but the inverted cue still is', () => {
    expect(claims('Senator Lowe also added an amendment last month to a spending bill that would give the secretary more leeway.')).toEqual([]);
    expect(claims('Senator Hale added her name to a growing list of lawmakers who say they will stay away.')).toEqual([]);
    expect(claims('The department under Reyes added it to the list of banned groups last November.')).toEqual([]);
    expect(unnamedClaims('“It is over,” added a senior House aide to the reporters.')).toEqual([{ type: 'anonymous', source: 'a senior House aide' }]);
    expect(claims('Hale added that the bill would pass.')).toEqual([{ type: 'named', source: 'Hale' }]);
  });
});

describe('a participle of saying after a dash', () => {
  it('speaks for the subject of the main clause', () => {
    expect(claims('The ministry rejected the offer — saying it fell short of its demands.'))
      .toEqual([{ type: 'institutional', source: 'The ministry' }]);
    expect(unnamedClaims('He met officials in the capital -- denying that he had been there before.')).toEqual([]);
  });
  it('is no claim after "including"', () => {
    expect(claims('The firm took several steps -- including denying that it had ever been paid.')).toEqual([]);
    expect(unnamedClaims('He met advisers in the capital -- including denying that he had been there before.')).toEqual([]);
  });
});

describe('a jurisdiction\'s office', () => {
  it('is one known holder, not a withheld name', () => {
    expect(unnamedClaims('The city attorney said there were not enough valid signatures.')).toEqual([]);
    expect(unnamedClaims('The district attorney said the scent was left earlier in the week.')).toEqual([]);
    // (A bare role is still someone the article does not name.)
    expect(unnamedClaims('The attorney said there were not enough valid signatures.')).toEqual([{ type: 'anonymous', source: 'The attorney' }]);
  });
});
