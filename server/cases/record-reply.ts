/**
 * The case side of a reply: drafting and approval are noted on the trail; sending attaches the
 * signed letter and moves the case on (answered, waiting for information, or forwarded) — in the
 * same transaction as the event that says so.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Lang } from '../languages.js';
import { canTransition, type CaseStatus } from './case.js';
import type { CaseEventData } from './case-events.js';
import { findCaseById, updateCase } from './case.repository.js';
import { appendCaseEvent } from './case-event.repository.js';
import { attachDocument } from './documents/attach-document.js';
import { moveCase } from './move-case.js';

type ReplyNote =
  | { type: 'reply_drafted'; data: CaseEventData<'reply_drafted'> }
  | { type: 'reply_approved'; data: CaseEventData<'reply_approved'> }
  | { type: 'reply_approval_requested'; data: CaseEventData<'reply_approval_requested'> }
  | { type: 'reply_returned'; data: CaseEventData<'reply_returned'> };

export async function noteReplyEvent<T extends ReplyNote['type']>(
  trx: Kysely<DB>,
  caseId: string,
  type: T,
  actorId: string,
  data: Extract<ReplyNote, { type: T }>['data'],
  at: Date,
): Promise<void> {
  const note = { type, data } as ReplyNote;
  await appendCaseEvent(trx, caseId, { ...note, actorType: 'user', actorId, visibility: 'internal', at });
}

export async function recordReplySent(
  trx: Kysely<DB>,
  caseId: string,
  sent: { actorId: string; replyId: string; filename: string; sha256: string; sizeBytes: number; outcome: 'answered' | 'awaiting_information' | 'forwarded' | null; delivery: string },
  at: Date,
): Promise<string> {
  const kase = await findCaseById(trx, caseId);
  if (!kase) throw new Error(`case ${caseId} vanished`);
  const documentId = await attachDocument(
    trx, caseId,
    { role: 'reply', filename: sent.filename, mediaType: 'application/pdf', sha256: sent.sha256, sizeBytes: sent.sizeBytes, status: 'extracted' },
    { actorType: 'user', actorId: sent.actorId }, at,
  );
  // Work on a case that was only registered or assigned starts with its reply: walk the legal moves.
  const steps: CaseStatus[] = [];
  if (sent.outcome) {
    if (sent.outcome !== 'forwarded') {
      if (kase.status === 'registered') steps.push('assigned');
      if (kase.status === 'registered' || kase.status === 'assigned') steps.push('in_progress');
    }
    steps.push(sent.outcome);
  }
  let status = kase.status;
  for (const next of steps) {
    if (!canTransition(status, next)) break;
    const assign = next === 'assigned' && !kase.assigneeId ? { assigneeId: sent.actorId } : {};
    await moveCase(trx, { id: caseId, status }, next, { actor: { actorType: 'user', actorId: sent.actorId }, at, patch: assign });
    status = next;
  }
  await appendCaseEvent(trx, caseId, {
    type: 'reply_sent', actorType: 'user', actorId: sent.actorId, visibility: 'public',
    data: { replyId: sent.replyId, documentId, delivery: sent.delivery }, at,
  });
  return documentId;
}

export async function changeReplyLanguageInTrx(trx: Kysely<DB>, caseId: string, from: Lang, to: Lang, actorId: string, at: Date): Promise<void> {
  await updateCase(trx, caseId, { replyLanguage: to }, at);
  await appendCaseEvent(trx, caseId, { type: 'language_changed', actorType: 'user', actorId, visibility: 'internal', data: { field: 'replyLanguage', from, to }, at });
}

/** The registry posted the case's signed letter: on the public trail (the resident sees the day it went). */
export async function recordLetterPosted(trx: Kysely<DB>, caseId: string, actorId: string, data: CaseEventData<'letter_posted'>, at: Date): Promise<void> {
  await appendCaseEvent(trx, caseId, { type: 'letter_posted', actorType: 'user', actorId, visibility: 'public', data, at });
}
