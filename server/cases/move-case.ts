/**
 * The one way a case's status changes. The move is checked against the status machine (case.ts),
 * the status is set together with whatever changes with it (assignee, review reason, registration
 * dates), and the event that says so is appended — all inside the caller's transaction, so the
 * status and its trail never disagree. A move into or out of "awaiting information" also stops or
 * restarts the legal clock (clock-move.ts), in the same update and with its own event.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { IllegalTransitionError } from '../errors.js';
import { canMove, type ActorType, type CaseMoveKind, type CaseStatus } from './case.js';
import type { CaseEventData } from './case-events.js';
import type { CasePatch } from './case.repository.js';
import { updateCaseStatus } from './case-status.repository.js';
import { appendCaseEvent } from './case-event.repository.js';
import { findCaseById } from './case.repository.js';
import { clockChangeOf, movesClock } from './clock-move.js';

export interface CaseMove {
  actor: { actorType: ActorType; actorId: string | null };
  at: Date;
  /** Why, on the status_changed event: a review reason (i18n key under review.), 'information_received' … */
  reason?: string;
  /** What else the status_changed event says: the documents nobody could read, the analysis error. */
  details?: Pick<CaseEventData<'status_changed'>, 'problems' | 'error'>;
  /** What changes with the status. */
  patch?: CasePatch;
  /** A merge or its undo, which the status machine allows apart from the ordinary moves (case.ts: canMove). */
  kind?: CaseMoveKind;
  /**
   * Registration is said by its own event (case_registered: number, dates, how it was routed)
   * instead of status_changed, as the trail has always said it.
   */
  recordedAs?: { type: 'case_registered'; data: CaseEventData<'case_registered'> };
}

/**
 * Moves `kase` from the status the caller read to `to`. Refused when the machine does not allow
 * it, and also when the case is no longer in that status (someone moved it meanwhile): the check
 * is then against a status that no longer holds.
 */
export async function moveCase(trx: Kysely<DB>, kase: { id: string; status: CaseStatus }, to: CaseStatus, move: CaseMove): Promise<void> {
  if (!canMove(kase.status, to, move.kind)) throw new IllegalTransitionError(kase.status, to);
  if (move.recordedAs && to !== 'registered') throw new Error(`${move.recordedAs.type} records a registration, not a move to ${to}`);
  // The clock columns are read here, not from the caller, so that no caller can forget them.
  const current = movesClock(kase.status, to) ? await findCaseById(trx, kase.id) : undefined;
  const clock = current && current.status === kase.status ? clockChangeOf(current, to, move.at) : null;
  const patch = { ...move.patch, ...clock?.patch };
  const moved = await updateCaseStatus(trx, kase.id, kase.status, to, patch, move.at);
  if (!moved) throw new IllegalTransitionError(kase.status, to);
  const event = { ...move.actor, visibility: 'public' as const, at: move.at };
  if (move.recordedAs) {
    await appendCaseEvent(trx, kase.id, { ...move.recordedAs, ...event });
  } else {
    const data = { from: kase.status, to, ...(move.reason ? { reason: move.reason } : {}), ...move.details };
    await appendCaseEvent(trx, kase.id, { type: 'status_changed', data, ...event });
  }
  if (clock) await appendCaseEvent(trx, kase.id, { ...clock.event, ...event });
}
