/**
 * attribution-1.8.151: words around a cue that are not its speaker. Found by reading a random draw of unnamed flags
 * ("Health officials continued to scramble …") and then every source that was a capitalized adverb ("Separately",
 * "Similarly", "Interestingly": about 80 claims on the corpus, some of them hiding an unnamed speaker) and every
 * "say" set off by commas. With them, a participle of saying after a demonstrative "that" ("disputed that estimate,
 * saying …"), which had been read as a clause of its own. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('"continue to" before a verb of doing', () => {
  it('is no claim', () => {
    // (Before, "continued" was read as "…,” she continued." whenever a quotation stood in the sentence.)
    expect(unnamedClaims('Health officials continued to scramble to stand up new tools, in an attempt to “respond to the threat.”')).toEqual([]);
    expect(unnamedClaims('Agents continued to work on the case with a plan to “go forward with our investigative steps.”')).toEqual([]);
    expect(unnamedClaims('Some of her colleagues continued to push for an “address to the nation” internally.')).toEqual([]);
  });
  it('leaves the claim to a speaker in the same sentence', () => {
    expect(claims('Agents continued to work on it with a plan to “go forward,” Ruiz said.')).toEqual([{ type: 'named', source: 'Ruiz' }]);
  });
  it('is still a cue before a verb of saying or judging, and after a quotation', () => {
    expect(claims('Morgan continued to criticize his party: “I am raising a lot of money for the party.”')).toEqual([{ type: 'named', source: 'Morgan' }]);
    expect(claims('Lowe continued to push the line that the program hurts the unemployed by creating a “disincentive” to work.'))
      .toEqual([{ type: 'named', source: 'Lowe' }]);
    expect(unnamedClaims('“There was no threat,” the official continued.')).toEqual([{ type: 'anonymous', source: 'the official' }]);
    expect(claims('“It’s a good thing they won’t have a second term,” Romney continued to applause.')).toEqual([{ type: 'named', source: 'Romney' }]);
  });
});

describe('a participle of saying after a demonstrative "that"', () => {
  it('speaks for the subject of the main clause', () => {
    expect(unnamedClaims('But one administration official disputed that estimate, saying it was a worst case.'))
      .toEqual([{ type: 'anonymous', source: 'one administration official' }]);
    expect(claims('Hale stood by that decision Wednesday, saying: “The general was a threat.”')).toEqual([{ type: 'named', source: 'Hale' }]);
  });
});

describe('an adverb that opens the sentence', () => {
  it('is no speaker: the speaker follows it', () => {
    expect(claims('Separately, Sen. Jane Doyle, former chairwoman of the committee, said the policy had not worked.'))
      .toEqual([{ type: 'named', source: 'Sen. Jane Doyle' }]);
    expect(claims('Conversely, Maria Lopez, 57, a retiree on disability, said she had been treated with kindness.'))
      .toEqual([{ type: 'named', source: 'Maria Lopez' }]);
    expect(claims('Separately Wednesday, Rep. Tom Hale, R-Mich., chairman of the tax panel, announced a plan that would cut rates.'))
      .toEqual([{ type: 'named', source: 'Rep. Tom Hale' }]);
  });
  it('no longer hides an unnamed speaker', () => {
    expect(unnamedClaims('Separately, a senior official, who asked not to be named, said the talks had stalled.'))
      .toEqual([{ type: 'anonymous', source: 'a senior official' }]);
    expect(unnamedClaims('Privately, Walker aides and allies admit that Iowa is their top prize.'))
      .toEqual([{ type: 'anonymous', source: 'Walker aides and allies' }]);
  });
  it('names ending in -ly are still names', () => {
    expect(claims('Kelly, the chief of staff, said the plan was dead.')).toEqual([{ type: 'named', source: 'Kelly' }]);
    expect(claims('Mattingly, a lawyer for the family, said the plan was dead.')).toEqual([{ type: 'named', source: 'Mattingly' }]);
  });
});

describe('"say" between commas', () => {
  it('is "for example", no cue', () => {
    expect(claims('Thus, one would expect men to be overrepresented in careers that deal with things (such as, say, engineering).')).toEqual([]);
    expect(claims('Finally, learning about, say, Robert E. Lee does not require staring up at a statue of him.')).toEqual([]);
    expect(claims('Charlie Sheen, the former star, paid millions after engaging in more peccadilloes than, say, two and a half men.')).toEqual([]);
  });
  it('is still a cue before a quotation', () => {
    expect(unnamedClaims('Some of his supporters, his oldest allies, say, “That was 30 years ago.”'))
      .toEqual([{ type: 'vague', source: 'Some of his supporters' }]);
  });
});

describe('attribution-1.8.152: a question left unanswered, and a relative clause that strands its preposition', () => {
  it('"wouldn\'t say what/whether/how …" is no claim, as "would not say" was not', () => {
    expect(unnamedClaims('The official wouldn’t say what prompted it.')).toEqual([]);
    expect(unnamedClaims('Officials wouldn’t say which agency is spearheading the effort.')).toEqual([]);
    expect(unnamedClaims('How many, they won’t say.')).toEqual([]);
  });
  it('a cue of the same subject after it still claims', () => {
    expect(unnamedClaims('The officials wouldn’t say which agency is providing the arms, but one official said it isn’t the Pentagon.'))
      .toEqual([{ type: 'anonymous', source: 'one official' }]);
    expect(claims('Admiral Cole wouldn’t say how many bodies were found but said the names would be released.'))
      .toEqual([{ type: 'named', source: 'Admiral Cole' }]);
  });
  it('"a timeline many Republicans are calling for" is no claim, and no speaker', () => {
    expect(claims('It is a timeline many Republicans are calling for.')).toEqual([]);
    expect(claims('But the prospect of ending the cuts, an option some Democrats called for in the final days, appears to be fading.')).toEqual([]);
  });
});
