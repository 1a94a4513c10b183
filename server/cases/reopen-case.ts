/**
 * Reopening an answered or closed case: the petitioner says the answer missed their point, new facts came,
 * or the desk found its own mistake. Who: whoever may work the case (a clerk of its department or of the
 * triage queue, a manager, an admin; the registry works no case). A case merged into another is not
 * reopened: its matter lives on the case it joined (undo the merge instead).
 *
 * In one transaction: the case moves back to work (to "in progress" when it has an assignee, to
 * "registered", its department's queue, when it has none) through moveCase with reason 'reopened' (the
 * public status_changed event the petitioner's 'reopened' notice is sent from), and gets a new legal term
 * under the 'reopening' rule (deadlines/legal-rules.ts): 20 working days from the reopening's registration
 * date, no extension used. The case_reopened event says why, from which status, and under which rule.
 */
import { z } from 'zod';
import { canWorkCase, type Actor } from '../auth/user.js';
import { inTransaction } from '../db/transaction.js';
import { vilniusDateOf } from '../deadlines/calendar.js';
import { reopenClock } from '../deadlines/legal-clock.js';
import { legalRule } from '../deadlines/legal-rules.js';
import { DomainError } from '../errors.js';
import { REOPENABLE_STATUSES, type CaseRecord, type CaseStatus } from './case.js';
import { loadVisibleCase, loadWorkableCase } from './case-access.js';
import { appendCaseEvent } from './case-event.repository.js';
import { findCaseById } from './case.repository.js';
import { moveCase } from './move-case.js';
import type { CaseDeps } from './deps.js';

export const reopenSchema = z.object({
  reason: z.string().trim().min(5).max(2000),
});
export type Reopening = z.infer<typeof reopenSchema>;

/** Whether a case may be reopened at all (the page shows the form only then; the actor is checked apart). */
export function isReopenable(kase: Pick<CaseRecord, 'status' | 'mergedIntoId'>): boolean {
  return REOPENABLE_STATUSES.includes(kase.status) && kase.mergedIntoId === null;
}

export interface ReopenedCase {
  number: string;
  status: CaseStatus;
  dueOn: string;
  rule: string;
}

export async function reopenCase(deps: CaseDeps, actor: Actor, number: string, input: Reopening): Promise<ReopenedCase> {
  const { reason } = reopenSchema.parse(input);
  const kase = await loadWorkableCase(deps.db, actor, number);
  if (kase.mergedIntoId) throw new DomainError('invalid_input', 'a merged case is not reopened', { i18nKey: 'caseLinks.reopen.errors.merged' });
  if (!isReopenable(kase)) throw new DomainError('invalid_input', `a ${kase.status} case is not reopened`, { i18nKey: 'caseLinks.reopen.errors.notReopenable' });
  const now = deps.clock.now();
  const clock = reopenClock(vilniusDateOf(now));
  const by = { actorType: 'user' as const, actorId: actor.id };

  return inTransaction(deps.db, async (trx) => {
    // Read again inside the transaction: moveCase refuses if someone moved it meanwhile.
    const current = await findCaseById(trx, kase.id);
    if (!current || current.status !== kase.status || current.mergedIntoId) {
      throw new DomainError('conflict', 'the case changed meanwhile', { i18nKey: 'caseLinks.reopen.errors.changedMeanwhile' });
    }
    const to: CaseStatus = current.assigneeId ? 'in_progress' : 'registered';
    await moveCase(trx, current, to, {
      actor: by,
      at: now,
      kind: 'reopen',
      reason: 'reopened',
      patch: {
        dueOn: clock.dueOn,
        dueRule: clock.rule,
        extendedBy: 0,
        clockPausedOn: null,
        // A case closed from review was never registered: the reopening registers it.
        ...(current.registeredOn ? {} : { registeredOn: clock.registeredOn }),
      },
    });
    await appendCaseEvent(trx, current.id, {
      type: 'case_reopened', ...by, visibility: 'internal', at: now,
      data: { reason, previousStatus: current.status, to, rule: clock.rule, registeredOn: clock.registeredOn, previousDueOn: current.dueOn, dueOn: clock.dueOn },
    });
    return { number: current.number, status: to, dueOn: clock.dueOn, rule: clock.rule };
  });
}

/**
 * What the case page states before a reopening: the rule, its citation and the due date a reopening today
 * would set; null when the actor may not reopen this case (not theirs to work, not answered or closed, merged).
 */
export async function previewReopening(deps: CaseDeps, actor: Actor, number: string): Promise<{ rule: { id: string; citation: string }; dueOn: string } | null> {
  const kase = await loadVisibleCase(deps.db, actor, number);
  if (!canWorkCase(actor, kase) || !isReopenable(kase)) return null;
  const clock = reopenClock(vilniusDateOf(deps.clock.now()));
  return { rule: { id: clock.rule, citation: legalRule(clock.rule).citation }, dueOn: clock.dueOn };
}
