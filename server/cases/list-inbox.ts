/**
 * A staff member's inbox: the views they are offered, one keyset page of a view with its filters and
 * sort (or of a search), the open count of each view, and every row of it for an export.
 * What a person may see is decided here, once, and the filters only narrow it.
 */
import { seesAllCases, type Actor } from '../auth/user.js';
import { listActiveStaff } from '../auth/list-active-staff.js';
import { deadlineState, DUE_SOON_WORKING_DAYS, pauseOf, type DeadlineStatus } from '../deadlines/deadline.js';
import { addCalendarDays, addWorkingDays, vilniusDateOf, vilniusDayStart, type CalendarDate } from '../deadlines/calendar.js';
import { CASE_STATUSES, OPEN_STATUSES, isOpen, type CaseStatus } from './case.js';
import {
  countInbox, latestInboxChange, listInboxPage as listPageRows, listInboxRows,
  type InboxCriteria, type InboxRow,
} from './inbox.repository.js';
import { decodeCursor, encodeCursor, INBOX_PAGE_SIZE, INBOX_VIEWS, type Cursor, type InboxQuery, type InboxView } from './inbox-query.js';
import type { CaseDeps } from './deps.js';

export { INBOX_VIEWS, type InboxView } from './inbox-query.js';

/** A piece of a search snippet: the words that matched are `hit`. */
export interface SnippetSegment {
  text: string;
  hit: boolean;
}

export interface InboxItem extends InboxRow {
  deadline: DeadlineStatus | null;
  /** The search hit in its context, when searching. */
  snippet?: SnippetSegment[];
}

/** The views a person is offered, the first being their default. */
export function inboxViewsFor(actor: Actor): InboxView[] {
  if (actor.role === 'registry') return ['triage'];
  if (seesAllCases(actor)) return actor.departmentId ? ['all', 'department', 'triage', 'mine'] : ['all', 'triage', 'mine'];
  return ['department', 'triage', 'mine'];
}

/** What the actor may see at all, whatever they ask. */
function scopeOf(actor: Actor): Pick<InboxCriteria, 'scope' | 'registeredBy'> {
  if (seesAllCases(actor)) return { scope: null };
  if (actor.role === 'registry') return { scope: { departmentIds: [], triage: true }, registeredBy: actor.id };
  return { scope: { departmentIds: actor.departmentId ? [actor.departmentId] : [], triage: true } };
}

/** A view's own criteria within the scope (open cases unless the filters say otherwise). */
function viewCriteria(actor: Actor, view: InboxView): Partial<InboxCriteria> {
  switch (view) {
    case 'department':
      // A clerk's department tab holds their department's cases; triage has a tab of its own.
      return actor.departmentId ? { department: actor.departmentId } : { routedOnly: true };
    case 'triage':
      return { department: 'none' };
    case 'mine':
      return { assigneeId: actor.id };
    case 'all':
      return {};
  }
}

function criteriaFor(deps: CaseDeps, actor: Actor, query: InboxQuery): InboxCriteria {
  const views = inboxViewsFor(actor);
  const view = views.includes(query.view) ? query.view : views[0]!;
  const today = vilniusDateOf(deps.clock.now());
  const c: InboxCriteria = { ...scopeOf(actor), statuses: query.status, ...viewCriteria(actor, view) };
  // Filters narrow the view; a view's own choice (its department, its assignee) is not widened by them.
  if (query.department && c.department === undefined) c.department = query.department;
  if (query.assignee && c.assigneeId === undefined) c.assigneeId = query.assignee === 'me' ? actor.id : query.assignee === 'none' ? null : query.assignee;
  if (query.language) c.language = query.language;
  if (query.channel) c.channel = query.channel;
  if (query.kind) c.kind = query.kind;
  if (query.deadline) {
    // "Due soon" is what deadlineState calls it: at most DUE_SOON_WORKING_DAYS working days left.
    const dueSoonUntil = addCalendarDays(addWorkingDays(today, DUE_SOON_WORKING_DAYS + 1), -1);
    c.deadline = { state: query.deadline, today, dueSoonUntil };
  }
  if (query.receivedFrom) c.receivedFrom = vilniusDayStart(query.receivedFrom);
  if (query.receivedTo) c.receivedBefore = vilniusDayStart(addCalendarDays(query.receivedTo, 1));
  if (query.registeredFrom) c.registeredFrom = query.registeredFrom;
  if (query.registeredTo) c.registeredTo = query.registeredTo;
  return c;
}

function withDeadline(deps: CaseDeps, rows: InboxRow[]): InboxItem[] {
  const today = vilniusDateOf(deps.clock.now());
  return rows.map((r) => ({ ...r, deadline: r.dueOn && isOpen(r.status) ? deadlineState(r.dueOn, today, pauseOf(r)) : null }));
}

export interface InboxPage {
  view: InboxView;
  views: InboxView[];
  items: InboxItem[];
  /** The `after` cursor of the next page; null on the last page. */
  next: string | null;
  /** Open cases in each view offered, as the tabs show them. */
  counts: Partial<Record<InboxView, number>>;
  /** Set when the search words could not be searched (too short, only punctuation). */
  searchIgnored?: boolean;
}

export async function listInboxPage(deps: CaseDeps, actor: Actor, query: InboxQuery, options: { limit?: number } = {}): Promise<InboxPage> {
  const views = inboxViewsFor(actor);
  const view = views.includes(query.view) ? query.view : views[0]!;
  const criteria = criteriaFor(deps, actor, { ...query, view });
  const search = query.q && deps.search ? deps.search.parse(query.q) : null;
  if (search) criteria.matches = (await deps.search!.matches(deps.db, search)) as unknown as InboxCriteria['matches'];
  const sort = query.sort === 'relevance' && !search ? 'due' : query.sort;
  const limit = Math.min(Math.max(options.limit ?? INBOX_PAGE_SIZE, 1), 200);
  const [page, ...counted] = await Promise.all([
    listPageRows(deps.db, criteria, sort, decodeCursor(query.after), limit),
    ...views.map((v) => countInbox(deps.db, { ...scopeOf(actor), statuses: 'open', ...viewCriteria(actor, v) })),
  ]);
  const items = withDeadline(deps, page.rows);
  if (search && items.length > 0) {
    const snippets = await deps.search!.snippets(deps.db, search, items.map((i) => i.id));
    for (const item of items) item.snippet = snippets.get(item.id);
  }
  return {
    view,
    views,
    items,
    next: page.next ? encodeCursor(page.next) : null,
    counts: Object.fromEntries(views.map((v, i) => [v, counted[i]])),
    searchIgnored: Boolean(query.q) && !search,
  };
}

/**
 * Rows read in batches: iterated row by row (for await … of), or a batch at a time through `batches()`,
 * which the export writer prefers (server/reports' RowSource): a promise per batch instead of one per row.
 */
export interface BatchedRows<T> extends AsyncIterable<T> {
  batches(): AsyncIterable<readonly T[]>;
}

/**
 * Rows per keyset query of an export. Small on purpose: a batch is held while it is written out, and with
 * batches of 200–2,000 rows V8 pretenured the rows (allocation-site pretenuring: most of the rows it had
 * just made were still alive at a scavenge), so the heap grew by every row exported until a full GC:
 * +150 MB over 200,000 rows, flat at 100 rows or with --no-allocation-site-pretenuring. A query per
 * batch is cheap (a keyset seek on an index, a cached statement).
 */
const EXPORT_BATCH = 100;

/**
 * Every case of a query, in its order, for an export: one keyset page at a time, no cap. Only the batch
 * being written is held; the next query runs when the reader asks for more (the stream's pull).
 */
export function streamInbox(deps: CaseDeps, actor: Actor, query: InboxQuery): BatchedRows<InboxItem> {
  const batches = () => inboxBatches(deps, actor, query);
  return {
    batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
  };
}

async function* inboxBatches(deps: CaseDeps, actor: Actor, query: InboxQuery): AsyncGenerator<InboxItem[]> {
  const views = inboxViewsFor(actor);
  const view = views.includes(query.view) ? query.view : views[0]!;
  const criteria = criteriaFor(deps, actor, { ...query, view });
  const search = query.q && deps.search ? deps.search.parse(query.q) : null;
  if (query.q && !search) return;
  // Awaited: harmless while the subquery is built at once, and right should it come to need a query first.
  if (search) criteria.matches = (await deps.search!.matches(deps.db, search)) as unknown as InboxCriteria['matches'];
  const sort = query.sort === 'relevance' && !search ? 'due' : query.sort;
  const today = vilniusDateOf(deps.clock.now());
  const seen = new Map<string, DeadlineStatus>();
  let after: Cursor | null = null;
  for (;;) {
    // A search's subquery runs again for every batch: fewer, larger ones (a search matches fewer cases).
    const page = await listPageRows(deps.db, criteria, sort, after, search ? 10 * EXPORT_BATCH : EXPORT_BATCH);
    if (page.rows.length > 0) yield withDeadlineOnce(today, seen, page.rows);
    if (!page.next) return;
    after = page.next;
  }
}

/**
 * The deadline of each row of an export's batch, set on the batch's own rows (fresh from the query: no
 * copy of every row), with one deadline object per distinct (due date, pause) for the whole export
 * (`seen`; many cases share a due date, and an export is read within one day): the calendar's
 * arithmetic runs once per date, not once per row.
 */
function withDeadlineOnce(today: CalendarDate, seen: Map<string, DeadlineStatus>, rows: InboxRow[]): InboxItem[] {
  for (const r of rows as InboxItem[]) {
    if (!r.dueOn || !isOpen(r.status)) {
      r.deadline = null;
      continue;
    }
    const pause = pauseOf(r);
    const key = pause ? `${r.dueOn}|${pause.pausedOn ?? '-'}` : r.dueOn;
    let deadline = seen.get(key);
    if (!deadline) {
      if (seen.size >= 10_000) seen.clear();
      seen.set(key, (deadline = deadlineState(r.dueOn, today, pause)));
    }
    r.deadline = deadline;
  }
  return rows as InboxItem[];
}

/** The newest change among the cases the actor may see: the inbox's live reload compares it. */
export async function inboxChangeMark(deps: CaseDeps, actor: Actor): Promise<string> {
  return latestInboxChange(deps.db, scopeOf(actor));
}

// ---------------------------------------------------------------------------------------------
// The earlier whole-list form, kept for callers that have not moved to pages yet.

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
    registeredBy: actor.role === 'registry' ? actor.id : undefined,
  };
  if (all && options.view === 'department' && own.length === 0) filter.departmentIds = null;
  return withDeadline(deps, await listInboxRows(deps.db, filter));
}

/** The people an inbox may filter by and hand cases to: a clerk's department colleagues; for managers, everyone who takes cases. */
export async function listInboxAssignees(deps: CaseDeps, actor: Actor): Promise<{ id: string; name: string; departmentId: string | null }[]> {
  const users = await listActiveStaff(deps.db);
  return users
    .filter((u) => u.role === 'clerk' || u.role === 'manager')
    .filter((u) => seesAllCases(actor) || u.departmentId === actor.departmentId)
    .map((u) => ({ id: u.id, name: u.name, departmentId: u.departmentId }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
