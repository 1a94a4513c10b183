/**
 * A document whose text cannot be read, with the reason a clerk can be told (`problem.<reason>`
 * in locales/). The original is kept; the case goes to review. Not an outage: do not retry.
 */
import { DomainError } from '../errors.js';
import type { FileProblem } from '../intake/files/inspect-file.js';

/** A brand that survives module duplication, like isDomainError. */
const UNREADABLE = Symbol.for('petition-desk.unreadable-document');

export class UnreadableDocumentError extends DomainError {
  readonly [UNREADABLE] = true;
  readonly reason: FileProblem;

  constructor(reason: FileProblem, detail?: string) {
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
