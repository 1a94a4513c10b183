/**
 * A petitioner's further message on an existing case (an e-mail reply, a follow-up letter):
 * its documents join the case and, if we were waiting for information, the clock runs again.
 * One that may not be the petitioner's (matched on its subject only) is recorded as unverified and
 * moves nothing.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { findCaseById } from './case.repository.js';
import { appendCaseEvent } from './case-event.repository.js';
import { moveCase } from './move-case.js';
import { indexCaseText } from '../search/index.js';

export async function recordFollowUpMessage(
  trx: Kysely<DB>,
  caseId: string,
  message: { channel: 'email' | 'letter' | 'web'; subject: string; text: string; messageId?: string; fromAddress?: string | null; documentIds?: string[] },
  at: Date,
  options: { verified: boolean } = { verified: true },
): Promise<void> {
  const kase = await findCaseById(trx, caseId);
  if (!kase) throw new Error(`case ${caseId} vanished`);
  const data = { channel: message.channel, subject: message.subject, text: message.text.slice(0, 20_000), messageId: message.messageId ?? null };
  // The status page is reached only with the code or the signed link: a web message is always the petitioner's.
  if (!options.verified && message.channel !== 'web') {
    // Anyone can write the petitioner's From and a case number: staff see it, marked, and decide.
    await appendCaseEvent(trx, caseId, {
      type: 'unverified_message_received', actorType: 'system', actorId: null, visibility: 'internal',
      data: { ...data, channel: message.channel, fromAddress: message.fromAddress ?? null }, at,
    });
    await indexCaseText(trx, caseId, `message:${message.messageId ?? at.toISOString()}`, `${message.subject}\n${message.text}`);
    return;
  }
  const documentIds = message.documentIds?.length ? { documentIds: message.documentIds } : {};
  await appendCaseEvent(trx, caseId, {
    type: 'message_received', actorType: 'petitioner', actorId: kase.petitionerId, visibility: 'public', data: { ...data, ...documentIds }, at,
  });
  await indexCaseText(trx, caseId, `message:${message.messageId ?? at.toISOString()}`, `${message.subject}\n${message.text}`);
  if (kase.status === 'awaiting_information') {
    await moveCase(trx, kase, 'in_progress', { actor: { actorType: 'system', actorId: null }, at, reason: 'information_received' });
  }
}
