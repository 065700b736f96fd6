/**
 * attribution-1.8.116, from a random reading of corpus flags: "An officer posted inside the front door" (stationed)
 * was read as an officer's post online, and "He and other White House officials suggested" as the unnamed officials
 * alone, though "he" is the named person spoken of before. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims as unnamed } from './helpers';

describe('"posted" at a place', () => {
  it('stations someone; it says nothing', () => {
    expect(claims('An officer posted inside the front door also appeared to be delayed, according to the Post.'))
      .toEqual([{ type: 'report', source: 'the Post' }]);
    expect(unnamed('The minister sought to reassure diplomats posted abroad that the plan was working.')).toEqual([]);
  });
  it('while a post online still speaks', () => {
    expect(unnamed('A user posted on Facebook that the vote was rigged.')).toEqual([{ type: 'anonymous', source: 'A user' }]);
  });
});

describe('"he and other officials"', () => {
  it('are led by the named person "he" refers to', () => {
    expect(unnamed('Mulvaney said on Friday that the wall was needed. He and other White House officials suggested that the bill could pass.')).toEqual([]);
    const [, c] = claims('Mulvaney said on Friday that the wall was needed. He and other White House officials suggested that the bill could pass.');
    expect(c).toEqual({ type: 'named', source: 'He and other White House officials' });
  });
  it('but not when "he" is an unnamed speaker', () => {
    expect(unnamed('A senior official spoke to reporters. He and other officials said the talks had stalled.'))
      .toEqual([{ type: 'anonymous', source: 'A senior official' }, { type: 'anonymous', source: 'other officials' }]);
  });
});

describe('people stationed or deployed somewhere (attribution-1.8.117)', () => {
  it('are a source phrase that runs on past the participle, as "based in" does', () => {
    expect(unnamed('Soldiers stationed along the border said the shelling had stopped.'))
      .toEqual([{ type: 'anonymous', source: 'Soldiers stationed along the border' }]);
    expect(unnamed('Two U.S. officials deployed to the region told CNN the base was hit.'))
      .toEqual([{ type: 'anonymous', source: 'Two U.S. officials deployed to the region' }]);
  });
});
