/**
 * The deadlines overview's counts: per department, open cases and how many are overdue, due soon
 * or paused, in one grouped pass over the covering partial index of open cases (migration 013's
 * cases_open_report), so the page never loads the cases themselves to count them.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { CalendarDate } from '../deadlines/calendar.js';

const OPEN = sql.raw(`status in ('received', 'registered', 'assigned', 'in_progress', 'awaiting_information', 'needs_review')`);

export interface DeadlineCounts {
  departmentId: string | null;
  open: number;
  overdue: number;
  dueSoon: number;
  paused: number;
}

export async function countDeadlinesByDepartment(db: Kysely<DB>, p: { today: CalendarDate; dueSoonUntil: CalendarDate }): Promise<DeadlineCounts[]> {
  const paused = sql`(clock_paused_on is not null or status = 'awaiting_information')`;
  const rows = await sql<{ department_id: string | null; open: unknown; overdue: unknown; due_soon: unknown; paused: unknown }>`
    select department_id, count(*) as open,
      sum(case when not ${paused} and due_on < ${p.today} then 1 else 0 end) as overdue,
      sum(case when not ${paused} and due_on >= ${p.today} and due_on <= ${p.dueSoonUntil} then 1 else 0 end) as due_soon,
      sum(case when ${paused} then 1 else 0 end) as paused
    from cases where ${OPEN} group by department_id`.execute(db);
  return rows.rows.map((r) => ({ departmentId: r.department_id, open: Number(r.open), overdue: Number(r.overdue), dueSoon: Number(r.due_soon), paused: Number(r.paused) }));
}
