import type { Database } from '../db/database.js';
import type { Department } from './department.js';
import { selectDepartment } from './department.repository.js';

/** One department by id (active or not); null when there is none, or no id (a case in triage). */
export async function findDepartment(deps: { db: Database }, id: string | null | undefined): Promise<Department | null> {
  if (!id) return null;
  return (await selectDepartment(deps.db, id)) ?? null;
}
