/**
 * What the staff notifications need to know of cases: the number, subject, department, assignee
 * and due date of a case an event happened on, and the open cases whose deadline comes close. No
 * actor: an event or the morning sweep asks, and what it writes goes to people who may see the case.
 * `db` may be a transaction (the dispatcher reads inside the one it writes in).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { selectCaseAlertFacts, selectOpenCasesDueBy, type CaseAlertFacts } from './case-alerts.repository.js';

export type { CaseAlertFacts };

export async function caseAlertFacts(db: Kysely<DB>, caseId: string): Promise<CaseAlertFacts | null> {
  return (await selectCaseAlertFacts(db, [caseId]))[0] ?? null;
}

export async function caseAlertFactsByIds(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, CaseAlertFacts>> {
  return new Map((await selectCaseAlertFacts(db, ids)).map((c) => [c.id, c]));
}

/** Open cases with a running clock due on or before `dueBy` ('YYYY-MM-DD'), soonest first. Paused cases are never due. */
export async function listOpenCasesDueBy(db: Kysely<DB>, dueBy: string): Promise<CaseAlertFacts[]> {
  return selectOpenCasesDueBy(db, dueBy);
}
