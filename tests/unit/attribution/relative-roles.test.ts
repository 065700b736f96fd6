/**
 * attribution-1.8.108, from a held-out war-set miss (an unnamed militant in a hostage video): a role seen for the first
 * time speaks as an unnamed person whether or not a relative clause describes it between subject and verb, as long
 * as the clause names nobody. And, from the on-topic corpus diff of the same version, "sources" that a modifier makes
 * writings ("Later sources in Judaism insist") are no unnamed people. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { unnamedClaims as unnamed } from './helpers';

describe('"The militant, who …, says"', () => {
  it('is the unnamed person that "The militant says" is', () => {
    expect(unnamed('The militant says the government has made a foolish decision.')).toEqual([{ type: 'anonymous', source: 'The militant' }]);
    expect(unnamed('The militant, who demands $100 million for each hostage, says the government has made a foolish decision.'))
      .toEqual([{ type: 'anonymous', source: 'The militant' }]);
    expect(unnamed('The fighter, who wore a black mask, said the attack was revenge for the raid.'))
      .toEqual([{ type: 'anonymous', source: 'The fighter' }]);
  });
  it('not when the clause names the person or points back to one', () => {
    expect(unnamed('The fighter, who identified himself as Abu Omar, said the attack was revenge for the raid.')).toEqual([]);
    expect(unnamed('Police named the suspect as Karim Haddad. The fighter, who wore a black mask, said the attack was revenge for the raid.'))
      .toEqual([]);
  });
});

describe('"sources" that are texts', () => {
  it('are no unnamed people when a modifier makes them writings', () => {
    expect(unnamed('Later sources in Judaism even insist that a person without compassion cannot be considered Jewish.')).toEqual([]);
    expect(unnamed('Primary sources say the war began in the summer.')).toEqual([]);
  });
  it('while sources of any other kind stay unnamed people', () => {
    expect(unnamed('Diplomatic sources say the talks stalled.')).toEqual([{ type: 'anonymous', source: 'Diplomatic sources' }]);
    expect(unnamed('Senior sources say the talks stalled.')).toEqual([{ type: 'anonymous', source: 'Senior sources' }]);
  });
});
