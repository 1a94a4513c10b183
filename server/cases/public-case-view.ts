/**
 * What a resident sees of their case, however they reached it (number + code, the e-mailed link):
 * an explicit view model, so nothing a clerk wrote for the desk (notes, names, message texts) can
 * leave the building by accident.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { describeClock, type CaseClock } from '../deadlines/legal-clock.js';
import { findLegalRule } from '../deadlines/legal-rules.js';
import type { Lang } from '../languages.js';
import { isCaseEventType, type CaseDocument, type CaseEventType, type CaseRecord, type CaseStatus } from './case.js';
import { listCaseEvents } from './case-event.repository.js';
import { listDocuments } from './documents/document.repository.js';
import { takesResidentMessages } from './resident-message.js';

export interface PublicCaseView {
  number: string;
  status: CaseStatus;
  subject: string;
  departmentId: string | null;
  registeredOn: string | null;
  dueOn: string | null;
  /** Running, paused while the desk waits for the petitioner, or stopped (answered, closed, forwarded). */
  clock: CaseClock;
  /** Since when the desk has been waiting for information (the move to awaiting_information), while it waits. */
  awaitingSince: string | null;
  /** While it waits: the rule that says what the wait does to the term (the clock_paused event's), with its citation. */
  waitingRule: { id: string; citation: string } | null;
  /** Whether the resident may write and send documents here (not once the case is closed or forwarded). */
  acceptsMessages: boolean;
  /** Where a forwarded petition went, and how the resident reaches that institution. */
  forwardedTo: { institution: string; contact: string | null } | null;
  replyLanguage: Lang;
  timeline: { type: CaseEventType; at: string; status?: CaseStatus }[];
  replies: (Pick<CaseDocument, 'id' | 'filename' | 'createdAt'> & {
    /** How it left ('email', 'post', 'in_person', ...), from its reply_sent event. */
    delivery: string | null;
    /** A postal letter the registry posted: the day, and the registered-mail number where used. */
    postedOn: string | null;
    registeredMailNumber: string | null;
  })[];
}

export async function publicCaseView(db: Kysely<DB>, kase: CaseRecord): Promise<PublicCaseView> {
  const [all, documents] = await Promise.all([listCaseEvents(db, kase.id), listDocuments(db, kase.id)]);
  const events = all.filter((e) => e.visibility === 'public');
  const lastAwaiting = [...events].reverse().find((e) => e.type === 'status_changed' && e.data.to === 'awaiting_information');
  const forwarded = [...all].reverse().find((e) => e.type === 'case_forwarded');
  const paused = [...events].reverse().find((e) => e.type === 'clock_paused');
  const waitingRule = kase.status === 'awaiting_information' && paused?.type === 'clock_paused' ? findLegalRule(paused.data.rule) : null;
  return {
    number: kase.number,
    status: kase.status,
    subject: kase.subject,
    departmentId: kase.departmentId,
    registeredOn: kase.registeredOn,
    dueOn: kase.dueOn,
    clock: describeClock({ status: kase.status, dueOn: kase.dueOn, clockPausedOn: kase.clockPausedOn, dueRule: kase.dueRule }),
    awaitingSince: kase.status === 'awaiting_information' ? (lastAwaiting?.createdAt ?? null) : null,
    waitingRule: waitingRule ? { id: waitingRule.id, citation: waitingRule.citation } : null,
    acceptsMessages: takesResidentMessages(kase.status),
    // The institution and its contact are written for the petitioner (they are told of them by letter too).
    forwardedTo: kase.status === 'forwarded' && forwarded?.type === 'case_forwarded' ? { institution: forwarded.data.institution, contact: forwarded.data.contact } : null,
    replyLanguage: kase.replyLanguage,
    // Only the type, time and resulting status leave the building: never notes or staff names.
    timeline: events.flatMap((e) => {
      if (e.type === 'status_changed') return [{ type: e.type, at: e.createdAt, status: e.data.to }];
      // A row that fits no schema still happened: its type is shown when we know it, never its data.
      if (e.type === 'unrecognised') return isCaseEventType(e.storedType) ? [{ type: e.storedType, at: e.createdAt }] : [];
      return [{ type: e.type, at: e.createdAt }];
    }),
    replies: documents.filter((d) => d.role === 'reply').map((d) => {
      const sent = events.find((e) => e.type === 'reply_sent' && e.data.documentId === d.id);
      const posted = events.find((e) => e.type === 'letter_posted' && e.data.documentId === d.id);
      return {
        id: d.id, filename: d.filename, createdAt: d.createdAt,
        delivery: sent?.type === 'reply_sent' ? sent.data.delivery : null,
        postedOn: posted?.type === 'letter_posted' ? posted.data.postedOn : null,
        registeredMailNumber: posted?.type === 'letter_posted' ? posted.data.registeredMailNumber : null,
      };
    }),
  };
}
