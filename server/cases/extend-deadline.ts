/**
 * Extending the answer deadline: information requests by up to 20 working days, complaints and
 * requests by up to 10 (deadlines/deadline.ts has the legal basis). The petitioner must be told,
 * with the reason, within 2 working days — the event records when that notice is due.
 */
import { z } from 'zod';
import type { Actor } from '../auth/user.js';
import { vilniusDateOf } from '../deadlines/calendar.js';
import { extendDueDate, extensionNoticeDueDate } from '../deadlines/deadline.js';
import { extensionRule } from '../deadlines/legal-rules.js';
import { DomainError } from '../errors.js';
import { isOpen } from './case.js';
import { loadWorkableCase } from './case-access.js';
import { updateCase } from './case.repository.js';
import { appendCaseEvent } from './case-event.repository.js';
import type { CaseDeps } from './deps.js';

export const extensionSchema = z.object({
  workingDays: z.coerce.number().int().min(1).max(20),
  reason: z.string().trim().min(5).max(2000),
});
export type Extension = z.infer<typeof extensionSchema>;

export async function extendCaseDeadline(deps: CaseDeps, actor: Actor, number: string, extension: Extension): Promise<{ dueOn: string; noticeDueOn: string }> {
  const kase = await loadWorkableCase(deps.db, actor, number);
  if (!kase.dueOn || !isOpen(kase.status)) throw new DomainError('extension_not_allowed', 'only an open, registered case can be extended');
  // While the clock is paused no term runs, and the information rule sets a new due date when it resumes:
  // an extension granted now would be overwritten, and the petitioner told of a date that never holds.
  if (kase.clockPausedOn !== null) throw new DomainError('extension_not_allowed', 'the clock is paused while the case awaits information');
  const previousDueOn = kase.dueOn;
  const dueOn = extendDueDate(previousDueOn, kase.kind, extension.workingDays, kase.extendedBy);
  const now = deps.clock.now();
  const noticeDueOn = extensionNoticeDueDate(vilniusDateOf(now));
  await deps.db.transaction().execute(async (trx) => {
    await updateCase(trx, kase.id, { dueOn, dueRule: extensionRule(kase.kind).id, extendedBy: kase.extendedBy + extension.workingDays }, now);
    await appendCaseEvent(trx, kase.id, {
      type: 'deadline_extended', actorType: 'user', actorId: actor.id, visibility: 'public',
      data: { from: previousDueOn, to: dueOn, workingDays: extension.workingDays, reason: extension.reason, noticeDueOn }, at: now,
    });
  });
  return { dueOn, noticeDueOn };
}
