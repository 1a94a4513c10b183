/** The outbox table: insert once under a dedupe key, then each step of a message's way. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, NotificationsTable } from '../db/schema.js';
import type { InlineAttachment, Notification, NotificationStatus } from './notification.js';

function inlineAttachmentOf(r: Selectable<NotificationsTable>): InlineAttachment | null {
  if (r.attachment_filename === null || r.attachment_content_type === null || r.attachment_content === null) return null;
  return { filename: r.attachment_filename, contentType: r.attachment_content_type, content: r.attachment_content };
}

function toNotification(r: Selectable<NotificationsTable>): Notification {
  return {
    id: r.id, dedupeKey: r.dedupe_key, audience: r.audience, caseId: r.case_id, userId: r.user_id, eventId: r.event_id,
    kind: r.kind, recipient: r.recipient, language: r.language, subject: r.subject, bodyText: r.body_text,
    attachmentDocumentId: r.attachment_document_id, inlineAttachment: inlineAttachmentOf(r), messageId: r.message_id, inReplyTo: r.in_reply_to, status: r.status,
    skipReason: r.skip_reason, attempts: Number(r.attempts), lastError: r.last_error, sendAfter: r.send_after,
    createdAt: r.created_at, updatedAt: r.updated_at, sentAt: r.sent_at,
  };
}

/** True when this call stored it; false when a row with its dedupe key was there already. */
export async function insertNotificationIfAbsent(trx: Kysely<DB>, n: Notification): Promise<boolean> {
  const result = await trx
    .insertInto('notifications')
    .values({
      id: n.id, dedupe_key: n.dedupeKey, audience: n.audience, case_id: n.caseId, user_id: n.userId, event_id: n.eventId,
      kind: n.kind, recipient: n.recipient, language: n.language, subject: n.subject, body_text: n.bodyText,
      attachment_document_id: n.attachmentDocumentId, attachment_filename: n.inlineAttachment?.filename ?? null,
      attachment_content_type: n.inlineAttachment?.contentType ?? null, attachment_content: n.inlineAttachment?.content ?? null, message_id: n.messageId, in_reply_to: n.inReplyTo, status: n.status,
      skip_reason: n.skipReason, attempts: n.attempts, last_error: n.lastError, send_after: n.sendAfter,
      created_at: n.createdAt, updated_at: n.updatedAt, sent_at: n.sentAt,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findNotification(db: Kysely<DB>, id: string): Promise<Notification | undefined> {
  const row = await db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toNotification(row);
}

export async function findNotificationByKey(db: Kysely<DB>, dedupeKey: string): Promise<Notification | undefined> {
  const row = await db.selectFrom('notifications').selectAll().where('dedupe_key', '=', dedupeKey).executeTakeFirst();
  return row && toNotification(row);
}

export async function listNotificationsOfCase(db: Kysely<DB>, caseId: string): Promise<Notification[]> {
  const rows = await db.selectFrom('notifications').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toNotification);
}

/** The relay accepted it. Only a pending row moves, so a late duplicate run changes nothing. */
export async function markNotificationSent(trx: Kysely<DB>, id: string, attempts: number, at: string): Promise<void> {
  await trx.updateTable('notifications').set({ status: 'sent', attempts, sent_at: at, updated_at: at, last_error: null }).where('id', '=', id).where('status', '=', 'pending').execute();
}

/** A try that failed: counted, with what went wrong; the row stays pending for the next try. */
export async function recordNotificationAttempt(db: Kysely<DB>, id: string, attempts: number, error: string, at: string): Promise<void> {
  await db.updateTable('notifications').set({ attempts, last_error: error, updated_at: at }).where('id', '=', id).where('status', '=', 'pending').execute();
}

/** Given up ('failed') or no longer needed ('cancelled', with why). Never moves a sent row. */
export async function closeNotification(db: Kysely<DB>, id: string, status: Extract<NotificationStatus, 'failed' | 'cancelled'>, at: string, why: { error?: string; reason?: string }): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ status, updated_at: at, ...(why.error !== undefined ? { last_error: why.error } : {}), ...(why.reason !== undefined ? { skip_reason: why.reason } : {}) })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/** Keys are '<subject>:<…>' (e.g. 'visit:<id>:…'): a prefix names every message about one thing. */
function keyPrefixPattern(prefix: string): string {
  // LIKE's own wildcards in the prefix match themselves.
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** How many messages under a key prefix are of these kinds, not counting the one under `exceptKey`. */
export async function countNotificationsByKeyPrefix(trx: Kysely<DB>, prefix: string, kinds: readonly string[], exceptKey: string): Promise<number> {
  const row = await trx
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(sql<boolean>`dedupe_key like ${keyPrefixPattern(prefix)} escape '\\'`)
    .where('kind', 'in', [...kinds])
    .where('dedupe_key', '<>', exceptKey)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Pending messages under a key prefix no longer needed (their send job then finds them closed). */
export async function cancelPendingNotificationsByKeyPrefix(trx: Kysely<DB>, prefix: string, reason: string, at: string): Promise<number> {
  const result = await trx
    .updateTable('notifications')
    .set({ status: 'cancelled', skip_reason: reason, updated_at: at })
    .where(sql<boolean>`dedupe_key like ${keyPrefixPattern(prefix)} escape '\\'`)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows ?? 0);
}
