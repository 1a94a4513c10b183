import type { Database } from '../db/database.js';
import type { Department } from './department.js';
import { selectDepartments } from './department.repository.js';

export async function listDepartments(deps: { db: Database }, options: { activeOnly?: boolean } = {}): Promise<Department[]> {
  const all = await selectDepartments(deps.db);
  return options.activeOnly ? all.filter((d) => d.active) : all;
}
