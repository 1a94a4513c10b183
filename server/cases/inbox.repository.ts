/**
 * The inbox queries: one page of cases for a view and its filters, in keyset order (never OFFSET),
 * the open counts of each view, and the instant of the newest change a viewer may see.
 *
 * Open cases are read through partial indexes over the open statuses (migration 011): the status
 * term is written as literals, identical to the indexes' own, so that SQLite's and PostgreSQL's
 * planners both see the query implies them and never walk the years of closed cases.
 */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Lang } from '../languages.js';
import type { CalendarDate } from '../deadlines/calendar.js';
import type { PetitionKind } from '../deadlines/deadline.js';
import { CASE_STATUSES, OPEN_STATUSES, type CaseStatus, type Channel } from './case.js';
import type { Cursor, DeadlineFilter, InboxSort } from './inbox-query.js';

/** The open-status term, spelled exactly as the partial indexes of migration 011 spell it. */
const OPEN_TERM = sql.raw(`cases.status in (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`);

export interface InboxCriteria {
  /** What the viewer may see: null = every department and triage; otherwise these departments (and triage if `triage`). */
  scope: { departmentIds: string[]; triage: boolean } | null;
  /** Only the cases this person registered (the registry's view). */
  registeredBy?: string;
  /** Narrowing within the scope: one department, or 'none' = not yet routed. */
  department?: string | 'none';
  /** Excluding triage (cases with no department): the department tab. */
  routedOnly?: boolean;
  /** null = unassigned. */
  assigneeId?: string | null;
  statuses: 'open' | 'any' | readonly CaseStatus[];
  language?: Lang;
  channel?: Channel;
  kind?: PetitionKind;
  /** With the calendar facts the state needs: today, and the last day still "due soon". */
  deadline?: { state: DeadlineFilter; today: CalendarDate; dueSoonUntil: CalendarDate };
  /** Received at or after this instant, and before that one (the bounds of Vilnius days). */
  receivedFrom?: Date;
  receivedBefore?: Date;
  registeredFrom?: CalendarDate;
  registeredTo?: CalendarDate;
  /** Only cases the search matched, with their scores (a subquery of server/search). */
  matches?: Expression<{ case_id: string; score: number }> & { as(alias: 'hits'): unknown };
}

export interface InboxRow {
  id: string;
  number: string;
  status: CaseStatus;
  subject: string;
  language: Lang | null;
  channel: Channel;
  kind: PetitionKind;
  departmentId: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  petitionerName: string;
  receivedAt: string;
  registeredOn: string | null;
  updatedAt: string;
  dueOn: string | null;
  /** Set while the legal clock is paused (the case awaits information). */
  clockPausedOn: string | null;
  /** The search score, when searching. */
  score: number | null;
}

type CasesEb = ExpressionBuilder<DB, 'cases'>;

/** The where-terms of the criteria, in both dialects. */
function conditions(eb: CasesEb, f: InboxCriteria): Expression<SqlBool>[] {
  const and: Expression<SqlBool>[] = [];
  if (f.statuses === 'open' || f.deadline) and.push(OPEN_TERM as RawBuilder<SqlBool>);
  else if (f.statuses !== 'any') {
    const picked = f.statuses.filter((s) => (CASE_STATUSES as readonly string[]).includes(s));
    // The literal list keeps a pick of open statuses on the partial indexes too.
    and.push(sql<SqlBool>`cases.status in (${sql.raw(picked.map((s) => `'${s}'`).join(', ') || `''`)})`);
  }
  if (f.scope) {
    const { departmentIds, triage } = f.scope;
    const ors: Expression<SqlBool>[] = [];
    if (departmentIds.length > 0) ors.push(eb('cases.department_id', 'in', departmentIds));
    if (triage) ors.push(eb('cases.department_id', 'is', null));
    and.push(ors.length ? eb.or(ors) : sql<SqlBool>`1 = 0`);
  }
  if (f.registeredBy) and.push(eb('cases.registered_by', '=', f.registeredBy));
  if (f.department === 'none') and.push(eb('cases.department_id', 'is', null));
  else if (f.department) and.push(eb('cases.department_id', '=', f.department));
  if (f.routedOnly) and.push(eb('cases.department_id', 'is not', null));
  if (f.assigneeId === null) and.push(eb('cases.assignee_id', 'is', null));
  else if (f.assigneeId) and.push(eb('cases.assignee_id', '=', f.assigneeId));
  if (f.language) and.push(eb('cases.language', '=', f.language));
  if (f.channel) and.push(eb('cases.channel', '=', f.channel));
  if (f.kind) and.push(eb('cases.kind', '=', f.kind));
  if (f.deadline) {
    const { state, today, dueSoonUntil } = f.deadline;
    const running = eb.and([eb('cases.clock_paused_on', 'is', null), eb('cases.status', '!=', 'awaiting_information')]);
    if (state === 'paused') and.push(eb.or([eb('cases.clock_paused_on', 'is not', null), eb('cases.status', '=', 'awaiting_information')]));
    else if (state === 'overdue') and.push(running, eb('cases.due_on', '<', today));
    else if (state === 'due-soon') and.push(running, eb('cases.due_on', '>=', today), eb('cases.due_on', '<=', dueSoonUntil));
    else and.push(running, eb('cases.due_on', '>', dueSoonUntil));
  }
  // Instants are ISO-8601 UTC strings in both dialects: they compare as text.
  if (f.receivedFrom) and.push(eb('cases.received_at', '>=', f.receivedFrom.toISOString()));
  if (f.receivedBefore) and.push(eb('cases.received_at', '<', f.receivedBefore.toISOString()));
  if (f.registeredFrom) and.push(eb('cases.registered_on', '>=', f.registeredFrom));
  if (f.registeredTo) and.push(eb('cases.registered_on', '<=', f.registeredTo));
  return and;
}

function baseQuery(db: Kysely<DB>, f: InboxCriteria) {
  let q = db.selectFrom('cases');
  if (f.matches) q = q.innerJoin((f.matches as unknown as { as(a: 'hits'): never }).as('hits'), 'hits.case_id' as never, 'cases.id') as typeof q;
  return q;
}

function selectRows(db: Kysely<DB>, f: InboxCriteria) {
  return baseQuery(db, f)
    .innerJoin('petitioners', 'petitioners.id', 'cases.petitioner_id')
    .leftJoin('users', 'users.id', 'cases.assignee_id')
    .select([
      'cases.id', 'cases.number', 'cases.status', 'cases.subject', 'cases.language', 'cases.channel', 'cases.kind',
      'cases.department_id', 'cases.assignee_id', 'users.name as assignee_name', 'petitioners.name as petitioner_name',
      'cases.received_at', 'cases.registered_on', 'cases.updated_at', 'cases.due_on', 'cases.clock_paused_on',
    ])
    .select(f.matches ? sql<number>`hits.score`.as('score') : sql<null>`null`.as('score'))
    .where((eb) => eb.and(conditions(eb as unknown as CasesEb, f)));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectRows>['execute']>>[number];

function toRow(r: Row): InboxRow {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    subject: r.subject,
    language: r.language,
    channel: r.channel,
    kind: r.kind,
    departmentId: r.department_id,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    petitionerName: r.petitioner_name,
    receivedAt: r.received_at,
    registeredOn: r.registered_on,
    updatedAt: r.updated_at,
    dueOn: r.due_on,
    clockPausedOn: r.clock_paused_on,
    score: r.score === null ? null : Number(r.score),
  };
}

export interface InboxPageRows {
  rows: InboxRow[];
  /** The cursor of the next page, or null on the last. */
  next: Cursor | null;
}

/** One page of `limit` rows after `after`, in the sort's order. */
export async function listInboxPage(db: Kysely<DB>, f: InboxCriteria, sort: InboxSort, after: Cursor | null, limit: number): Promise<InboxPageRows> {
  const take = limit + 1;
  let rows: InboxRow[];
  if (sort === 'due') {
    // Dated cases by due date, then those with none (not yet registered) oldest first: two index walks.
    rows = [];
    if (!after || after.key !== null) {
      let q = selectRows(db, f).where('cases.due_on', 'is not', null);
      if (after) q = q.where(sql<SqlBool>`(cases.due_on, cases.id) > (${String(after.key)}, ${after.id})`);
      rows = (await q.orderBy('cases.due_on', 'asc').orderBy('cases.id', 'asc').limit(take).execute()).map(toRow);
    }
    if (rows.length < take) {
      let q = selectRows(db, f).where('cases.due_on', 'is', null);
      if (after && after.key === null) q = q.where('cases.id', '>', after.id);
      rows.push(...(await q.orderBy('cases.id', 'asc').limit(take - rows.length).execute()).map(toRow));
    }
  } else if (sort === 'relevance' && f.matches) {
    let q = selectRows(db, f);
    if (after) q = q.where(sql<SqlBool>`(hits.score < ${Number(after.key)} or (hits.score = ${Number(after.key)} and cases.id > ${after.id}))`);
    rows = (await q.orderBy(sql`hits.score`, 'desc').orderBy('cases.id', 'asc').limit(take).execute()).map(toRow);
  } else {
    const column = sort === 'updated' ? 'cases.updated_at' : 'cases.received_at';
    let q = selectRows(db, f);
    if (after) q = q.where(sql<SqlBool>`(${sql.ref(column)}, cases.id) < (${String(after.key)}, ${after.id})`);
    rows = (await q.orderBy(column, 'desc').orderBy('cases.id', 'desc').limit(take).execute()).map(toRow);
  }
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next = more && last ? { key: sortKeyOf(last, sort), id: last.id } : null;
  return { rows: page, next };
}

function sortKeyOf(r: InboxRow, sort: InboxSort): string | number | null {
  if (sort === 'due') return r.dueOn;
  if (sort === 'relevance') return r.score ?? 0;
  return sort === 'updated' ? r.updatedAt : r.receivedAt;
}

/** Every row of the criteria in the sort's order, `batch` at a time: exports stream this, never the whole list. */
export async function* streamInboxRows(db: Kysely<DB>, f: InboxCriteria, sort: InboxSort, batch = 2000): AsyncGenerator<InboxRow> {
  let after: Cursor | null = null;
  for (;;) {
    const page = await listInboxPage(db, f, sort, after, batch);
    yield* page.rows;
    if (!page.next) return;
    after = page.next;
  }
}

/** How many open cases the criteria hold (the counts beside each view's tab). */
export async function countInbox(db: Kysely<DB>, f: InboxCriteria): Promise<number> {
  const row = await baseQuery(db, f)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where((eb) => eb.and(conditions(eb as unknown as CasesEb, f)))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The newest change among the cases a viewer may see ('' when none): the inbox reloads when it moves. */
export async function latestInboxChange(db: Kysely<DB>, f: Pick<InboxCriteria, 'scope' | 'registeredBy'>): Promise<string> {
  const row = await db
    .selectFrom('cases')
    .select('cases.updated_at')
    .where((eb) => eb.and(conditions(eb, { ...f, statuses: 'any' })))
    .orderBy('cases.updated_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.updated_at ?? '';
}

// ---------------------------------------------------------------------------------------------
// The earlier query, kept for its callers until they move to pages (deadlines, search results).

export interface InboxFilter {
  departmentIds: string[] | null;
  includeTriage: boolean;
  onlyTriage?: boolean;
  assigneeId?: string;
  statuses: readonly CaseStatus[];
  limit: number;
  ids?: readonly string[];
  registeredBy?: string;
}

export async function listInboxRows(db: Kysely<DB>, f: InboxFilter): Promise<InboxRow[]> {
  let q = selectRows(db, { statuses: f.statuses, scope: null });
  if (f.onlyTriage) q = q.where('cases.department_id', 'is', null);
  else if (f.departmentIds !== null) {
    const ids = f.departmentIds;
    q = q.where((eb) => {
      const ors = [];
      if (ids.length > 0) ors.push(eb('cases.department_id', 'in', ids));
      if (f.includeTriage) ors.push(eb('cases.department_id', 'is', null));
      return ors.length ? eb.or(ors) : sql<SqlBool>`1 = 0`;
    });
  }
  if (f.assigneeId) q = q.where('cases.assignee_id', '=', f.assigneeId);
  if (f.registeredBy) q = q.where('cases.registered_by', '=', f.registeredBy);
  if (f.ids) q = f.ids.length ? q.where('cases.id', 'in', [...f.ids]) : q.where(sql<SqlBool>`1 = 0`);
  const rows = await q
    .orderBy(sql`case when cases.due_on is null then 1 else 0 end`)
    .orderBy('cases.due_on', 'asc')
    .orderBy('cases.number', 'asc')
    .limit(f.limit)
    .execute();
  return rows.map(toRow);
}
