/**
 * The resident's own visit, reached with its reference and six-digit code: see it, cancel it, move it.
 * A wrong pair is "not found", whichever half was wrong (resident-access-throttle.ts counts the failures).
 */
import { NotFoundError, DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { inTransaction } from '../db/transaction.js';
import type { VisitDeps } from './deps.js';
import { localDateOf } from './local-time.js';
import { bookFirstFree, parseInput, slotCandidates } from './take-slot.js';
import { appendVisitEvent, findVisitById, findVisitByReference, freeSlotsOfVisit, occupySlots, updateVisit, type StoredVisit } from './visit.repository.js';
import { visitCodeMatches } from './visit-code.js';
import { loadServiceById, loadServicePoint, publicVisit } from './visit-context.js';
import { queueVisitNotice } from './visit-notices.js';
import { normaliseVisitReference } from './visit-person.js';
import { canApplyVisitAction } from './visit-status.js';
import { localDateTimeSchema } from './visit.schema.js';
import type { LocalDateTime, Visit } from './visit.js';
import type { Actor } from '../auth/user.js';

async function visitByCode(deps: VisitDeps, reference: string, code: string): Promise<StoredVisit> {
  const normalised = normaliseVisitReference(reference);
  const visit = normalised ? await findVisitByReference(deps.db, normalised) : null;
  if (!visit || !visitCodeMatches(deps.secret, code, visit.codeHash)) throw new NotFoundError('visit');
  return visit;
}

const notNow = (status: string) => new DomainError('illegal_transition', `a ${status} visit cannot be changed now`, { details: { from: status } });

export async function findVisitForResident(deps: VisitDeps, reference: string, code: string): Promise<Visit> {
  return publicVisit(await visitByCode(deps, reference, code));
}

export async function cancelVisitByResident(deps: VisitDeps, reference: string, code: string): Promise<Visit> {
  return cancelVisit(deps, await visitByCode(deps, reference, code), null, null);
}

/** Cancels in one transaction: its slots freed, the status, the event, the cancellation e-mail. */
export async function cancelVisit(deps: VisitDeps, visit: StoredVisit, actor: Actor | null, reason: string | null): Promise<Visit> {
  const now = deps.clock.now();
  if (!canApplyVisitAction('cancel', visit.status, new Date(visit.startsAt), now)) throw notNow(visit.status);
  const [service, point] = await Promise.all([loadServiceById(deps.db, visit.serviceId), loadServicePoint(deps.db, visit.servicePointId)]);
  const at = now.toISOString();
  await inTransaction(deps.db, async (trx) => {
    await freeSlotsOfVisit(trx, visit.id);
    await updateVisit(trx, visit.id, { status: 'cancelled' }, at);
    await appendVisitEvent(trx, { id: newId(), visitId: visit.id, type: 'cancelled', actorId: actor?.id ?? null, data: { by: actor ? 'staff' : 'resident', reason }, at });
    const cancelled: Visit = { ...publicVisit(visit), status: 'cancelled', updatedAt: at };
    await queueVisitNotice(trx, deps.notices, { kind: 'visit_cancelled', visit: cancelled, service, servicePoint: point });
  });
  return { ...publicVisit(visit), status: 'cancelled', updatedAt: at };
}

/**
 * Moves the visit to another start (and point, if asked): in one transaction its old slots are freed
 * and the new ones taken, so a refused move leaves the visit where it was.
 */
export async function moveVisitByResident(deps: VisitDeps, reference: string, code: string, to: { start: LocalDateTime; servicePointId?: string }): Promise<Visit> {
  const visit = await visitByCode(deps, reference, code);
  const start = parseInput(localDateTimeSchema, to.start);
  const now = deps.clock.now();
  if (!canApplyVisitAction('move', visit.status, new Date(visit.startsAt), now)) throw notNow(visit.status);
  const service = await loadServiceById(deps.db, visit.serviceId);
  const candidates = await slotCandidates(deps, service, start, { servicePointId: to.servicePointId });
  const at = now.toISOString();
  const moved = await bookFirstFree(deps, candidates, async (trx, choice) => {
    await freeSlotsOfVisit(trx, visit.id);
    await occupySlots(trx, visit.id, choice.point.id, choice.counter, choice.instants);
    await updateVisit(trx, visit.id, { servicePointId: choice.point.id, counter: choice.counter, startsAt: choice.startsAt, endsAt: choice.endsAt, localDate: localDateOf(choice.start) }, at);
    await appendVisitEvent(trx, {
      id: newId(), visitId: visit.id, type: 'moved', actorId: null, at,
      data: { from: visit.start, fromServicePointId: visit.servicePointId, to: choice.start, servicePointId: choice.point.id, counter: choice.counter },
    });
    const after: Visit = { ...publicVisit(visit), servicePointId: choice.point.id, counter: choice.counter, start: choice.start, end: choice.end, updatedAt: at };
    await queueVisitNotice(trx, deps.notices, { kind: 'visit_moved', visit: after, service, servicePoint: choice.point, code });
    return after;
  });
  return moved;
}

export async function loadVisit(deps: VisitDeps, visitId: string): Promise<StoredVisit> {
  const visit = await findVisitById(deps.db, visitId);
  if (!visit) throw new NotFoundError('visit');
  return visit;
}
