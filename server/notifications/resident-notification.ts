/**
 * Which public case event a resident is told of by e-mail, and what the message says. Pure: the
 * event, the case as it is now (its trail included) and the department's name in, the decision out.
 *
 * - registered (case_registered): number, due date, department; an e-mail petition also gets a fresh
 *   tracking code (the registration's exists only as a hash) — a web petitioner saw theirs on screen;
 * - received (the case went from "received" to "needs review"): we have it, a person will look;
 * - forwarded (case_forwarded), deadline extended (deadline_extended, held back until shortly before
 *   the statutory notice is due, so the clerk's own extension letter can tell them instead), information
 *   requested (→ awaiting_information), the resident's message received, answered (→ answered, the
 *   signed letter attached), closed, reopened (answered → in_progress, or a reopening of an answered or closed case);
 * - a case merged into another is closed: its petitioner is told which case it joined (the link
 *   stays their own case's, since the other case may be another person's);
 * - where a signed letter that was itself e-mailed caused the event (reply_sent, delivery 'email', in
 *   the same transaction), that e-mail is the notice and carries the link: the row is kept as skipped.
 */
import type { CaseForNotice } from '../cases/index.js';
import type { CaseEvent } from '../cases/case-events.js';
import type { Lang } from '../languages.js';
import { formatLetterDate } from '../replies/format-date.js';
import { SKIP_REASONS } from './notification.js';
import type { ResidentNoticeKind } from './notification-template.js';

export interface ResidentNotice {
  kind: ResidentNoticeKind;
  /** The facts of the event, as the text's placeholders want them (number and link come later). */
  values: Record<string, string>;
  skipReason?: string;
  sendAfter?: Date;
  attachmentDocumentId?: string | null;
  /** A Message-ID of this case to answer (the resident's message, else the petition's). */
  inReplyTo?: string | null;
  /** Issue a fresh tracking code and put it in the message (values.trackingCode). */
  withTrackingCode?: boolean;
}

/**
 * The extension notice is due within 2 working days of the decision (deadlines/deadline.ts,
 * extensionNoticeDueDate, has the legal basis). It waits until the morning before that day
 * (09:00 UTC, 11:00 or 12:00 in Vilnius), so the clerk has a working day to send a letter instead,
 * and still goes out before the day the notice is due.
 */
export function extensionNoticeSendAfter(noticeDueOn: string, now: Date): Date {
  const dayBefore = new Date(`${noticeDueOn}T09:00:00Z`);
  dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
  return dayBefore.getTime() > now.getTime() ? dayBefore : now;
}

function letterEmailedWith(kase: CaseForNotice, event: CaseEvent): boolean {
  return kase.events.some((e) => e.type === 'reply_sent' && e.createdAt === event.createdAt && e.data.delivery === 'email');
}

function replyDocumentFor(kase: CaseForNotice, event: CaseEvent): string | null {
  const sent = kase.events.filter((e) => e.type === 'reply_sent');
  const same = sent.find((e) => e.createdAt === event.createdAt);
  const chosen = same ?? sent.filter((e) => e.seq < event.seq).at(-1);
  return chosen?.type === 'reply_sent' ? chosen.data.documentId : null;
}

const NO_CONTACT: Readonly<Record<Lang, string>> = { lt: 'nenurodyti', pl: 'nie podano', ru: 'не указаны', en: 'not given' };

export function residentNoticeOf(event: CaseEvent, kase: CaseForNotice, departmentName: string, now: Date): ResidentNotice | null {
  if (event.visibility !== 'public' && event.type !== 'case_forwarded') return null;
  const lang = kase.replyLanguage;
  const date = (d: string) => formatLetterDate(d, lang);
  const letterSkip = () => (letterEmailedWith(kase, event) ? { skipReason: SKIP_REASONS.letterEmailed } : {});
  switch (event.type) {
    case 'case_registered': {
      const withCode = kase.channel === 'email' && Boolean(kase.petitionerEmail);
      return {
        kind: withCode ? 'registered_with_code' : 'registered',
        values: { dueOn: date(event.data.dueOn), department: departmentName },
        withTrackingCode: withCode,
        inReplyTo: kase.threadMessageId,
      };
    }
    case 'case_forwarded':
      return {
        kind: 'forwarded',
        values: { institution: event.data.institution, reason: event.data.reason, contact: event.data.contact ?? NO_CONTACT[lang] },
        ...letterSkip(),
        inReplyTo: kase.threadMessageId,
      };
    case 'deadline_extended':
      return {
        kind: 'deadline_extended',
        values: { reason: event.data.reason, dueOn: date(event.data.to), previousDueOn: date(event.data.from) },
        sendAfter: extensionNoticeSendAfter(event.data.noticeDueOn, now),
        inReplyTo: kase.threadMessageId,
      };
    case 'message_received':
      return {
        kind: 'message_received',
        values: { subject: event.data.subject.trim() || event.data.text.trim().slice(0, 60) || kase.number },
        inReplyTo: event.data.messageId ?? kase.threadMessageId,
      };
    case 'status_changed': {
      const { from, to } = event.data;
      const base = { inReplyTo: kase.threadMessageId };
      // A reopening (reopen-case.ts) moves an answered or closed case back to work with this reason.
      if (event.data.reason === 'reopened') return { kind: 'reopened', values: {}, ...base };
      if (to === 'needs_review' && from === 'received') return { kind: 'received', values: {}, ...base };
      if (to === 'awaiting_information') return { kind: 'information_requested', values: {}, ...letterSkip(), ...base };
      if (to === 'answered') {
        const documentId = replyDocumentFor(kase, event);
        const skip = letterEmailedWith(kase, event) ? SKIP_REASONS.letterEmailed : documentId ? undefined : SKIP_REASONS.noLetter;
        return { kind: 'answered', values: {}, attachmentDocumentId: documentId, ...(skip ? { skipReason: skip } : {}), ...base };
      }
      if (to === 'closed') {
        const merged = event.data.reason === 'merged' ? kase.events.filter((e) => e.type === 'merged_into' && e.seq < event.seq).at(-1) : undefined;
        if (merged?.type === 'merged_into') return { kind: 'merged', values: { mergedInto: merged.data.caseNumber }, ...base };
        return { kind: 'closed', values: {}, ...base };
      }
      if (from === 'answered' && to === 'in_progress') return { kind: 'reopened', values: {}, ...base };
      return null;
    }
    default:
      return null;
  }
}
