/**
 * Forwarding a petition that belongs to another institution (routes/staff.cases.$number.tsx, intent
 * "forward"): where, why, and how the petitioner reaches it. The petitioner is told from the event.
 */
import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../server/languages';
import { formatDate } from '../../format';
import { CsrfInput } from '../CsrfInput';

export function ForwardPanel({ forwardingDueOn, locale }: { forwardingDueOn: string | null; locale: Lang }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="forward-heading" className="panel">
      <h2 id="forward-heading">{t('forward.title')}</h2>
      {forwardingDueOn ? <p className="hint">{t('forward.dueBy', { date: formatDate(forwardingDueOn, locale) })}</p> : null}
      <Form method="post" className="stack">
        <CsrfInput />
        <input type="hidden" name="intent" value="forward" />
        <label htmlFor="forward-institution">{t('forward.institution')}</label>
        <input id="forward-institution" name="institution" type="text" minLength={2} maxLength={300} required />
        <label htmlFor="forward-reason">{t('forward.reason')}</label>
        <textarea id="forward-reason" name="reason" rows={2} minLength={5} maxLength={2000} required />
        <label htmlFor="forward-contact">{t('forward.contact')}</label>
        <input id="forward-contact" name="contact" type="text" minLength={3} maxLength={500} required />
        <button type="submit" className="button small secondary">
          {t('forward.submit')}
        </button>
      </Form>
    </section>
  );
}
