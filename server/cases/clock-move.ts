/**
 * What a move into or out of "awaiting information" does to the legal clock (for move-case.ts, which writes
 * it with the status in one update). Pure: the caller supplies the case as it is and the instant of the move.
 */
import { vilniusDateOf } from '../deadlines/calendar.js';
import { resumeClock } from '../deadlines/legal-clock.js';
import { APPLIED_INFORMATION_RULE } from '../deadlines/legal-rules.js';
import type { CaseRecord, CaseStatus } from './case.js';
import type { CaseEventBody } from './case-events.js';
import type { CasePatch } from './case.repository.js';

export interface ClockChange {
  patch: CasePatch;
  /** Appended after the status_changed event. */
  event: Extract<CaseEventBody, { type: 'clock_paused' | 'clock_resumed' }>;
}

/** Whether a move from `from` to `to` stops or restarts the clock (only then is the case read for it). */
export function movesClock(from: CaseStatus, to: CaseStatus): boolean {
  return (to === 'awaiting_information') !== (from === 'awaiting_information');
}

/**
 * Into "awaiting information": the clock stops on the Vilnius date of the move. Out of it: the information
 * rule sets the new due date from the day the information is registered. A case that was already waiting
 * before the pause day was kept (clock_paused_on null) keeps its due date: there is no day to count from.
 */
export function clockChangeOf(
  kase: Pick<CaseRecord, 'status' | 'dueOn' | 'clockPausedOn'>,
  to: CaseStatus,
  at: Date,
): ClockChange | null {
  const today = vilniusDateOf(at);
  if (to === 'awaiting_information' && kase.status !== 'awaiting_information') {
    return {
      patch: { clockPausedOn: today },
      event: { type: 'clock_paused', data: { rule: APPLIED_INFORMATION_RULE, pausedOn: today, dueOn: kase.dueOn } },
    };
  }
  if (kase.status === 'awaiting_information' && to !== 'awaiting_information' && kase.clockPausedOn !== null) {
    const resumed = resumeClock(APPLIED_INFORMATION_RULE, { pausedOn: kase.clockPausedOn, dueOn: kase.dueOn }, today);
    return {
      patch: { clockPausedOn: null, dueOn: resumed.dueOn, dueRule: resumed.rule },
      event: {
        type: 'clock_resumed',
        data: {
          rule: resumed.rule, pausedOn: kase.clockPausedOn, resumedOn: resumed.resumedOn,
          from: kase.dueOn, to: resumed.dueOn, pausedWorkingDays: resumed.pausedWorkingDays,
        },
      },
    };
  }
  return null;
}
