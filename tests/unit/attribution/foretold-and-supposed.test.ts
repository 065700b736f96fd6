/**
 * attribution-1.8.153 to 1.8.157: words foretold or supposed, which no one has said. Found by a random draw
 * of unnamed flags ("They could then tell conservatives that …") and then by reading every claim whose cue follows a
 * modal in the corpus: "Others may blame technology", "what some might call lofty goals", "Some will blame the
 * chairman", "defense lawyers will surely counter that …"; then every hedge in the passive after a modal ("should be
 * condemned"). Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { claims, unnamedClaims } from './helpers';

describe('words supposed, allowed or owed', () => {
  it('are no claim after "may", "might", "could", "can" or "must"', () => {
    expect(unnamedClaims('Others may blame the weather for the losses at the harbor.')).toEqual([]);
    expect(unnamedClaims('Some people might call that an unfair comparison.')).toEqual([]);
    expect(unnamedClaims('He also covered what some might call lofty goals for the next term.')).toEqual([]);
    expect(unnamedClaims('A defense lawyer for the driver could contend that a fair trial was impossible in the city.')).toEqual([]);
    expect(unnamedClaims('Under the rule, agents may not consider race when they stop a car.')).toEqual([]);
    expect(unnamedClaims('They could then tell the donors that the bill is dead.')).toEqual([]);
  });
  it('are no claim past an adverb or a negation', () => {
    expect(unnamedClaims('Some may mistakenly find the plan reassuring.')).toEqual([]);
    expect(unnamedClaims('Even its fiercest critics can’t deny the mayor’s command of the race.')).toEqual([]);
    expect(unnamedClaims('Some might even argue that the city is more divided than ever.')).toEqual([]);
    expect(unnamedClaims('Others will still call for its end.')).toEqual([]);
    expect(unnamedClaims('There are too many things people can’t say anymore.')).toEqual([]);
  });
  it('are no claim of a named speaker either', () => {
    expect(claims('Moscow could easily deny any part in the raid.')).toEqual([]);
    expect(claims('The mayor could also argue that the budget was balanced.')).toEqual([]);
  });
  it('leave the speaker who reports them', () => {
    expect(claims('Gomez said pollsters could not predict who would win the seat.')).toEqual([{ type: 'named', source: 'Gomez' }]);
    expect(claims('Skeptics might also note that Gomez called for a new bridge last year.')).toEqual([{ type: 'named', source: 'Gomez' }]);
  });
  it('still claim after "would", which reports the past too', () => {
    expect(claims('Gomez would later tell reporters that the bridge was safe.')).toEqual([{ type: 'named', source: 'Gomez' }]);
    expect(claims('Despite the order, Gomez would then admit that he has no idea how many people came.'))
      .toEqual([{ type: 'named', source: 'Gomez' }]);
    expect(unnamedClaims('Two officials would later tell reporters that the bridge was safe.'))
      .toEqual([{ type: 'anonymous', source: 'Two officials' }]);
  });
  it('still claim when the modal ended a clause before the cue', () => {
    expect(unnamedClaims('Several aides said they would stay. Two who said they won’t conceded that the race was over.'))
      .toEqual([{ type: 'anonymous', source: 'Several aides' }, { type: 'anonymous', source: 'they' }]);
  });
  it('are no claim after a modal in capitals', () => {
    expect(claims('BOOK: ‘YOU CAN’T TELL THE DIFFERENCE BETWEEN HIM AND A PAID PUNDIT’')).toEqual([]);
  });
  it('are read apart from a name written like a modal', () => {
    expect(unnamedClaims('Ministers close to Theresa May insist that the deal is dead.'))
      .toEqual([{ type: 'anonymous', source: 'Ministers close to Theresa May' }]);
  });
});

describe('words foretold', () => {
  it('are no claim of an unnamed group', () => {
    expect(unnamedClaims('Some will blame the party chairman for the defeat.')).toEqual([]);
    expect(unnamedClaims('Many will see the pick as a risky departure.')).toEqual([]);
    expect(unnamedClaims('Yet defense lawyers will surely counter that the driver has no known ties to the group.')).toEqual([]);
    expect(unnamedClaims('In some districts, party officials will urge campaigns to open call centers.')).toEqual([]);
    expect(unnamedClaims('It is not nearly as big as some will suggest.')).toEqual([]);
  });
  it('are no claim after "\'ll" either', () => {
    expect(unnamedClaims('Critics of the plan will say it costs too much. They’ll say the state cannot afford it.')).toEqual([]);
  });
  it('stay a claim of a named speaker, whose remarks are often given out beforehand', () => {
    expect(claims('Gomez will also say that his goal is to “provide as much transparency as I can.”'))
      .toEqual([{ type: 'named', source: 'Gomez' }]);
    expect(claims('The committee will suggest a tax on large platforms.')).toEqual([{ type: 'institutional', source: 'The committee' }]);
  });
  it('are no claim past a verb of aspect', () => {
    expect(unnamedClaims('Reasonable people will continue to debate the question for years.')).toEqual([]);
    expect(unnamedClaims('Party allies will be quick to point out that two of his closest aides are women.')).toEqual([]);
  });
  it('read a fused "’ll" apart from its pronoun', () => {
    expect(claims('“It is over,” Gomez said. He’ll tell members of Congress that help is on the way.'))
      .toEqual([{ type: 'named', source: 'Gomez' }, { type: 'named', source: 'He' }]);
  });
  it('leave the speaker who reports them', () => {
    expect(claims('Donio says the singer’s lawyers will likely argue that a prison cannot care for him.'))
      .toEqual([{ type: 'named', source: 'Donio' }]);
  });
});

describe('a judgment in the passive after a modal', () => {
  it('is the writer\'s own, no hedge', () => {
    expect(unnamedClaims('The attack on the reporter should be condemned.')).toEqual([]);
    expect(unnamedClaims('Polls may be criticized for their sample sizes, but results carry no margin of error.')).toEqual([]);
    expect(unnamedClaims('The mayor will be blamed for the delays whatever he does.')).toEqual([]);
    expect(unnamedClaims('His mixed legacy will be debated for years to come.')).toEqual([]);
    expect(unnamedClaims('The hearing will also be viewed as a milestone in the inquiry.')).toEqual([]);
    expect(unnamedClaims('If he comes in third, he’ll be portrayed as a loser.')).toEqual([]);
  });
  it('stays a hedge when it is given, and "can be expected to" stays a forecast', () => {
    expect(unnamedClaims('The plan has been criticized as too costly.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('The hearing is viewed as a milestone in the inquiry.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('Most supporters can be expected to vote for him.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamedClaims('She’d been called a maverick for taking on the leadership.')).toEqual([{ type: 'vague', source: null }]);
  });
});

describe('a surname that is a modal or a month', () => {
  it('stays part of the name', () => {
    expect(claims('Prime Minister Theresa May said the plan had failed.')).toEqual([{ type: 'named', source: 'Prime Minister Theresa May' }]);
    expect(claims('Theresa May said the plan had failed.')).toEqual([{ type: 'named', source: 'Theresa May' }]);
    expect(claims('Columnist George Will wrote that the party was lost.')).toEqual([{ type: 'named', source: 'Columnist George Will' }]);
  });
  it('is in the name the reader is shown', () => {
    expect(analyzeText('Prime Minister Theresa May said the plan had failed.').map((c) => c.reason)).toEqual(["named person: 'Theresa May'"]);
  });
  it('is no name after a word of time, nor in a headline', () => {
    expect(unnamedClaims('Last April, a source close to the actress claimed that she felt wronged.'))
      .toEqual([{ type: 'anonymous', source: 'a source close to the actress' }]);
    expect(unnamedClaims('Governor May Seek New Powers, Aides Say')).toEqual([{ type: 'anonymous', source: 'Aides' }]);
    expect(claims('Governor May Warn Lawmakers on Debt')).toEqual([{ type: 'institutional', source: 'Governor' }]);
    expect(claims('Last August, Rev. William Owens, chairman of the group, told reporters that it was over.'))
      .toEqual([{ type: 'named', source: 'Rev. William Owens' }]);
    expect(claims('WHAT GOMEZ WILL SAY: Gomez will use the speech to reset the tone, KSL’s Dana Cole notes.'))
      .toEqual([{ type: 'named', source: 'KSL’s Dana Cole' }]);
  });
});
