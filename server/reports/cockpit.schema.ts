/** The cockpit's query string: the period (from/to, default the last twelve months) and a department. */
import { z } from 'zod';
import { addCalendarDays, isValidCalendarDate, type CalendarDate } from '../deadlines/calendar.js';

export interface CockpitQuery {
  from: CalendarDate;
  to: CalendarDate;
  /** A department id, 'none' for triage, or undefined for every department the actor answers for. */
  department?: string;
}

const date = z.string().refine((s) => isValidCalendarDate(s)).optional().catch(undefined);
const schema = z.object({ from: date, to: date, department: z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined) });

export function parseCockpitQuery(params: URLSearchParams, today: CalendarDate): CockpitQuery {
  const p = schema.parse(Object.fromEntries(params));
  let to = p.to ?? today;
  let from = p.from ?? addCalendarDays(to, -364);
  if (from > to) [from, to] = [to, from];
  return { from, to, department: p.department };
}

export function cockpitQueryString(q: CockpitQuery): string {
  const s = new URLSearchParams({ from: q.from, to: q.to });
  if (q.department) s.set('department', q.department);
  return s.toString();
}
