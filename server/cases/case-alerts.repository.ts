/** Reads behind case-alerts.ts: a few columns of a case, and the open cases with a due date. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { OPEN_STATUSES, type CaseStatus } from './case.js';

export interface CaseAlertFacts {
  id: string;
  number: string;
  subject: string;
  status: CaseStatus;
  departmentId: string | null;
  assigneeId: string | null;
  dueOn: string | null;
  /** The Vilnius date the legal clock stopped; null while it runs. */
  clockPausedOn: string | null;
}

const COLUMNS = ['id', 'number', 'subject', 'status', 'department_id', 'assignee_id', 'due_on', 'clock_paused_on'] as const;

function toFacts(r: Pick<DB['cases'], (typeof COLUMNS)[number]>): CaseAlertFacts {
  return {
    id: r.id, number: r.number, subject: r.subject, status: r.status as CaseStatus, departmentId: r.department_id,
    assigneeId: r.assignee_id, dueOn: r.due_on, clockPausedOn: r.clock_paused_on,
  };
}

export async function selectCaseAlertFacts(db: Kysely<DB>, ids: readonly string[]): Promise<CaseAlertFacts[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('cases').select(COLUMNS).where('id', 'in', [...ids]).execute();
  return rows.map(toFacts);
}

/** Open, running-clock cases due on or before `dueBy` (a case merged away is closed, so never here). */
export async function selectOpenCasesDueBy(db: Kysely<DB>, dueBy: string): Promise<CaseAlertFacts[]> {
  const rows = await db
    .selectFrom('cases')
    .select(COLUMNS)
    .where('status', 'in', [...OPEN_STATUSES])
    .where('due_on', 'is not', null)
    .where('due_on', '<=', dueBy)
    .where('clock_paused_on', 'is', null)
    .orderBy('due_on')
    .orderBy('number')
    .execute();
  return rows.map(toFacts);
}
