/** How a visit's local times read: "pirmadienis, 2027 m. sausio 11 d.", "09:15–09:30" (pure, client-safe). */
import { LANGUAGES, type Lang } from '../../../server/languages';

const cache = new Map<string, Intl.DateTimeFormat>();

/** A calendar date 'YYYY-MM-DD' with its weekday, in the reader's language. */
export function formatVisitDay(date: string, lang: Lang): string {
  let f = cache.get(lang);
  if (!f) {
    // The date is a Vilnius calendar date already: formatted at noon UTC it is the same day everywhere.
    f = new Intl.DateTimeFormat(LANGUAGES[lang].intlLocale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    cache.set(lang, f);
  }
  const [y, m, d] = date.split('-').map(Number);
  return f.format(new Date(Date.UTC(y!, m! - 1, d!, 12)));
}

/** 'HH:MM' of a local 'YYYY-MM-DDTHH:MM'. */
export const timeOf = (local: string): string => local.slice(11, 16);
export const dateOf = (local: string): string => local.slice(0, 10);

/** "sausio 11 d., 09:15–09:30": a visit's day and its quarter(s) of an hour. */
export function formatVisitTime(start: string, end: string, lang: Lang): string {
  return `${formatVisitDay(dateOf(start), lang)}, ${timeOf(start)}–${timeOf(end)}`;
}
