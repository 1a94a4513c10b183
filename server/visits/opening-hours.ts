/**
 * When a service point is open on a date. Pure: the point's weekly hours, its closures and the
 * Lithuanian working-day calendar (deadlines/calendar.ts, public holidays from date-holidays).
 *
 * - Weekends and public holidays (24–26 December among them) are closed, whatever the weekly hours say.
 * - A single-day closure of the point (a move, a training day) is closed.
 * - On the working day before a public holiday the point closes one hour earlier. Labour Code of the
 *   Republic of Lithuania, Article 112(5): "švenčių dienų išvakarėse darbo dienos trukmė sutrumpinama
 *   viena valanda" (on the eve of a public holiday the working day is shortened by one hour). The
 *   eve is the calendar day before the holiday; a Friday before a Monday holiday is not one.
 */
import { addCalendarDays, isWorkingDay, publicHolidayName, type CalendarDate } from '../deadlines/calendar.js';
import { minutesOf, timeOfMinutes } from './local-time.js';
import type { IsoWeekday, OpeningHours, ServicePoint } from './visit.js';

/** Labour Code Art. 112(5): the eve of a public holiday is one hour shorter. */
export const PRE_HOLIDAY_SHORTENING_MINUTES = 60;

export function isoWeekdayOf(date: CalendarDate): IsoWeekday {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return (day === 0 ? 7 : day) as IsoWeekday;
}

/** A working day whose next calendar day is a public holiday (Labour Code Art. 112(5)). */
export function isEveOfPublicHoliday(date: CalendarDate): boolean {
  return isWorkingDay(date) && publicHolidayName(addCalendarDays(date, 1)) !== null;
}

/** The point's hours on `date`, or null when it is closed all day. */
export function openingHoursOn(
  point: Pick<ServicePoint, 'hours'>,
  date: CalendarDate,
  closures: ReadonlySet<CalendarDate> = new Set(),
): OpeningHours | null {
  if (!isWorkingDay(date) || closures.has(date)) return null;
  const weekly = point.hours[isoWeekdayOf(date)];
  if (!weekly) return null;
  if (!isEveOfPublicHoliday(date)) return weekly;
  const closes = minutesOf(weekly.closes) - PRE_HOLIDAY_SHORTENING_MINUTES;
  return closes > minutesOf(weekly.opens) ? { opens: weekly.opens, closes: timeOfMinutes(closes) } : null;
}
