/** The free slots of a service on a date, and the day picker's counts. */
import { addCalendarDays, isValidCalendarDate, type CalendarDate } from '../deadlines/calendar.js';
import { InvalidInputError } from '../errors.js';
import type { VisitDeps } from './deps.js';
import { fromLocalDateTime } from './local-time.js';
import { countFreeStarts, freeSlotsOfPoint, slotKey } from './slots.js';
import { listOccupiedSlots } from './visit.repository.js';
import { hoursOfPoints, loadBookableService, pointsOffering } from './visit-context.js';
import type { FreeSlot } from './visit.js';

/** The longest stretch a day picker may ask for at once. */
const MAX_DAYS = 92;

/** Free slots per date over [from, from + days), for every point offering the service (or one). */
async function freeSlotsByDate(deps: VisitDeps, serviceSlug: string, from: CalendarDate, days: number, servicePointId?: string): Promise<Map<CalendarDate, FreeSlot[]>> {
  if (!isValidCalendarDate(from)) throw new InvalidInputError('not a date', { date: from });
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw new InvalidInputError(`days must be 1–${MAX_DAYS}`, { days });
  const service = await loadBookableService(deps.db, serviceSlug);
  const points = await pointsOffering(deps.db, service, servicePointId);
  const to = addCalendarDays(from, days - 1);
  const hoursOf = await hoursOfPoints(deps.db, points, from, to);
  const occupiedRows = await listOccupiedSlots(deps.db, points.map((p) => p.id), fromLocalDateTime(`${from}T00:00`).toISOString(), fromLocalDateTime(`${addCalendarDays(to, 1)}T00:00`).toISOString());
  const occupied = new Map<string, Set<string>>();
  for (const r of occupiedRows) occupied.set(r.servicePointId, (occupied.get(r.servicePointId) ?? new Set()).add(slotKey(r.counter, r.slotStart)));
  const now = deps.clock.now();
  const byDate = new Map<CalendarDate, FreeSlot[]>();
  for (let i = 0; i < days; i += 1) {
    const date = addCalendarDays(from, i);
    const slots = points.flatMap((p) => freeSlotsOfPoint(p, date, hoursOf(p, date), service.durationSlots, occupied.get(p.id) ?? new Set(), now));
    slots.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    byDate.set(date, slots);
  }
  return byDate;
}

/**
 * Free slots of a service on a date over every service point that offers it (or one), earliest first;
 * none on a closed day, none already begun. A two-slot service needs two consecutive free slots at one counter.
 */
export async function freeSlots(deps: VisitDeps, serviceSlug: string, date: CalendarDate, options: { servicePointId?: string } = {}): Promise<FreeSlot[]> {
  return (await freeSlotsByDate(deps, serviceSlug, date, 1, options.servicePointId)).get(date) ?? [];
}

/** The next `days` calendar days from `from`, each with how many free starts it has (0 when closed). */
export async function freeDays(deps: VisitDeps, serviceSlug: string, from: CalendarDate, days: number, options: { servicePointId?: string } = {}): Promise<{ date: CalendarDate; free: number }[]> {
  const byDate = await freeSlotsByDate(deps, serviceSlug, from, days, options.servicePointId);
  return [...byDate].map(([date, slots]) => ({ date, free: countFreeStarts(slots) }));
}
