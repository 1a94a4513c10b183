/**
 * A manager undoes a merge (merge-cases.ts): the documents the merge moved go back (those still on
 * the case they joined), the merged case no longer points anywhere and returns to the status it had,
 * as its `merged_into` event recorded. Both trails say so, in one transaction.
 */
import { seesAllCases, type Actor } from '../auth/user.js';
import { inTransaction } from '../db/transaction.js';
import { DomainError, ForbiddenError, InvalidInputError } from '../errors.js';
import { loadVisibleCase } from './case-access.js';
import { appendCaseEvent, listCaseEvents } from './case-event.repository.js';
import { findCaseById } from './case.repository.js';
import { moveDocuments } from './documents/document.repository.js';
import { moveCase } from './move-case.js';
import type { CaseDeps } from './deps.js';

/** Only a manager or an admin may undo a merge. */
export function mayUnmerge(actor: Actor): boolean {
  return seesAllCases(actor);
}

export async function unmergeCase(deps: CaseDeps, actor: Actor, number: string): Promise<{ number: string; from: string; documentIds: string[] }> {
  const kase = await loadVisibleCase(deps.db, actor, number);
  if (!mayUnmerge(actor)) throw new ForbiddenError('unmerge');
  if (!kase.mergedIntoId) throw new InvalidInputError('not merged', { reason: 'unmerge_not_merged' });
  const now = deps.clock.now();
  const by = { actorType: 'user' as const, actorId: actor.id };

  return inTransaction(deps.db, async (trx) => {
    const current = await findCaseById(trx, kase.id);
    const target = current?.mergedIntoId ? await findCaseById(trx, current.mergedIntoId) : undefined;
    if (!current || !target || current.mergedIntoId !== kase.mergedIntoId) {
      throw new DomainError('conflict', 'the case changed meanwhile', { i18nKey: 'merge.changedMeanwhile' });
    }
    // The latest merge of this case into that one says what moved and the status it had.
    const merged = (await listCaseEvents(trx, current.id))
      .flatMap((e) => (e.type === 'merged_into' && e.data.caseId === target.id ? [e.data] : []))
      .at(-1);
    if (!merged) throw new InvalidInputError('no merge on the trail', { reason: 'unmerge_not_merged' });
    const documentIds = await moveDocuments(trx, merged.documentIds, target.id, current.id);

    await moveCase(trx, current, merged.previousStatus, { actor: by, at: now, kind: 'unmerge', reason: 'unmerged', patch: { mergedIntoId: null } });
    await appendCaseEvent(trx, current.id, {
      type: 'case_unmerged', ...by, visibility: 'internal', at: now,
      data: { caseId: target.id, caseNumber: target.number, documentIds, restoredStatus: merged.previousStatus },
    });
    await appendCaseEvent(trx, target.id, {
      type: 'case_unmerged', ...by, visibility: 'internal', at: now,
      data: { caseId: current.id, caseNumber: current.number, documentIds, restoredStatus: merged.previousStatus },
    });
    return { number: current.number, from: target.number, documentIds };
  });
}
