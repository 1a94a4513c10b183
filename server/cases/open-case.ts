/**
 * The case file's first steps, each run inside the caller's transaction so that a case, its
 * documents, its audit events and its first job commit together (or not at all):
 * open a case (number, petitioner, "received") and register it (registration date and the legal
 * due date). Documents are attached by documents/attach-document.ts.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { registrationDate, responseDueDate, type PetitionKind } from '../deadlines/deadline.js';
import { answerTermRule } from '../deadlines/legal-rules.js';
import { newId } from '../ids.js';
import type { Lang } from '../languages.js';
import { defaultDeliveryChannel, type Channel, type DeliveryChannel, type IntakeProblem, type RoutingSuggestion } from './case.js';
import type { IntakeShortfall, ReceivedIntake } from './case-events.js';
import { formatCaseNumber } from './case-number.js';
import { findCaseById, insertCase, insertPetitioner, takeCaseSequence } from './case.repository.js';
import { appendCaseEvent } from './case-event.repository.js';
import { moveCase } from './move-case.js';
import { insertRoutingSuggestion } from './routing-suggestion.repository.js';
import { indexCaseText } from '../search/index.js';
import { generateTrackingCode, hashTrackingCode } from './tracking-code.js';

export interface CaseToOpen {
  channel: Channel;
  kind: PetitionKind;
  /** The language we know at intake (the web form's); null until detected. */
  language: Lang | null;
  replyLanguage: Lang;
  petitioner: { name: string; email: string | null; phone: string | null; address: string | null };
  subject: string;
  body: string;
  departmentId: string | null;
  serviceId: string | null;
  receivedAt: Date;
  /** The e-mail's Content-Language header: analysis weighs it as a hint. */
  contentLanguage?: string | null;
  /** Only the e-mail's headers could be read: analysis sends the case to review. */
  intakeProblem?: IntakeProblem | null;
  /** How the answer is to reach the petitioner (by default from what they gave: defaultDeliveryChannel). */
  deliveryChannel?: DeliveryChannel;
  /** The registry clerk registering a paper, walk-in or phone petition. */
  registeredBy?: string | null;
  /** Facts of the intake kept on the trail (how it came, the e-mail's Message-ID, who scanned it …). */
  intake?: ReceivedIntake;
}

export interface OpenedCase {
  caseId: string;
  number: string;
  petitionerId: string;
  /** Shown once to the resident; only its HMAC is stored. */
  trackingCode: string;
}

export async function openCase(trx: Kysely<DB>, secret: string, c: CaseToOpen): Promise<OpenedCase> {
  const at = c.receivedAt.toISOString();
  // The number belongs to the year the document is registered in (a 31 December e-mail registers in January).
  const year = Number(registrationDate(c.receivedAt).slice(0, 4));
  const seq = await takeCaseSequence(trx, year);
  const number = formatCaseNumber(year, seq);
  const caseId = newId();
  const petitionerId = newId();
  const trackingCode = generateTrackingCode();
  await insertPetitioner(trx, { id: petitionerId, language: c.language ?? c.replyLanguage, ...c.petitioner }, at);
  await insertCase(trx, {
    id: caseId,
    number,
    year,
    seq,
    channel: c.channel,
    kind: c.kind,
    language: c.language,
    replyLanguage: c.replyLanguage,
    departmentId: c.departmentId,
    serviceId: c.serviceId,
    petitionerId,
    subject: c.subject,
    body: c.body,
    receivedAt: at,
    trackingCodeHash: hashTrackingCode(secret, trackingCode),
    contentLanguage: c.contentLanguage ?? null,
    intakeProblem: c.intakeProblem ?? null,
    deliveryChannel: c.deliveryChannel ?? defaultDeliveryChannel(c.petitioner),
    registeredBy: c.registeredBy ?? null,
  });
  await indexCaseText(trx, caseId, 'case', `${c.subject}\n${c.body}`, c.language);
  await appendCaseEvent(trx, caseId, {
    type: 'case_received', actorType: 'petitioner', actorId: petitionerId, visibility: 'public',
    data: { channel: c.channel, ...c.intake }, at: c.receivedAt,
  });
  return { caseId, number, petitionerId, trackingCode };
}

/** How a case came to be registered, kept on its case_registered event. */
export interface RegistrationDetails {
  /** What the router proposed, when it was asked (also kept in routing_suggestions). */
  routing?: RoutingSuggestion | null;
  /** The petition's language, as analysis found it. */
  language?: Lang | null;
  /** The topic the resident chose, which picked the department. */
  serviceSlug?: string;
  /** The clerk who registered it from review. */
  reviewedBy?: string;
}

/**
 * Registers a received case (or one a clerk cleared from review): the registration date follows
 * from when it was received, so the legal clock runs from then.
 */
export async function registerReceivedCase(
  trx: Kysely<DB>,
  kase: { id: string; number: string; receivedAt: string; departmentId: string | null },
  at: Date,
  details: RegistrationDetails = {},
): Promise<{ registeredOn: string; dueOn: string }> {
  // The status as it is now, inside the transaction: a case is registered once.
  const current = await findCaseById(trx, kase.id);
  if (!current) throw new Error(`case ${kase.id} vanished`);
  const registeredOn = registrationDate(new Date(kase.receivedAt));
  const dueRule = answerTermRule(current.kind).id;
  const dueOn = responseDueDate(registeredOn, current.kind);
  const { routing, ...rest } = details;
  await moveCase(trx, current, 'registered', {
    actor: { actorType: 'system', actorId: null },
    at,
    // A registered case no longer waits in review.
    patch: { registeredOn, dueOn, dueRule, reviewReason: null },
    recordedAs: {
      type: 'case_registered',
      data: { number: kase.number, registeredOn, dueOn, departmentId: kase.departmentId, ...rest, ...(routing ? routingOnTrail(routing) : {}) },
    },
  });
  if (routing) await insertRoutingSuggestion(trx, kase.id, routing, at);
  return { registeredOn, dueOn };
}

/** The suggestion as the trail has always had it: flat on case_registered, absent facts left out. */
function routingOnTrail(r: RoutingSuggestion) {
  return {
    departmentConfidence: r.departmentConfidence,
    top3: r.top3,
    evidence: r.evidence,
    ...(r.detectedLanguage !== undefined ? { detectedLanguage: r.detectedLanguage } : {}),
    ...(r.languageConfidence !== undefined && r.languageConfidence !== null ? { languageConfidence: r.languageConfidence } : {}),
    ...(r.languageNeedsReview !== undefined && r.languageNeedsReview !== null ? { languageNeedsReview: r.languageNeedsReview } : {}),
  };
}

/** Something intake could not take in whole (attachments over the limit), said on the trail. */
export async function recordIntakeProblem(trx: Kysely<DB>, caseId: string, data: IntakeShortfall, at: Date): Promise<void> {
  await appendCaseEvent(trx, caseId, { type: 'document_problem', actorType: 'system', actorId: null, visibility: 'internal', data, at });
}
