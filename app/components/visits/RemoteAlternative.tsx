import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../server/languages';
import type { ServiceView } from './booking-view';

/** The way the matter can be done without a visit: the e-service first, then this desk's petition form. */
export function RemoteAlternative({
  service,
  lang,
  possibleKey,
  notPossibleKey,
}: {
  service: ServiceView;
  lang: Lang;
  possibleKey: string;
  notPossibleKey: string;
}) {
  const { t } = useTranslation();
  if (!service.remote.possible) return <p className="notice">{t(notPossibleKey)}</p>;
  return (
    <div className="remote-first">
      <p>{t(possibleKey)}</p>
      <ul className="remote-ways">
        {service.remote.eServiceUrl ? (
          <li>
            <a className="button" href={service.remote.eServiceUrl} rel="noopener noreferrer" data-testid="e-service-link">
              {t('visits.e_serviceLink')}
            </a>
          </li>
        ) : null}
        {service.remote.petitionForm ? (
          <li>
            <Link className={service.remote.eServiceUrl ? 'button secondary' : 'button'} to={`/${lang}/petition`} data-testid="petition-link">
              {t('visits.petitionLink')}
            </Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
