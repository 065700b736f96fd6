/**
 * attribution-1.8.136: what a person is, said after "be", is no one speaking. Found by reading every unnamed flag whose
 * source phrase follows "is"/"was"/"has been" in the corpus: most were false ("Manafort was one of six top Trump
 * associates charged", "Nathan L. Gonzales is an elections analyst for CQ Roll Call"). With them, counted and quantified
 * groups of people with a capitalized name ("some Egyptians", "five Conservative Brexiteer MPs") that had been read as a
 * person's name, a passive's agent that ran on into its relative clause, and "learned to". Then (1.8.137) the words just before
 * an unnamed subject: a causative "have" ("have someone explain"), the speaker's own "I think", and "who have" before a
 * participle. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { classifySource } from '../../../utils/attribution/source';
import { analyzeText } from '../../../utils/attribution/analyze';
import { claims, unnamedClaims } from './helpers';

describe('a phrase after "be" that says what a person is', () => {
  it('is not the subject of a verb after it', () => {
    // (The phrase runs on over "and" into the next clause: "Democrats have suggested" is no "close ally".)
    expect(unnamedClaims('Whitaker is a close ally of the governor and Democrats have suggested he was picked for that reason.')).toEqual([]);
    // (A past participle after it describes the person: "charged" is no verb of the phrase.)
    expect(unnamedClaims('Brandt was one of six former aides charged in the inquiry into the contracts.')).toEqual([]);
    expect(unnamedClaims('He was the first person charged in the investigation.')).toEqual([]);
    // (A noun that looks like a cue: "say", "Call".)
    expect(unnamedClaims('Lee has been a leading advocate for giving the legislature more say over the budget.')).toEqual([]);
    expect(unnamedClaims('Maria L. Ortega is an elections analyst for Capitol Call.')).toEqual([]);
    // (A relative clause of the person's: she is the clerk who thought, no unnamed clerk.)
    expect(unnamedClaims('She is a county clerk in Kentucky who apparently thought that she could ignore the ruling.')).toEqual([]);
  });
  it('in a relative clause, the one the clause describes speaks', () => {
    expect(unnamedClaims('A professor who is an expert on trauma tweeted that he found the account credible.'))
      .toEqual([{ type: 'anonymous', source: 'A professor' }]);
    expect(claims('Anatoly Petrov, a lawyer who is a member of the Public Chamber, a Kremlin advisory body, said that the request was filed.'))
      .toEqual([{ type: 'named', source: 'Anatoly Petrov' }]);
    expect(unnamedClaims('A former student who now is a teacher told the paper that the classes were too big.'))
      .toEqual([{ type: 'anonymous', source: 'A former student' }]);
    // (Words of access after "be" withhold the name as they do without it.)
    expect(unnamedClaims('But congressional aides who were briefed on the matter confirmed that the director was placed on leave.'))
      .toEqual([{ type: 'anonymous', source: 'congressional aides' }]);
  });
  it('still speaks after "there", "it" or an abstract noun, and before an -ing form', () => {
    expect(unnamedClaims('There are many who believe the government is too large.')).toEqual([{ type: 'vague', source: 'many' }]);
    expect(unnamedClaims('It could be his close advisers telling him that he went too far.'))
      .toEqual([{ type: 'anonymous', source: 'his close advisers' }]);
    expect(unnamedClaims('One of the unintended consequences is people say the police are too harsh.'))
      .toEqual([{ type: 'vague', source: 'people' }]);
    // (Nor past a dash: the phrase after it opens a clause of its own.)
    expect(unnamedClaims('Perhaps showing why health officials are urging caution -- saying the drug needs more study and might not be the cure it is billed to be -- officials in Lagos state have reported three overdoses since the drug entered the conversation.'))
      .toEqual([{ type: 'anonymous', source: 'officials in Lagos state' }]);
  });
  it('and what the search ran back over from "who" is no speaker', () => {
    expect(unnamedClaims('Avenatti said he represents multiple people who were witnesses to the events described in his email.')).toEqual([]);
  });
});

describe('a counted or quantified group with a capitalized name', () => {
  it('is people left unnamed, not a person', () => {
    expect(classifySource('some Egyptians')).toMatchObject({ type: 'vague' });
    expect(classifySource('Many African-Americans')).toMatchObject({ type: 'vague' });
    expect(classifySource('five Conservative Brexiteer MPs')).toMatchObject({ type: 'anonymous' });
    expect(unnamedClaims('Some Spaniards said they had been waiting for it.')).toEqual([{ type: 'vague', source: 'Some Spaniards' }]);
    expect(unnamedClaims('However, five Conservative Brexiteer MPs said they will support the government.'))
      .toEqual([{ type: 'anonymous', source: 'five Conservative Brexiteer MPs' }]);
  });
  it('not a machine, a headline, a name with a capitalized number, a coordination or a clause', () => {
    expect(unnamedClaims('Two Turkish F-16s responded "within engagement rules," the country\'s officials said.'))
      .toEqual([{ type: 'anonymous', source: "the country's officials" }]);
    expect(unnamedClaims('“That choice is really up to them,” Two Bulls said.')).toEqual([]);
    expect(classifySource('SEVEN KEY TAKEAWAYS')?.type).not.toBe('anonymous');
    expect(classifySource('Various')).toBeNull();
    expect(classifySource('many Sanders and Warren')?.type).not.toBe('vague');
    expect(unnamedClaims('Many media outlets accepted whatever emails WikiLeaks published.')).toEqual([]);
    expect(unnamedClaims('Many trusted whatever WikiLeaks published.')).toEqual([]);
  });
});

describe("a passive's agent", () => {
  it('ends before its relative clause or a reason in "for … -ing"', () => {
    expect(unnamedClaims('The channel has been criticised by many Egyptians who took to the streets last year.'))
      .toEqual([{ type: 'vague', source: 'many Egyptians' }]);
    expect(unnamedClaims('The governor has been criticized by some activists for distancing himself from the community.'))
      .toEqual([{ type: 'vague', source: 'some activists' }]);
  });
  it('keeps a pronoun the clause defines', () => {
    expect(unnamedClaims('He has long been considered a straight shooter by those who worked with him.'))
      .toEqual([{ type: 'anonymous', source: 'those who worked with him' }]);
  });
});

describe('"learned"', () => {
  it('"learned to" and "learned how" tell of a skill, not of news', () => {
    expect(claims('After the class, she learned to joke with people on the bus.')).toEqual([]);
    expect(claims('Clinton has gradually learned how to fake it.')).toEqual([]);
  });
  it('"has learned that" still reports', () => {
    expect(claims('CNN has learned that the talks stalled on Monday.')).toEqual([{ type: 'report', source: 'CNN' }]);
  });
});

describe('what stands right before an unnamed subject', () => {
  it('a causative "have" makes people do the verb; they say nothing', () => {
    expect(unnamedClaims('Comey would have the investigators believe that the aide forwarded the emails.')).toEqual([]);
    expect(unnamedClaims('If arrested, have a family member call the coalition hotline.')).toEqual([]);
    expect(unnamedClaims('The president has been allowed to have defense lawyers call witnesses.')).toEqual([]);
  });
  it('so do "make", "let" and "help", past an "even" (1.8.146)', () => {
    expect(unnamedClaims('The string of defeats will make even some loyalists wonder if the party can recover.')).toEqual([]);
    expect(unnamedClaims('The shortage will make more people think about where their medicine is made.')).toEqual([]);
    expect(unnamedClaims('The hearings helped many voters understand that the stakes were high.')).toEqual([]);
  });
  it('not "had", an -ing form or a relative clause: those tell what people said', () => {
    expect(unnamedClaims("I've had some voters tell me they sympathize with the migrants."))
      .toEqual([{ type: 'vague', source: 'some voters' }]);
    expect(unnamedClaims('So I have a senior campaign source claiming the governor wrote the speech himself.'))
      .toEqual([{ type: 'anonymous', source: 'a senior campaign source' }]);
    expect(unnamedClaims('The judge said on air that he has sources who say the agency was involved.'))
      .toEqual([{ type: 'anonymous', source: 'sources' }]);
  });
  it('"I think" before a group is the speaker\'s own view of it', () => {
    expect(unnamedClaims('I think most people agree that some immigration is good for the country.')).toEqual([]);
    expect(unnamedClaims('I still don’t think most people understand the Electoral College.')).toEqual([]);
    expect(unnamedClaims('I don’t think many people are saying we should turn off all smartphones.')).toEqual([]);
    // (A named speaker recalled stays: "I think Evan said it well".)
    expect(claims('I think Evan said it well.')).toEqual([{ type: 'named', source: 'Evan' }]);
    expect(unnamedClaims('Officials say most people agree the plan failed.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
  });
  it('after "who have" and a participle, the one the clause describes speaks', () => {
    expect(unnamedClaims('“They were friendly but not relaxed,” one lawyer who has visited the office said.'))
      .toEqual([{ type: 'anonymous', source: 'one lawyer' }]);
    expect(unnamedClaims('Multiple members of Congress who had backed the senator told CNN they got calls within hours.'))
      .toEqual([{ type: 'anonymous', source: 'Multiple members of Congress' }]);
  });
  it('not before an -ing form, a verb of finding without "that", or a noun after "since"', () => {
    expect(unnamedClaims('When people who have committed crimes cannot find jobs, they are more likely to offend again.')).toEqual([]);
    expect(unnamedClaims('Trump is someone who has spent much of his life telling himself a story about his own life.')).toEqual([]);
    expect(claims('The total number of Americans who have lost their jobs since claims spiked five weeks ago rose to 26 million.')).toEqual([]);
    expect(unnamedClaims('One moderate Republican who has backed a clean spending bill, Rep. Michael Grimm of New York, said that both sides had dug in.')).toEqual([]);
    // (Nor a phrase that opens no clause: the object of "identified".)
    expect(unnamedClaims('Rich McHugh, a journalist who served as a producer at NBC News, has identified more people who have corroborated elements of Reade’s claim.')).toEqual([]);
  });
});

describe('"claim" with a thing taken or asked for', () => {
  it('asserts nothing', () => {
    expect(unnamedClaims('Thousands of families cross the border each month, many claiming asylum.')).toEqual([]);
    expect(unnamedClaims('One reason for this is that people often claim the credit in error.')).toEqual([]);
    expect(claims('The shooting claimed the lives of 20 children.')).toEqual([]);
  });
  it('but a clause after it, or a victory declared, is a claim', () => {
    expect(unnamedClaims('Officials claimed the benefits were paid on time.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
    expect(claims('Despite the cost, Hamas claimed victory on Thursday.')).toEqual([{ type: 'institutional', source: 'Hamas' }]);
  });
});

describe('a past participle after the object of a preposition, in a clause that has its verb', () => {
  it('describes the people (a reduced passive); they say nothing', () => {
    expect(unnamedClaims('It would also impose sanctions on individuals found to have taken part in the interference.')).toEqual([]);
    expect(unnamedClaims('I was among the first American diplomats posted to Libya after the war.')).toEqual([]);
    expect(unnamedClaims('CNN is reaching out to others accused in the lawsuit.')).toEqual([]);
    expect(unnamedClaims('Some lawmakers have said the whistleblower should be among the witnesses called during the trial.'))
      .toEqual([{ type: 'vague', source: 'Some lawmakers' }]);
  });
  it('not "said" with its "who" left out, a relative clause without "that", or a subject with no verb before it', () => {
    expect(unnamedClaims('She was among a handful of residents said they never saw her in town.'))
      .toEqual([{ type: 'vague', source: 'a handful of residents' }]);
    expect(unnamedClaims('The budget process had been proceeding on an accelerated schedule some officials said is typical of election years.'))
      .toEqual([{ type: 'anonymous', source: 'some officials' }]);
    expect(unnamedClaims('The group has grown into something many predicted would happen.')).toEqual([{ type: 'vague', source: 'many' }]);
    expect(unnamedClaims('A preliminary report released Tuesday by federal crash investigators found no anomalies with the brakes.'))
      .toEqual([{ type: 'anonymous', source: 'federal crash investigators' }]);
  });
});

describe('"suspect" as a noun', () => {
  it('after an -ing form or a word that describes a suspect, is no cue', () => {
    expect(unnamedClaims('The rules prohibit prosecutors from prejudicing suspects by publicizing the evidence.')).toEqual([]);
    expect(unnamedClaims('The police focused on three college friends of Boston bombing suspect Dzhokhar Tsarnaev.')).toEqual([]);
    expect(unnamedClaims('The convictions stemmed from white police officers investigating black suspects in the city.')).toEqual([]);
    expect(unnamedClaims('Some Democrats in Congress do not want terror suspects housed in U.S. facilities.')).toEqual([]);
  });
  it('is a verb after its subject, with or without an adverb', () => {
    expect(unnamedClaims('Investigators now suspect the bombs were built at home.')).toEqual([{ type: 'anonymous', source: 'Investigators' }]);
    expect(unnamedClaims('Officials suspect Russian agents of the phishing attacks.')).toEqual([{ type: 'anonymous', source: 'Officials' }]);
  });
});

describe('the source phrase shown', () => {
  it('ends before a relative clause the search cut short', () => {
    const c = analyzeText('“It was no fantasy,” said another former official who worked on the Middle East.');
    expect(c.map((x) => [x.type, x.source?.text, x.reason])).toEqual([['anonymous', 'another former official', "no name given: 'another former official'"]]);
    expect(unnamedClaims('“I could strangle you,” quipped one senator who’s tried in vain to find a deal.')).toEqual([{ type: 'anonymous', source: 'one senator' }]);
  });
  it('keeps "that" and "which" as determiners, and what a pronoun needs', () => {
    expect(unnamedClaims('The plan will fail, said a source familiar with that decision.')).toEqual([{ type: 'anonymous', source: 'a source familiar with that decision' }]);
    expect(unnamedClaims('He has long been considered a straight shooter by those who worked with him.'))
      .toEqual([{ type: 'anonymous', source: 'those who worked with him' }]);
  });
});

describe('"the official" after a named official', () => {
  it('refers back to the named person whose description held the role', () => {
    const text = 'John Smith, a State Department official, said the talks stalled. The official added that more rounds were planned. The official also said a deal was near.';
    expect(claims(text)).toEqual([
      { type: 'named', source: 'John Smith' }, { type: 'named', source: 'The official' }, { type: 'named', source: 'The official' }]);
    expect(analyzeText(text)[1]!.reason).toBe("named person: 'John Smith'");
    // (A title before the name set off by commas; the pronoun after it follows.)
    expect(claims('That white officer, former St. Louis police Officer Jason Stockley, said he understands the anger. The former officer said he was concerned for the protesters. He said he can feel for the family.'))
      .toEqual([{ type: 'named', source: 'Jason Stockley' }, { type: 'named', source: 'The former officer' }, { type: 'named', source: 'He' }]);
  });
  it('not after an unnamed one, a former holder, a name among many, or one said to withhold the name', () => {
    expect(unnamedClaims('A senior official said the talks stalled. The official added that more rounds were planned.'))
      .toEqual([{ type: 'anonymous', source: 'A senior official' }, { type: 'anonymous', source: 'The official' }]);
    expect(unnamedClaims('A senior Commerce official told reporters the rule was needed. Washington lawyer Kevin Wolf, a former Commerce Department official, said the rule was broad. The official said each case would be judged on its merits.'))
      .toEqual([{ type: 'anonymous', source: 'A senior Commerce official' }, { type: 'anonymous', source: 'The official' }]);
    expect(unnamedClaims('Mark Giaconia, an Army soldier, recalled the campaign. Two other soldiers said the Kurds were loyal. “It was front of mind,” said the soldier.'))
      .toEqual([{ type: 'anonymous', source: 'Two other soldiers' }, { type: 'anonymous', source: 'the soldier' }]);
    // (Nor one whose phrase ends on a name it is not: the official travels with Kerry.)
    expect(unnamedClaims('The flights occur daily, according to a senior State Department official accompanying Kerry. The State Department official said the talks would go on.'))
      .toEqual([{ type: 'anonymous', source: 'a senior State Department official accompanying Kerry' }, { type: 'anonymous', source: 'The State Department official' }]);
    expect(unnamedClaims('Mark Giaconia, an Army soldier, recalled the campaign. “It was front of mind,” said the soldier, who spoke on condition of anonymity.'))
      .toEqual([{ type: 'anonymous', source: 'the soldier' }]);
    expect(unnamedClaims('Kushner, the official said, told him to call the president. The official denied there was any offer.'))
      .toEqual([{ type: 'anonymous', source: 'the official' }, { type: 'anonymous', source: 'The official' }]);
  });
});

describe('criticism with its makers after "from"', () => {
  it('from an unnamed group, that group is the source shown', () => {
    expect(unnamedClaims('The plan faced criticism from some activists even as crime fell.')).toEqual([{ type: 'vague', source: 'some activists' }]);
    expect(unnamedClaims('He drew criticism from some conservatives over his budget deal.')).toEqual([{ type: 'vague', source: 'some conservatives' }]);
    expect(analyzeText('He drew criticism from opponents for refusing to testify.')[0]!.reason).toBe("unidentified group: 'opponents'");
  });
  it('with no makers, or only a place of them, the hedge stays', () => {
    expect(unnamedClaims('The move drew widespread criticism.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('The chairwoman faced criticism from within her party.')).toEqual([{ type: 'vague', source: null }]);
  });
});
