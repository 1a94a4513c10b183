/** i18next settings shared by the server and the browser. Every UI string lives in locales/. */
import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
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

type I18nInstance = ReturnType<typeof createInstance>;
const instances = new Map<string, I18nInstance>();

/**
 * The one i18next instance of a language, made once (synchronously: the strings are bundled) and
 * shared by every render in the server and the browser. Its language never changes: a page in
 * another language takes another instance, chosen while rendering, so no render ever shows the
 * previous page's language (changing one instance's language in an effect did, between a
 * client-side navigation and the effect).
 */
export function i18nFor(language: string): I18nInstance {
  const lng = (SERVED_LANGUAGES as readonly string[]).includes(language) ? language : DEFAULT_LANGUAGE;
  let instance = instances.get(lng);
  if (!instance) {
    instance = createInstance();
    void instance.use(initReactI18next).init({ ...i18nConfig, lng, ns: ['common'], initImmediate: false });
    instances.set(lng, instance);
  }
  return instance;
}
