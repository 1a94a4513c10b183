/**
 * Reply templates: their types and the rules a template must satisfy to load. Pure: the files are read by
 * template.store.ts, which hands their text to `validateTemplate`.
 *
 * A template is a folder `templates/<id>/` with `meta.json` and one body per served language (`lt.html`,
 * `pl.html`, `ru.html`, `en.html`). A template loads only when
 *  - meta.json matches the schema below (zod) and its id is the folder's name;
 *  - every language has a body, and nothing else is in the folder;
 *  - each body is HTML limited to what a letter needs and the editor (Tiptap) understands (BODY_TAGS), with
 *    placeholders only in text, written `{{name}}`;
 *  - every placeholder is one of the fixed set (placeholders.ts), and every body uses exactly the placeholders
 *    meta.json lists — so the languages agree with each other;
 *  - the kind's essential placeholders are there (an extension notice without the new due date is no notice).
 */
import { z } from 'zod';
import { SERVED_LANGUAGES, type Lang } from '../languages.js';
import { isPlaceholderName, PLACEHOLDER_NAMES, type PlaceholderName } from './placeholders.js';

export const TEMPLATE_KINDS = [
  'acknowledgement',
  'request_information',
  'extension',
  'forwarding',
  'not_competent',
  'decision_positive',
  'decision_negative',
  'topic',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface ReplyTemplate {
  readonly id: string;
  readonly kind: TemplateKind;
  /** Shown in the template picker. */
  readonly title: Readonly<Record<Lang, string>>;
  /** The letter's subject line ("Dėl …", "Dotyczy: …"), plain text. */
  readonly subject: Readonly<Record<Lang, string>>;
  /** Department ids the template is for; empty = every department. */
  readonly departments: readonly string[];
  /** Service slugs (server/departments/catalogue/services/) it answers best; empty = not tied to a service. */
  readonly services: readonly string[];
  /** The placeholders every body uses, in meta.json's order. */
  readonly placeholders: readonly PlaceholderName[];
  /**
   * Sending this letter stops the response clock until the petitioner answers: asking a petitioner to complete
   * or clarify a petition means the period runs from the day the completed petition arrives (Rules 875; the
   * Law on the Right to Obtain Information says the same for information requests).
   */
  readonly pausesClock: boolean;
  /** HTML body per language, with `{{placeholders}}`. */
  readonly bodies: Readonly<Record<Lang, string>>;
}

/** Placeholders without which a letter of that kind says nothing of what it must say. */
const REQUIRED_PLACEHOLDERS: Readonly<Record<TemplateKind, readonly PlaceholderName[]>> = {
  acknowledgement: ['salutation', 'case_number', 'registration_date', 'due_date'],
  request_information: ['salutation', 'requested_information'],
  extension: ['salutation', 'new_due_date', 'extension_reason'],
  forwarding: ['salutation', 'competent_institution'],
  not_competent: ['salutation'],
  decision_positive: ['salutation', 'decision_text'],
  decision_negative: ['salutation', 'decision_text', 'decision_reason'],
  topic: ['salutation'],
};

const localizedText = z
  .object({ lt: z.string().trim().min(1), pl: z.string().trim().min(1), ru: z.string().trim().min(1), en: z.string().trim().min(1) })
  .strict();

const templateMetaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
    kind: z.enum(TEMPLATE_KINDS),
    title: localizedText,
    subject: localizedText,
    departments: z.array(z.string().min(1)),
    services: z.array(z.string().min(1)).optional(),
    placeholders: z.array(z.string()).min(1),
    pausesClock: z.boolean().optional(),
  })
  .strict()
  .superRefine((meta, ctx) => {
    if (meta.pausesClock && meta.kind !== 'request_information') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['pausesClock'], message: 'only a request for information pauses the clock' });
    }
    for (const key of ['departments', 'services', 'placeholders'] as const) {
      const list = meta[key] ?? [];
      const dupes = list.filter((x, i) => list.indexOf(x) !== i);
      if (dupes.length) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key], message: `listed twice: ${[...new Set(dupes)].join(', ')}` });
    }
  });
export type TemplateMeta = z.infer<typeof templateMetaSchema>;

// ─── bodies ─────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Elements a body may use: a letter's paragraphs, headings, emphasis, lists, links and tables, all of which
 * the reply editor (Tiptap StarterKit + Table + Link) reads back unchanged. tbody/thead are allowed because
 * Tiptap writes them.
 */
export const BODY_TAGS = ['p', 'h2', 'h3', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'br', 'table', 'tbody', 'thead', 'tr', 'th', 'td'] as const;
type BodyTag = (typeof BODY_TAGS)[number];

const TEXT_PARENTS = new Set(['p', 'h2', 'h3', 'li', 'td', 'th', 'strong', 'em', 'a']);
/** Where each element may stand; '#root' is the body itself. */
const PARENTS: Readonly<Record<BodyTag, ReadonlySet<string>>> = {
  p: new Set(['#root', 'li', 'td', 'th']),
  h2: new Set(['#root']),
  h3: new Set(['#root']),
  ul: new Set(['#root', 'li']),
  ol: new Set(['#root', 'li']),
  table: new Set(['#root']),
  li: new Set(['ul', 'ol']),
  tbody: new Set(['table']),
  thead: new Set(['table']),
  tr: new Set(['table', 'tbody', 'thead']),
  th: new Set(['tr']),
  td: new Set(['tr']),
  strong: TEXT_PARENTS,
  em: TEXT_PARENTS,
  a: TEXT_PARENTS,
  br: TEXT_PARENTS,
};
const SAFE_HREF = /^(https:\/\/|http:\/\/|mailto:|tel:)[^\s"'<>]+$/;

/** `{{name}}`: lower-case letters, digits and underscores, no spaces — one spelling, so checks are exact. */
const PLACEHOLDER = /\{\{([a-z][a-z0-9_]*)\}\}/g;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^<>]*?)?)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export interface BodyInspection {
  /** Placeholder names used, in order of first use (unknown names included). */
  placeholders: string[];
  /** What is wrong with the markup; empty when the body is acceptable. */
  problems: string[];
}

function inspectAttributes(tag: string, raw: string, problems: string[]): void {
  for (const m of raw.matchAll(ATTRIBUTE)) {
    const [name, value] = [m[1].toLowerCase(), m[2] ?? m[3] ?? m[4]];
    if (tag === 'a' && name === 'href') {
      if (!value || !SAFE_HREF.test(value)) problems.push(`<a href="${value ?? ''}">: only https, http, mailto and tel links`);
    } else if ((tag === 'td' || tag === 'th') && (name === 'colspan' || name === 'rowspan')) {
      if (!value || !/^[1-9]\d?$/.test(value)) problems.push(`<${tag} ${name}="${value ?? ''}">: a small whole number`);
    } else {
      problems.push(`<${tag}>: attribute "${name}" is not allowed`);
    }
  }
  if (tag === 'a' && !/\bhref\s*=/i.test(raw)) problems.push('<a> without href');
}

/** Checks a body's markup and lists its placeholders. Pure; never throws. */
export function inspectBody(html: string): BodyInspection {
  const problems: string[] = [];
  const placeholders: string[] = [];
  const stack: string[] = ['#root'];
  let last = 0;

  const text = (chunk: string): void => {
    if (/[<>]/.test(chunk)) problems.push(`stray "<" or ">" in text near "${chunk.trim().slice(0, 40)}"`);
    if (/&(?![a-zA-Z][a-zA-Z0-9]*;|#\d+;|#x[0-9a-fA-F]+;)/.test(chunk)) problems.push(`unescaped "&" near "${chunk.trim().slice(0, 40)}" (write &amp;)`);
    for (const m of chunk.matchAll(PLACEHOLDER)) if (!placeholders.includes(m[1])) placeholders.push(m[1]);
    const leftover = chunk.replace(PLACEHOLDER, '');
    if (/\{\{|\}\}/.test(leftover)) problems.push(`malformed placeholder near "${chunk.trim().slice(0, 40)}" (write {{name}})`);
    const parent = stack[stack.length - 1];
    if (chunk.trim() !== '' && !TEXT_PARENTS.has(parent)) problems.push(`text directly inside ${parent === '#root' ? 'the body' : `<${parent}>`}: "${chunk.trim().slice(0, 40)}"`);
  };

  if (/<!--/.test(html)) problems.push('HTML comments are not allowed (the editor drops them)');
  for (const m of html.matchAll(TAG)) {
    text(html.slice(last, m.index));
    last = m.index + m[0].length;
    const [closing, rawName, attrs, selfClosing] = [m[1] === '/', m[2].toLowerCase(), m[3], m[4] === '/'];
    if (!(BODY_TAGS as readonly string[]).includes(rawName)) {
      problems.push(`<${rawName}> is not allowed (allowed: ${BODY_TAGS.join(', ')})`);
      continue;
    }
    const name = rawName as BodyTag;
    if (/\{\{|\}\}/.test(attrs)) problems.push(`<${name}>: placeholders belong in text, never inside a tag`);
    if (closing) {
      if (name === 'br') continue;
      if (stack[stack.length - 1] === name) stack.pop();
      else problems.push(`</${name}> does not close <${stack[stack.length - 1]}>`);
      continue;
    }
    inspectAttributes(name, attrs, problems);
    const parent = stack[stack.length - 1];
    if (!PARENTS[name].has(parent)) problems.push(`<${name}> cannot stand inside ${parent === '#root' ? 'the body' : `<${parent}>`}`);
    if (name !== 'br' && !selfClosing) stack.push(name);
    else if (name !== 'br') problems.push(`<${name}/> must not be self-closing`);
  }
  text(html.slice(last));
  if (stack.length > 1) problems.push(`unclosed ${stack.slice(1).map((t) => `<${t}>`).join(', ')}`);
  if (html.trim() === '') problems.push('the body is empty');
  return { placeholders, problems };
}

// ─── the whole template ─────────────────────────────────────────────────────────────────────────────────────

export interface TemplateProblem {
  template: string;
  lang?: Lang;
  placeholder?: string;
  message: string;
}

/** A template folder that must not be used; the message lists every problem, each naming template and file. */
export class TemplateLoadError extends Error {
  readonly problems: readonly TemplateProblem[];
  constructor(where: string, problems: readonly TemplateProblem[]) {
    super(`${problems.length} problem(s) in reply templates at ${where}:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
    this.name = 'TemplateLoadError';
    this.problems = problems;
  }
}

export interface KnownIds {
  /** Department ids a template may name. */
  departments?: ReadonlySet<string>;
  /** Service slug → its department id. */
  services?: ReadonlyMap<string, string>;
}

/** The files of one template folder as text; a language without a body is undefined. */
export interface TemplateFiles {
  meta: unknown;
  bodies: Partial<Record<Lang, string>>;
  /** Files in the folder that are neither meta.json nor a body. */
  unexpected?: readonly string[];
}

/** Validates one template folder's contents; returns the template, or the problems that stop it loading. */
export function validateTemplate(
  folder: string,
  files: TemplateFiles,
  known: KnownIds = {},
): { template: ReplyTemplate; problems: [] } | { template?: undefined; problems: TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  const problem = (message: string, extra: Partial<TemplateProblem> = {}): void => {
    const where = extra.lang ? `template "${folder}", language "${extra.lang}"` : `template "${folder}"`;
    problems.push({ template: folder, ...extra, message: `${where}: ${message}` });
  };

  for (const file of files.unexpected ?? []) problem(`unexpected file "${file}" (expected meta.json and ${SERVED_LANGUAGES.map((l) => `${l}.html`).join(', ')})`);

  const parsed = templateMetaSchema.safeParse(files.meta);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problem(`meta.json ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const meta = parsed.success ? parsed.data : undefined;
  if (meta && meta.id !== folder) problem(`meta.json id "${meta.id}" differs from the folder name`);

  const listed = new Set<string>();
  for (const name of meta?.placeholders ?? []) {
    if (!isPlaceholderName(name)) problem(`meta.json lists unknown placeholder {{${name}}}`, { placeholder: name });
    listed.add(name);
  }
  if (meta) {
    for (const required of REQUIRED_PLACEHOLDERS[meta.kind]) {
      if (!listed.has(required)) problem(`a ${meta.kind} template must use {{${required}}}`, { placeholder: required });
    }
    for (const id of meta.departments) {
      if (known.departments && !known.departments.has(id)) problem(`meta.json names unknown department "${id}"`);
    }
    for (const slug of meta.services ?? []) {
      const owner = known.services?.get(slug);
      if (known.services && owner === undefined) problem(`meta.json names unknown service "${slug}"`);
      else if (owner !== undefined && meta.departments.length > 0 && !meta.departments.includes(owner)) {
        problem(`service "${slug}" belongs to department "${owner}", which the template does not list`);
      }
    }
  }

  const bodies: Partial<Record<Lang, string>> = {};
  for (const lang of SERVED_LANGUAGES) {
    const body = files.bodies[lang];
    if (body === undefined) {
      problem(`missing ${lang}.html`, { lang });
      continue;
    }
    const inspection = inspectBody(body);
    for (const p of inspection.problems) problem(`${lang}.html: ${p}`, { lang });
    for (const name of inspection.placeholders) {
      if (!isPlaceholderName(name)) {
        problem(`${lang}.html uses unknown placeholder {{${name}}} (known: ${PLACEHOLDER_NAMES.join(', ')})`, { lang, placeholder: name });
      } else if (meta && !listed.has(name)) {
        problem(`${lang}.html uses {{${name}}}, which meta.json does not list`, { lang, placeholder: name });
      }
    }
    for (const name of listed) {
      if (!inspection.placeholders.includes(name)) problem(`${lang}.html does not use {{${name}}}, which meta.json lists`, { lang, placeholder: name });
    }
    bodies[lang] = body;
  }

  if (problems.length > 0 || !meta) return { problems };
  return {
    problems: [],
    template: Object.freeze({
      id: meta.id,
      kind: meta.kind,
      title: Object.freeze({ ...meta.title }),
      subject: Object.freeze({ ...meta.subject }),
      departments: Object.freeze([...meta.departments]),
      services: Object.freeze([...(meta.services ?? [])]),
      placeholders: Object.freeze(meta.placeholders.filter(isPlaceholderName)),
      pausesClock: meta.pausesClock === true,
      bodies: Object.freeze(bodies as Record<Lang, string>),
    }),
  };
}
