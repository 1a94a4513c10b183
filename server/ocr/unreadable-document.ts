/**
 * A document whose text cannot be read, with the reason a clerk can be told (`problem.<reason>`
 * in locales/). The original is kept; the case goes to review. Not an outage: do not retry.
 */
import { DomainError } from '../errors.js';

/** Why a document's text cannot be read (each an i18n key `problem.<reason>`). */
export type UnreadableReason =
  | 'empty'
  | 'unsupported_type'
  | 'too_large'
  | 'too_many_pages'
  | 'pixel_flood'
  | 'encrypted'
  | 'corrupt'
  | 'decompression_bomb'
  /** Opening it would cost more time or decoding than its inspection may spend. */
  | 'too_complex';

/** A brand that survives module duplication, like isDomainError. */
const UNREADABLE = Symbol.for('petition-desk.unreadable-document');

export class UnreadableDocumentError extends DomainError {
  readonly [UNREADABLE] = true;
  readonly reason: UnreadableReason;

  constructor(reason: UnreadableReason, detail?: string) {
    super('invalid_input', detail ? `unreadable document (${reason}): ${detail}` : `unreadable document (${reason})`, {
      i18nKey: `problem.${reason}`,
      details: { reason },
    });
    this.name = 'UnreadableDocumentError';
    this.reason = reason;
  }
}

export function isUnreadableDocument(value: unknown): value is UnreadableDocumentError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[UNREADABLE] === true;
}
