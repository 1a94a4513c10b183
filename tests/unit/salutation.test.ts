/**
 * Salutations: the Lithuanian vocative, gender from names, and the greeting line in each language.
 */
import { describe, expect, it } from 'vitest';
import {
  complimentaryClose,
  guessGender,
  lithuanianVocative,
  looksForeignToLithuanian,
  salutation,
  splitName,
} from '../../server/replies/salutation.js';

describe('lithuanianVocative', () => {
  it.each([
    // -as → -ai
    ['Jonas', 'Jonai'], ['Petras', 'Petrai'], ['Tomas', 'Tomai'], ['Mindaugas', 'Mindaugai'], ['Vytautas', 'Vytautai'],
    ['Antanas', 'Antanai'], ['Juozas', 'Juozai'], ['Gediminas', 'Gediminai'], ['Algirdas', 'Algirdai'], ['Lukas', 'Lukai'],
    ['Matas', 'Matai'], ['Kazlauskas', 'Kazlauskai'], ['Žukauskas', 'Žukauskai'], ['Barauskas', 'Barauskai'],
    ['Navickas', 'Navickai'], ['Tobijas', 'Tobijai'],
    // -is → -i
    ['Jurgis', 'Jurgi'], ['Petraitis', 'Petraiti'], ['Jonaitis', 'Jonaiti'], ['Kęstutis', 'Kęstuti'], ['Vytenis', 'Vyteni'],
    ['Gudelis', 'Gudeli'], ['Algis', 'Algi'],
    // -ys → -y
    ['Kazys', 'Kazy'], ['Gudelys', 'Gudely'],
    // -ius → -iau, -us → -au
    ['Andrius', 'Andriau'], ['Paulius', 'Pauliau'], ['Darius', 'Dariau'], ['Saulius', 'Sauliau'], ['Marius', 'Mariau'],
    ['Stankevičius', 'Stankevičiau'], ['Darijus', 'Darijau'], ['Vaitkus', 'Vaitkau'], ['Adamkus', 'Adamkau'], ['Rimkus', 'Rimkau'],
    // -ė → -e
    ['Eglė', 'Egle'], ['Gintarė', 'Gintare'], ['Birutė', 'Birute'], ['Petraitienė', 'Petraitiene'],
    ['Kazlauskienė', 'Kazlauskiene'], ['Jankauskaitė', 'Jankauskaite'], ['Butkutė', 'Butkute'], ['Valančiūtė', 'Valančiūte'],
    // -a stays
    ['Rūta', 'Rūta'], ['Ona', 'Ona'], ['Aldona', 'Aldona'], ['Laima', 'Laima'], ['Dalia', 'Dalia'], ['Jolanta', 'Jolanta'],
    // capitals stay capitals
    ['JONAS', 'JONAI'], ['PETRAITIENĖ', 'PETRAITIENE'], ['KAZYS', 'KAZY'], ['ANDRIUS', 'ANDRIAU'], ['ŽUKAUSKAS', 'ŽUKAUSKAI'],
    // double names decline each part
    ['Petraitienė-Kazlauskaitė', 'Petraitiene-Kazlauskaite'], ['Ona Marija', 'Ona Marija'], ['Jonas Paulius', 'Jonai Pauliau'],
    // unknown endings are left as written
    ['Li', 'Li'], ['Sinkevič', 'Sinkevič'], ['Smith', 'Smith'], ['Ivanov', 'Ivanov'], ['As', 'As'], ['Is', 'Is'], ['', ''],
  ])('%s → %s', (name, vocative) => {
    expect(lithuanianVocative(name)).toBe(vocative);
  });

  it.each([
    ['Thomas', true], ['Kowalski', true], ['Wojciech', true], ['Müller', true], ['Philip', true], ['Xavier', true],
    ['Jonas', false], ['Jackevičius', false], ['Žukauskas', false], ['Petraitienė', false],
  ])('%s looks foreign to Lithuanian: %s', (name, foreign) => {
    expect(looksForeignToLithuanian(name)).toBe(foreign);
  });
});

describe('splitName', () => {
  it.each([
    ['Jonas Petraitis', { given: 'Jonas', family: 'Petraitis' }],
    ['  Ona   Marija  Petraitienė ', { given: 'Ona Marija', family: 'Petraitienė' }],
    ['PETRAITIS Jonas', { given: 'Jonas', family: 'PETRAITIS' }],
    ['Petraitis', { given: '', family: 'Petraitis' }],
    ['Ludwig van Beethoven', { given: 'Ludwig', family: 'van Beethoven' }],
    ['', { given: '', family: '' }],
    ['Mrs Jane Walker', { given: 'Jane', family: 'Walker', statedGender: 'female' }],
    ['Ponas Tomas Vaitkus', { given: 'Tomas', family: 'Vaitkus', statedGender: 'male' }],
    ['Dr. Alex Morgan', { given: 'Alex', family: 'Morgan' }],
  ])('%j', (full, expected) => {
    expect(splitName(full)).toEqual(expected);
  });
});

describe('guessGender', () => {
  it.each([
    // Lithuanian
    ['Jonas Petraitis', 'male'], ['Kazys Vaitkus', 'male'], ['Andrius Žukauskas', 'male'], ['Jurgis Kairys', 'male'],
    ['Rūta Petraitienė', 'female'], ['Eglė Jankauskaitė', 'female'], ['Ona Kazlauskienė', 'female'], ['Aldona Butkutė', 'female'],
    ['Jogaila Jonaitis', 'male'],
    // Polish
    ['Jan Kowalski', 'male'], ['Kuba Nowak', 'male'], ['Barnaba Kowalczyk', 'male'], ['Zdzisław Wiśniewski', 'male'],
    ['Mariusz Kamiński', 'male'], ['Andrzej Lewandowski', 'male'], ['Paweł Zieliński', 'male'], ['Marek Nowak', 'male'],
    ['Halina Sinkevič', 'female'], ['Agnieszka Nowak', 'female'], ['Teresa Wołkowicz', 'female'],
    // Russian (Cyrillic and Latin)
    ['Иван Петров', 'male'], ['Сергей Иванов', 'male'], ['Игорь Соколов', 'male'], ['Никита Волков', 'male'],
    ['Илья Кузнецов', 'male'], ['Кузьма Морозов', 'male'], ['Ольга Смирнова', 'female'], ['Мария Иванова', 'female'],
    ['Любовь Кузнецова', 'female'], ['Наталья Попова', 'female'], ['Olga Smirnova', 'female'], ['Nikita Volkov', 'male'],
    // English
    ['Jane Walker', 'female'], ['John Walker', 'male'], ['Doris Lee', 'female'], ['Thomas Davis', 'male'],
    // Neither given name nor family name tells
    ['Alex Walker', 'unknown'], ['Саша Ким', 'unknown'], ['Li Wang', 'unknown'], ['J. Smith', 'unknown'], ['', 'unknown'],
    ['Andrea Rossi', 'unknown'],
    // Only the family name tells
    ['J. Petraitienė', 'female'], ['A. Kowalski', 'male'], ['В. Смирнова', 'female'],
    // A single word
    ['Petraitienė', 'female'], ['Kazlauskas', 'male'], ['Rūta', 'female'], ['Walker', 'unknown'],
    // A stated honorific wins
    ['Mrs Alex Walker', 'female'], ['Ponas Li Wang', 'male'],
  ])('%s → %s', (name, gender) => {
    expect(guessGender(splitName(name))).toBe(gender);
  });
});

describe('salutation', () => {
  it.each([
    ['Jonas Petraitis', 'Gerbiamasis Jonai Petraiti,'],
    ['Rūta Petraitienė', 'Gerbiamoji Rūta Petraitiene,'],
    ['Eglė Jankauskaitė', 'Gerbiamoji Egle Jankauskaite,'],
    ['Kazys Vaitkus', 'Gerbiamasis Kazy Vaitkau,'],
    ['Andrius Žukauskas', 'Gerbiamasis Andriau Žukauskai,'],
    ['Paulius Stankevičius', 'Gerbiamasis Pauliau Stankevičiau,'],
    ['Mindaugas Kazlauskas', 'Gerbiamasis Mindaugai Kazlauskai,'],
    ['Vytautas Jurgis Petrauskas', 'Gerbiamasis Vytautai Jurgi Petrauskai,'],
    ['Ona Aldona Kazlauskienė', 'Gerbiamoji Ona Aldona Kazlauskiene,'],
    ['Aldona Petraitienė-Kazlauskaitė', 'Gerbiamoji Aldona Petraitiene-Kazlauskaite,'],
    ['JONAS PETRAITIS', 'Gerbiamasis Jonai Petraiti,'],
    ['jonas petraitis', 'Gerbiamasis Jonai Petraiti,'],
    ['PETRAITIS Jonas', 'Gerbiamasis Jonai Petraiti,'],
    ['Olga Smirnova', 'Gerbiamoji Olga Smirnova,'],
    ['Jan Kowalski', 'Gerbiamasis Jan Kowalski,'],
    ['Thomas Davis', 'Gerbiamasis Thomas Davis,'],
    ['Li Wang', 'Gerb. Li Wang,'],
    ['', 'Laba diena,'],
  ])('lt: %j → %s', (name, expected) => {
    expect(salutation(name, 'lt')).toBe(expected);
  });

  it.each([
    ['Halina Sinkevič', 'Szanowna Pani,'],
    ['Agnieszka Nowak', 'Szanowna Pani,'],
    ['Eglė Petraitienė', 'Szanowna Pani,'],
    ['Jan Kowalski', 'Szanowny Panie,'],
    ['Kuba Wiśniewski', 'Szanowny Panie,'],
    ['Jonas Petraitis', 'Szanowny Panie,'],
    ['Li Wang', 'Szanowni Państwo,'],
    ['', 'Szanowni Państwo,'],
  ])('pl: %j → %s', (name, expected) => {
    expect(salutation(name, 'pl')).toBe(expected);
  });

  it.each([
    ['Ольга Смирнова', 'Уважаемая госпожа Смирнова!'],
    ['Иван Петров', 'Уважаемый господин Петров!'],
    ['Никита Волков', 'Уважаемый господин Волков!'],
    ['Илья Соколов', 'Уважаемый господин Соколов!'],
    ['Любовь Кузнецова', 'Уважаемая госпожа Кузнецова!'],
    ['ОЛЬГА СМИРНОВА', 'Уважаемая госпожа Смирнова!'],
    ['Olga Smirnova', 'Уважаемая госпожа Smirnova!'],
    ['Jonas Petraitis', 'Уважаемый господин Petraitis!'],
    ['Саша Ким', 'Здравствуйте, Саша Ким!'],
    ['', 'Здравствуйте!'],
  ])('ru: %j → %s', (name, expected) => {
    expect(salutation(name, 'ru')).toBe(expected);
  });

  it.each([
    ['Jane Walker', 'Dear Ms Walker,'],
    ['John Walker', 'Dear Mr Walker,'],
    ['Rūta Petraitienė', 'Dear Ms Petraitienė,'],
    ['Jonas Petraitis', 'Dear Mr Petraitis,'],
    ['Mrs Jane Walker', 'Dear Ms Walker,'],
    ['Alex Walker', 'Dear Alex Walker,'],
    ['JANE WALKER', 'Dear Ms Walker,'],
    ["mary o'neil", "Dear Ms O'Neil,"],
    ['', 'Dear Sir or Madam,'],
    [null, 'Dear Sir or Madam,'],
  ])('en: %j → %s', (name, expected) => {
    expect(salutation(name, 'en')).toBe(expected);
  });

  it('uses a gender given by the case over the guess, and the guess when told "unknown"', () => {
    expect(salutation('Li Wang', 'lt', { gender: 'female' })).toBe('Gerbiamoji Li Wang,');
    expect(salutation('Alex Walker', 'en', { gender: 'male' })).toBe('Dear Mr Walker,');
    expect(salutation('Alex Walker', 'pl', { gender: 'female' })).toBe('Szanowna Pani,');
    expect(salutation('Саша Ким', 'ru', { gender: 'female' })).toBe('Уважаемая госпожа Ким!');
    expect(salutation('Jane Walker', 'en', { gender: 'unknown' })).toBe('Dear Ms Walker,');
  });
});

describe('complimentaryClose', () => {
  it.each([
    ['lt', true, 'Pagarbiai'],
    ['pl', true, 'Z poważaniem'],
    ['ru', true, 'С уважением'],
    ['en', true, 'Yours sincerely'],
    ['en', false, 'Yours faithfully'],
  ] as const)('%s (named: %s) → %s', (lang, named, expected) => {
    expect(complimentaryClose(lang, { named })).toBe(expected);
  });
});
