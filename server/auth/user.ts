/**
 * Users, roles and the permission rules. Pure.
 *
 * - clerk: the cases of their own department and the triage queue (cases with no department yet);
 * - manager: every case, the deadlines overview;
 * - admin: everything a manager may, plus users and departments;
 * - registry (the front desk): registers paper, walk-in and phone petitions for any department and
 *   sees the cases it registered until they are routed (to confirm what was read from the letter,
 *   print receipts); it prints the postal dispatch list; it reads no other case and works none.
 */
import type { Lang } from '../languages.js';

export const ROLES = ['clerk', 'manager', 'admin', 'registry'] as const;
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

/** What the rules need to know of a case. */
export interface CaseScope {
  departmentId: string | null;
  /** The registry clerk who registered it (paper, walk-in, phone). */
  registeredBy?: string | null;
}

/** A clerk sees their department's cases and the triage queue; the registry the cases it registered, until routed. */
export function canViewCase(actor: Actor, kase: CaseScope): boolean {
  if (seesAllCases(actor)) return true;
  if (actor.role === 'registry') return kase.departmentId === null && kase.registeredBy === actor.id;
  return kase.departmentId === null || kase.departmentId === actor.departmentId;
}

/** Notes, replies, routing, status: the registry registers cases, it does not work them. */
export function canWorkCase(actor: Actor, kase: CaseScope): boolean {
  return actor.role !== 'registry' && canViewCase(actor, kase);
}

/**
 * A receipt (number, dates, department, a new tracking code) for the petitioner at the desk: the
 * registry prints it for any case it registered, routed or not — a walk-in is routed at once, and
 * the petitioner is still at the counter.
 */
export function canPrintReceipt(actor: Actor, kase: CaseScope): boolean {
  return canViewCase(actor, kase) || (actor.role === 'registry' && kase.registeredBy === actor.id);
}

/** The petitioner's facts, the subject and the kind: whoever may see the case (the registry confirms what it read). */
export function canEditCaseFacts(actor: Actor, kase: CaseScope): boolean {
  return canViewCase(actor, kase);
}

export function canSeeDeadlinesOverview(actor: Actor): boolean {
  return seesAllCases(actor);
}

/**
 * The departments a manager answers for: their own, or every one when they have none (as the
 * demo's manager); an admin answers for all. Their approval queue, and whom the desk tells of a
 * department's replies to approve and deadlines at risk.
 */
export function managesDepartment(actor: Actor, departmentId: string | null): boolean {
  if (actor.role === 'admin') return true;
  return actor.role === 'manager' && (actor.departmentId === null || actor.departmentId === departmentId);
}

export function canAdminister(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Whom a case may be assigned to: an active user who can view it. */
export function canBeAssignee(user: Pick<User, 'role' | 'departmentId' | 'active' | 'id' | 'name'>, kase: CaseScope): boolean {
  return user.active && user.role !== 'registry' && canViewCase(user, kase) && (user.role !== 'clerk' || user.departmentId === kase.departmentId);
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
