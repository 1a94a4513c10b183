import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { DeadlineBadge } from '../DeadlineBadge';
import { StatusBadge } from '../StatusBadge';
import { BULK_FORM_ID } from './BulkActions';
import { useInbox } from './use-inbox';

/**
 * The page of cases. Each row's checkbox belongs to the bulk form (form attribute), so selecting
 * works inside the table. On a phone the rows become cards (inbox.css): every cell carries its
 * column's name for that layout.
 */
export function InboxTable() {
  const { t } = useTranslation();
  const { items, showDepartment, locale, query } = useInbox();
  const toggleAll = (checked: boolean) => {
    for (const box of document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM_ID}"][name="number"]`)) box.checked = checked;
  };
  return (
    <div className="table-wrap inbox-table" role="region" aria-labelledby="inbox-results" tabIndex={0}>
      <table className="cases">
        <caption className="visually-hidden">{query.q ? t('inbox.results') : t(`inbox.view.${query.view}`)}</caption>
        <thead>
          <tr>
            <th scope="col" className="select">
              <input type="checkbox" id="select-all" aria-label={t('inbox.bulk.selectAll')} onChange={(e) => toggleAll(e.currentTarget.checked)} />
            </th>
            <th scope="col">{t('case.number')}</th>
            <th scope="col">{t('case.subject')}</th>
            <th scope="col">{t('case.petitioner')}</th>
            <th scope="col">{t('case.language')}</th>
            {showDepartment ? <th scope="col">{t('case.department')}</th> : null}
            <th scope="col">{t('case.status')}</th>
            <th scope="col">{t('case.assignee')}</th>
            <th scope="col">{t('inbox.received')}</th>
            <th scope="col">{t('case.dueOn')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.number}>
              <td className="select">
                <input type="checkbox" name="number" value={c.number} form={BULK_FORM_ID} aria-label={t('inbox.bulk.select', { number: c.number })} />
              </td>
              <td data-label={t('case.number')}>
                <Link to={`/staff/cases/${c.number}`}>{c.number}</Link>
              </td>
              <td data-label={t('case.subject')}>
                {c.subject || t('case.noSubject')}
                {c.snippet ? (
                  <p className="snippet">
                    {c.snippet.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
                  </p>
                ) : null}
              </td>
              <td data-label={t('case.petitioner')}>{c.petitionerName || t('case.unknownPetitioner')}</td>
              <td data-label={t('case.language')}>{c.language ? t(`language.${c.language}`) : '—'}</td>
              {showDepartment ? <td data-label={t('case.department')}>{c.department ?? t('inbox.triage')}</td> : null}
              <td data-label={t('case.status')}>
                <StatusBadge status={c.status} />
              </td>
              <td data-label={t('case.assignee')}>{c.assigneeName ?? '—'}</td>
              <td data-label={t('inbox.received')}>{formatDate(c.receivedAt.slice(0, 10), locale)}</td>
              <td data-label={t('case.dueOn')}>
                {c.dueOn ? formatDate(c.dueOn, locale) : '—'} <DeadlineBadge deadline={c.deadline} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
