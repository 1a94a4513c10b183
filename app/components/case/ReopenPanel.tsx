/**
 * Reopening an answered or closed case (routes/staff.cases.$number.tsx, intent "reopen"): the rule that sets
 * the new term and its legal basis are stated before the clerk decides, with the due date it would give
 * today; the reason is required, and a checkbox confirms. Shown only when the loader says the viewer may.
 */
import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../server/languages';
import { formatDate } from '../../format';
import { CsrfInput } from '../CsrfInput';

export interface ReopenPanelData {
  rule: { id: string; citation: string };
  /** The due date a reopening today would set. */
  dueOn: string;
}

export function ReopenPanel({ reopen, locale }: { reopen: ReopenPanelData; locale: Lang }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="reopen-heading" className="panel" data-testid="reopen-panel">
      <h2 id="reopen-heading">{t('caseLinks.reopen.title')}</h2>
      <p className="hint">{t('caseLinks.reopen.intro')}</p>
      <dl className="facts compact">
        <dt>{t('caseLinks.reopen.ruleLabel')}</dt>
        <dd>{t(`clock.rules.${reopen.rule.id}`)}</dd>
        <dt>{t('clock.citation')}</dt>
        <dd>{reopen.rule.citation}</dd>
      </dl>
      <p>{t('caseLinks.reopen.dueOn', { date: formatDate(reopen.dueOn, locale) })}</p>
      <Form method="post" className="stack">
        <CsrfInput />
        <input type="hidden" name="intent" value="reopen" />
        <label htmlFor="reopen-reason">{t('caseLinks.reopen.reason')}</label>
        <textarea id="reopen-reason" name="reason" rows={3} minLength={5} maxLength={2000} required aria-describedby="reopen-reason-hint" />
        <p className="muted" id="reopen-reason-hint">{t('caseLinks.reopen.reasonHint')}</p>
        <div className="field checkbox">
          <input type="checkbox" id="reopen-confirm" name="confirm" value="yes" required />
          <label htmlFor="reopen-confirm">{t('caseLinks.reopen.confirm')}</label>
        </div>
        <button type="submit" className="button small">
          {t('caseLinks.reopen.submit')}
        </button>
      </Form>
    </section>
  );
}
