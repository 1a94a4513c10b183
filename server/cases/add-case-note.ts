/** An internal note on a case: visible to staff only, kept on the audit trail. */
import type { Actor } from '../auth/user.js';
import { loadWorkableCase } from './case-access.js';
import { appendCaseEvent } from './case-event.repository.js';
import type { CaseDeps } from './deps.js';

export async function addCaseNote(deps: CaseDeps, actor: Actor, number: string, text: string): Promise<void> {
  const kase = await loadWorkableCase(deps.db, actor, number);
  const now = deps.clock.now();
  await deps.db.transaction().execute((trx) =>
    appendCaseEvent(trx, kase.id, { type: 'note_added', actorType: 'user', actorId: actor.id, visibility: 'internal', data: { text }, at: now }),
  );
}
