/**
 * attribution-1.8.44: classes from a held-out set of world and security news (13 corpus articles past line 20,000,
 * labeled by sentence by helpers that never saw the analyzer; the set stays outside the repository, and the sentences
 * here are written for the tests).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { claims, unnamedClaims } from './helpers';

describe('groups named by what they oppose or defend', () => {
  it('"Critics of X" and "Defenders of X" that open a sentence are an unidentified group', () => {
    expect(unnamedClaims('Critics of the plan say it will fail.')).toEqual([{ type: 'vague', source: 'Critics of the plan' }]);
    // (Its capital had joined "Critics of Obamacare" into one name, a person called Obamacare.)
    expect(claims('Critics of Obamacare say it is a bad law.')).toEqual([{ type: 'vague', source: 'Critics of Obamacare' }]);
    expect(unnamedClaims('Defenders of the law say it is a vital tool.')).toEqual([{ type: 'vague', source: 'Defenders of the law' }]);
  });
  it('a named person or body with its own defenders speaks for them', () => {
    expect(unnamedClaims('Trump and his defenders say it was an innocent conversation.')).toEqual([]);
    expect(unnamedClaims('RT and its defenders say that the network is no more biased than others.')).toEqual([]);
  });
});

describe('"predict"', () => {
  it('is a cue in the plural present too', () => {
    expect(unnamedClaims('Senior aides predict the measure will pass.')).toEqual([{ type: 'anonymous', source: 'Senior aides' }]);
    expect(unnamedClaims('Most political analysts predict a close race.')).toEqual([{ type: 'vague', source: 'Most political analysts' }]);
  });
});

describe('a closing source whose first part is unnamed', () => {
  it('"…, officials and the army said" rests on the unnamed officials too', () => {
    expect(unnamedClaims('Gunmen stormed a hotel on Saturday, killing a guard, officials and the army said.'))
      .toEqual([{ type: 'anonymous', source: 'officials and the army' }]);
    expect(unnamedClaims('The blast killed two people, officials and the army said on Sunday.'))
      .toEqual([{ type: 'anonymous', source: 'officials and the army' }]);
  });
  it('not when the first part is named, nor when the army speaks alone', () => {
    expect(unnamedClaims('The blast killed two people, Smith and the army said.')).toEqual([]);
    expect(unnamedClaims('The blast killed two people, the army said.')).toEqual([]);
  });
});

describe('"they" after a group of people in the same sentence', () => {
  it('refers to the people who act in an earlier clause, not to the last source', () => {
    const text = 'The US media reported the talks. After the deal was reached, negotiators for both parties shook hands, though they later expressed scepticism.';
    const last = analyzeText(text).at(-1)!;
    expect(last.type).toBe('anonymous');
    expect(last.reason).toContain('negotiators for both parties');
  });
  it('not inside a comparison, and a group that is no source leaves no claim to an earlier one', () => {
    expect(unnamedClaims('The US media reported the talks. Senior officials played a larger role than they acknowledged.')).toEqual([]);
    expect(claims('The US media reported the talks. Voters walked out, though they later said the deal was fine.'))
      .toEqual([{ type: 'report', source: 'The US media' }]);
  });
});

describe('agreeing on something and relative clauses of objects', () => {
  it('settling on a deal is an act; agreeing on a view is a claim', () => {
    expect(unnamedClaims('Officials agreed on a ceasefire.')).toEqual([]);
    expect(unnamedClaims('Many Republicans agree on the need to revamp the policy.')).toEqual([{ type: 'vague', source: 'Many Republicans' }]);
  });
  it('people an outlet quoted or cited speak in their relative clause; the object of another verb does not', () => {
    expect(unnamedClaims('The Times quoted other sources who said the deputy was serious.')).toEqual([{ type: 'anonymous', source: 'other sources' }]);
    expect(unnamedClaims('The testimony corroborated other witnesses who said the aid was frozen.')).toEqual([{ type: 'anonymous', source: 'other witnesses' }]);
    expect(unnamedClaims('On the call, he interrupted analysts who asked about spending.')).toEqual([]);
  });
});

describe('public defenders', () => {
  it('are lawyers, not a group defending a cause', () => {
    expect(unnamedClaims('Federal public defenders representing the suspect said in a brief that he was ill.')).toEqual([]);
  });
});

describe('a random reading of flags in corpus articles 20,000 and later', () => {
  it('an obligation or a label after a modal and an adverb is the writer\'s own word', () => {
    expect(unnamedClaims("National media can't be expected to ignore the rioting.")).toEqual([]);
    expect(unnamedClaims('He faces what could charitably be described as an uphill battle.')).toEqual([]);
    expect(unnamedClaims('The plan is expected to pass.')).toEqual([{ type: 'vague', source: null }]);
  });
  it('"thought better of" is deciding against, not a view', () => {
    expect(unnamedClaims('Many members of his own party thought better of giving him another term.')).toEqual([]);
  });
  it('someone\'s own claims are no unowned allegation', () => {
    expect(unnamedClaims('Republicans say Democrats’ claims of partisanship are hypocritical.').filter((c) => c.source === null)).toEqual([]);
    expect(unnamedClaims("Trump's claims of fraud were rejected.")).toEqual([]);
    expect(unnamedClaims('There were claims of fraud.')).toEqual([{ type: 'vague', source: null }]);
  });
});
