/** Loads the seed departments and service catalogue (idempotent: re-running updates in place). */
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { SERVICE_CATALOGUE } from '../db/seed/catalogue.js';
import { DEPARTMENTS } from '../db/seed/departments.js';
import { newId } from '../ids.js';
import { selectDepartment, upsertDepartment, upsertService } from './department.repository.js';

export async function seedCatalogue(deps: { db: Database; clock: Clock }): Promise<{ departments: number; services: number }> {
  const at = deps.clock.now().toISOString();
  for (const d of DEPARTMENTS) {
    const existing = await selectDepartment(deps.db, d.id);
    await upsertDepartment(deps.db, { ...d, active: existing?.active ?? true, fourEyes: existing?.fourEyes ?? false }, at);
  }
  const positions = new Map<string, number>();
  for (const s of SERVICE_CATALOGUE) {
    const position = positions.get(s.department) ?? 0;
    positions.set(s.department, position + 1);
    await upsertService(deps.db, { id: newId(), slug: s.slug, departmentId: s.department, texts: s.texts }, position);
  }
  return { departments: DEPARTMENTS.length, services: SERVICE_CATALOGUE.length };
}
