/**
 * Table types as Kysely sees them. Instants are ISO-8601 UTC strings and calendar dates
 * 'YYYY-MM-DD' strings in both dialects, so rows map the same way on SQLite and PostgreSQL.
 * Booleans are integers (0/1) for the same reason.
 */
import type { Generated } from 'kysely';
import type { Role } from '../auth/user.js';
import type {
  ActorType, CaseEventType, CaseStatus, Channel, DeliveryChannel, DocumentRole, DocumentStatus, IntakeProblem, PageSource, Visibility,
} from '../cases/case.js';
import type { PetitionKind } from '../deadlines/deadline.js';
import type { Lang } from '../languages.js';
import type { ReplyStatus } from '../replies/reply.js';
import type { VisitChannel, VisitStatus } from '../visits/visit.js';


export interface DepartmentsTable {
  id: string;
  legal_name: string;
  name_lt: string;
  name_pl: string;
  name_ru: string;
  name_en: string;
  email: string;
  active: number;
  created_at: string;
  /** A manager approves this department's replies before they are signed. */
  four_eyes: Generated<number>;
}

export interface ServicesTable {
  id: string;
  department_id: string;
  slug: string;
  position: number;
}

export interface ServiceTextsTable {
  service_id: string;
  lang: Lang;
  name: string;
  description: string;
  /** Newline-separated keywords and phrases. */
  keywords: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: Role;
  department_id: string | null;
  locale: Lang;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the session token; the token itself lives only in the cookie. */
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface ThrottleTable {
  key: string;
  window_start: string;
  count: number;
}

export interface PetitionersTable {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  language: Lang;
  created_at: string;
}

export interface CasesTable {
  id: string;
  number: string;
  year: number;
  seq: number;
  /** Written only by cases/move-case.ts (and 'received' when a case is opened). */
  status: CaseStatus;
  channel: Channel;
  kind: PetitionKind;
  language: Lang | null;
  reply_language: Lang;
  department_id: string | null;
  service_id: string | null;
  assignee_id: string | null;
  petitioner_id: string;
  subject: string;
  body: string;
  received_at: string;
  registered_on: string | null;
  due_on: string | null;
  extended_by: number;
  tracking_code_hash: string;
  /** Hash and sequence of the newest audit event: deleting the tail of the trail is detectable. */
  audit_head: string;
  audit_seq: number;
  created_at: string;
  updated_at: string;
  /** Why a case waits in "needs review", in words a clerk understands (an i18n key + detail). */
  review_reason: string | null;
  /** The e-mail's Content-Language header as sent: a hint for language detection. */
  content_language: string | null;
  /** Set when intake could read only the e-mail's headers; analysis sends the case to review. */
  intake_problem: IntakeProblem | null;
  /** How the answer reaches the petitioner. */
  delivery_channel: DeliveryChannel;
  /** JSON: which of the petitioner's facts and the subject were read from the letter, which a clerk gave or confirmed. */
  facts_source: string | null;
  /** The date written on the letter (ISO date), when it has one. */
  letter_date: string | null;
  /** The registry clerk who registered a paper or walk-in petition. */
  registered_by: string | null;
  /** Set when this case was merged into another: it is closed, and that case carries its documents and facts. */
  merged_into_id: string | null;
  /** The Vilnius date the legal clock stopped (the case awaits information); null while it runs. */
  clock_paused_on: string | null;
  /** The id of the legal rule that set due_on (deadlines/legal-rules.ts); null on rows from before the rules were data. */
  due_rule: string | null;
}

export interface CaseCountersTable {
  year: number;
  last_seq: number;
}

export interface DocumentsTable {
  id: string;
  case_id: string;
  role: DocumentRole;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  created_at: string;
  status: Generated<DocumentStatus>;
  /** Why a document could not be read (a FileProblem code). */
  problem: string | null;
  page_count: number | null;
  pages_done: Generated<number>;
}

export interface DocumentPagesTable {
  document_id: string;
  page: number;
  case_id: string;
  text: string;
  confidence: number | null;
  source: PageSource;
  corrected_by: string | null;
  updated_at: string;
}

export interface EmailsTable {
  id: string;
  message_id: string;
  direction: 'in' | 'out';
  case_id: string | null;
  raw_sha256: string | null;
  from_address: string | null;
  subject: string | null;
  in_reply_to: string | null;
  created_at: string;
}

export interface CaseEventsTable {
  id: string;
  case_id: string;
  seq: number;
  type: CaseEventType;
  actor_type: ActorType;
  actor_id: string | null;
  visibility: Visibility;
  /** JSON object, as hashed: never re-serialised (cases/case-events.ts says what it holds). */
  data: string;
  created_at: string;
  prev_hash: string;
  hash: string;
}

export interface JobsTable {
  id: string;
  name: string;
  payload: string;
  job_key: string | null;
  state: string;
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface RepliesTable {
  id: string;
  case_id: string;
  template_id: string;
  language: Lang;
  subject: string;
  body_html: string;
  status: ReplyStatus;
  author_id: string;
  approved_by: string | null;
  /** Who asked for approval: under the four-eyes rule they may not approve it too. */
  approval_requested_by: string | null;
  document_id: string | null;
  message_id: string | null;
  /** How the letter went out: e-mail, or post (no address), with the outcome. */
  delivery: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
  /** Taken by the one request that signs and sends (status 'signing'); null when nobody is at it. */
  signing_claim: string | null;
  signing_started_at: string | null;
  /** The signed letter, stored before it is sent: a sending cut short is finished from it. */
  signed_sha256: string | null;
  /** A postal letter: the day the registry posted it, and the registered-mail number where used. */
  posted_on: string | null;
  registered_mail_number: string | null;
  posted_by: string | null;
  /** A manager returned it to its author: why, and who. */
  returned_comment: string | null;
  returned_by: string | null;
}

/** A case event the notifications dispatcher has not looked at yet (written with the event). */
export interface CaseEventOutboxTable {
  event_id: string;
  case_id: string;
  type: CaseEventType;
  created_at: string;
}

/** An e-mail to a resident or to staff: rendered and stored before it is sent, sent once. */
export interface NotificationsTable {
  id: string;
  /** What this message is, once ('<eventId>:<kind>', 'digest:<userId>:<date>'): a second insert is a no-op. */
  dedupe_key: string;
  audience: 'resident' | 'staff';
  case_id: string | null;
  user_id: string | null;
  event_id: string | null;
  kind: string;
  /** The e-mail address; null when there is none (the row is then 'skipped', with the reason). */
  recipient: string | null;
  language: Lang;
  subject: string;
  body_text: string;
  attachment_document_id: string | null;
  /** An inline text attachment (a visit's .ics): all three set, or none. */
  attachment_filename: string | null;
  attachment_content_type: string | null;
  attachment_content: string | null;
  /** Ours, without angle brackets: the same on every attempt, so a retry is the same message. */
  message_id: string;
  in_reply_to: string | null;
  status: 'pending' | 'sent' | 'failed' | 'skipped' | 'cancelled';
  skip_reason: string | null;
  attempts: number;
  last_error: string | null;
  /** Not sent before this instant. */
  send_after: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

/** What a member of staff is told in the app. */
export interface StaffNotificationsTable {
  id: string;
  dedupe_key: string;
  user_id: string;
  case_id: string | null;
  kind: string;
  /** JSON: the facts the list shows (case number, subject, comment ...). */
  data: string;
  created_at: string;
  read_at: string | null;
}

export interface RoutingExamplesTable {
  id: string;
  case_id: string | null;
  department_id: string;
  suggested_department_id: string | null;
  /** confirmed | rerouted */
  kind: string;
  text: string;
  actor_id: string | null;
  created_at: string;
}

/** What the router proposed when a case was registered: for triage and for learning from corrections. */
export interface RoutingSuggestionsTable {
  case_id: string;
  /** The router's best department, whether or not the case was routed there (null: nothing ranked). */
  suggested_department_id: string | null;
  department_confidence: number;
  /** JSON array of { departmentId, confidence }, best first. */
  top3: string;
  /** JSON array of the words that drove the routing. */
  evidence: string;
  detected_language: string | null;
  language_confidence: number | null;
  /** 0/1; null when the language was not detected (the form said it). */
  language_needs_review: number | null;
  created_at: string;
}

/** A staff member's named inbox view (cases/saved-views.ts). */
export interface SavedViewsTable {
  id: string;
  user_id: string;
  name: string;
  /** The inbox query string, normalised. */
  query: string;
  created_at: string;
}

/** Two cases a clerk linked as the same matter; the pair stored once, smaller id first (cases/related-cases.ts). */
export interface CaseLinksTable {
  case_a: string;
  case_b: string;
  /** 'same_matter' */
  kind: string;
  created_by: string;
  created_at: string;
}

/** A department's or eldership's place with counters (visits by appointment). */
export interface ServicePointsTable {
  id: string;
  slug: string;
  department_id: string;
  name_lt: string;
  name_pl: string;
  name_ru: string;
  name_en: string;
  address: string;
  counters: number;
  active: number;
  created_at: string;
}

export interface ServicePointHoursTable {
  service_point_id: string;
  /** ISO weekday 1–7. */
  weekday: number;
  /** 'HH:MM' Vilnius. */
  opens: string;
  closes: string;
}

export interface ServicePointClosuresTable {
  service_point_id: string;
  date: string;
  reason: string;
}

export interface BookableServicesTable {
  id: string;
  slug: string;
  department_id: string;
  duration_slots: number;
  remote_possible: number;
  e_service_url: string | null;
  petition_form: number;
  name_lt: string;
  name_pl: string;
  name_ru: string;
  name_en: string;
  description_lt: string;
  description_pl: string;
  description_ru: string;
  description_en: string;
  active: number;
  created_at: string;
}

export interface BookableServicePointsTable {
  service_id: string;
  service_point_id: string;
}

export interface VisitCountersTable {
  year: number;
  last_seq: number;
}

export interface VisitsTable {
  id: string;
  reference: string;
  service_id: string;
  service_point_id: string;
  counter: number;
  starts_at: string;
  ends_at: string;
  local_date: string;
  status: VisitStatus;
  channel: VisitChannel;
  person_name: string;
  person_phone: string;
  person_email: string | null;
  person_language: Lang;
  person_key: string;
  why_visit: string | null;
  code_hash: string;
  case_number: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** One occupied 15-minute slot of a counter: the primary key is what makes double booking impossible. */
export interface VisitSlotsTable {
  service_point_id: string;
  counter: number;
  /** UTC ISO instant. */
  slot_start: string;
  visit_id: string;
}

export interface VisitEventsTable {
  id: string;
  visit_id: string;
  type: string;
  actor_id: string | null;
  /** JSON object. */
  data: string;
  created_at: string;
}

export interface VisitRemoteOutcomesTable {
  id: string;
  service_id: string;
  alternative: string;
  note: string | null;
  actor_id: string;
  local_date: string;
  created_at: string;
}

export interface CaseTextBandsTable {
  band_key: number;
  case_id: string;
}

export interface CaseClustersTable {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
}

export interface CaseClusterMembersTable {
  case_id: string;
  cluster_id: string;
  similarity: number;
  /** 'desk' or a user id */
  added_by: string;
  added_at: string;
  removed_by: string | null;
  removed_at: string | null;
}

export interface ClusterRepliesTable {
  id: string;
  cluster_id: string;
  template_id: string;
  /** JSON: the clerk's words per reply language and placeholder */
  texts: string;
  created_by: string;
  created_at: string;
}

export interface ClusterReplyLettersTable {
  cluster_reply_id: string;
  case_id: string;
  reply_id: string | null;
  /** 'queued' | 'sent' | 'awaiting_approval' | 'draft' | 'skipped' */
  outcome: string;
  detail: string | null;
  updated_at: string;
}

export interface DB {
  case_text_bands: CaseTextBandsTable;
  case_clusters: CaseClustersTable;
  case_cluster_members: CaseClusterMembersTable;
  cluster_replies: ClusterRepliesTable;
  cluster_reply_letters: ClusterReplyLettersTable;
  service_points: ServicePointsTable;
  service_point_hours: ServicePointHoursTable;
  service_point_closures: ServicePointClosuresTable;
  bookable_services: BookableServicesTable;
  bookable_service_points: BookableServicePointsTable;
  visit_counters: VisitCountersTable;
  visits: VisitsTable;
  visit_slots: VisitSlotsTable;
  visit_events: VisitEventsTable;
  visit_remote_outcomes: VisitRemoteOutcomesTable;
  case_links: CaseLinksTable;
  saved_views: SavedViewsTable;
  departments: DepartmentsTable;
  services: ServicesTable;
  service_texts: ServiceTextsTable;
  users: UsersTable;
  sessions: SessionsTable;
  throttle: ThrottleTable;
  petitioners: PetitionersTable;
  cases: CasesTable;
  case_counters: CaseCountersTable;
  documents: DocumentsTable;
  case_events: CaseEventsTable;
  jobs: JobsTable;
  document_pages: DocumentPagesTable;
  emails: EmailsTable;
  replies: RepliesTable;
  routing_examples: RoutingExamplesTable;
  routing_suggestions: RoutingSuggestionsTable;
  case_event_outbox: CaseEventOutboxTable;
  notifications: NotificationsTable;
  staff_notifications: StaffNotificationsTable;
}

