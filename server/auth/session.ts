/** Resolving and ending sessions. Sessions slide: each use within the window extends it. */
import { findLiveSession, revokeSession, touchSession } from './session.repository.js';
import { sessionIdOf } from './sign-in.js';
import type { AuthDeps } from './deps.js';
import type { User } from './user.js';

/** Don't write on every request: extend at most every five minutes. */
const TOUCH_EVERY_MS = 5 * 60_000;

export async function getSessionUser(deps: AuthDeps, token: string): Promise<User | null> {
  if (!token || token.length > 100) return null;
  const id = sessionIdOf(token);
  const now = deps.clock.now();
  const live = await findLiveSession(deps.db, id, now.toISOString());
  if (!live) return null;
  if (now.getTime() - Date.parse(live.lastSeenAt) > TOUCH_EVERY_MS) {
    await touchSession(deps.db, id, now.toISOString(), new Date(now.getTime() + deps.sessionHours * 3600_000).toISOString());
  }
  return live.user;
}

export async function signOut(deps: AuthDeps, token: string): Promise<void> {
  await revokeSession(deps.db, sessionIdOf(token), deps.clock.now().toISOString());
}
