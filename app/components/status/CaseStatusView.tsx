import { useTranslation } from 'react-i18next';
import type { PublicCaseView } from '../../../server/cases/index';
import type { Lang } from '../../../server/languages';
import { formatDate, formatDateTime } from '../../format';
import { CaseTimeline } from '../CaseTimeline';
import { StatusBadge } from '../StatusBadge';

type View = PublicCaseView & { departmentName: string | null };

/** The facts of the case, its replies to download and its public timeline. */
export function CaseStatusView({ view, lang }: { view: View; lang: Lang }) {
  const { t } = useTranslation();
  const { clock } = view;
  return (
    <section className="status-result panel" aria-labelledby="result-heading">
      <h2 id="result-heading">{t('track.aboutCase')}</h2>
      <dl className="facts status-facts">
        <dt>{t('case.status')}</dt>
        <dd data-testid="case-status">
          <StatusBadge status={view.status} />
        </dd>
        <dt>{t('case.subject')}</dt>
        <dd>{view.subject || '—'}</dd>
        {view.departmentName ? (
          <>
            <dt>{t('case.department')}</dt>
            <dd>{view.departmentName}</dd>
          </>
        ) : null}
        {view.registeredOn ? (
          <>
            <dt>{t('case.registeredOn')}</dt>
            <dd>{formatDate(view.registeredOn, lang)}</dd>
          </>
        ) : null}
        {clock.state === 'paused' ? (
          <>
            <dt>{t('case.dueOn')}</dt>
            <dd data-testid="due-paused">{t('track.duePaused')}</dd>
          </>
        ) : clock.state === 'running' && view.dueOn ? (
          <>
            <dt>{t('case.dueOn')}</dt>
            <dd data-testid="due-on">{formatDate(view.dueOn, lang)}</dd>
          </>
        ) : null}
      </dl>
      {view.replies.length > 0 ? (
        <>
          <h3>{t('track.replies')}</h3>
          <ul className="documents">
            {view.replies.map((r) => (
              <li key={r.id}>
                {r.postedOn ? (
                  <span data-testid="reply-posted">
                    {t('track.postedOn', { date: formatDate(r.postedOn, lang) })}
                    {r.registeredMailNumber ? `, ${t('track.registeredMail', { number: r.registeredMailNumber })}` : ''}
                  </span>
                ) : r.delivery === 'post' ? (
                  <span data-testid="reply-to-be-posted">{t('track.toBePosted')}</span>
                ) : (
                  <>
                    <a href={`/${lang}/replies/${r.id}`} data-testid="reply-download">
                      {r.filename}
                    </a>{' '}
                    <span className="muted">{formatDateTime(r.createdAt, lang)}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('case.timeline')}</h3>
      <CaseTimeline lang={lang} entries={view.timeline.map((e, i) => ({ key: String(i), type: e.type, at: e.at, status: e.status }))} />
    </section>
  );
}
