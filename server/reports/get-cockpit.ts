/**
 * The manager's cockpit: per department and per clerk the live counts over open cases (open,
 * overdue, due soon, extended, awaiting information) and, for the period, forwarded, answered,
 * median and 90th-percentile answer time in working days and the share answered on time; received
 * against answered per ISO week; and the flow by channel and by language. Answer figures come
 * from the weekly rollups, so the period is counted in whole ISO weeks (those whose Monday falls in
 * it). A department manager sees their department only; clerks and the registry may not look.
 */
import { managesDepartment, seesAllCases, type Actor } from '../auth/user.js';
import { ForbiddenError } from '../errors.js';
import { addCalendarDays, addWorkingDays, vilniusDateOf, vilniusDayStart, type CalendarDate } from '../deadlines/calendar.js';
import { DUE_SOON_WORKING_DAYS } from '../deadlines/deadline.js';
import { isoWeekLabel, isoWeekStart, percentileOf, share } from './report.js';
import { answerHistogram, countForwarded, countOpenCases, flowTotals, weeklyFlow } from './cockpit.repository.js';
import type { CockpitQuery } from './cockpit.schema.js';
import type { ReportDeps } from './deps.js';

export interface CockpitFigures {
  open: number;
  overdue: number;
  dueSoon: number;
  extended: number;
  awaiting: number;
  forwarded: number;
  answered: number;
  /** Working days, registration to answer; null with no answers in the period. */
  medianDays: number | null;
  p90Days: number | null;
  /** Per cent answered on or before the due date. */
  onTimeShare: number | null;
}

export interface CockpitRow extends CockpitFigures {
  /** Department id ('' = triage) or clerk id ('' = unassigned). */
  key: string;
  departmentId: string;
  received?: number;
}

export interface FlowRow {
  key: string;
  received: number;
  answered: number;
  onTimeShare: number | null;
}

export interface Cockpit {
  query: CockpitQuery;
  /** The department the actor is held to (a department manager's), or null. */
  lockedDepartment: string | null;
  /** The ISO weeks the answer figures cover. */
  weeks: { from: CalendarDate; to: CalendarDate };
  total: CockpitFigures & { received: number };
  departments: CockpitRow[];
  clerks: CockpitRow[];
  weekly: { week: CalendarDate; label: string; received: number; answered: number }[];
  channels: FlowRow[];
  languages: FlowRow[];
}

export const WEEKLY_SERIES_WEEKS = 26;

export function canSeeCockpit(actor: Actor): boolean {
  return seesAllCases(actor);
}

/** The one department a manager is held to, or null when they answer for all. */
function departmentOf(actor: Actor): string | null {
  return actor.role === 'manager' && actor.departmentId ? actor.departmentId : null;
}

export async function getCockpit(deps: ReportDeps, actor: Actor, query: CockpitQuery): Promise<Cockpit> {
  if (!canSeeCockpit(actor)) throw new ForbiddenError();
  const locked = departmentOf(actor);
  const wanted = locked ?? query.department;
  if (wanted && wanted !== 'none' && !managesDepartment(actor, wanted)) throw new ForbiddenError();
  const departmentId = wanted === undefined ? undefined : wanted === 'none' ? '' : wanted;
  const today = vilniusDateOf(deps.clock.now());
  const dueSoonUntil = addCalendarDays(addWorkingDays(today, DUE_SOON_WORKING_DAYS + 1), -1);
  const fromWeek = isoWeekStart(query.from);
  const toWeek = isoWeekStart(query.to);
  const seriesFrom = [addCalendarDays(toWeek, -7 * (WEEKLY_SERIES_WEEKS - 1)), fromWeek].sort().at(-1)!;
  const [open, forwarded, buckets, flows, weekly] = await Promise.all([
    countOpenCases(deps.db, { today, dueSoonUntil, departmentId }),
    countForwarded(deps.db, { from: vilniusDayStart(query.from).toISOString(), before: vilniusDayStart(addCalendarDays(query.to, 1)).toISOString(), departmentId }),
    answerHistogram(deps.db, { fromWeek, toWeek, departmentId }),
    flowTotals(deps.db, { fromWeek, toWeek, departmentId }),
    weeklyFlow(deps.db, { fromWeek: seriesFrom, toWeek, departmentId }),
  ]);

  const byDept = new Map<string, Acc>();
  const byClerk = new Map<string, Acc>();
  const all = acc('', '');
  const accFor = (map: Map<string, Acc>, key: string, dept: string) => {
    let a = map.get(key);
    if (!a) map.set(key, (a = acc(key, dept)));
    return a;
  };
  for (const o of open) {
    for (const a of [all, accFor(byDept, o.departmentId, o.departmentId), accFor(byClerk, o.assigneeId, o.departmentId)]) {
      a.open += o.open; a.overdue += o.overdue; a.dueSoon += o.dueSoon; a.awaiting += o.awaiting; a.extended += o.extended;
    }
  }
  for (const f of forwarded) for (const a of [all, accFor(byDept, f.departmentId, f.departmentId), accFor(byClerk, f.assigneeId, f.departmentId)]) a.forwarded += f.forwarded;
  for (const b of buckets) {
    for (const a of [all, accFor(byDept, b.departmentId, b.departmentId), accFor(byClerk, b.assigneeId, b.departmentId)]) {
      a.answered += b.answered; a.onTime += b.onTime; a.histogram.set(b.answerDays, (a.histogram.get(b.answerDays) ?? 0) + b.answered);
    }
  }
  const channels = new Map<string, FlowAcc>();
  const languages = new Map<string, FlowAcc>();
  let received = 0;
  for (const f of flows) {
    received += f.received;
    accFor(byDept, f.departmentId, f.departmentId).received += f.received;
    for (const [map, key] of [[channels, f.channel], [languages, f.language]] as const) {
      const a = map.get(key) ?? { received: 0, answered: 0, onTime: 0 };
      a.received += f.received; a.answered += f.answered; a.onTime += f.onTime;
      map.set(key, a);
    }
  }
  const flowRows = (m: Map<string, FlowAcc>): FlowRow[] =>
    [...m.entries()].filter(([, a]) => a.received || a.answered)
      .map(([key, a]) => ({ key, received: a.received, answered: a.answered, onTimeShare: share(a.onTime, a.answered) }))
      .sort((a, b) => b.received - a.received || a.key.localeCompare(b.key));
  // A clerk with nothing open and nothing answered in the period has no row.
  const rows = (m: Map<string, Acc>, withReceived: boolean) =>
    [...m.values()].map((a) => figures(a, withReceived)).filter((r) => r.open || r.answered || r.forwarded || (r.received ?? 0) > 0);
  return {
    query: { ...query, department: wanted },
    lockedDepartment: locked,
    weeks: { from: fromWeek, to: toWeek },
    total: { ...figures(all, false), received },
    departments: rows(byDept, true).sort((a, b) => b.open - a.open || a.key.localeCompare(b.key)),
    clerks: rows(byClerk, false).sort((a, b) => a.departmentId.localeCompare(b.departmentId) || b.open - a.open || a.key.localeCompare(b.key)),
    weekly: fillWeeks(seriesFrom, toWeek, weekly),
    channels: flowRows(channels),
    languages: flowRows(languages),
  };
}

interface FlowAcc { received: number; answered: number; onTime: number }
interface Acc {
  key: string; departmentId: string;
  open: number; overdue: number; dueSoon: number; extended: number; awaiting: number; forwarded: number; answered: number; onTime: number; received: number;
  histogram: Map<number, number>;
}

function acc(key: string, departmentId: string): Acc {
  return { key, departmentId, open: 0, overdue: 0, dueSoon: 0, extended: 0, awaiting: 0, forwarded: 0, answered: 0, onTime: 0, received: 0, histogram: new Map() };
}

function figures(a: Acc, withReceived: boolean): CockpitRow {
  return {
    key: a.key, departmentId: a.departmentId,
    open: a.open, overdue: a.overdue, dueSoon: a.dueSoon, extended: a.extended, awaiting: a.awaiting, forwarded: a.forwarded,
    answered: a.answered, medianDays: percentileOf(a.histogram, 0.5), p90Days: percentileOf(a.histogram, 0.9), onTimeShare: share(a.onTime, a.answered),
    ...(withReceived ? { received: a.received } : {}),
  };
}

function fillWeeks(from: CalendarDate, to: CalendarDate, rows: { week: string; received: number; answered: number }[]) {
  const byWeek = new Map(rows.map((r) => [r.week, r]));
  const out: Cockpit['weekly'] = [];
  for (let w = from; w <= to; w = addCalendarDays(w, 7)) {
    const r = byWeek.get(w);
    out.push({ week: w, label: isoWeekLabel(w), received: r?.received ?? 0, answered: r?.answered ?? 0 });
  }
  return out;
}
