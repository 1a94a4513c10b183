/**
 * A message in the outbox: what it says, to whom, and where it is on its way. Pure types and rules.
 * Residents' notices and staff digests share it: the row is rendered before it is stored, so the
 * send job knows nothing of who wrote it.
 */
import type { Lang } from '../languages.js';

export type NotificationAudience = 'resident' | 'staff';
export type NotificationStatus = 'pending' | 'sent' | 'failed' | 'skipped' | 'cancelled';

export interface Notification {
  id: string;
  dedupeKey: string;
  audience: NotificationAudience;
  caseId: string | null;
  userId: string | null;
  eventId: string | null;
  kind: string;
  recipient: string | null;
  language: Lang;
  subject: string;
  bodyText: string;
  attachmentDocumentId: string | null;
  /** A small text file stored with the message itself (a visit's .ics): no document behind it. */
  inlineAttachment: InlineAttachment | null;
  messageId: string;
  inReplyTo: string | null;
  status: NotificationStatus;
  skipReason: string | null;
  attempts: number;
  lastError: string | null;
  sendAfter: string | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

export interface InlineAttachment {
  filename: string;
  /** With its parameters, as it goes out: 'text/calendar; charset=utf-8; method=PUBLISH'. */
  contentType: string;
  /** Text (UTF-8 on the wire). */
  content: string;
}

/** Ours, stable for the life of the row: every attempt sends the same message, which clients take as one. */
export function notificationMessageId(id: string): string {
  return `notice-${id}@desk.vilnius.example`;
}

/** Why a row was stored without being sent, or stopped before it was: shown to the clerk on the case. */
export const SKIP_REASONS = {
  /** The petitioner gave no e-mail address: they were not told by e-mail. */
  noEmail: 'no_email',
  /** The signed letter that caused the event was e-mailed, and it carries the one-click link: it is the notice. */
  letterEmailed: 'letter_emailed',
  /** The clerk sent an extension letter before the notice was due: the letter told them. */
  letterSent: 'letter_sent',
  /** Answered without a signed letter on the case: nothing to attach, and the resident is told by whoever answered. */
  noLetter: 'no_letter',
  /** A visit's reminder, made void when the visit was moved or cancelled before it went. */
  visitChanged: 'visit_changed',
} as const;

/** How many tries a message gets before it is 'failed' (with back-off between them: jobs/backoff.ts). */
export const NOTIFICATION_MAX_ATTEMPTS = 6;

/** Error text kept on the row: enough for a clerk to see what the relay said, not a stack. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 500 ? `${message.slice(0, 497)}...` : message;
}
