/**
 * The resident's status lookup: number + tracking code → the public view of the case. A wrong
 * code and an unknown number give the same answer.
 *
 * Throttled by failures only, and never so that the right person is kept out:
 * - The code is 80 random bits (tracking-code.ts). A guesser who sent a hundred thousand
 *   lookups a second for a century (far beyond what one desk answers) would try about 2^48 codes,
 *   and expect to hit one case's code with a chance of about 2^-32. What protects a case is the
 *   code's length, not the throttle, so the throttle may afford to let the right code through
 *   always: it is checked before any wait, and a correct number + code is answered at once, however
 *   many wrong ones came before from the same address (a whole office behind one NAT shares it).
 * - Only wrong answers count, per client address and per case number (a guesser spreading one
 *   case over many addresses). Past `free` failures in the window, each wrong answer is told to
 *   wait `baseSeconds · 2^n` (growing with every further failure, at most `maxSeconds`) instead of
 *   being told the code is wrong: an honest person who mistyped slows down and reads the code
 *   again; a script learns nothing a 404 would not have told it. Nothing is ever locked.
 * - A successful lookup costs nothing (no write unless there are failures to clear) and clears the case's failures (whoever holds the code has
 *   no use for guessing it), never the client's (a guesser could reset them with a case of its own).
 */
import { readFailures, recordFailure, clearFailures, waitSeconds, type FailurePolicy } from '../auth/failure-throttle.js';
import { anyAttempts } from '../auth/throttle.js';
import { NotFoundError, RateLimitedError } from '../errors.js';
import { parseCaseNumber } from './case-number.js';
import { findCaseByNumber } from './case.repository.js';
import { trackingCodeMatches } from './tracking-code.js';
import type { CaseDeps } from './deps.js';
import { publicCaseView, type PublicCaseView } from './public-case-view.js';

export type { PublicCaseView } from './public-case-view.js';

const FIFTEEN_MINUTES = 15 * 60;
export const LOOKUP_THROTTLES = {
  /** An office's residents mistyping now and then, never a locked door for the one who has the code. */
  perClient: { free: 10, windowSeconds: FIFTEEN_MINUTES, baseSeconds: 2, maxSeconds: FIFTEEN_MINUTES },
  /** One case guessed from anywhere. */
  perCase: { free: 10, windowSeconds: 60 * 60, baseSeconds: 2, maxSeconds: FIFTEEN_MINUTES },
} as const satisfies Record<string, FailurePolicy>;

/** The wait after `failures` wrong answers (this one counted): none up to `free`, then 2, 4, 8 … seconds. */
function waitAfter(failures: { failures: number; lastFailureAt: number | null }, policy: FailurePolicy, now: number): number {
  return waitSeconds(failures, policy, now, policy.free + 1);
}

export async function trackCase(deps: CaseDeps, input: { number: string; code: string; clientKey: string }): Promise<PublicCaseView> {
  const parsed = parseCaseNumber(input.number);
  const kase = parsed ? await findCaseByNumber(deps.db, parsed.number) : undefined;
  const keys = { client: `track:fail:client:${input.clientKey}`, case: parsed ? `track:fail:case:${parsed.number}` : null };
  if (kase && trackingCodeMatches(deps.secret, input.code, kase.trackingCodeHash)) {
    // Cleared only when there is something to clear: a read, not two deletes (writes, which SQLite
    // takes one at a time across every process) on every successful lookup.
    if (await anyAttempts(deps, [keys.case!, `${keys.case!}:last`])) await clearFailures(deps, keys.case!);
    return publicCaseView(deps.db, kase);
  }
  // Counted for any well-formed number, existing or not, so a wait says nothing about whether a case exists.
  const T = LOOKUP_THROTTLES;
  await recordFailure(deps, keys.client, T.perClient);
  if (keys.case) await recordFailure(deps, keys.case, T.perCase);
  const now = deps.clock.now().getTime();
  const [byClient, byCase] = await Promise.all([
    readFailures(deps, keys.client, T.perClient),
    keys.case ? readFailures(deps, keys.case, T.perCase) : Promise.resolve({ failures: 0, lastFailureAt: null }),
  ]);
  const wait = Math.max(waitAfter(byClient, T.perClient, now), waitAfter(byCase, T.perCase, now));
  if (wait > 0) {
    console.warn(JSON.stringify({ event: 'track_lookup_throttled', client: input.clientKey, case: parsed?.number ?? null, failures: Math.max(byClient.failures, byCase.failures), retryAfterSeconds: wait }));
    throw new RateLimitedError(wait);
  }
  throw new NotFoundError('case');
}
