import type { LoaderFunctionArgs } from '@remix-run/node';
import { translator } from '../.server/i18n.server';
import type { Lang } from '../../server/languages';
import { titleFromLoader } from '../meta';
import { Link, useParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';

export const meta = titleFromLoader;

export async function loader({ params }: LoaderFunctionArgs) {
  const t = await translator(params.lang as Lang);
  return { title: t('home.title') };
}

export default function Home() {
  const { t } = useTranslation();
  const { lang } = useParams();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <div className="cards">
        <section className="card" aria-labelledby="submit-heading">
          <h2 id="submit-heading">{t('home.submitTitle')}</h2>
          <p>{t('home.submitText')}</p>
          <Link className="button" to={`/${lang}/petition`}>
            {t('nav.submit')}
          </Link>
        </section>
        <section className="card" aria-labelledby="track-heading">
          <h2 id="track-heading">{t('home.trackTitle')}</h2>
          <p>{t('home.trackText')}</p>
          <Link className="button secondary" to={`/${lang}/status`}>
            {t('nav.track')}
          </Link>
        </section>
      </div>
      <section aria-labelledby="rules-heading" className="rules">
        <h2 id="rules-heading">{t('home.rulesTitle')}</h2>
        <ul>
          <li>{t('home.rule20days')}</li>
          <li>{t('home.ruleLanguage')}</li>
          <li>{t('home.ruleRegistration')}</li>
        </ul>
      </section>
    </>
  );
}
