/**
 * The e-mails a case's petitioner was sent, or was not and why: the panel on the case page, so a
 * clerk sees a failed or skipped notice. Only for a case the actor may see (another department's
 * case is "not found").
 */
import type { Actor } from '../auth/user.js';
import { loadVisibleCase, type CaseDeps } from '../cases/index.js';
import type { NotificationStatus } from './notification.js';
import { listNotificationsOfCase } from './notification.repository.js';

export interface CaseNotificationView {
  id: string;
  kind: string;
  audience: string;
  recipient: string | null;
  status: NotificationStatus;
  /** Why it was skipped or cancelled. */
  reason: string | null;
  lastError: string | null;
  attempts: number;
  createdAt: string;
  sendAfter: string | null;
  sentAt: string | null;
}

export async function listCaseNotifications(deps: CaseDeps, actor: Actor, number: string): Promise<CaseNotificationView[]> {
  const kase = await loadVisibleCase(deps.db, actor, number);
  const rows = await listNotificationsOfCase(deps.db, kase.id);
  return rows.map((n) => ({
    id: n.id, kind: n.kind, audience: n.audience, recipient: n.recipient, status: n.status, reason: n.skipReason,
    lastError: n.lastError, attempts: n.attempts, createdAt: n.createdAt, sendAfter: n.sendAfter, sentAt: n.sentAt,
  }));
}
