/**
 * The case events nobody has been told of yet. Every event is put on the outbox in the transaction
 * that appends it (case-event.repository.ts); the notifications slice reads them from here, decides
 * who is told, and takes each one off in the same transaction as what it wrote, so an event is
 * acted on exactly once however often a dispatcher dies or two of them run.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { CaseEvent } from './case-events.js';
import { countUnseenEvents, findCaseEvent, listUnseenEvents, takeUnseenEvent } from './case-event.repository.js';

export async function listEventsToDispatch(db: Kysely<DB>, limit = 100): Promise<{ eventId: string; caseId: string }[]> {
  return listUnseenEvents(db, limit);
}

/** The event, if this transaction is the one that takes it off the outbox; null when another did. */
export async function takeEventToDispatch(trx: Kysely<DB>, eventId: string): Promise<CaseEvent | null> {
  if (!(await takeUnseenEvent(trx, eventId))) return null;
  return (await findCaseEvent(trx, eventId)) ?? null;
}

export async function countEventsToDispatch(db: Kysely<DB>): Promise<number> {
  return countUnseenEvents(db);
}
