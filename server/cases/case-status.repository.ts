/**
 * The one query that writes a case's status, conditional on the status the caller read (so a
 * concurrent move is refused, never overwritten). Only move-case.ts imports this file, which
 * dependency-cruiser checks: every status change goes through the status machine.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { CaseStatus } from './case.js';
import { columnsOf, type CasePatch } from './case.repository.js';

export async function updateCaseStatus(trx: Kysely<DB>, id: string, from: CaseStatus, to: CaseStatus, patch: CasePatch, at: Date): Promise<boolean> {
  const result = await trx
    .updateTable('cases')
    .set({ ...columnsOf(patch, at), status: to })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
