/**
 * Similar cases (routes/staff.cases.$number.tsx): letters of the same text or about the same matter as
 * this one, found by the desk (server/routing/similar-cases.ts), the most alike first, in a labelled,
 * scrollable region so a phone never scrolls the page sideways. A clerk who may work the case merges it
 * into one of them (a resident writing again) with the case page's own merge action; a letter of a
 * campaign links to the campaign for managers. Cases of another department are only counted.
 */
import { Form, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../server/languages';
import { formatDate } from '../../format';
import { CsrfInput } from '../CsrfInput';
import { StatusBadge } from '../StatusBadge';

export interface SimilarCasesData {
  similar: {
    number: string;
    subject: string;
    status: string;
    receivedAt: string;
    petitionerName: string;
    samePetitioner: boolean;
    likeness: 'same_text' | 'same_matter';
    percent: number;
  }[];
  hidden: number;
  campaign: { id: string; members: number } | null;
}

export function SimilarCasesPanel({ data, locale, mayMerge, mayOpenCampaigns }: { data: SimilarCasesData; locale: Lang; mayMerge: boolean; mayOpenCampaigns: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="similar-heading" className="panel" data-testid="similar-cases">
      <h2 id="similar-heading">{t('similar.title')}</h2>
      {data.campaign ? (
        <p data-testid="similar-campaign">
          {mayOpenCampaigns ? (
            <Link to={`/staff/campaigns/${data.campaign.id}`}>{t('similar.inCampaign', { count: data.campaign.members })}</Link>
          ) : (
            t('similar.inCampaign', { count: data.campaign.members })
          )}
        </p>
      ) : null}
      {data.similar.length === 0 ? <p className="muted">{t('similar.none')}</p> : null}
      {data.similar.length > 0 ? (
        <div className="table-scroll" role="region" aria-labelledby="similar-caption" tabIndex={0}>
          <table className="related-table" data-testid="similar-table">
            <caption id="similar-caption">{t('similar.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('caseLinks.columns.number')}</th>
                <th scope="col">{t('caseLinks.columns.subject')}</th>
                <th scope="col">{t('similar.columns.petitioner')}</th>
                <th scope="col">{t('similar.columns.likeness')}</th>
                <th scope="col">{t('caseLinks.columns.status')}</th>
                <th scope="col">{t('caseLinks.columns.received')}</th>
                {mayMerge ? <th scope="col">{t('caseLinks.columns.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {data.similar.map((s) => (
                <tr key={s.number}>
                  <td className="case-number-cell">
                    <Link to={`/staff/cases/${s.number}`}>{s.number}</Link>
                  </td>
                  <td className="wrap-anywhere">{s.subject || t('case.noSubject')}</td>
                  <td className="wrap-anywhere">
                    {s.petitionerName}
                    {s.samePetitioner ? <span className="badge">{t('similar.samePetitioner')}</span> : null}
                  </td>
                  <td>{t(`similar.likeness.${s.likeness}`, { percent: s.percent })}</td>
                  <td>
                    <StatusBadge status={s.status} />
                  </td>
                  <td>{formatDate(s.receivedAt.slice(0, 10), locale)}</td>
                  {mayMerge ? (
                    <td>
                      <Form method="post">
                        <CsrfInput />
                        <input type="hidden" name="intent" value="merge" />
                        <input type="hidden" name="into" value={s.number} />
                        <button type="submit" className="button small secondary">
                          {t('similar.mergeInto', { number: s.number })}
                        </button>
                      </Form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data.hidden > 0 ? <p className="muted">{t('caseLinks.hidden', { count: data.hidden })}</p> : null}
    </section>
  );
}
