/**
 * The front desk: a clerk uploads scans (one request per file, so each gets its own progress
 * bar) as a new case or as documents of an existing one. The file is stored before anything
 * else; a file we cannot read is still kept, on a case, with its reason — for a person to look at.
 */
import type { Actor } from '../../auth/user.js';
import { canViewCase } from '../../auth/user.js';
import { caseRefByNumber } from '../../cases/case-lookup.js';
import { openCase } from '../../cases/open-case.js';
import { attachDocument } from '../../cases/documents/attach-document.js';
import { NotFoundError } from '../../errors.js';
import { JOB, needsExtraction, type IntakeDeps } from '../deps.js';
import { inspectFile } from '../files/inspect-file.js';

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

export async function ingestScan(deps: IntakeDeps, actor: Actor | null, upload: ScanUpload): Promise<ScanResult> {
  const receivedAt = deps.clock.now();
  const existing = upload.caseNumber ? await caseRefByNumber(deps, upload.caseNumber) : null;
  if (upload.caseNumber) {
    // A clerk adds scans only to cases they may see; another department's case is "not found".
    if (!existing || (actor && !canViewCase(actor, existing))) throw new NotFoundError('case');
  }
  const inspected = await inspectFile(upload.bytes, upload.filename, deps.fileLimits);
  const blob = await deps.blobs.put(upload.bytes);
  const who = actor ? { actorType: 'user' as const, actorId: actor.id } : { actorType: 'system' as const, actorId: null };

  return deps.db.transaction().execute(async (trx) => {
    let caseId = existing?.id;
    let caseNumber = existing?.number;
    if (!caseId || !caseNumber) {
      const opened = await openCase(trx, deps.secret, {
        channel: 'letter',
        kind: 'request',
        language: null,
        replyLanguage: deps.fallbackLanguage,
        petitioner: { name: upload.petitionerName?.trim().slice(0, 200) ?? '', email: null, phone: null, address: null },
        subject: '',
        body: '',
        departmentId: null,
        serviceId: null,
        receivedAt,
        intake: { via: actor ? 'front-desk' : 'cli', scannedBy: actor?.id ?? null },
      });
      caseId = opened.caseId;
      caseNumber = opened.number;
    }
    const documentId = await attachDocument(
      trx, caseId,
      inspected.ok
        ? { role: 'original', filename: inspected.safeName, mediaType: inspected.mediaType, sha256: blob.sha256, sizeBytes: blob.sizeBytes, pageCount: inspected.pages }
        : { role: 'original', filename: inspected.safeName, mediaType: 'application/octet-stream', sha256: blob.sha256, sizeBytes: blob.sizeBytes, status: 'rejected', problem: inspected.reason },
      who, receivedAt,
    );
    if (inspected.ok && needsExtraction(inspected.mediaType)) {
      await deps.jobs.enqueue(trx, JOB.extractText, { documentId }, { key: `extract:${documentId}` });
    } else if (!existing) {
      // Nothing to read: the case goes straight on to analysis, which sends it to review.
      await deps.jobs.enqueue(trx, JOB.analyseCase, { caseId }, { key: `analyse:${caseId}` });
    }
    return { caseNumber, documentId, problem: inspected.ok ? null : inspected.reason, filename: inspected.safeName };
  });
}
