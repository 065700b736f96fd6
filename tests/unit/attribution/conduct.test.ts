/**
 * attribution-1.8.144: what people do is no claim, and "media" before a verb is its subject. Found by reading every
 * unnamed flag on "show(s)/showed/shown" whose source is no poll or study and every flag on "insist(ed) on" in the
 * corpus: a group showing conduct ("showed no signs of backing down", "have shown little interest"), "show" as a
 * noun ("the Sunday talk shows", "a private gun show"), and a demand rather than a claim ("insisted on anonymity",
 * "insist on making it about politics", which PolNeAR mostly leaves unlabeled). With them, "Israeli media say" and
 * "many in the media believe", which had been read as noun phrases ("media reports"), and "disagreed with and".
 * Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { claims, unnamedClaims } from './helpers';

describe('an unnamed group showing conduct', () => {
  it('is no claim without a finding after it', () => {
    expect(unnamedClaims('But his rivals showed no signs of giving up.')).toEqual([]);
    expect(unnamedClaims('Many senators have shown little interest in changing the rule.')).toEqual([]);
    expect(unnamedClaims('Some donors showed a willingness to wait for the primary.')).toEqual([]);
    expect(unnamedClaims('Others have shown their support on social media.')).toEqual([]);
  });
  it('is a claim with a finding, and polls and studies still show', () => {
    expect(unnamedClaims('Experts have shown that the plan would cost more.')).toEqual([{ type: 'vague', source: 'Experts' }]);
    // (After "as", the finding is the clause it hangs on.)
    expect(unnamedClaims('As all the experts have shown, the county map does not favor the party.'))
      .toEqual([{ type: 'vague', source: 'the experts' }]);
    expect(unnamedClaims('Polls have shown the governor with a double-digit lead.')).toEqual([{ type: 'vague', source: 'Polls' }]);
    expect(unnamedClaims('Studies of shift workers have shown higher rates of illness.'))
      .toEqual([{ type: 'vague', source: 'Studies of shift workers' }]);
  });
});

describe('"show" as a noun', () => {
  it('is no cue after a kind of program or fair, or a determiner that takes only a noun', () => {
    expect(unnamedClaims('The rule would apply to someone at a private gun show who sells a few rifles a year.')).toEqual([]);
    expect(unnamedClaims('No one on either show challenged the governor about the spill.')).toEqual([]);
    expect(unnamedClaims('The campaign sent aides to the Sunday talk shows right after the vote to defend it.')).toEqual([]);
  });
});

describe('"insist on" a thing', () => {
  it('is a demand or a habit, not a claim', () => {
    expect(unnamedClaims('The officials insisted on anonymity because they were not authorized to speak.')).toEqual([]);
    expect(unnamedClaims('Some lawmakers are insisting on stricter rules for the border.')).toEqual([]);
    expect(unnamedClaims('Year after year, some parents insist on driving their children to school.')).toEqual([]);
  });
  it('still claims before "that", past a day or a channel', () => {
    expect(unnamedClaims('Officials insisted on Sunday that the talks were alive.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
    expect(unnamedClaims('Officials insisted on television that the talks were alive.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
    expect(unnamedClaims('Officials insisted on Sunday the talks were alive.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
  });
});

describe('"media" before a verb', () => {
  it('is the subject of a verb that is never a noun', () => {
    expect(claims('Israeli media say the talks stalled.')).toEqual([{ type: 'report', source: 'Israeli media' }]);
    expect(claims('The fire destroyed two depots, state media say.')).toEqual([{ type: 'report', source: 'state media' }]);
    expect(unnamedClaims('Many in the media believe the network showed restraint.')).toEqual([{ type: 'vague', source: 'Many in the media' }]);
  });
  it('is not, as the object of a preposition', () => {
    expect(claims('Diplomats speaking to Western and regional media say the strikes raise doubts about the claim.').filter((c) => c.type === 'report')).toEqual([]);
  });
});

describe('"disagreed with" before "and"', () => {
  it('is no claim: the preposition is left at the end of its clause', () => {
    expect(unnamedClaims('I wanted a second door, an idea that he and others disagreed with and could not understand.')).toEqual([]);
  });
});

describe('"recognize" someone or a name (1.8.147)', () => {
  it('is knowing them by sight or name, not a view', () => {
    expect(unnamedClaims('Most voters would not recognize him if he walked into a diner.')).toEqual([]);
    expect(unnamedClaims('Many people recognize the names of both militia leaders.')).toEqual([]);
    expect(unnamedClaims('Some states honor the permits, and some recognize none.')).toEqual([]);
  });
  it('still a view before "that" or a thing acknowledged', () => {
    expect(unnamedClaims('Many voters recognize that the deal failed.')).toEqual([{ type: 'vague', source: 'Many voters' }]);
    expect(unnamedClaims('Politicians on both sides recognize the problem.')).toEqual([{ type: 'vague', source: 'Politicians on both sides' }]);
  });
});

describe('"claims" and "reports" as nouns after a judging adjective or an -ing word (1.8.149)', () => {
  it('are no cue', () => {
    expect(unnamedClaims('If cases are rejected, others with bogus claims will not bother to apply.')).toEqual([]);
    expect(unnamedClaims('The rule could discourage people with false claims from coming forward.')).toEqual([]);
    expect(claims('Critics are hitting the mayor for overstating claims on his resume.').filter((c) => c.source?.endsWith('overstating'))).toEqual([]);
  });
  it('still a cue after a plain subject', () => {
    expect(unnamedClaims('Some studies of the program show that costs fell.')).toEqual([{ type: 'vague', source: 'Some studies of the program' }]);
    expect(unnamedClaims('Specialists in polling say the race is close.')).toEqual([{ type: 'vague', source: 'Specialists in polling' }]);
  });
});
