/**
 * The append-only audit trail. `appendCaseEvent` must run inside the transaction that makes
 * the change it records; it updates the case row first, which takes the row lock on
 * PostgreSQL (SQLite serialises writers), so two transactions never fork the chain.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';
import { eventHash, GENESIS_HASH, type ChainedEventContent } from './audit-chain.js';
import type { ActorType, CaseEventType, Visibility } from './case.js';
import { caseEventBodySchema, readEventBody, type CaseEvent, type CaseEventBody } from './case-events.js';

/** An event to append: its type and data checked together (case-events.ts). */
export type NewCaseEvent = CaseEventBody & {
  actorType: ActorType;
  actorId: string | null;
  visibility: Visibility;
  at: Date;
};

export async function appendCaseEvent(trx: Kysely<DB>, caseId: string, event: NewCaseEvent): Promise<CaseEvent> {
  const createdAt = event.at.toISOString();
  // Checked at run time too: what is stored (and hashed) is always what the schema reads back.
  const body = caseEventBodySchema.parse({ type: event.type, data: event.data });
  // Touch the case first: the row lock makes head read-and-advance atomic on PostgreSQL.
  await trx.updateTable('cases').set({ updated_at: createdAt }).where('id', '=', caseId).execute();
  const head = await trx
    .selectFrom('cases')
    .select(['audit_head', 'audit_seq'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  const content = {
    caseId,
    seq: head.audit_seq + 1,
    type: body.type,
    actorType: event.actorType,
    actorId: event.actorId,
    visibility: event.visibility,
    data: JSON.stringify(body.data),
    createdAt,
  };
  const prevHash = head.audit_seq === 0 ? GENESIS_HASH : head.audit_head;
  const hash = eventHash(prevHash, content);
  const id = newId();
  await trx
    .insertInto('case_events')
    .values({
      id,
      case_id: caseId,
      seq: content.seq,
      type: content.type,
      actor_type: content.actorType,
      actor_id: content.actorId,
      visibility: content.visibility,
      data: content.data,
      created_at: createdAt,
      prev_hash: prevHash,
      hash,
    })
    .execute();
  await trx.updateTable('cases').set({ audit_head: hash, audit_seq: content.seq }).where('id', '=', caseId).execute();
  // The transactional outbox: the event and the note that someone may have to be told of it commit
  // together (notifications/dispatch-events.ts reads these; nothing here knows who is told).
  await trx.insertInto('case_event_outbox').values({ event_id: id, case_id: caseId, type: content.type, created_at: createdAt }).execute();
  return { id, caseId, seq: content.seq, ...body, actorType: event.actorType, actorId: event.actorId, visibility: event.visibility, createdAt, prevHash, hash };
}

type EventRow = DB['case_events'];

/** Stored JSON to a typed event; a row that is not even JSON reads as unrecognised too. */
function bodyOf(type: string, json: string) {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    data = json;
  }
  return readEventBody(type, data);
}

function toEvent(row: EventRow): CaseEvent {
  return {
    id: row.id,
    caseId: row.case_id,
    seq: Number(row.seq),
    ...bodyOf(row.type, row.data),
    actorType: row.actor_type,
    actorId: row.actor_id,
    visibility: row.visibility,
    createdAt: row.created_at,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export async function listCaseEvents(db: Kysely<DB>, caseId: string, options: { publicOnly?: boolean } = {}): Promise<CaseEvent[]> {
  let query = db.selectFrom('case_events').selectAll().where('case_id', '=', caseId);
  if (options.publicOnly) query = query.where('visibility', '=', 'public');
  const rows = await query.orderBy('seq', 'asc').execute();
  return rows.map(toEvent);
}

/** Stored rows for verification (data as stored, not re-serialised), one case at a time, in chain order. */
export async function* streamChains(db: Kysely<DB>): AsyncGenerator<{
  caseId: string;
  number: string;
  head: { hash: string; seq: number };
  events: (ChainedEventContent & { prevHash: string; hash: string })[];
}> {
  const cases = await db.selectFrom('cases').select(['id', 'number', 'audit_head', 'audit_seq']).orderBy('id').execute();
  for (const c of cases) {
    const rows = await db.selectFrom('case_events').selectAll().where('case_id', '=', c.id).orderBy('seq', 'asc').execute();
    const events = rows.map((r) => ({
      caseId: r.case_id,
      seq: Number(r.seq),
      type: r.type,
      actorType: r.actor_type,
      actorId: r.actor_id,
      visibility: r.visibility,
      data: r.data,
      createdAt: r.created_at,
      prevHash: r.prev_hash,
      hash: r.hash,
    }));
    yield { caseId: c.id, number: c.number, head: { hash: c.audit_head, seq: Number(c.audit_seq) }, events };
  }
}

/** Events of the given types across all cases (for reports), oldest first; rows that fit no schema are left out. */
export async function listEventsOfTypes<T extends CaseEventType>(
  db: Kysely<DB>,
  types: readonly T[],
  since?: string,
): Promise<({ caseId: string; createdAt: string } & Extract<CaseEventBody, { type: T }>)[]> {
  let q = db.selectFrom('case_events').select(['case_id', 'type', 'data', 'created_at']).where('type', 'in', [...types]);
  if (since) q = q.where('created_at', '>=', since);
  const rows = await q.orderBy('created_at').execute();
  return rows.flatMap((r) => {
    const body = bodyOf(r.type, r.data);
    return body.type === 'unrecognised' ? [] : [{ caseId: r.case_id, createdAt: r.created_at, ...(body as Extract<CaseEventBody, { type: T }>) }];
  });
}

/** The oldest events the notifications dispatcher has not looked at yet, oldest first. */
export async function listUnseenEvents(db: Kysely<DB>, limit: number): Promise<{ eventId: string; caseId: string }[]> {
  const rows = await db.selectFrom('case_event_outbox').select(['event_id', 'case_id']).orderBy('created_at').orderBy('event_id').limit(limit).execute();
  return rows.map((r) => ({ eventId: r.event_id, caseId: r.case_id }));
}

/**
 * Takes an event off the outbox inside the caller's transaction: true for the one transaction
 * that took it (on PostgreSQL a second one waits on the row lock, then finds it gone).
 */
export async function takeUnseenEvent(trx: Kysely<DB>, eventId: string): Promise<boolean> {
  const result = await trx.deleteFrom('case_event_outbox').where('event_id', '=', eventId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function findCaseEvent(db: Kysely<DB>, eventId: string): Promise<CaseEvent | undefined> {
  const row = await db.selectFrom('case_events').selectAll().where('id', '=', eventId).executeTakeFirst();
  return row ? toEvent(row) : undefined;
}

export async function countUnseenEvents(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('case_event_outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
