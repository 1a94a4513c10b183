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

export const CHANNELS = ['web', 'email', 'letter'] as const;
export type Channel = (typeof CHANNELS)[number];

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
  createdAt: string;
  updatedAt: string;
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

export interface CaseDocument {
  id: string;
  caseId: string;
  /** original: the raw e-mail or the letter as scanned; attachment: sent with it; reply: our answer. */
  role: 'original' | 'attachment' | 'reply';
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

/** Event types; `PUBLIC_EVENT_TYPES` are the ones a resident sees on the status page. */
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
  'language_changed',
  'reply_drafted',
  'reply_approved',
  'reply_sent',
] as const;
export type CaseEventType = (typeof EVENT_TYPES)[number];

export type Visibility = 'public' | 'internal';
export type ActorType = 'system' | 'user' | 'petitioner';

export interface CaseEvent {
  id: string;
  caseId: string;
  seq: number;
  type: CaseEventType;
  actorType: ActorType;
  actorId: string | null;
  visibility: Visibility;
  data: Record<string, unknown>;
  createdAt: string;
  prevHash: string;
  hash: string;
}
