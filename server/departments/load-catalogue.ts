/**
 * Loads the reference catalogue (departments and their services, from catalogue/*.json) into the
 * database. `migrate` runs it after the schema migrations, so a fresh installation has its
 * departments and topics without demo data; `desk catalogue load` runs it on demand. Idempotent:
 * departments are matched by id and services by slug. A department the database already has is
 * left as the admin keeps it in the app (names, e-mail, made inactive, four-eyes approval); a new
 * one is added. Services are updated in place (texts, order) and keep their ids. One transaction: a database never holds half a catalogue.
 */
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { newId } from '../ids.js';
import type { ReferenceCatalogue } from './catalogue.schema.js';
import { readCatalogue } from './catalogue.store.js';
import { saveCatalogueDepartment, saveCatalogueService } from './department.repository.js';

export async function loadCatalogue(
  deps: { db: Database; clock: Clock },
  catalogue: ReferenceCatalogue = readCatalogue(),
): Promise<{ departments: number; services: number }> {
  const at = deps.clock.now().toISOString();
  await inTransaction(deps.db, async (trx) => {
    for (const d of catalogue.departments) await saveCatalogueDepartment(trx, d, at);
    const positions = new Map<string, number>();
    for (const s of catalogue.services) {
      const position = positions.get(s.departmentId) ?? 0;
      positions.set(s.departmentId, position + 1);
      await saveCatalogueService(trx, s, position, newId());
    }
  });
  return { departments: catalogue.departments.length, services: catalogue.services.length };
}
