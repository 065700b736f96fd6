/**
 * attribution-1.8.102, from held-out war-set misses and a corpus diff (sentences written for these tests):
 * "describe" and "describes" are verbs of saying as "described" was; a description not given is no claim; the
 * writer's "to hear X tell it" leaves X as the source; a video player's clip list is page furniture.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution';
import { unnamedClaims as unnamed } from './helpers';

describe('"describe" in the present', () => {
  it('attributes a characterization to its unnamed subject', () => {
    expect(unnamed('Friends describe him as a dogged prosecutor who shuns the limelight.')).toEqual([{ type: 'anonymous', source: 'Friends' }]);
    expect(unnamed('He attacked what many experts describe as a flawed policy.')).toEqual([{ type: 'vague', source: 'many experts' }]);
    expect(unnamed('A former adviser to the governor describes her as “a natural.”')).toEqual([{ type: 'anonymous', source: 'A former adviser to the governor' }]);
  });
  it('and to a named one, who is no unnamed source', () => {
    expect(unnamed('Cottle describes his supporters as “voters on the edges of the economy.”')).toEqual([]);
    const [c] = analyzeText('Cottle describes his supporters as “voters on the edges of the economy.”');
    expect(c?.type).toBe('named');
  });
  it('but a description not given says nothing', () => {
    expect(unnamed("That official didn't describe what the U.S. action would be.")).toEqual([]);
    expect(unnamed('The official declined to describe the plan.')).toEqual([]);
    expect(unnamed('Officials would not describe the talks.')).toEqual([]);
    // (A label refused is still a view.)
    expect(unnamed("Even some of his staunchest supporters wouldn't describe the president as compassionate."))
      .toEqual([{ type: 'vague', source: 'some of his staunchest supporters' }]);
  });
});

describe('"to hear X tell it"', () => {
  it('keeps the hearing out of the source', () => {
    expect(unnamed('To hear Sanders aides tell it, the senator had a condition.')).toEqual([{ type: 'anonymous', source: 'Sanders aides' }]);
    expect(unnamed('It was common, in 2008, to hear economists say that nothing had changed.')).toEqual([{ type: 'vague', source: 'economists' }]);
  });
});

describe('a video player\'s clip list', () => {
  it('is furniture: its clip titles are no claims, and a pronoun below does not refer to them', () => {
    const text = [
      'The governor said the inquiry would be fair.',
      '',
      "JUST WATCHED A friend says he saw the shooting Replay More Videos ... MUST WATCH A friend says he saw the shooting 02:54",
      '',
      '“These are deep problems,” he said.',
    ].join('\n');
    expect(unnamed(text)).toEqual([]);
  });
});

describe('a label in a free relative', () => {
  it('is no speaker of the sentence: a reported toll in it stays unsourced (1.8.105)', () => {
    expect(unnamed('But despite what the ambassador describes as great pains by the army not to hurt civilians -- including warning residents in phone calls -- scores of civilian casualties have been reported.'))
      .toEqual([{ type: 'vague', source: null }]);
  });
  it('while criticism in it may be the labeller’s own', () => {
    expect(unnamed('The minister balanced his hopeful comments with sharp criticism of what he called the militarization of the islands.')).toEqual([]);
  });
});
