/**
 * Sign-in: argon2id verification, throttled by failures, then a new database-backed session. The
 * session token is returned once (for the cookie) and stored hashed.
 *
 * Throttles slow a guesser and never lock the right person out (failure-throttle.ts: only failures
 * count, and the wait grows from the last one):
 * - per client address: 10 failures free, on any accounts (one machine guessing many);
 * - per account and client: 5 failures free (one machine guessing one account);
 * - per account, from anywhere: once an account has 10 failures in the window it is under attack,
 *   and a client that has itself failed on it waits after each failure; a client that has not
 *   (the owner, from their own machine) signs in at once. So failures from elsewhere never keep the
 *   right password out, and a guesser with many addresses gets one try per address, then waits.
 * A successful sign-in clears only this client's failures on the account.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DomainError, RateLimitedError } from '../errors.js';
import type { AuthDeps } from './deps.js';
import { clearFailures, readFailures, recordFailure, waitSeconds, type FailurePolicy } from './failure-throttle.js';
import { dummyHash, verifyPassword } from './password.adapter.js';
import { insertSession } from './session.repository.js';
import { sessionDeadline } from './session-lifetime.js';
import { normaliseEmail, type User } from './user.js';
import { findUserByEmail } from './user.repository.js';

const FIFTEEN_MINUTES = 15 * 60;
export const SIGN_IN_THROTTLES = {
  perClient: { free: 10, windowSeconds: FIFTEEN_MINUTES, baseSeconds: 2, maxSeconds: FIFTEEN_MINUTES },
  perAccountAndClient: { free: 5, windowSeconds: FIFTEEN_MINUTES, baseSeconds: 2, maxSeconds: FIFTEEN_MINUTES },
  /** `free` here: failures from anywhere after which the account counts as under attack. */
  perAccount: { free: 10, windowSeconds: FIFTEEN_MINUTES, baseSeconds: 2, maxSeconds: FIFTEEN_MINUTES },
} as const satisfies Record<string, FailurePolicy>;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Who tried, for the log: never the password, and the account only as a hash. */
function accountHash(email: string): string {
  return createHash('sha256').update(`account:${email}`).digest('hex').slice(0, 16);
}

function logSignIn(outcome: 'failed' | 'throttled', email: string, ip: string | null, extra: Record<string, unknown> = {}): void {
  console.warn(JSON.stringify({ event: `sign_in_${outcome}`, account: accountHash(email), client: ip ?? 'unknown', ...extra }));
}

export async function signIn(
  deps: AuthDeps,
  input: { email: string; password: string; ip: string | null; userAgent: string | null },
): Promise<{ user: User; token: string; expiresAt: Date }> {
  const email = normaliseEmail(input.email);
  const client = input.ip ?? 'unknown';
  const keys = { client: `signin:fail:client:${client}`, pair: `signin:fail:pair:${email}:${client}`, account: `signin:fail:account:${email}` };
  const T = SIGN_IN_THROTTLES;
  const [byClient, byPair, byAccount] = await Promise.all([
    readFailures(deps, keys.client, T.perClient),
    readFailures(deps, keys.pair, T.perAccountAndClient),
    readFailures(deps, keys.account, T.perAccount),
  ]);
  const now = deps.clock.now().getTime();
  const underAttack = byAccount.failures >= T.perAccount.free;
  const wait = Math.max(
    waitSeconds(byClient, T.perClient, now),
    waitSeconds(byPair, T.perAccountAndClient, now),
    // Under attack: this client's own failures on the account wait from the first one.
    underAttack ? waitSeconds(byPair, T.perAccount, now, 1) : 0,
  );
  if (wait > 0) {
    logSignIn('throttled', email, input.ip, { retryAfterSeconds: wait });
    throw new RateLimitedError(wait);
  }

  const found = await findUserByEmail(deps.db, email);
  const ok = await verifyPassword(found?.passwordHash ?? (await dummyHash()), input.password);
  if (!found || !ok || !found.active) {
    await recordFailure(deps, keys.client, T.perClient);
    await recordFailure(deps, keys.pair, T.perAccountAndClient);
    await recordFailure(deps, keys.account, T.perAccount);
    logSignIn('failed', email, input.ip, { reason: !found ? 'unknown_account' : !found.active ? 'inactive' : 'wrong_password' });
    throw new DomainError('invalid_credentials', 'wrong e-mail or password');
  }
  await clearFailures(deps, keys.pair);

  const token = randomBytes(32).toString('base64url');
  const at = deps.clock.now();
  const expiresAt = sessionDeadline(deps, at, at);
  await insertSession(deps.db, {
    id: sessionIdOf(token),
    userId: found.id,
    createdAt: at.toISOString(),
    expiresAt: expiresAt.toISOString(),
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  const { passwordHash: _hash, ...user } = found;
  return { user, token, expiresAt };
}
