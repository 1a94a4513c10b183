/**
 * Our own messages are remembered by Message-ID, so the resident's answer threads back to the case;
 * and a message given a stable Message-ID is recorded once, however often its sending is retried.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { findEmailCase, insertEmail } from './email.repository.js';

export async function recordOutgoingEmail(trx: Kysely<DB>, e: { messageId: string; caseId: string; subject: string; to: string; at: Date }): Promise<void> {
  await insertEmail(trx, { messageId: e.messageId, direction: 'out', caseId: e.caseId, rawSha256: null, fromAddress: null, subject: e.subject, inReplyTo: null, at: e.at.toISOString() }, { ifAbsent: true });
}

/** Has the message with this Message-ID already gone out (been recorded after its sending)? */
export async function wasEmailSent(db: Kysely<DB>, messageId: string): Promise<boolean> {
  return (await findEmailCase(db, messageId)) !== undefined;
}
