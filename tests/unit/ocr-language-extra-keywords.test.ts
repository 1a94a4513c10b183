import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../server/departments/catalogue.store';
import { EXTRA_KEYWORD_LANGUAGES, parseExtraLanguageKeywords } from '../../server/departments/extra-language-keywords';
import { readExtraLanguageKeywords } from '../../server/departments/extra-language-keywords.store';

/** The keywords that let Ukrainian, Belarusian, German and Latvian petitions (read from scans or typed) be routed. */
describe('keywords of the languages the desk reads but does not serve', () => {
  const departmentIds = readCatalogue().departments.map((d) => d.id);

  it('the shipped files give every department of the catalogue keywords in each of the four languages', () => {
    const keywords = readExtraLanguageKeywords(departmentIds);
    for (const language of EXTRA_KEYWORD_LANGUAGES) {
      expect(keywords.filter((k) => k.language === language).map((k) => k.departmentId).sort()).toEqual([...departmentIds].sort());
    }
    expect(keywords.every((k) => k.keywords.length >= 5)).toBe(true);
    // In the language's own words: a Ukrainian list is Cyrillic, a German one has its umlauts.
    expect(keywords.find((k) => k.language === 'uk' && k.departmentId === 'heating')?.keywords).toContain('опалення');
    expect(keywords.find((k) => k.language === 'de' && k.departmentId === 'waste')?.keywords).toContain('müllabfuhr');
  });

  it('refuses a file that breaks a rule, naming the file, the entry and the rule, every problem at once', () => {
    const files = new Map<string, unknown>([
      ['uk.json', { language: 'uk', departments: { water: ['Вода', 'вода', 'вода'], heating: ['опалення'], parks: ['парк'] } }],
      ['de.json', { language: 'lv', departments: { water: ['wasser'], heating: ['heizung'] } }],
      ['xx.json', { language: 'xx', departments: {} }],
    ]);
    let problems: readonly string[] = [];
    try {
      parseExtraLanguageKeywords(files, ['water', 'heating', 'waste']);
    } catch (error) {
      problems = (error as { problems: readonly string[] }).problems;
    }
    expect(problems).toEqual(
      expect.arrayContaining([
        'uk.json: departments.water.0 is written in lower case',
        'uk.json: departments.water.2 repeats "вода"',
        'de.json: names language "lv" (the file is named after its language)',
        'de.json: departments.waste is missing (every department is listed)',
        expect.stringMatching(/^xx\.json: language /),
      ]),
    );
  });

  it('refuses a department the catalogue does not have', () => {
    const files = new Map<string, unknown>([['de.json', { language: 'de', departments: { water: ['wasser'], parks: ['park'] } }]]);
    expect(() => parseExtraLanguageKeywords(files, ['water'])).toThrow(/departments\.parks is not a department of the catalogue/);
  });
});
