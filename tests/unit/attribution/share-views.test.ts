/**
 * attribution-1.8.168: people inside what a poll's share of respondents say or believe are part of the poll's
 * finding, not a source the article relays ("43 percent of people believe most scientists agree", "46 percent say
 * Trump associates colluded"). Found in a random draw of unnamed flags in corpus articles (seed 5815), then read on
 * every unnamed flag after such a verb in the corpus (9, all wrong); the sentences are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { unnamedClaims } from './helpers';

describe('people inside a share of respondents\' view are no source', () => {
  it('after a percentage, a majority or a share in words', () => {
    expect(unnamedClaims('Only 38 percent of voters believe most economists agree on the cause.')).toEqual([]);
    expect(unnamedClaims('About seven-in-ten adults (71%) say people rarely agree on what counts as fair.')).toEqual([]);
    expect(unnamedClaims('Seven-in-ten adults say experts have warned about the risks.')).toEqual([]);
    expect(unnamedClaims('A majority of parents said teachers warned them about the change.')).toEqual([]);
    expect(unnamedClaims('Nearly 80% of residents believe that the officers accused in the case should be fired.')).toEqual([]);
  });
  it('after a share set off by commas right before the verb', () => {
    expect(unnamedClaims('Nearly as many, 41 percent, say campaign aides "definitely" knew about the payments; 30 percent say they did not.')).toEqual([]);
    expect(unnamedClaims('The vast majority of donors, 72 percent, said someone with experience in business would be best.')).toEqual([]);
  });
});

describe('what stays a claim', () => {
  it('a share inside a quotation before the verb', () => {
    expect(unnamedClaims('"He is 100 percent behind the plan," said one adviser close to the governor.'))
      .toEqual([{ type: 'anonymous', source: 'one adviser close to the governor' }]);
  });
  it('a share in a clause that ends at the comma before an inverted verb', () => {
    expect(unnamedClaims('Security will take almost half the budget, said the officials, who declined to be named.'))
      .toEqual([{ type: 'anonymous', source: 'the officials' }]);
  });
  it('a share before the end of a clause or the sentence', () => {
    expect(unnamedClaims('Turnout fell by half. The mayor said officials warned of rain.')).toEqual([{ type: 'anonymous', source: 'officials' }]);
    expect(unnamedClaims('Turnout fell by half; the mayor said officials warned of rain.')).toEqual([{ type: 'anonymous', source: 'officials' }]);
    expect(unnamedClaims('Turnout fell by half: the mayor said officials warned of rain.')).toEqual([{ type: 'anonymous', source: 'officials' }]);
  });
  it('a verb of saying with no share for its subject, or a share whose verb is not one', () => {
    expect(unnamedClaims('The mayor said officials warned him about the storm.')).toEqual([{ type: 'anonymous', source: 'officials' }]);
    expect(unnamedClaims('Half of the staff left after officials warned of cuts.')).toEqual([{ type: 'anonymous', source: 'officials' }]);
  });
});
