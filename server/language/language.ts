/**
 * The languages the detector tells apart: the four the desk serves, and the ones residents of
 * Vilnius also write in, so that Ukrainian or Belarusian is never taken for Russian, nor Latvian
 * for Lithuanian. Pure constants.
 */

export const DETECTABLE_LANGUAGES = ['lt', 'pl', 'ru', 'en', 'uk', 'be', 'lv', 'de'] as const;
export type DetectableLanguage = (typeof DETECTABLE_LANGUAGES)[number];

/** ISO 639-3 as franc reports it (franc calls standard Latvian "lvs"). */
export const FRANC_CODES: Readonly<Record<DetectableLanguage, string>> = Object.freeze({
  lt: 'lit',
  pl: 'pol',
  ru: 'rus',
  en: 'eng',
  uk: 'ukr',
  be: 'bel',
  lv: 'lvs',
  de: 'deu',
});

function isDetectableLanguage(value: unknown): value is DetectableLanguage {
  return typeof value === 'string' && (DETECTABLE_LANGUAGES as readonly string[]).includes(value);
}

/** "pl-PL", "PL", " ru " → the detectable language, or null. */
export function languageFromTag(tag: string | null | undefined): DetectableLanguage | null {
  const primary = tag?.trim().toLowerCase().split(/[-_;,\s]/)[0] ?? '';
  if (isDetectableLanguage(primary)) return primary;
  const aliases: Record<string, DetectableLanguage> = { lit: 'lt', pol: 'pl', rus: 'ru', eng: 'en', ukr: 'uk', bel: 'be', lav: 'lv', lvs: 'lv', deu: 'de', ger: 'de' };
  return aliases[primary] ?? null;
}
