import { LANGUAGES, type Lang } from '../../../server/languages';

/** "40 seconds", "3 minutes" in the reader's language (Intl knows each language's plural forms). */
export function formatWait(seconds: number, lang: Lang): string {
  const minutes = Math.ceil(seconds / 60);
  const [value, unit] = seconds < 90 ? [Math.max(1, Math.ceil(seconds)), 'second'] : [minutes, 'minute'];
  return new Intl.NumberFormat(LANGUAGES[lang].intlLocale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
