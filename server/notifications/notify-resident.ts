/**
 * The residents' room of the dispatcher: for each case event, the e-mail its petitioner is sent
 * (resident-notification.ts decides which), rendered in the case's reply language with the
 * one-click status link, and put into the outbox with its sending queued — in the dispatcher's
 * transaction, under '<eventId>:<kind>', so a repeat stores nothing.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { loadCaseForNotice, reissueTrackingCodeInTrx } from '../cases/index.js';
import { departmentName } from '../departments/department.js';
import { findDepartment } from '../departments/find-department.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { LETTER_TEXTS } from '../replies/letter-texts.js';
import { letterKindsSentSince } from '../replies/sent-letters.js';
import type { TemplateSet } from '../replies/template.store.js';
import type { EventHandler } from './dispatch-events.js';
import { SKIP_REASONS, type Notification } from './notification.js';
import { renderNotice } from './notification-template.js';
import { loadResidentNoticeTexts } from './notification-template.store.js';
import { findNotificationByKey } from './notification.repository.js';
import { queueNotification } from './queue-notification.js';
import { residentNoticeOf } from './resident-notification.js';
import { createStatusLinkToken, statusLinkUrl } from './status-link.js';

export interface ResidentNoticeDeps {
  db: Database;
  clock: Clock;
  jobs: JobQueue;
  secret: string;
  templatesDir: string;
  /** Where the status page is reached from outside (config.publicUrl, or the local address). */
  publicUrl: string;
}

/** The one-click link for a case, as the e-mails (notices and the signed letter's) carry it. */
export function statusLinkFor(deps: { secret: string; publicUrl: string }, caseNumber: string, language: string, now: Date): string {
  return statusLinkUrl(deps.publicUrl, language, createStatusLinkToken(deps.secret, caseNumber, now));
}

export function residentNotificationHandler(deps: ResidentNoticeDeps): EventHandler {
  // Read at start, so a broken text stops the desk instead of a message.
  const texts = loadResidentNoticeTexts(deps.templatesDir);
  return async (trx: Kysely<DB>, event) => {
    const kase = await loadCaseForNotice(trx, event.caseId);
    if (!kase) return;
    const lang = kase.replyLanguage;
    const department = await findDepartment({ db: trx }, kase.departmentId);
    const now = deps.clock.now();
    const notice = residentNoticeOf(event, kase, department ? departmentName(department, lang) : LETTER_TEXTS[lang].municipality, now);
    if (!notice) return;
    const dedupeKey = `${event.id}:${notice.kind}`;
    if (await findNotificationByKey(trx, dedupeKey)) return;
    const values: Record<string, string> = { ...notice.values, number: kase.number, statusLink: statusLinkFor(deps, kase.number, lang, now) };
    // The code goes out only in a message that will be sent; the old one stops working at once.
    if (notice.withTrackingCode && !notice.skipReason) {
      values.trackingCode = await reissueTrackingCodeInTrx(trx, deps.secret, kase.id, 'email_acknowledgement', now);
    }
    const { subject, body } = renderNotice(texts, notice.kind, lang, values);
    await queueNotification(trx, deps, {
      dedupeKey, audience: 'resident', kind: notice.kind, language: lang, subject, bodyText: body,
      recipient: kase.petitionerEmail, caseId: kase.id, eventId: event.id,
      attachmentDocumentId: notice.skipReason ? null : (notice.attachmentDocumentId ?? null),
      inReplyTo: notice.inReplyTo ?? null, sendAfter: notice.sendAfter ?? null, skipReason: notice.skipReason ?? null,
    });
  };
}

/** Just before the extension notice goes: an extension letter sent since the extension told them already. */
export async function residentNoticeCancelReason(deps: { db: Database; templates: () => TemplateSet }, n: Notification): Promise<string | null> {
  if (n.audience !== 'resident' || n.kind !== 'deadline_extended' || !n.caseId) return null;
  const kinds = await letterKindsSentSince(deps, n.caseId, n.createdAt);
  return kinds.includes('extension') ? SKIP_REASONS.letterSent : null;
}
