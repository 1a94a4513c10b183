import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';

/** What the reports' use cases need: the database and the clock (for "today"). */
export interface ReportDeps {
  db: Database;
  clock: Clock;
}
