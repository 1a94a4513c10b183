/** What the resident's status page needs from a domain error beyond its message key. */
import { isDomainError } from '../../server/errors';

/** The wait a refused lookup was told (RateLimitedError), or null for any other error. */
export function retryAfterOf(error: unknown): number | null {
  if (!isDomainError(error) || error.code !== 'rate_limited') return null;
  const seconds = Number(error.details?.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60;
}

export function isDomainErrorOf(error: unknown, code: string): boolean {
  return isDomainError(error) && error.code === code;
}
