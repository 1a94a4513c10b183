/**
 * The zod schema of the service catalogue files (`catalogue/departments.json` and one
 * `catalogue/services/<department>.json` per department), and the rules that span files: every
 * department has its services file, every file names its own department, slugs are unique across
 * the catalogue. Pure: the store reads the files, this decides whether they are a catalogue. A file
 * that breaks a rule is refused with the file, the entry and the rule, and every problem of every
 * file is reported at once.
 */
import { z } from 'zod';
import { SERVED_LANGUAGES, type Lang } from '../languages.js';

/** Department ids and service slugs are identifiers (routing examples, templates and cases refer to them). */
const IDENTIFIER = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const identifier = z.string().regex(IDENTIFIER, 'is lower-case words joined by hyphens (e.g. "water-meter")');
const text = z.string().trim().min(1, 'is not empty');

function perLanguage<T extends z.ZodTypeAny>(schema: T) {
  return z.object(Object.fromEntries(SERVED_LANGUAGES.map((l) => [l, schema])) as Record<Lang, T>).strict();
}

/**
 * Keywords are compared with lower-cased petition text, and are the router's seed vocabulary, so a
 * keyword in capitals would never match and a repeated one would count twice.
 */
const keywords = z
  .array(
    z
      .string()
      .min(1, 'is not empty')
      .refine((k) => k === k.trim(), 'has no leading or trailing spaces')
      .refine((k) => k === k.toLowerCase(), 'is written in lower case'),
  )
  .min(1, 'lists at least one keyword')
  .superRefine((list, ctx) => {
    list.forEach((k, i) => {
      if (list.indexOf(k) !== i) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i], message: `repeats "${k}"` });
    });
  });

export const serviceTextSchema = z.object({ name: text, description: text, keywords }).strict();

export const catalogueDepartmentSchema = z
  .object({
    id: identifier,
    /** The institution's legal name as written on a reply letter (always in Lithuanian). */
    legalName: text,
    /** Short display name in each served language. */
    names: perLanguage(text),
    email: z.string().email('is an e-mail address'),
  })
  .strict();

export const departmentsFileSchema = z.array(catalogueDepartmentSchema).min(1, 'lists at least one department');

export const servicesFileSchema = z
  .object({
    department: identifier,
    /** In the order residents see them in the topic list. */
    services: z.array(z.object({ slug: identifier, texts: perLanguage(serviceTextSchema) }).strict()),
  })
  .strict();

export type CatalogueDepartment = z.infer<typeof catalogueDepartmentSchema>;
export type ServiceTexts = z.infer<typeof serviceTextSchema>;

export interface CatalogueEntry {
  /** Stable, unique across the catalogue. */
  slug: string;
  departmentId: string;
  texts: Record<Lang, ServiceTexts>;
}

/** The catalogue as the files hold it: departments in file order, services by department, in file order. */
export interface ReferenceCatalogue {
  readonly departments: readonly CatalogueDepartment[];
  readonly services: readonly CatalogueEntry[];
}

export interface CatalogueProblem {
  /** Relative to the catalogue folder, e.g. `services/water.json`. */
  file: string;
  /** The department id or service slug (or its position, when it has none), or `(file)`. */
  entry: string;
  rule: string;
}

export class CatalogueLoadError extends Error {
  readonly problems: readonly CatalogueProblem[];
  constructor(dir: string, problems: CatalogueProblem[]) {
    super(`the service catalogue in ${dir} is refused:\n${problems.map((p) => `  ${p.file}: ${p.entry}: ${p.rule}`).join('\n')}`);
    this.name = 'CatalogueLoadError';
    this.problems = problems;
  }
}

/** What the store read: the departments file, and each services file by its name (`water.json`). */
export interface CatalogueFiles {
  departments: unknown;
  services: ReadonlyMap<string, unknown>;
}

export const DEPARTMENTS_FILE = 'departments.json';
export const SERVICES_FOLDER = 'services';

/** Messages for the people who edit the files (translators, department staff), not for programmers. */
const errorMap: z.ZodErrorMap = (issue, ctx) => {
  if (issue.code === z.ZodIssueCode.invalid_type) {
    return { message: issue.received === 'undefined' ? 'is missing' : `is ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${issue.received}` };
  }
  if (issue.code === z.ZodIssueCode.unrecognized_keys) {
    return { message: `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
  }
  return { message: ctx.defaultError };
};

/** Names the entry an issue is about: its id or slug when it has one, else its position. */
function describe(items: unknown, key: string, path: (string | number)[]): { entry: string; field: (string | number)[] } {
  const [index, ...field] = path;
  if (typeof index !== 'number') return { entry: '(file)', field: path };
  const item = Array.isArray(items) ? (items[index] as Record<string, unknown> | undefined) : undefined;
  return { entry: item && typeof item[key] === 'string' && item[key] ? (item[key] as string) : `#${index + 1}`, field };
}

/** Issues of one file; `under` is the key of the file's list of entries (none: the file is the list). */
function problemsOf(file: string, error: z.ZodError, items: unknown, key: string, under?: string): CatalogueProblem[] {
  return error.issues.map((issue) => {
    const inList = under === undefined || issue.path[0] === under;
    const { entry, field } = inList ? describe(items, key, under === undefined ? issue.path : issue.path.slice(1)) : { entry: '(file)', field: issue.path };
    const where = field.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
    return { file, entry, rule: where ? `${where} ${issue.message}` : issue.message };
  });
}

/** Checks what the store read; returns the catalogue or throws `CatalogueLoadError` listing every problem. */
export function parseCatalogue(dir: string, files: CatalogueFiles): ReferenceCatalogue {
  const problems: CatalogueProblem[] = [];
  const departments = departmentsFileSchema.safeParse(files.departments, { errorMap });
  if (!departments.success) problems.push(...problemsOf(DEPARTMENTS_FILE, departments.error, files.departments, 'id'));
  const known = departments.success ? departments.data : [];
  const ids = new Set<string>();
  for (const d of known) {
    if (ids.has(d.id)) problems.push({ file: DEPARTMENTS_FILE, entry: d.id, rule: 'the department id is listed twice' });
    ids.add(d.id);
  }

  const byDepartment = new Map<string, z.infer<typeof servicesFileSchema>['services']>();
  const slugs = new Map<string, string>();
  // In the order of departments.json, so a slug used twice is reported where it comes second.
  const names = [...files.services.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  function rank(name: string) {
    const i = known.findIndex((d) => `${d.id}.json` === name);
    return i < 0 ? known.length : i;
  }
  for (const name of names) {
    const raw = files.services.get(name);
    const file = `${SERVICES_FOLDER}/${name}`;
    const id = name.replace(/\.json$/, '');
    if (departments.success && !ids.has(id)) {
      problems.push({ file, entry: '(file)', rule: `names no department of ${DEPARTMENTS_FILE} (a services file is named after its department id)` });
      continue;
    }
    const parsed = servicesFileSchema.safeParse(raw, { errorMap });
    if (!parsed.success) {
      const items = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).services : undefined;
      problems.push(...problemsOf(file, parsed.error, items, 'slug', 'services'));
      continue;
    }
    if (parsed.data.department !== id) {
      problems.push({ file, entry: '(file)', rule: `department is "${parsed.data.department}", but the file is named after "${id}"` });
      continue;
    }
    for (const s of parsed.data.services) {
      const other = slugs.get(s.slug);
      if (other) problems.push({ file, entry: s.slug, rule: `the slug is already used in ${other}` });
      slugs.set(s.slug, file);
    }
    byDepartment.set(id, parsed.data.services);
  }
  for (const d of known) {
    if (!files.services.has(`${d.id}.json`)) {
      problems.push({ file: `${SERVICES_FOLDER}/${d.id}.json`, entry: '(file)', rule: `is missing: every department of ${DEPARTMENTS_FILE} has its services file` });
    }
  }
  if (problems.length > 0) throw new CatalogueLoadError(dir, problems);

  // Services in the order of departments.json, then of each file: that order is each topic's position.
  const services = known.flatMap((d) => (byDepartment.get(d.id) ?? []).map((s) => ({ slug: s.slug, departmentId: d.id, texts: s.texts })));
  return { departments: known, services };
}
