/**
 * Where a case's legal clock stands, and how it moves when the case waits for the petitioner's information.
 * Pure: the caller supplies the dates (Vilnius calendar dates, calendar.ts).
 */
import { addCalendarDays, addWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter, workingDaysBetween, type CalendarDate } from './calendar.js';
import { answerTermRule, extensionRule, findLegalRule, legalRule, REOPENING_RULE, workingDaysOf, type LegalRuleId, type PetitionKind } from './legal-rules.js';

export interface CaseClock {
  state: 'running' | 'paused' | 'stopped';
  dueOn: string | null;
  pausedOn: string | null;
  rule: { id: string; citation: string } | null;
}

/** Statuses in which no answer is due any more: the clock has stopped for good. */
const STOPPED_STATUSES: ReadonlySet<string> = new Set(['closed', 'answered', 'forwarded']);

/**
 * The clock of a case as its row has it: stopped once it is answered, closed or forwarded (or has no due
 * date yet), paused while clock_paused_on is set or the case awaits information, running otherwise. `rule` is null on rows from before the
 * rules were data (due_rule null) and for an id no row has any more.
 */
export function describeClock(input: {
  status: string;
  dueOn: string | null;
  clockPausedOn: string | null;
  dueRule: string | null;
}): CaseClock {
  const found = findLegalRule(input.dueRule);
  const rule = found ? { id: found.id, citation: found.citation } : null;
  if (STOPPED_STATUSES.has(input.status) || input.dueOn === null) {
    return { state: 'stopped', dueOn: input.dueOn, pausedOn: null, rule };
  }
  // A case already waiting before the pause day was kept has no clock_paused_on, and is paused all the same.
  if (input.clockPausedOn !== null || input.status === 'awaiting_information') {
    return { state: 'paused', dueOn: input.dueOn, pausedOn: input.clockPausedOn, rule };
  }
  return { state: 'running', dueOn: input.dueOn, pausedOn: null, rule };
}

export interface ResumedClock {
  /** The information rule that set the new due date. */
  rule: LegalRuleId;
  /** The registration date of the information: the resume date, or the next working day after a non-working one. */
  resumedOn: CalendarDate;
  dueOn: CalendarDate;
  /** Working days the clock stood still (from the day after the pause to the registration of the information). */
  pausedWorkingDays: number;
}

/**
 * 'restart': a whole new term (the rule's working days) from the registration date of the information.
 * What the request-information letter promises: the term "will run from the day we receive the missing
 * information".
 */
export function restartedDueDate(informationRegisteredOn: CalendarDate, workingDays: number): CalendarDate {
  return addWorkingDays(informationRegisteredOn, workingDays);
}

/**
 * 'pause': the working days that were left on the pause date carry over from the registration date of the
 * information. A case paused on or after its due date has none left, and is due on the day the information
 * is registered.
 */
export function pausedDueDate(dueOn: CalendarDate, pausedOn: CalendarDate, informationRegisteredOn: CalendarDate): CalendarDate {
  const left = Math.max(0, workingDaysBetween(pausedOn, dueOn));
  return addWorkingDays(informationRegisteredOn, left);
}

/**
 * The due date when the information arrives on `resumedOn` (its Vilnius date), under the information rule
 * `ruleId`. `dueOn` is the due date the case had when it was paused (a 'pause' rule needs it).
 */
export function resumeClock(
  ruleId: LegalRuleId,
  clock: { pausedOn: CalendarDate; dueOn: CalendarDate | null },
  resumedOn: CalendarDate,
): ResumedClock {
  const rule = legalRule(ruleId);
  if (rule.governs !== 'information' || rule.mode === null) throw new Error(`${ruleId} is not an information rule`);
  const registeredOn = nextWorkingDayOnOrAfter(resumedOn);
  const pausedWorkingDays = Math.max(0, workingDaysBetween(clock.pausedOn, registeredOn));
  let dueOn: CalendarDate;
  if (rule.mode === 'restart') dueOn = restartedDueDate(registeredOn, workingDaysOf(rule.id));
  // A case with no due date to carry over gets a whole answer term under either reading.
  else if (clock.dueOn === null) dueOn = restartedDueDate(registeredOn, workingDaysOf('answer_term'));
  else dueOn = pausedDueDate(clock.dueOn, clock.pausedOn, registeredOn);
  return { rule: rule.id, resumedOn: registeredOn, dueOn, pausedWorkingDays };
}

export interface ReopenedClock {
  rule: LegalRuleId;
  /** The reopening's registration date: the reopening date, or the next working day after a non-working one. */
  registeredOn: CalendarDate;
  dueOn: CalendarDate;
}

/**
 * The new term of a case reopened on `reopenedOn` (its Vilnius date), under the reopening rule
 * (legal-rules.ts): the rule's working days from the reopening's registration date.
 */
export function reopenClock(reopenedOn: CalendarDate): ReopenedClock {
  const rule = legalRule(REOPENING_RULE);
  const registeredOn = nextWorkingDayOnOrAfter(reopenedOn);
  return { rule: rule.id, registeredOn, dueOn: addWorkingDays(registeredOn, workingDaysOf(rule.id)) };
}

/** `date` moved by `n` working days: later for n > 0, earlier for n < 0 (a working day either way, for n ≠ 0). */
export function shiftWorkingDays(date: CalendarDate, n: number): CalendarDate {
  if (n >= 0) return addWorkingDays(date, n);
  let day = date;
  for (let counted = 0; counted < -n; ) {
    day = addCalendarDays(day, -1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

/**
 * The due date and its rule after a clerk changes a case's kind. A case whose rule is not recorded (from
 * before the rules were data) is counted again from its registration, as it always was. Otherwise the due
 * date moves by the difference between the two kinds' answer terms: the term may have run from the
 * registration of the petitioner's information rather than of the petition (information_restart), so
 * counting again from the registration date would undo that. An extension keeps its days, and its rule
 * becomes the new kind's.
 */
export function dueAfterKindChange(c: {
  dueOn: CalendarDate;
  dueRule: string | null;
  registeredOn: CalendarDate;
  extendedBy: number;
  from: PetitionKind;
  to: PetitionKind;
}): { dueOn: CalendarDate; rule: LegalRuleId } {
  const current = findLegalRule(c.dueRule);
  const term = answerTermRule(c.to);
  if (!current) return { dueOn: addWorkingDays(addWorkingDays(c.registeredOn, workingDaysOf(term.id)), c.extendedBy), rule: term.id };
  const delta = workingDaysOf(term.id) - workingDaysOf(answerTermRule(c.from).id);
  const rule = current.governs === 'answer_term' ? term.id : current.governs === 'extension' ? extensionRule(c.to).id : current.id;
  return { dueOn: shiftWorkingDays(c.dueOn, delta), rule };
}
