import { NavLink } from '@remix-run/react';
import { useTranslation } from 'react-i18next';

/** The visits pages of the staff workspace; the report only for those who may read it. */
export function VisitsTabs({ showReport }: { showReport: boolean }) {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('visits.tabs.label')}>
      <ul>
        <li>
          <NavLink to="/staff/visits" end>
            {t('visits.tabs.book')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/staff/visits/day">{t('visits.tabs.day')}</NavLink>
        </li>
        {showReport ? (
          <li>
            <NavLink to="/staff/visits/report">{t('visits.tabs.report')}</NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
