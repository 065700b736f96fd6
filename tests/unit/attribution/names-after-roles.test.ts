/**
 * attribution-1.8.32: a name set off after the speaker's description is the speaker ("said the spokesman,
 * Stephen Lawson"; "said his cousin, Orlando Gonzalez"), and a possessive role is someone else's when the
 * earlier mention had the other pronoun ("as her lawyer … His lawyer said"). Classes found in corpus diffs
 * and in PolNeAR dev's error list; the sentences are written here.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('a name after the description that follows the cue', () => {
  it('names an office holder introduced by role', () => {
    expect(claims('The plan will fail, said the spokesman, Stephen Lawson.')).toEqual([{ type: 'named', source: 'Stephen Lawson' }]);
    expect(claims('Talks resumed, said the country’s foreign minister, Maria Lopez, after the meeting.'))
      .toEqual([{ type: 'named', source: 'Maria Lopez' }]);
  });
  it('names a relative or any described person, who is then no unnamed source', () => {
    const text = '“He loved the sea,” said his cousin, Orlando Gomez. “We will miss him.”';
    expect(unnamedClaims(text)).toEqual([]);
    expect(claims(text)).toContainEqual({ type: 'named', source: 'Orlando Gomez' });
    expect(claims('Nobody came, said the man, Donald Thorne, who lives nearby.')).toEqual([{ type: 'named', source: 'Donald Thorne' }]);
  });
  it('an organization named there speaks for itself', () => {
    expect(claims('The author died on Monday, according to her publisher, Penguin Random House.'))
      .toEqual([{ type: 'institutional', source: 'Penguin Random House' }]);
  });
  it('a state after a town is no name', () => {
    expect(claims('The pharmacy ran out, tweeted a pharmacist in Eugene, Oregon.').filter((c) => c.type === 'named')).toEqual([]);
  });
  it('without a name the description stays what it was', () => {
    expect(claims('The plan will fail, said a spokeswoman for the ministry.')).toEqual([{ type: 'institutional', source: 'a spokeswoman for the ministry' }]);
    expect(unnamedClaims('The talks stalled, said a senior official, who was not authorized to speak publicly.'))
      .toEqual([{ type: 'anonymous', source: 'a senior official' }]);
  });
});

describe('a possessive role after the same role with the other pronoun', () => {
  it('is someone else, not a back-reference', () => {
    const text = 'Mills represented Clinton as her lawyer. The panel held Pagliano in contempt. His lawyer said he would not answer questions.';
    expect(unnamedClaims(text)).toEqual([{ type: 'anonymous', source: 'His lawyer' }]);
  });
  it('the same pronoun still refers back', () => {
    const text = 'Pagliano met his lawyer, John Ruiz, on Monday. His lawyer said he would not answer questions.';
    expect(unnamedClaims(text)).toEqual([]);
  });
});

describe('accusations of a named person', () => {
  it('are that person’s, no hedge without a source', () => {
    expect(unnamedClaims('The networks have not mentioned the accusations of Jane Rowe, a former staffer, in weeks.')).toEqual([]);
  });
  it('accusations of a deed, a group or a title-case headline stay unsourced', () => {
    expect(unnamedClaims('The claims of Russian meddling grew.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('The allegations of New York Times reporters were denied.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('Claims of War Crimes Mount Against Army')).toEqual([{ type: 'vague', source: null }]);
  });
});
