/**
 * Statutory deadlines for written petitions to the municipality. Pure: the caller supplies "today".
 *
 * Sources (Republic of Lithuania; read the consolidated text on e-tar.lt before changing a number, the acts are
 * amended often):
 *  - VAĮ: the Law on Public Administration (Viešojo administravimo įstatymas, No. VIII-1234), Art. 14 on the
 *    examination of persons' requests and complaints;
 *  - Rules 875: the Rules for examining requests and complaints and serving persons in public administration
 *    entities (Prašymų ir skundų nagrinėjimo ir asmenų aptarnavimo viešojo administravimo subjektuose
 *    taisyklės), approved by Government Resolution No. 875 of 22 August 2007, as amended;
 *  - Information Law: the Law on the Right to Obtain Information from State and Municipal Institutions and
 *    Agencies (Teisės gauti informaciją iš valstybės ir savivaldybių institucijų ir įstaigų įstatymas);
 *  - Document rules: the document management and accounting rules (Dokumentų tvarkymo ir apskaitos
 *    taisyklės) approved by the Chief Archivist of Lithuania.
 * These are the desk's defaults (DESIGN.md, "Legal deadlines"); every period is in working days (calendar.ts).
 */
import { DomainError } from '../errors.js';
import {
  addWorkingDays,
  nextWorkingDayOnOrAfter,
  vilniusDateOf,
  workingDaysBetween,
  type CalendarDate,
} from './calendar.js';
import { answerTermRule, extensionRule, workingDaysOf, type PetitionKind } from './legal-rules.js';

export type { PetitionKind };

// The statutory periods, with their citations, are the rows of legal-rules.ts (one source): the answer term
// per kind, the extension ceiling per kind, the extension notice, forwarding and the forwarding notice.
const EXTENSION_NOTICE_WORKING_DAYS = workingDaysOf('extension_notice');
const FORWARDING_WORKING_DAYS = workingDaysOf('forwarding');
const FORWARDING_NOTICE_WORKING_DAYS = workingDaysOf('forwarding_notice');

/**
 * Not a legal period: the desk's own warning threshold, so a clerk sees a case turn "due soon" with three
 * working days still in hand (enough to draft, approve and sign a reply).
 */
export const DUE_SOON_WORKING_DAYS = 3;

/**
 * The registration date of a document received at `receivedAt`: the Vilnius calendar date of receipt, or the
 * next working day when it arrives on a weekend or public holiday (document rules: incoming documents are
 * registered on the day they are received, and those received on a non-working day on the next working day).
 * The statutory period then runs from the registration date.
 */
export function registrationDate(receivedAt: Date): CalendarDate {
  return nextWorkingDayOnOrAfter(vilniusDateOf(receivedAt));
}

/**
 * The last day to reply: the answer term (20 working days) after registration. Every kind has the same
 * period today; `kind` picks its rule so a kind whose term changes needs only its row changed.
 */
export function responseDueDate(registeredOn: CalendarDate, kind: PetitionKind = 'request'): CalendarDate {
  return addWorkingDays(registeredOn, workingDaysOf(answerTermRule(kind).id));
}

/**
 * The due date after extending `currentDue` by `workingDays` more working days. The extension runs on from the
 * working day after the current due date. `alreadyExtendedBy` is the total of earlier extensions of the same
 * petition: the statutory maximum is a total, so two extensions of 6 working days on a complaint are refused.
 */
export function extendDueDate(
  currentDue: CalendarDate,
  kind: PetitionKind,
  workingDays: number,
  alreadyExtendedBy = 0,
): CalendarDate {
  const maximum = workingDaysOf(extensionRule(kind).id);
  const details = { kind, workingDays, alreadyExtendedBy, maximum };
  if (!Number.isInteger(workingDays) || workingDays < 1) {
    throw new DomainError('extension_not_allowed', 'an extension must be at least one whole working day', {
      details,
    });
  }
  if (!Number.isInteger(alreadyExtendedBy) || alreadyExtendedBy < 0) {
    throw new RangeError(`alreadyExtendedBy must be a whole number ≥ 0, got ${alreadyExtendedBy}`);
  }
  if (alreadyExtendedBy + workingDays > maximum) {
    throw new DomainError(
      'extension_not_allowed',
      `a ${kind} may be extended by at most ${maximum} working days in total ` +
        `(already ${alreadyExtendedBy}, asked ${workingDays})`,
      { details },
    );
  }
  return addWorkingDays(currentDue, workingDays);
}

/** The last day to tell the petitioner of an extension decided on `decidedOn`. */
export function extensionNoticeDueDate(decidedOn: CalendarDate): CalendarDate {
  return addWorkingDays(decidedOn, EXTENSION_NOTICE_WORKING_DAYS);
}

/** The last day to forward a petition registered on `registeredOn` to the competent institution. */
export function forwardingDueDate(registeredOn: CalendarDate): CalendarDate {
  return addWorkingDays(registeredOn, FORWARDING_WORKING_DAYS);
}

/** The last day to tell the petitioner that their petition was forwarded. */
export function forwardingNoticeDueDate(registeredOn: CalendarDate): CalendarDate {
  return addWorkingDays(registeredOn, FORWARDING_NOTICE_WORKING_DAYS);
}

export type DeadlineState = 'overdue' | 'due-soon' | 'on-track' | 'paused';

export interface DeadlineStatus {
  state: DeadlineState;
  /**
   * Working days from today to the due date (0 on the due date itself); negative when overdue, the number of
   * working days past it, and at least -1 so the sign alone tells an overdue case, even on the weekend right
   * after a Friday due date, when no working day has yet passed. While paused: the working days that were
   * left on the day the clock stopped (0 when that day is not known).
   */
  workingDaysLeft: number;
  /** Only when paused: the day the clock stopped; null for a case that was waiting before the day was kept. */
  pausedOn?: CalendarDate | null;
}

/**
 * Where a deadline stands on `today`: overdue after the due date, due soon within DUE_SOON_WORKING_DAYS.
 * A case whose clock is paused (`pause` given: it awaits the petitioner's information) is 'paused' and never
 * overdue, since no term runs while it waits (legal-rules.ts, the information rules).
 */
export function deadlineState(due: CalendarDate, today: CalendarDate, pause?: { pausedOn: CalendarDate | null }): DeadlineStatus {
  if (pause) {
    const workingDaysLeft = pause.pausedOn ? Math.max(0, workingDaysBetween(pause.pausedOn, due)) : 0;
    return { state: 'paused', workingDaysLeft, pausedOn: pause.pausedOn };
  }
  if (today > due) {
    return { state: 'overdue', workingDaysLeft: Math.min(-1, workingDaysBetween(today, due)) };
  }
  const workingDaysLeft = workingDaysBetween(today, due);
  return { state: workingDaysLeft <= DUE_SOON_WORKING_DAYS ? 'due-soon' : 'on-track', workingDaysLeft };
}

/**
 * The pause a case's row says, for deadlineState: a case awaiting information is paused, from the day its
 * clock stopped or, for one that was already waiting before that day was kept, from an unknown day.
 */
export function pauseOf(c: { status: string; clockPausedOn: CalendarDate | null }): { pausedOn: CalendarDate | null } | undefined {
  if (c.clockPausedOn !== null || c.status === 'awaiting_information') return { pausedOn: c.clockPausedOn };
  return undefined;
}
