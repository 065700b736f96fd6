/**
 * attribution-1.8.60: people whose surname is also a place, a people, an outlet or an institution word. The
 * sentences here are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { classifySource } from '../../../utils/attribution/source';
import { claims } from './helpers';

describe('a given name before a place- or institution-shaped surname', () => {
  it('makes the phrase a person', () => {
    expect(claims('Darrell West, a senior fellow, said the rules were unclear.'))
      .toEqual([{ type: 'named', source: 'Darrell West' }]);
    expect(claims('The program broke the law, said Michael German, a former special agent.'))
      .toEqual([{ type: 'named', source: 'Michael German' }]);
    expect(classifySource('Douglas Letter')?.kind).toBe('person');
    expect(classifySource('John Fund')?.kind).toBe('person');
    expect(classifySource('Michael J. German')?.kind).toBe('person');
  });
  it('the bare surname later in the story is the same person', () => {
    const text = 'David French wrote the essay last week. "It was a mistake," French said.';
    expect(claims(text).map((c) => c.type)).toEqual(['named', 'named']);
  });
  it('a place or a party after another capitalized word is no name', () => {
    expect(classifySource('Nazi Germany')?.type).toBe('institutional');
    expect(classifySource('Modern Israel')?.type).toBe('institutional');
    expect(classifySource('Georgia Republicans')?.type).toBe('institutional');
    expect(classifySource('Victoria Police')?.type).toBe('institutional');
  });
});

describe('a one-person title before such a surname', () => {
  it('is that person, not the outlet, the place or a role', () => {
    expect(claims('Mayor Bloomberg said the city would appeal.')).toEqual([{ type: 'named', source: 'Mayor Bloomberg' }]);
    expect(claims('Sheriff Israel said the deputies waited outside.')).toEqual([{ type: 'named', source: 'Sheriff Israel' }]);
    expect(classifySource('Congressman King')?.kind).toBe('person');
    expect(classifySource('Mr Letter')?.kind).toBe('person');
  });
  it('two titles stay a role', () => {
    expect(classifySource('Attorney General')?.kind).toBe('role');
    expect(classifySource('Vice President')?.kind).toBe('role');
  });
});
