/**
 * attribution-1.8.43: classes from a held-out PolNeAR-kind set (45 PolNeAR train articles whose attributions
 * helpers typed without seeing the analyzer; the set stays outside the repository, and the sentences here are
 * written for the tests).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { segmentSentences } from '../../../utils/text/segment';
import { claims, unnamedClaims } from './helpers';

describe('trades that speak as a field at large', () => {
  it('bare strategists, pollsters and scientists are a vague group, like analysts', () => {
    expect(unnamedClaims('Democratic strategists say the plan would fail.')).toEqual([{ type: 'vague', source: 'Democratic strategists' }]);
    expect(unnamedClaims('Pollsters say the race is tight.')).toEqual([{ type: 'vague', source: 'Pollsters' }]);
    expect(unnamedClaims('But climate scientists say the trend is clear.')).toEqual([{ type: 'vague', source: 'climate scientists' }]);
  });
  it('not the ones a study or a body has, nor someone\'s own, nor "researchers"', () => {
    expect(unnamedClaims('NOAA scientists said the ocean is warming.')).toEqual([]);
    expect(unnamedClaims('The scientists said the samples were old.')).toEqual([]);
    expect(unnamedClaims("Clinton's strategists said the plan would fail.")).toEqual([]);
    expect(unnamedClaims('In one study, researchers found that the drug works.')).toEqual([]);
    expect(unnamedClaims('The Republicans have been accused by Democrats of targeting climate scientists.')).toEqual([]);
  });
  it('two unnamed groups joined by "and" are one source, anonymous when either is', () => {
    expect(unnamedClaims('Party sources and analysts say the edge is real.')).toEqual([{ type: 'anonymous', source: 'Party sources and analysts' }]);
    expect(unnamedClaims('Democratic strategists and donors say the issue is not settled.'))
      .toEqual([{ type: 'vague', source: 'Democratic strategists and donors' }]);
  });
  it('"caution that", "caution against" are cues; "caution" as a noun is not', () => {
    expect(unnamedClaims('Election scholars caution that high turnout does not mean victory.')).toEqual([{ type: 'vague', source: 'Election scholars' }]);
    expect(unnamedClaims('Experts caution against reading too much into one poll.')).toEqual([{ type: 'vague', source: 'Experts' }]);
    expect(analyzeText('Officials said caution is warranted.').map((c) => c.cue?.text)).toEqual(['said']);
  });
});

describe('an unnamed person of a people or a faith', () => {
  it('counted members speak as people, not as their state or community', () => {
    expect(unnamedClaims('Another Palestinian said the bus exploded.')).toEqual([{ type: 'anonymous', source: 'Another Palestinian' }]);
    expect(unnamedClaims('Two Palestinians told AFP the bus exploded.')).toEqual([{ type: 'anonymous', source: 'Two Palestinians' }]);
    expect(unnamedClaims('An Israeli who witnessed the attack said the bus exploded.')).toEqual([{ type: 'anonymous', source: 'An Israeli' }]);
  });
  it('not a people as a whole, an adjective before a noun, or a count of things', () => {
    expect(unnamedClaims('Palestinians say the bus exploded.')).toEqual([]);
    expect(unnamedClaims('A perennial American question: why has gun control failed?')).toEqual([]);
    expect(unnamedClaims('Several Iranian speed boats were in the vicinity, the Navy said.')).toEqual([]);
  });
});

describe('relative clauses around the speaker', () => {
  it('two relative clauses joined by "and": the speaker stands before the first', () => {
    expect(unnamedClaims('Another man who worshiped at the mosque and who did not want to be named said he heard the shooter talk.'))
      .toEqual([{ type: 'anonymous', source: 'Another man' }]);
  });
  it('the object of the clause\'s preposition is no speaker', () => {
    expect(claims('Voters who live in Ohio said they would vote.')).toEqual([]);
    expect(claims('Voters who like the senator and who live in Ohio said they would vote.')).toEqual([]);
  });
  it('not wanting to be named or quoted by name withholds the name', () => {
    expect(unnamedClaims('"It is bad," said the woman, who did not want to be quoted by name.')).toEqual([{ type: 'anonymous', source: 'the woman' }]);
    expect(unnamedClaims('"It is bad," said a cashier, who did not want her name used.')).toEqual([{ type: 'anonymous', source: 'a cashier' }]);
    expect(unnamedClaims('A cashier who did not want to be named said the town was shaken.')).toEqual([{ type: 'anonymous', source: 'A cashier' }]);
  });
});

describe('people with access, and an active "widely"', () => {
  it('a bare plural of people who heard from a campaign or attended a meeting speaks unnamed', () => {
    expect(unnamedClaims('Supporters who have heard directly from the campaign say their priority is to finish ahead.'))
      .toEqual([{ type: 'anonymous', source: 'Supporters' }]);
    expect(unnamedClaims('Donors who attended the meeting said the mood was grim.')).toEqual([{ type: 'anonymous', source: 'Donors' }]);
  });
  it('not the respondents of a poll', () => {
    expect(unnamedClaims('Respondents who participated in the poll say he should run.')).toEqual([]);
  });
  it('"X widely condemned the plan" names who condemned it; "was widely condemned" does not', () => {
    expect(unnamedClaims("Jewish groups also widely condemned the senator's proposal.")).toEqual([]);
    expect(unnamedClaims('Environmental groups widely condemned the selection.')).toEqual([]);
    expect(unnamedClaims('The proposal was widely condemned.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('It is a widely criticized agglomeration of power.')).toEqual([{ type: 'vague', source: null }]);
  });
});

describe('"believe her …" with a clause of its own', () => {
  it('is a view; "believe her story" is trust', () => {
    expect(unnamedClaims('Officials believe her account was accurate.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
    expect(unnamedClaims('Officials believe her story.')).toEqual([]);
  });
});

describe('a pronoun after an unnamed speaker', () => {
  const text = 'At a drugstore near the mosque, a cashier was shaken by the talk. "Too much hate," said the woman, who did not want '
    + 'to be named. "It is a shame," she said, blaming some of it on presidential candidate Donald Trump. "I know people '
    + 'are saying Trump will be tougher, but I think he is causing this," she said.';
  it('is that speaker past names inside quotations and names that are objects of a preposition', () => {
    const shes = analyzeText(text).filter((c) => /^she$/i.test(c.source?.text ?? ''));
    expect(shes.map((c) => c.type)).toEqual(['anonymous', 'anonymous']);
  });
  it('is not past a sentence that a named person or a definite role opens', () => {
    expect(unnamedClaims('The plan is dead, an aide said. But the Texas Republican suggested there was a push from the leadership. '
      + 'He said nobody had weighed in.')).toEqual([{ type: 'anonymous', source: 'an aide' }]);
    expect(unnamedClaims('The plan is dead, an aide said. Toomey, who called the lockdown draconian, released a plan. '
      + 'He argued that hospitals are at low capacity.')).toEqual([{ type: 'anonymous', source: 'an aide' }]);
  });
  it('a description still refers back to a name given after a preposition', () => {
    expect(unnamedClaims('Both appeared, according to a statement from their attorney Mark MacDougall. The lawyer told '
      + 'lawmakers that neither client is the whistleblower.')).toEqual([]);
  });
});

describe('an account handle names the source', () => {
  it('right after the source or its relative clause', () => {
    expect(claims('"Meh," wrote a supporter who runs the Twitter account @WomenForTrump.').map((c) => c.type)).toEqual(['named']);
  });
  it('not in the claim after the cue', () => {
    expect(unnamedClaims('A senior official said the account @IDF was hacked.')).toEqual([{ type: 'anonymous', source: 'A senior official' }]);
  });
});

describe('a spaced ellipsis', () => {
  const split = (t: string): string[] => segmentSentences(t).map((s) => t.slice(s.start, s.end));
  it('does not end a sentence inside a quotation, nor between its dots', () => {
    expect(split('"What does he know about it . . . nothing," she added.')).toHaveLength(1);
    expect(split('Were they seized? . . . Did they find the tapes?')).toEqual(['Were they seized? . . .', 'Did they find the tapes?']);
    expect(split('He waited . . . . Then he left.')).toEqual(['He waited . . . .', 'Then he left.']);
  });
  it('punctuation alone is no sentence: it closes the one before, or an opening quotation\'s opens the next', () => {
    expect(split('He said, \'Please make it stop.\' "\n\nFortunately, it did.')).toEqual(['He said, \'Please make it stop.\' "', 'Fortunately, it did.']);
    expect(split('It was naive." [...] "If we lose, he could be impeached."')).toEqual(['It was naive." [...]', '"If we lose, he could be impeached."']);
    expect(split('Pelosi declared. \u201c . . . If we do not act, we fail.\u201d')).toEqual(['Pelosi declared.', '\u201c . . . If we do not act, we fail.\u201d']);
  });
});
