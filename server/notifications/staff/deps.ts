import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import type { JobQueue } from '../../jobs/job-queue.js';

/** What the staff notifications need: the database, the clock, and the queue the sweep re-enqueues itself on. */
export interface StaffNotificationDeps {
  db: Database;
  clock: Clock;
  jobs: JobQueue;
}
