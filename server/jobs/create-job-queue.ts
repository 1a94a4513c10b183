/**
 * Picks the job queue for the database: the embedded queue on SQLite (one machine, nothing else to
 * run), graphile-worker on PostgreSQL (worker processes on as many machines as needed).
 */
import type { Clock } from '../clock.js';
import type { DatabaseTarget } from '../config.js';
import type { Database } from '../db/database.js';
import { createGraphileJobQueue, type GraphileJobQueueOptions } from './graphile-job-queue.adapter.js';
import type { JobQueue } from './job-queue.js';
import { createSqliteJobQueue, type SqliteJobQueueOptions } from './sqlite-job-queue.adapter.js';

/** Tuning for either queue; each takes what applies to it (tests shorten leases and intervals). */
export interface JobQueueTuning {
  sqlite?: SqliteJobQueueOptions;
  postgres?: Omit<GraphileJobQueueOptions, 'connectionString'>;
  log?: (message: string) => void;
}

export function createJobQueue(target: DatabaseTarget, db: Database, clock: Clock, tuning: JobQueueTuning = {}): JobQueue {
  if (target.dialect === 'postgres') {
    // Graphile keeps its own pool beside the app's: its workers hold connections for LISTEN and for
    // long jobs, which must not starve web requests. Enqueue still runs on the caller's transaction.
    return createGraphileJobQueue({ log: tuning.log, ...tuning.postgres, connectionString: target.url });
  }
  return createSqliteJobQueue(db, clock, { log: tuning.log, ...tuning.sqlite });
}
