/**
 * Letters in the languages the desk reads but does not serve (Ukrainian, Belarusian, German,
 * Latvian) are routed by the catalogue's keywords in those languages: the test-only letters of
 * tests/fixtures/letters/foreign, by their true text, through the router the desk builds (the real
 * catalogue, the extra-language keywords, a letter read as a letter).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../server/departments/catalogue.store';
import { readExtraLanguageKeywords } from '../../server/departments/extra-language-keywords.store';
import { readEmail, readPhone } from '../../server/intake/letter-facts/contact-details';
import { readLetterDate } from '../../server/intake/letter-facts/letter-date';
import { isAddresseeLine, isClosing, isSalutation, letterLines } from '../../server/intake/letter-facts/letter-lines';
import { isPersonName } from '../../server/intake/letter-facts/person-name';
import { isPostcodeLine, isStreetLine } from '../../server/intake/letter-facts/postal-address';
import { catalogueEntries, createDepartmentRouter } from '../../server/routing/department-router';
import { textFeatures } from '../../server/routing/features';
import type { LetterLineKinds } from '../../server/routing/letter-body';

const LETTERS = path.resolve(import.meta.dirname, '../fixtures/letters/foreign');
/** As the composition root hands intake's letter-facts reader to the router. */
const LETTER_LINES: LetterLineKinds = { lines: letterLines, isSalutation, isClosing, isAddresseeLine, isPersonName, isStreetLine, isPostcodeLine, readEmail, readPhone, readLetterDate };

const catalogue = readCatalogue();
const extraKeywords = readExtraLanguageKeywords(catalogue.departments.map((d) => d.id));

/** Each letter's department, as its file is named (the Ukrainian registry letter also addresses the civil registry office). */
const LETTER_DEPARTMENTS: Record<string, string> = {
  'uk-heating.txt': 'heating',
  'uk-registry.txt': 'civil-registry',
  'be-housing.txt': 'housing',
  'be-transport.txt': 'transport',
  'de-waste.txt': 'waste',
  'de-water.txt': 'water',
  'lv-eldership.txt': 'eldership',
  'lv-social.txt': 'social-welfare',
};

const letter = (file: string) => ({ subject: '', body: '', pages: [{ text: fs.readFileSync(path.join(LETTERS, file), 'utf8'), confidence: null }] });

describe('letters in Ukrainian, Belarusian, German and Latvian', () => {
  it('covers every letter of the fixtures', () => {
    expect(fs.readdirSync(LETTERS).filter((f) => f.endsWith('.txt')).sort()).toEqual(Object.keys(LETTER_DEPARTMENTS).sort());
  });

  const router = createDepartmentRouter({ ...catalogue, extraKeywords }, { letterLines: LETTER_LINES });
  const without = createDepartmentRouter(catalogue, { letterLines: LETTER_LINES });

  it.each(Object.entries(LETTER_DEPARTMENTS))('%s goes first to %s', (file, departmentId) => {
    const routing = router.route(letter(file));
    const before = without.route(letter(file));
    console.log(
      `${file.padEnd(18)} → ${routing.top3.map((t) => `${t.departmentId} ${t.confidence.toFixed(2)}`).join(', ')}${routing.autoRouted ? ' (auto)' : ''}` +
        `  [${routing.evidence.join(', ')}]  without the extra keywords: ${before.top3[0].departmentId} ${before.confidence.toFixed(2)}`,
    );
    expect(routing.top3[0].departmentId).toBe(departmentId);
    // Surer than the served languages' cognates alone make it.
    expect(routing.confidence).toBeGreaterThan(before.confidence);
    // The resident's own words carried it, in the letter's language.
    expect(routing.evidence.length).toBeGreaterThan(0);
  });

  // Street lighting is the city administration's (the catalogue's city-street-lighting), in every language.
  it.each([
    ['uk', 'Прошу відремонтувати вуличне освітлення: на нашій вулиці вже місяць не світить жоден ліхтар.'],
    ['be', 'Прашу адрамантаваць вулічнае асвятленне: на нашай вуліцы ўжо месяц не свеціць ніводзін ліхтар.'],
    ['de', 'Ich bitte Sie, die Straßenbeleuchtung zu reparieren: in unserer Straße brennt seit einem Monat keine Laterne.'],
    ['lv', 'Lūdzu salabot ielu apgaismojumu: mūsu ielā jau mēnesi nedeg neviena laterna.'],
  ])('a %s letter about street lighting goes to the city administration', (_language, text) => {
    const routing = router.route({ subject: '', body: text, pages: [] });
    expect(routing.top3[0].departmentId).toBe('city-administration');
  });

  it('the keywords are catalogue entries held out in the cold-start calibration, one per department and language', () => {
    const entries = catalogueEntries({ ...catalogue, extraKeywords });
    const plain = catalogueEntries(catalogue);
    expect(entries.length - plain.length).toBe(extraKeywords.length);
    const german = entries.at(plain.length + extraKeywords.findIndex((k) => k.language === 'de' && k.departmentId === 'waste'))!;
    expect(german.departmentId).toBe('waste');
    expect(german.queries).toHaveLength(1);
    for (const feature of textFeatures('müllabfuhr').keys()) expect(german.features.has(feature)).toBe(true);
    // More held-out texts than the catalogue alone gives.
    expect(router.calibration().samples).toBeGreaterThan(without.calibration().samples);
  });
});
