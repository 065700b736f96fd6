import { describe, expect, it } from 'vitest';
import {
  ARTICLE_URL, ARTICLE_URL_EXAMPLES, BOILERPLATE_PARAGRAPHS, BOILERPLATE_PARAGRAPHS_EXAMPLES, BOOK_HEADING,
  BOOK_HEADING_EXAMPLES, DATE_LINE_ENTRY, DATE_LINE_ENTRY_EXAMPLES, DOCS_GENERATOR, DOCS_GENERATOR_EXAMPLES, DOCS_HOST,
  DOCS_HOST_EXAMPLES, DOCS_PATH, DOCS_PATH_EXAMPLES, FURNITURE_CLASS, FURNITURE_CLASS_EXAMPLES, LISTING_URL,
  LISTING_URL_EXAMPLES, OUTLET_HOSTS, OUTLET_NAME_EXAMPLES, REPUBLISHED_NOTE, REPUBLISHED_NOTE_EXAMPLES,
  SECTION_END_MARKERS, SECTION_END_MARKERS_EXAMPLES, THREAD_URL, THREAD_URL_EXAMPLES, WIRE_SERVICES,
  WIRE_SERVICES_EXAMPLES, type PatternEntry, type PatternExamples, type WordEntry,
} from '../../../utils/page/lexicon';
import { STOPWORDS, STOPWORDS_EXAMPLES, languageOfText } from '../../../utils/page/language';
import { normalizeOutlet, outletFromHost } from '../../../utils/page/metadata';
import { examplesOf, exampleProblems, runtimeUsesOfExamples } from '../lexicon-examples';

const tables: [string, (PatternEntry | WordEntry)[], Readonly<Record<string, PatternExamples>>][] = [
  // DATE_LINE_ENTRY is also the last boilerplate entry: its examples are defined once, next to it.
  ['BOILERPLATE_PARAGRAPHS', BOILERPLATE_PARAGRAPHS, { ...BOILERPLATE_PARAGRAPHS_EXAMPLES, ...DATE_LINE_ENTRY_EXAMPLES }],
  ['DATE_LINE_ENTRY', [DATE_LINE_ENTRY], DATE_LINE_ENTRY_EXAMPLES],
  ['SECTION_END_MARKERS', [SECTION_END_MARKERS], SECTION_END_MARKERS_EXAMPLES],
  ['FURNITURE_CLASS', [FURNITURE_CLASS], FURNITURE_CLASS_EXAMPLES],
  ['DOCS_GENERATOR', [DOCS_GENERATOR], DOCS_GENERATOR_EXAMPLES],
  ['DOCS_HOST', [DOCS_HOST], DOCS_HOST_EXAMPLES],
  ['DOCS_PATH', [DOCS_PATH], DOCS_PATH_EXAMPLES],
  ['BOOK_HEADING', [BOOK_HEADING], BOOK_HEADING_EXAMPLES],
  ['LISTING_URL', [LISTING_URL], LISTING_URL_EXAMPLES],
  ['THREAD_URL', [THREAD_URL], THREAD_URL_EXAMPLES],
  ['ARTICLE_URL', [ARTICLE_URL], ARTICLE_URL_EXAMPLES],
  ['REPUBLISHED_NOTE', [REPUBLISHED_NOTE], REPUBLISHED_NOTE_EXAMPLES],
];

describe('page lexicons: every entry has examples', () => {
  for (const [name, entries, examples] of tables) {
    it(`${name}: matches and must-not-match examples for every entry, none for unknown entries`, () => {
      expect(exampleProblems(entries.map((e) => e.id), examples)).toEqual([]);
    });
  }
  it('WIRE_SERVICES: examples for every wire', () => {
    expect(exampleProblems(WIRE_SERVICES.map((w) => w.name), WIRE_SERVICES_EXAMPLES)).toEqual([]);
  });
  it('STOPWORDS: example sentences for every language', () => {
    expect(exampleProblems(Object.keys(STOPWORDS), STOPWORDS_EXAMPLES, ['matches'])).toEqual([]);
  });
  it('entry ids are unique across the page tables', () => {
    const ids = tables.filter(([name]) => name !== 'DATE_LINE_ENTRY').flatMap(([, entries]) => entries.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('runtime code never reads the examples (they stay out of the bundle)', () => {
    expect(runtimeUsesOfExamples('utils/page')).toEqual([]);
  });
});

describe('page lexicons: every entry runs its own examples', () => {
  for (const [name, entries, examples] of tables) {
    entries.forEach((e, i) => {
      it(`${name}[${i}] ${e.id}: ${e.why}`, () => {
        const { matches, mustNotMatch } = examplesOf(examples, e.id);
        const hit = (m: string) => ('pattern' in e ? e.pattern.test(m) : e.test(m));
        for (const m of matches) expect(hit(m), `should match: ${m}`).toBe(true);
        for (const m of mustNotMatch) expect(hit(m), `must not match: ${m}`).toBe(false);
      });
    });
  }

  for (const w of WIRE_SERVICES) {
    it(`wire ${w.name}: datelines and trailers`, () => {
      const hit = (s: string) => w.dateline.test(s) || w.trailer.test(s);
      const { matches, mustNotMatch } = examplesOf(WIRE_SERVICES_EXAMPLES, w.name);
      for (const m of matches) expect(hit(m), `should match: ${m}`).toBe(true);
      for (const m of mustNotMatch) expect(hit(m), `must not match: ${m}`).toBe(false);
    });
  }

  it('outlet names are normalized', () => {
    for (const { raw, expected } of OUTLET_NAME_EXAMPLES) expect(normalizeOutlet(raw)).toBe(expected);
    expect(normalizeOutlet('http://www.tmz.com')).toBe('TMZ');
    expect(normalizeOutlet('the Guardian')).toBe('The Guardian');
  });

  it('the outlet host table matches subdomains by suffix', () => {
    expect(outletFromHost('edition.cnn.com')).toBe('CNN');
    expect(outletFromHost('www.jpost.com')).toBe('The Jerusalem Post');
    expect(outletFromHost('notjpost.com')).toBeNull();
    for (const [host, name] of Object.entries(OUTLET_HOSTS)) expect(outletFromHost(host)).toBe(name);
  });

  for (const lang of Object.keys(STOPWORDS)) {
    it(`stopwords ${lang}: recognizes its example sentences`, () => {
      for (const s of STOPWORDS_EXAMPLES[lang]?.matches ?? []) {
        // Two sentences' worth: the detector refuses samples under 20 words.
        expect(languageOfText(`${s} ${s}`)).toBe(lang);
      }
    });
  }
});
