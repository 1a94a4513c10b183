/**
 * The reader's language: public pages take it from the URL (/lt, /pl, /ru, /en), staff pages
 * from the signed-in user's setting, anything else from the browser's Accept-Language.
 */
import type { AppLoadContext } from '@remix-run/node';
import { RemixI18Next } from 'remix-i18next/server';
import { i18nConfig } from '../i18n';
import { DEFAULT_LANGUAGE, isServedLanguage, SERVED_LANGUAGES, type Lang } from '../../server/languages';
import { getUser } from './auth.server';

const remixI18n = new RemixI18Next({
  detection: { supportedLanguages: [...SERVED_LANGUAGES], fallbackLanguage: DEFAULT_LANGUAGE },
  i18next: { ...i18nConfig },
});

function langFromPath(pathname: string): Lang | null {
  const first = pathname.split('/')[1];
  return isServedLanguage(first) ? first : null;
}

export async function resolveLocale(request: Request, context: AppLoadContext): Promise<Lang> {
  const url = new URL(request.url);
  const fromPath = langFromPath(url.pathname);
  if (fromPath) return fromPath;
  if (url.pathname.startsWith('/staff')) {
    const user = await getUser(request, context);
    if (user) return user.locale;
  }
  const detected = await remixI18n.getLocale(request);
  return isServedLanguage(detected) ? detected : DEFAULT_LANGUAGE;
}

const translators = new Map<Lang, ReturnType<typeof remixI18n.getFixedT>>();

/** A language's t(), made once per process (getFixedT builds a whole i18next instance each call). */
export async function translator(locale: Lang) {
  let t = translators.get(locale);
  if (!t) {
    t = remixI18n.getFixedT(locale, 'common');
    translators.set(locale, t);
  }
  return t;
}
