/**
 * The cockpit's pure rules: the ISO week a date falls in, the answer facts of one case, and the
 * median and 90th percentile of a histogram of answer times. No I/O, no clock: "today" is passed in.
 */
import { addCalendarDays, workingDaysBetween, type CalendarDate } from '../deadlines/calendar.js';

/** Statuses in which a case has been answered (closed after its answer counts; closed without one does not). */
export const ANSWERED_STATUSES = ['answered', 'closed'] as const;

/** The Monday of the ISO week `date` falls in. */
export function isoWeekStart(date: CalendarDate): CalendarDate {
  const d = new Date(`${date}T00:00:00Z`);
  const dayFromMonday = (d.getUTCDay() + 6) % 7;
  return addCalendarDays(date, -dayFromMonday);
}

/** 'YYYY-Www', the ISO week number of a Monday (the year is the year of its Thursday). */
export function isoWeekLabel(monday: CalendarDate): string {
  const thursday = new Date(`${addCalendarDays(monday, 3)}T00:00:00Z`);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** What the counters know of one case. '' stands for no department, clerk or language. */
export interface CaseFact {
  caseId: string;
  departmentId: string;
  assigneeId: string;
  channel: string;
  language: string;
  receivedWeek: CalendarDate;
  answeredOn: CalendarDate | null;
  answeredWeek: CalendarDate | null;
  /** Working days from registration to the answer (Lithuanian calendar). */
  answerDays: number | null;
  /** 1 when answered on or before the due date. */
  onTime: number | null;
}

export interface CaseForFact {
  id: string;
  departmentId: string | null;
  assigneeId: string | null;
  channel: string;
  language: string | null;
  receivedOn: CalendarDate;
  registeredOn: CalendarDate | null;
  dueOn: CalendarDate | null;
  status: string;
}

/** A case's fact, given the day of its latest answer (null when it has none). */
export function caseFact(c: CaseForFact, lastAnsweredOn: CalendarDate | null): CaseFact {
  const answered = (ANSWERED_STATUSES as readonly string[]).includes(c.status) && lastAnsweredOn !== null ? lastAnsweredOn : null;
  const from = c.registeredOn ?? c.receivedOn;
  return {
    caseId: c.id,
    departmentId: c.departmentId ?? '',
    assigneeId: c.assigneeId ?? '',
    channel: c.channel,
    language: c.language ?? '',
    receivedWeek: isoWeekStart(c.receivedOn),
    answeredOn: answered,
    answeredWeek: answered ? isoWeekStart(answered) : null,
    answerDays: answered ? Math.max(0, workingDaysBetween(from, answered)) : null,
    onTime: answered ? (c.dueOn === null || answered <= c.dueOn ? 1 : 0) : null,
  };
}

export function sameFact(a: CaseFact | null, b: CaseFact | null): boolean {
  if (a === null || b === null) return a === b;
  return (Object.keys(a) as (keyof CaseFact)[]).every((k) => a[k] === b[k]);
}

/**
 * Nearest-rank percentile of a histogram (value → count): the smallest value with at least
 * ⌈p·n⌉ observations at or below it. Null for no observations.
 */
export function percentileOf(histogram: ReadonlyMap<number, number>, p: number): number | null {
  let n = 0;
  for (const count of histogram.values()) n += count;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(p * n));
  let seen = 0;
  for (const value of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(value)!;
    if (seen >= rank) return value;
  }
  return null;
}

/** Share in whole per cent, null when there is nothing to share. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((1000 * part) / whole) / 10 : null;
}
