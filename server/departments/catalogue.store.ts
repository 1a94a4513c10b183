/**
 * Reads the service catalogue from its JSON files and checks them (catalogue.schema.ts). The files
 * ship with the code, beside this module, so the folder is found from the module itself, not from
 * the working directory. Read afresh on every call: `migrate` and `desk catalogue load` want what
 * is on disk now, and nothing reads the catalogue often enough to need a cache.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CatalogueLoadError, DEPARTMENTS_FILE, parseCatalogue, SERVICES_FOLDER, type CatalogueProblem, type ReferenceCatalogue } from './catalogue.schema.js';

export const CATALOGUE_DIR = new URL('./catalogue/', import.meta.url);

/** Every department and service of the catalogue in `dir`; throws `CatalogueLoadError` naming each problem. */
export function readCatalogue(dir: URL | string = CATALOGUE_DIR): ReferenceCatalogue {
  const root = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const unreadable: CatalogueProblem[] = [];
  const readJson = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (error) {
      const rule = existsSync(join(root, file)) ? `is not valid JSON (${(error as Error).message})` : 'is missing';
      unreadable.push({ file, entry: '(file)', rule });
      return undefined;
    }
  };
  const departments = readJson(DEPARTMENTS_FILE);
  const servicesDir = join(root, SERVICES_FOLDER);
  const names = existsSync(servicesDir) ? readdirSync(servicesDir).filter((n) => n.endsWith('.json')).sort() : [];
  const services = new Map(names.map((name) => [name, readJson(`${SERVICES_FOLDER}/${name}`)]));
  if (unreadable.length > 0) throw new CatalogueLoadError(root, unreadable);
  return parseCatalogue(root, { departments, services });
}
