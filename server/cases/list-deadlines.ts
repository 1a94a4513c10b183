/**
 * Managers' overview: per department, the open cases that are overdue or due within 3 working days, and
 * those whose clock is paused while they await information. A paused case is listed as paused, never
 * counted overdue: no term runs while it waits.
 */
import { canSeeDeadlinesOverview, type Actor } from '../auth/user.js';
import { ForbiddenError } from '../errors.js';
import type { DeadlineStatus } from '../deadlines/deadline.js';
import { listInbox, type InboxItem } from './list-inbox.js';
import type { CaseDeps } from './deps.js';

export interface DepartmentDeadlines {
  departmentId: string | null;
  openCount: number;
  overdue: InboxItem[];
  dueSoon: InboxItem[];
  paused: InboxItem[];
}

export async function listDeadlines(deps: CaseDeps, actor: Actor): Promise<DepartmentDeadlines[]> {
  if (!canSeeDeadlinesOverview(actor)) throw new ForbiddenError();
  const open = await listInbox(deps, actor, { view: 'all', limit: 100_000 });
  const groups = new Map<string | null, DepartmentDeadlines>();
  for (const item of open) {
    const g = groups.get(item.departmentId) ?? { departmentId: item.departmentId, openCount: 0, overdue: [], dueSoon: [], paused: [] };
    g.openCount += 1;
    const state: DeadlineStatus['state'] | undefined = item.deadline?.state;
    if (state === 'overdue') g.overdue.push(item);
    if (state === 'due-soon') g.dueSoon.push(item);
    if (state === 'paused') g.paused.push(item);
    groups.set(item.departmentId, g);
  }
  return [...groups.values()].sort((a, b) => b.overdue.length - a.overdue.length || b.dueSoon.length - a.dueSoon.length || String(a.departmentId).localeCompare(String(b.departmentId)));
}
