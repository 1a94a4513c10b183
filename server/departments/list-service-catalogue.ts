import type { Database } from '../db/database.js';
import type { CatalogueService } from './department.js';
import { selectCatalogue } from './department.repository.js';

export async function listServiceCatalogue(deps: { db: Database }): Promise<CatalogueService[]> {
  return selectCatalogue(deps.db);
}

export async function findServiceBySlug(deps: { db: Database }, slug: string): Promise<CatalogueService | undefined> {
  return (await selectCatalogue(deps.db)).find((s) => s.slug === slug);
}
