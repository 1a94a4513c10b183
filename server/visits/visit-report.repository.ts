/** The figures the managers' visit report is counted from. */
import type { Kysely } from 'kysely';
import type { CalendarDate } from '../deadlines/calendar.js';
import type { DB } from '../db/schema.js';
import type { VisitStatus } from './visit.js';

/** Each visit on a date in [from, to]: its point, date, status and how many slots it holds. */
export async function listVisitFacts(db: Kysely<DB>, from: CalendarDate, to: CalendarDate): Promise<{ servicePointId: string; date: CalendarDate; status: VisitStatus; slots: number }[]> {
  const rows = await db.selectFrom('visits').leftJoin('visit_slots', 'visit_slots.visit_id', 'visits.id')
    .select(['visits.id', 'visits.service_point_id', 'visits.local_date', 'visits.status'])
    .select((eb) => eb.fn.count<number | string>('visit_slots.slot_start').as('slots'))
    .where('visits.local_date', '>=', from).where('visits.local_date', '<=', to)
    .groupBy(['visits.id', 'visits.service_point_id', 'visits.local_date', 'visits.status']).execute();
  return rows.map((r) => ({ servicePointId: r.service_point_id, date: r.local_date, status: r.status, slots: Number(r.slots) }));
}

/** When each phone booking was made (UTC ISO), within [fromIso, toIso). */
export async function listPhoneBookingTimes(db: Kysely<DB>, fromIso: string, toIso: string): Promise<string[]> {
  const rows = await db.selectFrom('visits').select('created_at').where('channel', '=', 'phone')
    .where('created_at', '>=', fromIso).where('created_at', '<', toIso).execute();
  return rows.map((r) => r.created_at);
}

/** Calls that ended "done remotely", per Vilnius date in [from, to]. */
export async function countRemoteOutcomesByDate(db: Kysely<DB>, from: CalendarDate, to: CalendarDate): Promise<{ date: CalendarDate; n: number }[]> {
  const rows = await db.selectFrom('visit_remote_outcomes').select('local_date').select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('local_date', '>=', from).where('local_date', '<=', to).groupBy('local_date').execute();
  return rows.map((r) => ({ date: r.local_date, n: Number(r.n) }));
}
