/**
 * attribution-1.8.169: a named body, outlet or the writer "and others" is the claim's source; the others only widen
 * it ("The U.S. and others say", "Politico and others reported", "I and many others expressed doubt"). Found in the
 * corpus dump (about 50 vague flags of "others" after a name); the sentences are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('a named body, outlet or the writer with others speaks', () => {
  it('a body or a country and others', () => {
    expect(claims('The U.N. and others say that the shipments are still crossing the border.'))
      .toEqual([{ type: 'institutional', source: 'The U.N. and others' }]);
    expect(claims('Canada and others insisted they need more time before a vote.'))
      .toEqual([{ type: 'institutional', source: 'Canada and others' }]);
    expect(claims('But Republicans and others say the warnings are overblown.'))
      .toEqual([{ type: 'institutional', source: 'Republicans and others' }]);
  });
  it('an outlet and others', () => {
    expect(claims('Reuters and others reported that the minister had resigned.'))
      .toEqual([{ type: 'report', source: 'Reuters and others' }]);
  });
  it('a body and other people, or many others', () => {
    expect(claims('The NAACP and other opponents contend that the rule violates the law.'))
      .toEqual([{ type: 'institutional', source: 'The NAACP and other opponents' }]);
    expect(claims('The Sierra Club and many others argued that the plant should close.'))
      .toEqual([{ type: 'institutional', source: 'The Sierra Club and many others' }]);
  });
  it('after "as", "that", "after" or "with", and after a clause that names no one', () => {
    expect(claims('As the Red Cross and others have pointed out, the camps are full.'))
      .toEqual([{ type: 'institutional', source: 'the Red Cross and others' }]);
    expect(claims('It is something that UNICEF and others argue for in every region.'))
      .toEqual([{ type: 'institutional', source: 'UNICEF and others' }]);
    expect(claims('The plan changed after the Daily Caller and others reported that it copied a think tank.'))
      .toEqual([{ type: 'report', source: 'the Daily Caller and others' }]);
    expect(claims('Then other reports surfaced, with ABC and others saying the director expected to be fired.'))
      .toEqual([{ type: 'report', source: 'ABC and others' }]);
    expect(unnamedClaims('Doctors who track the virus met. Even if the goals had been met, WHO and others had predicted the outbreak would go on.'))
      .toEqual([]);
  });
  it('a list of named bodies and others', () => {
    expect(claims('The World Bank, the IMF, and many others said the forecast was too rosy.'))
      .toEqual([{ type: 'institutional', source: 'The World Bank, the IMF, and many others' }]);
  });
  it('the writer and others', () => {
    expect(claims('It made no sense. I and many others expressed doubt that the meeting took place.'))
      .toEqual([{ type: 'named', source: 'I and many others' }]);
  });
  it('a named person and several others', () => {
    expect(claims('Despite the rules, Brennan and several others said they had never been trained. Nurse Amy Brennan works nights.'))
      .toEqual([{ type: 'named', source: 'Brennan and several others' }]);
  });
  it('a named group whose deed is no claim is still whom "they" refers to', () => {
    expect(claims('Mayor Jane Holt told reporters on Monday the plan was legal. Democrats and other opponents of the plan have threatened to sue. They say she is inventing a crisis.'))
      .toEqual([{ type: 'named', source: 'Mayor Jane Holt' }]);
  });
});

describe('what stays unnamed', () => {
  it('a common noun with the capital of its sentence', () => {
    expect(unnamedClaims('Lawmakers and others say the cuts will slow growth, and some lawmakers want a vote.'))
      .toEqual([{ type: 'vague', source: 'others' }]);
  });
  it('a place before other people, which is their adjective', () => {
    expect(unnamedClaims('U.S. and other diplomats have said they expect the talks to resume.'))
      .toEqual([{ type: 'anonymous', source: 'other diplomats' }]);
  });
  it('a party\'s member, who is a person', () => {
    expect(unnamedClaims('Still, the Vermont Democrat and other critics of the bill said the vote would fail.'))
      .toEqual([{ type: 'vague', source: 'other critics of the bill' }]);
  });
  it('a list with unnamed people in it', () => {
    expect(unnamedClaims('Forecasters, the Congressional Budget Office and others estimated that growth would slow.'))
      .toEqual([{ type: 'vague', source: 'others' }]);
    expect(unnamedClaims('Private forecasters, the Congressional Budget Office, and others estimated that growth would slow.'))
      .toEqual([{ type: 'vague', source: 'others' }]);
  });
  it('a pronoun with others, or a group in lower case', () => {
    expect(unnamedClaims('He and others say the plan will fail.')).toEqual([{ type: 'vague', source: 'others' }]);
    expect(unnamedClaims('Many employers object, while evangelical groups and others say they oppose only one pill.'))
      .toEqual([{ type: 'vague', source: 'others' }]);
  });
  it('a body in lower case, or a piece of writing', () => {
    expect(unnamedClaims('But the lawmakers and others say the bill is dead.')).toEqual([{ type: 'vague', source: 'others' }]);
    expect(unnamedClaims('Studies by Smith and others show that the drug works.')).toEqual([{ type: 'vague', source: 'others' }]);
  });
});
