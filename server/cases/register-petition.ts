/**
 * Takes a petition in and registers it: petitioner, case number, registration date and the
 * legal due date, documents, and the audit events — one transaction. Attachments are written
 * to the blob store first, so a failure later never loses what the resident sent.
 */
import type { Lang } from '../languages.js';
import { registrationDate, responseDueDate } from '../deadlines/deadline.js';
import type { PetitionKind } from '../deadlines/deadline.js';
import { newId } from '../ids.js';
import { InvalidInputError } from '../errors.js';
import type { CaseDeps } from './deps.js';
import type { StoredBlob } from '../storage/blob-store.js';
import type { Channel } from './case.js';
import { formatCaseNumber } from './case-number.js';
import { generateTrackingCode, hashTrackingCode } from './tracking-code.js';
import { insertCase, insertDocument, insertPetitioner, takeCaseSequence, updateCase } from './case.repository.js';
import { appendCaseEvent } from './case-event.repository.js';

export interface IncomingFile {
  filename: string;
  mediaType: string;
  bytes: Uint8Array;
}

export interface PetitionToRegister {
  channel: Channel;
  kind: PetitionKind;
  language: Lang;
  petitioner: { name: string; email: string | null; phone: string | null; address: string | null };
  subject: string;
  body: string;
  departmentId: string | null;
  serviceId: string | null;
  files: IncomingFile[];
  /** When the desk received it (defaults to now). */
  receivedAt?: Date;
}

export interface RegisteredPetition {
  caseId: string;
  number: string;
  /** Shown to the resident once; only its HMAC is stored. */
  trackingCode: string;
  registeredOn: string;
  dueOn: string;
}

/** Strip path parts and control characters; keep it short. The original name is metadata only. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return (cleaned || 'document').slice(0, 150);
}

export async function registerPetition(deps: CaseDeps, p: PetitionToRegister): Promise<RegisteredPetition> {
  if (!p.body.trim() && p.files.length === 0) throw new InvalidInputError('empty petition');
  const receivedAt = p.receivedAt ?? deps.clock.now();
  const stored: { file: IncomingFile; blob: StoredBlob }[] = [];
  for (const f of p.files) stored.push({ file: f, blob: await deps.blobs.put(f.bytes) });

  const registeredOn = registrationDate(receivedAt);
  const dueOn = responseDueDate(registeredOn);
  const year = Number(registeredOn.slice(0, 4));
  const trackingCode = generateTrackingCode();
  const caseId = newId();
  const petitionerId = newId();
  const at = receivedAt.toISOString();

  const number = await deps.db.transaction().execute(async (trx) => {
    const seq = await takeCaseSequence(trx, year);
    const number = formatCaseNumber(year, seq);
    await insertPetitioner(trx, { id: petitionerId, language: p.language, ...p.petitioner }, at);
    await insertCase(trx, {
      id: caseId,
      number,
      year,
      seq,
      status: 'received',
      channel: p.channel,
      kind: p.kind,
      language: p.language,
      replyLanguage: p.language,
      departmentId: p.departmentId,
      serviceId: p.serviceId,
      petitionerId,
      subject: p.subject,
      body: p.body,
      receivedAt: at,
      trackingCodeHash: hashTrackingCode(deps.secret, trackingCode),
    });
    const actor = { actorType: 'petitioner' as const, actorId: petitionerId };
    await appendCaseEvent(trx, caseId, { type: 'case_received', ...actor, visibility: 'public', data: { channel: p.channel }, at: receivedAt });
    for (const { file, blob } of stored) {
      const documentId = newId();
      await insertDocument(trx, {
        id: documentId,
        caseId,
        role: 'attachment',
        filename: safeFilename(file.filename),
        mediaType: file.mediaType,
        sizeBytes: blob.sizeBytes,
        sha256: blob.sha256,
        createdAt: at,
      });
      await appendCaseEvent(trx, caseId, {
        type: 'document_added', ...actor, visibility: 'internal',
        data: { documentId, filename: safeFilename(file.filename), sha256: blob.sha256 }, at: receivedAt,
      });
    }
    await updateCase(trx, caseId, { status: 'registered', registeredOn, dueOn }, receivedAt);
    await appendCaseEvent(trx, caseId, {
      type: 'case_registered', actorType: 'system', actorId: null, visibility: 'public',
      data: { number, registeredOn, dueOn, departmentId: p.departmentId }, at: receivedAt,
    });
    return number;
  });
  return { caseId, number, trackingCode, registeredOn, dueOn };
}
