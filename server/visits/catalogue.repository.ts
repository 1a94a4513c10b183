/** Service points, their hours and closures, and the bookable services: rows ↔ domain types. */
import type { Kysely, Selectable } from 'kysely';
import type { CalendarDate } from '../deadlines/calendar.js';
import type { BookableServicesTable, DB, ServicePointsTable } from '../db/schema.js';
import type { Lang } from '../languages.js';
import type { BookableService, IsoWeekday, OpeningHours, ServicePoint, ServicePointClosure } from './visit.js';

function toServicePoint(r: Selectable<ServicePointsTable>, hours: { weekday: number; opens: string; closes: string }[]): ServicePoint {
  const weekly: Partial<Record<IsoWeekday, OpeningHours>> = {};
  for (const h of hours) weekly[h.weekday as IsoWeekday] = { opens: h.opens, closes: h.closes };
  return {
    id: r.id, slug: r.slug, departmentId: r.department_id, address: r.address, counters: Number(r.counters), active: Number(r.active) === 1,
    names: { lt: r.name_lt, pl: r.name_pl, ru: r.name_ru, en: r.name_en }, hours: weekly,
  };
}

export async function listServicePointRows(db: Kysely<DB>, options: { activeOnly?: boolean } = {}): Promise<ServicePoint[]> {
  let query = db.selectFrom('service_points').selectAll().orderBy('department_id').orderBy('name_lt');
  if (options.activeOnly) query = query.where('active', '=', 1);
  const points = await query.execute();
  const hours = await db.selectFrom('service_point_hours').selectAll().execute();
  return points.map((p) => toServicePoint(p, hours.filter((h) => h.service_point_id === p.id)));
}

export async function findServicePointRow(db: Kysely<DB>, id: string): Promise<ServicePoint | null> {
  const point = await db.selectFrom('service_points').selectAll().where('id', '=', id).executeTakeFirst();
  if (!point) return null;
  const hours = await db.selectFrom('service_point_hours').selectAll().where('service_point_id', '=', id).execute();
  return toServicePoint(point, hours);
}

/** Closure dates per point within [from, to]. */
export async function listClosures(db: Kysely<DB>, pointIds: readonly string[], from: CalendarDate, to: CalendarDate): Promise<ServicePointClosure[]> {
  if (pointIds.length === 0) return [];
  const rows = await db.selectFrom('service_point_closures').selectAll()
    .where('service_point_id', 'in', [...pointIds]).where('date', '>=', from).where('date', '<=', to).execute();
  return rows.map((r) => ({ servicePointId: r.service_point_id, date: r.date, reason: r.reason }));
}

function toBookableService(r: Selectable<BookableServicesTable>, pointIds: string[]): BookableService {
  const text = (lang: Lang) => ({ name: r[`name_${lang}`], description: r[`description_${lang}`] });
  return {
    slug: r.slug, departmentId: r.department_id, durationSlots: Number(r.duration_slots), servicePointIds: pointIds, active: Number(r.active) === 1,
    texts: { lt: text('lt'), pl: text('pl'), ru: text('ru'), en: text('en') },
    remote: { possible: Number(r.remote_possible) === 1, eServiceUrl: r.e_service_url, petitionForm: Number(r.petition_form) === 1 },
  };
}

/** A bookable service with its row id (visits reference services by id). */
export type StoredBookableService = BookableService & { id: string };

export async function listBookableServiceRows(db: Kysely<DB>, options: { slug?: string; id?: string; activeOnly?: boolean } = {}): Promise<StoredBookableService[]> {
  let query = db.selectFrom('bookable_services').selectAll().orderBy('department_id').orderBy('name_lt');
  if (options.slug !== undefined) query = query.where('slug', '=', options.slug);
  if (options.id !== undefined) query = query.where('id', '=', options.id);
  if (options.activeOnly) query = query.where('active', '=', 1);
  const services = await query.execute();
  if (services.length === 0) return [];
  const links = await db.selectFrom('bookable_service_points').innerJoin('service_points', 'service_points.id', 'bookable_service_points.service_point_id')
    .select(['bookable_service_points.service_id', 'bookable_service_points.service_point_id'])
    .where('bookable_service_points.service_id', 'in', services.map((s) => s.id))
    .orderBy('service_points.name_lt').execute();
  return services.map((s) => ({ ...toBookableService(s, links.filter((l) => l.service_id === s.id).map((l) => l.service_point_id)), id: s.id }));
}

// --- writing the reference data (the demo seed; an admin screen later) -------------------------------------

export interface ServicePointRecord { id: string; slug: string; departmentId: string; names: Record<Lang, string>; address: string; counters: number; hours: ServicePoint['hours'] }

/** Inserts the point or updates it by slug, replacing its weekly hours; returns its id. */
export async function upsertServicePoint(trx: Kysely<DB>, p: ServicePointRecord, at: string): Promise<string> {
  const existing = await trx.selectFrom('service_points').select('id').where('slug', '=', p.slug).executeTakeFirst();
  const values = { department_id: p.departmentId, name_lt: p.names.lt, name_pl: p.names.pl, name_ru: p.names.ru, name_en: p.names.en, address: p.address, counters: p.counters };
  const id = existing?.id ?? p.id;
  if (existing) await trx.updateTable('service_points').set(values).where('id', '=', id).execute();
  else await trx.insertInto('service_points').values({ id, slug: p.slug, ...values, active: 1, created_at: at }).execute();
  await trx.deleteFrom('service_point_hours').where('service_point_id', '=', id).execute();
  const hours = Object.entries(p.hours).map(([weekday, h]) => ({ service_point_id: id, weekday: Number(weekday), opens: h!.opens, closes: h!.closes }));
  if (hours.length > 0) await trx.insertInto('service_point_hours').values(hours).execute();
  return id;
}

export async function upsertClosure(trx: Kysely<DB>, c: ServicePointClosure): Promise<void> {
  await trx.insertInto('service_point_closures').values({ service_point_id: c.servicePointId, date: c.date, reason: c.reason })
    .onConflict((oc) => oc.columns(['service_point_id', 'date']).doUpdateSet({ reason: c.reason })).execute();
}

/** Inserts the service or updates it by slug, replacing where it is offered; returns its id. */
export async function upsertBookableService(trx: Kysely<DB>, s: BookableService & { id: string }, at: string): Promise<string> {
  const existing = await trx.selectFrom('bookable_services').select('id').where('slug', '=', s.slug).executeTakeFirst();
  const values = {
    department_id: s.departmentId, duration_slots: s.durationSlots, remote_possible: s.remote.possible ? 1 : 0, e_service_url: s.remote.eServiceUrl,
    petition_form: s.remote.petitionForm ? 1 : 0,
    name_lt: s.texts.lt.name, name_pl: s.texts.pl.name, name_ru: s.texts.ru.name, name_en: s.texts.en.name,
    description_lt: s.texts.lt.description, description_pl: s.texts.pl.description, description_ru: s.texts.ru.description, description_en: s.texts.en.description,
  };
  const id = existing?.id ?? s.id;
  if (existing) await trx.updateTable('bookable_services').set(values).where('id', '=', id).execute();
  else await trx.insertInto('bookable_services').values({ id, slug: s.slug, ...values, active: s.active ? 1 : 0, created_at: at }).execute();
  await trx.deleteFrom('bookable_service_points').where('service_id', '=', id).execute();
  if (s.servicePointIds.length > 0) await trx.insertInto('bookable_service_points').values(s.servicePointIds.map((p) => ({ service_id: id, service_point_id: p }))).execute();
  return id;
}
