/** Why a visit is needed, as given at the remote-first step, with the way back to change it. */
import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';

export function GivenReason({ serviceSlug, why }: { serviceSlug: string; why: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <strong>{t('visits.field.why')}:</strong> {why}{' '}
      <Link to={`?service=${encodeURIComponent(serviceSlug)}&why=${encodeURIComponent(why)}`}>{t('visits.change')}</Link>
    </p>
  );
}
