/** A member of staff and one visit: look at it, cancel it; visits of a case; a call done remotely. */
import type { Actor } from '../auth/user.js';
import { vilniusDateOf } from '../deadlines/calendar.js';
import { inTransaction } from '../db/transaction.js';
import { newId } from '../ids.js';
import type { Lang } from '../languages.js';
import type { VisitDeps } from './deps.js';
import { cancelVisit, loadVisit } from './resident-visit.js';
import { parseInput } from './take-slot.js';
import { insertRemoteOutcome, listVisitEvents, listVisitsByCaseNumber, type StoredVisit } from './visit.repository.js';
import { assertAllowed, mayBookForService, mayWorkServicePoint } from './visit-access.js';
import { loadBookableService, loadServiceById, loadServicePoint, publicVisit } from './visit-context.js';
import { remoteOutcomeSchema } from './visit.schema.js';
import type { REMOTE_ALTERNATIVES } from './visit.schema.js';
import type { Visit } from './visit.js';

/** The phone line (for the visit's service) or the counter (of its point) may act on a visit. */
async function assertMayHandleVisit(deps: VisitDeps, actor: Actor, visit: StoredVisit): Promise<void> {
  const [service, point] = await Promise.all([loadServiceById(deps.db, visit.serviceId), loadServicePoint(deps.db, visit.servicePointId)]);
  assertAllowed(mayBookForService(actor, service) || mayWorkServicePoint(actor, point), 'handle this visit');
}

export async function cancelVisitByStaff(deps: VisitDeps, actor: Actor, visitId: string, reason: string | null = null): Promise<Visit> {
  const visit = await loadVisit(deps, visitId);
  await assertMayHandleVisit(deps, actor, visit);
  return cancelVisit(deps, visit, actor, reason?.trim() || null);
}

export async function getVisitForStaff(
  deps: VisitDeps, actor: Actor, visitId: string,
): Promise<Visit & { serviceName: Record<Lang, string>; events: { type: string; at: string; actorName: string | null }[] }> {
  const visit = await loadVisit(deps, visitId);
  await assertMayHandleVisit(deps, actor, visit);
  const service = await loadServiceById(deps.db, visit.serviceId);
  const events = await listVisitEvents(deps.db, visit.id);
  return { ...publicVisit(visit), serviceName: serviceNames(service.texts), events };
}

export function serviceNames(texts: Record<Lang, { name: string }>): Record<Lang, string> {
  return { lt: texts.lt.name, pl: texts.pl.name, ru: texts.ru.name, en: texts.en.name };
}

/** Visits linked to a case the actor may see (shown on the case page). */
export async function listVisitsForCase(deps: VisitDeps, actor: Actor, caseNumber: string): Promise<Visit[]> {
  const kase = await deps.cases.findCase(actor, caseNumber);
  return (await listVisitsByCaseNumber(deps.db, kase.number)).map(publicVisit);
}

/** The call ended "done remotely": counted for managers against the calls that booked a visit. */
export async function recordRemoteOutcome(
  deps: VisitDeps, actor: Actor, input: { serviceSlug: string; alternative: (typeof REMOTE_ALTERNATIVES)[number]; note?: string | null },
): Promise<void> {
  const outcome = parseInput(remoteOutcomeSchema, input);
  const service = await loadBookableService(deps.db, outcome.serviceSlug);
  assertAllowed(mayBookForService(actor, service), 'answer calls for this service');
  const now = deps.clock.now();
  await inTransaction(deps.db, (trx) =>
    insertRemoteOutcome(trx, { id: newId(), serviceId: service.id, alternative: outcome.alternative, note: outcome.note, actorId: actor.id, localDate: vilniusDateOf(now), at: now.toISOString() }),
  );
}
