import { Link, useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, SERVED_LANGUAGES, type Lang } from '../../server/languages';

/** Public pages: the same page in another language (/lt/... → /pl/...). */
export function LanguageSwitcher({ current }: { current: Lang }) {
  const { t } = useTranslation();
  const location = useLocation();
  const rest = location.pathname.split('/').slice(2).join('/');
  return (
    <nav aria-label={t('nav.language')} className="lang-switcher">
      <ul>
        {SERVED_LANGUAGES.map((lang) => (
          <li key={lang}>
            <Link
              to={`/${lang}${rest ? `/${rest}` : ''}`}
              lang={lang}
              hrefLang={lang}
              aria-current={lang === current ? 'true' : undefined}
              reloadDocument
            >
              {LANGUAGES[lang].endonym}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
