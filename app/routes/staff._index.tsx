import type { LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
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
  const query = url.searchParams.get('q')?.trim().slice(0, 200) ?? '';
  const [items, departments] = await Promise.all([
    query ? context.services.cases.searchCases(user, query) : context.services.cases.listInbox(user, { view }),
    context.services.departments.listDepartments(),
  ]);
  const t = await translator(user.locale);
  const names = new Map(departments.map((d) => [d.id, d.names[user.locale]]));
  return {
    title: t('inbox.title'),
    locale: user.locale,
    query,
    view,
    views,
    showDepartment: manager || view === 'triage' || Boolean(query),
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
  const { items, view, views, showDepartment, locale, query } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t('inbox.title')}</h1>
      <Form method="get" className="search-form" role="search" aria-label={t('inbox.search')}>
        <div>
          <label htmlFor="q">{t('inbox.searchLabel')}</label>
          <input id="q" name="q" type="search" defaultValue={query} />
        </div>
        <button type="submit" className="button">
          {t('inbox.searchButton')}
        </button>
      </Form>
      <nav aria-label={t('inbox.views')} className="tabs">
        <ul>
          {views.map((v) => (
            <li key={v}>
              <Link to={`?view=${v}`} aria-current={v === view && !query ? 'page' : undefined}>
                {t(`inbox.view.${v}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {query ? <h2>{t('inbox.results')}</h2> : null}
      {items.length === 0 ? (
        <p className="empty">{t(query ? 'inbox.noResults' : 'inbox.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="cases">
            <caption className="visually-hidden">{query ? t('inbox.results') : t(`inbox.view.${view}`)}</caption>
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
                  <td>{c.subject || t('case.noSubject')}</td>
                  <td>{c.petitionerName || t('case.unknownPetitioner')}</td>
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
