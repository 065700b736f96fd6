/**
 * attribution-1.8.108 and 1.8.109, from corpus diffs (sentences written for these tests): "report", "claims", "notes" and the like
 * that end a preposition's phrase before a comma or a full stop are nouns, and the words before them modifiers, not a
 * subject and its verb.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution';
import { unnamedClaims as unnamed } from './helpers';

describe('a noun cue at the end of a prepositional phrase', () => {
  it('is no verb of its modifiers', () => {
    expect(unnamed('In the bystander report, students said they trusted at least one adult at the school.')).toEqual([]);
    expect(unnamed('The denial answered the allegations cited in the officials report.')).toEqual([]);
    expect(analyzeText('Flynn has not commented on the Journal report.')).toEqual([]);
  });
  it('while "as", "than" and "like" still open a clause of saying', () => {
    expect(unnamed('This is not about the election, as some lawmakers claim.')).toEqual([{ type: 'vague', source: 'some lawmakers' }]);
    expect(unnamed('The damage was worse than some officials claim.')).toEqual([{ type: 'anonymous', source: 'some officials' }]);
  });
  it('and so does a subject of "as" with a place or a body after its name', () => {
    for (const text of ['The vote was delayed, as John Hinderaker at Powerline Blog notes.', 'The House was locked down, as Frank Langfitt in London reports.']) {
      const [c] = analyzeText(text);
      expect(c?.type, text).toBe('named');
    }
    expect(analyzeText('Inflation is tame, as we saw in the June Consumer Price Index report.')).toEqual([]);
    expect(analyzeText('Nobody disputed it, as documented in the House Oversight report.')).toEqual([]);
  });
  it('a verb before a quotation is still a verb', () => {
    expect(analyzeText('Illinois Right to Life Action reports, "These bills would allow abortion for any reason."').length).toBe(1);
  });
  it('and a subject before the verb still speaks', () => {
    expect(unnamed('Officials report that the fires are spreading.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
  });
});

describe('the phrase around such a noun', () => {
  it('reads "a later … report" after "according to" as one phrase', () => {
    const [c] = analyzeText('The deal collapsed, according to a later New York Times report.');
    expect(c?.type).toBe('report');
    expect(c?.source?.text).toBe('a later New York Times report');
  });
  it('lets allegations cited in a named piece or made by a named body rest there, not on no one', () => {
    expect(unnamed('The denial was the first acknowledgment of the allegations of criminal activity cited in the CBS News report.')).toEqual([]);
    expect(unnamed('The denial was the first acknowledgment of the allegations of criminal activity made by the Justice Department.')).toEqual([]);
    expect(unnamed('The denial was the first acknowledgment of the allegations of criminal activity.')).toEqual([{ type: 'vague', source: null }]);
  });
});
