/**
 * The resident's status lookup: number + tracking code → status, public timeline, due date.
 * A wrong code and an unknown number give the same answer, and lookups are throttled per
 * client and per case number so codes cannot be guessed.
 */
import { consumeAttempt } from '../auth/throttle.js';
import { NotFoundError } from '../errors.js';
import type { Lang } from '../languages.js';
import { isCaseEventType, type CaseStatus, type CaseEventType, type CaseDocument } from './case.js';
import { parseCaseNumber } from './case-number.js';
import { findCaseByNumber } from './case.repository.js';
import { listDocuments } from './documents/document.repository.js';
import { listCaseEvents } from './case-event.repository.js';
import { trackingCodeMatches } from './tracking-code.js';
import type { CaseDeps } from './deps.js';

/** 10 lookups per client per 15 minutes; 20 per case number per hour (guessing one case's code). */
export const LOOKUP_LIMITS = {
  perClient: { limit: 10, windowSeconds: 15 * 60 },
  perCase: { limit: 20, windowSeconds: 60 * 60 },
} as const;

export interface PublicCaseView {
  number: string;
  status: CaseStatus;
  subject: string;
  departmentId: string | null;
  registeredOn: string | null;
  dueOn: string | null;
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

export async function trackCase(deps: CaseDeps, input: { number: string; code: string; clientKey: string }): Promise<PublicCaseView> {
  await consumeAttempt(deps, `track:client:${input.clientKey}`, LOOKUP_LIMITS.perClient);
  const parsed = parseCaseNumber(input.number);
  if (parsed) await consumeAttempt(deps, `track:case:${parsed.number}`, LOOKUP_LIMITS.perCase);
  const kase = parsed ? await findCaseByNumber(deps.db, parsed.number) : undefined;
  if (!kase || !trackingCodeMatches(deps.secret, input.code, kase.trackingCodeHash)) throw new NotFoundError('case');
  const [events, documents] = await Promise.all([listCaseEvents(deps.db, kase.id, { publicOnly: true }), listDocuments(deps.db, kase.id)]);
  return {
    number: kase.number,
    status: kase.status,
    subject: kase.subject,
    departmentId: kase.departmentId,
    registeredOn: kase.registeredOn,
    dueOn: kase.dueOn,
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
