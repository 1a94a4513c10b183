import type { Database } from '../db/database.js';
import { ForbiddenError } from '../errors.js';
import { canAdminister, canBeAssignee, type Actor, type User } from './user.js';
import { selectUsers } from './user.repository.js';

export async function listUsers(deps: { db: Database }, actor: Actor): Promise<User[]> {
  if (!canAdminister(actor)) throw new ForbiddenError();
  return selectUsers(deps.db);
}

/** People who may take a case of this department: its clerks, and managers. */
export async function listAssignableUsers(deps: { db: Database }, departmentId: string | null): Promise<{ id: string; name: string }[]> {
  if (departmentId === null) return [];
  const users = await selectUsers(deps.db);
  return users.filter((u) => u.role !== 'admin' && canBeAssignee(u, { departmentId })).map((u) => ({ id: u.id, name: u.name }));
}

/** Display names for the audit trail (staff view). */
export async function listUserNames(deps: { db: Database }, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const users = await selectUsers(deps.db);
  const wanted = new Set(ids);
  return new Map(users.filter((u) => wanted.has(u.id)).map((u) => [u.id, u.name]));
}
