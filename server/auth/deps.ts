import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';

export interface AuthDeps {
  db: Database;
  clock: Clock;
  /** The sliding window: a session unused this long ends. */
  sessionHours: number;
  /** The absolute lifetime from sign-in, however busy the session (default 12). */
  sessionMaxHours?: number;
}

export const DEFAULT_SESSION_MAX_HOURS = 12;
