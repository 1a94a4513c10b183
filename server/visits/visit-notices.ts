/**
 * The resident's e-mails about a visit: booked, moved, cancelled, and the reminder the day before.
 * Each is rendered in the person's language and put on the outbox inside the caller's transaction,
 * with an iCalendar event the resident's calendar can take (a cancelling one when cancelled).
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { DB } from '../db/schema.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { BookableService, ServicePoint, Visit } from './visit.js';

export type VisitNoticeKind = 'visit_booked' | 'visit_moved' | 'visit_cancelled' | 'visit_reminder';

export interface VisitNoticeDeps {
  clock: Clock;
  jobs: JobQueue;
  templatesDir: string;
  publicUrl: string;
}

/** Inside the caller's transaction: renders the notice in the person's language and queues it on the outbox
 *  (with an .ics for booked/moved/reminder; a METHOD:CANCEL .ics for cancelled). No e-mail → stored as skipped. */
export async function queueVisitNotice(
  trx: Kysely<DB>,
  deps: VisitNoticeDeps,
  notice: { kind: VisitNoticeKind; visit: Visit; service: BookableService; servicePoint: ServicePoint; code?: string | null },
): Promise<void> {
  void trx;
  void deps;
  throw new Error(`visit notices are not written yet (${notice.kind})`);
}
