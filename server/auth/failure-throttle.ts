/**
 * Throttling by failures, with a delay that grows: the throttles of sign-in. Only failures count
 * (a successful sign-in costs nothing), and after `free` failures in the window each further try
 * waits `baseSeconds · 2^(failures − free)` from the last failure, at most `maxSeconds`: guessing
 * slows to a crawl, while the right person waits seconds at worst, and never the whole window.
 */
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { clearAttempts, countAttempt, markTime, peekAttempts } from './throttle.repository.js';

export interface FailurePolicy {
  /** Failures allowed in the window before any wait. */
  free: number;
  windowSeconds: number;
  baseSeconds: number;
  maxSeconds: number;
}

export interface FailureCount {
  failures: number;
  lastFailureAt: number | null;
}

type Deps = { db: Database; clock: Clock };

/** The wait, in seconds, the failures call for now (0: none). Pure. */
export function waitSeconds(count: FailureCount, policy: FailurePolicy, now: number, free = policy.free): number {
  if (count.failures < free || count.lastFailureAt === null) return 0;
  const delay = Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** Math.min(30, count.failures - free));
  return Math.max(0, Math.ceil((count.lastFailureAt + delay * 1000 - now) / 1000));
}

export async function readFailures(deps: Deps, key: string, policy: FailurePolicy): Promise<FailureCount> {
  const now = deps.clock.now().getTime();
  const cutoff = new Date(now - policy.windowSeconds * 1000).toISOString();
  const { count } = await peekAttempts(deps.db, key, cutoff);
  if (count === 0) return { failures: 0, lastFailureAt: null };
  const last = await peekAttempts(deps.db, `${key}:last`, cutoff);
  return { failures: count, lastFailureAt: last.windowStart ? Date.parse(last.windowStart) : null };
}

export async function recordFailure(deps: Deps, key: string, policy: FailurePolicy): Promise<void> {
  const now = deps.clock.now();
  await countAttempt(deps.db, key, now.toISOString(), new Date(now.getTime() - policy.windowSeconds * 1000).toISOString());
  await markTime(deps.db, `${key}:last`, now.toISOString());
}

export async function clearFailures(deps: { db: Database }, key: string): Promise<void> {
  await clearAttempts(deps.db, key);
  await clearAttempts(deps.db, `${key}:last`);
}
