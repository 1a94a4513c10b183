/**
 * The inbox query: open (or all) cases of some departments, due first. Rows become domain types here.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Lang } from '../languages.js';
import type { CaseStatus, Channel } from './case.js';

export interface InboxFilter {
  /** null = every department (managers); otherwise only these departments. */
  departmentIds: string[] | null;
  includeTriage: boolean;
  onlyTriage?: boolean;
  assigneeId?: string;
  statuses: readonly CaseStatus[];
  limit: number;
  /** Only these cases (search results). */
  ids?: readonly string[];
  /** Only the cases this person registered (the registry's view). */
  registeredBy?: string;
}

export interface InboxRow {
  id: string;
  number: string;
  status: CaseStatus;
  subject: string;
  language: Lang | null;
  channel: Channel;
  departmentId: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  petitionerName: string;
  receivedAt: string;
  dueOn: string | null;
  /** Set while the legal clock is paused (the case awaits information). */
  clockPausedOn: string | null;
}

export async function listInboxRows(db: Kysely<DB>, f: InboxFilter): Promise<InboxRow[]> {
  let q = db
    .selectFrom('cases')
    .innerJoin('petitioners', 'petitioners.id', 'cases.petitioner_id')
    .leftJoin('users', 'users.id', 'cases.assignee_id')
    .select([
      'cases.id', 'cases.number', 'cases.status', 'cases.subject', 'cases.language', 'cases.channel',
      'cases.department_id', 'cases.assignee_id', 'users.name as assignee_name', 'petitioners.name as petitioner_name',
      'cases.received_at', 'cases.due_on', 'cases.clock_paused_on',
    ])
    .where('cases.status', 'in', [...f.statuses]);
  if (f.onlyTriage) {
    q = q.where('cases.department_id', 'is', null);
  } else if (f.departmentIds !== null) {
    const ids = f.departmentIds;
    q = q.where((eb) => {
      const ors = [];
      if (ids.length > 0) ors.push(eb('cases.department_id', 'in', ids));
      if (f.includeTriage) ors.push(eb('cases.department_id', 'is', null));
      return ors.length ? eb.or(ors) : sql<boolean>`1 = 0`;
    });
  }
  if (f.assigneeId) q = q.where('cases.assignee_id', '=', f.assigneeId);
  if (f.registeredBy) q = q.where('cases.registered_by', '=', f.registeredBy);
  if (f.ids) q = f.ids.length ? q.where('cases.id', 'in', [...f.ids]) : q.where(sql<boolean>`false`);
  const rows = await q
    .orderBy(sql`case when cases.due_on is null then 1 else 0 end`)
    .orderBy('cases.due_on', 'asc')
    .orderBy('cases.number', 'asc')
    .limit(f.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    status: r.status,
    subject: r.subject,
    language: r.language,
    channel: r.channel,
    departmentId: r.department_id,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    petitionerName: r.petitioner_name,
    receivedAt: r.received_at,
    dueOn: r.due_on,
    clockPausedOn: r.clock_paused_on,
  }));
}
