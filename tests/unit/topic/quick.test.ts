import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS } from '../../../utils/topic/defaultTopics';
import { makeUserTopic } from '../../../utils/topic/profile';
import { quickTopicCheck } from '../../../utils/topic/score';

describe('quickTopicCheck', () => {
  it('passes pages whose title, description or URL name the war or its actors', () => {
    expect(quickTopicCheck(DEFAULT_TOPICS, { title: 'Live updates: Rafah crossing' })).toBe(true);
    expect(quickTopicCheck(DEFAULT_TOPICS, { title: 'World news', description: 'Talks on a Gaza truce resume' })).toBe(true);
    expect(quickTopicCheck(DEFAULT_TOPICS, { title: 'Live', url: 'https://example.com/world/2024/01/israel-hostage-talks' })).toBe(true);
    // Spillover actors pass regardless of date: the full score has the date.
    expect(quickTopicCheck(DEFAULT_TOPICS, { title: 'Houthis claim attack' })).toBe(true);
  });

  it('passes two different generic terms, not one', () => {
    expect(quickTopicCheck(DEFAULT_TOPICS, { title: 'Ceasefire talks stall over hostages' })).toBe(true);
    expect(quickTopicCheck(DEFAULT_TOPICS, { title: 'Ceasefire ends in Sudan' })).toBe(false);
  });

  it('rejects everyday pages', () => {
    for (const title of ['Best pasta recipes for spring', 'Quarterly earnings beat forecasts', 'Docs: getting started']) {
      expect(quickTopicCheck(DEFAULT_TOPICS, { title, url: 'https://example.com/a/b-c' })).toBe(false);
    }
  });

  it('survives a malformed URL escape', () => {
    expect(quickTopicCheck(DEFAULT_TOPICS, { title: 'x', url: 'https://e.com/%E0%A4%A/gaza' })).toBe(true);
  });

  it('checks user topics too', () => {
    const t = makeUserTopic({ name: 'Chess', keywords: ['chess', 'Magnus Carlsen'] });
    expect(quickTopicCheck([t], { title: 'Magnus Carlsen wins again' })).toBe(true);
    expect(quickTopicCheck([t], { title: 'Checkers final' })).toBe(false);
    expect(quickTopicCheck([], { title: 'Gaza' })).toBe(false);
  });
});
