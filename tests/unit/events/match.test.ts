import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { addToEvent, EventIndex, matchEvent, newEvent, thresholdFor, dayGap } from '../../../utils/events/match';
import { fingerprintArticle } from '../../../utils/events/fingerprint';
import { readSeeds, seedsExist, SHARED } from './seed-claims';

const strikes = {
  title: 'Israeli airstrike flattens Gaza tower housing AP and Al Jazeera offices',
  text: 'An Israeli airstrike destroyed a 12-story tower in Gaza City on Saturday that housed the offices of The Associated Press and Al Jazeera, after the owner was warned to evacuate.',
  date: '2021-05-15',
  outlet: 'Wire A',
};
const strikes2 = {
  title: 'Israel bombs Gaza building that held AP, Al Jazeera bureaus',
  text: 'Israel bombed a high-rise in Gaza City that housed The Associated Press and Al Jazeera bureaus on Saturday, an hour after the building owner received a warning call.',
  date: '2021-05-15',
  outlet: 'Paper B',
};
const ceasefire = {
  title: 'Israel and Hamas agree to cease-fire after 11 days of fighting',
  text: 'Israel and Hamas agreed to a cease-fire on Thursday brokered by Egypt, ending 11 days of fighting in the Gaza Strip that killed more than 240 people.',
  date: '2021-05-20',
  outlet: 'Wire A',
};
const ceasefire2 = {
  title: 'Cease-fire between Israel and Hamas takes effect',
  text: 'A cease-fire between Israel and Hamas took effect early Friday after Egypt brokered an end to 11 days of fighting in Gaza.',
  date: '2021-05-21',
  outlet: 'Paper C',
};

describe('event state', () => {
  it('newEvent and addToEvent are pure and bounded', () => {
    const a = fingerprintArticle(strikes);
    const b = fingerprintArticle(strikes2);
    const ev = newEvent(a, 'e1');
    const before = JSON.stringify(ev);
    const ev2 = addToEvent(ev, b, 'Paper B');
    expect(JSON.stringify(ev)).toBe(before);
    expect(ev2.articleCount).toBe(2);
    expect(ev2.outlets).toEqual(['Wire A', 'Paper B']);
    expect(ev2.start).toBe('2021-05-15');
    expect(ev2.terms.length).toBeLessThanOrEqual(64);
    expect(ev2.keys.length).toBeLessThanOrEqual(24);
  });

  it('needs more similarity the further apart in time', () => {
    expect(thresholdFor(0)).toBeLessThan(thresholdFor(1));
    expect(thresholdFor(1)).toBeLessThanOrEqual(thresholdFor(5));
    expect(thresholdFor(30)).toBe(Infinity);
    expect(dayGap('2021-05-20', { start: '2021-05-15', end: '2021-05-16' })).toBe(4);
  });

  it('matchEvent explains its choice and returns null without a good candidate', () => {
    const ev = newEvent(fingerprintArticle(strikes), 'e1');
    const m = matchEvent(fingerprintArticle(strikes2), [ev]);
    expect(m?.eventId).toBe('e1');
    expect(m?.reasons.join(' ')).toMatch(/jazeera|gaza/);
    expect(matchEvent(fingerprintArticle({ title: 'Fed raises interest rates', text: 'The Federal Reserve raised rates by a quarter point.', date: '2021-05-15' }), [ev])).toBeNull();
  });
});

describe('EventIndex', () => {
  it('keeps different events on one topic apart and joins reports of one event', () => {
    const ix = new EventIndex();
    const s1 = ix.ingest(strikes);
    const s2 = ix.ingest(strikes2);
    const c1 = ix.ingest(ceasefire);
    const c2 = ix.ingest(ceasefire2);
    expect(s2).toBe(s1);
    expect(c1).not.toBe(s1);
    // Next day, same story restated: joins.
    expect(c2).toBe(c1);
  });

  describe.skipIf(!seedsExist)('seed pair (../shared)', () => {
    it('JPost (2024-11-19) and the CNN wire copy (2024-11-08) land in one event', () => {
      const seeds = readSeeds().sort((a, b) => (a.date < b.date ? -1 : 1));
      const ix = new EventIndex();
      const ids = seeds.map((s) => ix.ingest({ title: s.title, text: s.text, date: s.date, outlet: s.outlet }));
      expect(ids).toHaveLength(2);
      expect(ids[1]).toBe(ids[0]);
      const ev = ix.events.get(ids[0] as string);
      expect(ev?.outlets.length).toBe(2);
      expect(ev?.start).toBe('2024-11-08');
      expect(ev?.end).toBe('2024-11-19');
    });
  });

  const allsides = path.join(SHARED, 'eval/events-allsides-dev.jsonl');
  describe.skipIf(!existsSync(allsides))('May 2021 Israel–Hamas events (../shared)', () => {
    it('keeps the Gaza tower strike and the ceasefire apart', () => {
      const rows = readFileSync(allsides, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; event: string; title: string; text: string; date: string; outlet: string });
      const ix = new EventIndex();
      const pred = new Map(rows.map((r) => [r.id, ix.ingest(r)]));
      // Gold events in the window whose titles are about the war.
      const war = rows.filter((r) => r.date >= '2021-05-10' && r.date <= '2021-05-25' && /Israel|Gaza|Hamas/.test(r.title));
      const golds = [...new Set(war.map((r) => r.event))];
      expect(golds.length).toBeGreaterThanOrEqual(3);
      // No predicted event mixes two of these gold events.
      const byPred = new Map<string, Set<string>>();
      for (const r of war) {
        const p = pred.get(r.id) as string;
        byPred.set(p, (byPred.get(p) ?? new Set()).add(r.event));
      }
      for (const set of byPred.values()) expect(set.size).toBe(1);
    });
  });
});

describe('candidate keys: the heaviest terms whatever their rarity', () => {
  // Same-day reports whose shared words are everyday news names ("Sanders", "Biden"), each with rare words of its own.
  const quits = [
    { id: 'a', title: 'Sanders drops 2020 bid, leaving Biden as likely nominee', text: 'BURLINGTON, Vt. — Bernie Sanders ended his presidential bid on Wednesday, leaving Joe Biden as the likely nominee.', date: '2020-04-08', outlet: 'Wire A' },
    { id: 'b', title: 'Sanders quits presidential race, setting up Biden battle with Trump', text: 'Bernie Sanders quit the race on Wednesday, setting up a November showdown between Joe Biden and Donald Trump after a decisive run of primary losses.', date: '2020-04-08', outlet: 'Wire B' },
    { id: 'c', title: 'Bernie Sanders drops out, clearing Joe Biden’s path to the nomination', text: 'Sen. Bernie Sanders dropped out of the race on Wednesday in a livestream, clearing the path for Joe Biden.', date: '2020-04-08', outlet: 'Paper C' },
  ];
  it('the top terms are keys even when common, so the same-day reports meet', () => {
    const fp = fingerprintArticle(quits[0]!);
    expect(fp.keys.slice(0, 3)).toEqual(fp.terms.slice(0, 3).map((x) => x.t));
    const index = new EventIndex();
    const ids = quits.map((q) => index.ingest(q));
    expect(new Set(ids).size).toBe(1);
  });
});
