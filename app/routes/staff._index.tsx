import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '../.server/auth.server';
import { bulkActionSchema, inboxQueryString, parseInboxQuery, type BulkOutcome } from '../.server/domain';
import { orHttpError } from '../.server/errors.server';
import { readForm } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { BulkActions } from '../components/inbox/BulkActions';
import { InboxFilters } from '../components/inbox/InboxFilters';
import { InboxTable } from '../components/inbox/InboxTable';
import { LiveInbox } from '../components/inbox/LiveInbox';
import { SavedViews } from '../components/inbox/SavedViews';
import type { InboxData } from '../components/inbox/use-inbox';
import { titleFromLoader } from '../meta';
import inboxStyles from '../styles/inbox.css?url';

export const meta = titleFromLoader;
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: inboxStyles }];

export async function loader({ request, context }: LoaderFunctionArgs): Promise<InboxData> {
  const user = await requireUser(request, context);
  const url = new URL(request.url);
  const views = context.services.cases;
  const defaultView = user.role === 'registry' ? 'triage' : user.role === 'clerk' ? 'department' : 'all';
  const query = parseInboxQuery(url.searchParams, defaultView);
  const [page, departments, people, saved, mark] = await Promise.all([
    orHttpError(() => views.listInboxPage(user, query)),
    context.services.departments.listDepartments(),
    views.listInboxAssignees(user),
    views.listSavedViews(user),
    views.inboxChangeMark(user),
  ]);
  const shown = { ...query, view: page.view };
  const t = await translator(user.locale);
  const names = new Map(departments.map((d) => [d.id, d.names[user.locale]]));
  const manager = user.role === 'manager' || user.role === 'admin';
  return {
    title: t('inbox.title'),
    locale: user.locale,
    role: user.role,
    query: shown,
    queryString: inboxQueryString(shown),
    views: page.views,
    counts: page.counts,
    next: page.next ? `?${inboxQueryString(shown)}&after=${page.next}` : null,
    first: query.after ? `?${inboxQueryString(shown)}` : null,
    searchIgnored: page.searchIgnored ?? false,
    // Where a row may belong to any department: the managers' lists, triage and search results.
    showDepartment: manager || page.view === 'triage' || Boolean(query.q) || query.department === 'none',
    manager,
    // Every department: managers filter by them; anyone may route a selection to one.
    departments: departments.filter((d) => d.active).map((d) => ({ id: d.id, name: d.names[user.locale] })),
    people,
    saved: saved.map((v) => ({ id: v.id, name: v.name, query: v.query })),
    mark,
    items: page.items.map((i) => ({
      number: i.number,
      subject: i.subject,
      petitionerName: i.petitionerName,
      language: i.language,
      channel: i.channel,
      status: i.status,
      assigneeName: i.assigneeName,
      department: i.departmentId ? names.get(i.departmentId) ?? i.departmentId : null,
      receivedAt: i.receivedAt,
      dueOn: i.dueOn,
      deadline: i.deadline,
      snippet: i.snippet ?? null,
    })),
  };
}

type ActionResult = { ok: true; message: string; outcomes?: BulkOutcome[] } | { ok: false; error: string };

export async function action({ request, context }: ActionFunctionArgs): Promise<ActionResult> {
  const user = await requireUser(request, context);
  const form = await orHttpError(() => readForm(request, context));
  const cases = context.services.cases;
  try {
    switch (form.get('intent')) {
      case 'saveView':
        await cases.saveInboxView(user, { name: String(form.get('name') ?? ''), query: String(form.get('query') ?? '') });
        return { ok: true, message: 'inbox.saved.done' };
      case 'deleteView':
        await cases.removeSavedView(user, String(form.get('id') ?? ''));
        return { ok: true, message: 'inbox.saved.deleted' };
      case 'bulk': {
        const numbers = form.getAll('number').map(String);
        if (numbers.length === 0) return { ok: false, error: 'inbox.bulk.noneSelected' };
        const action = String(form.get('action') ?? '');
        const parsed = bulkActionSchema.safeParse({
          action,
          assigneeId: form.get('assigneeId') ?? undefined,
          departmentId: form.get('departmentId') ?? undefined,
          to: form.get('to') ?? undefined,
        });
        if (!parsed.success) return { ok: false, error: 'inbox.bulk.chooseAction' };
        const outcomes = await cases.applyBulkAction(user, numbers, parsed.data);
        return { ok: true, message: 'inbox.bulk.done', outcomes };
      }
      default:
        return { ok: false, error: 'errors.invalid_input' };
    }
  } catch (error) {
    const key = (error as { i18nKey?: string }).i18nKey;
    const reason = (error as { details?: { reason?: string } }).details?.reason;
    if (reason === 'saved_view_name' || reason === 'saved_view_limit') return { ok: false, error: `inbox.saved.${reason}` };
    if (key) return { ok: false, error: key };
    throw error;
  }
}

export default function Inbox() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { query, views, counts } = data;
  const tabQuery = (v: string) => inboxLink({ view: v });
  return (
    <>
      <h1>{t('inbox.title')}</h1>
      <LiveInbox mark={data.mark} />
      {result ? <ActionMessage result={result} /> : null}
      <nav aria-label={t('inbox.views')} className="tabs">
        <ul>
          {views.map((v) => (
            <li key={v}>
              <Link to={tabQuery(v)} aria-current={v === query.view && !query.q ? 'page' : undefined}>
                {t(`inbox.view.${v}`)} <span className="count">{t('inbox.count', { count: counts[v] ?? 0 })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <InboxFilters />
      <SavedViews />
      <section aria-labelledby="inbox-results">
        <div className="inbox-heading">
          <h2 id="inbox-results">{query.q ? t('inbox.results') : t(`inbox.view.${query.view}`)}</h2>
          <p className="exports">
            <a href={`/staff/inbox.csv?${data.queryString}`} download>
              {t('inbox.export.csv')}
            </a>{' '}
            <a href={`/staff/inbox.xlsx?${data.queryString}`} download>
              {t('inbox.export.xlsx')}
            </a>
          </p>
        </div>
        {data.searchIgnored ? <p className="notice">{t('inbox.searchTooShort')}</p> : null}
        {data.items.length === 0 ? (
          <p className="empty">{t(query.q ? 'inbox.noResults' : 'inbox.emptyFiltered')}</p>
        ) : (
          <>
            <BulkActions />
            <InboxTable />
          </>
        )}
        <nav aria-label={t('inbox.pages')} className="pager">
          {data.first ? <Link to={data.first}>{t('inbox.firstPage')}</Link> : null}
          {data.next ? (
            <Link to={data.next} rel="next">
              {t('inbox.nextPage')}
            </Link>
          ) : null}
        </nav>
      </section>
    </>
  );
}

/** A tab's link: the view alone, filters cleared (a saved view keeps a combination). */
function inboxLink(p: { view: string }): string {
  return `?view=${encodeURIComponent(p.view)}`;
}

function ActionMessage({ result }: { result: ActionResult }) {
  const { t } = useTranslation();
  if (!result.ok) {
    return (
      <p className="error-message" role="alert">
        {t(result.error)}
      </p>
    );
  }
  const failed = result.outcomes?.filter((o) => !o.ok) ?? [];
  const done = result.outcomes ? result.outcomes.length - failed.length : 0;
  return (
    <div className="notice" role="status">
      <p>{result.outcomes ? t('inbox.bulk.result', { done, failed: failed.length }) : t(result.message)}</p>
      {failed.length > 0 ? (
        <ul>
          {failed.map((o) => (
            <li key={o.number}>
              {o.number}: {t(o.error ?? 'errors.invalid_input')}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
