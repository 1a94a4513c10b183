/**
 * When the morning sweep runs: 07:00 in Vilnius on working days, before the desk opens, so the
 * digest is in the inbox when people arrive. Pure: "now" is passed in.
 */
import { addCalendarDays, isWorkingDay, nextWorkingDayOnOrAfter, vilniusDateOf, type CalendarDate } from '../../deadlines/calendar.js';

export const SWEEP_HOUR = 7;

const hourFormatter = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Vilnius', hour: '2-digit', hourCycle: 'h23' });

/** The instant it is `hour`:00 in Vilnius on `date` (Vilnius is UTC+2 in winter, UTC+3 in summer). */
export function vilniusInstant(date: CalendarDate, hour: number): Date {
  for (const offset of [2, 3]) {
    const candidate = new Date(Date.parse(`${date}T00:00:00Z`) + (hour - offset) * 3_600_000);
    if (vilniusDateOf(candidate) === date && Number(hourFormatter.format(candidate)) === hour) return candidate;
  }
  throw new RangeError(`no ${hour}:00 in Vilnius on ${date}`);
}

/** The first sweep strictly after `now`: today's if it is a working day before SWEEP_HOUR, else the next working day's. */
export function nextSweepAfter(now: Date): { date: CalendarDate; runAt: Date } {
  const today = vilniusDateOf(now);
  const date = isWorkingDay(today) && now < vilniusInstant(today, SWEEP_HOUR) ? today : nextWorkingDayOnOrAfter(addCalendarDays(today, 1));
  return { date, runAt: vilniusInstant(date, SWEEP_HOUR) };
}
