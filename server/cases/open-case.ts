/**
 * The case file's first steps, each run inside the caller's transaction so that a case, its
 * documents, its audit events and its first job commit together (or not at all):
 * open a case (number, petitioner, "received") and register it (registration date and the legal
 * due date). Documents are attached by documents/attach-document.ts.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { registrationDate, responseDueDate, type PetitionKind } from '../deadlines/deadline.js';
import { newId } from '../ids.js';
import type { Lang } from '../languages.js';
import type { Channel } from './case.js';
import { formatCaseNumber } from './case-number.js';
import { insertCase, insertPetitioner, takeCaseSequence, updateCase } from './case.repository.js';
import { appendCaseEvent } from './case-event.repository.js';
import { indexCaseText } from './search.repository.js';
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
  /** Facts of the intake worth keeping on the trail (e-mail Message-ID, Content-Language …). */
  intake?: Record<string, unknown>;
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
    status: 'received',
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
  });
  await indexCaseText(trx, caseId, 'case', `${c.subject}\n${c.body}`);
  await appendCaseEvent(trx, caseId, {
    type: 'case_received', actorType: 'petitioner', actorId: petitionerId, visibility: 'public',
    data: { channel: c.channel, ...(c.intake ?? {}) }, at: c.receivedAt,
  });
  return { caseId, number, petitionerId, trackingCode };
}

/** Registers a received case: the registration date follows from when it was received. */
export async function registerReceivedCase(
  trx: Kysely<DB>,
  kase: { id: string; number: string; receivedAt: string; departmentId: string | null },
  at: Date,
  data: Record<string, unknown> = {},
): Promise<{ registeredOn: string; dueOn: string }> {
  const registeredOn = registrationDate(new Date(kase.receivedAt));
  const dueOn = responseDueDate(registeredOn);
  await updateCase(trx, kase.id, { status: 'registered', registeredOn, dueOn }, at);
  await appendCaseEvent(trx, kase.id, {
    type: 'case_registered', actorType: 'system', actorId: null, visibility: 'public',
    data: { number: kase.number, registeredOn, dueOn, departmentId: kase.departmentId, ...data }, at,
  });
  return { registeredOn, dueOn };
}

/** Something intake could not take in whole (e.g. attachments over the limit), said on the trail. */
export async function recordIntakeProblem(trx: Kysely<DB>, caseId: string, data: Record<string, unknown>, at: Date): Promise<void> {
  await appendCaseEvent(trx, caseId, { type: 'document_problem', actorType: 'system', actorId: null, visibility: 'internal', data, at });
}
