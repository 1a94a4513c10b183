import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';

export interface AuthDeps {
  db: Database;
  clock: Clock;
  sessionHours: number;
}
