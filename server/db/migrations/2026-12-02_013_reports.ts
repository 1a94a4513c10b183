/* Frozen in time: Kysely<any>, no imports from the app. The manager's cockpit at a million cases:
   per-case answer facts (one row a case, what the counters below were last told of it) and two
   small weekly counter tables the cockpit sums instead of scanning the case table — the flow of
   cases per week (received, answered, on time) by department, channel and language, and the answer
   times in working days per week, department and clerk. Missing department, clerk or language is
   '' (never null) so each counter has one key. A covering index over open cases answers the live
   counts (open, overdue, due soon, paused, extended) from the index alone. Filled by the
   application (reports' rebuild) after this migration, since the working-day calendar is its. */
import { sql, type Kysely } from 'kysely';

const OPEN = `status in ('received', 'registered', 'assigned', 'in_progress', 'awaiting_information', 'needs_review')`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_case_facts')
    .addColumn('case_id', 'text', (c) => c.primaryKey())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    // Monday of the ISO week the case was received in (Vilnius dates).
    .addColumn('received_week', 'text', (c) => c.notNull())
    .addColumn('answered_on', 'text')
    .addColumn('answered_week', 'text')
    .addColumn('answer_days', 'integer')
    .addColumn('on_time', 'integer')
    .execute();

  await db.schema
    .createTable('report_flow_weekly')
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('received', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('on_time', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('report_flow_weekly_pk', ['week', 'department_id', 'channel', 'language'])
    .execute();

  await db.schema
    .createTable('report_answer_weekly')
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.notNull())
    .addColumn('answer_days', 'integer', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('on_time', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('report_answer_weekly_pk', ['week', 'department_id', 'assignee_id', 'answer_days'])
    .execute();
  await db.schema.createIndex('report_answer_weekly_dept').on('report_answer_weekly').columns(['department_id', 'week']).execute();
  await db.schema.createIndex('report_flow_weekly_dept').on('report_flow_weekly').columns(['department_id', 'week']).execute();

  // The live figures over open cases, per department and clerk, from the index alone.
  await sql`create index cases_open_report on cases (department_id, assignee_id, due_on, clock_paused_on, status, extended_by) where ${sql.raw(OPEN)}`.execute(db);
  // Forwarded cases by when they were received (the cockpit's period).
  await sql`create index cases_forwarded_received on cases (received_at, department_id, assignee_id) where status = 'forwarded'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cases_forwarded_received').execute();
  await db.schema.dropIndex('cases_open_report').execute();
  await db.schema.dropTable('report_answer_weekly').execute();
  await db.schema.dropTable('report_flow_weekly').execute();
  await db.schema.dropTable('report_case_facts').execute();
}
