/**
 * The embedded queue's queries on the `jobs` table. Instants are ISO-8601 UTC text, which sorts as
 * time does, so the same queries run on SQLite and PostgreSQL.
 * States: queued → running → done | queued (retry) | failed.
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DB, JobsTable } from '../db/schema.js';
import { newId } from '../ids.js';

export type JobRow = JobsTable;

/** max_attempts 0 = "the definition decides" (the column is NOT NULL; a real limit is at least 1). */
export const DEFINITION_DECIDES = 0;

export interface NewJob {
  name: string;
  payload: unknown;
  key?: string;
  runAt: Date;
  maxAttempts?: number;
}

/** False when a job with the same key is still queued or running, and nothing was added. */
export async function insertJob(trx: Kysely<DB>, job: NewJob, now: Date): Promise<boolean> {
  if (job.key !== undefined) {
    // Atomic enough on SQLite: a write transaction that read a stale snapshot fails with SQLITE_BUSY
    // rather than inserting a duplicate. On PostgreSQL this check could race (graphile is used there).
    const pending = await trx
      .selectFrom('jobs')
      .select('id')
      .where('job_key', '=', job.key)
      .where('state', 'in', ['queued', 'running'])
      .executeTakeFirst();
    if (pending) return false;
  }
  await trx
    .insertInto('jobs')
    .values({
      id: newId(),
      name: job.name,
      payload: JSON.stringify(job.payload ?? null),
      job_key: job.key ?? null,
      state: 'queued',
      attempts: 0,
      max_attempts: job.maxAttempts ?? DEFINITION_DECIDES,
      run_at: job.runAt.toISOString(),
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .execute();
  return true;
}

/**
 * Takes the next due job for `workerId`, counting the try. One statement: the row is ours only if it
 * was still runnable when the UPDATE reached it, so two workers never take the same job.
 */
export async function claimJob(
  db: Kysely<DB>,
  claim: { names: string[]; skipIds: string[]; workerId: string; now: Date; leaseMs: number },
): Promise<JobRow | undefined> {
  const now = claim.now.toISOString();
  const runnable = (eb: ExpressionBuilder<DB, 'jobs'>) =>
    eb.or([
      eb.and([eb('state', '=', 'queued'), eb('run_at', '<=', now)]),
      // Taken over from a worker whose lease ran out: it died, or lost its database.
      eb.and([eb('state', '=', 'running'), eb('locked_until', '<', now)]),
    ]);
  let next = db.selectFrom('jobs').select('id').where('name', 'in', claim.names).where(runnable);
  if (claim.skipIds.length > 0) next = next.where('id', 'not in', claim.skipIds);
  return db
    .updateTable('jobs')
    .set((eb) => ({
      state: 'running',
      locked_by: claim.workerId,
      locked_until: plus(claim.now, claim.leaseMs),
      attempts: eb('attempts', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', next.orderBy('run_at').orderBy('id').limit(1))
    .where(runnable)
    .returningAll()
    .executeTakeFirst();
}

/** False when the job is no longer this worker's (its lease ran out and another worker took it). */
export async function renewLease(db: Kysely<DB>, id: string, workerId: string, until: Date): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ locked_until: until.toISOString() })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export type JobEnd =
  | { state: 'done' }
  | { state: 'queued'; runAt: Date; error: string }
  | { state: 'failed'; maxAttempts: number; error: string };

/** Records how a try ended; false when the job was no longer this worker's, and nothing changed. */
export async function endTry(db: Kysely<DB>, id: string, workerId: string, end: JobEnd, now: Date): Promise<boolean> {
  const change =
    end.state === 'done'
      ? { state: 'done' }
      : end.state === 'queued'
        ? { state: 'queued', run_at: end.runAt.toISOString(), last_error: end.error }
        : { state: 'failed', max_attempts: end.maxAttempts, last_error: end.error };
  const result = await db
    .updateTable('jobs')
    .set({ ...change, locked_by: null, locked_until: null, updated_at: now.toISOString() })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function countDueOrRunning(db: Kysely<DB>, now: Date): Promise<number> {
  const at = now.toISOString();
  const row = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where((eb) => eb.or([eb.and([eb('state', '=', 'queued'), eb('run_at', '<=', at)]), eb('state', '=', 'running')]))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function countByState(db: Kysely<DB>): Promise<{ queued: number; running: number; failed: number }> {
  const rows = await db
    .selectFrom('jobs')
    .select((eb) => ['state', eb.fn.countAll<number | string>().as('count')])
    .where('state', 'in', ['queued', 'running', 'failed'])
    .groupBy('state')
    .execute();
  const count = (state: string) => Number(rows.find((r) => r.state === state)?.count ?? 0);
  return { queued: count('queued'), running: count('running'), failed: count('failed') };
}

/** Finished jobs are history nobody reads; failed ones stay for a person to look at. */
export async function deleteDoneBefore(db: Kysely<DB>, cutoff: Date): Promise<void> {
  await db.deleteFrom('jobs').where('state', '=', 'done').where('updated_at', '<', cutoff.toISOString()).execute();
}

function plus(date: Date, ms: number): string {
  return new Date(date.getTime() + ms).toISOString();
}
