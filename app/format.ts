/** Locale-aware formatting of dates and numbers (Intl, with each language's own conventions). */
import { LANGUAGES, type Lang } from '../server/languages';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const id = `${lang}:${key}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(LANGUAGES[lang].intlLocale, { timeZone: 'Europe/Vilnius', ...options });
    cache.set(id, f);
  }
  return f;
}

/** A calendar date 'YYYY-MM-DD' (a Vilnius date), e.g. "2026 m. kovo 4 d.", "4 marca 2026". */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  // Noon UTC is the same calendar day in Vilnius all year round.
  return formatter(lang, { dateStyle: 'long' }, 'date').format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** An instant (ISO string), shown in Vilnius time. */
export function formatDateTime(instant: string, lang: Lang): string {
  return formatter(lang, { dateStyle: 'medium', timeStyle: 'short' }, 'datetime').format(new Date(instant));
}

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LANGUAGES[lang].intlLocale).format(n);
}
