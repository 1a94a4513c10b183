/**
 * Sign-in: argon2id verification, throttled per account and per client address, then a new
 * database-backed session. The session token is returned once (for the cookie) and stored hashed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '../errors.js';
import type { AuthDeps } from './deps.js';
import { dummyHash, verifyPassword } from './password.adapter.js';
import { insertSession } from './session.repository.js';
import { consumeAttempt, resetAttempts } from './throttle.js';
import { normaliseEmail, type User } from './user.js';
import { findUserByEmail } from './user.repository.js';

/** Five wrong passwords for one account per 15 minutes; 30 attempts per client address. */
const SIGN_IN_LIMITS = {
  perAccount: { limit: 5, windowSeconds: 15 * 60 },
  perClient: { limit: 30, windowSeconds: 15 * 60 },
} as const;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function signIn(
  deps: AuthDeps,
  input: { email: string; password: string; ip: string | null; userAgent: string | null },
): Promise<{ user: User; token: string; expiresAt: Date }> {
  const email = normaliseEmail(input.email);
  await consumeAttempt(deps, `signin:client:${input.ip ?? 'unknown'}`, SIGN_IN_LIMITS.perClient);
  await consumeAttempt(deps, `signin:account:${email}`, SIGN_IN_LIMITS.perAccount);
  const found = await findUserByEmail(deps.db, email);
  const ok = await verifyPassword(found?.passwordHash ?? (await dummyHash()), input.password);
  if (!found || !ok || !found.active) throw new DomainError('invalid_credentials', 'wrong e-mail or password');
  await resetAttempts(deps, `signin:account:${email}`);

  const token = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.sessionHours * 3600_000);
  await insertSession(deps.db, {
    id: sessionIdOf(token),
    userId: found.id,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  const { passwordHash: _hash, ...user } = found;
  return { user, token, expiresAt };
}
