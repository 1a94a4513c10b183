import type { Database } from '../db/database.js';
import { ForbiddenError } from '../errors.js';
import { canAdminister, canBeAssignee, type Actor, type User } from './user.js';
import { findUserById, selectUsers } from './user.repository.js';

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

/**
 * A staff member as an actor, for work done later in their name (a campaign's replies, sent by a
 * job): null when they no longer exist or were deactivated — what they started is not done by nobody.
 */
export async function findActiveActor(deps: { db: Database }, id: string): Promise<Actor | null> {
  const user = await findUserById(deps.db, id);
  return user?.active ? { id: user.id, role: user.role, departmentId: user.departmentId, name: user.name } : null;
}
