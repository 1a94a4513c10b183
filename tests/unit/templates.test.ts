/**
 * Contract tests for the reply templates in templates/<id>/ and for the loader that guards them.
 *
 * The first half reads the real files directly (not through the loader), so a loader bug cannot hide a broken
 * template: every language present, the same placeholders in every language and in meta.json, only known
 * placeholders, the required kinds, two topic templates per department, and bodies that look like the
 * language they claim to be. The second half feeds the loader broken fixtures and expects clear refusals.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../server/departments/catalogue.store.js';
import { isDomainError } from '../../server/errors.js';
import { SERVED_LANGUAGES, type Lang } from '../../server/languages.js';
import { PLACEHOLDER_NAMES, type PlaceholderValues } from '../../server/replies/placeholders.js';
import {
  escapeHtml,
  getTemplate,
  listTemplates,
  loadTemplates,
  missingPlaceholders,
  renderTemplate,
  TEMPLATE_KINDS,
  TemplateLoadError,
  templateSubject,
  type TemplateSet,
} from '../../server/replies/render-template.js';
import { BODY_TAGS, inspectBody, type TemplateKind } from '../../server/replies/template.js';

const TEMPLATES_DIR = new URL('../../templates/', import.meta.url).pathname;
const CATALOGUE = readCatalogue();
const KNOWN = {
  departments: new Set(CATALOGUE.departments.map((d) => d.id)),
  services: new Map(CATALOGUE.services.map((s) => [s.slug, s.departmentId])),
};

interface RawTemplate {
  id: string;
  files: string[];
  meta: {
    id: string;
    kind: TemplateKind;
    title: Record<Lang, string>;
    subject: Record<Lang, string>;
    departments: string[];
    services?: string[];
    placeholders: string[];
    pausesClock?: boolean;
  };
  bodies: Partial<Record<Lang, string>>;
}

/** meta.json as written; an unreadable one becomes an empty meta, so the tests below fail by name, not at load. */
function readMeta(file: string): RawTemplate['meta'] {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    const none = { lt: '', pl: '', ru: '', en: '' };
    return { id: '', kind: 'topic', title: none, subject: none, departments: [], placeholders: [] };
  }
}

const raw: RawTemplate[] = readdirSync(TEMPLATES_DIR, { withFileTypes: true })
  // notifications/ holds e-mail texts, checked by notification-texts.test.ts.
  .filter((e) => e.isDirectory() && e.name !== 'notifications')
  .map((e) => {
    const folder = join(TEMPLATES_DIR, e.name);
    const files = readdirSync(folder).sort();
    const bodies: Partial<Record<Lang, string>> = {};
    for (const lang of SERVED_LANGUAGES) if (files.includes(`${lang}.html`)) bodies[lang] = readFileSync(join(folder, `${lang}.html`), 'utf8');
    return { id: e.name, files, meta: readMeta(join(folder, 'meta.json')), bodies };
  });

function placeholdersIn(html: string): string[] {
  return [...new Set([...html.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]))].sort();
}

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\{\{[^}]*\}\}/g, ' ').replace(/&[a-z]+;/g, ' ');
}

describe('templates on disk', () => {
  it('exist', () => {
    expect(raw.length).toBeGreaterThanOrEqual(27);
  });

  describe.each(raw.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    it('has meta.json and exactly one body per served language', () => {
      expect(t.files).toEqual(['meta.json', ...SERVED_LANGUAGES.map((l) => `${l}.html`)].sort());
    });

    it('uses only known placeholders, the same in every language and in meta.json', () => {
      const listed = [...t.meta.placeholders].sort();
      for (const name of listed) expect(PLACEHOLDER_NAMES, `meta.json: ${name}`).toContain(name);
      for (const lang of SERVED_LANGUAGES) {
        expect(placeholdersIn(t.bodies[lang] ?? ''), `${t.id}/${lang}.html`).toEqual(listed);
      }
    });

    it('opens every body with the salutation', () => {
      for (const lang of SERVED_LANGUAGES) expect(t.bodies[lang]?.startsWith('<p>{{salutation}}</p>'), lang).toBe(true);
    });

    it('writes bodies the editor understands', () => {
      for (const lang of SERVED_LANGUAGES) expect(inspectBody(t.bodies[lang] ?? '').problems, lang).toEqual([]);
    });

    it('has titles and subjects in every language, translated', () => {
      for (const field of ['title', 'subject'] as const) {
        for (const lang of SERVED_LANGUAGES) expect(t.meta[field][lang]?.trim(), `${field}.${lang}`).toBeTruthy();
        for (const lang of ['lt', 'pl', 'ru'] as const) expect(t.meta[field][lang], `${field}.${lang}`).not.toBe(t.meta[field].en);
      }
    });

    it('writes each body in its own language', () => {
      const letters = (s: string, re: RegExp): number => (s.match(re) ?? []).length;
      const lt = textOf(t.bodies.lt ?? '');
      const pl = textOf(t.bodies.pl ?? '');
      const ru = textOf(t.bodies.ru ?? '');
      const en = textOf(t.bodies.en ?? '');
      expect(letters(lt, /[ąčęėįšųūž]/giu), 'lt has Lithuanian letters').toBeGreaterThan(5);
      expect(letters(pl, /[ąćęłńóśźż]/giu), 'pl has Polish letters').toBeGreaterThan(5);
      // Russian bodies may quote Lithuanian names of institutions, but are mostly Cyrillic.
      expect(letters(ru, /\p{Script=Cyrillic}/gu) / letters(ru, /\p{L}/gu), 'ru is Cyrillic').toBeGreaterThan(0.75);
      expect(letters(en, /[ąčęėįšųūžćłńóśźż\p{Script=Cyrillic}]/giu) / letters(en, /\p{L}/gu), 'en is English').toBeLessThan(0.02);
      // Hand-written, not one text copied into four files.
      expect(new Set([lt, pl, ru, en]).size).toBe(4);
    });
  });
});

describe('the template library', () => {
  const general = raw.filter((t) => t.meta.departments.length === 0);

  it.each(TEMPLATE_KINDS.filter((k) => k !== 'topic'))('has a general %s template', (kind) => {
    expect(general.filter((t) => t.meta.kind === kind).length).toBeGreaterThanOrEqual(1);
  });

  it('pauses the clock with the request for information, and only there', () => {
    const pausing = raw.filter((t) => t.meta.pausesClock).map((t) => t.meta.kind);
    expect(pausing).toContain('request_information');
    expect(new Set(pausing)).toEqual(new Set(['request_information']));
  });

  it.each(CATALOGUE.departments.map((d) => d.id))('has at least two topic templates for %s', (department) => {
    const topics = raw.filter((t) => t.meta.kind === 'topic' && t.meta.departments.includes(department));
    expect(topics.length).toBeGreaterThanOrEqual(2);
  });

  it('ties topic templates to real services of their own department', () => {
    for (const t of raw.filter((x) => x.meta.kind === 'topic')) {
      expect(t.meta.services?.length, t.id).toBeGreaterThan(0);
      for (const slug of t.meta.services ?? []) expect(t.meta.departments, `${t.id}: ${slug}`).toContain(KNOWN.services.get(slug));
    }
  });

  it('tells the petitioner how to appeal in every decision, in every language', () => {
    const decisions = raw.filter((t) => t.meta.kind === 'decision_positive' || t.meta.kind === 'decision_negative');
    expect(decisions.length).toBeGreaterThanOrEqual(2);
    for (const t of decisions) {
      expect(t.bodies.lt).toContain('per vieną mėnesį');
      expect(t.bodies.lt).toContain('Lietuvos administracinių ginčų komisijai');
      expect(t.bodies.lt).toContain('Vilniaus apygardos administraciniam teismui');
      for (const lang of ['pl', 'ru', 'en'] as const) {
        expect(t.bodies[lang], `${t.id}/${lang}`).toContain('(Lietuvos administracinių ginčų komisija)');
        expect(t.bodies[lang], `${t.id}/${lang}`).toContain('(Vilniaus apygardos administracinis teismas)');
      }
    }
  });

  it('loads through the loader, checked against the seed departments and services', () => {
    const set = loadTemplates('templates', { known: KNOWN, fresh: true });
    expect(set.templates.map((t) => t.id).sort()).toEqual(raw.map((t) => t.id).sort());
  });
});

// ─── rendering the real templates ──────────────────────────────────────────────────────────────────────────

const FULL_VALUES: PlaceholderValues = {
  petitionerName: 'Jonas Petraitis',
  petitionerAddress: 'Gedimino pr. 1-2, LT-01103 Vilnius',
  caseNumber: 'VLN-2026-000123',
  receivedDate: '2026-03-04',
  registrationDate: '2026-03-05',
  dueDate: '2026-04-02',
  newDueDate: '2026-04-16',
  today: '2026-03-06',
  extensionReason: 'Reikia gauti duomenis iš kitos institucijos.',
  requestedInformation: 'Buto nuosavybės dokumento kopija.\nSkaitiklio nuotrauka.',
  informationDueDate: '2026-03-20',
  competentInstitution: 'Nacionalinis visuomenės sveikatos centras',
  decisionText: 'Perskaičiavimas atliktas.',
  decisionReason: 'Nustatyta skaitiklio gedimo data.',
  appointment: '2026 m. kovo 10 d. 9–12 val.',
  departmentName: { lt: 'Vandentvarka', pl: 'Wodociągi i kanalizacja', ru: 'Водоснабжение и канализация', en: 'Water and sewage' },
  departmentLegalName: 'UAB „Vilniaus vandenys“',
  departmentEmail: 'water@desk.vilnius.example',
  clerkName: 'Rasa Jonaitienė',
  clerkTitle: 'vyriausioji specialistė',
  clerkPhone: '+370 5 211 2000',
  clerkEmail: 'rasa@desk.vilnius.example',
};

// Loaded lazily, so a broken template fails these tests with the loader's message while the on-disk contract
// tests above still report, one by one, what is wrong.
let loaded: TemplateSet | undefined;
const realSet = (): TemplateSet => (loaded ??= loadTemplates('templates', { known: KNOWN }));

describe('renderTemplate', () => {

  it('renders every template in every language into allowed HTML with nothing left over', () => {
    for (const t of realSet().templates) {
      for (const lang of SERVED_LANGUAGES) {
        const html = renderTemplate(t, lang, FULL_VALUES);
        expect(html, `${t.id}/${lang}`).not.toMatch(/\{\{|\}\}/);
        expect(inspectBody(html).problems, `${t.id}/${lang}`).toEqual([]);
      }
    }
  });

  it('writes dates and salutations in the letter’s language', () => {
    const ack = getTemplate(realSet(), 'acknowledgement');
    expect(renderTemplate(ack, 'lt', FULL_VALUES)).toContain('<p>Gerbiamasis Jonai Petraiti,</p>');
    expect(renderTemplate(ack, 'lt', FULL_VALUES)).toContain('ne vėliau kaip 2026 m. balandžio 2 d.');
    expect(renderTemplate(ack, 'pl', FULL_VALUES)).toContain('do 2 kwietnia 2026 r.');
    expect(renderTemplate(ack, 'ru', FULL_VALUES)).toContain('не позднее 2 апреля 2026 г.');
    expect(renderTemplate(ack, 'en', FULL_VALUES)).toContain('Reply due by: 2 April 2026');
    expect(renderTemplate(ack, 'pl', FULL_VALUES)).toContain('<strong>VLN-2026-000123</strong>');
    expect(templateSubject(ack, 'lt')).toBe('Dėl prašymo gavimo');
  });

  it('escapes every value: what a resident wrote is never markup', () => {
    const t = getTemplate(realSet(), 'request-information');
    const html = renderTemplate(t, 'en', {
      ...FULL_VALUES,
      petitionerName: '<script>alert("x")</script> Walker',
      requestedInformation: `<img src=x onerror=alert(1)> & "quotes" 'too'`,
    });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &#39;too&#39;');
    expect(html).toContain('Dear &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Walker,');
    expect(inspectBody(html).problems).toEqual([]);
  });

  it('writes one full stop after a value that ends in one (dates in lt, pl, ru; a clerk’s sentence)', () => {
    const ack = getTemplate(realSet(), 'acknowledgement');
    expect(renderTemplate(ack, 'lt', FULL_VALUES)).toContain('užregistruotas 2026 m. kovo 5 d.</p>');
    expect(renderTemplate(ack, 'pl', FULL_VALUES)).toContain('w dniu 5 marca 2026 r.</p>');
    expect(renderTemplate(ack, 'ru', FULL_VALUES)).toContain('зарегистрировано 5 марта 2026 г.</p>');
    expect(renderTemplate(ack, 'en', FULL_VALUES)).toContain('registered on 5 March 2026.</p>');
    const visit = renderTemplate(getTemplate(realSet(), 'water-meter-replacement'), 'lt', { ...FULL_VALUES, appointment: '2026 m. kovo 10 d.' });
    expect(visit).toContain('<strong>2026 m. kovo 10 d.</strong></p>');
    for (const t of realSet().templates) {
      for (const lang of SERVED_LANGUAGES) expect(renderTemplate(t, lang, FULL_VALUES), `${t.id}/${lang}`).not.toMatch(/\.\.(?!\.)/);
    }
  });

  it('keeps the line breaks of a value as <br>', () => {
    const html = renderTemplate(getTemplate(realSet(), 'request-information'), 'lt', FULL_VALUES);
    expect(html).toContain('<p>Buto nuosavybės dokumento kopija.<br>Skaitiklio nuotrauka.</p>');
  });

  it('refuses to render a letter with values missing, naming them', () => {
    const t = getTemplate(realSet(), 'extension');
    const values = { ...FULL_VALUES, newDueDate: undefined, extensionReason: ' ' };
    expect(missingPlaceholders(t, 'lt', values)).toEqual(['new_due_date', 'extension_reason']);
    try {
      renderTemplate(t, 'lt', values);
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('invalid_input');
      expect((error as Error).message).toContain('new_due_date, extension_reason');
    }
  });

  it('marks what is missing in a draft, with the label in the letter’s language', () => {
    const t = getTemplate(realSet(), 'request-information');
    const values = { ...FULL_VALUES, requestedInformation: undefined };
    expect(renderTemplate(t, 'lt', values, { missing: 'mark' })).toContain('<strong>[prašoma informacija]</strong>');
    expect(renderTemplate(t, 'ru', values, { missing: 'mark' })).toContain('<strong>[запрашиваемые сведения]</strong>');
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });
});

describe('listTemplates', () => {

  it('offers a department its own topics and the general templates, procedural kinds first', () => {
    const ids = listTemplates(realSet(), { departmentId: 'water' }).map((t) => t.id);
    expect(ids.slice(0, 7)).toEqual([
      'acknowledgement', 'request-information', 'extension', 'forwarding', 'not-competent', 'decision-positive', 'decision-negative',
    ]);
    expect(ids).toContain('water-meter-replacement');
    expect(ids).not.toContain('heating-season');
  });

  it('filters by kind', () => {
    expect(listTemplates(realSet(), { kind: 'topic', departmentId: 'civil-registry' }).map((t) => t.id).sort()).toEqual([
      'civil-registry-certificate-copy', 'civil-registry-marriage-booking',
    ]);
    expect(listTemplates(realSet(), { kind: 'extension' }).map((t) => t.id)).toEqual(['extension']);
  });

  it('puts the templates for the case’s service first among the topics', () => {
    const topics = listTemplates(realSet(), { departmentId: 'water', kind: 'topic', service: 'water-meter-readings' });
    expect(topics[0].id).toBe('water-readings-correction');
    expect(listTemplates(realSet(), { departmentId: 'water', kind: 'topic', service: 'water-meters' })[0].id).toBe('water-meter-replacement');
  });

  it('lists everything without a filter', () => {
    expect(listTemplates(realSet())).toHaveLength(realSet().templates.length);
  });

  it('throws a not-found domain error for an unknown id', () => {
    expect(() => getTemplate(realSet(), 'no-such-template')).toThrow(/not found/);
  });
});

// ─── the loader refuses broken templates ───────────────────────────────────────────────────────────────────

const fixtures = mkdtempSync(join(tmpdir(), 'petition-desk-templates-'));
afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

const GOOD_META = {
  id: 'sample',
  kind: 'topic',
  title: { lt: 'Pavyzdys', pl: 'Przykład', ru: 'Пример', en: 'Sample' },
  subject: { lt: 'Dėl pavyzdžio', pl: 'Dotyczy: przykładu', ru: 'О примере', en: 'Sample' },
  departments: ['water'],
  services: ['water-meters'],
  placeholders: ['salutation', 'case_number'],
};
const GOOD_BODIES: Record<Lang, string> = {
  lt: '<p>{{salutation}}</p>\n<p>Registracijos Nr. {{case_number}}.</p>\n',
  pl: '<p>{{salutation}}</p>\n<p>Numer sprawy {{case_number}}.</p>\n',
  ru: '<p>{{salutation}}</p>\n<p>Номер {{case_number}}.</p>\n',
  en: '<p>{{salutation}}</p>\n<p>Case number {{case_number}}.</p>\n',
};

let fixtureCount = 0;
/** A templates folder holding one template "sample", changed by `change`. */
function fixture(change: (files: { meta: Record<string, unknown>; bodies: Partial<Record<Lang, string>>; extra: Record<string, string> }) => void): string {
  const dir = join(fixtures, `set-${++fixtureCount}`);
  const files = { meta: structuredClone(GOOD_META) as Record<string, unknown>, bodies: { ...GOOD_BODIES } as Partial<Record<Lang, string>>, extra: {} as Record<string, string> };
  change(files);
  const folder = join(dir, 'sample');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'meta.json'), JSON.stringify(files.meta));
  for (const [lang, body] of Object.entries(files.bodies)) if (body !== undefined) writeFileSync(join(folder, `${lang}.html`), body);
  for (const [name, text] of Object.entries(files.extra)) writeFileSync(join(folder, name), text);
  return dir;
}

function loadError(dir: string): TemplateLoadError {
  try {
    loadTemplates(dir, { known: KNOWN, fresh: true });
  } catch (error) {
    if (error instanceof TemplateLoadError) return error;
    throw error;
  }
  throw new Error('expected the templates to be refused');
}

describe('loadTemplates', () => {
  it('loads a good template, and caches the set per folder', () => {
    const dir = fixture(() => {});
    const set = loadTemplates(dir, { known: KNOWN });
    expect(set.templates.map((t) => t.id)).toEqual(['sample']);
    expect(set.templates[0]).toMatchObject({ kind: 'topic', departments: ['water'], services: ['water-meters'], pausesClock: false });
    expect(loadTemplates(dir)).toBe(set);
    expect(loadTemplates(dir, { fresh: true })).not.toBe(set);
  });

  it('never loads a body with an unknown placeholder, naming template, language and placeholder', () => {
    const error = loadError(fixture((f) => (f.bodies.pl = '<p>{{salutation}}</p><p>{{case_number}} {{petition_colour}}</p>')));
    expect(error.message).toContain('template "sample", language "pl": pl.html uses unknown placeholder {{petition_colour}}');
    expect(error.problems).toContainEqual(expect.objectContaining({ template: 'sample', lang: 'pl', placeholder: 'petition_colour' }));
  });

  it('refuses a template with a language missing', () => {
    expect(loadError(fixture((f) => delete f.bodies.ru)).message).toContain('template "sample", language "ru": missing ru.html');
  });

  it('refuses placeholders that differ between languages or from meta.json', () => {
    const differs = loadError(fixture((f) => (f.bodies.en = '<p>{{salutation}}</p><p>Your petition.</p>')));
    expect(differs.message).toContain('language "en": en.html does not use {{case_number}}, which meta.json lists');
    const unlisted = loadError(fixture((f) => (f.bodies.lt = '<p>{{salutation}}</p><p>{{case_number}}, {{due_date}}</p>')));
    expect(unlisted.message).toContain('language "lt": lt.html uses {{due_date}}, which meta.json does not list');
    const unknownInMeta = loadError(fixture((f) => (f.meta.placeholders = ['salutation', 'case_number', 'shoe_size'])));
    expect(unknownInMeta.message).toContain('meta.json lists unknown placeholder {{shoe_size}}');
  });

  it.each([
    ['a tag outside the allow-list', '<div>{{salutation}}</div><p>{{case_number}}</p>', '<div> is not allowed'],
    ['a script', '<p>{{salutation}}</p><p>{{case_number}}</p><script>alert(1)</script>', '<script> is not allowed'],
    ['an event handler', '<p onclick="x()">{{salutation}}</p><p>{{case_number}}</p>', 'attribute "onclick" is not allowed'],
    ['a javascript: link', '<p>{{salutation}}</p><p><a href="javascript:alert(1)">{{case_number}}</a></p>', 'only https, http, mailto and tel links'],
    ['a placeholder inside a tag', '<p>{{salutation}}</p><p><a href="https://x.lt/{{case_number}}">x</a></p>', 'placeholders belong in text'],
    ['a spaced placeholder', '<p>{{salutation}}</p><p>{{ case_number }}</p>', 'malformed placeholder'],
    ['a camel-case placeholder', '<p>{{salutation}}</p><p>{{caseNumber}}</p>', 'malformed placeholder'],
    ['an unclosed element', '<p>{{salutation}}</p><p><strong>{{case_number}}</p>', '</p> does not close <strong>'],
    ['text outside a paragraph', '<p>{{salutation}}</p>{{case_number}}', 'text directly inside the body'],
    ['a list item outside a list', '<p>{{salutation}}</p><li>{{case_number}}</li>', '<li> cannot stand inside the body'],
    ['a bare ampersand', '<p>{{salutation}}</p><p>{{case_number}} & more</p>', 'unescaped "&"'],
    ['a comment', '<p>{{salutation}}</p><!-- draft --><p>{{case_number}}</p>', 'comments are not allowed'],
  ])('refuses a body with %s', (_what, body, message) => {
    expect(loadError(fixture((f) => (f.bodies.lt = body))).message).toContain(message);
  });

  it('accepts what a letter needs: headings, emphasis, lists, links, tables, line breaks', () => {
    const body =
      '<p>{{salutation}}</p><h2>Antraštė</h2><h3>Poskyris</h3><p><strong>B</strong> <em>I</em><br>' +
      '<a href="https://vilnius.lt">nuoroda</a> <a href="mailto:info@vilnius.lt">laiškas</a></p>' +
      '<ul><li>vienas</li><li><p>du</p><ol><li>a</li></ol></li></ul>' +
      '<table><tbody><tr><th colspan="2">Nr.</th></tr><tr><td>{{case_number}}</td><td><p>x</p></td></tr></tbody></table>';
    expect(inspectBody(body)).toEqual({ placeholders: ['salutation', 'case_number'], problems: [] });
    expect([...BODY_TAGS].sort()).toEqual(['a', 'br', 'em', 'h2', 'h3', 'li', 'ol', 'p', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul']);
  });

  it.each([
    ['a kind that does not exist', (m: Record<string, unknown>) => (m.kind = 'poem'), 'meta.json kind'],
    ['pausesClock on a topic', (m: Record<string, unknown>) => (m.pausesClock = true), 'only a request for information pauses the clock'],
    ['a title missing a language', (m: Record<string, unknown>) => (m.title = { lt: 'a', pl: 'b', ru: 'c' }), 'meta.json title.en'],
    ['an id that is not the folder', (m: Record<string, unknown>) => (m.id = 'other'), 'id "other" differs from the folder name'],
    ['an unknown department', (m: Record<string, unknown>) => (m.departments = ['water', 'moon-base']), 'unknown department "moon-base"'],
    ['an unknown service', (m: Record<string, unknown>) => (m.services = ['water-wine']), 'unknown service "water-wine"'],
    ['another department’s service', (m: Record<string, unknown>) => (m.services = ['heating-season']), 'belongs to department "heating"'],
    ['an unexpected key', (m: Record<string, unknown>) => (m.colour = 'blue'), 'Unrecognized key'],
    ['a placeholder listed twice', (m: Record<string, unknown>) => (m.placeholders = ['salutation', 'case_number', 'case_number']), 'listed twice: case_number'],
  ])('refuses meta.json with %s', (_what, change, message) => {
    expect(loadError(fixture((f) => change(f.meta))).message).toContain(message);
  });

  it('refuses a kind without its essential placeholders', () => {
    const error = loadError(fixture((f) => (f.meta.kind = 'extension')));
    expect(error.message).toContain('a extension template must use {{new_due_date}}');
    expect(error.message).toContain('a extension template must use {{extension_reason}}');
  });

  it('refuses stray files and broken JSON', () => {
    expect(loadError(fixture((f) => (f.extra['de.html'] = '<p>Hallo</p>'))).message).toContain('unexpected file "de.html"');
    const dir = fixture(() => {});
    writeFileSync(join(dir, 'sample', 'meta.json'), '{ "id": "sample", ');
    expect(loadError(dir).message).toContain('meta.json is not valid JSON');
  });

  it('refuses a folder that does not exist', () => {
    expect(() => loadTemplates(join(fixtures, 'nowhere'), { fresh: true })).toThrow(TemplateLoadError);
  });
});
