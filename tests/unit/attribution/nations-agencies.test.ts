/**
 * attribution-1.8.174: type errors found by reading a held-out set's type confusions (2026-11-25) and then every changed
 * claim of the corpus: a nation in the plural read as a person's name ("the Saudis announced" was a person named
 * Saudis), a ministry after its country's possessive read as a person ("Turkey's Ministry of Foreign Affairs" was a
 * person "Affairs"), a news agency read as a government agency, and a people's members with a quantifier read as the
 * state or as no one ("Some Palestinians say" was institutional, "Many Israelis believe" no claim). The sentences are
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claims } from './helpers';

describe('nations in the plural', () => {
  it('speak as their state, as "the Israelis" do', () => {
    expect(claims('The Saudis said the execution was lawful.')).toEqual([{ type: 'institutional', source: 'The Saudis' }]);
    expect(claims('Tensions rose after the Russians denied the report.')).toEqual([{ type: 'institutional', source: 'the Russians' }]);
  });
  it('with a quantifier, are members of a people at large', () => {
    expect(claims('Many Israelis believe the war is lost.')).toEqual([{ type: 'vague', source: 'Many Israelis' }]);
    expect(claims('Some Palestinians say the truce will not hold.')).toEqual([{ type: 'vague', source: 'Some Palestinians' }]);
    expect(claims('Most Egyptians think the deal is good.')).toEqual([{ type: 'vague', source: 'Most Egyptians' }]);
  });
  it('counted, are particular people', () => {
    expect(claims('Two Palestinians told AFP the strike hit a house.')).toEqual([{ type: 'anonymous', source: 'Two Palestinians' }]);
    expect(claims('Three young Palestinians told AFP the strike hit a house.')).toEqual([
      { type: 'anonymous', source: 'Three young Palestinians' }]);
  });
});

describe("a ministry after its country's possessive", () => {
  it('is the ministry', () => {
    expect(claims("Turkey's Ministry of Foreign Affairs published a statement denouncing the attack.")).toEqual([
      { type: 'institutional', source: "Turkey's Ministry of Foreign Affairs" }]);
    expect(claims("Israel's Ministry of Health said 12 people were hurt.")).toEqual([
      { type: 'institutional', source: "Israel's Ministry of Health" }]);
  });
  it("a person after a body and a place's possessive stays the person", () => {
    expect(claims('"It means no one speaks for the Palestinians," University of Vermont\'s Gause said.')).toEqual([
      { type: 'named', source: "University of Vermont's Gause" }]);
  });
});

describe('a news agency', () => {
  it('is an outlet', () => {
    expect(claims("Protesters set fires at the embassy, Iran's ISNA news agency reported.")).toEqual([
      { type: 'report', source: "Iran's ISNA news agency" }]);
    expect(claims('The state news agency said 12 people died.')).toEqual([{ type: 'report', source: 'The state news agency' }]);
  });
  it('another agency stays a body', () => {
    expect(claims('The agency said 12 people died.')).toEqual([{ type: 'institutional', source: 'The agency' }]);
  });
});
