/**
 * The throttle in front of the resident's reference + code (the visits service answers a wrong pair
 * with NotFoundError and leaves throttling to the web). Server only.
 *
 * Unlike the case's 80-bit tracking code, a visit's code is six digits (it is read out over the
 * phone): a million values, which an unthrottled script would try in hours. So, unlike the status
 * page, a throttled request is refused before the code is checked: past `free` wrong answers in the
 * window each further try waits `baseSeconds · 2^n` (at most `maxSeconds`) from the last one, per
 * client address and per reference (a guesser spread over many addresses). At the per-reference
 * ceiling a guesser gets one try in fifteen minutes, ~110 a day: a dozen years, on average, to hit one of a million codes.
 * The right resident kept waiting by someone else's guessing can still call 1664. A success clears
 * the reference's failures, never the client's (a guesser could reset them with a visit of its own).
 *
 * Kept in this process's memory: the web server is one process (jobs may run elsewhere), and a
 * restart forgiving a few failures costs nothing the ceiling does not bound.
 */
import { isDomainErrorOf } from '../../.server/status-page.server';

interface Policy {
  free: number;
  windowSeconds: number;
  baseSeconds: number;
  maxSeconds: number;
}

const FIFTEEN_MINUTES = 15 * 60;
export const VISIT_LOOKUP_THROTTLES = {
  perClient: { free: 10, windowSeconds: FIFTEEN_MINUTES, baseSeconds: 2, maxSeconds: FIFTEEN_MINUTES },
  perReference: { free: 10, windowSeconds: 24 * 60 * 60, baseSeconds: 2, maxSeconds: FIFTEEN_MINUTES },
} as const satisfies Record<string, Policy>;

/** Bounded, so that a flood of made-up references cannot grow the table without end. */
const MAX_KEYS = 100_000;
const failures = new Map<string, { count: number; first: number; last: number }>();

function current(key: string, policy: Policy, now: number) {
  const entry = failures.get(key);
  if (!entry || now - entry.first > policy.windowSeconds * 1000) return null;
  return entry;
}

function waitFor(key: string, policy: Policy, now: number): number {
  const entry = current(key, policy, now);
  if (!entry || entry.count < policy.free) return 0;
  const delay = Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** Math.min(30, entry.count - policy.free));
  return Math.max(0, Math.ceil((entry.last + delay * 1000 - now) / 1000));
}

function record(key: string, policy: Policy, now: number): void {
  const entry = current(key, policy, now);
  if (entry) {
    entry.count += 1;
    entry.last = now;
    return;
  }
  if (failures.size >= MAX_KEYS) {
    // The oldest entries go first (a Map keeps insertion order).
    for (const k of [...failures.keys()].slice(0, MAX_KEYS / 10)) failures.delete(k);
  }
  failures.set(key, { count: 1, first: now, last: now });
}

export type Throttled<T> = { ok: true; value: T } | { ok: false; retryAfter: number | null };

/**
 * Runs `work` (a use case given the reference and code) unless this client or reference must wait:
 * `{ ok: false, retryAfter }` when throttled, `{ ok: false, retryAfter: null }` for a wrong pair.
 */
export async function throttledResidentAccess<T>(clientKey: string, reference: string, now: number, work: () => Promise<T>): Promise<Throttled<T>> {
  const T = VISIT_LOOKUP_THROTTLES;
  const keys = { client: `visit:client:${clientKey}`, reference: `visit:ref:${reference.trim().toUpperCase()}` };
  const wait = Math.max(waitFor(keys.client, T.perClient, now), waitFor(keys.reference, T.perReference, now));
  if (wait > 0) return { ok: false, retryAfter: wait };
  try {
    const value = await work();
    failures.delete(keys.reference);
    return { ok: true, value };
  } catch (error) {
    // A reference not even well-formed is as wrong as a wrong code: the same answer, counted the same.
    if (!isDomainErrorOf(error, 'not_found') && !isDomainErrorOf(error, 'invalid_input')) throw error;
    record(keys.client, T.perClient, now);
    record(keys.reference, T.perReference, now);
    console.warn(JSON.stringify({ event: 'visit_lookup_failed', client: clientKey, reference: keys.reference.slice(10) }));
    return { ok: false, retryAfter: null };
  }
}
