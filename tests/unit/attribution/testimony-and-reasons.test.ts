/**
 * attribution-1.8.98 and 1.8.99, from random samples of 45 and 50 unnamed flags on corpus articles 25,000–28,000
 * (sentences written for these tests): testimony with nothing of it said, a candidate "considered for"
 * a post, the subject of a "reason (why)" clause, a passive with "often" or "now" before it (1.8.98), and
 * fears or concerns with a relative clause after "that" (1.8.99).
 */
import { describe, expect, it } from 'vitest';
import { unnamedClaims as unnamed } from './helpers';

describe('"testified" with nothing of the testimony said', () => {
  it('tells who gave testimony, not a claim', () => {
    expect(unnamed('Seven members of the platoon testified against the chief at his trial.')).toEqual([]);
    expect(unnamed('Two officials testified before Congress on Tuesday.')).toEqual([]);
    expect(unnamed('Those officials testified in October during a hearing of the subcommittee.')).toEqual([]);
  });
  it('but testimony that says something stays a claim', () => {
    expect(unnamed('Two officials testified before the House Intelligence Committee on Tuesday that the program failed.'))
      .toEqual([{ type: 'anonymous', source: 'Two officials' }]);
    expect(unnamed('A witness testified he saw the car.')).toEqual([{ type: 'anonymous', source: 'A witness' }]);
    expect(unnamed('One officer testified, “I saw nothing.”')).toEqual([{ type: 'anonymous', source: 'One officer' }]);
    // The tail after what was said.
    expect(unnamed('Some 30 percent of parents cut the bracelet off in the first days, an immigration official testified to Congress last year.'))
      .toEqual([{ type: 'anonymous', source: 'an immigration official' }]);
  });
});

describe('"considered for" a post', () => {
  it('is a candidate weighed, no view of anyone', () => {
    expect(unnamed('The governor, who was considered for running mate before the nominee chose another, spoke first.')).toEqual([]);
    expect(unnamed('Other cities which had been considered for the summit included Ulaanbaatar.')).toEqual([]);
  });
  it('while "considered" with a judgment stays a hedge', () => {
    expect(unnamed('He is considered a threat to the region.')).toEqual([{ type: 'vague', source: null }]);
  });
});

describe('a "reason (why)" clause', () => {
  it('has the group after "reason" as its speaker', () => {
    expect(unnamed('The lack of supplies is one reason experts worry the hospitals will not cope.')).toEqual([{ type: 'vague', source: 'experts' }]);
    expect(unnamed('Yet that is one reason some lawmakers are critical of the meetings.')).toEqual([{ type: 'vague', source: 'some lawmakers' }]);
  });
});

describe('a passive with an adverb after "be"', () => {
  it('has no speaker in its subject', () => {
    expect(unnamed('The alliance is often described as the most successful in history.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamed('Officers are often told to leave.')).toEqual([]);
    expect(unnamed('Officials were first told of the plan on Monday.')).toEqual([]);
  });
  it('while the progressive keeps its subject', () => {
    expect(unnamed('Those same commentators are now raising doubts about him.')).toEqual([{ type: 'vague', source: 'Those same commentators' }]);
  });
});

describe('"fears that", "concerns that" with a relative clause', () => {
  it('name the fears without any content, no hedge', () => {
    expect(unnamed('Seneca lists the three most common fears that attack us during illness.')).toEqual([]);
    expect(unnamed('He named the concerns that keep him awake.')).toEqual([]);
    expect(unnamed('The concerns that were raised last year went unanswered.')).toEqual([]);
  });
  it('while a fear with its content stays a hedge', () => {
    expect(unnamed('There are fears that it will fail.')).toEqual([{ type: 'vague', source: null }]);
    expect(unnamed('It came amid a general perception that the US and China were near a deal.')).toEqual([{ type: 'vague', source: null }]);
  });
});
