/**
 * Contract test for the UI strings in locales/{lang}/common.json.
 *
 * English (locales/en) is the source. Every other language must have the same keys, exactly the
 * plural forms its Intl.PluralRules uses, the same {{placeholders}}, no empty strings and no
 * untranslated (English) strings. Every literal key the app passes to t() must exist in English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = new URL('../../locales/', import.meta.url);
const APP_DIR = new URL('../../app/', import.meta.url);
const SOURCE = 'en';
const EXPECTED_TRANSLATIONS = ['lt', 'pl', 'ru'];

/**
 * Keys whose text may legitimately equal the English text in a given language. Keep this minimal:
 * an entry that is no longer identical to English makes the test fail, so stale entries get removed.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  // "Administrator" and "Status" are the Polish words too; a count in brackets is a number in any language.
  pl: ['role.admin', 'inbox.filters.status', 'inbox.count', 'reports.deadlines.status'],
  lt: ['inbox.count'],
  ru: ['inbox.count'],
};

const PLURAL_SUFFIX = /^(.*)_(zero|one|two|few|many|other)$/;

type Flat = Map<string, string>;

interface Entry {
  /** The value of the key without a plural suffix, if present. */
  bare?: string;
  /** Plural category → text, for keys with a plural suffix. */
  forms: Map<string, string>;
}

function flatten(value: unknown, prefix: string, out: Flat, problems: string[]): Flat {
  if (typeof value === 'string') {
    out.set(prefix, value);
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out, problems);
  } else {
    problems.push(`${prefix}: expected a string or an object, got ${JSON.stringify(value)}`);
  }
  return out;
}

function load(lang: string): { flat: Flat; problems: string[] } {
  const file = new URL(`${lang}/common.json`, LOCALES_DIR);
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const problems: string[] = [];
  const flat = flatten(json, '', new Map(), problems);
  return { flat, problems };
}

/** Groups flat keys by their key without plural suffix. */
function group(flat: Flat): Map<string, Entry> {
  const groups = new Map<string, Entry>();
  const entry = (base: string): Entry => {
    let e = groups.get(base);
    if (!e) groups.set(base, (e = { forms: new Map() }));
    return e;
  };
  for (const [key, text] of flat) {
    const m = PLURAL_SUFFIX.exec(key);
    if (m) entry(m[1]).forms.set(m[2], text);
    else entry(key).bare = text;
  }
  return groups;
}

function pluralCategories(lang: string): string[] {
  return [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
}

function placeholders(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) names.add(m[1].split(',')[0].trim());
  return [...names].sort();
}

function describeKey(base: string, category?: string): string {
  return category ? `${base}_${category}` : base;
}

/** Every string of a group with the flat key it came from. */
function texts(base: string, e: Entry): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (e.bare !== undefined) out.push([base, e.bare]);
  for (const [cat, text] of e.forms) out.push([describeKey(base, cat), text]);
  return out;
}

const languages = readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== SOURCE)
  .map((d) => d.name)
  .sort();

const en = load(SOURCE);
const enGroups = group(en.flat);

describe('English source strings', () => {
  it('are well-formed', () => {
    expect(en.problems).toEqual([]);
    expect(en.flat.size).toBeGreaterThan(0);
  });

  it('use exactly the English plural categories for plural keys', () => {
    const problems: string[] = [];
    for (const [base, e] of enGroups) {
      if (e.forms.size === 0) continue;
      const got = [...e.forms.keys()].sort();
      if (got.join() !== pluralCategories(SOURCE).join()) problems.push(`${base}: has ${got.join(', ')}`);
      if (e.bare !== undefined) problems.push(`${base}: has both a plain key and plural forms`);
    }
    expect(problems).toEqual([]);
  });

  it('has no empty strings', () => {
    expect([...en.flat].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });
});

describe('translations', () => {
  it(`include ${EXPECTED_TRANSLATIONS.join(', ')}`, () => {
    expect(languages).toEqual(expect.arrayContaining(EXPECTED_TRANSLATIONS));
  });

  describe.each(languages)('%s', (lang) => {
    const { flat, problems: loadProblems } = load(lang);
    const groups = group(flat);

    it('is well-formed', () => {
      expect(loadProblems).toEqual([]);
    });

    it('has exactly the keys English has (plural suffixes stripped)', () => {
      const missing = [...enGroups.keys()].filter((k) => !groups.has(k)).sort();
      const extra = [...groups.keys()].filter((k) => !enGroups.has(k)).sort();
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`gives plural keys exactly the categories of Intl.PluralRules('${lang}')`, () => {
      const expected = pluralCategories(lang);
      const problems: string[] = [];
      for (const [base, e] of groups) {
        const enEntry = enGroups.get(base);
        if (!enEntry) continue; // reported by the key test
        const pluralInEnglish = enEntry.forms.size > 0;
        const pluralHere = e.forms.size > 0;
        if (pluralInEnglish !== pluralHere) {
          problems.push(`${base}: ${pluralInEnglish ? 'plural in English but not here' : 'plural here but not in English'}`);
          continue;
        }
        if (!pluralHere) continue;
        const got = [...e.forms.keys()].sort();
        if (got.join() !== expected.join()) problems.push(`${base}: has [${got.join(', ')}], needs [${expected.join(', ')}]`);
        if (e.bare !== undefined) problems.push(`${base}: has both a plain key and plural forms`);
      }
      expect(problems).toEqual([]);
    });

    it('uses the same {{placeholders}} as English', () => {
      const problems: string[] = [];
      for (const [base, e] of groups) {
        const enEntry = enGroups.get(base);
        if (!enEntry) continue;
        // Plural forms are compared with English "_other"; plain keys with the English plain key.
        const reference = enEntry.forms.get('other') ?? enEntry.bare;
        if (reference === undefined) continue;
        const want = placeholders(reference);
        for (const [key, text] of texts(base, e)) {
          const got = placeholders(text);
          if (got.join() !== want.join()) problems.push(`${key}: has {${got.join(', ')}}, English has {${want.join(', ')}}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('has no empty strings', () => {
      expect([...flat].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    });

    it('translates every string (no text identical to English outside the allow-list)', () => {
      const allowed = new Set(SAME_AS_ENGLISH[lang] ?? []);
      const untranslated: string[] = [];
      for (const [base, e] of groups) {
        const enEntry = enGroups.get(base);
        if (!enEntry || allowed.has(base)) continue;
        const englishTexts = new Set(texts(base, enEntry).map(([, text]) => text));
        for (const [key, text] of texts(base, e)) if (englishTexts.has(text)) untranslated.push(key);
      }
      expect(untranslated).toEqual([]);
    });

    it('has no stale entries in the allow-list of strings identical to English', () => {
      const stale = (SAME_AS_ENGLISH[lang] ?? []).filter((key) => {
        const e = groups.get(key);
        const enEntry = enGroups.get(key);
        if (!e || !enEntry) return true;
        const englishTexts = new Set(texts(key, enEntry).map(([, text]) => text));
        return !texts(key, e).some(([, text]) => englishTexts.has(text));
      });
      expect(stale).toEqual([]);
    });
  });
});

describe('app source', () => {
  const appRoot = fileURLToPath(APP_DIR);
  const files = readdirSync(appRoot, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .sort();

  // t('key', t("key", or t(`key` without ${…} interpolation; `.t(` (i18n.t) counts too.
  const CALL = /(?<![\w$])t\(\s*(?:'([^'\\\n]+)'|"([^"\\\n]+)"|`([^`\\\n$]+)`)/g;

  const used: Array<{ file: string; key: string }> = [];
  for (const file of files) {
    const source = readFileSync(join(appRoot, file), 'utf8');
    for (const m of source.matchAll(CALL)) {
      const key = (m[1] ?? m[2] ?? m[3]).replace(/^common:/, '');
      used.push({ file, key });
    }
  }

  it('is found and uses t() with literal keys', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(used.length).toBeGreaterThan(20);
  });

  it('only uses keys that exist in English', () => {
    const categories = pluralCategories(SOURCE);
    const missing = used
      .filter(({ key }) => !en.flat.has(key) && !categories.some((c) => en.flat.has(`${key}_${c}`)))
      .map(({ file, key }) => `app/${file}: ${key}`);
    expect([...new Set(missing)]).toEqual([]);
  });
});
