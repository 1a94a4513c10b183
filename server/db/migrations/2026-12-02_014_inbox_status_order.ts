/* Frozen in time: Kysely<any>, no imports from the app. The inbox filtered to one status across all
   departments (a manager's "closed, by last change"), in each of its orders: without these, a planner
   reads every case of that status (half a million closed ones at a million cases) and sorts them. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index cases_status_updated on cases (status, updated_at, id)`.execute(db);
  await sql`create index cases_status_due on cases (status, due_on, id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cases_status_due').execute();
  await db.schema.dropIndex('cases_status_updated').execute();
}
