/** How long a session lives: pure, shared by sign-in and session resolution. */
import { DEFAULT_SESSION_MAX_HOURS, type AuthDeps } from './deps.js';

/** When a session used at `now` ends: the sliding window, capped by the absolute lifetime. */
export function sessionDeadline(deps: Pick<AuthDeps, 'sessionHours' | 'sessionMaxHours'>, createdAt: Date, now: Date): Date {
  const sliding = now.getTime() + deps.sessionHours * 3600_000;
  const absolute = createdAt.getTime() + (deps.sessionMaxHours ?? DEFAULT_SESSION_MAX_HOURS) * 3600_000;
  return new Date(Math.min(sliding, absolute));
}

