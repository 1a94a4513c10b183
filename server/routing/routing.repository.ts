/**
 * The examples the router learns from: one row per case a clerk confirmed (by answering it, or by
 * routing it from triage) or re-routed.
 * Kysely queries only; rows are mapped to RoutingExample.
 */
import type { Database } from '../db/database.js';
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.js';

export type RoutingExampleKind = 'confirmed' | 'rerouted';

export interface RoutingExample {
  id: string;
  caseId: string | null;
  departmentId: string;
  suggestedDepartmentId: string | null;
  kind: RoutingExampleKind;
  text: string;
  actorId: string | null;
  createdAt: string;
}

function toExample(row: Selectable<DB['routing_examples']>): RoutingExample {
  return {
    id: row.id,
    caseId: row.case_id,
    departmentId: row.department_id,
    suggestedDepartmentId: row.suggested_department_id,
    kind: row.kind === 'rerouted' ? 'rerouted' : 'confirmed',
    text: row.text,
    actorId: row.actor_id,
    createdAt: row.created_at,
  };
}

/** Stores an example; an earlier example of the same case is replaced, in one transaction. */
export async function saveRoutingExample(db: Database, example: RoutingExample): Promise<void> {
  await db.transaction().execute((trx) => replaceRoutingExample(trx, example));
}

/** The example of a case, if it has one. */
export async function findRoutingExampleOfCase(db: Kysely<DB>, caseId: string): Promise<RoutingExample | null> {
  const row = await db.selectFrom('routing_examples').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  return row ? toExample(row) : null;
}

/** As saveRoutingExample, inside a transaction someone else holds (the event dispatcher's). */
export async function replaceRoutingExample(trx: Kysely<DB>, example: RoutingExample): Promise<void> {
  if (example.caseId) await trx.deleteFrom('routing_examples').where('case_id', '=', example.caseId).execute();
  await trx
    .insertInto('routing_examples')
    .values({
      id: example.id,
      case_id: example.caseId,
      department_id: example.departmentId,
      suggested_department_id: example.suggestedDepartmentId,
      kind: example.kind,
      text: example.text,
      actor_id: example.actorId,
      created_at: example.createdAt,
    })
    .execute();
}

/** Drops the examples created before `before` (the retention period); returns how many. */
export async function deleteRoutingExamplesBefore(db: Database, before: string): Promise<number> {
  const result = await db.deleteFrom('routing_examples').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Every example, oldest first; with `since`, only those created at or after it. */
export async function selectRoutingExamples(db: Database, since: string): Promise<RoutingExample[]> {
  const query = db.selectFrom('routing_examples').selectAll().orderBy('created_at').orderBy('id').where('created_at', '>=', since);
  return (await query.execute()).map(toExample);
}
