/** Visits, the slots they occupy, their audit trail and reference counter: rows ↔ domain types. */
import { PostgresAdapter, sql, type Kysely, type Selectable } from 'kysely';
import type { CalendarDate } from '../deadlines/calendar.js';
import type { DB, VisitsTable } from '../db/schema.js';
import { toLocalDateTime } from './local-time.js';
import type { Visit, VisitChannel, VisitStatus } from './visit.js';

/** A visit with what only the desk needs: its service's row id, UTC instants and the code's hash. */
export type StoredVisit = Visit & { serviceId: string; startsAt: string; endsAt: string; codeHash: string; personKey: string };

function toVisit(r: Selectable<VisitsTable> & { service_slug: string }): StoredVisit {
  return {
    id: r.id, reference: r.reference, serviceSlug: r.service_slug, serviceId: r.service_id, servicePointId: r.service_point_id,
    counter: Number(r.counter), start: toLocalDateTime(new Date(r.starts_at)), end: toLocalDateTime(new Date(r.ends_at)),
    startsAt: r.starts_at, endsAt: r.ends_at, status: r.status, channel: r.channel,
    person: { name: r.person_name, phone: r.person_phone, email: r.person_email, language: r.person_language },
    personKey: r.person_key, whyVisit: r.why_visit, caseNumber: r.case_number, notes: r.notes, codeHash: r.code_hash,
    createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

function visitQuery(db: Kysely<DB>) {
  return db.selectFrom('visits').innerJoin('bookable_services', 'bookable_services.id', 'visits.service_id').selectAll('visits').select('bookable_services.slug as service_slug');
}

export async function findVisitById(db: Kysely<DB>, id: string): Promise<StoredVisit | null> {
  const row = await visitQuery(db).where('visits.id', '=', id).executeTakeFirst();
  return row ? toVisit(row) : null;
}

export async function findVisitByReference(db: Kysely<DB>, reference: string): Promise<StoredVisit | null> {
  const row = await visitQuery(db).where('visits.reference', '=', reference).executeTakeFirst();
  return row ? toVisit(row) : null;
}

export async function listVisitsOfPointOnDate(db: Kysely<DB>, servicePointId: string, date: CalendarDate): Promise<StoredVisit[]> {
  const rows = await visitQuery(db).where('visits.service_point_id', '=', servicePointId).where('visits.local_date', '=', date)
    .orderBy('visits.starts_at').orderBy('visits.counter').execute();
  return rows.map(toVisit);
}

export async function listVisitsByCaseNumber(db: Kysely<DB>, caseNumber: string): Promise<StoredVisit[]> {
  return (await visitQuery(db).where('visits.case_number', '=', caseNumber).orderBy('visits.starts_at').execute()).map(toVisit);
}

/** Booked visits starting within [from, to) (UTC ISO): the reminder sweep's day. */
export async function listBookedVisitsBetween(db: Kysely<DB>, from: string, to: string): Promise<StoredVisit[]> {
  return (await visitQuery(db).where('visits.status', '=', 'booked').where('visits.starts_at', '>=', from).where('visits.starts_at', '<', to)
    .orderBy('visits.starts_at').execute()).map(toVisit);
}

/** Visits of the person still ahead (booked or checked in, not yet ended). */
export async function countFutureVisitsOf(db: Kysely<DB>, personKey: string, now: string, exceptVisitId?: string): Promise<number> {
  let query = db.selectFrom('visits').select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('person_key', '=', personKey).where('status', 'in', ['booked', 'checked_in']).where('ends_at', '>', now);
  if (exceptVisitId) query = query.where('id', '<>', exceptVisitId);
  return Number((await query.executeTakeFirst())?.n ?? 0);
}

/**
 * On PostgreSQL, two bookings for one person at the same moment would each count the other's visit
 * as absent: a transaction-scoped advisory lock on the person makes them take turns. SQLite has one
 * writer at a time already.
 */
export async function lockPerson(trx: Kysely<DB>, personKey: string): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) await sql`select pg_advisory_xact_lock(hashtext(${`visit-person:${personKey}`}))`.execute(trx);
}

/** Occupied slots of points from `from` to `to` (UTC ISO, half-open). */
export async function listOccupiedSlots(db: Kysely<DB>, pointIds: readonly string[], from: string, to: string): Promise<{ servicePointId: string; counter: number; slotStart: string }[]> {
  if (pointIds.length === 0) return [];
  const rows = await db.selectFrom('visit_slots').select(['service_point_id', 'counter', 'slot_start'])
    .where('service_point_id', 'in', [...pointIds]).where('slot_start', '>=', from).where('slot_start', '<', to).execute();
  return rows.map((r) => ({ servicePointId: r.service_point_id, counter: Number(r.counter), slotStart: r.slot_start }));
}

/** The next reference number of the year, inside the caller's transaction (atomic upsert on both dialects). */
export async function takeVisitSequence(trx: Kysely<DB>, year: number): Promise<number> {
  const row = await trx.insertInto('visit_counters').values({ year, last_seq: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet({ last_seq: sql<number>`visit_counters.last_seq + 1` }))
    .returning('last_seq').executeTakeFirstOrThrow();
  return Number(row.last_seq);
}

export interface VisitRow {
  id: string; reference: string; serviceId: string; servicePointId: string; counter: number; startsAt: string; endsAt: string; localDate: CalendarDate;
  channel: VisitChannel; person: Visit['person']; personKey: string; whyVisit: string | null; codeHash: string; createdBy: string | null; at: string;
}

export async function insertVisit(trx: Kysely<DB>, v: VisitRow): Promise<void> {
  await trx.insertInto('visits').values({
    id: v.id, reference: v.reference, service_id: v.serviceId, service_point_id: v.servicePointId, counter: v.counter,
    starts_at: v.startsAt, ends_at: v.endsAt, local_date: v.localDate, status: 'booked', channel: v.channel,
    person_name: v.person.name, person_phone: v.person.phone, person_email: v.person.email, person_language: v.person.language,
    person_key: v.personKey, why_visit: v.whyVisit, code_hash: v.codeHash, case_number: null, notes: null,
    created_by: v.createdBy, created_at: v.at, updated_at: v.at,
  }).execute();
}

/** Thrown by occupySlots when the unique key refused a slot: another booking holds it. */
export class SlotOccupiedError extends Error {
  constructor() {
    super('visit slot already occupied');
    this.name = 'SlotOccupiedError';
  }
}

/** A unique-key violation on visit_slots, as each driver reports it (pg: SQLSTATE 23505; better-sqlite3: SQLITE_CONSTRAINT_*). */
function isSlotUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (e?.code === '23505') return e.constraint === 'visit_slots_pk';
  if (e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE') return String(e.message).includes('visit_slots.');
  return false;
}

/**
 * Takes the slots for the visit: one insert, which the primary key (service_point_id, counter,
 * slot_start) refuses if any slot is held. Nothing is checked first: the constraint is the check.
 * On PostgreSQL the refusal aborts the transaction, so the caller must let it roll back.
 */
export async function occupySlots(trx: Kysely<DB>, visitId: string, servicePointId: string, counter: number, slotStarts: readonly string[]): Promise<void> {
  try {
    await trx.insertInto('visit_slots').values(slotStarts.map((slot_start) => ({ service_point_id: servicePointId, counter, slot_start, visit_id: visitId }))).execute();
  } catch (error) {
    if (isSlotUniqueViolation(error)) throw new SlotOccupiedError();
    throw error;
  }
}

export async function freeSlotsOfVisit(trx: Kysely<DB>, visitId: string): Promise<void> {
  await trx.deleteFrom('visit_slots').where('visit_id', '=', visitId).execute();
}

export async function updateVisit(
  trx: Kysely<DB>, id: string,
  patch: Partial<{ status: VisitStatus; servicePointId: string; counter: number; startsAt: string; endsAt: string; localDate: string; caseNumber: string; notes: string | null }>,
  at: string,
): Promise<void> {
  await trx.updateTable('visits').set({
    updated_at: at,
    ...(patch.status !== undefined ? { status: patch.status } : {}),
    ...(patch.servicePointId !== undefined ? { service_point_id: patch.servicePointId } : {}),
    ...(patch.counter !== undefined ? { counter: patch.counter } : {}),
    ...(patch.startsAt !== undefined ? { starts_at: patch.startsAt } : {}),
    ...(patch.endsAt !== undefined ? { ends_at: patch.endsAt } : {}),
    ...(patch.localDate !== undefined ? { local_date: patch.localDate } : {}),
    ...(patch.caseNumber !== undefined ? { case_number: patch.caseNumber } : {}),
    ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
  }).where('id', '=', id).execute();
}

export async function appendVisitEvent(trx: Kysely<DB>, e: { id: string; visitId: string; type: string; actorId: string | null; data: Record<string, unknown>; at: string }): Promise<void> {
  await trx.insertInto('visit_events').values({ id: e.id, visit_id: e.visitId, type: e.type, actor_id: e.actorId, data: JSON.stringify(e.data), created_at: e.at }).execute();
}

export async function listVisitEvents(db: Kysely<DB>, visitId: string): Promise<{ type: string; at: string; actorName: string | null }[]> {
  const rows = await db.selectFrom('visit_events').leftJoin('users', 'users.id', 'visit_events.actor_id')
    .select(['visit_events.type', 'visit_events.created_at', 'users.name']).where('visit_events.visit_id', '=', visitId)
    .orderBy('visit_events.created_at').orderBy('visit_events.id').execute();
  return rows.map((r) => ({ type: r.type, at: r.created_at, actorName: r.name ?? null }));
}

export async function insertRemoteOutcome(trx: Kysely<DB>, o: { id: string; serviceId: string; alternative: string; note: string | null; actorId: string; localDate: string; at: string }): Promise<void> {
  await trx.insertInto('visit_remote_outcomes').values({ id: o.id, service_id: o.serviceId, alternative: o.alternative, note: o.note, actor_id: o.actorId, local_date: o.localDate, created_at: o.at }).execute();
}

export async function updateVisitReference(trx: Kysely<DB>, id: string, reference: string): Promise<void> {
  await trx.updateTable('visits').set({ reference }).where('id', '=', id).execute();
}
