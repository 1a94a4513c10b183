import type { Kysely, Selectable, UpdateResult } from 'kysely';
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
    approvalRequestedBy: r.approval_requested_by,
    documentId: r.document_id,
    messageId: r.message_id,
    delivery: r.delivery,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    sentAt: r.sent_at,
    signedSha256: r.signed_sha256,
    postedOn: r.posted_on,
    registeredMailNumber: r.registered_mail_number,
    returnedComment: r.returned_comment,
    returnedBy: r.returned_by,
  };
}

export async function insertReply(db: Kysely<DB>, r: Reply): Promise<void> {
  await db
    .insertInto('replies')
    .values({
      id: r.id, case_id: r.caseId, template_id: r.templateId, language: r.language, subject: r.subject, body_html: r.bodyHtml,
      status: r.status, author_id: r.authorId, approved_by: r.approvedBy, approval_requested_by: r.approvalRequestedBy, document_id: r.documentId, message_id: r.messageId,
      delivery: r.delivery, created_at: r.createdAt, updated_at: r.updatedAt, sent_at: r.sentAt, signed_sha256: r.signedSha256,
    })
    .execute();
}

export async function findReply(db: Kysely<DB>, id: string): Promise<Reply | undefined> {
  const row = await db.selectFrom('replies').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toReply(row);
}

/** Every reply in one status, the longest waiting first (a reply awaiting approval cannot be edited, so its updated_at is when it was sent). */
export async function listRepliesInStatus(db: Kysely<DB>, status: ReplyStatus): Promise<Reply[]> {
  const rows = await db.selectFrom('replies').selectAll().where('status', '=', status).orderBy('updated_at').orderBy('id').execute();
  return rows.map(toReply);
}

export async function listReplies(db: Kysely<DB>, caseId: string): Promise<Reply[]> {
  const rows = await db.selectFrom('replies').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute();
  return rows.map(toReply);
}

export async function updateReply(
  db: Kysely<DB>,
  id: string,
  patch: Partial<Pick<Reply, 'subject' | 'bodyHtml' | 'status' | 'approvedBy' | 'approvalRequestedBy' | 'documentId' | 'messageId' | 'delivery' | 'sentAt' | 'language'>>,
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
      ...(patch.approvalRequestedBy !== undefined && { approval_requested_by: patch.approvalRequestedBy }),
      ...(patch.documentId !== undefined && { document_id: patch.documentId }),
      ...(patch.messageId !== undefined && { message_id: patch.messageId }),
      ...(patch.delivery !== undefined && { delivery: patch.delivery }),
      ...(patch.sentAt !== undefined && { sent_at: patch.sentAt }),
      ...(patch.language !== undefined && { language: patch.language }),
    })
    .where('id', '=', id)
    .execute();
}

function changed(result: UpdateResult): boolean {
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Moves a reply from one status to another only if it is still in the first: of two requests
 * racing over the same reply exactly one sees true.
 */
export async function moveReplyStatus(
  db: Kysely<DB>,
  id: string,
  from: ReplyStatus,
  to: ReplyStatus,
  patch: { approvedBy?: string; approvalRequestedBy?: string; returned?: { comment: string; by: string } },
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('replies')
    .set({
      status: to,
      updated_at: at,
      ...(patch.approvedBy !== undefined && { approved_by: patch.approvedBy }),
      ...(patch.approvalRequestedBy !== undefined && { approval_requested_by: patch.approvalRequestedBy }),
      ...(patch.returned !== undefined && { returned_comment: patch.returned.comment, returned_by: patch.returned.by }),
    })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return changed(result);
}

/**
 * The one request that signs and sends: status 'signing' with its claim, taken from a signable
 * status, or over a 'signing' reply nobody holds (its sender failed) or whose claim went stale
 * (its sender died). One conditional UPDATE, so at most one request holds a reply at a time.
 */
export async function claimReplyForSigning(
  db: Kysely<DB>,
  id: string,
  claim: { token: string; from: readonly ReplyStatus[]; staleBefore: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('replies')
    .set({ status: 'signing', signing_claim: claim.token, signing_started_at: claim.at, updated_at: claim.at })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb('status', 'in', [...claim.from]),
        eb.and([eb('status', '=', 'signing'), eb.or([eb('signing_claim', 'is', null), eb('signing_started_at', '<', claim.staleBefore)])]),
      ]),
    )
    .executeTakeFirst();
  return changed(result);
}

/** The signed letter is stored: remember it, so that whoever finishes the sending sends this one. */
export async function recordSignedLetter(db: Kysely<DB>, id: string, token: string, sha256: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('replies')
    .set({ signed_sha256: sha256, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'signing')
    .where('signing_claim', '=', token)
    .executeTakeFirst();
  return changed(result);
}

/**
 * A signing request failed. With no signed letter stored yet nothing happened: the reply goes
 * back to where it was. With one stored it stays 'signing', unheld, to be finished from it.
 */
export async function releaseSigningClaim(db: Kysely<DB>, id: string, token: string, backTo: ReplyStatus, at: string): Promise<void> {
  const held = db.updateTable('replies').where('id', '=', id).where('status', '=', 'signing').where('signing_claim', '=', token);
  await held.set({ status: backTo, signing_claim: null, updated_at: at }).where('signed_sha256', 'is', null).execute();
  await held.set({ signing_claim: null, updated_at: at }).execute();
}

/** Signed and sent: 'sent', if this request still holds the claim (else the caller rolls back). */
export async function finishSigning(
  db: Kysely<DB>,
  id: string,
  token: string,
  sent: { documentId: string; messageId: string | null; delivery: string; sentAt: string },
): Promise<boolean> {
  const result = await db
    .updateTable('replies')
    .set({
      status: 'sent', signing_claim: null, document_id: sent.documentId, message_id: sent.messageId, delivery: sent.delivery,
      sent_at: sent.sentAt, updated_at: sent.sentAt,
    })
    .where('id', '=', id)
    .where('status', '=', 'signing')
    .where('signing_claim', '=', token)
    .executeTakeFirst();
  return changed(result);
}

/**
 * The postal dispatch: signed letters of postal cases not yet posted, and those posted on `today`,
 * oldest first (by when they were signed).
 */
export async function listPostalReplies(db: Kysely<DB>, today: string): Promise<Reply[]> {
  const rows = await db
    .selectFrom('replies')
    .selectAll()
    .where('status', '=', 'sent')
    .where('delivery', '=', 'post')
    .where((eb) => eb.or([eb('posted_on', 'is', null), eb('posted_on', '=', today)]))
    .orderBy('sent_at')
    .orderBy('id')
    .execute();
  return rows.map(toReply);
}

/** Records a postal letter as posted, once: false when it is not a postal letter or already posted. */
export async function markReplyPosted(
  db: Kysely<DB>,
  id: string,
  posted: { postedOn: string; registeredMailNumber: string | null; postedBy: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('replies')
    .set({ posted_on: posted.postedOn, registered_mail_number: posted.registeredMailNumber, posted_by: posted.postedBy, updated_at: posted.at })
    .where('id', '=', id)
    .where('status', '=', 'sent')
    .where('delivery', '=', 'post')
    .where('posted_on', 'is', null)
    .executeTakeFirst();
  return changed(result);
}
