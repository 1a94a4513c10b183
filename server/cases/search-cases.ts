/** Staff search over petitions, messages, document text, numbers and petitioners; results respect who may see what. */
import { seesAllCases, type Actor } from '../auth/user.js';
import { vilniusDateOf } from '../deadlines/calendar.js';
import { deadlineState, pauseOf } from '../deadlines/deadline.js';
import { caseMatches, parseSearchQuery, searchSnippets } from '../search/index.js';
import { isOpen } from './case.js';
import { listInboxPage, type InboxCriteria } from './inbox.repository.js';
import type { CaseDeps } from './deps.js';
import type { InboxItem } from './list-inbox.js';

const SEARCH_LIMIT = 200;

/** The best 200 cases the actor may see, best first, each with its snippet. */
export async function searchCases(deps: CaseDeps, actor: Actor, query: string): Promise<InboxItem[]> {
  const q = parseSearchQuery(query);
  if (!q) return [];
  const criteria: InboxCriteria = {
    statuses: 'any',
    scope: seesAllCases(actor) ? null : { departmentIds: actor.departmentId ? [actor.departmentId] : [], triage: true },
    registeredBy: actor.role === 'registry' ? actor.id : undefined,
    matches: (await caseMatches(deps.db, q)) as unknown as InboxCriteria['matches'],
  };
  const { rows } = await listInboxPage(deps.db, criteria, 'relevance', null, SEARCH_LIMIT);
  const snippets = await searchSnippets(deps.db, q, rows.slice(0, 50).map((r) => r.id));
  const today = vilniusDateOf(deps.clock.now());
  return rows.map((r) => ({
    ...r,
    deadline: r.dueOn && isOpen(r.status) ? deadlineState(r.dueOn, today, pauseOf(r)) : null,
    ...(snippets.has(r.id) ? { snippet: snippets.get(r.id) } : {}),
  }));
}
