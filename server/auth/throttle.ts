/** Rate limits kept in the database, so every web process on every machine shares them. */
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { RateLimitedError } from '../errors.js';
import { clearAttempts, countAttempt, hasAttempts } from './throttle.repository.js';

export interface Limit {
  limit: number;
  windowSeconds: number;
}

export async function consumeAttempt(deps: { db: Database; clock: Clock }, key: string, limit: Limit): Promise<void> {
  const now = deps.clock.now();
  const cutoff = new Date(now.getTime() - limit.windowSeconds * 1000).toISOString();
  const { count, windowStart } = await countAttempt(deps.db, key, now.toISOString(), cutoff);
  if (count > limit.limit) {
    const retryAfter = Math.max(1, Math.ceil((Date.parse(windowStart) + limit.windowSeconds * 1000 - now.getTime()) / 1000));
    throw new RateLimitedError(retryAfter);
  }
}

export async function resetAttempts(deps: { db: Database }, key: string): Promise<void> {
  await clearAttempts(deps.db, key);
}

/** Whether anything is counted under any of the keys (a read): lets a caller skip a clear with nothing to clear. */
export async function anyAttempts(deps: { db: Database }, keys: readonly string[]): Promise<boolean> {
  return hasAttempts(deps.db, keys);
}
