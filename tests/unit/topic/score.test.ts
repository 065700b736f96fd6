import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS, ISRAEL_HAMAS_WAR } from '../../../utils/topic/defaultTopics';
import { dateOnOrAfter, inPeriod, scoreAllTopics, scoreTopic, splitLede, SCORING } from '../../../utils/topic/score';
import { makeUserTopic } from '../../../utils/topic/profile';
import { caseText, FILLER, loadCases } from './helpers';

const score = (title: string, text = '', date?: string) => scoreTopic(ISRAEL_HAMAS_WAR, { title, text, date });

describe('error classes (hand-written fixtures)', () => {
  for (const c of loadCases()) {
    it(`${c.on ? 'ON ' : 'off'} ${c.class}: ${c.title || c.text?.slice(0, 50)}`, () => {
      const s = scoreTopic(ISRAEL_HAMAS_WAR, { title: c.title, text: caseText(c), date: c.date });
      expect(s.onTopic, JSON.stringify(s.reasons)).toBe(c.on);
    });
  }
});

describe('reasons', () => {
  it('name the term, the zone, the weight and the count', () => {
    const s = score('Gaza truce holds', 'Residents of Gaza and Rafah returned home as the truce held.', '2014-08-06');
    const title = s.reasons.find((r) => r.term === 'gaza' && r.where === 'title');
    expect(title).toEqual({ term: 'gaza', where: 'title', weight: SCORING.titleWeight, count: 1 });
    const lede = s.reasons.find((r) => r.term === 'gaza' && r.where === 'lede');
    expect(lede?.count).toBe(1);
    expect(s.reasons.some((r) => r.term === 'rafah' && r.where === 'lede')).toBe(true);
  });

  it('add up to the score', () => {
    for (const [t, x] of [
      ['Israel and Hamas agree to a truce', 'Egyptian mediators said the ceasefire would start at dawn.'],
      ['Israeli strike kills five', ''],
      ['Ukraine war: Kyiv hit', 'Russian missiles struck Kyiv as Hamas leaders visited Moscow.'],
    ]) {
      const s = score(t as string, x as string, '2024-01-01');
      const sum = s.reasons.reduce((a, r) => a + r.weight, 0);
      expect(Math.abs(sum - s.score)).toBeLessThan(0.01 * Math.max(1, s.reasons.length));
    }
  });

  it('report the topic id and name', () => {
    const s = score('Gaza', '');
    expect(s.topicId).toBe('israel-hamas-war');
    expect(s.topic).toBe('Israel–Hamas war');
  });

  it('weigh the title above the lede and the lede above the body', () => {
    const inTitle = score('Talks on Gaza resume', FILLER);
    const inLede = score('Talks resume', `Talks on Gaza resume. ${FILLER}`);
    const inBody = score('Talks resume', `${FILLER}\n\n${FILLER}\n\nTalks on Gaza resume.`);
    expect(inTitle.score).toBeGreaterThan(inLede.score);
    expect(inLede.score).toBeGreaterThan(inBody.score);
  });
});

describe('other conflicts’ vocabulary alone is not enough', () => {
  const generic = [
    'Ceasefire talks resume as hostages are freed',
    'Militants fire rockets; airstrike kills 12',
    'Terrorist attack kills dozens; troops launch ground offensive',
    'Mediators in Doha report progress on prisoner swap',
  ];
  for (const t of generic) {
    it(`off: ${t}`, () => {
      const s = score(t, '', '2019-03-01');
      expect(s.onTopic).toBe(false);
      expect(s.score).toBe(0);
    });
  }

  it('after Oct 7, 2023 hostages are an actor of the war: they pair with a war word, never alone', () => {
    expect(score('Ceasefire talks resume as hostages are freed', '', '2024-03-01').onTopic).toBe(true);
    expect(score('Released hostage describes captivity in tunnels', '', '2023-12-01').onTopic).toBe(true);
    expect(score('Israel recovers bodies of three hostages', '', '2024-05-18').onTopic).toBe(true);
    expect(score('Hostage standoff at Ohio bank ends after six hours', '', '2024-04-04').onTopic).toBe(false);
    expect(score('Hostages held in captivity', '', '2024-04-04').onTopic).toBe(true);
    expect(score('Hostages held in captivity', '', '2016-04-04').onTopic).toBe(false);
  });

  it('the same words with an anchor are on topic', () => {
    expect(score('Ceasefire talks on Gaza resume as hostages are freed', '', '2024-03-01').onTopic).toBe(true);
  });

  it('negative terms pull an anchored item down', () => {
    const plain = score('Hamas delegation visits Moscow', '', '2024-01-01');
    const other = score('Hamas delegation visits Moscow as Ukraine war grinds on', '', '2024-01-01');
    expect(other.score).toBeLessThan(plain.score);
    expect(other.reasons.some((r) => r.term === 'ukraine' && r.weight < 0)).toBe(true);
  });
});

describe('headline-only items', () => {
  it('work with an empty or missing text', () => {
    expect(scoreTopic(ISRAEL_HAMAS_WAR, { title: 'Rafah crossing reopens for aid trucks' }).onTopic).toBe(true);
    expect(scoreTopic(ISRAEL_HAMAS_WAR, { title: 'Budget deal reached', text: '' }).onTopic).toBe(false);
  });

  it('an Israeli actor and a war act in the same title is enough, apart is not', () => {
    expect(score('Israeli jets strike targets overnight', '').onTopic).toBe(true);
    // Actor in the lede, act only in the title ("personal attacks"): no pair in one zone.
    expect(score('Candidates trade personal attacks', 'They also discussed the Israeli economy and trade.').onTopic).toBe(false);
  });

  it('an empty item scores zero', () => {
    const s = scoreTopic(ISRAEL_HAMAS_WAR, {});
    expect(s).toMatchObject({ score: 0, onTopic: false, reasons: [] });
  });
});

describe('mentions in passing', () => {
  it('one anchor deep in a long body is not enough, however often the body is padded', () => {
    for (const n of [3, 8, 20]) {
      const text = `${Array(n).fill(FILLER).join('\n\n')}\n\nOne speaker had visited Gaza years ago.`;
      expect(score('County board meeting', text).onTopic).toBe(false);
    }
  });

  it('a body dense with anchors carries an item whose title and opening are neutral', () => {
    const para =
      'In Gaza, Hamas officials said the strikes hit the south of the strip overnight. Israel said its ' +
      'troops were targeting Hamas tunnels near Khan Younis, and aid groups in Gaza warned of shortages.';
    const text = `${FILLER}\n\n${Array(6).fill(para).join('\n\n')}`;
    expect(score('A difficult week', text, '2024-01-01').onTopic).toBe(true);
  });
});

describe('a title on Israel or the Palestinians', () => {
  // Two mentions of Hamas in a long body: anchors worth more than the gate, but not twice as much.
  const para = 'Voters were asked about the fighting with Hamas this summer.';
  const text = `${Array(4).fill(FILLER).join('\n\n')}\n\n${para} ${Array(4).fill(FILLER).join('\n\n')}\n\n${para}`;
  it('lets the body\'s anchors vouch for it in full', () => {
    const titled = score('Partisan gap emerges over U.S. alliance with Israel', text, '2014-08-05');
    expect(titled.onTopic, JSON.stringify(titled.reasons)).toBe(true);
    expect(titled.reasons.some((r) => r.term === 'israel' && r.where === 'title' && r.weight > 0)).toBe(true);
  });
  it('not a neutral title over the same body', () => {
    const neutral = score('Partisan gap emerges over U.S. alliances', text, '2014-08-05');
    expect(neutral.onTopic, JSON.stringify(neutral.reasons)).toBe(false);
  });
  it('nor a title on Israel whose body names no anchor', () => {
    const plain = score('Partisan gap emerges over U.S. alliance with Israel', `${FILLER}\n\n${FILLER}\n\n${FILLER}`, '2014-08-05');
    expect(plain.onTopic).toBe(false);
  });
});

describe('date-gated spillover', () => {
  it('reads bare years and months as their last day, unknown dates as not after', () => {
    expect(dateOnOrAfter('2023', '2023-10-07')).toBe(true);
    expect(dateOnOrAfter('2023-09', '2023-10-07')).toBe(false);
    expect(dateOnOrAfter('2024-01-02', '2023-10-07')).toBe(true);
    expect(dateOnOrAfter('2022-12-31', '2023-10-07')).toBe(false);
    expect(dateOnOrAfter(undefined, '2023-10-07')).toBe(false);
    expect(dateOnOrAfter('yesterday', '2023-10-07')).toBe(false);
  });

  it('Houthi attacks count only after the war began', () => {
    const t = 'Houthi drones attack tanker off Yemen';
    expect(score(t, '', '2024-02-01').onTopic).toBe(true);
    expect(score(t, '', '2016-10-10').onTopic).toBe(false);
    expect(score(t, '').onTopic).toBe(false);
  });
});

describe('war periods', () => {
  it('reads dates, bare years and months against the periods; undated items are current', () => {
    expect(inPeriod(ISRAEL_HAMAS_WAR, '2014-07-20')).toBe(true);
    expect(inPeriod(ISRAEL_HAMAS_WAR, '2016-06-01')).toBe(false);
    expect(inPeriod(ISRAEL_HAMAS_WAR, '2021')).toBe(true);
    expect(inPeriod(ISRAEL_HAMAS_WAR, '2017')).toBe(false);
    expect(inPeriod(ISRAEL_HAMAS_WAR, '2012-11')).toBe(true);
    expect(inPeriod(ISRAEL_HAMAS_WAR, '2030-01-01')).toBe(true);
    expect(inPeriod(ISRAEL_HAMAS_WAR, undefined)).toBe(true);
    // Profiles without periods (user topics) are always "in period".
    expect(inPeriod(makeUserTopic({ name: 'x', keywords: ['x'] }), '1990-01-01')).toBe(true);
  });

  it('an actor + act pair carries a headline only inside a period', () => {
    const t = 'Israeli troops fire on crowd near border fence';
    expect(score(t, '', '2018-05-14').onTopic).toBe(true);
    expect(score(t, '', '2016-05-14').onTopic).toBe(false);
    expect(score(t, '').onTopic).toBe(true);
    // Anchors do not depend on periods.
    expect(score('Gaza fishermen return to sea', '', '2016-05-14').onTopic).toBe(true);
  });
});

describe('splitLede', () => {
  it('takes two paragraphs within the limit', () => {
    const p1 = 'The first paragraph of the story says what happened, where and when, in about two hundred characters of plain prose.';
    const p2 = 'The second paragraph adds who said so and why it matters to readers who follow the story.';
    const { lede, body } = splitLede(`${p1}\n\n${p2}\n\n${FILLER}\n\n${FILLER}`);
    expect(lede).toBe(`${p1}\n\n${p2}\n\n`);
    expect(body.startsWith(FILLER)).toBe(true);
  });

  it('reads past a short dateline and kicker', () => {
    const { lede } = splitLede(`GAZA CITY\nUpdated\n${FILLER}\n\n${FILLER}`);
    expect(lede.length).toBeGreaterThanOrEqual(SCORING.ledeMinChars);
    expect(lede.startsWith('GAZA CITY\nUpdated\n')).toBe(true);
  });

  it('cuts a long first paragraph at a sentence end', () => {
    const text = `${FILLER} ${FILLER} ${FILLER}`;
    const { lede, body } = splitLede(text);
    expect(lede.length).toBeLessThanOrEqual(SCORING.ledeChars);
    expect(lede + body).toBe(text);
    expect(lede.trimEnd().endsWith('.')).toBe(true);
  });

  it('uses an explicit lede when given', () => {
    const s = scoreTopic(ISRAEL_HAMAS_WAR, { title: 'x', lede: 'Hamas said', text: 'Hamas said more.' });
    expect(s.reasons.find((r) => r.where === 'lede')?.term).toBe('hamas');
  });
});

describe('scoreAllTopics', () => {
  it('scores every profile in order', () => {
    const climate = makeUserTopic({ name: 'Climate', keywords: ['heat wave', 'drought'] });
    const out = scoreAllTopics([...DEFAULT_TOPICS, climate], { title: 'Drought and heat wave hit Gaza' });
    expect(out.map((s) => s.topicId)).toEqual(['israel-hamas-war', climate.id]);
    expect(out.every((s) => s.onTopic)).toBe(true);
  });
});

describe('analogies', () => {
  it('another story compared with Hamas or Gaza is not about them', () => {
    const post = 'MOSUL, Iraq – Witnesses say the Islamic State is using hostages as human shields against U.S. airstrikes, the same strategy as Hamas in Gaza.';
    expect(score('', post, '2014-09-15').onTopic).toBe(false);
    expect(score('', 'Aid workers call the siege of the town akin to Gaza, as terrorist attacks and airstrikes continue.', '2016-01-05').onTopic).toBe(false);
  });
  it('an article about the war that draws an analogy stays on topic', () => {
    const text = 'Israel and Hamas agreed to a 72-hour truce in Gaza on Tuesday, Egyptian mediators said, the same pause as last week. '
      + 'Hamas officials in Gaza said talks in Cairo would resume.';
    expect(score('Gaza truce takes hold as Cairo talks resume', text, '2014-08-05').onTopic).toBe(true);
  });
});
