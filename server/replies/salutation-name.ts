/**
 * A petitioner's name as the salutation needs it: split into given and family name, displayed in a sane
 * capitalisation, and a guess of grammatical gender. Pure.
 *
 * The desk stores one free-text name per petitioner, written by the resident or typed from a scan, so this is
 * heuristics with a safe way out: whenever the name does not tell, the answer is 'unknown' and the letter uses
 * the neutral salutation. Misgendering a resident is worse than a neutral "Szanowni Państwo".
 */

export type Gender = 'female' | 'male';
export type GenderGuess = Gender | 'unknown';

export interface PersonName {
  /** Given name(s), '' when only one word was written. */
  given: string;
  /** Family name, '' when no name was written at all. */
  family: string;
  /** Gender stated by an honorific the resident wrote ("Ponia", "Mrs", "Pan", "господин"), if any. */
  statedGender?: Gender;
}

const HONORIFICS: ReadonlyMap<string, Gender | null> = new Map<string, Gender | null>([
  ['ponas', 'male'], ['p.', null], ['ponia', 'female'], ['panelė', 'female'],
  ['pan', 'male'], ['pani', 'female'],
  ['господин', 'male'], ['госпожа', 'female'], ['г-н', 'male'], ['г-жа', 'female'],
  ['mr', 'male'], ['mr.', 'male'], ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'],
  ['miss', 'female'], ['dr', null], ['dr.', null], ['prof.', null],
]);

/** Particles that begin a family name ("Ludwig van Beethoven", "Anna de la Cruz"). */
const FAMILY_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'dos', 'das']);

function isAllUpper(word: string): boolean {
  return /\p{L}/u.test(word) && word === word.toLocaleUpperCase() && word !== word.toLocaleLowerCase();
}

/**
 * "Jonas Petraitis" → given "Jonas", family "Petraitis". One word is taken as the family name (formal address
 * uses the family name). "PETRAITIS Jonas" — a family name in capitals first, as Lithuanian forms print it —
 * is recognised and swapped.
 */
export function splitName(full: string | null | undefined): PersonName {
  let words = (full ?? '').trim().split(/[\s,]+/u).filter((w) => w !== '');
  let statedGender: Gender | undefined;
  while (words.length > 1 && HONORIFICS.has(words[0].toLocaleLowerCase())) {
    statedGender ??= HONORIFICS.get(words[0].toLocaleLowerCase()) ?? undefined;
    words = words.slice(1);
  }
  const result = (given: string[], family: string[]): PersonName => ({
    given: given.join(' '),
    family: family.join(' '),
    ...(statedGender ? { statedGender } : {}),
  });
  if (words.length === 0) return result([], []);
  if (words.length === 1) return result([], words);
  // An initial ("A. Kowalski") is not a family name in capitals.
  const isInitial = (w: string): boolean => w.replace(/[^\p{L}]/gu, '').length < 2 || w.endsWith('.');
  if (isAllUpper(words[0]) && !isInitial(words[0]) && !words.slice(1).some(isAllUpper)) return result(words.slice(1), [words[0]]);
  const particle = words.findIndex((w, i) => i > 0 && FAMILY_PARTICLES.has(w.toLocaleLowerCase()));
  if (particle > 0 && particle < words.length - 1) return result(words.slice(0, particle), words.slice(particle));
  return result(words.slice(0, -1), words.slice(-1));
}

/**
 * "JONAS PETRAITIS" or "jonas petraitis" → "Jonas Petraitis". Mixed case ("McDonald", "de la Cruz") is kept:
 * the resident wrote it that way on purpose.
 */
export function displayName(word: string): string {
  const lettersOnly = word.replace(/[^\p{L}]/gu, '');
  if (lettersOnly === '') return word;
  const upper = lettersOnly === lettersOnly.toLocaleUpperCase();
  const lower = lettersOnly === lettersOnly.toLocaleLowerCase();
  if (!upper && !lower) return word;
  // Capitalise after start, hyphen, apostrophe and space: "ONA-MARIJA" → "Ona-Marija", "O'NEIL" → "O'Neil".
  return word.toLocaleLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toLocaleUpperCase());
}

// ─── gender ────────────────────────────────────────────────────────────────────────────────────────────────

/** Names ending in -a/-я that are men's names (Polish, Russian, Ukrainian, Lithuanian). */
const MALE_IN_A = new Set([
  'kuba', 'barnaba', 'bonawentura', 'kosma', 'jarema', 'zawisza', 'jogaila', 'mykola', 'nikita', 'ilja', 'ilya',
  'kuzma', 'foma', 'luka', 'luca', 'savva', 'danila', 'gavrila', 'mykyta', 'joshua', 'ezra',
  'никита', 'илья', 'кузьма', 'фома', 'лука', 'савва', 'данила', 'гаврила', 'микола', 'мыкола', 'добрыня',
  // Russian diminutives men sign with
  'миша', 'гриша', 'паша', 'дима', 'ваня', 'петя', 'вова', 'коля', 'толя', 'федя', 'лёша', 'леша', 'алёша',
  'алеша', 'серёжа', 'сережа', 'костя', 'юра', 'боря', 'гоша', 'стёпа', 'степа',
  'misha', 'grisha', 'pasha', 'dima', 'vanya', 'petya', 'vova', 'kolya', 'tolya', 'fedya', 'lyosha', 'alyosha',
  'seryozha', 'kostya', 'yura', 'borya',
]);

/** Short forms used by both sexes: never guess from them. */
const AMBIGUOUS = new Set(['саша', 'женя', 'валя', 'шура', 'слава', 'sasha', 'sasza', 'zhenya', 'zhenia', 'valya', 'slava', 'andrea', 'nicola']);

/** Women's names without -a/-ė/-я, and common English ones (English endings say nothing about gender). */
const FEMALE_OTHER = new Set([
  'любовь', 'нинель', 'рахиль', 'эсфирь', 'юдифь', 'ljubov', 'liubov', 'lyubov', 'ljubov\'', 'miriam', 'noemi',
  'beatrycze', 'rut', 'ingrid', 'dagmar', 'karmen', 'carmen', 'nicole', 'michelle', 'jane', 'anne', 'ann',
  'alice', 'grace', 'rose', 'elizabeth', 'margaret', 'catherine', 'kate', 'sarah', 'rachel', 'esther', 'ruth',
  'helen', 'ellen', 'karen', 'susan', 'janet', 'bridget', 'harriet', 'megan', 'alison', 'allison', 'kathleen',
  'eileen', 'lynn', 'jennifer', 'emily', 'lucy', 'amy', 'mary', 'judith', 'caroline', 'charlotte', 'louise',
  'sophie', 'chloe', 'zoe', 'claire', 'elaine', 'joanne', 'irene', 'doris', 'iris', 'phyllis', 'frances',
  'agnes', 'gladys', 'lois', 'mavis', 'dolores', 'abigail', 'hannah', 'holly', 'molly', 'kimberly', 'shirley',
  'beverly', 'dorothy', 'joan', 'jean', 'madeleine', 'isabel', 'elisabeth', 'natalie', 'heather', 'naomi',
]);

/** Common men's names whose ending alone does not say so (English and Polish given names). */
const MALE_OTHER = new Set([
  'john', 'james', 'michael', 'david', 'richard', 'robert', 'william', 'peter', 'paul', 'mark', 'george',
  'thomas', 'christopher', 'daniel', 'matthew', 'andrew', 'steven', 'stephen', 'edward', 'brian', 'kevin',
  'mike', 'joe', 'joseph', 'charles', 'anthony', 'simon', 'oliver', 'jack', 'harry', 'henry', 'patrick',
  'philip', 'martin', 'gary', 'ian', 'alan', 'neil', 'adam', 'jonathan', 'benjamin', 'samuel', 'luke', 'ryan',
  'jan', 'piotr', 'tomasz', 'krzysztof', 'andrzej', 'marek', 'michał', 'marcin', 'józef', 'jerzy', 'łukasz',
  'grzegorz', 'wojciech', 'kazimierz', 'henryk', 'ryszard', 'jacek', 'artur', 'rafał', 'kamil', 'bartosz',
  'mateusz', 'jakub', 'dawid', 'szymon', 'wiktor', 'edward', 'waldemar', 'zygmunt', 'witold', 'roman', 'maciej',
  'sebastian', 'karol', 'zenon', 'leon', 'igor', 'oleg', 'ivan', 'sergej', 'sergei', 'sergey', 'aleksandr',
  'paweł', 'zbigniew', 'bogdan', 'stefan', 'adrian', 'damian', 'konrad', 'norbert', 'hubert', 'filip', 'patryk',
  'oskar', 'dominik', 'kacper', 'mikołaj', 'antoni', 'ignacy', 'alexander', 'dmitrij', 'dmitry', 'dmitri', 'vladimir', 'valdemar', 'viktor', 'pavel', 'nikolaj', 'nikolai',
  'michail', 'mikhail', 'jurij', 'yuri', 'yury', 'anatolij', 'vitalij', 'andrej', 'andrei', 'aleksej', 'alexei',
]);

/** Polish masculine name endings: Stanisław, Mariusz, Marek, Andrzej. */
const POLISH_MALE_ENDINGS = /(sław|usz|ek|ej)$/u;
/** Lithuanian masculine endings: Jonas, Jurgis, Kazys, Vaitkus, Andrius. */
const LITHUANIAN_MALE_ENDINGS = /(as|is|ys|us)$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

function guessFromGivenName(given: string): GenderGuess {
  const first = given.split(/[\s-]+/u)[0]?.toLocaleLowerCase().replace(/[.'’]+$/u, '') ?? '';
  if (first.length < 2) return 'unknown'; // "J." or nothing
  if (AMBIGUOUS.has(first)) return 'unknown';
  if (MALE_IN_A.has(first) || MALE_OTHER.has(first)) return 'male';
  if (FEMALE_OTHER.has(first)) return 'female';
  if (/[aėая]$/u.test(first)) return 'female';
  if (CYRILLIC.test(first)) {
    // Russian men's names end in a consonant, -й or -ь (Игорь); the women's names in -ь are listed above.
    return /[бвгджзклмнпрстфхцчшщйь]$/u.test(first) ? 'male' : 'unknown';
  }
  if (LITHUANIAN_MALE_ENDINGS.test(first) || POLISH_MALE_ENDINGS.test(first)) return 'male';
  return 'unknown';
}

/**
 * Family names that carry gender: Lithuanian (-ienė, -aitė / -aitis, -auskas), Polish (-ska / -ski),
 * Russian (-ова, -ская / -ов, -ский), also in Latin transliteration. Only suffixes distinctive enough not
 * to catch English or other names ("Davis" does not count as Lithuanian).
 */
const FAMILY_FEMALE = /(ienė|aitė|ytė|iūtė|utė|ūtė|ska|cka|dzka|ова|ева|ёва|ина|ская|цкая|ая|ova|eva|skaja|skaya|ovna|evna)$/u;
const FAMILY_MALE = /(aitis|aitys|auskas|evičius|avičius|ičius|ūnas|ėnas|onis|inskas|ski|cki|dzki|ов|ев|ёв|ин|ский|цкий|ой|skij|skiy|skii|ov|ev)$/u;

function guessFromFamilyName(family: string): GenderGuess {
  const last = family.split('-').pop()?.toLocaleLowerCase() ?? '';
  if (last.length < 3) return 'unknown';
  if (FAMILY_FEMALE.test(last)) return 'female';
  if (FAMILY_MALE.test(last)) return 'male';
  return 'unknown';
}

/**
 * The grammatical gender to address the person with: the stated honorific, else the given name, else the
 * family name, else 'unknown'. The rules do not depend on the letter's language: a Lithuanian writing in
 * Polish is still Rūta or Eglė, and a Polish -a name is still female in a Russian letter.
 */
export function guessGender(name: PersonName): GenderGuess {
  if (name.statedGender) return name.statedGender;
  if (name.given) {
    const fromGiven = guessFromGivenName(name.given);
    return fromGiven !== 'unknown' ? fromGiven : guessFromFamilyName(name.family);
  }
  // A single word: a family name ("Petraitienė", "Kowalski") or, failing that, a given name ("Rūta").
  const fromFamily = guessFromFamilyName(name.family);
  return fromFamily !== 'unknown' ? fromFamily : guessFromGivenName(name.family);
}
