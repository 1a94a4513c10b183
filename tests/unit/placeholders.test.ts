/**
 * Placeholders: the documented set, language-formatted dates, values resolved per language, and values built
 * from a case-like object.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, SERVED_LANGUAGES, type Lang } from '../../server/languages.js';
import { formatLetterDate, monthNames } from '../../server/replies/format-date.js';
import {
  buildPlaceholderValues,
  PLACEHOLDER_NAMES,
  PLACEHOLDERS,
  resolvePlaceholders,
  type PlaceholderValues,
} from '../../server/replies/placeholders.js';

describe('formatLetterDate', () => {
  it.each([
    ['2026-03-04', 'lt', '2026 m. kovo 4 d.'],
    ['2026-03-04', 'pl', '4 marca 2026 r.'],
    ['2026-03-04', 'ru', '4 марта 2026 г.'],
    ['2026-03-04', 'en', '4 March 2026'],
    ['2026-01-01', 'lt', '2026 m. sausio 1 d.'],
    ['2026-01-01', 'pl', '1 stycznia 2026 r.'],
    ['2026-01-01', 'ru', '1 января 2026 г.'],
    ['2026-01-01', 'en', '1 January 2026'],
    ['2026-05-15', 'lt', '2026 m. gegužės 15 d.'],
    ['2026-05-15', 'pl', '15 maja 2026 r.'],
    ['2026-05-15', 'ru', '15 мая 2026 г.'],
    ['2026-08-20', 'lt', '2026 m. rugpjūčio 20 d.'],
    ['2026-09-09', 'pl', '9 września 2026 r.'],
    ['2026-10-31', 'pl', '31 października 2026 r.'],
    ['2026-12-31', 'lt', '2026 m. gruodžio 31 d.'],
    ['2026-12-31', 'ru', '31 декабря 2026 г.'],
    ['2026-12-31', 'en', '31 December 2026'],
    ['2028-02-29', 'lt', '2028 m. vasario 29 d.'],
    ['2027-06-01', 'ru', '1 июня 2027 г.'],
  ] as const)('%s in %s → %s', (date, lang, expected) => {
    expect(formatLetterDate(date, lang)).toBe(expected);
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-3-4', '04.03.2026', '', '2026-03-04T10:00:00Z'])(
    'refuses %j',
    (bad) => {
      expect(() => formatLetterDate(bad, 'lt')).toThrow(RangeError);
    },
  );

  // The month tables are ours (Intl's Polish pattern lacks "r." and small-icu builds fall back to English);
  // this cross-check keeps them honest against CLDR's genitive month names.
  describe.each(SERVED_LANGUAGES)('month names in %s', (lang) => {
    const intl = new Intl.DateTimeFormat(LANGUAGES[lang].intlLocale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    it.each(Array.from({ length: 12 }, (_, i) => i))('month %i matches Intl', (month) => {
      const parts = intl.formatToParts(new Date(Date.UTC(2026, month, 4)));
      expect(monthNames(lang)[month]).toBe(parts.find((p) => p.type === 'month')?.value);
    });
  });

  it('agrees with Intl long dates where Intl writes the official form (lt, ru, en-GB) and adds "r." in Polish', () => {
    for (let month = 0; month < 12; month++) {
      const instant = new Date(Date.UTC(2026, month, 17));
      const date = instant.toISOString().slice(0, 10);
      const intl = (lang: Lang): string =>
        new Intl.DateTimeFormat(LANGUAGES[lang].intlLocale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(instant);
      expect(formatLetterDate(date, 'lt')).toBe(intl('lt'));
      expect(formatLetterDate(date, 'ru')).toBe(intl('ru'));
      expect(formatLetterDate(date, 'en')).toBe(intl('en'));
      expect(formatLetterDate(date, 'pl')).toBe(`${intl('pl')} r.`);
    }
  });
});

describe('the placeholder set', () => {
  it('is the documented one: every name appears in the table at the top of placeholders.ts', () => {
    const source = readFileSync(new URL('../../server/replies/placeholders.ts', import.meta.url), 'utf8');
    const header = source.slice(0, source.indexOf('*/'));
    const documented = [...header.matchAll(/^ \* \| ([a-z_]+)\s+\|/gm)].map((m) => m[1]).filter((n) => n !== 'placeholder');
    expect(documented.sort()).toEqual([...PLACEHOLDER_NAMES].sort());
  });

  it('has the names the letters need', () => {
    expect(PLACEHOLDER_NAMES).toEqual(
      expect.arrayContaining([
        'salutation', 'petitioner_name', 'case_number', 'received_date', 'registration_date', 'due_date', 'today',
        'new_due_date', 'extension_reason', 'clerk_name', 'clerk_title', 'department_name', 'competent_institution',
        'requested_information', 'decision_text', 'decision_reason',
      ]),
    );
  });

  it('gives every placeholder a label in every language, different from the English one outside English', () => {
    for (const name of PLACEHOLDER_NAMES) {
      const label = PLACEHOLDERS[name].label;
      for (const lang of SERVED_LANGUAGES) expect(label[lang].trim(), `${name}.${lang}`).not.toBe('');
      for (const lang of ['lt', 'pl', 'ru'] as const) expect(label[lang], `${name}.${lang}`).not.toBe(label.en);
    }
  });
});

describe('resolvePlaceholders', () => {
  const values: PlaceholderValues = {
    petitionerName: 'Jonas Petraitis',
    caseNumber: 'VLN-2026-000123',
    receivedDate: '2026-03-04',
    registrationDate: '2026-03-05',
    dueDate: '2026-04-02',
    today: '2026-03-06',
    departmentName: { lt: 'Vandentvarka', pl: 'Wodociągi i kanalizacja', ru: 'Водоснабжение и канализация', en: 'Water and sewage' },
    departmentLegalName: 'UAB „Vilniaus vandenys“',
    clerkName: 'Rasa Jonaitienė',
    clerkTitle: { lt: 'vyriausioji specialistė', en: 'senior specialist' },
    clerkPhone: '+370 5 211 2000',
    clerkEmail: 'rasa.jonaitiene@desk.vilnius.example',
    extensionReason: '   ',
  };

  it('formats every date in the letter’s language', () => {
    expect(resolvePlaceholders(values, 'lt')).toMatchObject({
      received_date: '2026 m. kovo 4 d.',
      registration_date: '2026 m. kovo 5 d.',
      due_date: '2026 m. balandžio 2 d.',
      today: '2026 m. kovo 6 d.',
    });
    expect(resolvePlaceholders(values, 'pl').due_date).toBe('2 kwietnia 2026 r.');
    expect(resolvePlaceholders(values, 'ru').due_date).toBe('2 апреля 2026 г.');
    expect(resolvePlaceholders(values, 'en').due_date).toBe('2 April 2026');
  });

  it('derives the salutation in each language', () => {
    expect(resolvePlaceholders(values, 'lt').salutation).toBe('Gerbiamasis Jonai Petraiti,');
    expect(resolvePlaceholders(values, 'pl').salutation).toBe('Szanowny Panie,');
    expect(resolvePlaceholders(values, 'ru').salutation).toBe('Уважаемый господин Petraitis!');
    expect(resolvePlaceholders(values, 'en').salutation).toBe('Dear Mr Petraitis,');
    expect(resolvePlaceholders({}, 'lt').salutation).toBe('Laba diena,');
  });

  it('picks per-language texts and leaves out what a language lacks', () => {
    expect(resolvePlaceholders(values, 'pl').department_name).toBe('Wodociągi i kanalizacja');
    expect(resolvePlaceholders(values, 'lt').clerk_title).toBe('vyriausioji specialistė');
    expect(resolvePlaceholders(values, 'ru').clerk_title).toBeUndefined();
  });

  it('composes the clerk contact with the language’s labels', () => {
    expect(resolvePlaceholders(values, 'lt').clerk_contact).toBe(
      'Rasa Jonaitienė, vyriausioji specialistė, tel. +370 5 211 2000, el. p. rasa.jonaitiene@desk.vilnius.example',
    );
    expect(resolvePlaceholders(values, 'ru').clerk_contact).toBe(
      'Rasa Jonaitienė, тел. +370 5 211 2000, эл. почта rasa.jonaitiene@desk.vilnius.example',
    );
    expect(resolvePlaceholders(values, 'pl').clerk_contact).toContain('e-mail rasa.jonaitiene@');
    // A name alone is no way to reach anyone.
    expect(resolvePlaceholders({ clerkName: 'Rasa Jonaitienė' }, 'en').clerk_contact).toBeUndefined();
  });

  it('treats blank text as missing', () => {
    expect(resolvePlaceholders(values, 'lt').extension_reason).toBeUndefined();
    expect(resolvePlaceholders({ caseNumber: '' }, 'lt').case_number).toBeUndefined();
  });
});

describe('buildPlaceholderValues', () => {
  const source = {
    case: { number: 'VLN-2026-000123', receivedAt: '2026-03-10T23:30:00.000Z', registeredOn: '2026-03-11', dueOn: '2026-04-08' },
    petitioner: { name: 'Rūta Petraitienė', address: 'Gedimino pr. 1-2, Vilnius', gender: null },
    department: {
      id: 'water',
      legalName: 'UAB „Vilniaus vandenys“',
      names: { lt: 'Vandentvarka', pl: 'Wodociągi i kanalizacja', ru: 'Водоснабжение и канализация', en: 'Water and sewage' },
      email: 'water@desk.vilnius.example',
    },
    clerk: { name: 'Tomas Kazlauskas', title: 'specialistas', phone: null, email: 'tomas@desk.vilnius.example' },
    today: new Date('2026-03-12T08:00:00Z'),
    extension: { newDueDate: '2026-04-22', reason: 'Reikia gauti duomenis iš kitos institucijos.' },
    competentInstitution: 'Nacionalinis visuomenės sveikatos centras',
  };

  it('maps a case, its petitioner, department and clerk to language-neutral values', () => {
    expect(buildPlaceholderValues(source)).toEqual({
      petitionerName: 'Rūta Petraitienė',
      petitionerAddress: 'Gedimino pr. 1-2, Vilnius',
      caseNumber: 'VLN-2026-000123',
      receivedDate: '2026-03-11', // 23:30 UTC is already the next day in Vilnius
      registrationDate: '2026-03-11',
      dueDate: '2026-04-08',
      newDueDate: '2026-04-22',
      today: '2026-03-12',
      extensionReason: 'Reikia gauti duomenis iš kitos institucijos.',
      competentInstitution: 'Nacionalinis visuomenės sveikatos centras',
      departmentName: source.department.names,
      departmentLegalName: 'UAB „Vilniaus vandenys“',
      departmentEmail: 'water@desk.vilnius.example',
      clerkName: 'Tomas Kazlauskas',
      clerkTitle: 'specialistas',
      clerkEmail: 'tomas@desk.vilnius.example',
    });
  });

  it('accepts a calendar date for today and leaves absent parts out', () => {
    expect(buildPlaceholderValues({ today: '2026-03-12' })).toEqual({ today: '2026-03-12' });
  });

  it('yields values that render in every language', () => {
    const values = buildPlaceholderValues(source);
    expect(resolvePlaceholders(values, 'lt').salutation).toBe('Gerbiamoji Rūta Petraitiene,');
    expect(resolvePlaceholders(values, 'pl').received_date).toBe('11 marca 2026 r.');
    expect(resolvePlaceholders(values, 'en').clerk_contact).toBe('Tomas Kazlauskas, specialistas, email tomas@desk.vilnius.example');
  });
});
