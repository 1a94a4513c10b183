/**
 * The one transaction convention. A use case opens a transaction with `inTransaction`; a step
 * that must run inside someone else's transaction (open a case, attach a document, append an
 * event, enqueue a job) takes a `Transaction` and never opens one itself, so a case, its
 * documents, its trail and its first jobs commit together or not at all.
 *
 * On SQLite one connection serves everything and a transaction holds it: read what you need
 * before `inTransaction`, or through `trx` inside it, never through the outer database.
 */
import type { Transaction as KyselyTransaction } from 'kysely';
import type { Database } from './database.js';
import type { DB } from './schema.js';

export type Transaction = KyselyTransaction<DB>;

export function inTransaction<T>(db: Database, work: (trx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
