/**
 * A resident's second letter about the same matter: case `number` is merged into case `into`.
 * In one transaction its documents move to `into` (their ids recorded, so a manager can undo it),
 * `into`'s trail says what came in (the merged case's number, the documents, its petitioner's facts
 * and its own facts as they were), and `number` is closed as merged, pointing to `into`, with the
 * status it had on its trail. Both trails are hash-chained as always.
 *
 * Who: staff who may work both cases (a clerk of their department or the triage queue, a manager,
 * an admin); the registry works no case, so it merges none.
 */
import type { Actor } from '../auth/user.js';
import { inTransaction } from '../db/transaction.js';
import { DomainError, InvalidInputError } from '../errors.js';
import { isOpen } from './case.js';
import { loadWorkableCase } from './case-access.js';
import { appendCaseEvent, listCaseEvents } from './case-event.repository.js';
import { findCaseById, findPetitioner } from './case.repository.js';
import { listDocuments, moveDocuments } from './documents/document.repository.js';
import { moveCase } from './move-case.js';
import type { CaseDeps } from './deps.js';

export interface CaseMerge {
  /** The case merged away (it is closed). */
  number: string;
  /** The case that carries on, with its documents. */
  into: string;
}

export async function mergeCases(deps: CaseDeps, actor: Actor, merge: CaseMerge): Promise<{ number: string; into: string; documentIds: string[] }> {
  const source = await loadWorkableCase(deps.db, actor, merge.number);
  const target = await loadWorkableCase(deps.db, actor, merge.into);
  if (source.id === target.id) throw new InvalidInputError('a case cannot be merged into itself', { reason: 'merge_same_case' });
  if (source.mergedIntoId) throw new InvalidInputError('already merged', { reason: 'merge_already_merged' });
  if (target.mergedIntoId) throw new InvalidInputError('target was merged away', { reason: 'merge_target_merged' });
  if (!isOpen(source.status) && source.status !== 'answered' && source.status !== 'forwarded') {
    throw new InvalidInputError('closed cases are not merged', { reason: 'merge_source_closed' });
  }
  if (target.status === 'closed') throw new InvalidInputError('cannot merge into a closed case', { reason: 'merge_target_closed' });
  const now = deps.clock.now();
  const by = { actorType: 'user' as const, actorId: actor.id };

  return inTransaction(deps.db, async (trx) => {
    // Read again inside the transaction: what is moved and recorded is what the case holds now.
    const current = await findCaseById(trx, source.id);
    if (!current || current.status !== source.status || current.mergedIntoId) throw new DomainError('conflict', 'the case changed meanwhile', { i18nKey: 'merge.changedMeanwhile' });
    const petitioner = await findPetitioner(trx, source.petitionerId);
    const trail = await listCaseEvents(trx, source.id);
    // The petition's own documents move; our replies stay with the case they answered.
    const documents = (await listDocuments(trx, source.id)).filter((d) => d.role !== 'reply');
    const documentIds = await moveDocuments(trx, documents.map((d) => d.id), source.id, target.id);

    await appendCaseEvent(trx, target.id, {
      type: 'case_merged', ...by, visibility: 'internal', at: now,
      data: {
        caseId: source.id,
        caseNumber: source.number,
        documentIds,
        petitioner: { name: petitioner?.name ?? '', email: petitioner?.email ?? null, phone: petitioner?.phone ?? null, address: petitioner?.address ?? null },
        facts: { subject: source.subject, channel: source.channel, kind: source.kind, receivedAt: source.receivedAt, letterDate: source.letterDate, events: trail.length },
        previousStatus: source.status,
      },
    });
    await appendCaseEvent(trx, source.id, {
      type: 'merged_into', ...by, visibility: 'internal', at: now,
      data: { caseId: target.id, caseNumber: target.number, documentIds, previousStatus: source.status },
    });
    await moveCase(trx, source, 'closed', { actor: by, at: now, kind: 'merge', reason: 'merged', patch: { mergedIntoId: target.id } });
    return { number: source.number, into: target.number, documentIds };
  });
}
