import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Lang } from '../languages.js';
import type { Reply, ReplyStatus } from './reply.js';

function toReply(r: Selectable<DB['replies']>): Reply {
  return {
    id: r.id,
    caseId: r.case_id,
    templateId: r.template_id,
    language: r.language as Lang,
    subject: r.subject,
    bodyHtml: r.body_html,
    status: r.status as ReplyStatus,
    authorId: r.author_id,
    approvedBy: r.approved_by,
    documentId: r.document_id,
    messageId: r.message_id,
    delivery: r.delivery,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    sentAt: r.sent_at,
  };
}

export async function insertReply(db: Kysely<DB>, r: Reply): Promise<void> {
  await db
    .insertInto('replies')
    .values({
      id: r.id, case_id: r.caseId, template_id: r.templateId, language: r.language, subject: r.subject, body_html: r.bodyHtml,
      status: r.status, author_id: r.authorId, approved_by: r.approvedBy, document_id: r.documentId, message_id: r.messageId,
      delivery: r.delivery, created_at: r.createdAt, updated_at: r.updatedAt, sent_at: r.sentAt,
    })
    .execute();
}

export async function findReply(db: Kysely<DB>, id: string): Promise<Reply | undefined> {
  const row = await db.selectFrom('replies').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toReply(row);
}

export async function listReplies(db: Kysely<DB>, caseId: string): Promise<Reply[]> {
  const rows = await db.selectFrom('replies').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute();
  return rows.map(toReply);
}

export async function updateReply(
  db: Kysely<DB>,
  id: string,
  patch: Partial<Pick<Reply, 'subject' | 'bodyHtml' | 'status' | 'approvedBy' | 'documentId' | 'messageId' | 'delivery' | 'sentAt' | 'language'>>,
  at: string,
): Promise<void> {
  await db
    .updateTable('replies')
    .set({
      updated_at: at,
      ...(patch.subject !== undefined && { subject: patch.subject }),
      ...(patch.bodyHtml !== undefined && { body_html: patch.bodyHtml }),
      ...(patch.status !== undefined && { status: patch.status }),
      ...(patch.approvedBy !== undefined && { approved_by: patch.approvedBy }),
      ...(patch.documentId !== undefined && { document_id: patch.documentId }),
      ...(patch.messageId !== undefined && { message_id: patch.messageId }),
      ...(patch.delivery !== undefined && { delivery: patch.delivery }),
      ...(patch.sentAt !== undefined && { sent_at: patch.sentAt }),
      ...(patch.language !== undefined && { language: patch.language }),
    })
    .where('id', '=', id)
    .execute();
}
