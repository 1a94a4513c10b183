/**
 * The job queue in PostgreSQL mode: graphile-worker 0.17 (the only file that imports it), so worker
 * processes on many machines share one queue. Jobs are added with graphile's SQL add_job() inside the
 * caller's Kysely transaction; running them goes through run-job.ts, like the embedded queue, so the
 * retry policy (attempts, PermanentJobError, onFailed) is ours and the same on both databases.
 *
 * Where graphile differs from the embedded queue:
 * - retries wait e^attempt seconds (graphile's curve, capped at e^10 ≈ 6 h), by the database's clock;
 *   our Clock plays no part here.
 * - graphile has no lease: jobs of a dead worker are handed back by pg-worker-liveness.adapter.ts.
 * - graphile's max_attempts column is not the limit (see GRAPHILE_MAX_ATTEMPTS); run-job.ts decides.
 */
import { sql, type Kysely } from 'kysely';
import { Logger, run, runMigrations, type JobHelpers, type Runner, type TaskList } from 'graphile-worker';
import pg from 'pg';
import type { DB } from '../db/schema.js';
import type { JobDefinition } from './job.js';
import { checkEnqueueOptions, definitionsByName, type EnqueueOptions, type JobQueue } from './job-queue.js';
import { WorkerLiveness } from './pg-worker-liveness.adapter.js';
import { runJob } from './run-job.js';
import { settlesWithin, sleep } from './wait.js';

export interface GraphileJobQueueOptions {
  connectionString: string;
  /** New jobs arrive by LISTEN/NOTIFY at once; the poll finds retries and jobs whose run_at has come. */
  pollIntervalMs?: number;
  /** stop() waits this long for running jobs, then aborts their signals (and fails them, so they run again). */
  stopTimeoutMs?: number;
  /** How often to look for jobs locked by worker processes that died. */
  livenessSweepMs?: number;
  log?: (message: string) => void;
}

declare global {
  namespace GraphileConfig {
    interface Plugins {
      PetitionDeskWorkerLiveness: true;
    }
  }
}

const SCHEMA = 'graphile_worker';
/**
 * What graphile is told the limit is: its maximum (smallint). The real limit travels in our envelope
 * or comes from the definition, and run-job.ts applies it; when a job will not be tried again we set
 * graphile's max_attempts = attempts. Had graphile held the real limit, a worker dying during the last
 * try would leave the job exhausted in graphile's eyes, without onFailed ever being called.
 */
const GRAPHILE_MAX_ATTEMPTS = 32_767;

/** The payload as stored: ours, wrapped, so a per-job attempt limit survives to the worker. */
interface Envelope {
  payload: unknown;
  maxAttempts?: number;
}

export function createGraphileJobQueue(options: GraphileJobQueueOptions): JobQueue {
  return new GraphileJobQueue(options);
}

class GraphileJobQueue implements JobQueue {
  private readonly log: (message: string) => void;
  private readonly logger: Logger;
  /** For migrations, drain and stats; the workers get their own pool sized to their concurrency. */
  private readonly adminPool: pg.Pool;
  private schema: Promise<void> | null = null;
  private worker: { runner: Runner; pool: pg.Pool; liveness: WorkerLiveness } | null = null;

  constructor(private readonly options: GraphileJobQueueOptions) {
    this.log = options.log ?? ((message) => console.error(message));
    this.logger = graphileLogger(this.log);
    this.adminPool = newPool(options.connectionString, 3, this.log);
  }

  async enqueue(trx: Kysely<DB>, name: string, payload: unknown, options: EnqueueOptions = {}): Promise<void> {
    checkEnqueueOptions(options);
    await this.ensureSchema();
    const envelope: Envelope = { payload: payload ?? null, ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}) };
    if (options.key !== undefined) {
      // 'unsafe_dedupe' keeps a key's job while it is queued *or running* (graphile's default would add
      // a second job beside a running one) — our contract. But it would also keep a job that failed for
      // good, forever: free the key of such a job first. No public function does this in 0.17.
      await sql`update ${sql.id(SCHEMA, '_private_jobs')} set key = null
        where key = ${options.key} and locked_at is null and attempts >= max_attempts`.execute(trx);
    }
    await sql`select ${sql.id(SCHEMA, 'add_job')}(
        identifier => ${name}::text,
        payload => ${JSON.stringify(envelope)}::json,
        run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
        max_attempts => ${GRAPHILE_MAX_ATTEMPTS}::int,
        job_key => ${options.key ?? null}::text,
        job_key_mode => 'unsafe_dedupe'
      )`.execute(trx);
  }

  async start(definitions: readonly JobDefinition[], options: { concurrency: number }): Promise<void> {
    if (this.worker) throw new Error('the job queue is already running');
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new Error(`concurrency must be a positive integer (got ${options.concurrency})`);
    const byName = definitionsByName(definitions);
    await this.ensureSchema();
    // Graphile's advice is concurrency + 2; one more for the liveness session, one for its sweeps.
    const pool = newPool(this.options.connectionString, options.concurrency + 4, this.log);
    const liveness = new WorkerLiveness(pool, { schema: SCHEMA, sweepIntervalMs: this.options.livenessSweepMs ?? 10_000, log: this.log });
    const taskList: TaskList = Object.fromEntries([...byName.values()].map((definition) => [definition.name, this.task(definition)]));
    let runner: Runner;
    try {
      runner = await this.startGraphile(pool, liveness, taskList, options.concurrency);
    } catch (error) {
      await liveness.release();
      await pool.end();
      throw error;
    }
    liveness.startSweeping();
    const worker = { runner, pool, liveness };
    this.worker = worker;
    this.superviseRunner(worker, taskList, options.concurrency);
  }

  /**
   * Graphile's runner stops for good when its worker pool loses the database (a restart, a
   * failover: "worker pool exited with error"). Until stop() is called, start it again, with
   * growing pauses while the database is away, on a fresh connection pool (the old one may hold
   * connections that died checked out). The old pools' liveness session ends with them, so the
   * sweep hands their unfinished jobs back; queued jobs wait in the database meanwhile.
   */
  private superviseRunner(worker: { runner: Runner; pool: pg.Pool; liveness: WorkerLiveness }, taskList: TaskList, concurrency: number): void {
    const restart = async (reason: string) => {
      await settlesWithin(worker.liveness.release(), 5_000);
      const stale = worker.pool;
      void settlesWithin(stale.end().catch(() => undefined), 10_000);
      for (let attempt = 1; this.worker === worker; attempt++) {
        const pauseMs = Math.min(30_000, 250 * 2 ** Math.min(attempt, 7));
        this.log(`job queue: graphile stopped (${reason}); starting it again in ${pauseMs} ms`);
        await sleep(pauseMs);
        if (this.worker !== worker) return;
        const pool = newPool(this.options.connectionString, concurrency + 4, this.log);
        const liveness = new WorkerLiveness(pool, { schema: SCHEMA, sweepIntervalMs: this.options.livenessSweepMs ?? 10_000, log: this.log });
        try {
          const runner = await this.startGraphile(pool, liveness, taskList, concurrency);
          liveness.startSweeping();
          Object.assign(worker, { runner, pool, liveness });
          this.log('job queue: graphile is running again');
          this.superviseRunner(worker, taskList, concurrency);
          return;
        } catch (error) {
          reason = (error as Error).message;
          await settlesWithin(liveness.release(), 5_000);
          void pool.end().catch(() => undefined);
        }
      }
    };
    const current = worker.runner;
    const ended = (reason: string) => {
      if (this.worker === worker && worker.runner === current) void restart(reason);
    };
    current.promise.then(() => ended('it ended'), (error: Error) => ended(error.message));
  }

  private startGraphile(pool: pg.Pool, liveness: WorkerLiveness, taskList: TaskList, concurrency: number): Promise<Runner> {
    return run({
      pgPool: pool,
      concurrency,
      taskList,
      noHandleSignals: true,
      pollInterval: this.options.pollIntervalMs ?? 1_000,
      gracefulShutdownAbortTimeout: this.options.stopTimeoutMs ?? 30_000,
      logger: this.logger,
      preset: {
        // Batch mode with no delay: the same one-by-one writes, but the pool flushes them before stop()
        // resolves (unbatched, graphile fires a finished job's completion and does not wait for it).
        worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 },
        plugins: [
          {
            name: 'PetitionDeskWorkerLiveness',
            version: '1.0.0',
            worker: { hooks: { startWorker: (_ctx, event) => liveness.hold(event.worker.workerPool.id) } },
          },
        ],
      },
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    const stopTimeoutMs = this.options.stopTimeoutMs ?? 30_000;
    // Graphile aborts the jobs' signals after stopTimeoutMs; a handler that ignores its signal would
    // hold stop() forever, so past that (plus a margin) the jobs are failed and will run again.
    const stopped = worker.runner.stop().catch((error: Error) => this.log(`job queue: graphile stopped with an error: ${error.message}`));
    if (!(await settlesWithin(stopped, stopTimeoutMs + 5_000))) {
      this.log(`job queue: jobs still running ${stopTimeoutMs + 5_000} ms after stop; failing them so they run again`);
      await worker.runner.kill().catch((error: Error) => this.log(`job queue: forced stop failed: ${error.message}`));
    }
    await worker.liveness.release();
    await worker.pool.end();
  }

  async close(): Promise<void> {
    await this.stop();
    if (!this.adminPool.ended) await this.adminPool.end();
  }

  async drain(timeoutMs = 30_000): Promise<void> {
    await this.ensureSchema();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await this.adminPool.query<{ pending: number }>(
        `select count(*)::int as pending from ${SCHEMA}.jobs
         where locked_at is not null or (attempts < max_attempts and run_at <= now())`,
      );
      const pending = rows[0]?.pending ?? 0;
      if (pending === 0) return;
      if (Date.now() >= deadline) throw new Error(`job queue not drained after ${timeoutMs} ms: ${pending} job(s) due or running`);
      await sleep(50);
    }
  }

  async stats(): Promise<{ queued: number; running: number; failed: number }> {
    await this.ensureSchema();
    const { rows } = await this.adminPool.query<{ queued: number; running: number; failed: number }>(
      `select count(*) filter (where locked_at is null and attempts < max_attempts)::int as queued,
              count(*) filter (where locked_at is not null)::int as running,
              count(*) filter (where locked_at is null and attempts >= max_attempts)::int as failed
       from ${SCHEMA}.jobs`,
    );
    return rows[0] ?? { queued: 0, running: 0, failed: 0 };
  }

  /** Graphile's schema, created or upgraded once per process; a failure is retried on next use. */
  private ensureSchema(): Promise<void> {
    this.schema ??= runMigrations({ pgPool: this.adminPool, logger: this.logger }).catch((error: unknown) => {
      this.schema = null;
      throw error;
    });
    return this.schema;
  }

  private task(definition: JobDefinition) {
    return async (stored: unknown, helpers: JobHelpers): Promise<void> => {
      const { job } = helpers;
      const envelope = unwrap(stored);
      const outcome = await runJob(
        definition,
        { id: job.id, name: definition.name, payload: envelope.payload, attempt: job.attempts, maxAttempts: envelope.maxAttempts ?? null },
        helpers.abortSignal,
      );
      if (outcome.kind === 'done') return;
      if (outcome.kind === 'retry') {
        this.log(`job ${job.id} (${definition.name}) failed on try ${job.attempts} of ${outcome.maxAttempts}; graphile will retry: ${outcome.error.message}`);
      } else {
        this.log(`job ${job.id} (${definition.name}) failed for good on try ${job.attempts} of ${outcome.maxAttempts}: ${outcome.error.message}`);
        // Exhaust it in graphile's eyes, so it stays as a failed job instead of being retried. The job is
        // locked by us, which rules out graphile's public functions; if this fails, the next try ends
        // in run-job.ts's "no attempts left" and calls onFailed again (it is idempotent).
        await helpers.withPgClient((client) => client.query(`update ${SCHEMA}._private_jobs set max_attempts = attempts where id = $1`, [job.id]));
      }
      // Graphile records the error as last_error and, if attempts remain, schedules the next try.
      throw outcome.error;
    };
  }
}

function unwrap(stored: unknown): Envelope {
  if (typeof stored === 'object' && stored !== null && 'payload' in stored) {
    const { payload, maxAttempts } = stored as { payload: unknown; maxAttempts?: unknown };
    return { payload, maxAttempts: typeof maxAttempts === 'number' ? maxAttempts : undefined };
  }
  // Not one of ours (added by hand or by another tool): the whole thing is the payload.
  return { payload: stored };
}

function newPool(connectionString: string, max: number, log: (message: string) => void): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, allowExitOnIdle: true, application_name: 'petition-desk jobs' });
  // A connection the server closes (restart, failover) must not crash the process, idle or in use;
  // pg replaces it, and the query that was using it fails and is retried by whoever sent it.
  pool.on('error', (error) => log(`job queue: database connection lost: ${error.message}`));
  pool.on('connect', (client) => client.on('error', (error) => log(`job queue: database connection lost: ${error.message}`)));
  return pool;
}

/** Graphile's warnings and errors, minus its per-job failure lines: run-job's outcome is logged above. */
function graphileLogger(log: (message: string) => void): Logger {
  return new Logger(() => (level, message, meta) => {
    if ((level as string) !== 'error' && (level as string) !== 'warning') return;
    if (meta?.failure) return;
    log(`graphile-worker: ${message}`);
  });
}
