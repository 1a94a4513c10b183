/**
 * Loads a case the actor may see. A case of another department answers "not found", exactly
 * like a case that does not exist, so its existence does not leak.
 */
import { canViewCase, type Actor } from '../auth/user.js';
import { NotFoundError } from '../errors.js';
import type { Database } from '../db/database.js';
import type { CaseRecord } from './case.js';
import { parseCaseNumber } from './case-number.js';
import { findCaseByNumber } from './case.repository.js';

export async function loadVisibleCase(db: Database, actor: Actor, number: string): Promise<CaseRecord> {
  const parsed = parseCaseNumber(number);
  const found = parsed && (await findCaseByNumber(db, parsed.number));
  if (!found || !canViewCase(actor, found)) throw new NotFoundError('case');
  const { trackingCodeHash: _secret, ...kase } = found;
  return kase;
}
