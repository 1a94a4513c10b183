/** The tables seed-scale writes and their columns, in insert order (shared by the generator and the store). */
/** Column type as PostgreSQL's unnest needs it: text, integer, double precision. */
export type ColumnType = 't' | 'i' | 'f';
export interface TableSpec {
  table: string;
  columns: readonly (readonly [name: string, type: ColumnType])[];
}

export interface ScaleReference {
  departments: string[];
  services: { id: string; departmentId: string }[];
  users: { id: string; name: string; role: string; departmentId: string | null }[];
  counters: Map<number, number>;
}


const T = (name: string, columns: [string, 't' | 'i' | 'f'][]): TableSpec => ({ table: name, columns });
export const PETITIONERS = T('petitioners', [['id', 't'], ['name', 't'], ['email', 't'], ['phone', 't'], ['address', 't'], ['language', 't'], ['created_at', 't']]);
export const CASES = T('cases', [
  ['id', 't'], ['number', 't'], ['year', 'i'], ['seq', 'i'], ['status', 't'], ['channel', 't'], ['kind', 't'], ['language', 't'],
  ['reply_language', 't'], ['department_id', 't'], ['service_id', 't'], ['assignee_id', 't'], ['petitioner_id', 't'], ['subject', 't'],
  ['body', 't'], ['received_at', 't'], ['registered_on', 't'], ['due_on', 't'], ['extended_by', 'i'], ['tracking_code_hash', 't'],
  ['audit_head', 't'], ['audit_seq', 'i'], ['created_at', 't'], ['updated_at', 't'], ['review_reason', 't'], ['delivery_channel', 't'],
  ['registered_by', 't'], ['merged_into_id', 't'], ['clock_paused_on', 't'], ['due_rule', 't'],
]);
export const EVENTS = T('case_events', [['id', 't'], ['case_id', 't'], ['seq', 'i'], ['type', 't'], ['actor_type', 't'], ['actor_id', 't'], ['visibility', 't'], ['data', 't'], ['created_at', 't'], ['prev_hash', 't'], ['hash', 't']]);
export const DOCUMENTS = T('documents', [['id', 't'], ['case_id', 't'], ['role', 't'], ['filename', 't'], ['media_type', 't'], ['size_bytes', 'i'], ['sha256', 't'], ['created_at', 't'], ['status', 't'], ['page_count', 'i'], ['pages_done', 'i']]);
export const PAGES = T('document_pages', [['document_id', 't'], ['page', 'i'], ['case_id', 't'], ['text', 't'], ['confidence', 'f'], ['source', 't'], ['updated_at', 't']]);
export const REPLIES = T('replies', [['id', 't'], ['case_id', 't'], ['template_id', 't'], ['language', 't'], ['subject', 't'], ['body_html', 't'], ['status', 't'], ['author_id', 't'], ['document_id', 't'], ['delivery', 't'], ['created_at', 't'], ['updated_at', 't'], ['sent_at', 't']]);
export const ROUTING = T('routing_suggestions', [['case_id', 't'], ['suggested_department_id', 't'], ['department_confidence', 'f'], ['top3', 't'], ['evidence', 't'], ['detected_language', 't'], ['language_confidence', 'f'], ['language_needs_review', 'i'], ['created_at', 't']]);
/** Parents before children. */
export const TABLES = [PETITIONERS, CASES, EVENTS, DOCUMENTS, PAGES, REPLIES, ROUTING];
export const TABLE_BY_NAME = new Map(TABLES.map((t) => [t.table, t]));
