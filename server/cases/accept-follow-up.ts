/**
 * A clerk accepts an unverified follow-up (a mail that named the case but carried none of our
 * threading): from now on it counts as the petitioner's message — on the resident's trail, and,
 * if the desk was waiting for information, the clock runs again. Audited, and once per message.
 */
import type { Actor } from '../auth/user.js';
import { DomainError, NotFoundError } from '../errors.js';
import { inTransaction } from '../db/transaction.js';
import { loadWorkableCase } from './case-access.js';
import { appendCaseEvent, listCaseEvents } from './case-event.repository.js';
import { findCaseById } from './case.repository.js';
import type { CaseDeps } from './deps.js';
import { moveCase } from './move-case.js';

export async function acceptFollowUp(deps: CaseDeps, actor: Actor, number: string, eventId: string): Promise<void> {
  const kase = await loadWorkableCase(deps.db, actor, number);
  const now = deps.clock.now();
  await inTransaction(deps.db, async (trx) => {
    const events = await listCaseEvents(trx, kase.id);
    const unverified = events.find((e) => e.id === eventId);
    if (!unverified || unverified.type !== 'unverified_message_received') throw new NotFoundError('message');
    if (events.some((e) => e.type === 'follow_up_accepted' && e.data.eventId === eventId)) {
      throw new DomainError('conflict', 'this message was accepted already', { i18nKey: 'case.followUpAcceptedAlready' });
    }
    const { fromAddress: _claimed, ...message } = unverified.data;
    await appendCaseEvent(trx, kase.id, { type: 'follow_up_accepted', actorType: 'user', actorId: actor.id, visibility: 'internal', data: { eventId }, at: now });
    await appendCaseEvent(trx, kase.id, { type: 'message_received', actorType: 'petitioner', actorId: kase.petitionerId, visibility: 'public', data: message, at: now });
    const current = await findCaseById(trx, kase.id);
    if (current?.status === 'awaiting_information') {
      await moveCase(trx, current, 'in_progress', { actor: { actorType: 'user', actorId: actor.id }, at: now, reason: 'information_received' });
    }
  });
}
