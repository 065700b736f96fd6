import { describe, expect, it } from 'vitest';
import {
  ARTICLE_URL, BOILERPLATE_PARAGRAPHS, BOOK_HEADING, DATE_LINE_ENTRY, DOCS_GENERATOR, DOCS_HOST, DOCS_PATH,
  FURNITURE_CLASS, LISTING_URL, OUTLET_HOSTS, OUTLET_NAME_EXAMPLES, REPUBLISHED_NOTE, SECTION_END_MARKERS, THREAD_URL, WIRE_SERVICES,
  type PatternEntry,
} from '../../../utils/page/lexicon';
import { STOPWORDS, languageOfText } from '../../../utils/page/language';
import { normalizeOutlet, outletFromHost } from '../../../utils/page/metadata';

const tables: [string, PatternEntry[]][] = [
  ['BOILERPLATE_PARAGRAPHS', BOILERPLATE_PARAGRAPHS],
  ['DATE_LINE_ENTRY', [DATE_LINE_ENTRY]],
  ['SECTION_END_MARKERS', [SECTION_END_MARKERS]],
  ['FURNITURE_CLASS', [FURNITURE_CLASS]],
  ['DOCS_GENERATOR', [DOCS_GENERATOR]],
  ['DOCS_HOST', [DOCS_HOST]],
  ['DOCS_PATH', [DOCS_PATH]],
  ['BOOK_HEADING', [BOOK_HEADING]],
  ['LISTING_URL', [LISTING_URL]],
  ['THREAD_URL', [THREAD_URL]],
  ['ARTICLE_URL', [ARTICLE_URL]],
  ['REPUBLISHED_NOTE', [REPUBLISHED_NOTE]],
];

describe('page lexicons: every entry runs its own examples', () => {
  for (const [name, entries] of tables) {
    entries.forEach((e, i) => {
      it(`${name}[${i}]: ${e.why}`, () => {
        expect(e.matches.length).toBeGreaterThan(0);
        expect(e.mustNotMatch.length).toBeGreaterThan(0);
        for (const m of e.matches) expect(e.pattern.test(m), `should match: ${m}`).toBe(true);
        for (const m of e.mustNotMatch) expect(e.pattern.test(m), `must not match: ${m}`).toBe(false);
      });
    });
  }

  for (const w of WIRE_SERVICES) {
    it(`wire ${w.name}: datelines and trailers`, () => {
      const hit = (s: string) => w.dateline.test(s) || w.trailer.test(s);
      for (const m of w.matches) expect(hit(m), `should match: ${m}`).toBe(true);
      for (const m of w.mustNotMatch) expect(hit(m), `must not match: ${m}`).toBe(false);
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

  for (const [lang, entry] of Object.entries(STOPWORDS)) {
    it(`stopwords ${lang}: recognizes its example sentences`, () => {
      for (const s of entry.matches) {
        // Two sentences' worth: the detector refuses samples under 20 words.
        expect(languageOfText(`${s} ${s}`)).toBe(lang);
      }
    });
  }
});
