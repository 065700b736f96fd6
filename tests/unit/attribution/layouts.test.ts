import { describe, expect, it } from 'vitest';
import { analyzeText, ANALYZER_VERSION } from '../../../utils/attribution';
import type { Claim } from '../../../utils/types';

/** The single claim of a one-sentence text (or the claim covering `needle`). */
function claimOf(text: string, needle?: string): Claim | undefined {
  const claims = analyzeText(text);
  if (needle === undefined) return claims[0];
  const at = text.indexOf(needle);
  return claims.find((c) => c.start <= at && at < c.end);
}

describe('layouts', () => {
  const cases: [string, string, string | null][] = [
    // [text, expected type, expected source text]
    ['Al-Ansari said leaders of the Hamas team were not in Doha.', 'named', 'Al-Ansari'],
    ['Leaders of the Hamas team were not in Doha, a senior official said.', 'anonymous', 'a senior official'],
    ['"The office is open," said Majed Al-Ansari.', 'named', 'Majed Al-Ansari'],
    ['The office is open, according to a Turkish diplomatic source.', 'anonymous', 'a Turkish diplomatic source'],
    ['One US official told CNN the group has little time.', 'anonymous', 'One US official'],
    ['An American source confirmed to KAN that Qatar had agreed.', 'anonymous', 'An American source'],
    ['Qatar agrees to kick Hamas out of Doha, sources say', 'anonymous', 'sources'],
    ['The Pentagon said in a statement that two drones were downed.', 'institutional', 'The Pentagon'],
    ['Hamas said in a statement that talks had stalled.', 'institutional', 'Hamas'],
    ['The White House announced new sanctions on Tuesday.', 'institutional', 'The White House'],
    ["Israel's military said it struck 30 targets.", 'institutional', "Israel's military"],
    ['A Gallup poll found that support had fallen.', 'institutional', 'A Gallup poll'],
    ['Israeli state broadcaster KAN reported on Sunday that the office had moved.', 'report', 'Israeli state broadcaster KAN'],
    ['Reuters had also reported that the US was exerting pressure.', 'report', 'Reuters'],
    ['The office moved to Turkey, according to The New York Times.', 'report', 'The New York Times'],
    ['US and Qatari sources told CNN the deal was done.', 'anonymous', 'US and Qatari sources'],
    ['Israeli officials said the strike was justified.', 'anonymous', 'Israeli officials'],
    ['People familiar with the talks said a deal was close.', 'anonymous', 'People familiar with the talks'],
    ['Biden said the deal was close.', 'named', 'Biden'],
    ['Experts say the ceasefire is fragile.', 'vague', 'Experts'],
    ['Critics say the plan will fail.', 'vague', 'Critics'],
    ['Polls show the offensive has wide support.', 'vague', 'Polls'],
    ['The official, who spoke on condition of anonymity, said the talks had collapsed.', 'anonymous', 'The official'],
    ['A senior Hamas official, Izzat Rishq, said the claims were baseless.', 'named', 'Izzat Rishq'],
    ['Ashraf al-Kidra, a Palestinian health official, said 40 people were killed.', 'named', 'Ashraf al-Kidra'],
    ['"The Israeli response will come at the right time," they said.', 'named', 'they'],
  ];
  for (const [text, type, source] of cases) {
    it(`${type}: ${text}`, () => {
      const c = claimOf(text);
      if (type === 'named' && source === 'they') {
        // "they" with no antecedent in the document is not resolved: no claim rather than a guess.
        expect(c).toBeUndefined();
        return;
      }
      expect(c?.type).toBe(type);
      expect(c?.source?.text).toBe(source);
      expect(c?.start).toBe(0);
      expect(c?.end).toBe(text.length);
    });
  }

  it('unattributed hedges are vague and carry the hedge as cue', () => {
    for (const [text, cue] of [
      ['Khaled Meshaal is believed to be residing in Qatar.', 'is believed to'],
      ['Iran is reportedly working on new missiles.', 'reportedly'],
      ['It is understood that the office will close.', 'it is understood'],
      ['The leaders are thought to be in Turkey.', 'are thought to'],
    ] as const) {
      const c = claimOf(text);
      expect(c?.type, text).toBe('vague');
      expect(c?.source, text).toBeNull();
      expect(c?.cue?.text.toLowerCase(), text).toBe(cue);
      expect(c?.reason, text).toMatch(/^hedge without a source/);
    }
  });

  it('a quotation spanning sentences takes the source where it closes, and a following quotation the previous source', () => {
    const text = '"What was reported has no basis. This has been repeated without evidence," the Hamas official told CNN on Saturday. "We will not leave."';
    const claims = analyzeText(text);
    expect(claims.map((c) => c.type)).toEqual(['anonymous', 'anonymous', 'anonymous']);
    expect(claims.every((c) => c.source?.text === 'the Hamas official')).toBe(true);
    expect(claims[0]!.reason).toMatch(/same quotation/);
  });

  it('a quotation left open at the end of a paragraph continues into the next', () => {
    const text = 'A senior official said: "The talks are over.\n\n"We will not return to Doha."';
    const claims = analyzeText(text);
    expect(claims).toHaveLength(2);
    expect(claims[1]!.type).toBe('anonymous');
  });

  it('pronouns and back-references follow the last source', () => {
    const named = analyzeText('Majed Al-Ansari spoke on Tuesday. Al-Ansari said the office was open. He said talks would resume.');
    expect(named.at(-1)?.type).toBe('named');
    const anon = analyzeText('A senior Hamas official said the reports were baseless. He said Hamas would stay.');
    expect(anon.map((c) => c.type)).toEqual(['anonymous', 'anonymous']);
    const spokesman = analyzeText('Hamas spokesman Taher al-Nunu denied the report. The spokesman said there was no truth to it.');
    expect(spokesman.map((c) => c.type)).toEqual(['named', 'named']);
    const plural = analyzeText('Officials said the strike hit a depot. He added that it was legal.');
    expect(plural.at(-1)?.type).toBe('named');
  });

  it('an outlet relaying an unnamed source is anonymous, also for a later pronoun', () => {
    const claims = analyzeText('The Times reported that a senior diplomat earlier this week threatened to resign. The Times says he stayed in Doha.');
    expect(claims.map((c) => c.type)).toEqual(['anonymous', 'anonymous']);
    expect(claims[0]!.source?.text).toBe('a senior diplomat');
    expect(claims[0]!.reason).toMatch(/via 'The Times'/);
    // A named person relayed by an outlet stays a report.
    expect(analyzeText('Reuters reported that Netanyahu had agreed.')[0]?.type).toBe('report');
    // An unnamed person the report is about, who says nothing, is no relayed source.
    expect(analyzeText('Israeli media said a man had been arrested.').map((c) => c.type)).toEqual(['report']);
  });

  it('evaluative verbs attribute only for unnamed groups and documents', () => {
    expect(analyzeText('Some state officials praised the plan.')[0]?.type).toBe('anonymous');
    expect(analyzeText('Netanyahu praised the plan.')).toEqual([]);
    expect(analyzeText('Everyone I interviewed criticized the proposal.')[0]?.type).toBe('vague');
  });

  it('"asked" attributes a question, not a request', () => {
    expect(analyzeText('A senior official asked whether the talks could resume.')[0]?.type).toBe('anonymous');
    expect(analyzeText('US officials have asked Qatar to use the threat of expulsion.')).toEqual([]);
  });

  it('"and" inside a source phrase: "Experts on X and Y said"', () => {
    const c = analyzeText('Experts on North Korea and nuclear nonproliferation said the test could change that.')[0];
    expect(c?.type).toBe('vague');
    expect(c?.source?.text).toBe('Experts on North Korea and nuclear nonproliferation');
  });

  it('cue words inside a quotation are the speaker\'s words, not an attribution', () => {
    const claims = analyzeText('"People say it does not matter," said Charlie King.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.type).toBe('named');
  });

  it('reasons quote the source a reader can check', () => {
    expect(claimOf('Leaders left Doha, a senior administration official said.')?.reason).toBe("no name given: 'a senior administration official'");
    expect(claimOf('Israeli state broadcaster KAN reported the move.')?.reason).toBe("attributed to another outlet: 'KAN'");
    expect(claimOf('Qatari foreign ministry spokesperson Majed Al-Ansari said on Tuesday that it was open.')?.reason).toBe("named person: 'Majed Al-Ansari'");
    expect(claimOf('The office is open, the Qatari foreign ministry says.')?.reason).toBe("organization's statement: 'the Qatari foreign ministry'");
  });

  it('does not flag plain narration', () => {
    expect(analyzeText('The war began in October. Troops entered Gaza City.\nPrices rose sharply.')).toEqual([]);
    // "to" followed by a verb ends a source phrase: no anonymous "person" here.
    expect(analyzeText('Take a look at the most recent person to get called a traitor.')).toEqual([]);
  });

  it('exports a version string', () => {
    expect(ANALYZER_VERSION).toMatch(/^attribution-\d+\.\d+\.\d+$/);
  });
});
