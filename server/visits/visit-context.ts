/** What several visit use cases read the same way: the service, its points, their days, the public visit. */
import type { Kysely } from 'kysely';
import type { CalendarDate } from '../deadlines/calendar.js';
import type { DB } from '../db/schema.js';
import { NotFoundError } from '../errors.js';
import { findServicePointRow, listBookableServiceRows, listClosures, listServicePointRows, type StoredBookableService } from './catalogue.repository.js';
import { openingHoursOn } from './opening-hours.js';
import type { StoredVisit } from './visit.repository.js';
import type { OpeningHours, ServicePoint, Visit } from './visit.js';

export async function loadBookableService(db: Kysely<DB>, slug: string, options: { activeOnly?: boolean } = { activeOnly: true }): Promise<StoredBookableService> {
  const [service] = await listBookableServiceRows(db, { slug, activeOnly: options.activeOnly });
  if (!service) throw new NotFoundError('bookable service');
  return service;
}

export async function loadServiceById(db: Kysely<DB>, id: string): Promise<StoredBookableService> {
  const [service] = await listBookableServiceRows(db, { id });
  if (!service) throw new NotFoundError('bookable service');
  return service;
}

export async function loadServicePoint(db: Kysely<DB>, id: string): Promise<ServicePoint> {
  const point = await findServicePointRow(db, id);
  if (!point) throw new NotFoundError('service point');
  return point;
}

/** The active points that offer the service (or the one asked for, if it offers it). */
export async function pointsOffering(db: Kysely<DB>, service: StoredBookableService, servicePointId?: string): Promise<ServicePoint[]> {
  const ids = new Set(servicePointId ? service.servicePointIds.filter((id) => id === servicePointId) : service.servicePointIds);
  return (await listServicePointRows(db, { activeOnly: true })).filter((p) => ids.has(p.id));
}

/** The opening hours of each point on each date of [from, to], closures included. */
export async function hoursOfPoints(db: Kysely<DB>, points: readonly ServicePoint[], from: CalendarDate, to: CalendarDate): Promise<(point: ServicePoint, date: CalendarDate) => OpeningHours | null> {
  const closures = await listClosures(db, points.map((p) => p.id), from, to);
  const closed = new Map<string, Set<CalendarDate>>();
  for (const c of closures) closed.set(c.servicePointId, (closed.get(c.servicePointId) ?? new Set()).add(c.date));
  return (point, date) => openingHoursOn(point, date, closed.get(point.id));
}

/** The visit as callers see it: no code hash, no internal keys. */
export function publicVisit(v: StoredVisit): Visit {
  return {
    id: v.id, reference: v.reference, serviceSlug: v.serviceSlug, servicePointId: v.servicePointId, counter: v.counter, start: v.start, end: v.end,
    status: v.status, channel: v.channel, person: v.person, whyVisit: v.whyVisit, caseNumber: v.caseNumber, notes: v.notes,
    createdAt: v.createdAt, updatedAt: v.updatedAt,
  };
}
