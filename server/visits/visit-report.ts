/**
 * For managers: per service point and ISO week (named by its Monday), the bookings and what became of
 * them, the slots booked against the slots the point's counters offered (utilisation), and per week how
 * many calls ended "done remotely" against the visits the phone line booked.
 */
import type { Actor } from '../auth/user.js';
import { addCalendarDays, isValidCalendarDate, vilniusDateOf, type CalendarDate } from '../deadlines/calendar.js';
import { InvalidInputError } from '../errors.js';
import type { Lang } from '../languages.js';
import { listServicePointRows } from './catalogue.repository.js';
import type { VisitDeps } from './deps.js';
import { fromLocalDateTime, minutesOf } from './local-time.js';
import { isoWeekdayOf } from './opening-hours.js';
import { assertAllowed, mayReadVisitReport } from './visit-access.js';
import { hoursOfPoints } from './visit-context.js';
import { countRemoteOutcomesByDate, listPhoneBookingTimes, listVisitFacts } from './visit-report.repository.js';
import { SLOT_MINUTES } from './visit.js';

/** A report spans at most a little over a year. */
const MAX_REPORT_DAYS = 400;

export interface VisitReportRow {
  servicePointId: string; servicePointNames: Record<Lang, string>; week: CalendarDate;
  bookings: number; served: number; noShows: number; cancelled: number; bookedSlots: number; openSlots: number; utilisation: number;
}

export function weekOf(date: CalendarDate): CalendarDate {
  return addCalendarDays(date, 1 - isoWeekdayOf(date));
}

export async function visitReport(deps: VisitDeps, actor: Actor, range: { from: CalendarDate; to: CalendarDate }): Promise<{ points: VisitReportRow[]; calls: { week: CalendarDate; doneRemotely: number; booked: number }[] }> {
  assertAllowed(mayReadVisitReport(actor), 'read the visit report');
  const { from, to } = range;
  if (!isValidCalendarDate(from) || !isValidCalendarDate(to) || to < from) throw new InvalidInputError('bad report range', { from, to });
  const dates: CalendarDate[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) {
    dates.push(d);
    if (dates.length > MAX_REPORT_DAYS) throw new InvalidInputError(`a report covers at most ${MAX_REPORT_DAYS} days`);
  }

  const points = await listServicePointRows(deps.db);
  const hoursOf = await hoursOfPoints(deps.db, points, from, to);
  const rows = new Map<string, VisitReportRow>();
  const row = (pointId: string, week: CalendarDate): VisitReportRow | undefined => {
    const key = `${pointId}|${week}`;
    const existing = rows.get(key);
    if (existing) return existing;
    const point = points.find((p) => p.id === pointId);
    if (!point) return undefined;
    const fresh: VisitReportRow = { servicePointId: pointId, servicePointNames: point.names, week, bookings: 0, served: 0, noShows: 0, cancelled: 0, bookedSlots: 0, openSlots: 0, utilisation: 0 };
    rows.set(key, fresh);
    return fresh;
  };
  for (const point of points) {
    for (const date of dates) {
      const hours = hoursOf(point, date);
      if (!hours) continue;
      row(point.id, weekOf(date))!.openSlots += Math.floor((minutesOf(hours.closes) - minutesOf(hours.opens)) / SLOT_MINUTES) * point.counters;
    }
  }
  for (const v of await listVisitFacts(deps.db, from, to)) {
    const r = row(v.servicePointId, weekOf(v.date));
    if (!r) continue;
    r.bookings += 1;
    r.bookedSlots += v.slots;
    if (v.status === 'served') r.served += 1;
    if (v.status === 'no_show') r.noShows += 1;
    if (v.status === 'cancelled') r.cancelled += 1;
  }
  for (const r of rows.values()) r.utilisation = r.openSlots > 0 ? r.bookedSlots / r.openSlots : 0;

  const calls = new Map<CalendarDate, { week: CalendarDate; doneRemotely: number; booked: number }>();
  const call = (week: CalendarDate) => calls.get(week) ?? calls.set(week, { week, doneRemotely: 0, booked: 0 }).get(week)!;
  for (const date of dates) call(weekOf(date));
  for (const o of await countRemoteOutcomesByDate(deps.db, from, to)) call(weekOf(o.date)).doneRemotely += o.n;
  const window = [fromLocalDateTime(`${from}T00:00`).toISOString(), fromLocalDateTime(`${addCalendarDays(to, 1)}T00:00`).toISOString()] as const;
  for (const createdAt of await listPhoneBookingTimes(deps.db, ...window)) call(weekOf(vilniusDateOf(new Date(createdAt)))).booked += 1;

  const byPointThenWeek = (a: VisitReportRow, b: VisitReportRow) =>
    a.servicePointNames.lt.localeCompare(b.servicePointNames.lt, 'lt') || (a.week < b.week ? -1 : a.week > b.week ? 1 : 0);
  return { points: [...rows.values()].sort(byPointThenWeek), calls: [...calls.values()].sort((a, b) => (a.week < b.week ? -1 : 1)) };
}
