/**
 * A new tracking code for a case, replacing the old one: the code is shown once (on the receipt
 * the front desk prints) and only its HMAC is stored, so the old code stops working at once.
 * The trail says who reissued it and why, never the code.
 */
import type { Actor } from '../auth/user.js';
import { inTransaction } from '../db/transaction.js';
import { loadCaseForReceipt } from './case-access.js';
import type { CaseEventData } from './case-events.js';
import { appendCaseEvent } from './case-event.repository.js';
import { replaceTrackingCodeHash } from './case.repository.js';
import type { CaseDeps } from './deps.js';
import { generateTrackingCode, hashTrackingCode } from './tracking-code.js';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export type TrackingCodeReissueReason = CaseEventData<'tracking_code_reissued'>['reason'];

export async function reissueTrackingCode(
  deps: CaseDeps,
  actor: Actor,
  number: string,
  reason: TrackingCodeReissueReason,
): Promise<{ number: string; trackingCode: string }> {
  // Whoever may print the case's receipt may give its petitioner a new code (auth/user.ts canPrintReceipt).
  const kase = await loadCaseForReceipt(deps.db, actor, number);
  const trackingCode = generateTrackingCode();
  const now = deps.clock.now();
  await inTransaction(deps.db, async (trx) => {
    await replaceTrackingCodeHash(trx, kase.id, hashTrackingCode(deps.secret, trackingCode), now);
    await appendCaseEvent(trx, kase.id, { type: 'tracking_code_reissued', actorType: 'user', actorId: actor.id, visibility: 'internal', data: { reason }, at: now });
  });
  return { number: kase.number, trackingCode };
}

/**
 * The same, inside the caller's transaction and by the desk itself: the e-mail that tells an e-mail
 * petitioner their case is registered carries a fresh code (the registration's exists only as a
 * hash), and the code and the message that carries it commit together or not at all.
 */
export async function reissueTrackingCodeInTrx(
  trx: Kysely<DB>,
  secret: string,
  caseId: string,
  reason: TrackingCodeReissueReason,
  at: Date,
): Promise<string> {
  const trackingCode = generateTrackingCode();
  await replaceTrackingCodeHash(trx, caseId, hashTrackingCode(secret, trackingCode), at);
  await appendCaseEvent(trx, caseId, { type: 'tracking_code_reissued', actorType: 'system', actorId: null, visibility: 'internal', data: { reason }, at });
  return trackingCode;
}
