/**
 * The counter's day: every visit of a service point on a date, per counter, with the free slots left;
 * check-in, served, no-show; a walk-in taking the earliest free slot from now on.
 */
import type { Actor } from '../auth/user.js';
import { isValidCalendarDate, vilniusDateOf, type CalendarDate } from '../deadlines/calendar.js';
import { inTransaction } from '../db/transaction.js';
import { DomainError, InvalidInputError } from '../errors.js';
import { newId } from '../ids.js';
import type { Lang } from '../languages.js';
import { listBookableServiceRows } from './catalogue.repository.js';
import type { VisitDeps } from './deps.js';
import { writeBooking } from './book-visit.js';
import { freeSlots } from './free-slots.js';
import { loadVisit } from './resident-visit.js';
import { serviceNames } from './staff-visit.js';
import { bookFirstFree, parseInput, slotCandidates } from './take-slot.js';
import { appendVisitEvent, listVisitsOfPointOnDate, updateVisit } from './visit.repository.js';
import { assertAllowed, mayWorkServicePoint } from './visit-access.js';
import { hoursOfPoints, loadBookableService, loadServicePoint, publicVisit } from './visit-context.js';
import { nextVisitStatus, type VisitAction } from './visit-status.js';
import { visitPersonSchema } from './visit.schema.js';
import type { BookedVisit, FreeSlot, OpeningHours, ServicePoint, Visit, VisitPerson } from './visit.js';

type NamedVisit = Visit & { serviceName: Record<Lang, string> };

export async function counterDay(deps: VisitDeps, actor: Actor, servicePointId: string, date: CalendarDate): Promise<{
  servicePoint: ServicePoint; date: CalendarDate; open: OpeningHours | null;
  counters: { counter: number; visits: NamedVisit[] }[]; freeSlots: FreeSlot[];
}> {
  if (!isValidCalendarDate(date)) throw new InvalidInputError('not a date', { date });
  const point = await loadServicePoint(deps.db, servicePointId);
  assertAllowed(mayWorkServicePoint(actor, point), "see this point's day");
  const open = (await hoursOfPoints(deps.db, [point], date, date))(point, date);
  const services = await listBookableServiceRows(deps.db);
  const names = new Map(services.map((s) => [s.slug, serviceNames(s.texts)]));
  const visits = await listVisitsOfPointOnDate(deps.db, point.id, date);
  const counters = Array.from({ length: point.counters }, (_, i) => ({
    counter: i + 1,
    visits: visits.filter((v) => v.counter === i + 1).map((v) => ({ ...publicVisit(v), serviceName: names.get(v.serviceSlug)! })),
  }));
  // Free one-slot starts of any service the point offers: what a walk-in could take.
  const offered = services.filter((s) => s.active && s.servicePointIds.includes(point.id));
  const oneSlot = offered.find((s) => s.durationSlots === 1) ?? offered[0];
  const free = oneSlot ? await freeSlots(deps, oneSlot.slug, date, { servicePointId: point.id }) : [];
  return { servicePoint: point, date, open, counters, freeSlots: free };
}

async function changeStatus(deps: VisitDeps, actor: Actor, visitId: string, action: Exclude<VisitAction, 'move' | 'cancel'>, extra: { notes?: string | null } = {}): Promise<Visit> {
  const visit = await loadVisit(deps, visitId);
  const point = await loadServicePoint(deps.db, visit.servicePointId);
  assertAllowed(mayWorkServicePoint(actor, point), 'work this counter');
  const now = deps.clock.now();
  const status = nextVisitStatus(action, visit.status, new Date(visit.startsAt), now);
  const notes = extra.notes?.trim() || null;
  // Notes go to the linked case first: if the case refuses them, the visit is unchanged.
  if (notes && visit.caseNumber) await deps.cases.addCaseNote(actor, visit.caseNumber, notes);
  const at = now.toISOString();
  await inTransaction(deps.db, async (trx) => {
    await updateVisit(trx, visit.id, { status, ...(notes ? { notes } : {}) }, at);
    await appendVisitEvent(trx, { id: newId(), visitId: visit.id, type: status, actorId: actor.id, data: notes ? { notes } : {}, at });
  });
  return { ...publicVisit(visit), status, notes: notes ?? visit.notes, updatedAt: at };
}

export const checkInVisit = (deps: VisitDeps, actor: Actor, visitId: string) => changeStatus(deps, actor, visitId, 'check_in');
/** Served; its notes land on the linked case as a note (and stay on the visit until a case is linked). */
export const markVisitServed = (deps: VisitDeps, actor: Actor, visitId: string, notes: string | null = null) => changeStatus(deps, actor, visitId, 'serve', { notes });
export const markVisitNoShow = (deps: VisitDeps, actor: Actor, visitId: string) => changeStatus(deps, actor, visitId, 'no_show');

/** A walk-in takes the earliest free slot of the service at the point from now on, today. */
export async function bookWalkIn(deps: VisitDeps, actor: Actor, input: { serviceSlug: string; servicePointId: string; person: VisitPerson }): Promise<BookedVisit> {
  const person = parseInput(visitPersonSchema, input.person);
  const point = await loadServicePoint(deps.db, input.servicePointId);
  assertAllowed(mayWorkServicePoint(actor, point), 'take walk-ins at this point');
  const service = await loadBookableService(deps.db, input.serviceSlug);
  const today = vilniusDateOf(deps.clock.now());
  const free = await freeSlots(deps, service.slug, today, { servicePointId: point.id });
  const firstStart = free[0]?.start;
  if (!firstStart) throw new DomainError('invalid_input', 'no free slot left today', { i18nKey: 'errors.visit_closed' });
  // Every counter free at the earliest start is a candidate; the unique key settles a race for one.
  const candidates = await slotCandidates(deps, service, firstStart, { servicePointId: point.id });
  return bookFirstFree(deps, candidates, (trx, choice) => writeBooking(trx, deps, { actor, service, choice, person, channel: 'walk_in', whyVisit: null }));
}

