/**
 * The service catalogue files (server/departments/catalogue/) and the schema that guards them: the real
 * files load whole, and a broken copy is refused with the file, the entry and the rule it breaks.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogueLoadError, type CatalogueProblem } from '../../server/departments/catalogue.schema';
import { CATALOGUE_DIR, readCatalogue } from '../../server/departments/catalogue.store';
import { SERVED_LANGUAGES } from '../../server/languages';

const DEPARTMENT_IDS = ['water', 'heating', 'transport', 'waste', 'housing', 'civil-registry', 'social-welfare', 'archive', 'eldership', 'city-administration'];

describe('the service catalogue files', () => {
  const catalogue = readCatalogue();

  it('hold the ten departments, in order, each with its services in every served language', () => {
    expect(catalogue.departments.map((d) => d.id)).toEqual(DEPARTMENT_IDS);
    expect(catalogue.services).toHaveLength(81);
    for (const id of DEPARTMENT_IDS) expect(catalogue.services.filter((s) => s.departmentId === id).length).toBeGreaterThanOrEqual(5);
    for (const s of catalogue.services) expect(Object.keys(s.texts).sort()).toEqual([...SERVED_LANGUAGES].sort());
    expect(new Set(catalogue.services.map((s) => s.slug)).size).toBe(catalogue.services.length);
    // Services come grouped by department, in the order of departments.json: that order is their position.
    const order = catalogue.services.map((s) => s.departmentId).filter((d, i, all) => all.indexOf(d) === i);
    expect(order).toEqual(DEPARTMENT_IDS);
  });

  it('keep the texts as written (a sample)', () => {
    const meter = catalogue.services.find((s) => s.slug === 'water-contract');
    expect(meter?.departmentId).toBe('water');
    expect(meter?.texts.lt.name).toBe('Vandens tiekimo sutartis');
    expect(meter?.texts.ru.keywords).toContain('vodokanal');
    expect(catalogue.departments[0]).toEqual({
      id: 'water',
      legalName: 'UAB „Vilniaus vandenys“',
      names: { lt: 'Vandentvarka', pl: 'Wodociągi i kanalizacja', ru: 'Водоснабжение и канализация', en: 'Water and sewage' },
      email: 'water@desk.vilnius.example',
    });
  });
});

describe('the catalogue schema refuses a broken file, naming the file, the entry and the rule', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the real catalogue, changed by `edit`; returns the problems it is refused for. */
  function problemsAfter(edit: (dir: string, json: (file: string, change: (value: any) => unknown) => void) => void): CatalogueProblem[] {
    const dir = mkdtempSync(join(tmpdir(), 'desk-catalogue-'));
    dirs.push(dir);
    cpSync(fileURLToPath(CATALOGUE_DIR), dir, { recursive: true });
    edit(dir, (file, change) => {
      const path = join(dir, file);
      const value = JSON.parse(readFileSync(path, 'utf8'));
      writeFileSync(path, JSON.stringify(change(value) ?? value, null, 2));
    });
    try {
      readCatalogue(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogueLoadError);
      expect((error as Error).message).toContain(dir);
      return [...(error as CatalogueLoadError).problems];
    }
    throw new Error('the broken catalogue was accepted');
  }

  it('accepts an unchanged copy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-catalogue-'));
    dirs.push(dir);
    cpSync(fileURLToPath(CATALOGUE_DIR), dir, { recursive: true });
    expect(readCatalogue(dir)).toEqual(readCatalogue());
  });

  it.each<[string, string, (value: any) => unknown, CatalogueProblem]>([
    [
      'a keyword in capitals',
      'services/water.json',
      (v) => void (v.services[1].texts.pl.keywords[2] = 'Licznik'),
      { file: 'services/water.json', entry: 'water-meters', rule: 'texts.pl.keywords[2] is written in lower case' },
    ],
    [
      'a missing language',
      'services/heating.json',
      (v) => void delete v.services[0].texts.ru,
      { file: 'services/heating.json', entry: 'heating-contract', rule: 'texts.ru is missing' },
    ],
    [
      'an empty description',
      'services/waste.json',
      (v) => void (v.services[0].texts.en.description = '  '),
      { file: 'services/waste.json', entry: 'waste-collection-schedule', rule: 'texts.en.description is not empty' },
    ],
    [
      'a keyword listed twice',
      'services/archive.json',
      (v) => void v.services[0].texts.lt.keywords.push(v.services[0].texts.lt.keywords[0]),
      { file: 'services/archive.json', entry: 'archive-employment-history', rule: expect.stringMatching(/^texts\.lt\.keywords\[\d+\] repeats "/) as unknown as string },
    ],
    [
      'a misspelt field',
      'services/housing.json',
      (v) => {
        v.services[0].texts.lt.keyword = v.services[0].texts.lt.keywords;
        delete v.services[0].texts.lt.keywords;
      },
      { file: 'services/housing.json', entry: 'housing-social-housing-application', rule: 'texts.lt has unknown field "keyword"' },
    ],
    [
      'a slug that is not an identifier',
      'services/transport.json',
      (v) => void (v.services[0].slug = 'Bus Tickets'),
      { file: 'services/transport.json', entry: 'Bus Tickets', rule: 'slug is lower-case words joined by hyphens (e.g. "water-meter")' },
    ],
    [
      'a department without an e-mail address',
      'departments.json',
      (v) => void (v[2].email = 'transport at desk'),
      { file: 'departments.json', entry: 'transport', rule: 'email is an e-mail address' },
    ],
    [
      'a services file that names another department',
      'services/eldership.json',
      (v) => void (v.department = 'archive'),
      { file: 'services/eldership.json', entry: '(file)', rule: 'department is "archive", but the file is named after "eldership"' },
    ],
  ])('%s', (_, file, change, expected) => {
    const problems = problemsAfter((_dir, json) => json(file, change));
    expect(problems).toContainEqual(expected);
  });

  it('a slug used in two files, a services file of no department, a department without its file, JSON that does not parse', () => {
    expect(
      problemsAfter((dir, json) => {
        const slug = (JSON.parse(readFileSync(join(dir, 'services/water.json'), 'utf8')) as { services: { slug: string }[] }).services[0].slug;
        json('services/heating.json', (v) => void (v.services[0].slug = slug));
        writeFileSync(join(dir, 'services/parks.json'), JSON.stringify({ department: 'parks', services: [] }));
        unlinkSync(join(dir, 'services/archive.json'));
      }),
    ).toEqual([
      { file: 'services/heating.json', entry: 'water-contract', rule: 'the slug is already used in services/water.json' },
      { file: 'services/parks.json', entry: '(file)', rule: 'names no department of departments.json (a services file is named after its department id)' },
      { file: 'services/archive.json', entry: '(file)', rule: 'is missing: every department of departments.json has its services file' },
    ]);
    expect(problemsAfter((dir) => writeFileSync(join(dir, 'services/water.json'), '{ "department": "water", '))).toEqual([
      { file: 'services/water.json', entry: '(file)', rule: expect.stringMatching(/^is not valid JSON/) },
    ]);
  });

  it('lists every problem at once, in the message too', () => {
    const problems = problemsAfter((_dir, json) => {
      json('services/water.json', (v) => void (v.services[0].texts.lt.keywords[0] = 'Vanduo'));
      json('departments.json', (v) => void (v[0].names.pl = ''));
    });
    expect(problems).toEqual([
      { file: 'departments.json', entry: 'water', rule: 'names.pl is not empty' },
      { file: 'services/water.json', entry: 'water-contract', rule: 'texts.lt.keywords[0] is written in lower case' },
    ]);
  });
});
