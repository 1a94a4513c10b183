/** Retry timing for the embedded queue (graphile-worker has its own: e^attempt seconds). Pure. */

export interface BackoffPolicy {
  /** Delay after the first failed attempt, before jitter. */
  baseMs: number;
  /** No retry waits longer than this. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 60 * 60_000 };

/**
 * Exponential back-off with "equal jitter": base·2^(attempt−1), capped, then somewhere between half
 * of it and all of it. The jitter keeps jobs that failed together (an OCR outage) from retrying in
 * one burst; the fixed half keeps a retry from ever being immediate.
 */
export function retryDelayMs(failedAttempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(failedAttempt - 1, 0), 30);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
