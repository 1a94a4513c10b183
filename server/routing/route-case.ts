/**
 * A person routes a case to a department (from triage, or re-routes it). Moving a case to
 * another department clears its assignee: the new department decides who takes it.
 */
import type { Actor } from '../auth/user.js';
import { listDepartments } from '../departments/list-departments.js';
import { InvalidInputError } from '../errors.js';
import { canTransition } from '../cases/case.js';
import { loadVisibleCase } from '../cases/case-access.js';
import { updateCase } from '../cases/case.repository.js';
import { appendCaseEvent, listCaseEvents } from '../cases/case-event.repository.js';
import { selectCasePagesText } from '../cases/documents/document.repository.js';
import type { CaseDeps } from '../cases/deps.js';

export async function routeCaseToDepartment(deps: CaseDeps, actor: Actor, number: string, departmentId: string): Promise<void> {
  const kase = await loadVisibleCase(deps.db, actor, number);
  const departments = await listDepartments(deps, { activeOnly: true });
  if (!departments.some((d) => d.id === departmentId)) throw new InvalidInputError('unknown department', { reason: 'bad_department' });
  if (kase.departmentId === departmentId) return;
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const backToQueue = kase.status === 'assigned' && canTransition(kase.status, 'registered');
    await updateCase(trx, kase.id, { departmentId, assigneeId: null, ...(backToQueue ? { status: 'registered' as const } : {}) }, now);
    await appendCaseEvent(trx, kase.id, {
      type: 'department_changed', actorType: 'user', actorId: actor.id, visibility: 'internal',
      data: { from: kase.departmentId, to: departmentId }, at: now,
    });
    if (backToQueue) {
      await appendCaseEvent(trx, kase.id, {
        type: 'status_changed', actorType: 'user', actorId: actor.id, visibility: 'public', data: { from: kase.status, to: 'registered' }, at: now,
      });
    }
  });
  // The router learns at once from the clerk's choice; a failure to learn never undoes the routing.
  if (deps.learnRouting) {
    const events = await listCaseEvents(deps.db, kase.id);
    const top3 = events.find((e) => e.type === 'case_registered')?.data.top3;
    const suggested = Array.isArray(top3) && top3.length ? String((top3[0] as { departmentId?: unknown }).departmentId ?? '') || null : null;
    const pages = await selectCasePagesText(deps.db, kase.id);
    const body = [kase.body, ...pages.map((p) => p.text)].join('\n');
    await deps.learnRouting({ subject: kase.subject, body }, departmentId, { caseId: kase.id, suggestedDepartmentId: suggested, actorId: actor.id }).catch((error: unknown) => {
      console.error(`routing did not learn from ${kase.number}: ${(error as Error).message}`);
    });
  }
}
