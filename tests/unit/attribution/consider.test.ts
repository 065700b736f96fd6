/**
 * attribution-1.8.143: "consider" reports a view only with what the view is ("critics consider the plan a giveaway",
 * "what many consider dead"). Found by a random draw of unnamed flags ("The two earlier polls considered attitudes in a
 * larger region") and then by reading every corpus flag on "consider": about one in five was someone weighing a thing,
 * not judging it ("officials consider charges against", "didn't consider postponing", "consider whether to") or a reduced
 * passive whose subject is the one judged ("others considered for the job"). Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { unnamedClaims } from './helpers';

describe('"consider" as weighing, not a view', () => {
  it('is no claim before an -ing form, a question word or "for"', () => {
    expect(unnamedClaims('Local officials have considered banning plastic bags at the market.')).toEqual([]);
    expect(unnamedClaims('State officials will consider reopening the schools next month.')).toEqual([]);
    expect(unnamedClaims('The report recommends that officials consider whether to close the bridge.')).toEqual([]);
    expect(unnamedClaims('Others considered for the post included two former governors.')).toEqual([]);
  });
  it('is no claim when nothing follows it', () => {
    expect(unnamedClaims('It is a plan that, in calmer years, nobody would consider, and the council rejected it.')).toEqual([]);
  });
  it('is no claim when its object runs into a phrase or clause of its own with no judgment', () => {
    expect(unnamedClaims('As county prosecutors consider charges against the former treasurer, her lawyer is silent.')).toEqual([]);
    expect(unnamedClaims('For years, housing officials have considered tenants\u2019 income in deciding who may stay.')).toEqual([]);
    expect(unnamedClaims('The guidance says that inspectors may not consider race or religion unless it is relevant.')).toEqual([]);
    expect(unnamedClaims('That is why the mayor\u2019s lawyers considered the emergency statute option, and she kept it open.')).toEqual([]);
    expect(unnamedClaims('As officials consider more serious responses, the schools remain open.')).toEqual([]);
  });
});

describe('"consider" with the view it holds', () => {
  it('is a claim with a judgment after its object', () => {
    expect(unnamedClaims('Several trade officials consider the tariff plan futile.')).toEqual([{ type: 'anonymous', source: 'Several trade officials' }]);
    expect(unnamedClaims('Critics consider the subsidy a giveaway.')).toEqual([{ type: 'vague', source: 'Critics' }]);
    // (Past a relative clause of the object's.)
    expect(unnamedClaims('Experts consider the new privacy law, which took effect in May, as the strictest in the region.'))
      .toEqual([{ type: 'vague', source: 'Experts' }]);
    expect(unnamedClaims('Most analysts consider it unlikely.')).toEqual([{ type: 'vague', source: 'Most analysts' }]);
    expect(unnamedClaims('Some historians consider both treaties to be failures.')).toEqual([{ type: 'vague', source: 'Some historians' }]);
    // (Past the object's own phrase, "as" or "to be" still brings the judgment.)
    expect(unnamedClaims('Many economists considered the dispute with the central bank as the minister\u2019s defining moment.'))
      .toEqual([{ type: 'vague', source: 'Many economists' }]);
    expect(unnamedClaims('Some diplomats consider a border clash, if not a wider war, to be increasingly likely.'))
      .toEqual([{ type: 'anonymous', source: 'Some diplomats' }]);
    expect(unnamedClaims('Many doctors consider fasting and other extreme diets to be risky.')).toEqual([{ type: 'vague', source: 'Many doctors' }]);
  });
  it('is a claim when the object is the gap of a relative clause', () => {
    expect(unnamedClaims('The drug is what doctors and nurses consider the standard of care.')).toEqual([{ type: 'anonymous', source: 'nurses' }]);
    expect(unnamedClaims('She ran on a platform pundits considered political suicide.')).toEqual([{ type: 'vague', source: 'pundits' }]);
    expect(unnamedClaims('Hiring is still below a rate that economists consider healthy.')).toEqual([{ type: 'vague', source: 'economists' }]);
    expect(unnamedClaims('The party spent money in districts that some strategists considered a lost cause.'))
      .toEqual([{ type: 'vague', source: 'some strategists' }]);
    expect(unnamedClaims('He gave a speech that many considered better than the keynote.')).toEqual([{ type: 'vague', source: 'many' }]);
  });
});
