/**
 * The resident's e-mails about a visit: booked, moved, cancelled, and the reminder before it. Each
 * is rendered in the person's language and put on the outbox inside the caller's transaction, so
 * the booking (or its change) and its e-mail commit together, with the visit's iCalendar event
 * attached: the same UID every time, a higher SEQUENCE with each change, METHOD:CANCEL when cancelled.
 *
 * Reminders are queued only by the daily sweep (sendVisitReminders) for the next day's visits, and
 * go at once; a move or a cancellation still closes any reminder of the visit that has not gone yet
 * (one waiting for a relay that was down), so the resident is never reminded of a time that no longer holds.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { DB } from '../db/schema.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { SKIP_REASONS } from '../notifications/notification.js';
import { renderVisitText } from '../notifications/notification-template.js';
import { loadResidentNoticeTexts } from '../notifications/notification-template.store.js';
import { cancelPendingNotificationsAbout, countNotificationsAbout } from '../notifications/notifications-by-key.js';
import { queueNotification } from '../notifications/queue-notification.js';
import { LETTER_TEXTS } from '../replies/letter-texts.js';
import { visitCalendar } from './ics.js';
import { formatVisitDate, formatVisitTime } from './notices/vilnius-time.js';
import type { BookableService, LocalDateTime, ServicePoint, Visit } from './visit.js';

export type VisitNoticeKind = 'visit_booked' | 'visit_moved' | 'visit_cancelled' | 'visit_reminder';

export interface VisitNoticeDeps {
  clock: Clock;
  jobs: JobQueue;
  templatesDir: string;
  publicUrl: string;
  /**
   * The desk's sending address (config.mailFrom), named as the event's ORGANIZER: calendars match a
   * cancellation to the event by UID and organizer (RFC 5546 requires one on METHOD:CANCEL).
   */
  organizerEmail?: string | null;
}

/** The changes a calendar is told of: each raises the event's SEQUENCE by one. */
const REVISIONS: readonly VisitNoticeKind[] = ['visit_moved', 'visit_cancelled'];

const keyPrefix = (visitId: string) => `visit:${visitId}:`;

/** The reminder of a visit at a start, once: the daily sweep may run twice. */
export function visitReminderKey(visitId: string, start: LocalDateTime): string {
  return `${keyPrefix(visitId)}reminder:${start}`;
}

/** Inside the caller's transaction: renders the notice in the person's language and queues it on the outbox
 *  (with an .ics for booked/moved/reminder; a METHOD:CANCEL .ics for cancelled). No e-mail → stored as skipped. */
export async function queueVisitNotice(
  trx: Kysely<DB>,
  deps: VisitNoticeDeps,
  notice: { kind: VisitNoticeKind; visit: Visit; service: BookableService; servicePoint: ServicePoint; code?: string | null },
): Promise<void> {
  const { kind, visit, service, servicePoint } = notice;
  // Only a visit still ahead of the resident is worth a reminder.
  if (kind === 'visit_reminder' && visit.status !== 'booked') return;
  if ((kind === 'visit_booked' || kind === 'visit_moved') && !notice.code) {
    throw new Error(`a ${kind} notice carries the code the resident cancels or moves with; none was given for ${visit.reference}`);
  }
  const texts = loadResidentNoticeTexts(deps.templatesDir);
  const lang = visit.person.language;
  const now = deps.clock.now();
  const prefix = keyPrefix(visit.id);

  // Moving back to a time the visit had before is a new change, so the move's key names its revision.
  const revisionsBefore = await countNotificationsAbout(trx, prefix, REVISIONS, `${prefix}${kind}:${visit.start}`);
  const sequence = revisionsBefore + (REVISIONS.includes(kind) ? 1 : 0);
  const dedupeKey =
    kind === 'visit_reminder' ? visitReminderKey(visit.id, visit.start)
    : kind === 'visit_moved' ? `${prefix}${kind}:${visit.start}:${sequence}`
    : `${prefix}${kind}:${visit.start}`;
  if (REVISIONS.includes(kind)) await cancelPendingNotificationsAbout(trx, `${prefix}reminder:`, SKIP_REASONS.visitChanged, now);

  const base = deps.publicUrl.replace(/\/+$/, '');
  const values: Record<string, string> = {
    name: visit.person.name,
    service: service.texts[lang].name,
    date: formatVisitDate(visit.start, lang),
    time: `${formatVisitTime(visit.start, lang)}–${formatVisitTime(visit.end, lang)}`,
    place: servicePoint.names[lang],
    address: servicePoint.address,
    reference: visit.reference,
    code: notice.code ?? '',
    manageLink: `${base}/${lang}/visits/manage`,
    bookLink: `${base}/${lang}/visits`,
  };
  const { subject, body } = renderVisitText(texts, kind, lang, values);
  const event = renderVisitText(texts, 'visit_calendar', lang, values);
  const ics = visitCalendar({
    visit, servicePoint, lang, sequence, stamp: now,
    summary: event.subject, description: event.body.trim(),
    cancelled: kind === 'visit_cancelled',
    organizer: deps.organizerEmail ? { name: LETTER_TEXTS[lang].municipality, email: deps.organizerEmail } : null,
  });

  await queueNotification(trx, { db: trx, clock: deps.clock, jobs: deps.jobs }, {
    dedupeKey, audience: 'resident', kind, language: lang, subject, bodyText: body,
    recipient: visit.person.email?.trim() || null, caseId: null, inlineAttachment: ics,
  });
}
