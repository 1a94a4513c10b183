/**
 * The one table from domain error codes to HTTP statuses. Messages are looked up by the page
 * in the reader's language from the error's i18n key. Anything that is not a domain error is
 * a fault of ours and stays a 500 (never a 404).
 */
import { DomainError, isDomainError, type DomainErrorCode } from '../../server/errors';

const STATUS: Record<DomainErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  invalid_input: 400,
  illegal_transition: 409,
  conflict: 409,
  rate_limited: 429,
  invalid_credentials: 401,
  extension_not_allowed: 422,
  csrf: 403,
  storage_full: 503,
};

function statusOf(error: DomainError): number {
  return STATUS[error.code];
}

/** Rethrows a domain error as a Response the error boundary renders; other errors pass through. */
function toHttpError(error: unknown): unknown {
  if (!isDomainError(error)) return error;
  const headers = new Headers({ 'Content-Type': 'application/json; charset=utf-8' });
  const retryAfter = error.details?.retryAfterSeconds;
  if (error.code === 'rate_limited' && typeof retryAfter === 'number') headers.set('Retry-After', String(retryAfter));
  return new Response(JSON.stringify({ code: error.code, i18nKey: error.i18nKey }), { status: statusOf(error), headers });
}

/** Runs a use case; domain errors become HTTP responses for the error boundary. */
export async function orHttpError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toHttpError(error);
  }
}

/** For actions that show the problem inline: the i18n key of a domain error, or rethrow. */
export function inlineErrorKey(error: unknown, codes: readonly DomainErrorCode[]): string {
  if (isDomainError(error) && codes.includes(error.code)) {
    const reason = error.details?.reason;
    return typeof reason === 'string' ? `errors.reason.${reason}` : error.i18nKey;
  }
  throw toHttpError(error);
}

