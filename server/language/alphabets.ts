/**
 * What the letters alone say. Every language has its alphabet; a letter outside it ("ł" in
 * "Lithuanian", "ї" in "Russian", "ā" in "Lithuanian") is strong evidence against that language.
 * ASCII letters a language does not use natively (Lithuanian and Latvian have no "w", Polish no
 * "v", Latvian no "y") still speak when a resident types without diacritics. Pure.
 */
import type { DetectableLanguage } from './language.js';
import { letterScript } from './text-folding.js';

const ASCII = 'abcdefghijklmnopqrstuvwxyz';

/** Lower-case letters of each alphabet. */
const ALPHABETS: Readonly<Record<DetectableLanguage, ReadonlySet<string>>> = {
  lt: new Set('aąbcčdeęėfghiįyjklmnoprsštuųūvzž'),
  pl: new Set('aąbcćdeęfghijklłmnńoóprsśtuwyzźż'),
  lv: new Set('aābcčdeēfgģhiījkķlļmnņoprsštuūvzž'),
  en: new Set(ASCII),
  de: new Set(`${ASCII}äöüß`),
  ru: new Set('абвгдеёжзийклмнопрстуфхцчшщъыьэюя'),
  uk: new Set('абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'),
  be: new Set('абвгдеёжзійклмнопрстуўфхцчшыьэюя'),
};


/**
 * Latin look-alikes inside a Cyrillic word (OCR, or Belarusian legal texts typed with a Latin "i")
 * are read as the Cyrillic letter they imitate.
 */
const LATIN_HOMOGLYPHS: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х',
};

export function fixMixedScriptWord(word: string): string {
  let cyrillic = 0;
  let latin = 0;
  for (const ch of word) {
    const script = letterScript(ch);
    if (script === 'cyrillic') cyrillic++;
    else if (script === 'latin') latin++;
  }
  if (cyrillic === 0 || latin === 0 || latin > cyrillic) return word;
  let out = '';
  for (const ch of word) out += LATIN_HOMOGLYPHS[ch] ?? ch;
  return out;
}

export interface ScriptCount {
  latin: number;
  cyrillic: number;
}

export function countScripts(words: readonly { text: string; weight: number }[]): ScriptCount {
  const count = { latin: 0, cyrillic: 0 };
  for (const w of words) {
    for (const ch of w.text) {
      const script = letterScript(ch);
      if (script === 'cyrillic') count.cyrillic += w.weight;
      else if (script === 'latin') count.latin += w.weight;
    }
  }
  return count;
}

/**
 * Letters that tell the languages of one script apart, with how often each occurs among all the
 * letters of ordinary text (approximate published letter frequencies). A letter a language does
 * not use gets RARE: a loan word or a typo, not impossible.
 */
const RARE = 0.0002;
const CYRILLIC_SIGNATURE: Readonly<Record<'ru' | 'uk' | 'be', Readonly<Record<string, number>>>> = {
  ru: { а: 0.08, о: 0.11, е: 0.085, и: 0.0735, і: RARE, ї: RARE, є: RARE, ґ: RARE, ў: RARE, ы: 0.019, э: 0.0032, ъ: 0.0004, ё: 0.002, щ: 0.0036 },
  uk: { а: 0.08, о: 0.095, е: 0.05, и: 0.062, і: 0.056, ї: 0.009, є: 0.006, ґ: 0.0002, ў: RARE, ы: RARE, э: RARE, ъ: RARE, ё: RARE, щ: 0.004 },
  // Belarusian writes unstressed "о" and "е" as "а" and "я" (akanne, yakanne).
  be: { а: 0.14, о: 0.04, е: 0.04, и: RARE, і: 0.055, ї: RARE, є: RARE, ґ: RARE, ў: 0.02, ы: 0.03, э: 0.01, ъ: RARE, ё: 0.005, щ: RARE },
};
/**
 * The plain letters that survive typing without diacritics: Lithuanian and Latvian have no "w",
 * Polish no "v", Latvian no "y". "ruLatin" is Russian in Latin letters ("в" → v, "ы/й/я" → y).
 */
const LATIN_SIGNATURE: Readonly<Record<'lt' | 'pl' | 'lv' | 'en' | 'de' | 'ruLatin', Readonly<Record<string, number>>>> = {
  lt: { w: RARE, v: 0.025, y: 0.014, q: RARE, x: RARE },
  pl: { w: 0.045, v: RARE, y: 0.038, q: RARE, x: RARE },
  lv: { w: RARE, v: 0.024, y: RARE, q: RARE, x: RARE },
  en: { w: 0.024, v: 0.0098, y: 0.02, q: 0.001, x: 0.0015 },
  de: { w: 0.019, v: 0.0067, y: 0.0004, q: 0.0002, x: 0.0003 },
  ruLatin: { w: RARE, v: 0.04, y: 0.03, q: RARE, x: 0.001 },
};

/**
 * Spellings, as a rate per letter of text. Belarusian turns "т", "д" before a soft vowel into "ц",
 * "дз" ("дзень", not "день"), so "ть", "ті", "де" all but never occur in it, while Russian and
 * Ukrainian are full of them. The past tense ends in "-л" in Russian ("переехал"), in "-в" in
 * Ukrainian ("переїхав") and "-ў" in Belarusian; the present in "-т" in Russian ("входит"), in
 * "-ть" in Ukrainian ("входить") and "-ць" in Belarusian; after a hard consonant the adjective ends
 * in "-ий" in Ukrainian ("добрий"), "-ый" in Russian and "-ы" in Belarusian; the reflexive is "-тся" / "-ться" / "-цца"; Russian
 * "и" before a vowel ("история", "решение") is "і" in Ukrainian ("історія").
 */
const CYRILLIC_PATTERNS: readonly { pattern: RegExp; rate: Readonly<Record<'ru' | 'uk' | 'be', number>> }[] = [
  { pattern: /[тд][еёіюяь]/g, rate: { ru: 0.025, uk: 0.025, be: 0.0008 } },
  { pattern: /дз/g, rate: { ru: 0.0003, uk: 0.001, be: 0.012 } },
  { pattern: /[аеиоуыяюэ]л(?:ся)?$/g, rate: { ru: 0.005, uk: 0.0008, be: 0.0005 } },
  { pattern: /[аеиоуыяюэ]т$/g, rate: { ru: 0.006, uk: 0.0015, be: 0.0015 } },
  { pattern: /[бвдзлмпрстф]ий$/g, rate: { ru: 0.001, uk: 0.004, be: 0.0001 } },
  { pattern: /тся$/g, rate: { ru: 0.002, uk: 0.0001, be: 0.0001 } },
  { pattern: /цца$/g, rate: { ru: 0.0001, uk: 0.0001, be: 0.002 } },
  { pattern: /и[аеёоуюя]/g, rate: { ru: 0.007, uk: 0.0003, be: 0.0003 } },
];

export type LetterModelLanguage = DetectableLanguage | 'ruLatin';

function signatureOf(language: LetterModelLanguage): Readonly<Record<string, number>> | undefined {
  return (CYRILLIC_SIGNATURE as Record<string, Record<string, number>>)[language] ?? (LATIN_SIGNATURE as Record<string, Record<string, number>>)[language];
}

/**
 * Log-likelihood of the text's signature letters under each candidate's letter frequencies
 * (a multinomial over the signature letters and "any other letter" of the script). It speaks
 * through absence as well: thirty Cyrillic letters without one "і" are unlikely Ukrainian.
 */
export function letterLogLikelihoods(
  words: readonly { text: string; weight: number }[],
  candidates: readonly LetterModelLanguage[],
  script: 'latin' | 'cyrillic',
): Record<string, number> {
  const counts = new Map<string, number>();
  let others = 0;
  const signatureLetters = new Set(Object.keys(script === 'cyrillic' ? CYRILLIC_SIGNATURE.ru : LATIN_SIGNATURE.en));
  const inScript = script === 'cyrillic' ? (ch: string) => letterScript(ch) === 'cyrillic' : (ch: string) => ch >= 'a' && ch <= 'z';
  for (const w of words) {
    if (w.weight === 0) continue;
    for (const ch of w.text.toLowerCase()) {
      if (signatureLetters.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + w.weight);
      else if (inScript(ch)) others += w.weight;
    }
  }
  const pairCounts = CYRILLIC_PATTERNS.map(() => 0);
  if (script === 'cyrillic') {
    for (const w of words) {
      const lower = w.text.toLowerCase();
      CYRILLIC_PATTERNS.forEach((pair, i) => (pairCounts[i] += (lower.match(pair.pattern)?.length ?? 0) * w.weight));
    }
  }
  const letters = others + [...counts.values()].reduce((a, b) => a + b, 0);
  const result: Record<string, number> = {};
  for (const c of candidates) {
    const p = signatureOf(c);
    if (!p) continue;
    const signatureMass = Object.values(p).reduce((a, b) => a + b, 0);
    let ll = others * Math.log(1 - signatureMass);
    for (const [ch, n] of counts) ll += n * Math.log(p[ch] ?? RARE);
    if (script === 'cyrillic') {
      // Poisson log-likelihood of each pair's count, so that absence speaks too.
      CYRILLIC_PATTERNS.forEach((pair, i) => {
        const rate = pair.rate[c as 'ru' | 'uk' | 'be'];
        ll += pairCounts[i] * Math.log(rate) - rate * letters;
      });
    }
    result[c] = ll;
  }
  return result;
}

/**
 * For each Latin candidate, the weighted number of non-ASCII letters its alphabet lacks ("ł" for
 * Lithuanian, "ė" for Polish, "ā" for both). Plain ASCII letters are the letter model's business.
 */
export function foreignLetterPenalties(
  words: readonly { text: string; weight: number }[],
  candidates: readonly DetectableLanguage[],
): Record<string, number> {
  const penalties: Record<string, number> = Object.fromEntries(candidates.map((c) => [c, 0]));
  for (const w of words) {
    if (w.weight === 0) continue;
    for (const ch of w.text.toLowerCase()) {
      if (ch < '\u0080' || letterScript(ch) !== 'latin') continue;
      for (const c of candidates) if (!ALPHABETS[c].has(ch)) penalties[c] += w.weight;
    }
  }
  return penalties;
}
