/**
 * The one list of languages the desk serves: UI locales, reply letters, and the
 * codes other engines need (franc uses ISO 639-3, tesseract its own traineddata names).
 */
export const SERVED_LANGUAGES = ['lt', 'pl', 'ru', 'en'] as const;
export type Lang = (typeof SERVED_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Lang = 'lt';

export interface LanguageInfo {
  code: Lang;
  /** BCP 47 tag used for Intl formatting. */
  intlLocale: string;
  /** The language's own name for itself (used by the language switcher). */
  endonym: string;
  /** ISO 639-3, as franc reports it. */
  iso6393: string;
  /** Tesseract traineddata name. */
  tesseract: string;
}

export const LANGUAGES: Readonly<Record<Lang, LanguageInfo>> = Object.freeze({
  lt: { code: 'lt', intlLocale: 'lt-LT', endonym: 'Lietuvių', iso6393: 'lit', tesseract: 'lit' },
  pl: { code: 'pl', intlLocale: 'pl-PL', endonym: 'Polski', iso6393: 'pol', tesseract: 'pol' },
  ru: { code: 'ru', intlLocale: 'ru-RU', endonym: 'Русский', iso6393: 'rus', tesseract: 'rus' },
  en: { code: 'en', intlLocale: 'en-GB', endonym: 'English', iso6393: 'eng', tesseract: 'eng' },
});

export function isServedLanguage(value: unknown): value is Lang {
  return typeof value === 'string' && (SERVED_LANGUAGES as readonly string[]).includes(value);
}
