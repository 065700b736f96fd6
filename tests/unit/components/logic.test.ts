import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildChartsView, emptyQuery, filterArticles, weekStart } from '../../../components/collection/query';
import { draftToTopic, emptyDraft, splitList, topicToDraft, validateTopicDraft } from '../../../components/collection/topicDraft';
import { outletRows, markPosition } from '../../../components/collection/EventsSection';
import { formatDate, outletLabel } from '../../../components/format';
import { counts, events, rows, topics } from '../../fixtures/components/views';

describe('filterArticles', () => {
  const ids = (q: Partial<ReturnType<typeof emptyQuery>>) => filterArticles(rows, { ...emptyQuery(), ...q }).map((r) => r.id);

  it('an empty query keeps everything', () => expect(ids({})).toEqual(['a1', 'a2']));
  it('text matches title, outlet, original outlet and claim text, case and accent-insensitively', () => {
    expect(ids({ text: 'TRUCE' })).toEqual(['a1']);
    expect(ids({ text: 'harbor' })).toEqual(['a2']);
    expect(ids({ text: 'cnn' })).toEqual(['a1']);
    expect(ids({ text: 'sénior official' })).toEqual(['a1']);
    expect(ids({ text: 'official markets' })).toEqual([]);
  });
  it('filters by saved, unnamed, topic, outlet and date range', () => {
    expect(ids({ savedOnly: true })).toEqual(['a1']);
    expect(ids({ unnamedOnly: true })).toEqual(['a1']);
    expect(ids({ topicId: 'war' })).toEqual(['a1']);
    expect(ids({ outlet: 'Harbor Daily' })).toEqual(['a2']);
    expect(ids({ from: '2024-03-06' })).toEqual(['a2']);
    expect(ids({ to: '2024-03-05' })).toEqual(['a1']);
    expect(ids({ from: '2024-03-05', to: '2024-03-12' })).toEqual(['a1', 'a2']);
  });
  it('a date range excludes undated rows', () => {
    const undated = { ...rows[0]!, id: 'u', publishedAt: null };
    expect(filterArticles([undated], { ...emptyQuery(), from: '2000-01-01' })).toEqual([]);
  });
});

describe('weekStart / charts', () => {
  it('returns the Monday of the ISO week', () => {
    expect(weekStart('2024-03-04')).toBe('2024-03-04'); // Monday
    expect(weekStart('2024-03-10')).toBe('2024-03-04'); // Sunday
    expect(weekStart('2024-01-01')).toBe('2024-01-01');
    expect(weekStart('1969-12-31')).toBe('1969-12-29');
    expect(weekStart('nope')).toBeNull();
  });
  it('is always a Monday at most 6 days before the date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 40000 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const monday = weekStart(iso)!;
        const diff = (Date.parse(iso) - Date.parse(monday)) / 86_400_000;
        return new Date(monday).getUTCDay() === 1 && diff >= 0 && diff <= 6;
      }),
    );
  });
  it('aggregates rows by outlet and week', () => {
    const view = buildChartsView([...rows, { ...rows[1]!, id: 'a5', publishedAt: '2024-03-13', counts: counts({ vague: 1, named: 1 }) }]);
    expect(view.byOutlet.map((o) => [o.outlet, o.counts.named, o.counts.vague])).toEqual([
      ['Harbor Daily', 4, 1],
      ['The Los Angeles Post', 1, 0],
    ]);
    expect(view.byWeek).toEqual([
      { week: '2024-03-04', unnamed: 2, total: 3 },
      { week: '2024-03-11', unnamed: 1, total: 5 },
    ]);
  });
});

describe('topic drafts', () => {
  it('splits lists on commas, semicolons and newlines, without duplicates', () => {
    expect(splitList(' gaza ,Gaza;\n hostage  deal ,,')).toEqual(['gaza', 'hostage deal']);
  });
  it('round-trips a profile and keeps existing weights', () => {
    const back = draftToTopic(topicToDraft(topics[0]!), topics[0]!);
    expect(back).toEqual(topics[0]);
  });
  it('new keywords get the default weight and a fresh id', () => {
    const t = draftToTopic({ ...emptyDraft(), name: 'Sudan war', keywords: 'Khartoum, RSF, famine' }, null);
    expect(t.id).toBe('user-sudan-war');
    expect(t.entities.map((e) => e.term)).toEqual(['Khartoum', 'RSF']);
    expect(t.terms).toEqual([{ term: 'famine', weight: 1 }]);
    expect(t.builtin).toBeUndefined();
  });
  it('validation catches each field class', () => {
    const ok = { ...emptyDraft(), name: 'X topic', keywords: 'alpha, beta' };
    expect(validateTopicDraft(ok, topics)).toEqual({});
    expect(validateTopicDraft({ ...ok, name: '  ' }, topics).name?.key).toBe('topicErrNameRequired');
    expect(validateTopicDraft({ ...ok, name: 'x'.repeat(61) }, topics).name?.key).toBe('topicErrNameLong');
    expect(validateTopicDraft({ ...ok, name: 'ISRAEL–HAMAS WAR' }, topics).name?.key).toBe('topicErrNameTaken');
    // Editing the topic itself keeps its own name valid.
    expect(validateTopicDraft({ ...topicToDraft(topics[0]!) }, topics)).toEqual({});
    expect(validateTopicDraft({ ...ok, keywords: ' , ' }, topics).keywords?.key).toBe('topicErrKeywordsRequired');
    expect(validateTopicDraft({ ...ok, keywords: 'a, beta' }, topics).keywords).toEqual({ key: 'topicErrKeywordLength', subs: ['a', '60'] });
    expect(validateTopicDraft({ ...ok, exclude: 'Beta' }, topics).exclude?.key).toBe('topicErrExcludeClash');
    for (const bad of ['', '0', '-1', 'abc', '1e9']) {
      expect(validateTopicDraft({ ...ok, threshold: bad }, topics).threshold?.key, bad).toBe('topicErrThreshold');
    }
  });
});

describe('event timeline helpers', () => {
  it('orders outlets by first coverage and groups their articles', () => {
    const r = outletRows(events[0]!);
    expect(r.map((x) => [x.outlet, x.dated.length])).toEqual([
      ['The Los Angeles Post', 1],
      ['Harbor Daily', 2],
    ]);
  });
  it('places marks proportionally, a one-day event in the middle', () => {
    expect(markPosition(5, 0, 10)).toBe(50);
    expect(markPosition(10, 0, 10)).toBe(100);
    expect(markPosition(3, 3, 3)).toBe(50);
  });
});

describe('format', () => {
  it('names the original outlet of syndicated copy', () => {
    expect(outletLabel('The Los Angeles Post', 'CNN')).toBe('CNN (via The Los Angeles Post)');
    expect(outletLabel('CNN', 'CNN')).toBe('CNN');
    expect(outletLabel('CNN', null)).toBe('CNN');
  });
  it('formats calendar dates without shifting them by time zone', () => {
    expect(formatDate('2024-03-01')).toMatch(/\b1\b/);
    expect(formatDate('2024-03-01')).toMatch(/2024/);
    expect(formatDate(null)).toBe('date unknown');
    expect(formatDate('sometime')).toBe('sometime');
  });
});
