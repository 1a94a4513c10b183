/**
 * Related cases (routes/staff.cases.$number.tsx): the same petitioner's other cases (found by the petitioner
 * record, e-mail or phone) and the cases staff linked as the same matter, each a table in its own labelled,
 * scrollable region so a phone never scrolls the page sideways. Cases of another department are only
 * counted. A clerk who may work the case links another by its number, and removes a link.
 */
import { Form, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../server/languages';
import { formatDate } from '../../format';
import { CsrfInput } from '../CsrfInput';
import { StatusBadge } from '../StatusBadge';

interface Row {
  number: string;
  subject: string;
  status: string;
  receivedAt: string;
}

export interface RelatedCasesData {
  samePetitioner: (Row & { sharedBy: 'petitioner' | 'email' | 'phone' })[];
  sameMatter: Row[];
  hidden: number;
}

function RelatedTable({ id, caption, rows, locale, why, unlink }: {
  id: string;
  caption: string;
  rows: (Row & { sharedBy?: string })[];
  locale: Lang;
  why?: boolean;
  unlink?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="related-table" data-testid={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('caseLinks.columns.number')}</th>
            <th scope="col">{t('caseLinks.columns.subject')}</th>
            <th scope="col">{t('caseLinks.columns.status')}</th>
            <th scope="col">{t('caseLinks.columns.received')}</th>
            {why ? <th scope="col">{t('caseLinks.columns.why')}</th> : null}
            {unlink ? <th scope="col">{t('caseLinks.columns.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.number}>
              <td className="case-number-cell">
                <Link to={`/staff/cases/${r.number}`}>{r.number}</Link>
              </td>
              <td className="wrap-anywhere">{r.subject || t('case.noSubject')}</td>
              <td>
                <StatusBadge status={r.status} />
              </td>
              <td>{formatDate(r.receivedAt.slice(0, 10), locale)}</td>
              {why ? <td>{t(`caseLinks.sharedBy.${r.sharedBy}`)}</td> : null}
              {unlink ? (
                <td>
                  <Form method="post">
                    <CsrfInput />
                    <input type="hidden" name="intent" value="unlink" />
                    <input type="hidden" name="other" value={r.number} />
                    <button type="submit" className="button small secondary" aria-label={t('caseLinks.unlink', { number: r.number })}>
                      ✕
                    </button>
                  </Form>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RelatedCasesPanel({ related, locale, mayLink }: { related: RelatedCasesData; locale: Lang; mayLink: boolean }) {
  const { t } = useTranslation();
  const empty = related.samePetitioner.length === 0 && related.sameMatter.length === 0;
  return (
    <section aria-labelledby="related-heading" className="panel" data-testid="related-cases">
      <h2 id="related-heading">{t('caseLinks.title')}</h2>
      {empty ? <p className="muted">{t('caseLinks.none')}</p> : null}
      {related.samePetitioner.length > 0 ? (
        <RelatedTable id="related-same-petitioner" caption={t('caseLinks.samePetitioner')} rows={related.samePetitioner} locale={locale} why />
      ) : null}
      {related.sameMatter.length > 0 ? (
        <RelatedTable id="related-same-matter" caption={t('caseLinks.sameMatter')} rows={related.sameMatter} locale={locale} unlink={mayLink} />
      ) : null}
      {related.hidden > 0 ? <p className="muted">{t('caseLinks.hidden', { count: related.hidden })}</p> : null}
      {mayLink ? (
        <Form method="post" className="stack">
          <CsrfInput />
          <input type="hidden" name="intent" value="link" />
          <label htmlFor="link-other">{t('caseLinks.linkLabel')}</label>
          <input id="link-other" name="other" type="text" inputMode="text" autoComplete="off" required maxLength={40} aria-describedby="link-other-hint" />
          <p className="muted" id="link-other-hint">{t('caseLinks.linkHint')}</p>
          <button type="submit" className="button small secondary">
            {t('caseLinks.link')}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
