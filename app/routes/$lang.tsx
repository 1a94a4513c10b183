import type { LoaderFunctionArgs } from '@remix-run/node';
import { NavLink, Outlet, useParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { isServedLanguage, type Lang } from '../../server/languages';
import { LanguageSwitcher } from '../components/LanguageSwitcher';

export async function loader({ params }: LoaderFunctionArgs) {
  if (!isServedLanguage(params.lang)) throw new Response(JSON.stringify({ i18nKey: 'errors.not_found' }), { status: 404 });
  return null;
}

export default function PublicLayout() {
  const { t } = useTranslation();
  const lang = useParams().lang as Lang;
  return (
    <>
      <header className="site-header">
        <div className="header-inner">
          <a className="brand" href={`/${lang}`}>
            <span className="brand-mark" aria-hidden="true">
              V
            </span>
            <span>
              <span className="brand-name">{t('brand.municipality')}</span>
              <span className="brand-sub">{t('brand.desk')}</span>
            </span>
          </a>
          <LanguageSwitcher current={lang} />
        </div>
        <nav aria-label={t('nav.main')} className="main-nav">
          <ul>
            <li>
              <NavLink to={`/${lang}`} end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to={`/${lang}/petition`}>{t('nav.submit')}</NavLink>
            </li>
            <li>
              <NavLink to={`/${lang}/status`}>{t('nav.track')}</NavLink>
            </li>
            <li>
              <NavLink to={`/${lang}/visits`}>{t('visits.publicNav')}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" className="page">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.contact')}</p>
        <p>
          <a href="/staff/login">{t('footer.staff')}</a>
        </p>
      </footer>
    </>
  );
}
