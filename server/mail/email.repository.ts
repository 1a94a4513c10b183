/** E-mails we took in or sent: Message-IDs for dedupe, and for threading replies to their case. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';

export async function findEmailCase(db: Kysely<DB>, messageId: string): Promise<{ caseId: string | null } | undefined> {
  const row = await db.selectFrom('emails').select('case_id').where('message_id', '=', messageId).executeTakeFirst();
  return row && { caseId: row.case_id };
}

/**
 * The case a reply belongs to: the newest of the messages it refers to, of ours only ('out': a
 * Message-ID only the petitioner was sent) or of any ('in' too: theirs, which others may know).
 */
export async function findCaseByReferences(db: Kysely<DB>, messageIds: readonly string[], direction?: 'in' | 'out'): Promise<string | null> {
  if (messageIds.length === 0) return null;
  const row = await db
    .selectFrom('emails')
    .select('case_id')
    .where('message_id', 'in', [...messageIds].slice(0, 50))
    .where('case_id', 'is not', null)
    .$if(direction !== undefined, (q) => q.where('direction', '=', direction!))
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row?.case_id ?? null;
}

export async function insertEmail(
  trx: Kysely<DB>,
  e: { messageId: string; direction: 'in' | 'out'; caseId: string | null; rawSha256: string | null; fromAddress: string | null; subject: string | null; inReplyTo: string | null; at: string },
  options: { ifAbsent?: boolean } = {},
): Promise<void> {
  await trx
    .insertInto('emails')
    .values({
      id: newId(),
      message_id: e.messageId,
      direction: e.direction,
      case_id: e.caseId,
      raw_sha256: e.rawSha256,
      from_address: e.fromAddress,
      subject: e.subject?.slice(0, 500) ?? null,
      in_reply_to: e.inReplyTo,
      created_at: e.at,
    })
    // The Message-ID is unique: recording the same message twice keeps the first row.
    .$if(options.ifAbsent === true, (q) => q.onConflict((oc) => oc.column('message_id').doNothing()))
    .execute();
}
