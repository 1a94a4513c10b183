/**
 * The router learns from every case whose department a person confirmed, not only from
 * corrections: a clerk who answers a case says, by answering, that it belonged where it was; a
 * clerk who routes a case from triage or registers it from review says where it belongs. Most
 * cases are never corrected, so learning from corrections alone teaches the model mostly its own
 * mistakes and little of what it already gets right. An event handler of the notifications
 * dispatcher (registered in services.ts), so it runs once per event inside the dispatcher's
 * transaction and reads only through it; a repeat stores nothing new (one example per case).
 */
import type { CaseEvent } from '../cases/case-events.js';
import { caseRefById, loadCaseForAnalysis, routingLessonOf, type CaseDeps } from '../cases/index.js';
import type { EventHandler } from '../notifications/dispatch-events.js';
import type { DepartmentRouting } from './department-routing.js';

/**
 * The department an event confirms, and whether the case's department at the time of handling
 * stands for it: null when the event confirms none. Only a person confirms: the desk's own
 * routing is what is being checked.
 */
export function confirmedDepartment(event: CaseEvent): { departmentId: string | null } | null {
  if (event.actorType !== 'user') return null;
  switch (event.type) {
    case 'status_changed':
      // Answered: the case's department at that moment (the dispatcher takes events in order).
      return event.data.to === 'answered' ? { departmentId: null } : null;
    case 'department_changed':
      return { departmentId: event.data.to };
    case 'case_registered':
      // Registered from review by a clerk, who chose the department.
      return event.data.reviewedBy && event.data.departmentId ? { departmentId: event.data.departmentId } : null;
    default:
      return null;
  }
}

export function learnFromConfirmedHandler(deps: { routing: DepartmentRouting; cases: CaseDeps }): EventHandler {
  return async (trx, event) => {
    const confirmed = confirmedDepartment(event);
    if (!confirmed) return;
    const inTrx: CaseDeps = { ...deps.cases, db: trx };
    const ref = await caseRefById(inTrx, event.caseId);
    const departmentId = confirmed.departmentId ?? ref?.departmentId ?? null;
    if (!ref || !departmentId) return;
    const { kase } = await loadCaseForAnalysis(inTrx, event.caseId);
    const lesson = await routingLessonOf(inTrx, kase);
    await deps.routing.learnFromConfirmed(trx, lesson.text, departmentId, {
      caseId: event.caseId,
      suggestedDepartmentId: lesson.suggestedDepartmentId,
      actorId: event.actorId,
    });
  };
}
