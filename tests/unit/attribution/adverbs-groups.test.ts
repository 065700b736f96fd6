/**
 * attribution-1.7.0, from the fourth held-out set and the flag diffs on 5,000 corpus articles
 * (sentences written for these tests): adverbs between a subject and its verb, "suggest",
 * sentiments set as events ("fears are rising that", "there were questions about"), people
 * described by what they know whatever their group, and what is no claim at all.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution/analyze';
import { unnamedClaims as unnamed } from './helpers';


describe('an adverb between the subject and the verb', () => {
  it('keeps the subject', () => {
    expect(unnamed('Polls consistently show that most voters back the truce.')).toEqual([{ type: 'vague', source: 'Polls' }]);
    expect(unnamed('Sources familiar with the planning now say the envoy will travel on Monday.')).toEqual([{ type: 'anonymous', source: 'Sources familiar with the planning' }]);
  });
  it('but not "even", "sometimes" or "immediately", which sit before narrative verbs', () => {
    expect(unnamed('Some even welcomed the chance to rest.')).toEqual([]);
    expect(unnamed('The advisers immediately told him of the call.')).toEqual([]);
  });
});

describe('"suggest"', () => {
  it('is a view when a group or a study holds it', () => {
    expect(unnamed('Some suggest that the weapons deliveries follow the fighting.')).toEqual([{ type: 'vague', source: 'Some' }]);
    expect(unnamed('Early polls suggest independents decided the race.')).toEqual([{ type: 'vague', source: 'Early polls' }]);
  });
  it('after a modal it is a hypothetical', () => {
    expect(unnamed('No one would suggest that we go to war over a drone.')).toEqual([]);
    expect(unnamed('It is the sort of thing an adviser might suggest to a president.')).toEqual([]);
  });
});

describe('sentiments set as events', () => {
  it('fears set as an event are a hedge with no one behind it', () => {
    expect(unnamed('In fact, fears are rising that the truce will collapse.')).toEqual([{ type: 'vague', source: null }]);
  });
  it('"there are questions about" marks an open issue in the writer\'s own analysis (a blind judge\'s call)', () => {
    expect(unnamed('There are questions about how the ban would be enforced.')).toEqual([]);
    expect(unnamed('There were no questions from reporters.')).toEqual([]);
  });
});

describe('people described by what they know', () => {
  it('withhold who they are, whatever their group', () => {
    expect(unnamed('Egyptians, Israelis and Americans briefed on the talks said Egypt had raised the crossings.'))
      .toEqual([{ type: 'anonymous', source: 'Israelis and Americans briefed on the talks' }]);
    expect(unnamed('Republicans close to the senator said he would run.')).toEqual([{ type: 'anonymous', source: 'Republicans close to the senator' }]);
  });
  it('a defined group that took part is not withheld', () => {
    expect(unnamed('The congressional Democrats involved in writing the act told the court they meant all states.')).toEqual([]);
  });
});

describe('no claim at all', () => {
  it('claiming responsibility, a toll "confirmed killed", a named person and the people around him', () => {
    expect(unnamed('No one immediately claimed responsibility for the blast.')).toEqual([]);
    expect(unnamed('At least three police officers now confirmed killed in the shooting.')).toEqual([]);
    // (The article names him as a person somewhere: in full, with a title, or mid-sentence.)
    expect(unnamed('Prime Minister Benjamin Netanyahu flew home. Netanyahu and other government officials welcomed the move.')).toEqual([]);
    expect(unnamed('Over the past few days, Cruz and his aides signaled that they were coming around.')).toEqual([]);
  });
});

describe('a he or she after an unnamed source', () => {
  it('is that source when no one else has come up', () => {
    expect(unnamed('“The talks are over,” an aide said. “He will not come back,” she added.')).toEqual([
      { type: 'anonymous', source: 'an aide' },
      { type: 'anonymous', source: 'she' },
    ]);
  });
  it('is not flagged once a named person opens a sentence or is named in full in between', () => {
    expect(unnamed('The envoy would not travel, an aide said. Trump came into office wary of handshakes. But he acknowledged on Saturday that he shakes hands now.')
      .filter((c) => c.source === 'he')).toEqual([]);
    expect(unnamed('The talks stalled, a source said, as Sen. Mara Velden called the plan unacceptable. “We need hearings,” he said.')
      .filter((c) => c.source === 'he')).toEqual([]);
  });
  it('a determiner or a show title is no person', () => {
    expect(unnamed('“Each hour it burns diesel,” says an electrical engineer with knowledge of the project, who asked not to be named. The Tarakhil plant, he adds, “was better for Dubai.”')
      .map((c) => c.source)).toEqual(['an electrical engineer with knowledge of the project', 'he']);
  });
  it('an epithet right after a named speaker is that speaker', () => {
    expect(unnamed('“It would be a crisis,” Dershowitz said. The famed attorney explained that illegal acts would need to be proven.')).toEqual([]);
  });
});

describe('polls', () => {
  it('whose pollster or sponsoring outlet is named are identified documents', () => {
    expect(unnamed('NBC/Marist polls found the senator ahead in Missouri.')).toEqual([]);
    expect(unnamed('The race is tied, according to two recent Quinnipiac University polls.')).toEqual([]);
    expect(unnamed('According to previous CNN polls, most voters want action.')).toEqual([]);
  });
  it('named in the same or the next sentence are that poll', () => {
    const text = 'Polls show that the public is not up in arms. A 1992 Louis Harris poll found that 70 percent agreed.';
    expect(unnamed(text)).toEqual([]);
    expect(analyzeText(text)[0]!.reason).toBe("the polls are named: 'A 1992 Louis Harris poll'");
    expect(unnamed('Recent polls show him gaining ground. An April poll had him behind.')).toEqual([{ type: 'vague', source: 'Recent polls' }]);
  });
  it('named as surveys or polls in the plural, or at the opening of the next paragraph, are those polls', () => {
    expect(unnamed('Polls show that voters oppose cuts. Pew Research surveys also show that they want more spending.')).toEqual([]);
    const lede = 'The two are locked in tight races, according to new polls that show voters divided.\n\nThe Quinnipiac University surveys, released on Tuesday, show her ahead.';
    expect(unnamed(lede)).toEqual([]);
    expect(analyzeText(lede)[0]!.reason).toBe("the polls are named: 'The Quinnipiac University surveys'");
    expect(unnamed('Some polls show the effort gaining ground.\n\nIn the Fox News poll, 51 percent want him removed.')).toEqual([]);
  });
  it('but not a poll later in the next paragraph (a new point), one state\'s poll, nor the poll a sentence confirms', () => {
    expect(unnamed('The candidates are the least trusted in memory, according to polls.\n\nAdd to this that most say the media fail them, according to a Gallup poll this month.'))
      .toEqual([{ type: 'vague', source: 'polls' }]);
    expect(unnamed('But subsequent polls later confirmed the May Quinnipiac surveys.')).toEqual([{ type: 'vague', source: 'subsequent polls' }]);
    expect(unnamed('But those voters, polls have shown, make up less than a third of the electorate.\n\nIn Michigan, a Monmouth University poll showed 23% undecided.'))
      .toEqual([{ type: 'vague', source: 'polls' }]);
  });
  it('described only by time, place or kind stay unnamed', () => {
    expect(unnamed('The latest national polls tell the story.')).toEqual([{ type: 'vague', source: 'The latest national polls' }]);
    // (An election's exit and entrance polls are one identified survey: relatives-passives.test.ts.)
    expect(unnamed('New York polls showed both leaders ahead.')).toEqual([{ type: 'vague', source: 'New York polls' }]);
    expect(unnamed('GOP polls showed the governor slipping.')).toEqual([{ type: 'vague', source: 'GOP polls' }]);
  });
});

describe('a cue that is the second verb of the sentence\'s subject', () => {
  it('takes the subject that opens the sentence', () => {
    expect(unnamed('Others are more circumspect and say there is little evidence of a link.')).toEqual([{ type: 'vague', source: 'Others' }]);
    expect(unnamed('Aides declined to share the whip count but said they were gaining votes.')).toEqual([{ type: 'anonymous', source: 'Aides' }]);
    expect(unnamed('Diplomats met in Cairo on Tuesday and said a deal was close.')).toEqual([{ type: 'anonymous', source: 'Diplomats' }]);
  });
  it('not a passive, an infinitive, a relative clause or a second subject', () => {
    expect(unnamed('Someone had used chalk to draw a sign and write a name on the wall.')).toEqual([]);
    expect(unnamed('Officials were mentioned in the complaint and are described as central figures.').filter((c) => c.source !== null)).toEqual([]);
    expect(unnamed('Some outlets highlighted an article that a senator promoted and said was great.')).toEqual([]);
    expect(unnamed('Militants fired rockets and officials said the truce was over.')).toEqual([{ type: 'anonymous', source: 'officials' }]);
  });
});
