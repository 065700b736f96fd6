import { describe, expect, it } from 'vitest';
import { fingerprintArticle, isNonEntityCap, isSpecificNumber, ledeOf, LEDE_CHARS, MAX_WORD_IDF, NON_ENTITY_CAPS_EXAMPLES, MAX_KEYS } from '../../../utils/events/fingerprint';
import { stem, tokenize } from '../../../utils/events/text';
import { idf, RARE_IDF } from '../../../utils/events/idf';
import { exampleProblems } from '../lexicon-examples';

const article = {
  title: 'Israel and Hamas agree to ceasefire to end 11-day war',
  text: 'Israel and Hamas agreed to a ceasefire on Thursday, halting a war that killed 243 people in the Gaza Strip, Egyptian mediators said. The truce brokered by Egypt takes effect at 2 a.m.',
  date: '2021-05-20T18:00:00Z',
  outlet: 'Example Wire',
};

describe('fingerprintArticle', () => {
  const fp = fingerprintArticle(article);

  it('keeps rare title and lede terms, drops function words', () => {
    const terms = fp.terms.map((t) => t.t);
    expect(terms).toContain('hama');
    expect(terms).toContain('ceasefir');
    expect(terms).toContain('gaza');
    expect(terms).not.toContain('the');
    expect(terms).not.toContain('to');
  });

  it('weights title words above lede-only words of similar rarity', () => {
    const w = (t: string): number => fp.terms.find((x) => x.t === t)?.w ?? 0;
    // "ceasefire" is in the title and the lede; "truce" only in the lede.
    expect(w('ceasefir')).toBeGreaterThan(w('truc'));
  });

  it('weighs a rare common word at most MAX_WORD_IDF, a rare name at its full rarity', () => {
    const rare = fingerprintArticle({ title: 'Talks resume in the capital', text: 'The envoy met Qwertyan and spoke zorbishly of the plan.' });
    const w = (t: string): number => rare.terms.find((x) => x.t === t)?.w ?? 0;
    expect(idf('zorbishly')).toBe(RARE_IDF);
    expect(w('zorbishly')).toBeLessThanOrEqual(MAX_WORD_IDF);
    expect(w('qwertyan')).toBeGreaterThanOrEqual(RARE_IDF);
  });

  it('has lower-case keys drawn from its terms, at most MAX_KEYS', () => {
    expect(fp.keys.length).toBeGreaterThan(0);
    expect(fp.keys.length).toBeLessThanOrEqual(MAX_KEYS);
    for (const k of fp.keys) {
      expect(k).toBe(k.toLowerCase());
      expect(fp.terms.some((t) => t.t === k)).toBe(true);
    }
    expect(fp.keys).not.toContain('said');
  });

  it('collects names, specific numbers and the date', () => {
    expect(fp.entities).toContain('Gaza Strip');
    expect(fp.entities.some((e) => /Thursday/.test(e))).toBe(false);
    expect(fp.numbers).toContain('243');
    expect(fp.terms.some((t) => t.t === '#243')).toBe(true);
    expect(fp.date).toBe('2021-05-20');
    expect(fp.outlet).toBe('Example Wire');
  });

  it('stays around 1 KB even for long articles', () => {
    const long = fingerprintArticle({ ...article, text: article.text.repeat(40) });
    expect(JSON.stringify(long).length).toBeLessThan(1200);
  });

  it('does not treat a Title Case headline as a list of names', () => {
    const tc = fingerprintArticle({ title: 'Biden Wants To Measure How Climate Change Impacts Finances', text: '' });
    expect(tc.entities).toEqual([]);
  });
});

describe('text helpers', () => {
  it('conflates inflections but keeps different words apart', () => {
    expect(stem('agreed')).toBe(stem('agrees'));
    expect(stem('agreeing')).toBe(stem('agree'));
    expect(stem('stopped')).toBe(stem('stop'));
    expect(stem('strikes')).toBe(stem('striking'));
    expect(stem('closed')).not.toBe(stem('closet'));
  });

  it('folds -i demonyms of capitalized words only', () => {
    const [a] = tokenize('Qatari');
    const [b] = tokenize('Qatar');
    const [c] = tokenize('taxi');
    expect(a?.stem).toBe(b?.stem);
    expect(c?.stem).toBe('taxi');
  });

  it('keeps dotted abbreviations and joins lower-case compounds', () => {
    const stems = tokenize('The U.S. backed a cease-fire').map((t) => t.stem);
    expect(stems).toContain('us');
    expect(stems).toContain(stem('ceasefire'));
  });

  it('gives unseen words the rare IDF and common words a low one', () => {
    expect(idf('plosserish')).toBe(RARE_IDF);
    expect(idf(stem('said'))).toBeLessThan(1);
  });

  it('treats years and days of month as unspecific numbers', () => {
    expect(isSpecificNumber('2021')).toBe(false);
    expect(isSpecificNumber('12')).toBe(false);
    expect(isSpecificNumber('850000')).toBe(true);
    expect(isSpecificNumber('5.9%')).toBe(true);
  });

  it('NON_ENTITY_CAPS examples', () => {
    expect(exampleProblems(['NON_ENTITY_CAPS'], { NON_ENTITY_CAPS: NON_ENTITY_CAPS_EXAMPLES })).toEqual([]);
    for (const w of NON_ENTITY_CAPS_EXAMPLES.matches) expect(isNonEntityCap(w), w).toBe(true);
    for (const w of NON_ENTITY_CAPS_EXAMPLES.mustNotMatch) expect(isNonEntityCap(w), w).toBe(false);
  });
});

describe('ledeOf: the opening prose, without page furniture', () => {
  const prose = 'Israel and Hamas agreed to a ceasefire on Thursday, Egyptian mediators said.';

  it('leaves out photo credits, caption lines and time stamps above the first paragraph', () => {
    const text = [
      'Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP',
      'Updated at 10:50 a.m. ET',
      'A man walks past rubble in Khan Younis on March 20, 2024. REUTERS/John Doe',
      prose,
    ].join('\n\n');
    expect(ledeOf(text)).toBe(prose);
  });

  it('leaves out the headline printed again at the top of the body', () => {
    const title = 'Israel and Hamas agree to ceasefire';
    expect(ledeOf(`${title}\n\n${prose}`, LEDE_CHARS, title)).toBe(prose);
    // Without the title to compare with, the line is prose like any other.
    expect(ledeOf(`${title}\n\n${prose}`)).toContain(title);
  });

  it('keeps prose lines that only look like stamps, and falls back to the raw opening when all is furniture', () => {
    const posted = 'Posted signs at the crossing warned of closures, officials said.';
    expect(ledeOf(`${posted}\n${prose}`)).toBe(`${posted}\n${prose}`);
    const furniture = 'Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP';
    expect(ledeOf(furniture)).toBe(furniture);
  });

  it('leaves out a wire dateline\'s agency, keeping its place apart from the first name', () => {
    expect(ledeOf('WASHINGTON (Reuters) - Bernie Sanders ended his campaign.')).toBe('WASHINGTON. Bernie Sanders ended his campaign.');
    expect(ledeOf('(CNN) \u2014 The House voted to impeach.')).toBe('The House voted to impeach.');
    expect(fingerprintArticle({ title: 'Sanders ends campaign', text: 'BURLINGTON (AP) \u2014 Bernie Sanders ended his campaign.' }).terms.map((x) => x.t))
      .not.toContain('ap');
    // (An agency in the prose is the story's: "told Reuters" stays.)
    expect(ledeOf('Sanders told Reuters (Reuters) he was done.')).toBe('Sanders told Reuters (Reuters) he was done.');
  });

  it('cuts at a word boundary within the budget', () => {
    const long = `${'word '.repeat(200)}end.`;
    const lede = ledeOf(long, 100);
    expect(lede.length).toBeLessThanOrEqual(100);
    expect(lede.endsWith('word')).toBe(true);
  });

  it('gives a caption-led article the fingerprint of its prose', () => {
    const clean = fingerprintArticle(article);
    const captioned = fingerprintArticle({ ...article, text: `Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP\n\n${article.text}` });
    expect(captioned.terms).toEqual(clean.terms);
  });
});
