/**
 * attribution-1.8.173: an unnamed person described by a place or a body after the head ("a London-based banker at an
 * Asian bank said", "one Syrian refugee at the station told CNN") was read as the place or the body speaking, because a
 * capitalized modifier before the head, or a head the lexicon did not know ("appointee", "fellow"), stopped the phrase
 * at the preposition. Found in a held-out set labeled on 2026-11-25 ("a major Republican figure in the state"), then
 * read on every claim of the corpus whose source followed such a phrase. The sentences are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claims } from './helpers';

describe('an unnamed person with a capitalized modifier and a place', () => {
  it('is the person, not the place or the body', () => {
    expect(claims('"We have been here five days," one Syrian refugee at the station told CNN.')).toEqual([
      { type: 'anonymous', source: 'one Syrian refugee at the station' }]);
    expect(claims('"They have to adjust," a longtime Biden surrogate in the state said.')).toEqual([
      { type: 'anonymous', source: 'a longtime Biden surrogate in the state' }]);
    expect(claims('"All banks are acting the same," a London-based banker at an Asian bank said.')).toEqual([
      { type: 'anonymous', source: 'a London-based banker at an Asian bank' }]);
  });
});

describe('appointees and fellows are people', () => {
  it('an unnamed one is anonymous', () => {
    expect(claims('Last November, a top Trump appointee at the aid agency wrote that the plan was dead.')).toEqual([
      { type: 'anonymous', source: 'a top Trump appointee at the aid agency' }]);
    expect(claims('"It was a mistake," a fellow at the Heritage Foundation said.')).toEqual([
      { type: 'anonymous', source: 'a fellow at the Heritage Foundation' }]);
  });
  it('a named one keeps the name, past a second appositive', () => {
    expect(claims('"It was a mistake," Ryan Anderson, a senior research fellow at the Heritage Foundation, a conservative think tank, said.')).toEqual([
      { type: 'named', source: 'Ryan Anderson' }]);
    expect(claims('"It was a grave mistake," Yehuda Ben Meir, a principal research fellow at the Institute for National Security Studies told CNN.')).toEqual([
      { type: 'named', source: 'Yehuda Ben Meir' }]);
  });
  it('"fellow" before a plural keeps the plural as its head', () => {
    expect(claims('His fellow Republicans said the plan was dead.')).toEqual([{ type: 'institutional', source: 'His fellow Republicans' }]);
  });
});

describe('"think tank" is a noun', () => {
  it('no one thinks in it', () => {
    expect(claims('"They will not cut the top rate," said Stephen Moore, a fellow at the Heritage Foundation think tank.')).toEqual([
      { type: 'named', source: 'Stephen Moore' }]);
    expect(claims('The list includes regional experts from several think tanks like Brookings.')).toEqual([]);
  });
});
