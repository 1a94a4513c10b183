/**
 * How well the router does, per department, from the audit trail: of the cases registered, how
 * many it routed itself, and how many of those a clerk then moved elsewhere.
 */
import { canSeeDeadlinesOverview, type Actor } from '../auth/user.js';
import { ForbiddenError } from '../errors.js';
import { listEventsOfTypes, type CaseDeps } from '../cases/index.js';

export interface DepartmentRoutingQuality {
  departmentId: string;
  /** Cases that ended up in this department. */
  cases: number;
  /** …that the router (or the resident's topic) sent there itself, unchanged. */
  routedAutomatically: number;
  /** Cases the router sent here that a clerk moved to another department. */
  correctedAway: number;
  /** …that came here from triage or by a clerk's correction. */
  routedByClerk: number;
}

export async function routingQuality(deps: CaseDeps, actor: Actor): Promise<DepartmentRoutingQuality[]> {
  if (!canSeeDeadlinesOverview(actor)) throw new ForbiddenError();
  const events = await listEventsOfTypes(deps.db, ['case_registered', 'department_changed']);
  const initial = new Map<string, string | null>();
  const current = new Map<string, string | null>();
  for (const e of events) {
    if (e.type === 'case_registered') {
      initial.set(e.caseId, e.data.departmentId);
      current.set(e.caseId, e.data.departmentId);
    } else {
      current.set(e.caseId, e.data.to);
    }
  }
  const stats = new Map<string, DepartmentRoutingQuality>();
  const of = (id: string) => stats.get(id) ?? stats.set(id, { departmentId: id, cases: 0, routedAutomatically: 0, correctedAway: 0, routedByClerk: 0 }).get(id)!;
  for (const [caseId, now] of current) {
    const first = initial.get(caseId) ?? null;
    if (now) {
      const s = of(now);
      s.cases += 1;
      if (first === now) s.routedAutomatically += 1;
      else s.routedByClerk += 1;
    }
    if (first && first !== now) of(first).correctedAway += 1;
  }
  return [...stats.values()].sort((a, b) => a.departmentId.localeCompare(b.departmentId));
}
