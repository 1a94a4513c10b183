/**
 * Domain errors: a stable machine code and an i18n key for the reader's message.
 * No HTTP here; app/.server/errors.ts maps codes to status codes.
 */
export type DomainErrorCode =
  | 'not_found'
  | 'forbidden'
  | 'unauthenticated'
  | 'invalid_input'
  | 'illegal_transition'
  | 'conflict'
  | 'rate_limited'
  | 'invalid_credentials'
  | 'extension_not_allowed'
  | 'csrf'
  | 'storage_full';

/**
 * A brand that survives module duplication: the web bundle and the server process may hold two
 * copies of this file, so `instanceof` cannot be trusted across that line — `isDomainError` can.
 */
const DOMAIN_ERROR = Symbol.for('petition-desk.domain-error');

export function isDomainError(value: unknown): value is DomainError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[DOMAIN_ERROR] === true;
}

export class DomainError extends Error {
  readonly [DOMAIN_ERROR] = true;
  readonly code: DomainErrorCode;
  /** Key under `errors.` in locales/. */
  readonly i18nKey: string;
  readonly details?: Record<string, unknown>;

  constructor(code: DomainErrorCode, message: string, options: { i18nKey?: string; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.i18nKey = options.i18nKey ?? `errors.${code}`;
    this.details = options.details;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not_found', `${what} not found`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'forbidden') {
    super('forbidden', message);
  }
}

export class InvalidInputError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('invalid_input', message, { details });
  }
}

export class IllegalTransitionError extends DomainError {
  constructor(from: string, to: string) {
    super('illegal_transition', `a case cannot move from ${from} to ${to}`, { details: { from, to } });
  }
}

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', 'too many attempts', { details: { retryAfterSeconds } });
  }
}

/**
 * The volume that keeps originals and letters is full: nothing was stored, nothing half-written,
 * and nothing else happened (blobs are written before any case). An outage for people to fix, not
 * the reader's mistake.
 */
export class StorageFullError extends DomainError {
  constructor(detail: string) {
    super('storage_full', `the document store is full: ${detail}`);
  }
}
