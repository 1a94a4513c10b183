/**
 * The cockpit's queries: sums over the weekly rollups for the period, and live counts over the open
 * cases from one covering partial index (cases_open_report), grouped by department and clerk.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { CalendarDate } from '../deadlines/calendar.js';
import { reportDb } from './report-tables.js';

const OPEN = sql.raw(`status in ('received', 'registered', 'assigned', 'in_progress', 'awaiting_information', 'needs_review')`);

export interface OpenCounts {
  departmentId: string;
  assigneeId: string;
  open: number;
  overdue: number;
  dueSoon: number;
  awaiting: number;
  extended: number;
}

/** `departmentId` '' is triage (no department yet). */
export async function countOpenCases(db: Kysely<DB>, p: { today: CalendarDate; dueSoonUntil: CalendarDate; departmentId?: string }): Promise<OpenCounts[]> {
  const dept = p.departmentId === undefined ? sql`` : p.departmentId === '' ? sql`and department_id is null` : sql`and department_id = ${p.departmentId}`;
  const paused = sql`(clock_paused_on is not null or status = 'awaiting_information')`;
  const rows = await sql<{ department_id: string | null; assignee_id: string | null; open: unknown; overdue: unknown; due_soon: unknown; awaiting: unknown; extended: unknown }>`
    select department_id, assignee_id, count(*) as open,
      sum(case when not ${paused} and due_on < ${p.today} then 1 else 0 end) as overdue,
      sum(case when not ${paused} and due_on >= ${p.today} and due_on <= ${p.dueSoonUntil} then 1 else 0 end) as due_soon,
      sum(case when ${paused} then 1 else 0 end) as awaiting,
      sum(case when extended_by > 0 then 1 else 0 end) as extended
    from cases where ${OPEN} ${dept}
    group by department_id, assignee_id`.execute(db);
  return rows.rows.map((r) => ({
    departmentId: r.department_id ?? '', assigneeId: r.assignee_id ?? '',
    open: Number(r.open), overdue: Number(r.overdue), dueSoon: Number(r.due_soon), awaiting: Number(r.awaiting), extended: Number(r.extended),
  }));
}

/** Forwarded cases received in [from, before) (instants), per department and clerk. */
export async function countForwarded(db: Kysely<DB>, p: { from: string; before: string; departmentId?: string }): Promise<{ departmentId: string; assigneeId: string; forwarded: number }[]> {
  let q = db
    .selectFrom('cases')
    .select(['department_id', 'assignee_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('status', '=', 'forwarded')
    .where('received_at', '>=', p.from)
    .where('received_at', '<', p.before)
    .groupBy(['department_id', 'assignee_id']);
  if (p.departmentId !== undefined) q = p.departmentId === '' ? q.where('department_id', 'is', null) : q.where('department_id', '=', p.departmentId);
  return (await q.execute()).map((r) => ({ departmentId: r.department_id ?? '', assigneeId: r.assignee_id ?? '', forwarded: Number(r.n) }));
}

export interface AnswerBucket {
  departmentId: string;
  assigneeId: string;
  answerDays: number;
  answered: number;
  onTime: number;
}

/** Answer-time histogram per department and clerk, over the weeks whose Monday is in [fromWeek, toWeek]. */
export async function answerHistogram(db: Kysely<DB>, p: { fromWeek: CalendarDate; toWeek: CalendarDate; departmentId?: string }): Promise<AnswerBucket[]> {
  let q = reportDb(db)
    .selectFrom('report_answer_weekly')
    .select((eb) => ['department_id', 'assignee_id', 'answer_days', eb.fn.sum<number | string>('answered').as('answered'), eb.fn.sum<number | string>('on_time').as('on_time')])
    .where('week', '>=', p.fromWeek)
    .where('week', '<=', p.toWeek)
    .groupBy(['department_id', 'assignee_id', 'answer_days']);
  if (p.departmentId !== undefined) q = q.where('department_id', '=', p.departmentId);
  return (await q.execute())
    .map((r) => ({ departmentId: r.department_id, assigneeId: r.assignee_id, answerDays: Number(r.answer_days), answered: Number(r.answered), onTime: Number(r.on_time) }))
    .filter((b) => b.answered !== 0);
}

export interface FlowTotals {
  departmentId: string;
  channel: string;
  language: string;
  received: number;
  answered: number;
  onTime: number;
}

export async function flowTotals(db: Kysely<DB>, p: { fromWeek: CalendarDate; toWeek: CalendarDate; departmentId?: string }): Promise<FlowTotals[]> {
  let q = reportDb(db)
    .selectFrom('report_flow_weekly')
    .select((eb) => [
      'department_id', 'channel', 'language',
      eb.fn.sum<number | string>('received').as('received'), eb.fn.sum<number | string>('answered').as('answered'), eb.fn.sum<number | string>('on_time').as('on_time'),
    ])
    .where('week', '>=', p.fromWeek)
    .where('week', '<=', p.toWeek)
    .groupBy(['department_id', 'channel', 'language']);
  if (p.departmentId !== undefined) q = q.where('department_id', '=', p.departmentId);
  return (await q.execute()).map((r) => ({
    departmentId: r.department_id, channel: r.channel, language: r.language, received: Number(r.received), answered: Number(r.answered), onTime: Number(r.on_time),
  }));
}

export async function weeklyFlow(db: Kysely<DB>, p: { fromWeek: CalendarDate; toWeek: CalendarDate; departmentId?: string }): Promise<{ week: string; received: number; answered: number }[]> {
  let q = reportDb(db)
    .selectFrom('report_flow_weekly')
    .select((eb) => ['week', eb.fn.sum<number | string>('received').as('received'), eb.fn.sum<number | string>('answered').as('answered')])
    .where('week', '>=', p.fromWeek)
    .where('week', '<=', p.toWeek)
    .groupBy('week')
    .orderBy('week');
  if (p.departmentId !== undefined) q = q.where('department_id', '=', p.departmentId);
  return (await q.execute()).map((r) => ({ week: r.week, received: Number(r.received), answered: Number(r.answered) }));
}
