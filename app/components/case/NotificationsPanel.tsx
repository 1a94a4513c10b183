/**
 * The e-mails the petitioner of a case was sent, or was not and why (services.notifications.listForCase):
 * so a clerk sees at a glance that a notice failed, was skipped for want of an address, or waits
 * for its time. Presentational: the route's loader gives the rows.
 */
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../server/languages';
import type { CaseNotificationView } from '../../../server/notifications/list-case-notifications';
import { formatDateTime } from '../../format';

export type NotificationRow = Pick<CaseNotificationView, 'id' | 'kind' | 'recipient' | 'status' | 'reason' | 'lastError' | 'attempts' | 'createdAt' | 'sendAfter' | 'sentAt'>;

/** The time that matters for each state: when it went, when it will go, or when it was stored. */
function whenOf(n: NotificationRow): string {
  if (n.status === 'sent' && n.sentAt) return n.sentAt;
  if (n.status === 'pending' && n.sendAfter) return n.sendAfter;
  return n.createdAt;
}

export function NotificationsPanel({ notifications, locale }: { notifications: readonly NotificationRow[]; locale: Lang }) {
  const { t } = useTranslation();
  const failed = notifications.filter((n) => n.status === 'failed').length;
  return (
    <section aria-labelledby="notifications-heading" className="panel">
      <h2 id="notifications-heading">{t('notifications.heading')}</h2>
      {failed > 0 ? (
        <p className="error-text" role="alert">
          {t('notifications.failedCount', { count: failed })}
        </p>
      ) : null}
      {notifications.length === 0 ? (
        <p className="empty">{t('notifications.none')}</p>
      ) : (
        // On a phone the table scrolls inside this region (a keyboard reaches it too), never the page.
        <div className="table-wrap" role="region" aria-labelledby="notifications-heading" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('notifications.kind')}</th>
                <th scope="col">{t('notifications.recipient')}</th>
                <th scope="col">{t('notifications.status')}</th>
                <th scope="col">{t('notifications.time')}</th>
                <th scope="col">{t('notifications.attempts')}</th>
              </tr>
            </thead>
            <tbody>
              {notifications.map((n) => (
                <tr key={n.id}>
                  <td>{t(`notifications.kinds.${n.kind}`, { defaultValue: n.kind })}</td>
                  <td>{n.recipient ?? <span className="muted">{t('notifications.noRecipient')}</span>}</td>
                  <td className={n.status === 'failed' ? 'alert-cell' : undefined}>
                    {t(`notifications.statuses.${n.status}`)}
                    {n.reason ? <div className="muted">{t(`notifications.reasons.${n.reason}`, { defaultValue: n.reason })}</div> : null}
                    {n.status !== 'sent' && n.lastError ? <div className="error-text">{n.lastError}</div> : null}
                  </td>
                  <td>
                    {n.status === 'pending' && n.sendAfter ? `${t('notifications.notBefore')} ` : null}
                    {formatDateTime(whenOf(n), locale)}
                  </td>
                  <td>{n.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
