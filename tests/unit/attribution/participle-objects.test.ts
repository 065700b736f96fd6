/**
 * attribution-1.8.166: a participle right after unnamed people who are the object of a preposition describes them
 * ("keeping guns away from people considered violent", "a relief to experts worried that …"): those people neither
 * consider nor worry, and no claim is theirs. Found in a random draw of unnamed flags in corpus articles (seed 5714),
 * then read on every such flag of the corpus; the sentences are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('a participle after the object of a preposition describes it', () => {
  it('people considered, worried or threatened are no speakers', () => {
    expect(unnamedClaims('The plan keeps guns away from people considered potentially violent.')).toEqual([]);
    expect(unnamedClaims('The move will be a relief to arms control experts worried that the deal was weak.')).toEqual([]);
    expect(unnamedClaims('He withheld aid from an ally threatened with invasion.')).toEqual([]);
    expect(unnamedClaims('To many analysts worried about the deal, it was a defeat.')).toEqual([]);
    expect(unnamedClaims('The ruling was, to critics worried about speech, a blow.')).toEqual([]);
  });
});

describe('what still speaks', () => {
  it('people after most prepositions that open the sentence, which run into its subject', () => {
    expect(unnamedClaims('From Gaza officials reported that the crossing had closed.')).toEqual([{ type: 'anonymous', source: 'Gaza officials' }]);
    expect(unnamedClaims('On Tuesday, from Gaza officials reported that the crossing had closed.')).toEqual([{ type: 'anonymous', source: 'Gaza officials' }]);
  });
  it('people after a thing said or written, whose makers speak through it', () => {
    expect(unnamedClaims('A later report from emergency officials indicated the school had been warned.')).toEqual([{ type: 'anonymous', source: 'emergency officials' }]);
  });
  it('a named speaker, whose words may stop at a preposition inside a title', () => {
    expect(claims('U.S. Ambassador to Israel Dan Shapiro warned that the attack was a new low.').map((c) => c.type)).toEqual(['named']);
  });
  it('a present participle, which carries what they say', () => {
    expect(unnamedClaims('She got a call from a Border Patrol official warning that the shelter would fill.')).toEqual([{ type: 'anonymous', source: 'a Border Patrol official' }]);
  });
  it('a relative pronoun or an auxiliary between the people and the verb', () => {
    expect(unnamedClaims('He struck back at critics who accused the aides of leaking.')).toEqual([{ type: 'vague', source: 'critics' }]);
    expect(unnamedClaims('The deal came as a relief to investors, and analysts have warned that it may not last.')).toEqual([{ type: 'vague', source: 'analysts' }]);
  });
});
