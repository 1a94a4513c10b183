/**
 * What each case event says: one schema per event type, in one discriminated union. Writers are
 * checked by the compiler (an event's data must be its type's), and rows read back are checked by
 * the schema, so readers use typed data instead of probing free JSON. Pure: zod only.
 *
 * The stored JSON is what the hash chain covers, so these schemas never rewrite a stored row: they
 * only read it. Keys a row has beyond its schema (facts older rows kept that moved to columns) are
 * dropped on reading; a row that does not fit at all reads as `unrecognised` rather than breaking
 * the whole trail.
 */
import { z } from 'zod';
import { SERVED_LANGUAGES } from '../languages.js';
import { CASE_STATUSES, CHANNELS, PAGE_SOURCES, type ActorType, type CaseEventType, type Visibility } from './case.js';

const caseStatus = z.enum(CASE_STATUSES);
const lang = z.enum(SERVED_LANGUAGES);
/** A Vilnius calendar date, 'YYYY-MM-DD'. */
const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Pages of a document, 1-based and inclusive. */
const pageRange = z.object({ from: z.number().int().min(1), to: z.number().int().min(1) });

/** A department the router ranked, with its probability (0–1). */
export const rankedDepartmentSchema = z.object({ departmentId: z.string(), confidence: z.number() });
export type RankedDepartment = z.infer<typeof rankedDepartmentSchema>;

/** What intake knew of a new case beyond its text, kept on its first event. */
const receivedData = z.object({
  channel: z.enum(CHANNELS),
  /** How it reached us: the SMTP listener, the IMAP poller, the command line, the front desk. */
  via: z.enum(['smtp', 'imap', 'cli', 'front-desk']).optional(),
  messageId: z.string().optional(),
  /** Addresses that forwarded the e-mail to the desk. */
  forwardedBy: z.array(z.string()).optional(),
  /** Attachments beyond the per-message limit, not taken (they stay in the raw message). */
  attachmentsOverLimit: z.number().int().optional(),
  /** The clerk who scanned a letter at the front desk. */
  scannedBy: z.string().nullable().optional(),
});

/**
 * The registration, with how the case was routed. The routing facts are flat, as the trail has
 * always had them; the same facts are in `routing_suggestions` for reading.
 */
const registeredData = z.object({
  number: z.string(),
  registeredOn: calendarDate,
  dueOn: calendarDate,
  departmentId: z.string().nullable(),
  /** The petition's language, as analysis found it (analysed cases only). */
  language: lang.nullable().optional(),
  /** The topic the resident chose on the web form (which picked the department). */
  serviceSlug: z.string().optional(),
  /** The clerk who registered a case from review. */
  reviewedBy: z.string().optional(),
  departmentConfidence: z.number().optional(),
  top3: z.array(rankedDepartmentSchema).optional(),
  evidence: z.array(z.string()).optional(),
  /** Whatever the detector found, served or not (e.g. 'uk'). */
  detectedLanguage: z.string().nullable().optional(),
  languageConfidence: z.number().optional(),
  languageNeedsReview: z.boolean().optional(),
});

const statusChangedData = z.object({
  from: caseStatus,
  to: caseStatus,
  /** Why, when the desk moved it: a review reason (an i18n key under review.) or 'information_received'. */
  reason: z.string().optional(),
  /** The documents that could not be read, for a case sent to review. */
  problems: z.array(z.object({ filename: z.string(), problem: z.string().nullable() })).optional(),
  /** The analysis failure, for a case sent to review because of it. */
  error: z.string().optional(),
});

/** A document that could not be read, or something intake could not take in whole. */
const documentProblemData = z.union([
  z.object({ documentId: z.string(), problem: z.string() }),
  z.object({ problem: z.literal('too_many_attachments'), notTaken: z.number().int(), keptIn: z.string() }),
]);

export const caseEventBodySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('case_received'), data: receivedData }),
  z.object({ type: z.literal('case_registered'), data: registeredData }),
  z.object({ type: z.literal('status_changed'), data: statusChangedData }),
  z.object({
    type: z.literal('case_assigned'),
    data: z.object({ assigneeId: z.string(), assigneeName: z.string(), previousAssigneeId: z.string().nullable() }),
  }),
  z.object({ type: z.literal('department_changed'), data: z.object({ from: z.string().nullable(), to: z.string() }) }),
  z.object({ type: z.literal('note_added'), data: z.object({ text: z.string() }) }),
  z.object({
    type: z.literal('document_added'),
    data: z.object({ documentId: z.string(), filename: z.string(), sha256: z.string(), problem: z.string().optional() }),
  }),
  z.object({
    type: z.literal('deadline_extended'),
    data: z.object({ from: calendarDate, to: calendarDate, workingDays: z.number().int(), reason: z.string(), noticeDueOn: calendarDate }),
  }),
  z.object({
    type: z.literal('text_extracted'),
    data: z.object({ documentId: z.string(), pages: z.number().int(), sources: z.array(z.enum(PAGE_SOURCES)), meanConfidence: z.number().nullable() }),
  }),
  z.object({ type: z.literal('text_corrected'), data: z.object({ documentId: z.string(), page: z.number().int() }) }),
  z.object({ type: z.literal('document_problem'), data: documentProblemData }),
  z.object({
    type: z.literal('message_received'),
    data: z.object({
      /** 'web': written on the resident's status page (with the number and code, or the e-mailed link). */
      channel: z.enum(['email', 'letter', 'web']), subject: z.string(), text: z.string(), messageId: z.string().nullable(),
      /** Documents that came with it (added to the case by the same intake pipeline). */
      documentIds: z.array(z.string()).optional(),
    }),
  }),
  z.object({
    // A clerk judged an unverified message to be the petitioner's (its id on the trail).
    type: z.literal('follow_up_accepted'),
    data: z.object({ eventId: z.string() }),
  }),
  z.object({
    type: z.literal('unverified_message_received'),
    data: z.object({
      channel: z.enum(['email', 'letter']), subject: z.string(), text: z.string(), messageId: z.string().nullable(),
      /** The From it claimed, which nothing vouches for. */
      fromAddress: z.string().nullable(),
    }),
  }),
  z.object({ type: z.literal('language_changed'), data: z.object({ field: z.literal('replyLanguage'), from: lang, to: lang }) }),
  z.object({ type: z.literal('reply_drafted'), data: z.object({ replyId: z.string(), templateId: z.string(), language: lang }) }),
  z.object({ type: z.literal('reply_approved'), data: z.object({ replyId: z.string() }) }),
  z.object({ type: z.literal('reply_sent'), data: z.object({ replyId: z.string(), documentId: z.string(), delivery: z.string() }) }),
  /** The sender's facts read from the recognised letter, pre-filled for a clerk to confirm (which fields). */
  z.object({ type: z.literal('facts_read_from_letter'), data: z.object({ fields: z.array(z.string()) }) }),
  /** A clerk confirmed or corrected the case's facts: each changed field with its old and new value. */
  z.object({
    type: z.literal('facts_changed'),
    data: z.object({
      changes: z.array(z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
      /** When the kind changed: the due date recomputed under the rule the new kind follows. */
      dueOn: z.object({ from: calendarDate.nullable(), to: calendarDate.nullable(), rule: z.string() }).optional(),
    }),
  }),
  /** The petitioner was given a new tracking code (the old one stopped working), and why. Never the code itself. */
  z.object({ type: z.literal('tracking_code_reissued'), data: z.object({ reason: z.enum(['receipt_printed', 'postal_acknowledgement', 'email_acknowledgement']) }) }),
  /** The registry posted a signed postal letter: the day, and the registered-mail number where it went registered. */
  z.object({
    type: z.literal('letter_posted'),
    data: z.object({ replyId: z.string(), documentId: z.string(), postedOn: calendarDate, registeredMailNumber: z.string().nullable() }),
  }),
  /** This case was opened from pages of another case's document (a scanned stack of letters split apart). */
  z.object({
    type: z.literal('split_from'),
    data: z.object({ caseId: z.string(), caseNumber: z.string(), documentId: z.string(), pages: pageRange }),
  }),
  /** Pages of this case's document were split off into a new case (the document itself stays as received). */
  z.object({
    type: z.literal('split_into'),
    data: z.object({ caseId: z.string(), caseNumber: z.string(), documentId: z.string(), pages: pageRange }),
  }),
  /** Another case was merged into this one: its documents moved here, its petitioner and facts as they were. */
  z.object({
    type: z.literal('case_merged'),
    data: z.object({
      caseId: z.string(),
      caseNumber: z.string(),
      documentIds: z.array(z.string()),
      petitioner: z.object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable() }),
      facts: z.object({
        subject: z.string(), channel: z.enum(CHANNELS), kind: z.string(), receivedAt: z.string(), letterDate: calendarDate.nullable(),
        /** How many events its trail had when it was merged. */
        events: z.number().int(),
      }),
      previousStatus: caseStatus,
    }),
  }),
  /** This case was merged into another (and closed): which documents went there, and the status it had. */
  z.object({
    type: z.literal('merged_into'),
    data: z.object({ caseId: z.string(), caseNumber: z.string(), documentIds: z.array(z.string()), previousStatus: caseStatus }),
  }),
  /** A manager undid a merge: on both cases, the other case, the documents moved back, the status restored. */
  z.object({
    type: z.literal('case_unmerged'),
    data: z.object({ caseId: z.string(), caseNumber: z.string(), documentIds: z.array(z.string()), restoredStatus: caseStatus }),
  }),
  /** The petition belongs to another institution and was sent there: which, why, and how the petitioner reaches it. */
  z.object({
    type: z.literal('case_forwarded'),
    data: z.object({ institution: z.string(), reason: z.string(), contact: z.string().nullable() }),
  }),
  /** The legal clock stopped while the case awaits information from the petitioner, under a rule (deadlines/legal-rules.ts). */
  z.object({
    type: z.literal('clock_paused'),
    data: z.object({ rule: z.string(), pausedOn: calendarDate, dueOn: calendarDate.nullable() }),
  }),
  /** The information arrived: the clock runs again, and the due date moved as the rule says. */
  z.object({
    type: z.literal('clock_resumed'),
    data: z.object({
      rule: z.string(), pausedOn: calendarDate, resumedOn: calendarDate,
      from: calendarDate.nullable(), to: calendarDate,
      /** Working days the clock stood still. */
      pausedWorkingDays: z.number().int(),
    }),
  }),
  /** A clerk asked a manager to approve a reply (four eyes). */
  z.object({ type: z.literal('reply_approval_requested'), data: z.object({ replyId: z.string() }) }),
  /** A manager returned a reply to its author, with why. */
  z.object({ type: z.literal('reply_returned'), data: z.object({ replyId: z.string(), comment: z.string() }) }),
  /**
   * A clerk or manager took an answered or closed case back to work, with why (internal: the reason is
   * staff's words; the petitioner is told by the status_changed event beside it, reason 'reopened').
   * The new term under `rule` (deadlines/legal-rules.ts) runs from `registeredOn`.
   */
  z.object({
    type: z.literal('case_reopened'),
    data: z.object({
      reason: z.string(), previousStatus: caseStatus, to: caseStatus, rule: z.string(),
      registeredOn: calendarDate, previousDueOn: calendarDate.nullable(), dueOn: calendarDate,
    }),
  }),
  /** A clerk linked this case with another about the same matter (internal: the other may be another person's). */
  z.object({ type: z.literal('case_linked'), data: z.object({ caseId: z.string(), caseNumber: z.string(), kind: z.literal('same_matter') }) }),
  /** The link was removed. */
  z.object({ type: z.literal('case_unlinked'), data: z.object({ caseId: z.string(), caseNumber: z.string(), kind: z.literal('same_matter') }) }),
]);

/** An event's type and what it says. */
export type CaseEventBody = z.infer<typeof caseEventBodySchema>;
export type CaseEventData<T extends CaseEventType> = Extract<CaseEventBody, { type: T }>['data'];
export type CaseRegisteredData = CaseEventData<'case_registered'>;
export type ReceivedIntake = Omit<CaseEventData<'case_received'>, 'channel'>;
export type IntakeShortfall = Extract<CaseEventData<'document_problem'>, { problem: 'too_many_attachments' }>;

// Every event type has its schema and every schema an event type: the two lists cannot drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<CaseEventBody['type'], CaseEventType>;

/** A stored row that fits no schema (edited by hand, or written by code long gone): kept, not trusted. */
export interface UnrecognisedEventBody {
  type: 'unrecognised';
  /** The type the row says it has. */
  storedType: string;
  data: unknown;
}

interface EventEnvelope {
  id: string;
  caseId: string;
  seq: number;
  actorType: ActorType;
  actorId: string | null;
  visibility: Visibility;
  createdAt: string;
  prevHash: string;
  hash: string;
}

/** One event of a case's audit trail, as read back. */
export type CaseEvent = EventEnvelope & (CaseEventBody | UnrecognisedEventBody);

/** Reads a stored event's type and data; never throws. */
export function readEventBody(type: string, data: unknown): CaseEventBody | UnrecognisedEventBody {
  const parsed = caseEventBodySchema.safeParse({ type, data });
  return parsed.success ? parsed.data : { type: 'unrecognised', storedType: type, data };
}
