/**
 * Users, roles and the permission rules. Pure.
 *
 * - clerk: the cases of their own department and the triage queue (cases with no department yet);
 * - manager: every case, the deadlines overview;
 * - admin: everything a manager may, plus users and departments.
 */
import type { Lang } from '../languages.js';

export const ROLES = ['clerk', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentId: string | null;
  locale: Lang;
  active: boolean;
}

/** Who is acting: a signed-in staff member. */
export type Actor = Pick<User, 'id' | 'role' | 'departmentId' | 'name'>;

export function seesAllCases(actor: Actor): boolean {
  return actor.role === 'manager' || actor.role === 'admin';
}

/** A clerk sees their department's cases and the triage queue. */
export function canViewCase(actor: Actor, kase: { departmentId: string | null }): boolean {
  if (seesAllCases(actor)) return true;
  return kase.departmentId === null || kase.departmentId === actor.departmentId;
}

export function canSeeDeadlinesOverview(actor: Actor): boolean {
  return seesAllCases(actor);
}

export function canAdminister(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Whom a case may be assigned to: an active user who can view it. */
export function canBeAssignee(user: Pick<User, 'role' | 'departmentId' | 'active' | 'id' | 'name'>, kase: { departmentId: string | null }): boolean {
  return user.active && canViewCase(user, kase) && (user.role !== 'clerk' || user.departmentId === kase.departmentId);
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
