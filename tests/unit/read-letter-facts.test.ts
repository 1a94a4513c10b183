/**
 * Reading the petitioner's facts from a letter's text: sender blocks at the top, signatures at the
 * bottom, the four languages' ways of writing an address and a date, OCR damage, and the recipient's
 * (the municipality's) address, which is never the sender's.
 */
import { describe, expect, it } from 'vitest';
import { readLetterFacts, type LetterFacts } from '../../server/intake/letter-facts/read-letter-facts.js';

const NONE: LetterFacts = { name: null, address: null, email: null, phone: null, letterDate: null, subject: null };

const cases: { title: string; letter: string; expected: Partial<LetterFacts> }[] = [
  {
    title: 'lt: a full sender block, one-line address, subject after Dėl',
    letter: `Dovilė Kairienė
Ukmergės g. 241-87, LT-09214 Vilnius
+370 655 12 340
dovile.kairiene@gmail.com

Vilniaus miesto savivaldybės administracijai
Konstitucijos pr. 3, LT-09601 Vilnius

Dėl šaligatvio remonto

Gerbiamieji,
prašau suremontuoti šaligatvį prie mūsų namo.
Su pagarba
Dovilė Kairienė
2026 m. lapkričio 3 d.`,
    expected: {
      name: 'Dovilė Kairienė', address: 'Ukmergės g. 241-87, LT-09214 Vilnius', phone: '+370 655 12 340',
      email: 'dovile.kairiene@gmail.com', letterDate: '2026-11-03', subject: 'Dėl šaligatvio remonto',
    },
  },
  {
    title: 'lt: a two-line address on a prospektas, the date as ISO, no e-mail',
    letter: `Kęstutis Baranauskas
Laisvės pr. 60-14
LT-05120 Vilnius
tel. 8 686 11 202

Vilniaus miesto savivaldybės administracijos
Transporto skyriui

Prašymas dėl stovėjimo leidimo

Laba diena,
prašau išduoti leidimą.
Pagarbiai
Kęstutis Baranauskas
2026-02-17`,
    expected: {
      name: 'Kęstutis Baranauskas', address: 'Laisvės pr. 60-14, LT-05120 Vilnius', phone: '8 686 11 202',
      email: null, letterDate: '2026-02-17', subject: 'Prašymas dėl stovėjimo leidimo',
    },
  },
  {
    title: 'lt: al. and k. forms; butas written out',
    letter: `Ona Petraitytė-Jonaitienė
Saulėtekio al. 15 butas 8, Vilnius
(8 5) 231 44 09

Antakalnio seniūnijai

Skundas dėl triukšmo naktį

Gerbiamieji, kaimynai triukšmauja kiekvieną naktį.`,
    expected: {
      name: 'Ona Petraitytė-Jonaitienė', address: 'Saulėtekio al. 15 butas 8, Vilnius', phone: '(8 5) 231 44 09',
      subject: 'Skundas dėl triukšmo naktį', letterDate: null, email: null,
    },
  },
  {
    title: 'lt: a village street with k.',
    letter: `Petras Vilkas
Pagirių k. 12, LT-14110 Vilniaus r.

Vilniaus miesto savivaldybės administracijai

Gerbiamieji, prašau informacijos.`,
    expected: { name: 'Petras Vilkas', address: 'Pagirių k. 12, LT-14110 Vilniaus r.', phone: null },
  },
  {
    title: 'pl: ul. rendering, Wilno, the written Polish date',
    letter: `Krystyna Wołłejko
ul. Ukmergės 241-87, Wilno
+370 612 40 555

Administracja Samorządu m. Wilna
Konstitucijos pr. 3, LT-09601 Vilnius

Temat: zwrot opłaty za wodę

Szanowni Państwo,
proszę o zwrot nadpłaty.
Z poważaniem
Krystyna Wołłejko
Wilno, 3 listopada 2026 r.`,
    expected: {
      name: 'Krystyna Wołłejko', address: 'ul. Ukmergės 241-87, Wilno', phone: '+370 612 40 555',
      letterDate: '2026-11-03', subject: 'zwrot opłaty za wodę',
    },
  },
  {
    title: 'ru: ул. rendering with кв., the written Russian date',
    letter: `Светлана Кузнецова
ул. Укмерго 241, кв. 87, Вильнюс
тел. +370 699 00 123

Администрации самоуправления г. Вильнюса

Тема: ремонт лифта

Уважаемые сотрудники!
Прошу отремонтировать лифт.
С уважением,
Светлана Кузнецова
3 ноября 2026 г.`,
    expected: {
      name: 'Светлана Кузнецова', address: 'ул. Укмерго 241, кв. 87, Вильнюс', phone: '+370 699 00 123',
      letterDate: '2026-11-03', subject: 'ремонт лифта',
    },
  },
  {
    title: 'en: two-line address, written English date, subject line before the salutation',
    letter: `Sean O'Connor
Didlaukio g. 47-3
LT-08321 Vilnius
sean.oconnor@example.ie

Vilnius City Municipality Administration
Konstitucijos pr. 3, LT-09601 Vilnius

3 November 2026

Streetlight out on our street

Dear Sir or Madam,
the streetlight has been out for a week.
Yours faithfully,
Sean O'Connor`,
    expected: {
      name: "Sean O'Connor", address: 'Didlaukio g. 47-3, LT-08321 Vilnius', email: 'sean.oconnor@example.ie',
      phone: null, letterDate: '2026-11-03', subject: 'Streetlight out on our street',
    },
  },
  {
    title: 'OCR: the postcode with an em dash and a letter O, "@" read as Q, spacing damaged',
    letter: `Gintaras Mockus
Kalvarijų g.  98-12 ,  LT—O8211 Vilnius
+370 611 22 334
gintaras.mockusQgmail.com
Vilniaus miesto savivaldybės administracijai
Konstitucijos pr. 3, LT-09601 Vilnius
Gerbiamieji,`,
    expected: {
      name: 'Gintaras Mockus', address: 'Kalvarijų g. 98-12, LT-08211 Vilnius', email: 'gintaras.mockus@gmail.com', phone: '+370 611 22 334',
    },
  },
  {
    title: 'OCR: a Cyrillic model reads LT as 11; a postcode without its dash',
    letter: `Игорь Павлов
Žirmūnų g. 70-4, 11-09110 Vilnius
Администрации самоуправления г. Вильнюса
Konstitucijos pr. 3, LT 09601 Vilnius
Здравствуйте!`,
    expected: { name: 'Игорь Павлов', address: 'Žirmūnų g. 70-4, LT-09110 Vilnius' },
  },
  {
    title: 'OCR: a street name that lost its diacritic is spelled as the signature spells it',
    letter: `Zenonas Siaulys
Zirgo g. 4-2, Vilnius
Vilniaus miesto savivaldybės administracijai
Gerbiamieji, prašau patikrinti.
Pagarbiai
Zenonas Šiaulys
Žirgo g. 4-2, Vilnius`,
    expected: { name: 'Zenonas Šiaulys', address: 'Žirgo g. 4-2, Vilnius' },
  },
  {
    title: 'only the recipient (the municipality) has an address: the sender has none',
    letter: `Rasa Meškauskienė

Vilniaus miesto savivaldybės administracijai
Konstitucijos pr. 3, LT-09601 Vilnius

Gerbiamieji,
norėčiau sužinoti, kada bus tvarkomas parkas.
Su pagarba
Rasa Meškauskienė`,
    expected: { ...NONE, name: 'Rasa Meškauskienė' },
  },
  {
    title: 'the municipality\'s address written by hand under the sender\'s name is still not the sender\'s',
    letter: `Tadas Blinda
Konstitucijos pr. 3, LT-09601 Vilnius
Gerbiamieji, prašau priimti.`,
    expected: { name: 'Tadas Blinda', address: null },
  },
  {
    title: 'a department address passed as ownAddresses is never the sender\'s',
    letter: `Jonas Jonaitis
Gedimino pr. 9, LT-01103 Vilnius
Gerbiamieji, prašau.`,
    expected: { name: 'Jonas Jonaitis', address: null },
  },
  {
    title: 'no sender block, no signature: nothing invented',
    letter: `Laba diena,
šiukšlės neišvežtos jau dvi savaites prie Ukmergės g. 241, prašau sutvarkyti.
Ačiū`,
    expected: NONE,
  },
  {
    title: 'a heading and a salutation are not names, and a heading naming only the kind of document is no subject',
    letter: `PRAŠYMAS
Dear Sir or Madam,
please repair the road at Gedimino pr. 9 since 2026-03-01.`,
    expected: NONE,
  },
  {
    title: 'a heading that says what the request is about is the subject',
    letter: `PRAŠYMAS DĖL KELIO REMONTO
Gerbiamieji,
prašau suremontuoti kelią prie Gedimino pr. 9.`,
    expected: { ...NONE, subject: 'PRAŠYMAS DĖL KELIO REMONTO' },
  },
  {
    title: 'e-mail: signature block at the end, number in the body is not a phone',
    letter: `Hello,
I paid the parking fine twice, payment code 41820377, account LT39 7300 0101 4422 8876.
On 10 March 2026 the app froze.
Best regards,
Agnieszka Petrauskienė
Baltupio g. 63-20, Vilnius
mob. +370 698 77 001`,
    expected: {
      name: 'Agnieszka Petrauskienė', address: 'Baltupio g. 63-20, Vilnius', phone: '+370 698 77 001', email: null, letterDate: null,
    },
  },
  {
    title: 'e-mail: Russian signature with the e-mail, a date in the body is not the letter\'s date',
    letter: `Добрый день.
10 февраля 2026 года у нас прорвало трубу.
Спасибо,
Оксана Рудько
oksana.rudko@mail.ru`,
    expected: { name: 'Оксана Рудько', email: 'oksana.rudko@mail.ru', address: null, phone: null, letterDate: null },
  },
  {
    title: 'e-mail: Polish signature with an address on two lines',
    letter: `Dzień dobry,
proszę o informację w sprawie karty mieszkańca.
Pozdrawiam
Alicja Pawłowska
ul. Antakalnio 12-4
LT-10308 Wilno`,
    expected: { name: 'Alicja Pawłowska', address: 'ul. Antakalnio 12-4, LT-10308 Wilno' },
  },
  {
    title: 'en: a date written month first, Subject: label',
    letter: `Subject: Parking permit renewal
Dear Sir or Madam,
please renew my permit.
Kind regards,
Emily Clarke
November 3, 2026`,
    expected: { name: 'Emily Clarke', subject: 'Parking permit renewal', letterDate: '2026-11-03' },
  },
];

describe('readLetterFacts', () => {
  it.each(cases)('$title', ({ title, letter, expected }) => {
    const ownAddresses = title.includes('department') ? ['Gedimino pr. 9, LT-01103 Vilnius'] : undefined;
    const facts = readLetterFacts(letter, ownAddresses ? { ownAddresses } : undefined);
    expect(facts).toMatchObject(expected);
  });

  it.each([
    ['2026-11-03', '2026-11-03'],
    ['2026 m. lapkričio 3 d.', '2026-11-03'],
    ['Vilnius, 2026 m. sausio 15 d.', '2026-01-15'],
    ['3 listopada 2026 r.', '2026-11-03'],
    ['Wilno, 28 lutego 2026 r.', '2026-02-28'],
    ['3 ноября 2026 г.', '2026-11-03'],
    ['Вильнюс, 1 марта 2026 года', '2026-03-01'],
    ['3 November 2026', '2026-11-03'],
    ['03.11.2026', '2026-11-03'],
  ])('reads the date line %s as %s', (line, iso) => {
    expect(readLetterFacts(`Jonas Petraitis\n${line}\nGerbiamieji,`).letterDate).toBe(iso);
  });

  it.each(['2026-02-30', '31 listopada 2026 r.'])('refuses the impossible date %s', (line) => {
    expect(readLetterFacts(`${line}\nGerbiamieji,`).letterDate).toBeNull();
  });
});
