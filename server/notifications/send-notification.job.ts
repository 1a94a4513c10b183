/**
 * Sends one stored message, once. A row that is no longer pending is never sent again. The e-mail
 * goes under the row's own Message-ID (the same on every try), threaded under the case's first
 * message where there is one, with the case's reply address as Reply-To; as soon as the relay
 * accepts it, it is recorded as sent (and, for a case, remembered as ours, so a resident's reply
 * threads back). Only a death between the relay's acceptance and that record can repeat the
 * e-mail, and then under the same Message-ID, which mail clients take for the same message; a
 * retry first asks whether the Message-ID was recorded, so no try after the record sends again.
 */
import { PermanentJobError, type JobDefinition } from '../jobs/job.js';
import { enqueueJob } from '../jobs/job-queue.js';
import { caseReplyAddress } from '../mail/case-reply-address.js';
import type { OutgoingMail } from '../mail/mailer.js';
import { recordOutgoingEmail, wasEmailSent } from '../mail/record-outgoing-email.js';
import type { SendNotificationDeps } from './deps.js';
import { errorText, NOTIFICATION_MAX_ATTEMPTS, type Notification } from './notification.js';
import { SEND_NOTIFICATION } from './notification-jobs.js';
import { closeNotification, findNotification, markNotificationSent, recordNotificationAttempt } from './notification.repository.js';

export function sendNotificationJob(deps: SendNotificationDeps): JobDefinition<{ notificationId: string; early?: number }> {
  return {
    ...SEND_NOTIFICATION,
    maxAttempts: NOTIFICATION_MAX_ATTEMPTS,
    async run({ notificationId, early }) {
      const n = await findNotification(deps.db, notificationId);
      if (!n) throw new PermanentJobError(`notification ${notificationId} does not exist`);
      if (n.status !== 'pending') return;
      const now = deps.clock.now();
      // The queue holds it until send_after by its own clock; where that runs ahead of ours (graphile
      // goes by the database's), it is queued again for send_after, and the early run counts no try.
      if (n.sendAfter && now.getTime() < new Date(n.sendAfter).getTime()) {
        await enqueueJob(deps.jobs, deps.db, SEND_NOTIFICATION, { notificationId: n.id, early: (early ?? 0) + 1 }, { runAt: new Date(n.sendAfter) });
        return;
      }
      const cancel = await deps.cancelReason?.(n);
      if (cancel) return closeNotification(deps.db, n.id, 'cancelled', now.toISOString(), { reason: cancel });
      // Sent by a try that died before marking the row: the record of the Message-ID says so.
      if (n.caseId && (await wasEmailSent(deps.db, n.messageId))) return markNotificationSent(deps.db, n.id, n.attempts, now.toISOString());

      const attempt = n.attempts + 1;
      try {
        const mailer = deps.mailer();
        if (!mailer) throw new Error('no outgoing mail relay is configured');
        const result = await mailer.send(await mailOf(deps, n));
        if (!result.accepted) throw new Error(`the relay refused the message: ${result.response}`);
      } catch (error) {
        await recordNotificationAttempt(deps.db, n.id, attempt, errorText(error), deps.clock.now().toISOString());
        throw error;
      }
      const at = deps.clock.now();
      await deps.db.transaction().execute(async (trx) => {
        if (n.caseId && n.recipient) await recordOutgoingEmail(trx, { messageId: n.messageId, caseId: n.caseId, subject: n.subject, to: n.recipient, at });
        await markNotificationSent(trx, n.id, attempt, at.toISOString());
      });
    },
    async onFailed({ notificationId }, error) {
      await closeNotification(deps.db, notificationId, 'failed', deps.clock.now().toISOString(), { error: errorText(error) });
    },
  };
}

async function mailOf(deps: SendNotificationDeps, n: Notification): Promise<OutgoingMail> {
  if (!n.recipient) throw new PermanentJobError('a notification without a recipient is never sent');
  return {
    from: deps.mailFrom,
    to: n.recipient,
    subject: n.subject,
    text: n.bodyText,
    messageId: n.messageId,
    inReplyTo: n.inReplyTo,
    replyTo: n.caseId ? caseReplyAddress(deps.secret, n.caseId, deps.mailFrom) : null,
    language: n.language,
    attachments: [
      ...(n.attachmentDocumentId ? [await deps.readAttachment(n.attachmentDocumentId)] : []),
      ...(n.inlineAttachment ? [{ ...n.inlineAttachment, content: new TextEncoder().encode(n.inlineAttachment.content) }] : []),
    ],
  };
}
