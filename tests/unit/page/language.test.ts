import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOfText, primaryTag } from '../../../utils/page/language';
import { parseDoc } from './helpers';

const EN = 'The minister said on Tuesday that the talks would continue next week, and that both sides had agreed to keep the details private until a deal was reached. Officials from the two delegations were expected to meet again in Cairo.';
const DE = 'Der Minister sagte am Dienstag, dass die Gespräche in der nächsten Woche fortgesetzt werden und dass beide Seiten sich darauf geeinigt haben, die Einzelheiten nicht zu veröffentlichen, bis es eine Einigung gibt.';
const FI = 'Ministeri kertoi tiistaina, että neuvottelut jatkuvat ensi viikolla ja että molemmat osapuolet ovat sopineet pitävänsä yksityiskohdat salassa, kunnes sopimus on saavutettu. Valtuuskuntien odotetaan tapaavan uudelleen Kairossa.';
const JA = '外務大臣は火曜日、協議は来週も続けられると述べ、双方が合意に達するまで詳細を公表しないことで一致したと明らかにした。両代表団はカイロで再び会う予定だ。';

const doc = (lang: string | null) => parseDoc(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head></head><body></body></html>`);

describe('detectLanguage', () => {
  it('the text wins over a wrong lang attribute', () => {
    expect(detectLanguage(doc('de'), EN)).toBe('en');
    expect(detectLanguage(doc('en-US'), DE)).toBe('de');
    expect(detectLanguage(doc('en'), JA)).toBe('ja');
  });
  it('keeps the declared language when the text is inconclusive or of a language without a word list', () => {
    expect(detectLanguage(doc('fi'), FI)).toBe('fi');
    expect(detectLanguage(doc('pt-BR'), 'Curto.')).toBe('pt');
  });
  it('falls back to og:locale, and returns null with no evidence', () => {
    const d = parseDoc('<html><head><meta property="og:locale" content="fr_FR"></head><body></body></html>');
    expect(detectLanguage(d, '')).toBe('fr');
    expect(detectLanguage(doc(null), 'Hi.')).toBeNull();
    expect(detectLanguage(doc(null), EN)).toBe('en');
  });
  it('English with mojibake punctuation is still English', () => {
    const broken = EN.replace(/,/g, ' \u0e42\u20ac\u201c');
    expect(languageOfText(broken)).toBe('en');
  });
  it('primaryTag', () => {
    expect(primaryTag('en-US')).toBe('en');
    expect(primaryTag('pt_BR')).toBe('pt');
    expect(primaryTag('')).toBeNull();
    expect(primaryTag('not a tag')).toBeNull();
  });
});
