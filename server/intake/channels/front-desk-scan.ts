/**
 * The front desk: a clerk uploads scans (one request per file, so each gets its own progress
 * bar) as a new case or as documents of an existing one. A file we cannot read is still kept,
 * on a case, with its reason — for a person to look at.
 */
import type { Actor } from '../../auth/user.js';
import { canViewCase } from '../../auth/user.js';
import { caseRefByNumber } from '../../cases/index.js';
import { NotFoundError } from '../../errors.js';
import type { IntakeDeps } from '../deps.js';
import { receivePetition, type IncomingPetition } from '../receive-petition.js';

export interface ScanUpload {
  filename: string;
  bytes: Uint8Array;
  /** Add to this case; otherwise a new case is opened. */
  caseNumber?: string | null;
  /** What the clerk could read off the envelope, if anything. */
  petitionerName?: string | null;
}

export interface ScanResult {
  caseNumber: string;
  documentId: string;
  /** Set when the file could not be taken for reading (kept all the same). */
  problem: string | null;
  filename: string;
}

/**
 * A new case for a paper letter taken in at the desk: nothing known of it but who took it in (its
 * "recent intake" list, and the registry's view of its own cases); the rest is read from the letter.
 */
export function paperLetterCase(deps: IntakeDeps, actor: Actor | null, petitionerName?: string | null): IncomingPetition['case'] {
  return {
    channel: 'letter',
    kind: 'request',
    language: null,
    replyLanguage: deps.fallbackLanguage,
    petitioner: { name: petitionerName?.trim().slice(0, 200) ?? '', email: null, phone: null, address: null },
    subject: '',
    body: '',
    departmentId: null,
    serviceId: null,
    intake: { via: actor ? 'front-desk' : 'cli', scannedBy: actor?.id ?? null },
    registeredBy: actor?.id ?? null,
  };
}

export async function ingestScan(deps: IntakeDeps, actor: Actor | null, upload: ScanUpload): Promise<ScanResult> {
  const existing = upload.caseNumber ? await caseRefByNumber(deps, upload.caseNumber) : null;
  if (upload.caseNumber) {
    // A clerk adds scans only to cases they may see; another department's case is "not found".
    if (!existing || (actor && !canViewCase(actor, existing))) throw new NotFoundError('case');
  }
  const received = await receivePetition(deps, {
    case: paperLetterCase(deps, actor, upload.petitionerName),
    followUp: existing ? { caseId: existing.id, number: existing.number, petitionerId: existing.petitionerId } : null,
    files: [{ filename: upload.filename, bytes: upload.bytes }],
    badFiles: 'keep',
    fileRole: 'original',
    actor: actor ? { actorType: 'user', actorId: actor.id } : { actorType: 'system', actorId: null },
  });
  const [document] = received.documents;
  return { caseNumber: received.number, documentId: document.id, problem: document.problem, filename: document.filename };
}
