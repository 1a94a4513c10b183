/**
 * The one way in. Every channel — the web form, the front desk, e-mail (SMTP and IMAP), the
 * command line — turns what it received into one IncomingPetition and calls receivePetition,
 * which:
 *   1. inspects each file once (type by content, limits, bombs) — the type found here is the one
 *      OCR later reads;
 *   2. stores every blob before the transaction (content-addressed), so nothing is lost if the
 *      transaction fails;
 *   3. in one transaction opens the case (or joins the one it continues), attaches the documents,
 *      registers the case when its text is already known, and enqueues the jobs that read, analyse
 *      and register it otherwise.
 */
import { inTransaction, type Transaction } from '../db/transaction.js';
import {
  attachDocument,
  openCase,
  recordFollowUpMessage,
  recordIntakeProblem,
  registerReceivedCase,
  type CaseToOpen,
  type DocumentToAttach,
  type IntakeShortfall,
  type RegistrationDetails,
} from '../cases/index.js';
import type { ActorType, CaseDocument } from '../cases/case.js';
import { InvalidInputError } from '../errors.js';
import { enqueueJob } from '../jobs/job-queue.js';
import type { StoredBlob } from '../storage/blob-store.js';
import type { IntakeDeps } from './deps.js';
import { createMessageBudget, inspectFile, type FileInspection } from './files/inspect-file.js';
import { ANALYSE_CASE, EXTRACT_TEXT, needsExtraction } from './jobs/intake-jobs.js';

/** A file as a channel received it: only its bytes and the name it came with are trusted to exist. */
export interface IncomingFile {
  filename: string;
  bytes: Uint8Array;
  /** What the sender said it is (an e-mail part's Content-Type): kept for a refused file, never believed. */
  declaredType?: string;
}

/** The channel's own record of what arrived (the raw e-mail): kept as is, never read by OCR. */
export interface KeptOriginal {
  filename: string;
  mediaType: string;
  bytes: Uint8Array;
  status: CaseDocument['status'];
  problem?: string | null;
}

/** A message that continues a case: its documents join that case. */
export interface FollowUp {
  caseId: string;
  number: string;
  petitionerId: string;
  /**
   * Known to come from the petitioner (an answer to our own mail, or to the case's reply address).
   * Unverified (a case number in the subject, a From anyone can forge): the message goes on the
   * trail as unverified for a clerk, its documents are attached without the petitioner's name, and
   * the case does not move. A clerk's own follow-up (front desk) needs no flag: it carries no message.
   */
  verified?: boolean;
  /** The message's own text, on the trail (an e-mail reply); none for scans added by a clerk. */
  message?: { channel: 'email' | 'letter'; subject: string; text: string; messageId?: string; fromAddress?: string | null };
}

export interface IncomingPetition {
  /** The new case; ignored when `followUp` is given. */
  case: Omit<CaseToOpen, 'receivedAt'>;
  followUp?: FollowUp | null;
  files: IncomingFile[];
  original?: KeptOriginal;
  /**
   * 'refuse': one bad file refuses the whole petition with its reason, before anything is stored
   * (the web form: the resident is there to fix it). 'keep': a bad file is kept, marked rejected
   * with its reason, for a person to look at (paper, e-mail: nobody can be asked to resend).
   */
  badFiles: 'refuse' | 'keep';
  /** The role of the received files on the case. */
  fileRole: CaseDocument['role'];
  /** Who handed it in, for the trail (default: the petitioner). */
  actor?: { actorType: ActorType; actorId: string | null };
  /**
   * The text is known now (the web form, demo data): register at once, with how it was routed.
   * Otherwise the case stays "received" until its documents are read and it is analysed.
   */
  registerNow?: RegistrationDetails | null;
  /** Something intake could not take in whole (e.g. attachments over the limit), for the trail. */
  problem?: IntakeShortfall | null;
  receivedAt?: Date;
  /** The channel's own rows in the same transaction (the e-mail's Message-ID; the status page's message, naming its documents). */
  alsoInTransaction?: (trx: Transaction, received: { caseId: string; documents: ReceivedDocument[] }) => Promise<void>;
}

export interface ReceivedDocument {
  id: string;
  filename: string;
  /** Why the file was not taken for reading (it is kept all the same). */
  problem: string | null;
}

export interface ReceivedPetition {
  caseId: string;
  number: string;
  /** Shown once to the resident (null when the documents joined an existing case). */
  trackingCode: string | null;
  registeredOn: string | null;
  dueOn: string | null;
  documents: ReceivedDocument[];
  followUp: boolean;
}

interface CheckedFile {
  file: IncomingFile;
  inspection: FileInspection;
  blob?: StoredBlob;
}

export async function receivePetition(deps: IntakeDeps, petition: IncomingPetition): Promise<ReceivedPetition> {
  const receivedAt = petition.receivedAt ?? deps.clock.now();
  if (petition.files.length > deps.maxFilesPerPetition && petition.badFiles === 'refuse') {
    throw new InvalidInputError('too many files', { reason: 'too_many_files' });
  }
  const checked: CheckedFile[] = [];
  // One budget for all the petition's files: many small bombs must not cost many times one.
  const budget = createMessageBudget(deps.fileLimits);
  for (const file of petition.files) {
    const inspection = await inspectFile(file.bytes, file.filename, deps.fileLimits, { budget });
    if (!inspection.ok && petition.badFiles === 'refuse') {
      throw new InvalidInputError('file refused', { reason: `file_${inspection.reason}`, filename: inspection.safeName });
    }
    checked.push({ file, inspection });
  }
  // Blobs first, always: a failed transaction leaves stored bytes, never lost ones.
  const original = petition.original ? await deps.blobs.put(petition.original.bytes) : null;
  for (const c of checked) c.blob = await deps.blobs.put(c.file.bytes);

  return inTransaction(deps.db, async (trx) => {
    const opened = petition.followUp ? null : await openCase(trx, deps.secret, { ...petition.case, receivedAt });
    const caseId = petition.followUp?.caseId ?? opened!.caseId;
    const unverified = petition.followUp ? petition.followUp.verified !== true : false;
    const actor =
      petition.actor ??
      (unverified ? { actorType: 'system' as const, actorId: null } : { actorType: 'petitioner' as const, actorId: petition.followUp?.petitionerId ?? opened!.petitionerId });
    if (petition.followUp?.message) await recordFollowUpMessage(trx, caseId, petition.followUp.message, receivedAt, { verified: !unverified });

    if (petition.original && original) {
      const o = petition.original;
      await attachDocument(trx, caseId, { role: 'original', filename: o.filename, mediaType: o.mediaType, sha256: original.sha256, sizeBytes: original.sizeBytes, status: o.status, problem: o.problem ?? null }, actor, receivedAt);
    }
    const documents: ReceivedDocument[] = [];
    const toRead: string[] = [];
    for (const { file, inspection, blob } of checked) {
      const stored = { sha256: blob!.sha256, sizeBytes: blob!.sizeBytes };
      const attached: DocumentToAttach = inspection.ok
        ? { role: petition.fileRole, filename: inspection.safeName, mediaType: inspection.mediaType, ...stored, pageCount: inspection.pages }
        : { role: petition.fileRole, filename: inspection.safeName, mediaType: refusedType(file), ...stored, status: 'rejected', problem: inspection.reason };
      const id = await attachDocument(trx, caseId, attached, actor, receivedAt);
      documents.push({ id, filename: inspection.safeName, problem: inspection.ok ? null : inspection.reason });
      if (inspection.ok && needsExtraction(inspection.mediaType)) toRead.push(id);
    }
    if (petition.problem) await recordIntakeProblem(trx, caseId, petition.problem, receivedAt);

    const registered = opened && petition.registerNow !== undefined && petition.registerNow !== null
      ? await registerReceivedCase(trx, { id: opened.caseId, number: opened.number, receivedAt: receivedAt.toISOString(), departmentId: petition.case.departmentId }, receivedAt, petition.registerNow)
      : null;
    await petition.alsoInTransaction?.(trx, { caseId, documents });

    for (const documentId of toRead) await enqueueJob(deps.jobs, trx, EXTRACT_TEXT, { documentId });
    // A new case with nothing to read goes straight on to analysis (which registers it, or sends it to review).
    if (opened && !registered && toRead.length === 0) await enqueueJob(deps.jobs, trx, ANALYSE_CASE, { caseId });

    return {
      caseId,
      number: opened?.number ?? petition.followUp!.number,
      trackingCode: opened?.trackingCode ?? null,
      registeredOn: registered?.registeredOn ?? null,
      dueOn: registered?.dueOn ?? null,
      documents,
      followUp: !opened,
    };
  });
}

/** A refused file keeps the type it claimed (for the clerk's eyes), or none. It is served as a download only. */
function refusedType(file: IncomingFile): string {
  return file.declaredType?.slice(0, 100) || 'application/octet-stream';
}

