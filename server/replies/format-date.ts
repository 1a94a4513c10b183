/**
 * Dates as each language writes them in an official letter. Pure: no clock, no I/O.
 *
 *   lt  2026 m. kovo 4 d.      (year, month in the genitive, day — the order of Lithuanian documents)
 *   pl  4 marca 2026 r.        (Intl gives "4 marca 2026": Polish official letters add "r." = roku)
 *   ru  4 марта 2026 г.
 *   en  4 March 2026           (British order; the municipality writes en-GB)
 *
 * The month names are kept here instead of asking Intl at run time: the letter must read the same whatever
 * ICU data the Node build carries (small-icu builds fall back to English), and Intl's Polish pattern lacks
 * "r.". A unit test checks these tables against Intl's genitive month names, so a typo cannot hide.
 *
 * Every form is case-neutral in writing: "iki 2026 m. kovo 4 d.", "do 4 marca 2026 r.", "до 4 марта 2026 г."
 * read correctly because "d.", "r." and "г." abbreviate whichever case the sentence needs.
 */
import type { Lang } from '../languages.js';
import type { CalendarDate } from '../deadlines/calendar.js';

/** Month names in the genitive (the case a date takes) — English has no cases. */
const MONTHS: Readonly<Record<Lang, readonly string[]>> = Object.freeze({
  lt: ['sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
});

/** The genitive month names used by `formatLetterDate` (exported for the cross-check test). */
export function monthNames(lang: Lang): readonly string[] {
  return MONTHS[lang];
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: CalendarDate): { year: number; month: number; day: number } {
  const match = CALENDAR_DATE.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // Round-trip through a UTC date so '2026-02-30' is refused rather than printed.
    const utc = new Date(0);
    utc.setUTCFullYear(year, month - 1, day);
    if (utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
}

/** `'2026-03-04'` → `2026 m. kovo 4 d.` / `4 marca 2026 r.` / `4 марта 2026 г.` / `4 March 2026`. */
export function formatLetterDate(date: CalendarDate, lang: Lang): string {
  const { year, month, day } = parts(date);
  const name = MONTHS[lang][month - 1];
  switch (lang) {
    case 'lt':
      return `${year} m. ${name} ${day} d.`;
    case 'pl':
      return `${day} ${name} ${year} r.`;
    case 'ru':
      return `${day} ${name} ${year} г.`;
    case 'en':
      return `${day} ${name} ${year}`;
  }
}
