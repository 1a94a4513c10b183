/** Move a case along the status machine; illegal moves are refused. */
import type { Actor } from '../auth/user.js';
import { IllegalTransitionError, InvalidInputError } from '../errors.js';
import { canTransition, type CaseStatus } from './case.js';
import { loadWorkableCase } from './case-access.js';
import { registerReceivedCase } from './open-case.js';
import { appendCaseEvent } from './case-event.repository.js';
import { moveCase } from './move-case.js';
import type { CaseDeps } from './deps.js';

export async function changeCaseStatus(deps: CaseDeps, actor: Actor, number: string, to: CaseStatus, note: string | null = null): Promise<void> {
  const kase = await loadWorkableCase(deps.db, actor, number);
  if (!canTransition(kase.status, to)) throw new IllegalTransitionError(kase.status, to);
  if (to === 'assigned' && !kase.assigneeId) throw new InvalidInputError('assign someone first', { reason: 'needs_assignee' });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if (to === 'registered' && !kase.registeredOn) {
      // A reviewed case is registered as of when it was received: the deadline runs from then.
      await registerReceivedCase(trx, kase, now, { reviewedBy: actor.id });
    } else {
      // Giving an assigned case back to the queue clears its assignee.
      const unassign = to === 'registered' && kase.status === 'assigned';
      await moveCase(trx, kase, to, { actor: { actorType: 'user', actorId: actor.id }, at: now, patch: unassign ? { assigneeId: null } : {} });
    }
    if (note) {
      await appendCaseEvent(trx, kase.id, { type: 'note_added', actorType: 'user', actorId: actor.id, visibility: 'internal', data: { text: note }, at: now });
    }
  });
}
