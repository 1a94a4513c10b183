/**
 * Forwarding a petition that belongs to another institution: the case moves to "forwarded" (its clock
 * stops, legal-clock.ts) and a public case_forwarded event says where, why and how the petitioner reaches
 * it, in the same transaction. The resident notification reacts to that event; forwardingDueDate
 * (deadlines/deadline.ts) is the last day to do it.
 */
import { z } from 'zod';
import type { Actor } from '../auth/user.js';
import { inTransaction } from '../db/transaction.js';
import { InvalidInputError } from '../errors.js';
import { loadWorkableCase } from './case-access.js';
import { appendCaseEvent } from './case-event.repository.js';
import { moveCase } from './move-case.js';
import type { CaseDeps } from './deps.js';

export const forwardingSchema = z.object({
  institution: z.string().trim().min(2).max(300),
  reason: z.string().trim().min(5).max(2000),
  contact: z.string().trim().min(3).max(500),
});
export type Forwarding = z.infer<typeof forwardingSchema>;

export async function forwardCase(deps: CaseDeps, actor: Actor, number: string, forwarding: Forwarding): Promise<void> {
  // The web parses the form with the schema; checked again here for the other callers (CLI, tests).
  const parsed = forwardingSchema.safeParse(forwarding);
  if (!parsed.success) throw new InvalidInputError('institution, reason and contact are required');
  const input = parsed.data;
  const kase = await loadWorkableCase(deps.db, actor, number);
  const now = deps.clock.now();
  const by = { actorType: 'user' as const, actorId: actor.id };
  await inTransaction(deps.db, async (trx) => {
    // moveCase refuses a case the status machine does not let go (awaiting information, answered, closed).
    await moveCase(trx, kase, 'forwarded', { actor: by, at: now });
    await appendCaseEvent(trx, kase.id, {
      type: 'case_forwarded', ...by, visibility: 'public', at: now,
      data: { institution: input.institution, reason: input.reason, contact: input.contact },
    });
  });
}
