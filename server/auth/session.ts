/**
 * Resolving and ending sessions. Sessions slide: each use within the window (`sessionHours`)
 * extends it, but never past an absolute lifetime from sign-in (`sessionMaxHours`): a stolen
 * cookie kept busy still dies, and everyone signs in again at least once a working day.
 */
import { findLiveSession, revokeSession, touchSession } from './session.repository.js';
import { sessionIdOf } from './sign-in.js';
import { DEFAULT_SESSION_MAX_HOURS, type AuthDeps } from './deps.js';
import { sessionDeadline } from './session-lifetime.js';
import type { User } from './user.js';

/** Don't write on every request: extend at most every five minutes. */
const TOUCH_EVERY_MS = 5 * 60_000;

export async function getSessionUser(deps: AuthDeps, token: string): Promise<User | null> {
  if (!token || token.length > 100) return null;
  const id = sessionIdOf(token);
  const now = deps.clock.now();
  const live = await findLiveSession(deps.db, id, now.toISOString());
  if (!live) return null;
  const createdAt = new Date(live.createdAt);
  if (now.getTime() >= createdAt.getTime() + (deps.sessionMaxHours ?? DEFAULT_SESSION_MAX_HOURS) * 3600_000) return null;
  if (now.getTime() - Date.parse(live.lastSeenAt) > TOUCH_EVERY_MS) {
    await touchSession(deps.db, id, now.toISOString(), sessionDeadline(deps, createdAt, now).toISOString());
  }
  return live.user;
}

export async function signOut(deps: AuthDeps, token: string): Promise<void> {
  await revokeSession(deps.db, sessionIdOf(token), deps.clock.now().toISOString());
}
