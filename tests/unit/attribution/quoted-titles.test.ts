/**
 * attribution-1.8.112 and 1.8.114, from a random reading of corpus flags ("Rep. Adam Schiff, speaking on ABC’s “This Week,” said …"
 * lost its speaker, and an agentless hedge inside it was flagged) and from the corpus diff (a person after an
 * organization whose name holds "for", "on" or "to" was typed as the organization). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { classifySource } from '../../../utils/attribution/source';
import { claims, unnamedClaims as unnamed } from './helpers';

describe('a title quoted inside the speaker’s description', () => {
  it('keeps the speaker before it, though the comma sits inside the quotation marks', () => {
    expect(claims('Graham, in an interview with “Meet the Press,” said the deal was dead.')).toEqual([{ type: 'named', source: 'Graham' }]);
    expect(claims('Dana Ortiz, the author of “The Long Siege,” said the city had held out.')).toEqual([{ type: 'named', source: 'Dana Ortiz' }]);
    expect(claims('A senior official, speaking on “Face the Nation,” said the talks had stalled.'))
      .toEqual([{ type: 'anonymous', source: 'A senior official' }]);
  });
  it('so a hedge inside the named speaker’s words is not flagged on its own', () => {
    expect(unnamed('Rep. Lee Park, speaking on ABC’s “This Week,” said the firing was something that needed to be condemned.')).toEqual([]);
  });
  it('while a quotation that opens the sentence is still what the speaker after it said', () => {
    expect(claims('“This is not right,” Thomas Donohue, president of the chamber, said.')).toEqual([{ type: 'named', source: 'Thomas Donohue' }]);
    expect(claims('He called the plan “a disaster,” said the official.')).toEqual([{ type: 'anonymous', source: 'the official' }]);
  });
  it('and a title in an opening phrase still ends before the speaker', () => {
    expect(claims('Speaking on “Fox News Sunday,” Senate Appropriations Committee Chairman Dana Ortiz, R-Ala., who is leading the talks, said Republicans don’t want to offer concessions.'))
      .toEqual([{ type: 'named', source: 'Senate Appropriations Committee Chairman Dana Ortiz' }]);
    expect(claims('On “Fox News Sunday,” Rep. Lee Park of Iowa, an outspoken Republican, blasted Obama’s administration for becoming involved in the case, arguing it had been turned into a political issue.'))
      .toEqual([{ type: 'named', source: 'Rep. Lee Park of Iowa' }]);
  });
});

describe('a person after an organization whose name holds a preposition', () => {
  it('is that person, by title or role noun', () => {
    expect(classifySource('Center for American Progress President Neera Tanden')).toMatchObject({ type: 'named', label: 'Neera Tanden' });
    expect(classifySource('Committee to Protect Journalists director Joel Simon')).toMatchObject({ type: 'named', label: 'Joel Simon' });
    expect(classifySource('Council on Foreign Relations analyst Jane Doe')).toMatchObject({ type: 'named', label: 'Jane Doe' });
    expect(classifySource('Priests for Life national director Frank Pavone')).toMatchObject({ type: 'named', label: 'Frank Pavone' });
    expect(classifySource('Club for Growth spokesman Barney Keller essentially')).toMatchObject({ type: 'named', label: 'Barney Keller' });
  });
  it('and so is a person after a title that holds a preposition, before a given name', () => {
    expect(classifySource('Deputy National Security Adviser for Communications Ben Rhodes')).toMatchObject({ type: 'named', label: 'Ben Rhodes' });
    expect(classifySource('Deputy Assistant Secretary for Policy John Smith')).toMatchObject({ type: 'named', label: 'John Smith' });
    expect(unnamed('Chief Medical Officer for England Prof Chris Whitty said it would save lives.')).toEqual([]);
  });
  it('but the organization alone, or a thing of it before the title, is not a person', () => {
    expect(classifySource('Americans for Prosperity')).toMatchObject({ type: 'institutional' });
    expect(classifySource('Club for Growth')).toMatchObject({ type: 'institutional' });
    expect(classifySource('the Sierra Club')).toMatchObject({ type: 'institutional' });
    expect(classifySource('Americans for Prosperity ad attacking Sen. Mary Landrieu')?.type).not.toBe('named');
  });
});
