/* Frozen in time: Kysely<any>, no imports from the app. The clerk's workbench at a million cases:
   indexes that let every inbox view page by keyset in its own order without reading closed cases
   (partial indexes over the open statuses, spelled out as literals so both planners can prove a
   query's `status in (…)` implies them), and each user's saved views. */
import { sql, type Kysely } from 'kysely';

const OPEN = `status in ('received', 'registered', 'assigned', 'in_progress', 'awaiting_information', 'needs_review')`;

export async function up(db: Kysely<any>): Promise<void> {
  const open = sql.raw(OPEN);
  // Open cases, by due date: the department tab, triage (department null), "mine", and everybody's.
  await sql`create index cases_open_dept_due on cases (department_id, due_on, id) where ${open}`.execute(db);
  await sql`create index cases_open_assignee_due on cases (assignee_id, due_on, id) where ${open}`.execute(db);
  await sql`create index cases_open_due on cases (due_on, id) where ${open}`.execute(db);
  await sql`create index cases_open_dept_received on cases (department_id, received_at, id) where ${open}`.execute(db);
  await sql`create index cases_open_dept_updated on cases (department_id, updated_at, id) where ${open}`.execute(db);
  // Every status (answered and closed too), newest first or by last change, per department or for all.
  await sql`create index cases_dept_received on cases (department_id, received_at, id)`.execute(db);
  await sql`create index cases_dept_updated on cases (department_id, updated_at, id)`.execute(db);
  await sql`create index cases_received on cases (received_at, id)`.execute(db);
  await sql`create index cases_updated on cases (updated_at, id)`.execute(db);
  await sql`create index cases_status_received on cases (status, received_at, id)`.execute(db);
  await sql`create index cases_assignee_received on cases (assignee_id, received_at, id)`.execute(db);

  await db.schema
    .createTable('saved_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    // The inbox's query string, as the page wrote it (validated again whenever it is opened).
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('saved_views_user_name').on('saved_views').columns(['user_id', 'name']).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('saved_views').execute();
  for (const name of [
    'cases_open_dept_due', 'cases_open_assignee_due', 'cases_open_due', 'cases_open_dept_received', 'cases_open_dept_updated',
    'cases_dept_received', 'cases_dept_updated', 'cases_received', 'cases_updated', 'cases_status_received', 'cases_assignee_received',
  ]) {
    await db.schema.dropIndex(name).execute();
  }
}
