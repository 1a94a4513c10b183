/** What the notifications slice needs, built once in server/services.ts. */
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Mailer } from '../mail/mailer.js';
import type { Notification } from './notification.js';

export interface OutboxDeps {
  db: Database;
  clock: Clock;
  jobs: JobQueue;
}

export interface SendNotificationDeps extends OutboxDeps {
  /** null when no relay is configured: a message then waits, and fails only after its tries. */
  mailer: () => Mailer | null;
  mailFrom: string;
  /** For the per-case Reply-To (mail/case-reply-address.ts). */
  secret: string;
  readAttachment(documentId: string): Promise<{ filename: string; contentType: string; content: Uint8Array }>;
  /**
   * Asked just before a message goes: a reason to cancel it instead (e.g. the clerk's extension
   * letter already told the resident), or null to send. Each audience's rules plug in here.
   */
  cancelReason?(notification: Notification): Promise<string | null>;
}
