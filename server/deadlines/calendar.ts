/**
 * The Lithuanian working-day calendar.
 *
 * Pure: no clock, no I/O. Statutory time limits are counted in *calendar dates in Vilnius*, not in instants,
 * so every date here is a `'YYYY-MM-DD'` string and all arithmetic runs on UTC-midnight Date objects of that
 * date; that way daylight-saving changes and the server's own time zone can never shift a day.
 *
 * Working days are Monday–Friday minus the public holidays (darbo švenčių dienos) that `date-holidays` lists for
 * LT. The holiday list is never kept by hand here: the Seimas amends the Labour Code's list from time to time
 * (e.g. Christmas Eve and All Souls' Day were added), and a package update is the one place to follow that.
 */
import Holidays from 'date-holidays';

/** A calendar date in Europe/Vilnius, `'YYYY-MM-DD'`. */
export type CalendarDate = string;

const VILNIUS_TIME_ZONE = 'Europe/Vilnius';
/** Holiday names default to Lithuanian: they appear in official letters and the register. */
const DEFAULT_HOLIDAY_LANGUAGE = 'lt';
const CALENDAR_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// One formatter for the process: constructing Intl formatters is comparatively expensive.
const vilniusDateFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: VILNIUS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Vilnius at `instant` (2026-03-10T23:30:00Z is already '2026-03-11'). */
export function vilniusDateOf(instant: Date): CalendarDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('vilniusDateOf: invalid Date');
  // formatToParts rather than format(): the en-CA pattern is locale data, the parts are not.
  const parts = vilniusDateFormatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** UTC midnight of `date`, or null when `date` is not a real `'YYYY-MM-DD'` date (e.g. '2026-02-30'). */
function parseCalendarDate(date: string): Date | null {
  const match = CALENDAR_DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  const roundTrips = utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
  return roundTrips ? utc : null;
}

/** The instant a Vilnius calendar day begins (its local midnight, at +02:00 or +03:00 as the season has it). */
export function vilniusDayStart(date: CalendarDate): Date {
  const midnightUtc = toUtcMidnight(date).getTime();
  for (const hours of [3, 2]) {
    const t = new Date(midnightUtc - hours * 3_600_000);
    if (vilniusDateOf(t) === date && vilniusDateOf(new Date(t.getTime() - 1)) !== date) return t;
  }
  return new Date(midnightUtc - 2 * 3_600_000);
}

export function isValidCalendarDate(s: unknown): s is CalendarDate {
  return typeof s === 'string' && parseCalendarDate(s) !== null;
}

/**
 * Inputs are validated at the boundary (zod); a malformed date reaching this far is a programming error, and
 * failing loudly beats silently computing a deadline from NaN.
 */
function toUtcMidnight(date: CalendarDate): Date {
  const utc = parseCalendarDate(date);
  if (!utc) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  return utc;
}

function fromUtcMidnight(utc: Date): CalendarDate {
  return utc.toISOString().slice(0, 10);
}

export function addCalendarDays(date: CalendarDate, n: number): CalendarDate {
  if (!Number.isInteger(n)) throw new RangeError(`addCalendarDays: n must be an integer, got ${n}`);
  const utc = toUtcMidnight(date);
  utc.setUTCDate(utc.getUTCDate() + n);
  return fromUtcMidnight(utc);
}

// --- public holidays -------------------------------------------------------------------------------------------

let lithuania: Holidays | undefined;
/** Public holidays of one year, date → name, per language. Holiday rules are fixed for a year, so never stale. */
const publicHolidaysCache = new Map<string, ReadonlyMap<CalendarDate, string>>();

function publicHolidaysOf(year: number, lang: string): ReadonlyMap<CalendarDate, string> {
  const key = `${year}|${lang}`;
  const cached = publicHolidaysCache.get(key);
  if (cached) return cached;

  lithuania ??= new Holidays('LT');
  const holidays = new Map<CalendarDate, string>();
  // Always pass a language: getHolidays(year, lang) prepends `lang` to the instance's own language list
  // (date-holidays-parser mutates it), so a call without one would inherit whatever language was asked last.
  for (const holiday of lithuania.getHolidays(year, lang)) {
    // Only days off count; 'observance' days such as Mother's Day (always a Sunday) are not holidays here.
    if (holiday.type !== 'public') continue;
    // `date` is "YYYY-MM-DD hh:mm:ss" in Lithuanian local time, so its first ten characters are the date we want.
    const date = holiday.date.slice(0, 10);
    const existing = holidays.get(date);
    holidays.set(date, existing ? `${existing}; ${holiday.name}` : holiday.name);
  }
  publicHolidaysCache.set(key, holidays);
  return holidays;
}

/** The public holiday's name on `date` (Lithuanian unless `lang` is given), or null on an ordinary day. */
export function publicHolidayName(date: CalendarDate, lang: string = DEFAULT_HOLIDAY_LANGUAGE): string | null {
  const year = toUtcMidnight(date).getUTCFullYear();
  return publicHolidaysOf(year, lang).get(date) ?? null;
}

export function isWorkingDay(date: CalendarDate): boolean {
  const weekday = toUtcMidnight(date).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return publicHolidayName(date) === null;
}

// --- working-day arithmetic ------------------------------------------------------------------------------------

export function nextWorkingDayOnOrAfter(date: CalendarDate): CalendarDate {
  let day = date;
  // The longest run of non-working days is Christmas (24–26 Dec) next to a weekend, so this loop is short.
  while (!isWorkingDay(day)) day = addCalendarDays(day, 1);
  return day;
}

/**
 * The date `n` working days after `date`, not counting `date` itself: legal time limits start running on the
 * day after the event that triggers them (Civil Code Art. 1.119), so "within 20 working days of registration"
 * ends on the 20th working day after the registration date. `n = 0` returns `date` unchanged.
 */
export function addWorkingDays(date: CalendarDate, n: number): CalendarDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a whole number ≥ 0, got ${n}`);
  let day = date;
  toUtcMidnight(day); // validate even when n = 0
  for (let counted = 0; counted < n; ) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

/**
 * The number of working days d with `from` < d ≤ `to`; when `to` is before `from`, minus the number with
 * `to` < d ≤ `from`. So `workingDaysBetween(a, addWorkingDays(a, n)) === n`.
 */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return workingDaysUpTo(to) - workingDaysUpTo(from);
}

/**
 * The number of working days from 1 January of WORKING_DAY_EPOCH up to and including `date` (negative
 * before it), from a per-year prefix table: a lookup, not a walk over the days, so the inbox can say
 * where fifty deadlines stand (some overdue by years) without iterating over every day in between.
 */
const WORKING_DAY_EPOCH = 2000;
const yearPrefix = new Map<number, Int16Array>();
const yearStart = new Map<number, number>();

function prefixOf(year: number): Int16Array {
  let table = yearPrefix.get(year);
  if (!table) {
    const days = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
    table = new Int16Array(days);
    let count = 0;
    for (let i = 0; i < days; i += 1) {
      if (isWorkingDay(fromUtcMidnight(new Date(Date.UTC(year, 0, 1 + i))))) count += 1;
      table[i] = count;
    }
    yearPrefix.set(year, table);
  }
  return table;
}

/** Working days in the years from the epoch up to (not including) `year`; negative for years before it. */
function workingDaysBeforeYear(year: number): number {
  const cached = yearStart.get(year);
  if (cached !== undefined) return cached;
  let total = 0;
  if (year >= WORKING_DAY_EPOCH) for (let y = WORKING_DAY_EPOCH; y < year; y += 1) total += prefixOf(y)[prefixOf(y).length - 1]!;
  else for (let y = year; y < WORKING_DAY_EPOCH; y += 1) total -= prefixOf(y)[prefixOf(y).length - 1]!;
  yearStart.set(year, total);
  return total;
}

function workingDaysUpTo(date: CalendarDate): number {
  const utc = toUtcMidnight(date);
  const year = utc.getUTCFullYear();
  const dayOfYear = (utc.getTime() - Date.UTC(year, 0, 1)) / 86_400_000;
  return workingDaysBeforeYear(year) + prefixOf(year)[dayOfYear]!;
}
