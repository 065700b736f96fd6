/**
 * attribution-1.8.56: people judged by others after a preposition ("packages to people viewed as enemies") are no
 * speakers, and a document speaks with its sender ("A letter from White House lawyers said"), from the precision
 * classes left open in earlier corpus readings. The sentences here are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('people judged by others', () => {
  it('after a preposition, "viewed as", "considered to be" describe the people judged', () => {
    expect(claims('He mailed packages to people viewed as enemies of the president.')).toEqual([]);
    expect(claims('Officers kept away from people considered to be violent.')).toEqual([]);
    expect(claims('Several Republicans, including some viewed as swing votes, backed the plan.')).toEqual([]);
  });
  it('a group that does the judging still holds the view', () => {
    expect(unnamedClaims('It was a move some viewed as a bow to the king.')).toEqual([{ type: 'vague', source: 'some' }]);
    expect(unnamedClaims('The man, whom many viewed as mild-mannered, left.')).toEqual([{ type: 'vague', source: 'many' }]);
    expect(unnamedClaims('Many voters viewed him as a threat.')).toEqual([{ type: 'vague', source: 'Many voters' }]);
  });
});

describe('a document and its sender', () => {
  it('the document speaks, sender and all', () => {
    expect(claims('A letter from White House lawyers said the subpoena was invalid.'))
      .toEqual([{ type: 'institutional', source: 'A letter from White House lawyers' }]);
    expect(claims('A memo from agency officials said the probe was open.')).toEqual([{ type: 'institutional', source: 'A memo from agency officials' }]);
  });
  it('the phrase starts at the document\'s determiner, not at the verb before it', () => {
    expect(claims('The file included a letter from the county attorney\'s office saying the case was closed.'))
      .toEqual([{ type: 'institutional', source: 'a letter from the county attorney\'s office' }]);
  });
  it('a named person\'s statement stays the person\'s', () => {
    expect(claims('He released a statement from council spokesperson Ned Doe saying the country stands with its ally.'))
      .toEqual([{ type: 'named', source: 'council spokesperson Ned Doe' }]);
  });
});
