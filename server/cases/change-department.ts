/**
 * The case side of routing a case to another department (the routing slice's routeCaseToDepartment
 * decides that it may): the department changes, the assignee goes — the new department decides who
 * takes it — and an assigned case goes back to the department's queue.
 */
import type { Actor } from '../auth/user.js';
import type { CaseRecord } from './case.js';
import { updateCase } from './case.repository.js';
import { appendCaseEvent } from './case-event.repository.js';
import { selectCasePagesText } from './documents/document.repository.js';
import { moveCase } from './move-case.js';
import { findRoutingSuggestion } from './routing-suggestion.repository.js';
import type { CaseDeps } from './deps.js';

export async function changeCaseDepartment(deps: CaseDeps, actor: Actor, kase: CaseRecord, departmentId: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await updateCase(trx, kase.id, { departmentId, assigneeId: null }, now);
    await appendCaseEvent(trx, kase.id, {
      type: 'department_changed', actorType: 'user', actorId: actor.id, visibility: 'internal',
      data: { from: kase.departmentId, to: departmentId }, at: now,
    });
    if (kase.status === 'assigned') await moveCase(trx, kase, 'registered', { actor: { actorType: 'user', actorId: actor.id }, at: now });
  });
}

/** What the router learns a clerk's routing from: the case's whole text, and what it had suggested. */
export async function routingLessonOf(deps: CaseDeps, kase: CaseRecord): Promise<{ text: { subject: string; body: string }; suggestedDepartmentId: string | null }> {
  const [pages, suggestion] = await Promise.all([selectCasePagesText(deps.db, kase.id), findRoutingSuggestion(deps.db, kase.id)]);
  return {
    text: { subject: kase.subject, body: [kase.body, ...pages.map((p) => p.text)].join('\n') },
    suggestedDepartmentId: suggestion?.suggestedDepartmentId ?? null,
  };
}
