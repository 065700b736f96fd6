/**
 * attribution-1.8.177: found in a random draw of unnamed flags on the corpus (seed 6129) and then read on every
 * changed claim there. "called" that gives a noun its name ("a Facebook group called “Secure Borders” was
 * criticized") is no label anyone gave, and a sentiment its subject projects or exudes is the subject's ("Capito is
 * projecting optimism about securing money"). The sentences are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('"called" that names the noun before it', () => {
  it('is no cue when the clause goes on with its verb, or ends, after the name', () => {
    expect(claims('One of its workers running a Facebook group called “Secure Borders” was praised.')).toEqual([]);
    expect(claims('One of its workers ran a group called “Secure Borders”.')).toEqual([]);
    expect(claims('An official running a program called Prism was fired.')).toEqual([]);
  });
  it('a label given still speaks', () => {
    expect(unnamedClaims('One worker called “Secure Borders” a failure.')).toEqual([{ type: 'anonymous', source: 'One worker' }]);
    expect(unnamedClaims('What critics called “reckless” was the decision.')).toEqual([{ type: 'vague', source: 'critics' }]);
    expect(claims('The move, which Democrats called “reckless” was passed.').map((c) => c.source)).toEqual(['Democrats']);
    // A name, a role, an unnamed head or an auxiliary before "called" is its speaker's or its verb's.
    expect(claims('Mr. Christie called Mr. Walker was a great governor.').map((c) => c.type)).toEqual(['named']);
    expect(claims('It was the plan Mayor Smith has called “Operation Safe Streets.”').map((c) => c.type)).toEqual(['named']);
    expect(unnamedClaims('It was a move one parent called “Racist Nonsense.”').map((c) => c.type)).toEqual(['anonymous']);
    expect(unnamedClaims('It was a move one source called “Operation Chaos.”').map((c) => c.type)).toEqual(['anonymous']);
    expect(claims('It is an example of what Martin Luther King once called “the language of the unheard.”').map((c) => c.type)).toEqual(['named']);
  });
});

describe('a sentiment its subject projects, exudes or signals', () => {
  it('is no hedge without a source', () => {
    expect(unnamedClaims('Capito is projecting optimism about securing money for the wall.')).toEqual([]);
    expect(unnamedClaims('The envoy exuded cautious optimism about the talks.')).toEqual([]);
  });
  it('an optimism nobody holds still is', () => {
    expect(unnamedClaims('There is cautious optimism about the talks.')).toEqual([{ type: 'vague', source: null }]);
  });
});
