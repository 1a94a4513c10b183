/**
 * Choosing and rendering reply templates. Rendering is pure: a template, a language and the case's values in,
 * the letter's HTML body out — with every value HTML-escaped, because what a resident wrote (their name, the
 * text a clerk quotes) is text, never markup.
 */
import { DomainError, NotFoundError } from '../errors.js';
import type { Lang } from '../languages.js';
import { PLACEHOLDERS, resolvePlaceholders, type PlaceholderName, type PlaceholderValues } from './placeholders.js';
import type { ReplyTemplate, TemplateKind } from './template.js';
import type { TemplateSet } from './template.store.js';

export { loadTemplates, type LoadTemplatesOptions, type TemplateSet } from './template.store.js';
export { TEMPLATE_KINDS, TemplateLoadError, type ReplyTemplate, type TemplateKind } from './template.js';
export { buildPlaceholderValues, type PlaceholderSource, type PlaceholderValues, type PlaceholderName } from './placeholders.js';

/** The order templates are offered in: the procedural letters first, in the order a case needs them. */
const KIND_ORDER: Readonly<Record<TemplateKind, number>> = {
  acknowledgement: 0,
  request_information: 1,
  extension: 2,
  forwarding: 3,
  not_competent: 4,
  decision_positive: 5,
  decision_negative: 6,
  topic: 7,
};

export interface TemplateFilter {
  /** Only templates for this department (and those for every department). */
  departmentId?: string | null;
  kind?: TemplateKind;
  /**
   * The case's service slug: templates tied to it come first among the topic templates. It ranks rather than
   * filters, since a resident's petition often touches a neighbouring service of the same department.
   */
  service?: string | null;
}

/**
 * Templates a clerk may pick for a case, procedural kinds first, then topic templates (those tied to the
 * case's service before the others), each group by title in `lang` (English when not given).
 */
export function listTemplates(set: TemplateSet, filter: TemplateFilter = {}, lang: Lang = 'en'): ReplyTemplate[] {
  const { departmentId, kind, service } = filter;
  const fits = (t: ReplyTemplate): boolean =>
    (kind === undefined || t.kind === kind) &&
    (!departmentId || t.departments.length === 0 || t.departments.includes(departmentId));
  const serviceRank = (t: ReplyTemplate): number => (service && t.services.includes(service) ? 0 : 1);
  return set.templates
    .filter(fits)
    .sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        serviceRank(a) - serviceRank(b) ||
        a.title[lang].localeCompare(b.title[lang], lang),
    );
}

export function getTemplate(set: TemplateSet, id: string): ReplyTemplate {
  const template = set.byId.get(id);
  if (!template) throw new NotFoundError(`reply template "${id}"`);
  return template;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text: the five characters that could open markup or an attribute are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** A value as HTML: escaped, and its line breaks kept as <br> (a clerk's list of documents keeps its lines). */
function valueHtml(text: string): string {
  return escapeHtml(text.replace(/\r\n?/g, '\n').trim()).replace(/\n/g, '<br>');
}

/** The placeholders `template` uses that `values` do not supply in `lang`. */
export function missingPlaceholders(template: ReplyTemplate, lang: Lang, values: PlaceholderValues): PlaceholderName[] {
  const resolved = resolvePlaceholders(values, lang);
  return template.placeholders.filter((name) => resolved[name] === undefined);
}

export interface RenderOptions {
  /**
   * What to do when a value is missing:
   *  - 'error' (default): throw — a letter to be signed must be complete;
   *  - 'mark': write the placeholder's label in brackets, in bold ("[prašoma informacija]"), for a draft the
   *    clerk completes in the editor (the signing step checks `missingPlaceholders` on the final values, or
   *    looks for what is left in brackets).
   */
  missing?: 'error' | 'mark';
}

/** The letter body in `lang` as HTML (the allow-listed tags of template.ts), every value escaped. */
export function renderTemplate(template: ReplyTemplate, lang: Lang, values: PlaceholderValues, options: RenderOptions = {}): string {
  const resolved = resolvePlaceholders(values, lang);
  const missing = template.placeholders.filter((name) => resolved[name] === undefined);
  if (missing.length > 0 && (options.missing ?? 'error') === 'error') {
    throw new DomainError('invalid_input', `template "${template.id}" (${lang}) needs values for: ${missing.join(', ')}`, {
      details: { template: template.id, lang, missing },
    });
  }
  // Placeholder names were validated at load; a name outside the template's list cannot occur here.
  // A value that ends in a full stop swallows the sentence's own: dates end in one in three of the four
  // languages ("2026 m. kovo 4 d.", "4 marca 2026 r.", "4 марта 2026 г."), and so may what a clerk typed.
  // The stop may follow closing inline tags: "<strong>{{appointment}}</strong>.".
  const token = /\{\{([a-z][a-z0-9_]*)\}\}((?:<\/(?:strong|em|a)>)*)(\.?)/g;
  return template.bodies[lang].replace(token, (_token, name: PlaceholderName, closing: string, stop: string) => {
    const text = resolved[name];
    if (text === undefined) return `<strong>[${escapeHtml(PLACEHOLDERS[name].label[lang])}]</strong>${closing}${stop}`;
    return valueHtml(text) + closing + (text.trimEnd().endsWith('.') ? '' : stop);
  });
}

/** The letter's subject line in `lang` (plain text). */
export function templateSubject(template: ReplyTemplate, lang: Lang): string {
  return template.subject[lang];
}
