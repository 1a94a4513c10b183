/**
 * The mail slice's face for incoming mail: whether a Message-ID was taken in already (and into
 * which case), which case a reply's references point to, and the record of a message taken in.
 * Intake's e-mail channel uses these, never the `emails` table.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { findCaseByReferences, findEmailCase, insertEmail } from './email.repository.js';

/** The case a message with this Message-ID went to, if it was taken in or sent already. */
export function caseOfMessageId(db: Kysely<DB>, messageId: string): Promise<{ caseId: string | null } | undefined> {
  return findEmailCase(db, messageId);
}

/** The case a reply refers to: by our own messages only ('out'), or by the petitioner's too ('in'). */
export function caseReferredTo(db: Kysely<DB>, references: readonly string[], whose: 'out' | 'in'): Promise<string | null> {
  return findCaseByReferences(db, references, whose);
}

/** Remembers a message taken in, in intake's transaction (its unique Message-ID refuses a second). */
export function recordIncomingEmail(
  trx: Kysely<DB>,
  e: { messageId: string; caseId: string; rawSha256: string; fromAddress: string | null; subject: string | null; inReplyTo: string | null; at: Date },
): Promise<void> {
  return insertEmail(trx, { ...e, direction: 'in', at: e.at.toISOString() });
}
