import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput } from '../CsrfInput';
import { useInbox } from './use-inbox';

export const BULK_FORM_ID = 'bulk-form';

const STATUS_TARGETS = ['registered', 'in_progress', 'awaiting_information', 'answered', 'closed'] as const;

/**
 * One action on the selected rows. Each case goes through its own rules; the result lists the ones
 * that could not move and why.
 */
export function BulkActions() {
  const { t } = useTranslation();
  const { people, departments, role } = useInbox();
  if (role === 'registry') return null;
  return (
    <Form method="post" id={BULK_FORM_ID} className="bulk-actions" aria-labelledby="bulk-title">
      <CsrfInput />
      <input type="hidden" name="intent" value="bulk" />
      <h3 id="bulk-title">{t('inbox.bulk.title')}</h3>
      <div className="bulk-grid">
        <div className="field">
          <label htmlFor="bulk-action">{t('inbox.bulk.action')}</label>
          <select id="bulk-action" name="action" defaultValue="">
            <option value="">{t('inbox.bulk.choose')}</option>
            <option value="assign">{t('inbox.bulk.assign')}</option>
            <option value="route">{t('inbox.bulk.route')}</option>
            <option value="status">{t('inbox.bulk.status')}</option>
            <option value="close">{t('inbox.bulk.close')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="bulk-assignee">{t('inbox.bulk.assignee')}</label>
          <select id="bulk-assignee" name="assigneeId" defaultValue="me">
            <option value="me">{t('inbox.filters.me')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="bulk-department">{t('inbox.bulk.department')}</label>
          <select id="bulk-department" name="departmentId" defaultValue={departments[0]?.id}>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="bulk-status">{t('inbox.bulk.to')}</label>
          <select id="bulk-status" name="to" defaultValue="in_progress">
            {STATUS_TARGETS.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="button">
        {t('inbox.bulk.apply')}
      </button>
    </Form>
  );
}
