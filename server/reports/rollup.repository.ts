/**
 * The cockpit's rollups: one fact row a case (what the counters were last told of it) and the
 * weekly counters, kept by adding a case's new fact and taking away its old one. Reads the case
 * rows and their status events it needs (the case table's own columns; the events' typed data).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { vilniusDateOf, type CalendarDate } from '../deadlines/calendar.js';
import type { CaseFact, CaseForFact } from './report.js';
import { reportDb } from './report-tables.js';

export async function loadCasesForFacts(db: Kysely<DB>, ids: readonly string[]): Promise<CaseForFact[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'department_id', 'assignee_id', 'channel', 'language', 'received_at', 'registered_on', 'due_on', 'status'])
    .where('id', 'in', [...ids])
    .execute();
  return rows.map(toCaseForFact);
}

/** Cases in id order after `afterId`, for the rebuild's keyset batches. */
export async function listCasesForFacts(db: Kysely<DB>, afterId: string | null, limit: number): Promise<CaseForFact[]> {
  let q = db
    .selectFrom('cases')
    .select(['id', 'department_id', 'assignee_id', 'channel', 'language', 'received_at', 'registered_on', 'due_on', 'status'])
    .orderBy('id')
    .limit(limit);
  if (afterId !== null) q = q.where('id', '>', afterId);
  return (await q.execute()).map(toCaseForFact);
}

function toCaseForFact(r: {
  id: string; department_id: string | null; assignee_id: string | null; channel: string; language: string | null;
  received_at: string; registered_on: string | null; due_on: string | null; status: string;
}): CaseForFact {
  return {
    id: r.id, departmentId: r.department_id, assigneeId: r.assignee_id, channel: r.channel, language: r.language,
    receivedOn: vilniusDateOf(new Date(r.received_at)), registeredOn: r.registered_on, dueOn: r.due_on, status: r.status,
  };
}

/** The Vilnius day of each case's latest move to 'answered' (status_changed events, their typed `to`). */
export async function lastAnsweredOn(db: Kysely<DB>, caseIds: readonly string[]): Promise<Map<string, CalendarDate>> {
  if (caseIds.length === 0) return new Map();
  return answeredDays(await statusEvents(db).where('case_id', 'in', [...caseIds]).execute());
}

/**
 * The same for every case with an id in (afterId, lastId]: one walk of the (case_id, seq) index over
 * the range, for the rebuild's keyset batches (an IN list of thousands of ids probes the index once each).
 */
export async function lastAnsweredOnInRange(db: Kysely<DB>, afterId: string | null, lastId: string): Promise<Map<string, CalendarDate>> {
  let q = statusEvents(db).where('case_id', '<=', lastId);
  if (afterId !== null) q = q.where('case_id', '>', afterId);
  return answeredDays(await q.execute());
}

function statusEvents(db: Kysely<DB>) {
  return db
    .selectFrom('case_events')
    .select(['case_id', 'seq', 'data', 'created_at'])
    .where('type', '=', 'status_changed')
    // A cheap prefilter; the parsed `to` decides.
    .where('data', 'like', '%answered%')
    .orderBy('case_id')
    .orderBy('seq');
}

function answeredDays(rows: { case_id: string; data: string; created_at: string }[]): Map<string, CalendarDate> {
  const out = new Map<string, CalendarDate>();
  for (const r of rows) {
    const data = JSON.parse(r.data) as { to?: string };
    if (data.to === 'answered') out.set(r.case_id, vilniusDateOf(new Date(r.created_at)));
  }
  return out;
}

export async function findFact(db: Kysely<DB>, caseId: string): Promise<CaseFact | null> {
  const r = await reportDb(db).selectFrom('report_case_facts').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  return r ? toFact(r) : null;
}

function toFact(r: {
  case_id: string; department_id: string; assignee_id: string; channel: string; language: string; received_week: string;
  answered_on: string | null; answered_week: string | null; answer_days: number | null; on_time: number | null;
}): CaseFact {
  return {
    caseId: r.case_id, departmentId: r.department_id, assigneeId: r.assignee_id, channel: r.channel, language: r.language,
    receivedWeek: r.received_week, answeredOn: r.answered_on, answeredWeek: r.answered_week,
    answerDays: r.answer_days === null ? null : Number(r.answer_days), onTime: r.on_time === null ? null : Number(r.on_time),
  };
}

function factRow(f: CaseFact) {
  return {
    case_id: f.caseId, department_id: f.departmentId, assignee_id: f.assigneeId, channel: f.channel, language: f.language,
    received_week: f.receivedWeek, answered_on: f.answeredOn, answered_week: f.answeredWeek, answer_days: f.answerDays, on_time: f.onTime,
  };
}

/** Replaces a case's fact and moves the counters by the difference (old taken away, new added). */
export async function replaceFact(db: Kysely<DB>, old: CaseFact | null, next: CaseFact): Promise<void> {
  const r = reportDb(db);
  if (old) await addToCounters(db, old, -1);
  await addToCounters(db, next, 1);
  await r
    .insertInto('report_case_facts')
    .values(factRow(next))
    .onConflict((oc) => oc.column('case_id').doUpdateSet((eb) => ({
      department_id: eb.ref('excluded.department_id'), assignee_id: eb.ref('excluded.assignee_id'), channel: eb.ref('excluded.channel'),
      language: eb.ref('excluded.language'), received_week: eb.ref('excluded.received_week'), answered_on: eb.ref('excluded.answered_on'),
      answered_week: eb.ref('excluded.answered_week'), answer_days: eb.ref('excluded.answer_days'), on_time: eb.ref('excluded.on_time'),
    })))
    .execute();
}

async function addToCounters(db: Kysely<DB>, f: CaseFact, sign: 1 | -1): Promise<void> {
  const r = reportDb(db);
  const flow = (week: string, received: number, answered: number, onTime: number) =>
    r
      .insertInto('report_flow_weekly')
      .values({ week, department_id: f.departmentId, channel: f.channel, language: f.language, received, answered, on_time: onTime })
      .onConflict((oc) => oc.columns(['week', 'department_id', 'channel', 'language']).doUpdateSet((eb) => ({
        received: eb('report_flow_weekly.received', '+', eb.ref('excluded.received')),
        answered: eb('report_flow_weekly.answered', '+', eb.ref('excluded.answered')),
        on_time: eb('report_flow_weekly.on_time', '+', eb.ref('excluded.on_time')),
      })))
      .execute();
  await flow(f.receivedWeek, sign, 0, 0);
  if (f.answeredWeek !== null && f.answerDays !== null) {
    const onTime = sign * (f.onTime ?? 0);
    await flow(f.answeredWeek, 0, sign, onTime);
    await r
      .insertInto('report_answer_weekly')
      .values({ week: f.answeredWeek, department_id: f.departmentId, assignee_id: f.assigneeId, answer_days: f.answerDays, answered: sign, on_time: onTime })
      .onConflict((oc) => oc.columns(['week', 'department_id', 'assignee_id', 'answer_days']).doUpdateSet((eb) => ({
        answered: eb('report_answer_weekly.answered', '+', eb.ref('excluded.answered')),
        on_time: eb('report_answer_weekly.on_time', '+', eb.ref('excluded.on_time')),
      })))
      .execute();
  }
}

export async function clearRollups(db: Kysely<DB>): Promise<void> {
  const r = reportDb(db);
  await r.deleteFrom('report_answer_weekly').execute();
  await r.deleteFrom('report_flow_weekly').execute();
  await r.deleteFrom('report_case_facts').execute();
}

/** Facts of many cases at once (the rebuild), without touching the counters. */
export async function insertFacts(db: Kysely<DB>, facts: readonly CaseFact[]): Promise<void> {
  const r = reportDb(db);
  // 10 columns a row: 500 rows stay under SQLite's bound-variable limit.
  for (let i = 0; i < facts.length; i += 500) await r.insertInto('report_case_facts').values(facts.slice(i, i + 500).map(factRow)).execute();
}

/** The weekly counters again, summed from the facts (the rebuild's last step). */
export async function countersFromFacts(db: Kysely<DB>): Promise<void> {
  await sql`insert into report_flow_weekly (week, department_id, channel, language, received, answered, on_time)
    select week, department_id, channel, language, sum(r), sum(a), sum(o) from (
      select received_week as week, department_id, channel, language, 1 as r, 0 as a, 0 as o from report_case_facts
      union all
      select answered_week as week, department_id, channel, language, 0 as r, 1 as a, on_time as o from report_case_facts where answered_week is not null
    ) t group by week, department_id, channel, language`.execute(db);
  await sql`insert into report_answer_weekly (week, department_id, assignee_id, answer_days, answered, on_time)
    select answered_week, department_id, assignee_id, answer_days, count(*), sum(on_time) from report_case_facts
    where answered_week is not null group by answered_week, department_id, assignee_id, answer_days`.execute(db);
}
