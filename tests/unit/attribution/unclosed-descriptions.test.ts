/**
 * attribution-1.8.167: a description after a name whose closing comma was left out ("Dana Reyes, one of the
 * organizers said", "Tom Hale, chief operating officer of the bank told …", "Sara Kohl, the head of the port
 * authority said", "…,” said Rep. Ann Ortiz, a Democrat from Ohio told CNN"). The name is the speaker; the description
 * is no unnamed source. Found among unnamed flags whose source phrase follows "Name, " in the corpus (24 anonymous
 * flags, all wrong); the same layout typed 31 more claims institutional. The sentences are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { claims, unnamedClaims } from './helpers';

describe('a description left open after a name belongs to the name', () => {
  it('one of a group, after the quotation', () => {
    expect(claims('"We will be back next week," Dana Reyes, one of the organizers said.')).toEqual([{ type: 'named', source: 'Dana Reyes' }]);
  });
  it('a bare role, at the start of the sentence or after the quotation', () => {
    expect(claims('Tom Hale, chief operating officer of the Harbor Savings Bank told reporters that rates would fall.')).toEqual([{ type: 'named', source: 'Tom Hale' }]);
    expect(claims('"Rates will fall," Tom Hale, chief operating officer at the Harbor Savings Bank told reporters.')).toEqual([{ type: 'named', source: 'Tom Hale' }]);
    expect(claims('Maria Lund, campaign spokeswoman said the count was wrong.')).toEqual([{ type: 'named', source: 'Maria Lund' }]);
    // (The organization's name after "of" is no person's.)
    expect(claims('"Markets will hold," Ann Ruiz, president of Ruiz Capital Management told reporters.')).toEqual([{ type: 'named', source: 'Ann Ruiz' }]);
  });
  it('a titled name that opens the sentence', () => {
    expect(claims('Fellow sponsor Sen. Ann Ortiz, a Democrat from Ohio said the bill was fair.')).toEqual([{ type: 'named', source: 'Fellow sponsor Sen. Ann Ortiz' }]);
  });
  it('a title with "the"', () => {
    expect(claims('"Talks will go on," Sara Kohl, the chief negotiator for the union told reporters.')).toEqual([{ type: 'named', source: 'Sara Kohl' }]);
    expect(claims('Sara Kohl, the head of the Harbor Port Authority said the port would reopen.')).toEqual([{ type: 'named', source: 'Sara Kohl' }]);
  });
  it('a description said twice after an inverted cue', () => {
    expect(claims('"The vote was a mistake," said Rep. Ann Ortiz, a moderate Democrat from Ohio told CNN.').map((c) => c.source)).toEqual(['Rep. Ann Ortiz']);
    expect(unnamedClaims('"The vote was a mistake," said Rep. Ann Ortiz, a Democrat who sits on the budget committee told CNN.')).toEqual([]);
    expect(unnamedClaims('"It is a trap," said Joel Marks, a GOP consultant who advised the governor warn.')).toEqual([]);
  });
});

describe('what stays an unnamed source', () => {
  it('an aside set off by commas after its verb: the name is the subject of the verb that follows', () => {
    expect(unnamedClaims('Laura Finch, one of the aides said, has handled the donors for years.')).toEqual([{ type: 'anonymous', source: 'one of the aides' }]);
    expect(unnamedClaims('Laura Finch, senior campaign aides say, has handled the donors for years.')).toEqual([{ type: 'anonymous', source: 'senior campaign aides' }]);
  });
  it('a withheld person with "the", who is someone else', () => {
    expect(unnamedClaims('Ms. Kohl, the former official told the paper, felt ignored by the board.')).toEqual([{ type: 'anonymous', source: 'the former official' }]);
  });
  it('a title with a possessive, which is as often set off as an aside', () => {
    expect(claims('Mr. Cole, his deputy told the paper, felt ignored by the board.').map((c) => c.source)).toEqual(['his deputy']);
  });
  it('an honorific inside another name is no title of the phrase', () => {
    const says = analyzeText('Mark Dale, the man Ms. Ford says was in the room, also said he would help.').filter((c) => c.cue?.text === 'says');
    expect(says.map((c) => c.source?.text)).not.toContain('Mark Dale');
  });
  it('a name after scare quotes, which close no quotation', () => {
    expect(claims('Greeting his "old friend" Prime Minister Ann Berg, the president said the aid would grow.').map((c) => c.source)).not.toContain('Prime Minister Ann Berg');
  });
  it('a name inside the sentence, not opening it', () => {
    expect(unnamedClaims('He will be replaced by the deputy director, Carl Boone, one person said.')).toEqual([{ type: 'anonymous', source: 'one person' }]);
    expect(unnamedClaims('The guests included two former aides, Lou Parr and Tim Olsen, a source familiar with the list said.'))
      .toEqual([{ type: 'anonymous', source: 'a source familiar with the list' }]);
  });
  it('an adverb opens no description', () => {
    expect(analyzeText('Former adviser Ron Tate, potentially a key witness to the alleged scheme, announced he would testify.').map((c) => c.cue?.text)).not.toContain('alleged');
  });
  it('a lone word or a capitalized one is no role: a time before the source, a headline', () => {
    expect(claims('Early Sunday, police said the device had been removed.')).toEqual([{ type: 'institutional', source: 'police' }]);
    expect(claims('Stay Indoors, Governor Says')).toEqual([{ type: 'institutional', source: 'Governor' }]);
    expect(claims('The Fairfax, Virginia Democratic Party claimed last week that a "volunteer" was responsible for the post.'))
      .toEqual([{ type: 'institutional', source: 'Virginia Democratic Party' }]);
  });
  it('a role with a name of its own, which is the speaker', () => {
    expect(claims('The Harbor Group, longtime company lawyer Sam Ross told the paper in 2004, "is run like a family."').map((c) => c.source))
      .toEqual(['longtime company lawyer Sam Ross']);
  });
  it('a titled name after a comma, which may be the object of what comes before', () => {
    expect(unnamedClaims('The mayor was briefed by his chief of staff, retired Army General Tom Reese, a city official said.'))
      .toEqual([{ type: 'anonymous', source: 'a city official' }]);
  });
  it('a plural is no description of one person', () => {
    expect(unnamedClaims('Tom Hale, senior officials at the bank said, will resign.')).toEqual([{ type: 'anonymous', source: 'senior officials at the bank' }]);
    expect(unnamedClaims('"He will resign," Tom Hale, senior officials at the bank said.')).toEqual([{ type: 'anonymous', source: 'senior officials at the bank' }]);
  });
});
