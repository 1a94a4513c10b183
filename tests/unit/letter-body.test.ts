/**
 * A letter read as a letter: the sender's and recipient's blocks, the date, the salutation, the
 * closing and the signature are set aside; the subject and the body are what is routed.
 */
import { describe, expect, it } from 'vitest';
import { readEmail, readPhone } from '../../server/intake/letter-facts/contact-details';
import { readLetterDate } from '../../server/intake/letter-facts/letter-date';
import { isAddresseeLine, isClosing, isSalutation, letterLines } from '../../server/intake/letter-facts/letter-lines';
import { isPersonName } from '../../server/intake/letter-facts/person-name';
import { isPostcodeLine, isStreetLine } from '../../server/intake/letter-facts/postal-address';
import { createDepartmentRouter } from '../../server/routing/department-router';
import { readLetterBody, type LetterLineKinds } from '../../server/routing/letter-body';
import { readCatalogue } from '../../server/departments/catalogue.store';

const kinds: LetterLineKinds = { lines: letterLines, isSalutation, isClosing, isAddresseeLine, isPersonName, isStreetLine, isPostcodeLine, readEmail, readPhone, readLetterDate };

const letters: [string, string, { subject: string; body: RegExp; never: RegExp }][] = [
  [
    'lt',
    `Elena Rutkauskienė\nSaulėtekio al. 49-20, Vilnius\n(8 5) 270 33 18\n\nVilniaus miesto savivaldybės administracijai\nKonstitucijos pr. 3, LT-09601 Vilnius\n\n2026-03-02\n\nDėl vandens skaitiklio keitimo\n\nLaba diena,\nprašau pakeisti sugedusį vandens skaitiklį mano bute.\nSkaitiklis nerodo suvartojimo.\n\nPagarbiai\nElena Rutkauskienė\ntel. +370 612 34 567`,
    { subject: 'Dėl vandens skaitiklio keitimo', body: /^Vilniaus miesto savivaldybės administracijai\nprašau pakeisti sugedusį vandens skaitiklį mano bute\.\nSkaitiklis nerodo suvartojimo\.$/, never: /Konstitucijos|Rutkauskienė|270 33|2026-03-02|Pagarbiai/ },
  ],
  [
    'pl',
    `Józef Giedrojć\nul. Nemenčinės 51-6, Wilno\n\nSzanowni Państwo,\n\nproszę o rozłożenie długu za wodę na raty, bo straciłem pracę.\n\nZ poważaniem\nJózef Giedrojć\ntel. 8 675 21 904`,
    { subject: '', body: /^proszę o rozłożenie długu za wodę na raty, bo straciłem pracę\.$/, never: /Giedrojć|Nemenčinės|poważaniem|675/ },
  ],
  [
    'ru',
    `Переоформление договора на воду\nДобрый день. С 1 апреля я сдаю квартиру и хотел бы, чтобы договор на воду был на арендатора.\nСпасибо, Константин Фомин`,
    { subject: 'Переоформление договора на воду', body: /^С 1 апреля я сдаю квартиру/, never: /Фомин|Спасибо|Добрый/ },
  ],
  [
    'en',
    `Aleksandra Nowak\nRinktinės g. 44-15, LT-09312 Vilnius\n+370 691 02 884\n\nVilnius City Municipality Administration\nKonstitucijos pr. 3, LT-09601 Vilnius\n\nRequest to purchase the municipal flat I rent\n\nDear Sir or Madam,\nI have been the tenant of the municipal flat since 2010 and would like to buy it.\nYours faithfully,\nAleksandra Nowak\nRinktinės g. 44-15, LT-09312 Vilnius\ntel. +370 691 02 884`,
    { subject: 'Request to purchase the municipal flat I rent', body: /^Vilnius City Municipality Administration\nI have been the tenant of the municipal flat since 2010 and would like to buy it\.$/, never: /Nowak|Rinktinės|Konstitucijos|faithfully|Dear/ },
  ],
];

describe('reading a letter as a letter', () => {
  it.each(letters)('%s: subject and body, without the furniture', (_lang, text, expected) => {
    const read = readLetterBody(text, kinds);
    expect(read.subject).toBe(expected.subject);
    expect(read.body).toMatch(expected.body);
    expect(`${read.subject}\n${read.body}`).not.toMatch(expected.never);
  });

  it.each([
    ['a salutation sharing its line with the first sentence keeps the sentence', 'Hello, our bin was not emptied this week.\nThanks', '', 'our bin was not emptied this week.'],
    ['a wrapped first line of prose is not a subject', 'Prašome pastatyti suolelius prie tako, vedančio nuo\nparduotuvės iki namo.', '', 'Prašome pastatyti suolelius prie tako, vedančio nuo\nparduotuvės iki namo.'],
    ['a sentence mentioning an e-mail address stays', 'Please send the bill to jonas@example.com instead of my old address.', '', 'Please send the bill to jonas@example.com instead of my old address.'],
    ['a letter of nothing but furniture has no body', 'Jonas Jonaitis\nTilto g. 8-3, Vilnius\n+370 612 34 567', '', ''],
  ])('%s', (_what, text, subject, body) => {
    expect(readLetterBody(text, kinds)).toEqual({ subject, body, addressee: '' });
  });

  it('names the office the letter is addressed to, apart from the municipality\'s address', () => {
    const text = `Ona Petraitienė\nTilto g. 8-3, Vilnius\n\nŽirmūnų seniūnijai\nKonstitucijos pr. 3, LT-09601 Vilnius\n\nLaba diena,\nprašome nupjauti žolę kieme.\nPagarbiai\nOna Petraitienė`;
    const read = readLetterBody(text, kinds);
    expect(read.addressee).toBe('Žirmūnų seniūnijai');
    // Still read with the body, as before; the router gives it a place in the focus besides.
    expect(read.body).toBe('Žirmūnų seniūnijai\nprašome nupjauti žolę kieme.');
  });

  it('the municipality\'s own address and the signature no longer carry the routing', () => {
    const router = createDepartmentRouter(readCatalogue(), { letterLines: kinds });
    const [, text] = letters[3];
    const r = router.route({ subject: '', body: text });
    expect(r.top3[0].departmentId).toBe('housing');
    expect(r.evidence.join(' ')).not.toMatch(/Konstitucijos|Municipality|Administration|Nowak|faithfully/i);
  });
});
