/**
 * Keeps the cockpit's rollups right as cases move: an event handler (registered with the
 * notifications dispatcher in services.ts, so it runs once per event inside the dispatcher's
 * transaction) recomputes the fact of the event's case from its row and its status events and moves
 * the counters by the difference; recomputing makes a repeat harmless. `rebuildReportRollups`
 * computes every fact again from the cases in keyset batches (after a bulk load, or to check).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { CaseEvent } from '../cases/case-events.js';
import { caseFact, sameFact } from './report.js';
import { clearRollups, countersFromFacts, findFact, insertFacts, lastAnsweredOn, lastAnsweredOnInRange, listCasesForFacts, loadCasesForFacts, replaceFact } from './rollup.repository.js';

/** The events after which a case's fact may differ: its department, clerk, language, status or dates. */
const FACT_EVENTS: ReadonlySet<string> = new Set([
  'case_received', 'case_registered', 'status_changed', 'case_assigned', 'department_changed', 'facts_changed', 'case_reopened',
  'case_merged', 'merged_into', 'case_unmerged', 'case_forwarded', 'language_changed', 'deadline_extended', 'clock_resumed',
]);

export async function refreshCaseFact(db: Kysely<DB>, caseId: string): Promise<void> {
  const [kase] = await loadCasesForFacts(db, [caseId]);
  if (!kase) return;
  const answered = await lastAnsweredOn(db, [caseId]);
  const next = caseFact(kase, answered.get(caseId) ?? null);
  const old = await findFact(db, caseId);
  if (!sameFact(old, next)) await replaceFact(db, old, next);
}

/** For the dispatcher: `(trx, event) => …`, idempotent. */
export function reportRollupHandler() {
  return async (trx: Kysely<DB>, event: CaseEvent): Promise<void> => {
    if (FACT_EVENTS.has(event.type)) await refreshCaseFact(trx, event.caseId);
  };
}

/** Every fact and counter again from the case table, in batches of `batch` cases; returns how many cases. */
export async function rebuildReportRollups(db: Kysely<DB>, options: { batch?: number; onProgress?: (cases: number) => void } = {}): Promise<number> {
  const batch = options.batch ?? 5000;
  return db.transaction().execute(async (trx) => {
    await clearRollups(trx);
    let after: string | null = null;
    let done = 0;
    for (;;) {
      const cases = await listCasesForFacts(trx, after, batch);
      if (cases.length === 0) break;
      const answered = await lastAnsweredOnInRange(trx, after, cases[cases.length - 1]!.id);
      await insertFacts(trx, cases.map((c) => caseFact(c, answered.get(c.id) ?? null)));
      after = cases[cases.length - 1]!.id;
      done += cases.length;
      options.onProgress?.(done);
    }
    await countersFromFacts(trx);
    return done;
  });
}
