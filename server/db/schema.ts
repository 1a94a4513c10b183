/**
 * Table types as Kysely sees them. Instants are ISO-8601 UTC strings and calendar dates
 * 'YYYY-MM-DD' strings in both dialects, so rows map the same way on SQLite and PostgreSQL.
 * Booleans are integers (0/1) for the same reason.
 */
import type { Generated } from 'kysely';


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
  lang: string;
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
  role: string;
  department_id: string | null;
  locale: string;
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
  language: string;
  created_at: string;
}

export interface CasesTable {
  id: string;
  number: string;
  year: number;
  seq: number;
  status: string;
  channel: string;
  kind: string;
  language: string | null;
  reply_language: string;
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
}

export interface CaseCountersTable {
  year: number;
  last_seq: number;
}

export interface DocumentsTable {
  id: string;
  case_id: string;
  role: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  created_at: string;
  /** stored | extracting | extracted | rejected | failed */
  status: Generated<string>;
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
  /** text-layer | ocr | email | manual */
  source: string;
  corrected_by: string | null;
  updated_at: string;
}

export interface EmailsTable {
  id: string;
  message_id: string;
  /** in | out */
  direction: string;
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
  type: string;
  actor_type: string;
  actor_id: string | null;
  visibility: string;
  /** JSON object. */
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
  language: string;
  subject: string;
  body_html: string;
  status: string;
  author_id: string;
  approved_by: string | null;
  document_id: string | null;
  message_id: string | null;
  /** How the letter went out: e-mail, or post (no address), with the outcome. */
  delivery: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
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

export interface DB {
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
}

