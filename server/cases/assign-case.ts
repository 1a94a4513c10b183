/** Assign a case to oneself or a colleague; a registered case becomes "assigned". */
import type { Actor } from '../auth/user.js';
import { listAssignableUsers } from '../auth/list-users.js';
import { InvalidInputError } from '../errors.js';
import { canTransition } from './case.js';
import { loadWorkableCase } from './case-access.js';
import { updateCase } from './case.repository.js';
import { appendCaseEvent } from './case-event.repository.js';
import { moveCase } from './move-case.js';
import type { CaseDeps } from './deps.js';

export async function assignCase(deps: CaseDeps, actor: Actor, number: string, assigneeId: string): Promise<void> {
  const kase = await loadWorkableCase(deps.db, actor, number);
  if (kase.departmentId === null) throw new InvalidInputError('route the case to a department before assigning it', { reason: 'needs_department' });
  const assignees = await listAssignableUsers(deps, kase.departmentId);
  const assignee = assignees.find((u) => u.id === assigneeId);
  if (!assignee) throw new InvalidInputError('this person cannot take the case', { reason: 'bad_assignee' });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await updateCase(trx, kase.id, { assigneeId }, now);
    await appendCaseEvent(trx, kase.id, {
      type: 'case_assigned', actorType: 'user', actorId: actor.id, visibility: 'internal',
      data: { assigneeId, assigneeName: assignee.name, previousAssigneeId: kase.assigneeId }, at: now,
    });
    // Re-assigning a case already being worked on keeps its status.
    if (canTransition(kase.status, 'assigned')) await moveCase(trx, kase, 'assigned', { actor: { actorType: 'user', actorId: actor.id }, at: now });
  });
}
