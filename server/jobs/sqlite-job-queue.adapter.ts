/**
 * The embedded job queue: our `jobs` table (job.repository.ts), polled by this process. The default on
 * one machine (SQLite); plain Kysely, so it runs on PostgreSQL too, but there graphile-worker is the queue.
 *
 * A job is durable from the moment the caller's transaction commits. A worker claims it with a lease
 * (locked_by / locked_until) and keeps renewing the lease while it runs; if the process dies, the
 * lease runs out and any worker takes the job again — so the queue survives kill -9 and restarts.
 * Times come from the Clock (run_at, leases, back-off), so tests can move time instead of waiting.
 */
import os from 'node:os';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffPolicy } from './backoff.js';
import type { JobDefinition } from './job.js';
import { checkEnqueueOptions, definitionsByName, type EnqueueOptions, type JobQueue } from './job-queue.js';
import * as jobs from './job.repository.js';
import { describeError, runJob, type JobOutcome } from './run-job.js';
import { createAlarm, settlesWithin, sleep } from './wait.js';

export interface SqliteJobQueueOptions {
  /** How often an idle worker looks for due jobs; an enqueue in this process wakes it at once. */
  pollIntervalMs?: number;
  /** How long a claim holds without renewal: the longest a dead worker's job waits to be taken over. */
  leaseMs?: number;
  backoff?: BackoffPolicy;
  /** stop() waits this long for running jobs, then aborts their signals and returns. */
  stopTimeoutMs?: number;
  /** Finished jobs are deleted after this long (failed ones are kept for a person to look at). */
  keepDoneMs?: number;
  /** Names this process in locked_by, for whoever looks at a stuck job. */
  workerId?: string;
  log?: (message: string) => void;
}

const PRUNE_EVERY_MS = 60 * 60_000;

interface RunningJob {
  controller: AbortController;
  leaseTimer: NodeJS.Timeout;
  promise: Promise<void>;
  /** Set once the outcome is being recorded, so a late lease renewal does not mistake it for a lost lease. */
  settled: boolean;
}

export function createSqliteJobQueue(db: Database, clock: Clock, options: SqliteJobQueueOptions = {}): JobQueue {
  return new SqliteJobQueue(db, clock, options);
}

class SqliteJobQueue implements JobQueue {
  private readonly options: Required<SqliteJobQueueOptions>;
  private definitions = new Map<string, JobDefinition>();
  private concurrency = 1;
  private readonly running = new Map<string, RunningJob>();
  private loopDone: Promise<void> | null = null;
  private stopping = false;
  private readonly alarm = createAlarm();
  private lastPrune = 0;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    options: SqliteJobQueueOptions,
  ) {
    this.options = {
      pollIntervalMs: 200,
      leaseMs: 60_000,
      backoff: DEFAULT_BACKOFF,
      stopTimeoutMs: 30_000,
      keepDoneMs: 7 * 24 * 60 * 60_000,
      workerId: `${os.hostname()}/${process.pid}/${newId()}`,
      log: (message) => console.error(message),
      // An option given as undefined keeps its default.
      ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
    };
  }

  async enqueue(trx: Kysely<DB>, name: string, payload: unknown, options: EnqueueOptions = {}): Promise<void> {
    checkEnqueueOptions(options);
    const now = this.clock.now();
    const added = await jobs.insertJob(trx, { name, payload, key: options.key, runAt: options.runAt ?? now, maxAttempts: options.maxAttempts }, now);
    // The poll this triggers waits for the caller's transaction on SQLite's single connection, so it
    // sees the job right after commit; on rollback it finds nothing.
    if (added) this.alarm.wake();
  }

  async start(definitions: readonly JobDefinition[], options: { concurrency: number }): Promise<void> {
    if (this.loopDone) throw new Error('the job queue is already running');
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new Error(`concurrency must be a positive integer (got ${options.concurrency})`);
    this.definitions = definitionsByName(definitions);
    this.concurrency = options.concurrency;
    this.stopping = false;
    this.loopDone = this.loop();
  }

  async stop(): Promise<void> {
    if (!this.loopDone) return;
    this.stopping = true;
    this.alarm.wake();
    await this.loopDone;
    const unfinished = [...this.running.values()];
    const finished = await settlesWithin(Promise.all(unfinished.map((job) => job.promise)), this.options.stopTimeoutMs);
    if (!finished) {
      // The handlers keep their promises; we stop renewing their leases, so another worker takes
      // the jobs over once the leases run out (jobs are idempotent).
      for (const job of unfinished) {
        clearInterval(job.leaseTimer);
        job.controller.abort(new Error('the job queue is stopping'));
      }
      this.options.log(`job queue: stopped with ${this.running.size} job(s) still running after ${this.options.stopTimeoutMs} ms; their signals were aborted`);
    }
    this.loopDone = null;
  }

  close(): Promise<void> {
    return this.stop();
  }

  async drain(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const pending = await jobs.countDueOrRunning(this.db, this.clock.now());
      if (pending === 0 && this.running.size === 0) return;
      if (Date.now() >= deadline) throw new Error(`job queue not drained after ${timeoutMs} ms: ${pending} job(s) due or running`);
      await sleep(Math.min(25, this.options.pollIntervalMs));
    }
  }

  stats(): Promise<{ queued: number; running: number; failed: number }> {
    return jobs.countByState(this.db);
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let claimed = false;
      if (this.running.size < this.concurrency && this.definitions.size > 0) {
        try {
          const job = await jobs.claimJob(this.db, {
            names: [...this.definitions.keys()],
            // Never take over a job this process is still running, even if a jump of the clock expired its lease.
            skipIds: [...this.running.keys()],
            workerId: this.options.workerId,
            now: this.clock.now(),
            leaseMs: this.options.leaseMs,
          });
          if (job) {
            claimed = true;
            this.launch(job);
          }
        } catch (error) {
          this.options.log(`job queue: could not claim a job: ${(error as Error).message}`);
        }
      }
      await this.pruneNowAndThen();
      if (!claimed || this.running.size >= this.concurrency) await this.alarm.sleep(this.options.pollIntervalMs);
    }
  }

  private launch(row: jobs.JobRow): void {
    const entry: RunningJob = {
      controller: new AbortController(),
      leaseTimer: setInterval(() => void this.renewLease(row, entry), Math.max(Math.floor(this.options.leaseMs / 3), 10)),
      promise: Promise.resolve(),
      settled: false,
    };
    this.running.set(row.id, entry);
    entry.promise = this.execute(row, entry).finally(() => {
      clearInterval(entry.leaseTimer);
      this.running.delete(row.id);
      this.alarm.wake();
    });
  }

  private async execute(row: jobs.JobRow, entry: RunningJob): Promise<void> {
    const definition = this.definitions.get(row.name)!;
    const maxAttempts = row.max_attempts === jobs.DEFINITION_DECIDES ? null : row.max_attempts;
    const outcome = await runJob(
      definition,
      { id: row.id, name: row.name, payload: parseJson(row.payload), attempt: row.attempts, maxAttempts },
      entry.controller.signal,
    );
    entry.settled = true;
    try {
      await this.record(row, outcome);
    } catch (error) {
      // The lease will run out and the job will run again; jobs are idempotent.
      this.options.log(`job ${row.id} (${row.name}): could not record its outcome (${outcome.kind}): ${(error as Error).message}`);
    }
  }

  private async record(row: jobs.JobRow, outcome: JobOutcome): Promise<void> {
    const now = this.clock.now();
    const label = `job ${row.id} (${row.name})`;
    let end: jobs.JobEnd;
    if (outcome.kind === 'done') {
      end = { state: 'done' };
    } else if (outcome.kind === 'retry') {
      const delayMs = retryDelayMs(row.attempts, this.options.backoff);
      this.options.log(`${label} failed on try ${row.attempts} of ${outcome.maxAttempts}; next try in ${Math.round(delayMs / 1000)} s: ${outcome.error.message}`);
      end = { state: 'queued', runAt: new Date(now.getTime() + delayMs), error: describeError(outcome.error) };
    } else {
      this.options.log(`${label} failed for good on try ${row.attempts} of ${outcome.maxAttempts}: ${outcome.error.message}`);
      end = { state: 'failed', maxAttempts: outcome.maxAttempts, error: describeError(outcome.error) };
    }
    if (!(await jobs.endTry(this.db, row.id, this.options.workerId, end, now))) {
      this.options.log(`${label}: finished after its lease passed to another worker; that worker's outcome stands`);
    }
  }

  private async renewLease(row: jobs.JobRow, entry: RunningJob): Promise<void> {
    if (entry.settled) return;
    try {
      const until = new Date(this.clock.now().getTime() + this.options.leaseMs);
      if (!(await jobs.renewLease(this.db, row.id, this.options.workerId, until)) && !entry.settled) {
        entry.controller.abort(new Error('this worker lost the job: its lease ran out and another worker took it'));
        this.options.log(`job ${row.id} (${row.name}): lease lost to another worker; signalled the handler to stop`);
      }
    } catch (error) {
      this.options.log(`job ${row.id} (${row.name}): could not renew the lease: ${(error as Error).message}`);
    }
  }

  private async pruneNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    try {
      await jobs.deleteDoneBefore(this.db, new Date(this.clock.now().getTime() - this.options.keepDoneMs));
    } catch (error) {
      this.options.log(`job queue: could not delete old finished jobs: ${(error as Error).message}`);
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // fails the payload schema: a permanent failure, recorded on the row
  }
}
