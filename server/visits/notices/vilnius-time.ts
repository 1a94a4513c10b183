/**
 * Vilnius wall-clock times and the instants they name. Pure. Vilnius is UTC+2 in winter and UTC+3
 * from the last Sunday of March to the last Sunday of October, so the offset is asked of the time
 * zone data for the day in question, never assumed: 09:00 on 29 March 2027 is 06:00Z, on
 * 26 March 2027 it is 07:00Z.
 */
import type { Lang } from '../../languages.js';
import { LANGUAGES } from '../../languages.js';
import type { LocalDateTime } from '../visit.js';

export const VILNIUS = 'Europe/Vilnius';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: VILNIUS, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});

/** The Vilnius wall-clock reading at an instant, 'YYYY-MM-DDTHH:MM'. */
export function vilniusLocalOf(instant: Date): LocalDateTime {
  const p = Object.fromEntries(partsFormatter.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/**
 * The instant a Vilnius wall-clock time names. Tries the two offsets Vilnius uses and keeps the one
 * that reads back as the same wall-clock time; the hour skipped in spring names none (RangeError).
 * In the hour repeated in autumn the earlier (summer) reading is taken; no opening hours lie there.
 */
export function vilniusInstant(local: LocalDateTime): Date {
  const m = LOCAL.exec(local);
  if (!m) throw new RangeError(`not a local date and time 'YYYY-MM-DDTHH:MM': ${local}`);
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  for (const offsetHours of [3, 2]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    if (vilniusLocalOf(candidate) === local) return candidate;
  }
  throw new RangeError(`${local} does not exist in Vilnius (the clocks skip it)`);
}

/** The day as the resident's language writes it in a sentence: "2027 m. kovo 29 d., pirmadienis", "poniedziałek, 29 marca 2027". */
export function formatVisitDate(local: LocalDateTime, lang: Lang): string {
  return new Intl.DateTimeFormat(LANGUAGES[lang].intlLocale, { dateStyle: 'full', timeZone: VILNIUS }).format(vilniusInstant(local));
}

/** The time of day, 24-hour in every served language: "09:15". */
export function formatVisitTime(local: LocalDateTime, lang: Lang): string {
  return new Intl.DateTimeFormat(LANGUAGES[lang].intlLocale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: VILNIUS }).format(vilniusInstant(local));
}
