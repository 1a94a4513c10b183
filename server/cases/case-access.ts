/**
 * Loads a case the actor may see. A case of another department answers "not found", exactly
 * like a case that does not exist, so its existence does not leak.
 */
import { canPrintReceipt, canViewCase, canWorkCase, type Actor, type CaseScope } from '../auth/user.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
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

/** The registry sees the cases it registered, but notes, routing, status and replies are a clerk's work. */
export function assertMayWorkCase(actor: Actor, kase: CaseScope): void {
  if (!canWorkCase(actor, kase)) throw new ForbiddenError('case_work');
}

/** A case the actor may see and work on (not found when they may not see it; forbidden when they may only see it). */
export async function loadWorkableCase(db: Database, actor: Actor, number: string): Promise<CaseRecord> {
  const kase = await loadVisibleCase(db, actor, number);
  assertMayWorkCase(actor, kase);
  return kase;
}

/** A case the actor may print a receipt for (not found otherwise, as for a case they may not see). */
export async function loadCaseForReceipt(db: Database, actor: Actor, number: string): Promise<CaseRecord> {
  const parsed = parseCaseNumber(number);
  const found = parsed && (await findCaseByNumber(db, parsed.number));
  if (!found || !canPrintReceipt(actor, found)) throw new NotFoundError('case');
  const { trackingCodeHash: _secret, ...kase } = found;
  return kase;
}
