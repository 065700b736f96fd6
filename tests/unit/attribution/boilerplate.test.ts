import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/attribution';

describe('page furniture never produces claims', () => {
  it('captions with credits, bylines, contributor lines, copyright', () => {
    const text = [
      'By Jane Doe, CNN',
      '',
      'Officials said the strike hit a depot.',
      '',
      'A soldier stands guard, officials say, in Gaza City. (photo credit: Jane Roe/Reuters)',
      'Mourners gather as sources say the toll rose',
      '(credit: REUTERS/JOHN ROE)',
      '',
      'Jane Doe contributed to this report.',
      '© 2024 Some Network, Inc. All rights reserved. Sources say nothing here.',
    ].join('\n');
    const claims = analyzeText(text);
    expect(claims).toHaveLength(1);
    expect(text.slice(claims[0]!.start, claims[0]!.end)).toBe('Officials said the strike hit a depot.');
  });

  it('a photo credit that says "copyright" late in the text does not end the article', () => {
    const para = 'The army said the strikes hit launch sites, and the health ministry said the toll had risen again overnight.';
    const text = [
      ...Array.from({ length: 6 }, () => para).map((p, i) => `${p} (${i})`),
      'Image copyright Reuters Image caption Officials said troops had moved to the border',
      'Media playback is unsupported on your device Media caption Militants said they had fired rockets',
      'In order to prevent that, Israeli officials have signalled they are targeting only one group.',
    ].join('\n\n');
    const claims = analyzeText(text);
    const flagged = claims.filter((c) => c.type === 'anonymous').map((c) => text.slice(c.start, c.end));
    // The captions stay unflagged; the story after them is still read.
    expect(flagged).toEqual(['In order to prevent that, Israeli officials have signalled they are targeting only one group.']);
  });

  it('related and popular headline lists, tag lines and repeated headlines', () => {
    const text = [
      'Qatar expels Hamas leaders, sources say',
      '',
      'Qatar expels Hamas leaders, sources say',
      '',
      'The decision came after months of talks, a senior official said, and was confirmed on Friday by two diplomats who spoke to reporters.',
      '',
      'Related Articles',
      '',
      'Ceasefire talks stall, Egyptian source says Aid trucks enter Gaza, UN officials say',
      'Popular',
      'MidEast|Political|US',
      '',
      'White House says case is closed',
      '',
      'Bodies recovered from grave in Gaza, UN officials say',
    ].join('\n');
    const claims = analyzeText(text);
    expect(claims.map((c) => text.slice(c.start, c.end).slice(0, 20))).toEqual(['Qatar expels Hamas l', 'The decision came af']);
    expect(claims[0]!.start).toBe(0);
  });

  it('navigation runs of short unpunctuated lines, but not the title', () => {
    const text = 'Home\nWorld\nOfficials say more\nPolitics\n\nTitle of the story, officials say\n\nBody text here. Officials said so.';
    const claims = analyzeText(text, { title: 'Title of the story, officials say' });
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual(['Title of the story, officials say', 'Officials said so.']);
  });
});
