/** i18next settings shared by the server and the browser. Every UI string lives in locales/. */
import en from '../locales/en/common.json';
import lt from '../locales/lt/common.json';
import pl from '../locales/pl/common.json';
import ru from '../locales/ru/common.json';
// The one list of served languages (a pure constants module: the only server/ file the browser bundle may use).
import { DEFAULT_LANGUAGE, SERVED_LANGUAGES } from '../server/languages';

export const i18nConfig = {
  supportedLngs: [...SERVED_LANGUAGES],
  fallbackLng: DEFAULT_LANGUAGE,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
  resources: { lt: { common: lt }, pl: { common: pl }, ru: { common: ru }, en: { common: en } },
} as const;
