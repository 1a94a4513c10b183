import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '../.server/auth.server';
import { INBOX_VIEWS, type InboxView } from '../.server/domain';
import { translator } from '../.server/i18n.server';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { StatusBadge } from '../components/StatusBadge';
import { formatDate } from '../format';
import { titleFromLoader } from '../meta';

export const meta = titleFromLoader;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const url = new URL(request.url);
  const manager = user.role !== 'clerk';
  const views: InboxView[] = manager ? ['all', 'triage', 'mine'] : ['department', 'triage', 'mine'];
  const asked = url.searchParams.get('view') as InboxView | null;
  const view = asked && (INBOX_VIEWS as readonly string[]).includes(asked) && views.includes(asked) ? asked : views[0];
  const [items, departments] = await Promise.all([
    context.services.cases.listInbox(user, { view }),
    context.services.departments.listDepartments(),
  ]);
  const t = await translator(user.locale);
  const names = new Map(departments.map((d) => [d.id, d.names[user.locale]]));
  return {
    title: t('inbox.title'),
    locale: user.locale,
    view,
    views,
    showDepartment: manager || view === 'triage',
    items: items.map((i) => ({
      number: i.number,
      subject: i.subject,
      petitionerName: i.petitionerName,
      language: i.language,
      status: i.status,
      assigneeName: i.assigneeName,
      department: i.departmentId ? names.get(i.departmentId) ?? i.departmentId : null,
      dueOn: i.dueOn,
      deadline: i.deadline,
    })),
  };
}

export default function Inbox() {
  const { t } = useTranslation();
  const { items, view, views, showDepartment, locale } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t('inbox.title')}</h1>
      <nav aria-label={t('inbox.views')} className="tabs">
        <ul>
          {views.map((v) => (
            <li key={v}>
              <Link to={`?view=${v}`} aria-current={v === view ? 'page' : undefined}>
                {t(`inbox.view.${v}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {items.length === 0 ? (
        <p className="empty">{t('inbox.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="cases">
            <caption className="visually-hidden">{t(`inbox.view.${view}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('case.number')}</th>
                <th scope="col">{t('case.subject')}</th>
                <th scope="col">{t('case.petitioner')}</th>
                <th scope="col">{t('case.language')}</th>
                {showDepartment ? <th scope="col">{t('case.department')}</th> : null}
                <th scope="col">{t('case.status')}</th>
                <th scope="col">{t('case.assignee')}</th>
                <th scope="col">{t('case.dueOn')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.number}>
                  <td>
                    <Link to={`/staff/cases/${c.number}`}>{c.number}</Link>
                  </td>
                  <td>{c.subject}</td>
                  <td>{c.petitionerName}</td>
                  <td>{c.language ? t(`language.${c.language}`) : '—'}</td>
                  {showDepartment ? <td>{c.department ?? t('inbox.triage')}</td> : null}
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td>{c.assigneeName ?? '—'}</td>
                  <td>
                    {c.dueOn ? formatDate(c.dueOn, locale) : '—'} <DeadlineBadge deadline={c.deadline} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
