/**
 * Europe/Vilnius wall-clock times and the UTC instants they name. Pure (Intl only, no clock).
 *
 * A slot is a local time: 09:00 stays 09:00 across the daylight-saving changes (the last Sundays of
 * March and October), so its instant is 06:00Z in summer (EEST, +03:00) and 07:00Z in winter (EET,
 * +02:00). The offset is always asked of the time-zone database for that very instant, never assumed.
 */
import type { CalendarDate } from '../deadlines/calendar.js';
import type { LocalDateTime, LocalTime } from './visit.js';

const VILNIUS_TIME_ZONE = 'Europe/Vilnius';
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const LOCAL_TIME = /^(\d{2}):(\d{2})$/;

// One formatter for the process: constructing Intl formatters is comparatively expensive.
const vilniusFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: VILNIUS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The Vilnius wall-clock time at `instant`, 'YYYY-MM-DDTHH:MM'. */
export function toLocalDateTime(instant: Date): LocalDateTime {
  const parts = vilniusFormatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** Minutes Vilnius is ahead of UTC at `instant` (120 in winter, 180 in summer). */
function offsetMinutesAt(instant: Date): number {
  const local = toLocalDateTime(instant);
  const m = LOCAL_DATE_TIME.exec(local)!;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

export function isLocalDateTime(s: unknown): s is LocalDateTime {
  if (typeof s !== 'string') return false;
  const m = LOCAL_DATE_TIME.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60;
}

/**
 * The instant of a Vilnius wall-clock time. A time the spring change skips (03:00–03:59 on the last
 * Sunday of March) does not exist and throws; no service point opens then (it is a Sunday) anyway.
 */
export function fromLocalDateTime(local: LocalDateTime): Date {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m || !isLocalDateTime(local)) throw new RangeError(`not a local date-time: ${JSON.stringify(local)}`);
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // Try the offset in force a few hours either side; the one that maps back to the same wall time wins.
  for (const probe of [asUtc - 3 * 3_600_000, asUtc + 3 * 3_600_000]) {
    const candidate = new Date(asUtc - offsetMinutesAt(new Date(probe)) * 60_000);
    if (toLocalDateTime(candidate) === local) return candidate;
  }
  throw new RangeError(`${local} does not exist in Europe/Vilnius (the clocks skip it)`);
}

export function localDateOf(local: LocalDateTime): CalendarDate {
  return local.slice(0, 10);
}

export function localTimeOf(local: LocalDateTime): LocalTime {
  return local.slice(11, 16);
}

export function localDateTime(date: CalendarDate, time: LocalTime): LocalDateTime {
  return `${date}T${time}`;
}

/** 'HH:MM' → minutes after midnight. */
export function minutesOf(time: LocalTime): number {
  const m = LOCAL_TIME.exec(time);
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59) throw new RangeError(`not a local time: ${JSON.stringify(time)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Minutes after midnight → 'HH:MM'. */
export function timeOfMinutes(minutes: number): LocalTime {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
