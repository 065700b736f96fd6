/**
 * Page language: declared (`<html lang>`, og:locale, content-language) checked
 * against the text itself (writing system, then frequent function words), so an
 * English page with a wrong lang attribute is still "en" and a German page
 * declared "en" is "de". Cheap: looks at the first few hundred words only.
 */
import { readMeta } from './dom';

export interface StopwordEntry {
  /** Very frequent function words (lower-case), preferably ones other languages lack. */
  words: string[];
}

/** Function words per language. Shared words ("de", "a") count for each language listing them. */
export const STOPWORDS: Record<string, StopwordEntry> = {
  en: {
    words: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'for', 'with', 'on', 'said', 'he', 'it', 'as', 'by', 'his', 'have', 'from', 'has', 'are', 'they', 'this', 'be', 'at', 'were', 'which', 'would', 'their'],
  },
  de: {
    words: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'dem', 'den', 'ein', 'eine', 'auch', 'wird', 'sind', 'von', 'zu', 'im', 'es', 'wurde', 'bei', 'nach', 'aus', 'wie', 'dass'],
  },
  fr: {
    words: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'qui', 'que', 'sur', 'pas', 'au', 'du', 'avec', 'il', 'ce', 'sont', 'par', 'mais', 'ont', 'été', 'aux', 'leur'],
  },
  es: {
    words: ['el', 'la', 'los', 'las', 'y', 'que', 'en', 'del', 'se', 'por', 'con', 'una', 'para', 'es', 'lo', 'como', 'más', 'pero', 'sus', 'al', 'fue', 'este', 'ha', 'muy', 'también'],
  },
  pt: {
    words: ['o', 'os', 'as', 'e', 'que', 'do', 'da', 'dos', 'das', 'em', 'um', 'uma', 'para', 'com', 'não', 'no', 'na', 'se', 'por', 'mais', 'foi', 'ao', 'como', 'mas', 'também', 'ele'],
  },
  it: {
    words: ['il', 'di', 'che', 'la', 'e', 'per', 'un', 'una', 'non', 'del', 'della', 'sono', 'gli', 'le', 'con', 'è', 'nel', 'alla', 'anche', 'ha', 'più', 'dei', 'ma', 'questo', 'stato'],
  },
  nl: {
    words: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'te', 'zijn', 'met', 'voor', 'er', 'ook', 'maar', 'wordt', 'naar', 'bij', 'heeft', 'nog', 'werd', 'hij', 'deze'],
  },
  cs: {
    words: ['a', 'je', 'se', 'na', 'v', 've', 'že', 'to', 's', 'z', 'do', 'o', 'jako', 'by', 'ale', 'pro', 'jsou', 'byl', 'však', 'jeho', 'také', 'už', 'který', 'která', 'což'],
  },
  pl: {
    words: ['i', 'w', 'się', 'nie', 'na', 'z', 'do', 'że', 'to', 'jest', 'o', 'jak', 'ale', 'po', 'co', 'tak', 'za', 'od', 'przez', 'jego', 'już', 'który', 'także', 'są', 'było'],
  },
};

/**
 * Sentences each language entry must recognize (written for the test, not taken from any page), run by
 * tests/unit/page/lexicon.test.ts. Test-only: kept out of `STOPWORDS` so the bundler drops them.
 */
export const STOPWORDS_EXAMPLES: Readonly<Record<string, { matches: readonly string[] }>> = {
  en: { matches: ['The mayor said on Monday that the new bridge would open to traffic in the spring, and that it was ahead of schedule.'] },
  de: { matches: ['Der Bürgermeister sagte am Montag, dass die neue Brücke im Frühjahr für den Verkehr geöffnet wird und es keine Verzögerung gibt.'] },
  fr: { matches: ['Le maire a déclaré lundi que le nouveau pont serait ouvert à la circulation au printemps et que les travaux sont en avance.'] },
  es: { matches: ['El alcalde dijo el lunes que el nuevo puente se abrirá al tráfico en la primavera y que las obras van por delante del plan.'] },
  pt: { matches: ['O prefeito disse na segunda-feira que a nova ponte será aberta ao trânsito na primavera e que as obras não estão atrasadas.'] },
  it: { matches: ['Il sindaco ha detto lunedì che il nuovo ponte sarà aperto al traffico in primavera e che i lavori sono in anticipo.'] },
  nl: { matches: ['De burgemeester zei maandag dat de nieuwe brug in het voorjaar voor het verkeer wordt geopend en dat er geen vertraging is.'] },
  cs: { matches: ['Starosta v pondělí řekl, že nový most bude otevřen pro dopravu na jaře a že práce jsou už napřed.'] },
  pl: { matches: ['Burmistrz powiedział w poniedziałek, że nowy most zostanie otwarty dla ruchu wiosną i że prace nie są opóźnione.'] },
};

const STOP_SETS: [string, Set<string>][] = Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v.words)]);

/** Writing systems that identify a language (or a family, refined by the declared tag). */
const SCRIPTS: { lang: string; re: RegExp; family?: string[] }[] = [
  { lang: 'ja', re: /[\u3040-\u30ff]/g },
  { lang: 'ko', re: /[\uac00-\ud7af]/g },
  { lang: 'zh', re: /[\u4e00-\u9fff]/g },
  { lang: 'ru', re: /[\u0400-\u04ff]/g, family: ['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk'] },
  { lang: 'ar', re: /[\u0600-\u06ff]/g, family: ['ar', 'fa', 'ur', 'ps'] },
  { lang: 'he', re: /[\u0590-\u05ff]/g, family: ['he', 'yi'] },
  { lang: 'el', re: /[\u0370-\u03ff]/g },
  { lang: 'th', re: /[\u0e00-\u0e7f]/g },
];

/** Primary subtag of a BCP-47-ish tag ("en-US" → "en", "pt_BR" → "pt"), or null. */
export function primaryTag(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_].*)?$/i.exec(tag ?? '');
  return m && m[1] ? m[1].toLowerCase() : null;
}

/** The language the text is written in, or null when the sample is too small or unclear. */
export function languageOfText(text: string, declared: string | null = null): string | null {
  const sample = text.slice(0, 4000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 40) return null;
  let bestScript: { lang: string; n: number; family?: string[] } | null = null;
  for (const s of SCRIPTS) {
    const n = (sample.match(s.re) ?? []).length;
    if (n > (bestScript?.n ?? 0)) bestScript = { lang: s.lang, n, family: s.family };
  }
  // Kana mixed with kanji is Japanese even when kanji outnumber kana.
  const kana = (sample.match(/[\u3040-\u30ff]/g) ?? []).length;
  if (kana >= 20 && kana / letters > 0.1) return 'ja';
  if (bestScript && bestScript.n / letters > 0.3) {
    if (bestScript.family && declared && bestScript.family.includes(declared)) return declared;
    return bestScript.lang;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counted = words.slice(0, 400);
  if (counted.length < 20) return null;
  let best = '';
  let bestN = 0;
  let second = 0;
  for (const [lang, set] of STOP_SETS) {
    let n = 0;
    for (const w of counted) if (set.has(w)) n++;
    if (n > bestN) {
      second = bestN;
      bestN = n;
      best = lang;
    } else if (n > second) second = n;
  }
  // Confident only when function words are frequent and one language clearly leads.
  if (bestN >= 6 && bestN / counted.length >= 0.12 && bestN >= second * 1.4) return best;
  return null;
}

/**
 * Page language (primary subtag). The text wins over a contradicting
 * declaration when it is confident; otherwise the declaration stands.
 */
export function detectLanguage(doc: Document | null, text: string): string | null {
  const declared = doc ? declaredLanguage(doc) : null;
  const fromText = languageOfText(text, declared);
  return fromText ?? declared;
}

/** The language the page declares (<html lang>, then language meta tags), primary subtag. */
export function declaredLanguage(doc: Document): string | null {
  const html = doc.documentElement;
  const declared = primaryTag(html?.getAttribute('lang') ?? html?.getAttribute('xml:lang'));
  if (declared) return declared;
  const meta = readMeta(doc);
  return primaryTag(meta.get('og:locale') ?? meta.get('content-language') ?? meta.get('language') ?? meta.get('dc.language'));
}
