/**
 * attribution-1.8.80: classes from a ninth held-out set, of US politics and policy news from 2012–2019 (labeled by two
 * helpers who never saw the analyzer), and from the corpus diffs they led to. The sentences here are written for the
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { classifySource } from '../../../utils/attribution/source';
import { unnamedClaims } from './helpers';

describe('backers and proponents', () => {
  it('"Backers say" is a group no one can check, as "critics say" is', () => {
    expect(unnamedClaims('Backers point to statistics that show a fifth of jobs are tied to trade.')).toEqual([{ type: 'vague', source: 'Backers' }]);
    expect(unnamedClaims('Backers of the pipeline say the project would create jobs.')).toEqual([{ type: 'vague', source: 'Backers of the pipeline' }]);
  });
  it('proponents are advocates: a cause\'s defined group, unnamed only when quantified', () => {
    expect(unnamedClaims('Voting rights proponents said the ruling was a disappointment.')).toEqual([]);
    expect(unnamedClaims('Some proponents hoped the law could help florists.')).toEqual([{ type: 'vague', source: 'Some proponents' }]);
  });
});

describe('members of both sides', () => {
  it('lawmakers, officials or members "on both sides", "of both parties", "on both sides of the aisle" are no one in particular', () => {
    expect(unnamedClaims('There is no clear path, though lawmakers on both sides insist they will avoid a shutdown.'))
      .toEqual([{ type: 'vague', source: 'lawmakers on both sides' }]);
    expect(unnamedClaims('Members of both parties have made it clear they will not stay in town.')).toEqual([{ type: 'vague', source: 'Members of both parties' }]);
    expect(unnamedClaims('Lawmakers on both sides of the aisle said they wanted a vote.')).toEqual([{ type: 'vague', source: 'Lawmakers on both sides of the aisle' }]);
    // (1.8.81: advocates, partisans and moderates too.)
    expect(unnamedClaims('Peace advocates on both sides say the window for a settlement is closing.')).toEqual([{ type: 'vague', source: 'Peace advocates on both sides' }]);
    expect(unnamedClaims('Moderates in both parties said the bill would fail.')).toEqual([{ type: 'vague', source: 'Moderates in both parties' }]);
  });
  it('not a body\'s members elsewhere, and bare members of a chamber stay a defined group', () => {
    expect(classifySource('lawmakers on both sides of the street')?.type).not.toBe('vague');
    expect(unnamedClaims('Lawmakers said they wanted a vote.')).toEqual([]);
  });
});

describe('"fret" as a worry', () => {
  it('with what it is about', () => {
    expect(unnamedClaims('After the defeat, some lawmakers fretted about the status of their tax overhaul.')).toEqual([{ type: 'vague', source: 'some lawmakers' }]);
    expect(unnamedClaims('Some aides fret that the personal talks sow confusion.')).toEqual([{ type: 'anonymous', source: 'Some aides' }]);
  });
  it('not bare, nor with its preposition stranded in a relative clause', () => {
    expect(unnamedClaims('Still, many reasonable people fret.')).toEqual([]);
    expect(unnamedClaims('He wants an interview, something his lawyers fretted over, given his record.')).toEqual([]);
  });
});

describe('how a view is told, between the subject and its verb', () => {
  it('"gleefully predict", "vehemently denied", "emphatically denied"', () => {
    expect(unnamedClaims('Some activists gleefully predict that the country will change.')).toEqual([{ type: 'vague', source: 'Some activists' }]);
    expect(unnamedClaims('University officials emphatically denied the decision had anything to do with the law.'))
      .toEqual([{ type: 'anonymous', source: 'University officials' }]);
    const [c] = analyzeText('Kavanaugh angrily denied that he had assaulted anyone.');
    expect(c?.type).toBe('named');
    expect(c?.source?.text).toBe('Kavanaugh');
  });
  it('not the adverbs that judge an embedded claim: "Prosecutors charged that he falsely told agents"', () => {
    const [c] = analyzeText('Prosecutors charged that he falsely told FBI agents that he did not ask for a delay.');
    expect(c?.source?.text).toBe('Prosecutors');
  });
});

describe('source phrases', () => {
  it('a quotation opening after the words that follow "said" makes them its subject, not an inverted speaker', () => {
    const [c] = analyzeText('Hoffa, who joined a crowd of 10,000, said critics \u201care waking a sleeping giant.\u201d');
    expect(c?.type).toBe('named');
    expect(c?.source?.text).toBe('Hoffa');
    // (A nickname inside a name is no quotation: "says Rick “Ozzie” Nelson".)
    const [d] = analyzeText('Rescues are complicated under any circumstances, says Rick \u201cOzzie\u201d Nelson, a former official.');
    expect(d?.source?.text).toMatch(/^Rick/);
  });
  it('a possessive after an amount opens the phrase: "the $300 million his backers say"', () => {
    expect(unnamedClaims('He is far from the $300 million his backers say they hope to raise.')).toEqual([{ type: 'vague', source: 'his backers' }]);
  });
  it('a share of a group is a poll\'s figure: no unnamed source in "with 50% of backers saying"', () => {
    expect(unnamedClaims('He leads, with 50% of Clinton backers saying Biden is their next pick.')).toEqual([]);
    expect(unnamedClaims('The plan is popular, with 36% of economists saying it would help.')).toEqual([]);
    expect(analyzeText('Some 67% of Americans say they favor closing bars.')[0]?.type).toBe('institutional');
  });
});
