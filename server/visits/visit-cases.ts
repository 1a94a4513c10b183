/**
 * A visit and the case file: a visit may open a case (the intake pipeline's walk-in channel, 'in_person',
 * as any petition handed in at the counter) or be linked to an existing one; notes written at the
 * counter after that land on the case as notes.
 */
import type { Actor } from '../auth/user.js';
import { inTransaction } from '../db/transaction.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import type { VisitDeps } from './deps.js';
import { loadVisit } from './resident-visit.js';
import { parseInput } from './take-slot.js';
import { appendVisitEvent, updateVisit, type StoredVisit } from './visit.repository.js';
import { assertAllowed, mayWorkServicePoint } from './visit-access.js';
import { loadServicePoint, publicVisit } from './visit-context.js';
import { visitCaseSchema } from './visit.schema.js';
import type { Visit } from './visit.js';

async function visitAtOwnCounter(deps: VisitDeps, actor: Actor, visitId: string): Promise<StoredVisit> {
  const visit = await loadVisit(deps, visitId);
  assertAllowed(mayWorkServicePoint(actor, await loadServicePoint(deps.db, visit.servicePointId)), 'work this counter');
  if (visit.caseNumber) throw new DomainError('conflict', `the visit is already linked to ${visit.caseNumber}`, { details: { caseNumber: visit.caseNumber } });
  return visit;
}

async function link(deps: VisitDeps, actor: Actor, visit: StoredVisit, caseNumber: string, opened: boolean): Promise<Visit> {
  const at = deps.clock.now().toISOString();
  await inTransaction(deps.db, async (trx) => {
    await updateVisit(trx, visit.id, { caseNumber }, at);
    await appendVisitEvent(trx, { id: newId(), visitId: visit.id, type: opened ? 'case_opened' : 'case_linked', actorId: actor.id, data: { caseNumber }, at });
  });
  // Notes written before the link follow the visit to its case.
  if (visit.notes) await deps.cases.addCaseNote(actor, caseNumber, visit.notes);
  return { ...publicVisit(visit), caseNumber, updatedAt: at };
}

export async function openCaseFromVisit(deps: VisitDeps, actor: Actor, visitId: string, input: { subject: string; body: string; kind?: string }): Promise<{ caseNumber: string }> {
  const petition = parseInput(visitCaseSchema, input);
  const visit = await visitAtOwnCounter(deps, actor, visitId);
  const { number } = await deps.cases.registerWalkIn(actor, {
    channel: 'in_person', kind: petition.kind, language: visit.person.language, name: visit.person.name,
    email: visit.person.email, phone: visit.person.phone, address: null, subject: petition.subject, body: petition.body,
  });
  await link(deps, actor, visit, number, true);
  return { caseNumber: number };
}

export async function linkVisitToCase(deps: VisitDeps, actor: Actor, visitId: string, caseNumber: string): Promise<Visit> {
  const visit = await visitAtOwnCounter(deps, actor, visitId);
  const kase = await deps.cases.findCase(actor, caseNumber);
  return link(deps, actor, visit, kase.number, false);
}
