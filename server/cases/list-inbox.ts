/** A staff member's inbox, sorted by due date, each row with its deadline state. */
import { seesAllCases, type Actor } from '../auth/user.js';
import { deadlineState, pauseOf, type DeadlineStatus } from '../deadlines/deadline.js';
import { vilniusDateOf } from '../deadlines/calendar.js';
import { CASE_STATUSES, OPEN_STATUSES, type CaseStatus } from './case.js';
import { listInboxRows, type InboxRow } from './inbox.repository.js';
import type { CaseDeps } from './deps.js';

export const INBOX_VIEWS = ['department', 'triage', 'mine', 'all'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

export interface InboxItem extends InboxRow {
  deadline: DeadlineStatus | null;
}

export async function listInbox(
  deps: CaseDeps,
  actor: Actor,
  options: { view: InboxView; includeClosed?: boolean; limit?: number },
): Promise<InboxItem[]> {
  const statuses: readonly CaseStatus[] = options.includeClosed ? CASE_STATUSES : OPEN_STATUSES;
  const all = seesAllCases(actor);
  const own = actor.departmentId ? [actor.departmentId] : [];
  const filter = {
    statuses,
    limit: options.limit ?? 500,
    departmentIds: all && (options.view === 'all' || options.view === 'mine') ? null : own,
    includeTriage: options.view !== 'mine' && (options.view === 'all' || !all),
    onlyTriage: options.view === 'triage',
    assigneeId: options.view === 'mine' ? actor.id : undefined,
    // The registry sees only what it registered, until routed (auth/user.ts canViewCase).
    registeredBy: actor.role === 'registry' ? actor.id : undefined,
  };
  if (all && options.view === 'department' && own.length === 0) filter.departmentIds = null;
  const today = vilniusDateOf(deps.clock.now());
  const rows = await listInboxRows(deps.db, filter);
  return rows.map((r) => ({ ...r, deadline: r.dueOn && (OPEN_STATUSES as readonly string[]).includes(r.status) ? deadlineState(r.dueOn, today, pauseOf(r)) : null }));
}
