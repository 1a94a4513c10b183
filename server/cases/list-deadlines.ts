/**
 * Managers' overview: per department, the open cases that are overdue or due within
 * DUE_SOON_WORKING_DAYS working days, and those whose clock is paused while they await information.
 * A paused case is listed as paused, never counted overdue: no term runs while it waits.
 *
 * Counted in one grouped query; each list holds the first `limit` cases by due date (the full lists
 * are the page's export, `streamDeadlineCases`), so the page costs the same at a million cases.
 */
import { canSeeDeadlinesOverview, type Actor } from '../auth/user.js';
import { ForbiddenError } from '../errors.js';
import { addCalendarDays, addWorkingDays, vilniusDateOf } from '../deadlines/calendar.js';
import { deadlineState, DUE_SOON_WORKING_DAYS, pauseOf } from '../deadlines/deadline.js';
import { countDeadlinesByDepartment } from './deadlines.repository.js';
import { listInboxPage, streamInboxRows, type InboxCriteria, type InboxRow } from './inbox.repository.js';
import type { InboxItem } from './list-inbox.js';
import type { CaseDeps } from './deps.js';

export const DEADLINE_LIST_LIMIT = 50;
export const DEADLINE_GROUPS = ['overdue', 'due-soon', 'paused'] as const;
export type DeadlineGroup = (typeof DEADLINE_GROUPS)[number];

export interface DepartmentDeadlines {
  departmentId: string | null;
  openCount: number;
  overdueCount: number;
  dueSoonCount: number;
  pausedCount: number;
  /** The first `limit` of each, by due date. */
  overdue: InboxItem[];
  dueSoon: InboxItem[];
  paused: InboxItem[];
}

function calendarOf(deps: CaseDeps) {
  const today = vilniusDateOf(deps.clock.now());
  return { today, dueSoonUntil: addCalendarDays(addWorkingDays(today, DUE_SOON_WORKING_DAYS + 1), -1) };
}

function criteria(deps: CaseDeps, departmentId: string | null, state: DeadlineGroup): InboxCriteria {
  return { scope: null, statuses: 'open', department: departmentId ?? 'none', deadline: { state, ...calendarOf(deps) } };
}

function withDeadline(deps: CaseDeps, rows: InboxRow[]): InboxItem[] {
  const { today } = calendarOf(deps);
  return rows.map((r) => ({ ...r, deadline: r.dueOn ? deadlineState(r.dueOn, today, pauseOf(r)) : null }));
}

export async function listDeadlines(deps: CaseDeps, actor: Actor, options: { limit?: number } = {}): Promise<DepartmentDeadlines[]> {
  if (!canSeeDeadlinesOverview(actor)) throw new ForbiddenError();
  const limit = options.limit ?? DEADLINE_LIST_LIMIT;
  const counts = await countDeadlinesByDepartment(deps.db, calendarOf(deps));
  const list = async (departmentId: string | null, state: DeadlineGroup, count: number) =>
    count === 0 ? [] : withDeadline(deps, (await listInboxPage(deps.db, criteria(deps, departmentId, state), 'due', null, limit)).rows);
  const groups = await Promise.all(
    counts.map(async (c): Promise<DepartmentDeadlines> => ({
      departmentId: c.departmentId,
      openCount: c.open,
      overdueCount: c.overdue,
      dueSoonCount: c.dueSoon,
      pausedCount: c.paused,
      overdue: await list(c.departmentId, 'overdue', c.overdue),
      dueSoon: await list(c.departmentId, 'due-soon', c.dueSoon),
      paused: await list(c.departmentId, 'paused', c.paused),
    })),
  );
  return groups.sort((a, b) => b.overdueCount - a.overdueCount || b.dueSoonCount - a.dueSoonCount || String(a.departmentId).localeCompare(String(b.departmentId)));
}

/** Every case of the overview's lists (overdue, then due soon, then paused; by due date), for its export. No cap. */
export async function* streamDeadlineCases(deps: CaseDeps, actor: Actor, options: { departmentId?: string | null } = {}): AsyncGenerator<InboxItem & { group: DeadlineGroup }> {
  if (!canSeeDeadlinesOverview(actor)) throw new ForbiddenError();
  for (const group of DEADLINE_GROUPS) {
    const c: InboxCriteria = { ...criteria(deps, options.departmentId ?? null, group) };
    if (options.departmentId === undefined) delete c.department;
    let batch: InboxRow[] = [];
    for await (const row of streamInboxRows(deps.db, c, 'due', 5000)) {
      batch.push(row);
      if (batch.length === 5000) {
        for (const item of withDeadline(deps, batch)) yield { ...item, group };
        batch = [];
      }
    }
    for (const item of withDeadline(deps, batch)) yield { ...item, group };
  }
}
