/**
 * The audit trail's hash chain. Each event's hash covers its content and the previous hash,
 * so changing, inserting or deleting an event breaks every hash after it; the case row keeps
 * the head so that a deleted tail is noticed too. Pure: hashing only.
 */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEventContent {
  caseId: string;
  seq: number;
  type: string;
  actorType: string;
  actorId: string | null;
  visibility: string;
  data: string;
  createdAt: string;
}

/** Canonical serialisation: fixed field order, so the same event always hashes the same. */
export function eventHash(prevHash: string, e: ChainedEventContent): string {
  const canonical = JSON.stringify([
    prevHash, e.caseId, e.seq, e.type, e.actorType, e.actorId, e.visibility, e.data, e.createdAt,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export interface ChainProblem {
  seq: number;
  reason: 'hash_mismatch' | 'broken_link' | 'sequence_gap' | 'head_mismatch';
}

/**
 * Checks one case's events (ordered by seq) against the head stored on the case.
 * Returns every problem found; an empty list means the trail is intact.
 */
export function verifyChain(
  events: ReadonlyArray<ChainedEventContent & { prevHash: string; hash: string }>,
  head: { hash: string; seq: number },
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const e of events) {
    if (e.seq !== expectedSeq) problems.push({ seq: e.seq, reason: 'sequence_gap' });
    if (e.prevHash !== prev) problems.push({ seq: e.seq, reason: 'broken_link' });
    if (eventHash(e.prevHash, e) !== e.hash) problems.push({ seq: e.seq, reason: 'hash_mismatch' });
    prev = e.hash;
    expectedSeq = e.seq + 1;
  }
  const last = events.at(-1);
  if ((last?.hash ?? GENESIS_HASH) !== head.hash || (last?.seq ?? 0) !== head.seq) {
    problems.push({ seq: head.seq, reason: 'head_mismatch' });
  }
  return problems;
}
