/**
 * Reads the reply templates from disk (`templates/<id>/meta.json` + one body per language), validates them all
 * (template.ts) and keeps the result for the life of the process: templates ship with the code, so they are
 * read once at start, and one broken template stops the start with a message naming it, rather than
 * surfacing as a half-rendered letter to a resident.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SERVED_LANGUAGES, type Lang } from '../languages.js';
import { TemplateLoadError, validateTemplate, type KnownIds, type ReplyTemplate, type TemplateFiles, type TemplateProblem } from './template.js';

export interface TemplateSet {
  /** The folder the templates were read from (absolute). */
  readonly dir: string;
  /** Every template, ordered by id. */
  readonly templates: readonly ReplyTemplate[];
  readonly byId: ReadonlyMap<string, ReplyTemplate>;
}

export interface LoadTemplatesOptions {
  /** Department ids and service slugs to check meta.json against (the seed catalogue, in tests and at boot). */
  known?: KnownIds;
  /** Read the files again even if this folder was loaded before (tests; a development reload). */
  fresh?: boolean;
}

const cache = new Map<string, TemplateSet>();

function readFolder(dir: string, id: string): { files: TemplateFiles; problems: TemplateProblem[] } {
  const folder = join(dir, id);
  const problems: TemplateProblem[] = [];
  const names = readdirSync(folder);
  const bodyFiles = new Set(SERVED_LANGUAGES.map((l) => `${l}.html`));
  const unexpected = names.filter((n) => n !== 'meta.json' && !bodyFiles.has(n));

  let meta: unknown;
  if (!names.includes('meta.json')) {
    problems.push({ template: id, message: `template "${id}": missing meta.json` });
  } else {
    try {
      meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8'));
    } catch (error) {
      problems.push({ template: id, message: `template "${id}": meta.json is not valid JSON (${(error as Error).message})` });
    }
  }
  const bodies: Partial<Record<Lang, string>> = {};
  for (const lang of SERVED_LANGUAGES) {
    if (names.includes(`${lang}.html`)) bodies[lang] = readFileSync(join(folder, `${lang}.html`), 'utf8');
  }
  return { files: { meta, bodies, unexpected }, problems };
}

/**
 * Loads and validates every template under `dir` (relative paths resolve from the working directory, which is
 * the project root for the CLI, the server and the tests). Throws `TemplateLoadError` listing every problem of
 * every template; never returns a partial set.
 */
export function loadTemplates(dir = 'templates', options: LoadTemplatesOptions = {}): TemplateSet {
  const root = resolve(dir);
  const cached = cache.get(root);
  if (cached && !options.fresh) return cached;

  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new TemplateLoadError(root, [{ template: '(none)', message: `no template folder at ${root}` }]);
  }
  const problems: TemplateProblem[] = [];
  const templates: ReplyTemplate[] = [];
  const ids = readdirSync(root, { withFileTypes: true })
    // notifications/ holds the texts of the e-mails residents are sent (notifications/), not a reply template.
    .filter((entry) => entry.isDirectory() && entry.name !== 'notifications')
    .map((entry) => entry.name)
    .sort();
  for (const id of ids) {
    const read = readFolder(root, id);
    problems.push(...read.problems);
    const result = validateTemplate(id, read.files, options.known);
    if (read.problems.length === 0 && result.template) templates.push(result.template);
    // Without readable meta.json, its schema errors would only repeat "missing" / "not valid JSON".
    else problems.push(...result.problems.filter((p) => read.files.meta !== undefined || !p.message.includes('meta.json')));
  }
  if (problems.length > 0) throw new TemplateLoadError(root, problems);
  if (templates.length === 0) throw new TemplateLoadError(root, [{ template: '(none)', message: `no templates in ${root}` }]);

  const set: TemplateSet = Object.freeze({
    dir: root,
    templates: Object.freeze(templates),
    byId: new Map(templates.map((t) => [t.id, t])),
  });
  cache.set(root, set);
  return set;
}
