/**
 * How a letter greets the petitioner, in each served language. Pure.
 *
 *   lt  Gerbiamasis Jonai Petraiti,      Gerbiamoji Rūta Petraitiene,      neutral: Gerb. Li Wang, / Laba diena,
 *   pl  Szanowny Panie,                  Szanowna Pani,                    neutral: Szanowni Państwo,
 *   ru  Уважаемый господин Петров!       Уважаемая госпожа Смирнова!       neutral: Здравствуйте, Li Wang! / Здравствуйте!
 *   en  Dear Mr Walker,                  Dear Ms Walker,                   neutral: Dear Jane Doe, / Dear Sir or Madam,
 *
 * Lithuanian addresses a person in the vocative (šauksmininkas), both given and family name; the pronominal
 * "Gerbiamasis / Gerbiamoji" is the traditional form of address in official letters. Polish official letters
 * use "Szanowny Panie / Szanowna Pani" without the name (the safe standard: the vocative of a name is
 * familiar in Polish). Russian without a patronymic uses "господин / госпожа" with the family name, and ends
 * the salutation with "!", as Russian business letters do.
 */
import type { Lang } from '../languages.js';
import { displayName, guessGender, splitName, type GenderGuess, type PersonName } from './salutation-name.js';

export { guessGender, splitName, type Gender, type GenderGuess, type PersonName } from './salutation-name.js';

/**
 * Vocative endings of Lithuanian personal names, longest first.
 *   -ius → -iau  Andrius → Andriau, Paulius → Pauliau, Stankevičius → Stankevičiau
 *   -us  → -au   Vaitkus → Vaitkau
 *   -ys  → -y    Kazys → Kazy
 *   -is  → -i    Jurgis → Jurgi, Petraitis → Petraiti
 *   -as  → -ai   Jonas → Jonai, Kazlauskas → Kazlauskai (names take -ai, not the -e of common nouns)
 *   -ė   → -e    Eglė → Egle, Petraitienė → Petraitiene, Jankauskaitė → Jankauskaite
 *   -a stays (Rūta, Ona: the vocative differs only in stress); anything else is left as written.
 */
const VOCATIVE_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['ius', 'iau'],
  ['us', 'au'],
  ['ys', 'y'],
  ['is', 'i'],
  ['as', 'ai'],
  ['ė', 'e'],
];

/** Letters Lithuanian does not write (q, w, x, other diacritics) and spellings it never uses (th, ph). */
const NOT_LITHUANIAN = /[^abcdefghijklmnoprstuvyząčęėįšųūž\-'’.]|th|ph|ee|oo/u;

/** True when a name cannot be a Lithuanian one, so Lithuanian endings must not be applied to it. */
export function looksForeignToLithuanian(word: string): boolean {
  return NOT_LITHUANIAN.test(word.toLocaleLowerCase('lt'));
}

function vocativeOfPart(part: string): string {
  const lower = part.toLocaleLowerCase('lt');
  const upper = part === part.toLocaleUpperCase('lt') && part !== lower;
  for (const [ending, replacement] of VOCATIVE_ENDINGS) {
    // At least two letters of stem: "As" or "Is" is no name to decline.
    if (lower.endsWith(ending) && lower.length - ending.length >= 2) {
      const stem = part.slice(0, part.length - ending.length);
      return stem + (upper ? replacement.toLocaleUpperCase('lt') : replacement);
    }
  }
  return part;
}

/**
 * The Lithuanian vocative of one name (given or family). Double names decline each part:
 * "Petraitienė-Kazlauskaitė" → "Petraitiene-Kazlauskaite". Capitals stay capitals: "JONAS" → "JONAI".
 */
export function lithuanianVocative(name: string): string {
  return name
    .split(/(\s+|-)/u)
    .map((piece) => (/^(\s+|-)$/u.test(piece) || piece === '' ? piece : vocativeOfPart(piece)))
    .join('');
}

export interface SalutationOptions {
  /** The gender to address the person with, when known from the case (overrides the guess from the name). */
  gender?: GenderGuess | null;
}

function nameForDisplay(name: PersonName): { given: string; family: string; full: string } {
  const given = name.given.split(' ').filter(Boolean).map(displayName).join(' ');
  const family = name.family.split(' ').filter(Boolean).map(displayName).join(' ');
  return { given, family, full: [given, family].filter(Boolean).join(' ') };
}

function lithuanian(name: PersonName, gender: GenderGuess): string {
  const { full } = nameForDisplay(name);
  if (!full) return 'Laba diena,';
  if (gender === 'unknown') return `Gerb. ${full},`;
  // A name with letters Lithuanian never writes ("Thomas Davis", "Jan Kowalski") is left undeclined, as
  // foreign names in their original spelling are; declining half of it would be worse than neither.
  const words = full.split(' ');
  const vocative = words.some(looksForeignToLithuanian) ? full : words.map(lithuanianVocative).join(' ');
  return `${gender === 'female' ? 'Gerbiamoji' : 'Gerbiamasis'} ${vocative},`;
}

function polish(_name: PersonName, gender: GenderGuess): string {
  if (gender === 'female') return 'Szanowna Pani,';
  if (gender === 'male') return 'Szanowny Panie,';
  return 'Szanowni Państwo,';
}

function russian(name: PersonName, gender: GenderGuess): string {
  const { family, full } = nameForDisplay(name);
  if (!full) return 'Здравствуйте!';
  if (gender === 'female') return `Уважаемая госпожа ${family}!`;
  if (gender === 'male') return `Уважаемый господин ${family}!`;
  return `Здравствуйте, ${full}!`;
}

function english(name: PersonName, gender: GenderGuess): string {
  const { family, full } = nameForDisplay(name);
  if (!full) return 'Dear Sir or Madam,';
  // British usage: no full stop after Mr and Ms (the municipality writes en-GB).
  if (gender === 'female') return `Dear Ms ${family},`;
  if (gender === 'male') return `Dear Mr ${family},`;
  return `Dear ${full},`;
}

const BY_LANGUAGE: Readonly<Record<Lang, (name: PersonName, gender: GenderGuess) => string>> = {
  lt: lithuanian,
  pl: polish,
  ru: russian,
  en: english,
};

/**
 * The salutation line, with its punctuation, for a letter in `lang` to the person named `fullName` (as the
 * desk stores it: "Jonas Petraitis"). Gender comes from `options.gender` when given, otherwise from the name;
 * when neither tells, the neutral form is used.
 */
export function salutation(fullName: string | null | undefined, lang: Lang, options: SalutationOptions = {}): string {
  const name = splitName(fullName);
  const gender: GenderGuess = options.gender && options.gender !== 'unknown' ? options.gender : guessGender(name);
  return BY_LANGUAGE[lang](name, gender);
}

/**
 * The complimentary close that goes above the signature block. English distinguishes a letter to a named
 * person ("Yours sincerely") from one to "Sir or Madam" ("Yours faithfully"); the other languages do not.
 */
export function complimentaryClose(lang: Lang, options: { named: boolean } = { named: true }): string {
  switch (lang) {
    case 'lt':
      return 'Pagarbiai';
    case 'pl':
      return 'Z poważaniem';
    case 'ru':
      return 'С уважением';
    case 'en':
      return options.named ? 'Yours sincerely' : 'Yours faithfully';
  }
}

