/**
 * attribution-1.8.46 to 1.8.48: classes from reading unnamed flags on the corpus (40 drawn at random from articles
 * 20,000–37,554, then samples of the most frequent cues); the sentences here are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('reports and allegations that do not exist', () => {
  it('"no reports of", "without reports of", "not any reports" carry no claim', () => {
    expect(unnamedClaims('There were no reports of injuries.')).toEqual([]);
    expect(unnamedClaims('There were no immediate reports of casualties in the blast.')).toEqual([]);
    expect(unnamedClaims('The devices have been sold for years without reports of fires like these.')).toEqual([]);
    expect(unnamedClaims("There weren't any reports of damage after the storm.")).toEqual([]);
    expect(unnamedClaims('There have been no claims of responsibility for the attack.')).toEqual([]);
    expect(unnamedClaims('The plan drew no criticism from allies.')).toEqual([]);
  });
  it('reports that exist stay unowned, even near a denial of something else', () => {
    expect(unnamedClaims('There were reports of heavy shelling in the north.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('There has been no shortage of harsh criticism of the deal.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('The spokesman would neither confirm nor deny reports that the envoy had resigned.')).toEqual([{ type: 'vague', source: null }]);
  });
  it('a speaker who says there were none keeps the claim', () => {
    expect(claims('Police said there were no reports of injuries.')).toEqual([{ type: 'institutional', source: 'Police' }]);
  });
});

describe('"maintain" that keeps something', () => {
  it('a thing kept is no view held', () => {
    expect(unnamedClaims('Enslaved people also maintained farming traditions from the homeland.')).toEqual([]);
    expect(unnamedClaims('Some Western diplomats maintain close ties with the group.')).toEqual([]);
    expect(claims('Clinton maintains a narrow lead in Ohio.')).toEqual([]);
  });
  it('a view held is a claim, with a clause, a "that" further on, a quotation or a held view', () => {
    expect(unnamedClaims('Officials maintain the talks will resume next week.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
    expect(unnamedClaims('Senior officials maintained deep into Friday that they wanted a vote.')).toEqual([{ type: 'anonymous', source: 'Senior officials' }]);
    expect(claims('“They will be back,” Netanyahu maintained in his speech.')).toEqual([{ type: 'named', source: 'Netanyahu' }]);
    expect(claims('He maintains his innocence.')).toEqual([{ type: 'named', source: 'He' }]);
  });
  it('a base form after a comma is one more deed in a list, not a speaker after a quotation', () => {
    expect(unnamedClaims('When I was a young man, Americans fought for Europe, maintain large forces there until 1990.')).toEqual([]);
  });
});

describe('fearing to act', () => {
  it('"feared to even attempt" is no claim; "is feared to have died" stays a hedge', () => {
    expect(unnamedClaims('Most Virginia Democrats have feared to even attempt this path.')).toEqual([]);
    expect(unnamedClaims('The captain is feared to have died in the storm.')).toEqual([{ type: 'vague', source: null }]);
  });
});

describe('a wish is no claim', () => {
  it('what a group wants rests on no source', () => {
    expect(unnamedClaims('Others just want to sit on the phone with her and cry.')).toEqual([]);
    expect(unnamedClaims('No one wants to put police officers at greater risk.')).toEqual([]);
    expect(unnamedClaims('Many Republicans want to spare the Pentagon.')).toEqual([]);
    expect(unnamedClaims('Aides want to showcase small businesses.')).toEqual([]);
  });
  it('what a group believes or fears still does', () => {
    expect(unnamedClaims('Many Republicans believe the cuts will pass.')).toEqual([{ type: 'vague', source: 'Many Republicans' }]);
  });
});

describe('"supposedly" as the writer\'s sneer', () => {
  it('before a quality, after a preposition or a quantifier, or with scare quotes, is no hearsay', () => {
    expect(unnamedClaims('We often hear this from supposedly intelligent people.')).toEqual([]);
    expect(unnamedClaims('Many supposedly "elite" schools indulge in fads.')).toEqual([]);
    expect(unnamedClaims('Now even supposedly "sober" conservatives shrug.')).toEqual([]);
  });
  it('hearsay about an act stays a hedge', () => {
    expect(unnamedClaims('Bismarck supposedly said that God has a special providence for fools.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('The documents were supposedly stolen from the embassy.')).toEqual([{ type: 'vague', source: null }]);
  });
});

describe('a feeling is no view', () => {
  it('"feel" with a state after it holds nothing', () => {
    expect(unnamedClaims('These people feel utterly abandoned by the political class.')).toEqual([]);
    expect(unnamedClaims('Some voters feel left out of the process.')).toEqual([]);
  });
  it('"feel" with a clause after it holds a view', () => {
    expect(unnamedClaims('Many voters feel the economy is rigged.')).toEqual([{ type: 'vague', source: 'Many voters' }]);
    expect(unnamedClaims('Some feel that the claim is a time bomb.')).toEqual([{ type: 'vague', source: 'Some' }]);
  });
});

describe('a view left unsaid', () => {
  it('"what others think" and a comparison with a mere opinion say nothing of it', () => {
    expect(unnamedClaims('They do not care what others think.')).toEqual([]);
    expect(unnamedClaims("The gap isn't as large as many people think.")).toEqual([]);
    expect(unnamedClaims('The damage was less than people thought, and it is fading.')).toEqual([]);
    expect(unnamedClaims('He seems less like a time bomb than his critics believe.')).toEqual([]);
  });
  it('a forecast as the yardstick, and "as" that gives the clause before to its holders, still claim', () => {
    expect(unnamedClaims('Spending slowed, but not by as much as many economists expected.')).toEqual([{ type: 'vague', source: 'many economists' }]);
    expect(unnamedClaims('The economy slowed, as many economists expected.')).toEqual([{ type: 'vague', source: 'many economists' }]);
    expect(unnamedClaims('The strikes, critics believe, were illegal.')).toEqual([{ type: 'vague', source: 'critics' }]);
  });
});

describe('"called" that names, phones or sends for', () => {
  it('someone calling himself, calling from prison, officers called to a home', () => {
    expect(unnamedClaims('A man calling himself Jerry phoned the show.')).toEqual([]);
    expect(unnamedClaims('They did not disclose that they were calling from behind bars.')).toEqual([]);
    expect(unnamedClaims('She was treated with kindness by officers called to her home.')).toEqual([]);
  });
  it('the name unnamed people go by (attribution-1.8.119)', () => {
    expect(unnamedClaims('The movement is loose — some who now call themselves the "freedom caucus" — and small.')).toEqual([]);
    expect(unnamedClaims('These were "Pioneers," as one attendee called herself, eager to hear the speech.')).toEqual([]);
    expect(unnamedClaims('When the operatives - they called themselves "specialists" - were not posting, they trained.')).toEqual([]);
  });
  it('while a named person\'s label for themselves keeps its speaker, past an auxiliary or an adverb', () => {
    expect(claims('Mr. Trump has called himself a "friend of the farmer."')).toEqual([{ type: 'named', source: 'Mr. Trump' }]);
    expect(claims('Governor Lee spoke on Monday. He once called himself "a reluctant candidate."')).toEqual([{ type: 'named', source: 'He' }]);
    expect(claims('Governor Lee spoke on Monday. Asked about it, he once called himself "a reluctant candidate."'))
      .toEqual([{ type: 'named', source: 'he' }]);
  });
  it('a label one gives oneself, and a demand, still claim', () => {
    expect(claims('Trump called himself an "arbitrator."')).toEqual([{ type: 'named', source: 'Trump' }]);
    expect(unnamedClaims('Some officials called for the company to reveal more.')).toEqual([{ type: 'anonymous', source: 'Some officials' }]);
  });
});
