/**
 * A message the resident writes on their status page (with documents the intake pipeline has just
 * attached): on the trail as the petitioner's, and, when the desk was waiting for information, the
 * case goes back to work (recordFollowUpMessage moves it through moveCase, which resumes the clock).
 * Runs inside intake's transaction.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { DomainError } from '../errors.js';
import type { CaseStatus } from './case.js';
import { findCaseById } from './case.repository.js';
import { recordFollowUpMessage } from './add-message.js';

/**
 * A closed case has nobody left to read a message on it, and a forwarded one belongs to another
 * institution: there the page says where to write instead.
 */
export function takesResidentMessages(status: CaseStatus): boolean {
  return status !== 'closed' && status !== 'forwarded';
}

export async function recordResidentMessage(
  trx: Kysely<DB>,
  caseId: string,
  message: { subject: string; text: string; documentIds: string[] },
  at: Date,
): Promise<void> {
  // Read again inside the transaction: the case may have been closed since the page was shown.
  const kase = await findCaseById(trx, caseId);
  if (!kase || !takesResidentMessages(kase.status)) {
    throw new DomainError('conflict', 'the case takes no more messages', { i18nKey: 'followUp.closedMeanwhile' });
  }
  await recordFollowUpMessage(trx, caseId, { channel: 'web', subject: message.subject, text: message.text, documentIds: message.documentIds }, at);
}
