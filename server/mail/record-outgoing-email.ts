/** Our own messages are remembered by Message-ID, so the resident's answer threads back to the case. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { insertEmail } from './email.repository.js';

export async function recordOutgoingEmail(trx: Kysely<DB>, e: { messageId: string; caseId: string; subject: string; to: string; at: Date }): Promise<void> {
  await insertEmail(trx, { messageId: e.messageId, direction: 'out', caseId: e.caseId, rawSha256: null, fromAddress: null, subject: e.subject, inReplyTo: null, at: e.at.toISOString() });
}
