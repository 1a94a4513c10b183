/**
 * The case: its types and the status machine. Pure: no I/O.
 */
import type { Lang } from '../languages.js';
import type { PetitionKind } from '../deadlines/deadline.js';

export const CASE_STATUSES = [
  'received',
  'registered',
  'assigned',
  'in_progress',
  'awaiting_information',
  'answered',
  'closed',
  'needs_review',
  'forwarded',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CHANNELS = ['web', 'email', 'letter', 'in_person', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

/** How the answer reaches the petitioner: by e-mail, by post, or collected at the front desk. */
export const DELIVERY_CHANNELS = ['email', 'post', 'in_person'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** Post when the petitioner gave an address and no e-mail; e-mail when they gave one; otherwise collected in person. */
export function defaultDeliveryChannel(petitioner: { email: string | null; address: string | null }): DeliveryChannel {
  if (petitioner.email) return 'email';
  if (petitioner.address) return 'post';
  return 'in_person';
}

export const PETITION_KINDS = ['request', 'complaint', 'information_request'] as const satisfies readonly PetitionKind[];

/**
 * Legal moves. Assignment itself is not a status change by the clerk: "assign" moves a
 * registered case to assigned (see assign-case.ts); re-assigning keeps the status.
 */
const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  received: ['registered', 'needs_review', 'forwarded'],
  needs_review: ['registered', 'forwarded', 'closed'],
  registered: ['assigned', 'needs_review', 'forwarded'],
  assigned: ['in_progress', 'registered', 'forwarded'],
  in_progress: ['awaiting_information', 'answered', 'forwarded'],
  awaiting_information: ['in_progress'],
  answered: ['closed', 'in_progress'],
  forwarded: ['closed'],
  closed: [],
};

export function allowedTransitions(from: CaseStatus): readonly CaseStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/**
 * How a case moves: 'ordinary' follows TRANSITIONS (what a clerk may choose, what replies do);
 * 'merge' and 'unmerge' are the two moves of merging one case into another (merge-cases.ts,
 * unmerge-case.ts). They are kept apart on purpose: a merged case is closed from whatever open
 * status it had (its matter is answered on the case it joined, so no answer of its own is due),
 * and a manager's undo returns it from "closed" to exactly that status. Adding those moves to
 * TRANSITIONS would let any clerk close an unanswered case from the status panel, which the legal
 * deadline forbids; so only these two named moves allow them.
 */
export type CaseMoveKind = 'ordinary' | 'merge' | 'unmerge' | 'reopen';

/**
 * Reopening (reopen-case.ts) takes an answered or closed case back to work: to "in progress" when it
 * has an assignee, to "registered" (the department's queue) when it has none. It is a named move of its
 * own, not an ordinary transition, because it comes with a reason and a new legal term (the
 * 'reopening' rule, deadlines/legal-rules.ts): "closed" stays final for the status panel.
 */
export const REOPENABLE_STATUSES: readonly CaseStatus[] = ['answered', 'closed'];

export function canMove(from: CaseStatus, to: CaseStatus, kind: CaseMoveKind = 'ordinary'): boolean {
  if (kind === 'reopen') return REOPENABLE_STATUSES.includes(from) && (to === 'in_progress' || to === 'registered');
  if (kind === 'merge') return to === 'closed' && (isOpen(from) || canTransition(from, 'closed'));
  if (kind === 'unmerge') return from === 'closed' && to !== 'closed';
  return canTransition(from, to);
}

/** Statuses in which the response clock runs and a deadline badge is shown. */
export const OPEN_STATUSES: readonly CaseStatus[] = [
  'received', 'registered', 'assigned', 'in_progress', 'awaiting_information', 'needs_review',
];

export function isOpen(status: CaseStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}

export interface CaseRecord {
  id: string;
  number: string;
  status: CaseStatus;
  channel: Channel;
  kind: PetitionKind;
  language: Lang | null;
  replyLanguage: Lang;
  departmentId: string | null;
  serviceId: string | null;
  assigneeId: string | null;
  petitionerId: string;
  subject: string;
  body: string;
  receivedAt: string;
  registeredOn: string | null;
  dueOn: string | null;
  extendedBy: number;
  /** Why the case waits in "needs review" (an i18n key under review.). */
  reviewReason: string | null;
  /** How the answer reaches the petitioner. */
  deliveryChannel: DeliveryChannel;
  /** Which facts were read from the letter (and not yet confirmed by a clerk), which a clerk gave. */
  factsSource: FactsSource;
  /** The date written on the letter, when it has one. */
  letterDate: string | null;
  /** The registry clerk who registered a paper, walk-in or phone petition. */
  registeredBy: string | null;
  /** The case this one was merged into (it is closed; that one carries its documents and facts). */
  mergedIntoId: string | null;
  /** The Vilnius date the legal clock stopped while the case awaits information; null while it runs. */
  clockPausedOn: string | null;
  /** The id of the legal rule that set dueOn (deadlines/legal-rules.ts); null on cases from before the rules were data. */
  dueRule: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The facts a letter can give and a clerk can confirm or correct. */
export const CASE_FACTS = ['name', 'address', 'email', 'phone', 'letterDate', 'subject'] as const;
export type CaseFact = (typeof CASE_FACTS)[number];
/** Where each fact came from: read from the letter (to be confirmed), or given or confirmed by a clerk. */
export type FactsSource = Partial<Record<CaseFact, 'letter' | 'clerk'>>;

export function parseFactsSource(json: string | null): FactsSource {
  if (!json) return {};
  try {
    const parsed = JSON.parse(json) as Record<string, unknown>;
    const source: FactsSource = {};
    for (const fact of CASE_FACTS) if (parsed[fact] === 'letter' || parsed[fact] === 'clerk') source[fact] = parsed[fact];
    return source;
  } catch {
    return {};
  }
}

/**
 * What the router proposed when a case was registered: its ranking, the words behind it, and
 * the language it detected. Triage shows it; a clerk's correction is learned against it.
 */
export interface RoutingSuggestion {
  /** The best department's probability (0–1), whether or not the case was routed there. */
  departmentConfidence: number;
  /** Best first. */
  top3: { departmentId: string; confidence: number }[];
  evidence: string[];
  /** Whatever the detector found, served or not; null or absent when the form said the language. */
  detectedLanguage?: string | null;
  languageConfidence?: number | null;
  languageNeedsReview?: boolean | null;
}

/** The router's best department, if it ranked any. */
export function suggestedDepartmentId(s: Pick<RoutingSuggestion, 'top3'>): string | null {
  return s.top3[0]?.departmentId ?? null;
}

export interface Petitioner {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  language: Lang;
}

export const DOCUMENT_STATUSES = ['stored', 'extracting', 'extracted', 'rejected', 'failed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** original: the raw e-mail or the letter as scanned; attachment: sent with it; reply: our answer. */
export const DOCUMENT_ROLES = ['original', 'attachment', 'reply'] as const;
export type DocumentRole = (typeof DOCUMENT_ROLES)[number];

/** Where a page's text came from. */
export const PAGE_SOURCES = ['text-layer', 'ocr', 'email', 'manual'] as const;
export type PageSource = (typeof PAGE_SOURCES)[number];

export interface CaseDocument {
  id: string;
  caseId: string;
  role: DocumentRole;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
  /** Where text extraction stands; rejected/failed carry the reason in `problem`. */
  status: DocumentStatus;
  problem: string | null;
  pageCount: number | null;
  pagesDone: number;
}

/** Event types; what each one says is in case-events.ts (one schema per type). */
export const EVENT_TYPES = [
  'case_received',
  'case_registered',
  'status_changed',
  'case_assigned',
  'department_changed',
  'note_added',
  'document_added',
  'deadline_extended',
  'text_extracted',
  'text_corrected',
  'document_problem',
  'message_received',
  'unverified_message_received',
  'follow_up_accepted',
  'language_changed',
  'reply_drafted',
  'reply_approved',
  'reply_sent',
  'facts_read_from_letter',
  'facts_changed',
  'tracking_code_reissued',
  'letter_posted',
  'split_from',
  'split_into',
  'case_merged',
  'merged_into',
  'case_unmerged',
  'case_forwarded',
  'clock_paused',
  'clock_resumed',
  'reply_approval_requested',
  'reply_returned',
  'case_reopened',
  'case_linked',
  'case_unlinked',
] as const;
export type CaseEventType = (typeof EVENT_TYPES)[number];

export function isCaseEventType(value: string): value is CaseEventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

export const VISIBILITIES = ['public', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const ACTOR_TYPES = ['system', 'user', 'petitioner'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/**
 * Why intake could not read an e-mail (only its headers): the message was not parseable, or
 * had more parts than the parser takes. Kept on the case; analysis sends such a case to review.
 */
export const INTAKE_PROBLEMS = ['email_unreadable', 'too_many_parts'] as const;
export type IntakeProblem = (typeof INTAKE_PROBLEMS)[number];
