import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '../.server/auth.server';
import { orHttpError } from '../.server/errors.server';
import { translator } from '../.server/i18n.server';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { StatusBadge } from '../components/StatusBadge';
import { formatDate } from '../format';
import type { Lang } from '../../server/languages';
import { titleFromLoader } from '../meta';

export const meta = titleFromLoader;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, ['manager', 'admin']);
  const [groups, departments, quality] = await Promise.all([
    orHttpError(() => context.services.cases.listDeadlines(user)),
    context.services.departments.listDepartments(),
    orHttpError(() => context.services.cases.routingQuality(user)),
  ]);
  const t = await translator(user.locale);
  const names = new Map(departments.map((d) => [d.id, d.names[user.locale]]));
  const row = (i: (typeof groups)[number]['overdue'][number]) => ({
    number: i.number,
    subject: i.subject,
    status: i.status,
    assigneeName: i.assigneeName,
    dueOn: i.dueOn,
    deadline: i.deadline,
  });
  const pct = (part: number, whole: number) => (whole ? Math.round((100 * part) / whole) : 0);
  return {
    title: t('deadlines.title'),
    quality: quality.map((q) => ({
      name: names.get(q.departmentId) ?? q.departmentId,
      cases: q.cases,
      automatic: pct(q.routedAutomatically, q.cases),
      corrected: pct(q.correctedAway, q.routedAutomatically + q.correctedAway),
    })),
    locale: user.locale,
    groups: groups.map((g) => ({
      id: g.departmentId ?? 'triage',
      name: g.departmentId ? names.get(g.departmentId) ?? g.departmentId : t('inbox.triage'),
      openCount: g.openCount,
      overdueCount: g.overdueCount,
      dueSoonCount: g.dueSoonCount,
      pausedCount: g.pausedCount,
      overdue: g.overdue.map(row),
      dueSoon: g.dueSoon.map(row),
      paused: g.paused.map(row),
    })),
  };
}

export default function DeadlinesPage() {
  const { t } = useTranslation();
  const { groups, locale, quality } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t('deadlines.title')}</h1>
      <p className="lead">{t('deadlines.intro')}</p>
      <p className="report-downloads">
        <a href="/staff/deadlines.csv" download>
          {t('reports.deadlines.downloadCsv')}
        </a>{' '}
        <a href="/staff/deadlines.xlsx" download>
          {t('reports.deadlines.downloadXlsx')}
        </a>
      </p>
      <div className="table-wrap">
        <table className="summary">
          <caption>{t('deadlines.summary')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('case.department')}</th>
              <th scope="col">{t('deadlines.open')}</th>
              <th scope="col">{t('deadlines.overdue')}</th>
              <th scope="col">{t('deadlines.dueSoon')}</th>
              <th scope="col">{t('clock.pausedCases')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.id}>
                <th scope="row">
                  <a href={`#dept-${g.id}`}>{g.name}</a>
                </th>
                <td>{g.openCount}</td>
                <td className={g.overdueCount ? 'alert-cell' : undefined}>{g.overdueCount}</td>
                <td>{g.dueSoonCount}</td>
                <td>{g.pausedCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="routing-quality" className="panel">
        <h2 id="routing-quality">{t('routingQuality.title')}</h2>
        <div className="table-wrap">
          <table className="summary">
            <caption className="visually-hidden">{t('routingQuality.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('case.department')}</th>
                <th scope="col">{t('routingQuality.cases')}</th>
                <th scope="col">{t('routingQuality.automatic')}</th>
                <th scope="col">{t('routingQuality.corrected')}</th>
              </tr>
            </thead>
            <tbody>
              {quality.map((q) => (
                <tr key={q.name}>
                  <th scope="row">{q.name}</th>
                  <td>{q.cases}</td>
                  <td>{q.automatic} %</td>
                  <td>{q.corrected} %</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {groups
        .filter((g) => g.overdueCount + g.dueSoonCount + g.pausedCount > 0)
        .map((g) => (
          <section key={g.id} id={`dept-${g.id}`} aria-labelledby={`h-${g.id}`} className="panel">
            <h2 id={`h-${g.id}`}>{g.name}</h2>
            {g.overdue.length + g.dueSoon.length + g.paused.length < g.overdueCount + g.dueSoonCount + g.pausedCount ? (
              <p className="muted">
                {t('reports.deadlines.partial', { shown: g.overdue.length + g.dueSoon.length + g.paused.length, total: g.overdueCount + g.dueSoonCount + g.pausedCount })}{' '}
                <a href={`/staff/deadlines.csv?department=${g.id === 'triage' ? 'none' : g.id}`} download>
                  {t('reports.deadlines.downloadDepartment', { name: g.name })}
                </a>
              </p>
            ) : null}
            {g.overdue.length + g.dueSoon.length > 0 ? <DeadlineList cases={[...g.overdue, ...g.dueSoon]} locale={locale} /> : null}
            {g.paused.length > 0 ? (
              <>
                <h3 id={`paused-${g.id}`}>{t('clock.pausedCases')}</h3>
                <DeadlineList cases={g.paused} locale={locale} labelledBy={`paused-${g.id}`} />
              </>
            ) : null}
          </section>
        ))}
    </>
  );
}

type DeadlineRow = ReturnType<typeof useLoaderData<typeof loader>>['groups'][number]['overdue'][number];

function DeadlineList({ cases, locale, labelledBy }: { cases: DeadlineRow[]; locale: Lang; labelledBy?: string }) {
  const { t } = useTranslation();
  return (
    <ul className="deadline-list" aria-labelledby={labelledBy}>
      {cases.map((c) => (
        <li key={c.number}>
          <Link to={`/staff/cases/${c.number}`}>{c.number}</Link> {c.subject} <StatusBadge status={c.status} />{' '}
          {c.dueOn ? formatDate(c.dueOn, locale) : ''} <DeadlineBadge deadline={c.deadline} />{' '}
          <span className="muted">{c.assigneeName ?? t('case.unassigned')}</span>
        </li>
      ))}
    </ul>
  );
}
