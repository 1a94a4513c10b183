/**
 * The throttle in front of a resident's reference + code, kept in the database (auth's failure
 * throttle) so that every web process on every machine counts the same failures.
 *
 * Unlike a case's long tracking code, a visit's code is six digits (it is read out over the phone):
 * a million values, which an unthrottled script would try in hours. So, unlike the status page, a
 * throttled request is refused before the code is checked: past `free` wrong answers in the window,
 * each further try waits `baseSeconds · 2^n` (at most `maxSeconds`) from the last one, per client
 * address and per reference (a guesser spread over many addresses). At the per-reference ceiling a
 * guesser gets one try in fifteen minutes, ~96 a day: decades, on average, to hit one of a million codes.
 * The right resident kept waiting by someone else's guessing can still call 1664. A success clears
 * the reference's failures, never the client's (a guesser could reset them with a visit of its own).
 */
import { clearFailures, readFailures, recordFailure, waitSeconds, type FailurePolicy } from '../auth/failure-throttle.js';
import type { VisitDeps } from './deps.js';

const FIFTEEN_MINUTES = 15 * 60;
export const VISIT_LOOKUP_THROTTLES = {
  perClient: { free: 10, windowSeconds: FIFTEEN_MINUTES, baseSeconds: 2, maxSeconds: FIFTEEN_MINUTES },
  perReference: { free: 10, windowSeconds: 24 * 60 * 60, baseSeconds: 2, maxSeconds: FIFTEEN_MINUTES },
} as const satisfies Record<string, FailurePolicy>;

function keysOf(clientKey: string, reference: string) {
  return { client: `visit:fail:client:${clientKey}`, reference: `visit:fail:ref:${reference.trim().toUpperCase().slice(0, 40)}` };
}

/** Seconds this client must wait before another try at this reference (0: go ahead). */
export async function residentAccessWait(deps: VisitDeps, clientKey: string, reference: string): Promise<number> {
  const keys = keysOf(clientKey, reference);
  const T = VISIT_LOOKUP_THROTTLES;
  const now = deps.clock.now().getTime();
  const [byClient, byReference] = await Promise.all([readFailures(deps, keys.client, T.perClient), readFailures(deps, keys.reference, T.perReference)]);
  return Math.max(waitSeconds(byClient, T.perClient, now), waitSeconds(byReference, T.perReference, now));
}

/** A wrong pair (or a reference not even well-formed): counted for the client and the reference. */
export async function recordResidentAccessFailure(deps: VisitDeps, clientKey: string, reference: string): Promise<void> {
  const keys = keysOf(clientKey, reference);
  await recordFailure(deps, keys.client, VISIT_LOOKUP_THROTTLES.perClient);
  await recordFailure(deps, keys.reference, VISIT_LOOKUP_THROTTLES.perReference);
  console.warn(JSON.stringify({ event: 'visit_lookup_failed', client: clientKey, reference: keys.reference.slice('visit:fail:ref:'.length) }));
}

/** The right pair: the reference's failures are forgotten (the client's are not). */
export async function clearResidentAccessFailures(deps: VisitDeps, reference: string): Promise<void> {
  await clearFailures(deps, keysOf('', reference).reference);
}
