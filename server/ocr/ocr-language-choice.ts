/**
 * Which models a page is read with. Every page is read first with the four served languages
 * (lit+pol+rus+eng): that is what almost every letter needs, and Lithuanian addresses sit inside
 * Polish and Russian letters. A page in Ukrainian, Belarusian, German or Latvian comes out of that
 * reading recognisably foreign even where its letters are wrong — the Russian model writes "і" as
 * "i" or "!", the Lithuanian one "ā" as "a", "ß" becomes "B" — and is then read again with its own
 * model, plus Lithuanian (the Vilnius addresses) and English (e-mail addresses, names); the reading
 * with the better confidence is kept. Measured on the test letters (bench/README.md): with the
 * language's model and both, 0.26 % CER over the sixteen pages, against 0.53 % with Lithuanian
 * only and 0.64 % with English only (the first reading: 12 % on the Cyrillic pages, 2–8 % on the
 * Latin). A served-language page never gets the second reading, so it costs what it cost before.
 *
 * The signals, on the first reading:
 *   - Cyrillic: words with "і" (or what the Russian model makes of it), "ї", "є", "ґ", "ў" are not
 *     Russian; of those, Belarusian has "ы", "э" and never "и", "щ", Ukrainian the other way round;
 *   - Latin: German's and Latvian's function words (the detector's lexicon, folded), against
 *     Lithuanian's, Polish's and English's, with "ä ö ü ß" and "ā ē ī ķ ļ ņ ģ" counting too.
 * Pure: text in, languages out.
 */
import { LEXICON } from '../language/lexicon.js';
import { foldLatinDiacritics, letterScript } from '../language/text-folding.js';
import type { OcrLanguage } from './ocr-languages.js';

/** The languages a page may be read again in. */
export type RereadLanguage = 'uk' | 'be' | 'de' | 'lv';

export interface Rereading {
  /** The language the first reading points to. */
  language: RereadLanguage;
  /** The models to read the page again with. */
  languages: readonly OcrLanguage[];
}

/** Fewer words than this say too little about a language to pay for a second reading. */
const MIN_WORDS = 20;
/** Cyrillic: words that are not Russian, at least this many and this share of the Cyrillic words. */
const MIN_NOT_RUSSIAN_WORDS = 3;
const MIN_NOT_RUSSIAN_SHARE = 0.04;
/** Latin: the foreign language's evidence, at least this much and this many times the best served one's. */
const MIN_LATIN_EVIDENCE = 5;
const LATIN_MARGIN = 2;
/** A letter of the foreign alphabet weighs this much against a function word. */
const LETTER_WEIGHT = 0.5;

/** Latin look-alikes the Russian model and the Latin models put inside a Cyrillic word. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', '!': 'і', '|': 'і',
  A: 'а', B: 'в', C: 'с', E: 'е', H: 'н', I: 'і', K: 'к', M: 'м', O: 'о', P: 'р', T: 'т', X: 'х', Y: 'у',
};

const NOT_RUSSIAN = /[іїєґў]/u;
const UKRAINIAN_ONLY = /[ищїєґ]/gu;
const BELARUSIAN_ONLY = /[ыэў]/gu;
const GERMAN_LETTERS = /[äöüß]/gu;
const LATVIAN_LETTERS = /[āēīķļņģ]/gu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

interface Word {
  text: string;
  cyrillic: number;
  latin: number;
}

/**
 * Words as OCR wrote them: letters, with the "!" and "|" that stand for "і" inside a word or at its
 * end before a word in lower case ("пан! та"). One that ends a sentence ("мороз! В доме") is a
 * mark, not a letter.
 */
function words(text: string): Word[] {
  const out: Word[] = [];
  const marksAsLetters = text.replace(/[!|](?!\p{L}|[ \t]+\p{Ll})/gu, ' ');
  for (const token of marksAsLetters.match(/[\p{L}!|]+/gu) ?? []) {
    const trimmed = token.replace(/^[!|]+/u, '');
    let cyrillic = 0;
    let latin = 0;
    for (const ch of trimmed) {
      const script = letterScript(ch);
      if (script === 'cyrillic') cyrillic++;
      else if (script === 'latin') latin++;
    }
    if (cyrillic + latin > 0) out.push({ text: trimmed, cyrillic, latin });
  }
  return out;
}

/** A Cyrillic word with its Latin look-alikes (and "!" for "і") turned back into Cyrillic, lower case. */
function cyrillicWord(word: string): string {
  let out = '';
  for (const ch of word) out += letterScript(ch) === 'cyrillic' ? ch : (HOMOGLYPHS[ch] ?? ch);
  return out.toLowerCase();
}

function cyrillicRereading(cyrillicWords: readonly string[]): RereadLanguage | null {
  const notRussian = cyrillicWords.filter((w) => NOT_RUSSIAN.test(w)).length;
  if (notRussian < MIN_NOT_RUSSIAN_WORDS || notRussian < MIN_NOT_RUSSIAN_SHARE * cyrillicWords.length) return null;
  const text = cyrillicWords.join(' ');
  let ukrainian = count(text, UKRAINIAN_ONLY);
  let belarusian = count(text, BELARUSIAN_ONLY);
  for (const w of cyrillicWords) {
    if (LEXICON.uk.has(w) && !LEXICON.be.has(w)) ukrainian++;
    if (LEXICON.be.has(w) && !LEXICON.uk.has(w)) belarusian++;
  }
  return belarusian > ukrainian ? 'be' : 'uk';
}

function latinRereading(latinWords: readonly string[]): RereadLanguage | null {
  const evidence = { lt: 0, pl: 0, en: 0, de: 0, lv: 0 };
  for (const raw of latinWords) {
    const lower = raw.toLowerCase();
    const folded = foldLatinDiacritics(lower);
    for (const language of Object.keys(evidence) as (keyof typeof evidence)[]) if (LEXICON[language].has(folded)) evidence[language]++;
    evidence.de += LETTER_WEIGHT * count(lower, GERMAN_LETTERS);
    evidence.lv += LETTER_WEIGHT * count(lower, LATVIAN_LETTERS);
  }
  const served = Math.max(evidence.lt, evidence.pl, evidence.en);
  const [best, amount] = evidence.de >= evidence.lv ? (['de', evidence.de] as const) : (['lv', evidence.lv] as const);
  return amount >= MIN_LATIN_EVIDENCE && amount >= LATIN_MARGIN * served ? best : null;
}

/**
 * The second reading a page's first reading asks for, or null when the first is the page's
 * language (or the page says too little). `readWith`: the models of the first reading; a language
 * already among them is not read again.
 */
export function chooseRereading(firstReading: string, readWith: readonly OcrLanguage[]): Rereading | null {
  const all = words(firstReading);
  if (all.length < MIN_WORDS) return null;
  const cyrillicLetters = all.reduce((sum, w) => sum + w.cyrillic, 0);
  const latinLetters = all.reduce((sum, w) => sum + w.latin, 0);
  const language =
    cyrillicLetters > latinLetters
      ? cyrillicRereading(all.filter((w) => w.cyrillic > 0 && w.cyrillic >= w.latin).map((w) => cyrillicWord(w.text)))
      : latinRereading(all.filter((w) => w.latin > w.cyrillic).map((w) => w.text));
  if (!language || readWith.includes(language)) return null;
  return { language, languages: [language, 'lt', 'en'] };
}

export interface Reading {
  text: string;
  confidence: number;
}

/** Of two readings of one page, the one the engine is surer of (the first on a tie). */
export function betterReading<T extends Reading>(first: T, second: T): T {
  return second.confidence > first.confidence ? second : first;
}
