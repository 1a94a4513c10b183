/**
 * The 15-minute grid of a service point's day, and which starts are free. Pure: hours come from
 * opening-hours.ts, occupied slots and "now" are passed in.
 *
 * A visit of n slots needs n consecutive free slots at one counter, all inside the opening hours.
 * Occupied slots are keyed by counter and UTC instant, as `visit_slots` stores them.
 */
import type { CalendarDate } from '../deadlines/calendar.js';
import { fromLocalDateTime, localDateOf, localDateTime, localTimeOf, minutesOf, timeOfMinutes } from './local-time.js';
import { SLOT_MINUTES, type FreeSlot, type LocalDateTime, type LocalTime, type OpeningHours, type ServicePoint } from './visit.js';

/** The key of one occupied slot: counter and UTC ISO instant. */
export function slotKey(counter: number, slotStart: string): string {
  return `${counter}|${slotStart}`;
}

/** Local starts on the grid from opening time at which a visit of `durationSlots` ends by closing time. */
export function slotStartsOn(hours: OpeningHours, durationSlots: number): LocalTime[] {
  const opens = minutesOf(hours.opens);
  const closes = minutesOf(hours.closes);
  const starts: LocalTime[] = [];
  for (let t = opens; t + durationSlots * SLOT_MINUTES <= closes; t += SLOT_MINUTES) starts.push(timeOfMinutes(t));
  return starts;
}

/** The local end of a visit starting at `start`. */
export function visitEnd(start: LocalDateTime, durationSlots: number): LocalDateTime {
  return localDateTime(localDateOf(start), timeOfMinutes(minutesOf(localTimeOf(start)) + durationSlots * SLOT_MINUTES));
}

/**
 * The UTC instants (ISO) of the slots a visit occupies. Each is computed from its own local time, so
 * even a day with a clock change would map every slot correctly (none is open on one: they are Sundays).
 */
export function slotInstants(start: LocalDateTime, durationSlots: number): string[] {
  const date = localDateOf(start);
  const first = minutesOf(localTimeOf(start));
  return Array.from({ length: durationSlots }, (_, i) => fromLocalDateTime(localDateTime(date, timeOfMinutes(first + i * SLOT_MINUTES))).toISOString());
}

export type SlotProblem = 'closed' | 'not_a_slot';

/**
 * Why a start cannot be booked on a day with these hours (null: it can, if free). Outside the hours or
 * on a closed day is 'closed'; off the grid, or running past closing for a longer service, 'not_a_slot'.
 */
export function slotProblem(hours: OpeningHours | null, start: LocalDateTime, durationSlots: number): SlotProblem | null {
  if (!hours) return 'closed';
  const t = minutesOf(localTimeOf(start));
  const opens = minutesOf(hours.opens);
  const closes = minutesOf(hours.closes);
  if (t < opens || t >= closes) return 'closed';
  if ((t - opens) % SLOT_MINUTES !== 0) return 'not_a_slot';
  if (t + durationSlots * SLOT_MINUTES > closes) return 'not_a_slot';
  return null;
}

/** The first counter (1..counters) whose slots for this visit are all free, or null. */
export function firstFreeCounter(counters: number, instants: readonly string[], occupied: ReadonlySet<string>): number | null {
  for (let counter = 1; counter <= counters; counter += 1) {
    if (instants.every((i) => !occupied.has(slotKey(counter, i)))) return counter;
  }
  return null;
}

/**
 * Every free (start, counter) of a point on a date, earliest first, then by counter. Starts that have
 * already begun at `now` are not offered.
 */
export function freeSlotsOfPoint(
  point: Pick<ServicePoint, 'id' | 'slug' | 'counters'>,
  date: CalendarDate,
  hours: OpeningHours | null,
  durationSlots: number,
  occupied: ReadonlySet<string>,
  now: Date,
): FreeSlot[] {
  if (!hours) return [];
  const free: FreeSlot[] = [];
  for (const time of slotStartsOn(hours, durationSlots)) {
    const start = localDateTime(date, time);
    const instants = slotInstants(start, durationSlots);
    if (new Date(instants[0]!).getTime() <= now.getTime()) continue;
    const end = visitEnd(start, durationSlots);
    for (let counter = 1; counter <= point.counters; counter += 1) {
      if (instants.every((i) => !occupied.has(slotKey(counter, i)))) {
        free.push({ start, end, servicePointId: point.id, servicePointSlug: point.slug, counter });
      }
    }
  }
  return free;
}

/** How many distinct starts (per point) a list of free slots offers: what a day picker counts. */
export function countFreeStarts(slots: readonly FreeSlot[]): number {
  return new Set(slots.map((s) => `${s.servicePointId}|${s.start}`)).size;
}
