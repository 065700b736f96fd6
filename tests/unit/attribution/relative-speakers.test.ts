/**
 * attribution-1.8.66: speakers inside relative clauses ("a bill that critics say is unconstitutional") and the
 * people who issue a statement. The sentences here are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { claims, unnamedClaims } from './helpers';

/** Each claim as the words it covers and its type. */
const spans = (text: string): { text: string; type: string }[] =>
  analyzeText(text).map((c) => ({ text: text.slice(c.start, c.end), type: c.type }));

describe('a speaker inside a relative clause whose gap is the subject of what is said', () => {
  it('"say is", "believe is", "claims is": the cue is a verb, not a noun', () => {
    expect(unnamedClaims('It was a situation that aid officials say is hampering the relief effort.'))
      .toEqual([{ type: 'anonymous', source: 'aid officials' }]);
    expect(unnamedClaims('The Russians raised allegations, a move that American officials believe is intended to muddy the issue.'))
      .toEqual([{ type: 'anonymous', source: 'American officials' }]);
    expect(claims('It is a measure that the union claims is unconstitutional.')).toEqual([{ type: 'institutional', source: 'the union' }]);
  });
  it('the noun stays a noun: "the reports are", "what they say is"', () => {
    expect(claims('The reports are false.')).toEqual([]);
    expect(unnamedClaims('The problem is that much of what they say is not new.')).toEqual([]);
  });
  it('not after a preposition, whose clause has its gap elsewhere', () => {
    expect(unnamedClaims('Each side posits conspiracies in which nothing people say is taken at face value.')).toEqual([]);
  });
});

describe('a relative clause with a speaker of its own is a claim of its own', () => {
  it('", which critics say …" after a sentence another speaker opens', () => {
    const text = 'The government says it wants the register, which critics say is a precursor to the citizenship list.';
    expect(spans(text)).toEqual([
      { text: 'The government says it wants the register', type: 'institutional' },
      { text: 'which critics say is a precursor to the citizenship list.', type: 'vague' },
    ]);
  });
  it('", who witnesses said …"', () => {
    const text = 'Officials said the officer shot a man, who witnesses said was unarmed.';
    expect(spans(text).map((c) => c.text)).toEqual(['Officials said the officer shot a man', 'who witnesses said was unarmed.']);
  });
  it('only when the speaker is the clause\'s subject, right after the pronoun', () => {
    // "who added …": the relative pronoun is the speaker; a speaker further in stays inside its claim.
    const added = '“He thinks Bush was a good governor,” said one source close to Romney, who added that the former governor has still maintained he has no plans to run.';
    expect(spans(added)).toEqual([{ text: added, type: 'anonymous' }]);
    const like = '"Carly, hands down," added a New Hampshire Democrat, who like all caucus insiders responded via an online survey.';
    expect(unnamedClaims(like)).toEqual([{ type: 'anonymous', source: 'a New Hampshire Democrat' }]);
  });
});

describe('who issued a statement speaks through it', () => {
  it('the subject before an adverb or an appositive, not the words of issuing', () => {
    expect(claims('But when she appeared before the committee, she also delivered a brief statement claiming innocence.'))
      .toEqual([{ type: 'named', source: 'she' }]);
    expect(claims('Martin Baron, the paper’s executive editor, issued a statement saying there was no justification.'))
      .toEqual([{ type: 'named', source: 'Martin Baron' }]);
    expect(claims('Louis Head, however, issued a statement saying he is being unfairly blamed.'))
      .toEqual([{ type: 'named', source: 'Louis Head' }]);
  });
  it('an unnamed issuer leaves the statement speaking', () => {
    expect(claims('Officials also delivered a brief statement claiming innocence.')).toEqual([{ type: 'institutional', source: 'a brief statement' }]);
  });
});
