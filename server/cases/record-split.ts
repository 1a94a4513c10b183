/**
 * The trail of a split (intake/split-document.ts): the new case says which case and document its
 * pages came from, the original case which of its document's pages went to which new case. Runs
 * inside intake's transaction that opens the new case, so the case and both events commit together.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { ActorType } from './case.js';
import { appendCaseEvent } from './case-event.repository.js';
import { findCaseById } from './case.repository.js';

export interface SplitRecord {
  fromCaseId: string;
  documentId: string;
  newCaseId: string;
  pages: { from: number; to: number };
  actor: { actorType: ActorType; actorId: string | null };
  at: Date;
}

export async function recordSplit(trx: Kysely<DB>, split: SplitRecord): Promise<void> {
  const from = await findCaseById(trx, split.fromCaseId);
  const opened = await findCaseById(trx, split.newCaseId);
  if (!from || !opened) throw new Error('split between cases that do not exist');
  const event = { ...split.actor, visibility: 'internal' as const, at: split.at };
  await appendCaseEvent(trx, opened.id, {
    type: 'split_from', ...event, data: { caseId: from.id, caseNumber: from.number, documentId: split.documentId, pages: split.pages },
  });
  await appendCaseEvent(trx, from.id, {
    type: 'split_into', ...event, data: { caseId: opened.id, caseNumber: opened.number, documentId: split.documentId, pages: split.pages },
  });
}
