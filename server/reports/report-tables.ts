/** The reports' own tables (migration 013), as Kysely sees them: `db.withTables<ReportTables>()`. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export type ReportTables = {
  report_case_facts: {
    case_id: string;
    department_id: string;
    assignee_id: string;
    channel: string;
    language: string;
    received_week: string;
    answered_on: string | null;
    answered_week: string | null;
    answer_days: number | null;
    on_time: number | null;
  };
  report_flow_weekly: { week: string; department_id: string; channel: string; language: string; received: number; answered: number; on_time: number };
  report_answer_weekly: { week: string; department_id: string; assignee_id: string; answer_days: number; answered: number; on_time: number };
};

export type ReportDb = Kysely<DB & ReportTables>;

export function reportDb(db: Kysely<DB>): ReportDb {
  return db.withTables<ReportTables>() as unknown as ReportDb;
}
