import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISRAEL_HAMAS_WAR } from '../../../utils/topic/defaultTopics';
import { makeUserTopic, validateTopicProfile } from '../../../utils/topic/profile';
import { scoreTopic } from '../../../utils/topic/score';
import { FILLER } from './helpers';

describe('makeUserTopic', () => {
  const topic = makeUserTopic({ name: 'Heat waves', keywords: ['heat wave', 'heatstroke', 'Met Office'], exclude: ['heat pump'] });

  it('sorts keywords into terms, phrases and entities', () => {
    expect(topic.terms.map((t) => t.term)).toEqual(['heatstroke']);
    expect(topic.phrases.map((t) => t.term)).toEqual(['heat wave']);
    expect(topic.entities.map((t) => t.term)).toEqual(['Met Office']);
    expect(topic.negative.map((t) => t.term)).toEqual(['heat pump']);
    expect(topic.id).toBe('user-heat-waves');
    expect(topic.builtin).toBe(false);
    expect(topic.description).toContain('heat wave');
  });

  it('fires on one keyword in the title', () => {
    expect(scoreTopic(topic, { title: 'Heat wave grips the south', text: FILLER }).onTopic).toBe(true);
  });

  it('fires on two mentions in the lede but not on one', () => {
    expect(scoreTopic(topic, { title: 'Hospitals busy', text: `Cases of heatstroke rose. ${FILLER}` }).onTopic).toBe(false);
    expect(
      scoreTopic(topic, { title: 'Hospitals busy', text: `Cases of heatstroke rose as the heat wave went on. ${FILLER}` }).onTopic,
    ).toBe(true);
  });

  it('matches entities case-sensitively and phrases in any case', () => {
    expect(scoreTopic(topic, { title: 'The met office is closed' }).onTopic).toBe(false);
    expect(scoreTopic(topic, { title: 'HEAT WAVE WARNING' }).onTopic).toBe(true);
  });

  it('subtracts excluded terms', () => {
    const s = scoreTopic(topic, { title: 'Heat wave boosts heat pump sales' });
    expect(s.reasons.some((r) => r.term === 'heat pump' && r.weight < 0)).toBe(true);
    expect(s.onTopic).toBe(false);
  });

  it('rejects a topic without name or usable keywords', () => {
    expect(() => makeUserTopic({ name: ' ', keywords: ['x'] })).toThrow(/name/);
    expect(() => makeUserTopic({ name: 'Empty', keywords: ['  ', '!!'] })).toThrow(/keyword/);
  });

  it('survives a JSON round trip through validateTopicProfile with the same scores', () => {
    const back = validateTopicProfile(JSON.parse(JSON.stringify(topic)));
    const doc = { title: 'Heat wave and heatstroke', text: 'The Met Office warned.' };
    expect(scoreTopic(back, doc)).toEqual(scoreTopic(topic, doc));
  });
});

describe('validateTopicProfile', () => {
  const good = { id: 'x', name: 'X', description: '', terms: [{ term: 'Drought', weight: 1 }], phrases: [], entities: [], negative: [], threshold: 1 };

  it('accepts a good profile and lower-cases terms', () => {
    const p = validateTopicProfile(good);
    expect(p.terms).toEqual([{ term: 'drought', weight: 1 }]);
  });

  it('keeps the default topic intact, scoring hints included', () => {
    const p = validateTopicProfile(JSON.parse(JSON.stringify(ISRAEL_HAMAS_WAR)));
    const docs = [
      { title: 'Israeli strike kills five', date: '2024-01-01' },
      { title: 'Houthi missile hits ship', date: '2024-01-01' },
      { title: 'Hamas, Hezbollah and ISIS were named', text: FILLER },
      { title: 'Israeli troops fire on crowd', date: '2016-05-14' },
      { title: 'Released hostage describes captivity in tunnels', date: '2023-12-01' },
    ];
    for (const d of docs) expect(scoreTopic(p, d)).toEqual(scoreTopic(ISRAEL_HAMAS_WAR, d));
  });

  const bad: [string, unknown, RegExp][] = [
    ['not an object', 'topic', /expected an object/],
    ['an array', [], /expected an object/],
    ['missing id', { ...good, id: undefined }, /"id" must be a string/],
    ['empty name', { ...good, name: '  ' }, /"name" must not be empty/],
    ['terms not a list', { ...good, terms: 'drought' }, /"terms" must be a list/],
    ['term without text', { ...good, terms: [{ weight: 1 }] }, /terms\[0\]\.term/],
    ['punctuation-only term', { ...good, terms: [{ term: '!!', weight: 1 }] }, /no letters or digits/],
    ['weight as string', { ...good, terms: [{ term: 'a', weight: '1' }] }, /terms\[0\]\.weight/],
    ['negative weight', { ...good, terms: [{ term: 'a', weight: -1 }] }, /weight must be a number above 0/],
    ['NaN threshold', { ...good, threshold: NaN }, /"threshold"/],
    ['no positive term', { ...good, terms: [], negative: [{ term: 'a', weight: 1 }] }, /at least one entry/],
    ['bad role', { ...good, terms: [{ term: 'a', weight: 1, role: 'boss' }] }, /role must be/],
    ['bad since', { ...good, terms: [{ term: 'a', weight: 1, since: 'last year' }] }, /since must be a date/],
    ['bad promote', { ...good, terms: [{ term: 'a', weight: 1, promote: { role: 'context' } }] }, /promote must be/],
    ['bad builtin', { ...good, builtin: 'yes' }, /"builtin"/],
    ['periods not a list', { ...good, periods: 'always' }, /"periods" must be a list/],
    ['period ending before it starts', { ...good, periods: [{ name: 'p', from: '2020-01-02', to: '2020-01-01' }] }, /periods\[0\]\.to/],
  ];
  for (const [name, input, msg] of bad) {
    it(`rejects ${name} with a readable message`, () => {
      expect(() => validateTopicProfile(input)).toThrow(/^Invalid topic profile: /);
      expect(() => validateTopicProfile(input)).toThrow(msg);
    });
  }

  it('never throws anything but an Error, and what it accepts scores without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), (x, title) => {
        let p;
        try {
          p = validateTopicProfile(x);
        } catch (e) {
          return e instanceof Error;
        }
        return Number.isFinite(scoreTopic(p, { title }).score);
      }),
      { numRuns: 300 },
    );
  });
});

describe('scoreTopic on arbitrary text', () => {
  it('returns a finite score and reasons pointing at zones', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 3000 }), (title, text) => {
        const s = scoreTopic(ISRAEL_HAMAS_WAR, { title, text });
        return Number.isFinite(s.score) && s.reasons.every((r) => ['title', 'lede', 'body'].includes(r.where) && r.count > 0);
      }),
      { numRuns: 200 },
    );
  });
});
