import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '../.server/auth.server';
import { markReadSchema } from '../.server/domain';
import { orHttpError } from '../.server/errors.server';
import { formValues, parseFields, readForm } from '../.server/forms.server';
import { translator } from '../.server/i18n.server';
import { CsrfInput } from '../components/CsrfInput';
import { formatDate, formatDateTime } from '../format';
import { titleFromLoader } from '../meta';

export const meta = titleFromLoader;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const [entries, t] = await Promise.all([orHttpError(() => context.services.staffNotifications.listStaffNotifications(user)), translator(user.locale)]);
  return {
    title: t('staffNotifications.title'),
    locale: user.locale,
    // Newest first, as the use case lists them; only what the entry shows.
    entries: entries.map((n) => ({
      id: n.id,
      kind: n.kind,
      href: n.href,
      unread: n.readAt === null,
      createdAt: n.createdAt,
      caseNumber: n.data.caseNumber,
      subject: n.data.subject,
      actorName: n.data.actorName,
      comment: n.data.comment ?? null,
      channel: n.data.channel ?? null,
      unverified: n.data.unverified ?? false,
      dueOn: n.data.dueOn ?? null,
    })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const form = await orHttpError(() => readForm(request, context));
  const parsed = parseFields(markReadSchema, formValues(form, ['intent', 'id']));
  if (!parsed.ok) return { ok: false, error: 'errors.invalid_input' };
  await orHttpError(() => context.services.staffNotifications.markNotificationsRead(user, parsed.data));
  return parsed.data.intent === 'readAll' ? { ok: true, message: 'staffNotifications.markedAllRead' } : { ok: true, message: null };
}

export default function NotificationsPage() {
  const { t } = useTranslation();
  const { entries, locale } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const message = result && 'message' in result && result.message ? t(result.message) : result && 'error' in result ? t(String(result.error)) : null;
  const unread = entries.filter((e) => e.unread).length;
  return (
    <>
      <h1>{t('staffNotifications.title')}</h1>
      <p className="lead">
        {t('staffNotifications.intro')} <span data-testid="unread-total">{t('staffNotifications.unreadCount', { count: unread })}</span>
      </p>
      {message ? (
        <div className={result?.ok ? 'flash' : 'error-summary'} role={result?.ok ? 'status' : 'alert'}>
          <p>{message}</p>
        </div>
      ) : null}
      {unread > 0 ? (
        <Form method="post" className="mark-all">
          <CsrfInput />
          <input type="hidden" name="intent" value="readAll" />
          <button type="submit" className="button secondary">
            {t('staffNotifications.markAllRead')}
          </button>
        </Form>
      ) : null}
      {entries.length === 0 ? (
        <p data-testid="notifications-empty">{t('staffNotifications.empty')}</p>
      ) : (
        <ul className="notification-list">
          {entries.map((e) => (
            <li key={e.id} className={e.unread ? 'unread' : undefined} data-testid="notification" data-kind={e.kind} data-unread={e.unread ? 'true' : 'false'}>
              <h2>
                {e.unread ? <span className="badge">{t('staffNotifications.unread')}</span> : null} {t(`staffNotifications.kind.${e.kind}`)}
              </h2>
              <p>
                <Link to={e.href}>{e.caseNumber}</Link> {e.subject}
              </p>
              <p className="muted">
                {formatDateTime(e.createdAt, locale)}
                {e.actorName ? ` · ${t('staffNotifications.by', { name: e.actorName })}` : ''}
                {e.channel ? ` · ${t(`channel.${e.channel}`)}` : ''}
                {e.unverified ? ` · ${t('staffNotifications.unverified')}` : ''}
                {e.dueOn ? ` · ${t('staffNotifications.dueOn', { date: formatDate(e.dueOn, locale) })}` : ''}
              </p>
              {e.comment ? (
                <p className="entry-comment">
                  <strong>{t('staffNotifications.comment')}:</strong> {e.comment}
                </p>
              ) : null}
              {e.unread ? (
                <Form method="post">
                  <CsrfInput />
                  <input type="hidden" name="intent" value="read" />
                  <input type="hidden" name="id" value={e.id} />
                  <button type="submit" className="button small secondary" aria-describedby={`entry-${e.id}`}>
                    {t('staffNotifications.markRead')}
                  </button>
                  <span id={`entry-${e.id}`} className="visually-hidden">
                    {e.caseNumber} {t(`staffNotifications.kind.${e.kind}`)}
                  </span>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
