/**
 * Reads the extra-language keyword files shipped beside this module (catalogue/extra-languages/)
 * and checks them (extra-language-keywords.ts). Read afresh on every call, like the catalogue.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExtraLanguageKeywordsError, parseExtraLanguageKeywords, type ExtraLanguageKeywords } from './extra-language-keywords.js';

export const EXTRA_LANGUAGES_DIR = new URL('./catalogue/extra-languages/', import.meta.url);

/** Every keyword file in `dir` (default: the one shipped beside this module). */
export function readExtraLanguageKeywords(departmentIds: readonly string[], dir: URL | string = EXTRA_LANGUAGES_DIR): ExtraLanguageKeywords[] {
  const root = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const names = existsSync(root) ? readdirSync(root).filter((n) => n.endsWith('.json')) : [];
  const files = new Map<string, unknown>();
  const problems: string[] = [];
  for (const name of names) {
    try {
      files.set(name, JSON.parse(readFileSync(join(root, name), 'utf8')));
    } catch (error) {
      problems.push(`${name}: is not valid JSON (${(error as Error).message})`);
    }
  }
  if (problems.length > 0) throw new ExtraLanguageKeywordsError(problems);
  return parseExtraLanguageKeywords(files, departmentIds);
}
