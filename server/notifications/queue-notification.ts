/**
 * Puts a rendered message into the outbox and queues its sending, inside the caller's transaction:
 * the message, its job and whatever caused it commit together. Under its dedupe key a message
 * exists once, so a repeat (a re-dispatched event, a digest run twice) stores and queues nothing.
 * For every audience: residents' notices (notify-resident.ts) and staff digests use it alike.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';
import { enqueueJob } from '../jobs/job-queue.js';
import type { Lang } from '../languages.js';
import type { OutboxDeps } from './deps.js';
import { notificationMessageId, SKIP_REASONS, type InlineAttachment, type NotificationAudience, type NotificationStatus } from './notification.js';
import { SEND_NOTIFICATION } from './notification-jobs.js';
import { insertNotificationIfAbsent } from './notification.repository.js';

export interface NotificationToQueue {
  /** What this message is, once: '<eventId>:<kind>', 'digest:<userId>:<date>' … */
  dedupeKey: string;
  audience: NotificationAudience;
  kind: string;
  language: Lang;
  subject: string;
  bodyText: string;
  /** null: nobody to write to; the row is kept as 'skipped' ('no_email' unless skipReason says otherwise). */
  recipient: string | null;
  caseId?: string | null;
  userId?: string | null;
  eventId?: string | null;
  attachmentDocumentId?: string | null;
  /** A small text file kept on the row itself and sent with the message (a visit's .ics). */
  inlineAttachment?: InlineAttachment | null;
  /** The Message-ID this one answers (the case's thread), for In-Reply-To and References. */
  inReplyTo?: string | null;
  /** Not sent before then. */
  sendAfter?: Date | null;
  /** Kept, not sent, for this reason (shown on the case). */
  skipReason?: string | null;
}

export interface QueuedNotification {
  id: string;
  messageId: string;
  status: NotificationStatus;
  /** false when a message under this dedupe key was there already: nothing was stored or queued. */
  created: boolean;
}

export async function queueNotification(trx: Kysely<DB>, deps: OutboxDeps, n: NotificationToQueue): Promise<QueuedNotification> {
  const id = newId();
  const now = deps.clock.now().toISOString();
  const skipReason = n.skipReason ?? (n.recipient ? null : SKIP_REASONS.noEmail);
  const status: NotificationStatus = skipReason ? 'skipped' : 'pending';
  const messageId = notificationMessageId(id);
  const created = await insertNotificationIfAbsent(trx, {
    id, dedupeKey: n.dedupeKey, audience: n.audience, caseId: n.caseId ?? null, userId: n.userId ?? null, eventId: n.eventId ?? null,
    kind: n.kind, recipient: n.recipient, language: n.language, subject: n.subject, bodyText: n.bodyText,
    attachmentDocumentId: n.attachmentDocumentId ?? null, inlineAttachment: n.inlineAttachment ?? null, messageId, inReplyTo: n.inReplyTo ?? null, status, skipReason,
    attempts: 0, lastError: null, sendAfter: n.sendAfter ? n.sendAfter.toISOString() : null, createdAt: now, updatedAt: now, sentAt: null,
  });
  if (created && status === 'pending') {
    await enqueueJob(deps.jobs, trx, SEND_NOTIFICATION, { notificationId: id }, n.sendAfter ? { runAt: n.sendAfter } : {});
  }
  return { id, messageId, status, created };
}
