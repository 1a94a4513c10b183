/** Staff search over petitions and their documents' text; results respect who may see what. */
import { seesAllCases, type Actor } from '../auth/user.js';
import { vilniusDateOf } from '../deadlines/calendar.js';
import { deadlineState, pauseOf } from '../deadlines/deadline.js';
import { CASE_STATUSES, isOpen } from './case.js';
import { listInboxRows } from './inbox.repository.js';
import type { CaseDeps } from './deps.js';
import type { InboxItem } from './list-inbox.js';
import { searchCaseIds } from './search.repository.js';

export async function searchCases(deps: CaseDeps, actor: Actor, query: string): Promise<InboxItem[]> {
  const ids = await searchCaseIds(deps.db, query);
  if (ids.length === 0) return [];
  const rows = await listInboxRows(deps.db, {
    statuses: CASE_STATUSES,
    limit: ids.length,
    departmentIds: seesAllCases(actor) ? null : actor.departmentId ? [actor.departmentId] : [],
    includeTriage: true,
    registeredBy: actor.role === 'registry' ? actor.id : undefined,
    ids,
  });
  const rank = new Map(ids.map((id, i) => [id, i]));
  const today = vilniusDateOf(deps.clock.now());
  return rows
    .sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0))
    .map((r) => ({ ...r, deadline: r.dueOn && isOpen(r.status) ? deadlineState(r.dueOn, today, pauseOf(r)) : null }));
}
