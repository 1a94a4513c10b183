/**
 * The web's side of the throttle in front of a resident's reference + code: the counting is the
 * visits slice's, in the database (server/visits/resident-access-throttle.ts), so every web process
 * shares it; here a throttled request is refused before the code is checked. Server only.
 */
import type { AppLoadContext } from '@remix-run/node';
import { isDomainErrorOf } from '../../.server/status-page.server';

export type Throttled<T> = { ok: true; value: T } | { ok: false; retryAfter: number | null };

/**
 * Runs `work` (a use case given the reference and code) unless this client or reference must wait:
 * `{ ok: false, retryAfter }` when throttled, `{ ok: false, retryAfter: null }` for a wrong pair.
 */
export async function throttledResidentAccess<T>(context: AppLoadContext, reference: string, work: () => Promise<T>): Promise<Throttled<T>> {
  const visits = context.services.visits;
  const clientKey = context.clientIp;
  const wait = await visits.residentAccessWait(clientKey, reference);
  if (wait > 0) return { ok: false, retryAfter: wait };
  try {
    const value = await work();
    await visits.clearResidentAccessFailures(reference);
    return { ok: true, value };
  } catch (error) {
    // A reference not even well-formed is as wrong as a wrong code: the same answer, counted the same.
    if (!isDomainErrorOf(error, 'not_found') && !isDomainErrorOf(error, 'invalid_input')) throw error;
    await visits.recordResidentAccessFailure(clientKey, reference);
    return { ok: false, retryAfter: null };
  }
}
