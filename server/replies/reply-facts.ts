/**
 * A reply's author and subject, for the staff notifications (who is told a reply came back, what
 * it was). No actor: an event asks. `db` may be a transaction (the dispatcher reads inside the one
 * it writes in).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { findReply } from './reply.repository.js';

export async function findReplyFacts(db: Kysely<DB>, replyId: string): Promise<{ authorId: string; approvalRequestedBy: string | null; subject: string } | null> {
  const reply = await findReply(db, replyId);
  return reply ? { authorId: reply.authorId, approvalRequestedBy: reply.approvalRequestedBy, subject: reply.subject } : null;
}
