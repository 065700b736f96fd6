/**
 * attribution-1.8.176: found in a random draw of unnamed flags on the corpus (seeds 6127 and 6128) and then read on
 * every claim of its kind there. A cue word that is the second noun of a compound ("the operative question isn't …"),
 * the plural present "write" after a quotation ("“…,” write Susan Hennessey and Benjamin Wittes"), two people's names
 * joined by "and" after an inverted cue, two titles of one person ("said NAACP President and CEO Derrick Johnson"),
 * an outlet's analysts, and agencies whose names end in "Services", "Protection", "Patrol" or "Enforcement", which
 * had been read as people's names ("U.S. Customs and Border Protection said"). The sentences are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('a cue word that closes a compound noun before a negated copula or the future', () => {
  it('is a noun, not a claim', () => {
    expect(claims("But the operative question isn't what Congress believed in 2010.")).toEqual([]);
    expect(claims('The witness question will be decided later this week.')).toEqual([]);
  });
  it('the gap of a relative clause still speaks', () => {
    expect(unnamedClaims("It is a bill that critics say isn't constitutional.")).toEqual([{ type: 'vague', source: 'critics' }]);
    expect(unnamedClaims('The debate is waged in a way some in the party worry will favor the president.'))
      .toEqual([{ type: 'vague', source: 'some in the party' }]);
    expect(unnamedClaims('It is the outcome the officials hope will come first.')).toEqual([{ type: 'anonymous', source: 'the officials' }]);
    expect(unnamedClaims('It is a change the official says will help.')).toEqual([{ type: 'anonymous', source: 'the official' }]);
  });
});

describe('"write" after a quotation, with its writers after it', () => {
  it('is an inverted cue', () => {
    expect(claims('“There is no mechanism to answer these questions,” write Susan Hennessey and Benjamin Wittes on the Lawfare blog.'))
      .toEqual([{ type: 'named', source: 'Susan Hennessey and Benjamin Wittes' }]);
    expect(claims('“The margins were remarkable,” write analysts for ABC News.')).toEqual([{ type: 'report', source: 'analysts for ABC News' }]);
  });
  it('a plural pronoun after it refers to the two writers', () => {
    expect(claims('“There is no mechanism,” write Susan Hennessey and Benjamin Wittes on the Lawfare blog.\n\nThey argue for a select committee.').map((c) => c.type))
      .toEqual(['named', 'named']);
  });
  it('not with an object pronoun after it, an imperative', () => {
    expect(claims('If you have something to say to somebody, go analog. That is, write him a letter.')).toEqual([]);
    expect(unnamedClaims('Seas will keep warming for centuries, say US government scientists.')).toEqual([{ type: 'vague', source: 'US government scientists' }]);
    expect(unnamedClaims('“The plan will fail,” say her aides.')).toEqual([{ type: 'anonymous', source: 'her aides' }]);
  });
});

describe('"and" after an inverted cue', () => {
  it('joins two full names into one source', () => {
    expect(claims('“It was the wrong choice,” said Eliot Engel and Michael McFaul.')).toEqual([{ type: 'named', source: 'Eliot Engel and Michael McFaul' }]);
  });
  it('not an outlet and a person, or a firm', () => {
    expect(claims('She spoke after reports by Fox News and Bloomberg’s Eli Lake that Rice had done it.').map((c) => c.source))
      .not.toContain('Fox News and Bloomberg’s Eli Lake');
    expect(claims('The allies booked $34 million in ads, according to Ad Age and Kantar Media.').map((c) => c.source))
      .not.toContain('Ad Age and Kantar Media');
  });
  it('not a name and the next verb', () => {
    expect(claims('“There is no mechanism,” said Smith and left the room.')).toEqual([{ type: 'named', source: 'Smith' }]);
  });
  it('joins two titles of one person, who is named', () => {
    expect(claims('“What is afoot is jihad,” said STPC President and CEO Frank Gaffney.'))
      .toEqual([{ type: 'named', source: 'STPC President and CEO Frank Gaffney' }]);
  });
});

describe("an outlet's analysts", () => {
  it('write its report', () => {
    expect(claims('Analysts at CNN said the race was close.')).toEqual([{ type: 'report', source: 'Analysts at CNN' }]);
  });
  it('not a school that carries an outlet’s name inside its own', () => {
    expect(claims('Researchers at the Johns Hopkins Bloomberg School of Public Health warn that deaths may rise.').map((c) => c.type))
      .toEqual(['institutional']);
  });
});

describe('an agency whose name ends in Services, Protection, Patrol or Enforcement', () => {
  it('speaks as an institution, not a person', () => {
    expect(claims('U.S. Customs and Border Protection said the crossings fell.')).toEqual([{ type: 'institutional', source: 'U.S. Customs and Border Protection' }]);
    expect(claims('Immigration and Customs Enforcement said the man was detained.')).toEqual([{ type: 'institutional', source: 'Immigration and Customs Enforcement' }]);
    expect(claims('The California Highway Patrol said some tried to set a car on fire.')).toEqual([{ type: 'institutional', source: 'The California Highway Patrol' }]);
    expect(claims('Child Protective Services said the boy was safe.')).toEqual([{ type: 'institutional', source: 'Child Protective Services' }]);
  });
  it('after "according to", the whole name with its "and"', () => {
    expect(claims('About 38,000 people were apprehended in April, according to Customs and Border Protection.'))
      .toEqual([{ type: 'institutional', source: 'Customs and Border Protection' }]);
    expect(claims('The rate rose, according to the Department of Health and Human Services.'))
      .toEqual([{ type: 'institutional', source: 'the Department of Health and Human Services' }]);
  });
  it('not two bodies, a person and a group, or a person and a document', () => {
    expect(claims('Crime fell, according to Fox News and Human Rights Watch.')).toEqual([{ type: 'report', source: 'Fox News' }]);
    expect(claims('Support fell, according to Fox News and Quinnipiac University.').map((c) => c.source)).not.toContain('Fox News and Quinnipiac University');
    expect(claims('The decision has drawn criticism from President Donald Trump and California Republicans.').map((c) => c.type)).not.toContain('institutional');
    expect(claims('Poverty fell, according to Gould and Census Bureau figures.').map((c) => c.source)).not.toContain('Gould and Census Bureau figures');
  });
  it('in lower case, the work itself', () => {
    expect(claims('Education and health services posted a meager gain of 4,000.')).toEqual([]);
    expect(claims('One immigration analyst who backs tighter enforcement said the statement was strong.'))
      .toEqual([{ type: 'anonymous', source: 'One immigration analyst' }]);
  });
});
