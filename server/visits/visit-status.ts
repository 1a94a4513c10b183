/**
 * What may happen to a visit next. Pure: the status, the visit's start and "now" are passed in.
 *
 * booked → checked_in → served; booked → served (the clerk skipped the check-in); booked → no_show
 * once its time has come; booked → cancelled while it is still ahead. A visit already served, missed
 * or cancelled is history and does not change again.
 */
import { DomainError } from '../errors.js';
import type { VisitStatus } from './visit.js';

export type VisitAction = 'check_in' | 'serve' | 'no_show' | 'cancel' | 'move';

const FROM: Record<VisitAction, readonly VisitStatus[]> = {
  check_in: ['booked'],
  serve: ['booked', 'checked_in'],
  no_show: ['booked'],
  cancel: ['booked'],
  move: ['booked'],
};

const TO: Record<Exclude<VisitAction, 'move'>, VisitStatus> = {
  check_in: 'checked_in',
  serve: 'served',
  no_show: 'no_show',
  cancel: 'cancelled',
};

/** Whether the action is allowed on a visit in `status` starting at `startsAt`, at `now`. */
export function canApplyVisitAction(action: VisitAction, status: VisitStatus, startsAt: Date, now: Date): boolean {
  if (!FROM[action].includes(status)) return false;
  // Nobody is missing before their time; nobody cancels or moves a visit that has begun.
  if (action === 'no_show') return now.getTime() >= startsAt.getTime();
  if (action === 'cancel' || action === 'move') return now.getTime() < startsAt.getTime();
  return true;
}

/** The status the action leads to, or an illegal_transition error. */
export function nextVisitStatus(action: Exclude<VisitAction, 'move'>, status: VisitStatus, startsAt: Date, now: Date): VisitStatus {
  if (!canApplyVisitAction(action, status, startsAt, now)) {
    throw new DomainError('illegal_transition', `a ${status} visit cannot take the action ${action} now`, { details: { from: status, action } });
  }
  return TO[action];
}

/** Visits still ahead of the person count towards the future-visits limit. */
export function holdsSlot(status: VisitStatus): boolean {
  return status === 'booked' || status === 'checked_in';
}
