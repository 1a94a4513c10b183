/**
 * Who may do what with visits. Pure.
 *
 * - The phone line's booking (and a call that ended "done remotely"): the registry, managers and admins
 *   for any service, a clerk for their own department's services.
 * - The counter's day (check-in, served, no-show, walk-ins, cases): staff of the point's department,
 *   the registry, managers and admins.
 * - The report: managers and admins.
 */
import type { Actor } from '../auth/user.js';
import { ForbiddenError } from '../errors.js';
import type { BookableService, ServicePoint } from './visit.js';

const EVERY_SERVICE = new Set<Actor['role']>(['registry', 'manager', 'admin']);

export function mayBookForService(actor: Actor, service: Pick<BookableService, 'departmentId'>): boolean {
  return EVERY_SERVICE.has(actor.role) || (actor.departmentId !== null && actor.departmentId === service.departmentId);
}

export function mayWorkServicePoint(actor: Actor, point: Pick<ServicePoint, 'departmentId'>): boolean {
  return EVERY_SERVICE.has(actor.role) || (actor.departmentId !== null && actor.departmentId === point.departmentId);
}

export function mayReadVisitReport(actor: Actor): boolean {
  return actor.role === 'manager' || actor.role === 'admin';
}

export function assertAllowed(allowed: boolean, what: string): void {
  if (!allowed) throw new ForbiddenError(`not allowed: ${what}`);
}
