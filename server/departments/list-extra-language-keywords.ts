/**
 * The departments' keywords in the languages residents write in but the desk does not serve
 * (extra-language-keywords.ts), for the departments a router routes to. The files are checked
 * against the reference catalogue they were written for, not against the database's departments:
 * an admin who switches a department off leaves the files valid, and that department's keywords
 * are simply not handed out.
 */
import { readCatalogue } from './catalogue.store.js';
import type { ExtraLanguageKeywords } from './extra-language-keywords.js';
import { readExtraLanguageKeywords } from './extra-language-keywords.store.js';

export function listExtraLanguageKeywords(departmentIds: readonly string[]): ExtraLanguageKeywords[] {
  const catalogueIds = readCatalogue().departments.map((d) => d.id);
  return readExtraLanguageKeywords(catalogueIds).filter((k) => departmentIds.includes(k.departmentId));
}
