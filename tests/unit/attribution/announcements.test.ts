/**
 * attribution-1.8.165: an announcement by officials is made in public, for the body they serve, so it withholds no
 * one's name: "Officials announced in December that …" is the institution's voice, as the labeled sets type "a
 * spokesman announced" and "Authorities announced". People who speak for no body stay unnamed. Found in a random draw
 * of unnamed flags in corpus articles (seed 5613); the sentences are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { claims, unnamedClaims } from './helpers';

describe('officials who announce speak for their body', () => {
  it('before or after the announcement', () => {
    expect(claims('Officials announced in December that they would raise the entrance fees.')).toEqual([{ type: 'institutional', source: 'Officials' }]);
    expect(claims('The investigation has been dropped, prosecutors announced Tuesday.')).toEqual([{ type: 'institutional', source: 'prosecutors' }]);
    expect(claims('Negotiators in Vienna announced that they had reached an agreement.')).toEqual([{ type: 'institutional', source: 'Negotiators in Vienna' }]);
  });
  it('and the reason says it was an announcement', () => {
    const [claim] = analyzeText('State officials announced Monday that all schools would close.');
    expect(claim?.reason).toBe("public announcement: 'State officials'");
  });
});

describe('what stays unnamed', () => {
  it('officials who only say it', () => {
    expect(unnamedClaims('Officials said in December that they would raise the entrance fees.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
  });
  it('people who speak for no body, and anyone at all', () => {
    expect(unnamedClaims('One student announced that the school would close.')).toEqual([{ type: 'anonymous', source: 'One student' }]);
    expect(unnamedClaims('Then someone announced that a man had jumped in front of the train.')).toEqual([{ type: 'anonymous', source: 'someone' }]);
  });
});
