/**
 * Takes a petition whose text we already have (web form, demo data) and registers it at once:
 * petitioner, number, registration date, legal due date, documents, audit events — one
 * transaction. Files are written to the blob store first, so a later failure loses nothing.
 * `inTransaction` lets the caller add work (jobs) to the same transaction.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Lang } from '../languages.js';
import type { PetitionKind } from '../deadlines/deadline.js';
import { InvalidInputError } from '../errors.js';
import type { CaseDeps } from '../cases/deps.js';
import type { StoredBlob } from '../storage/blob-store.js';
import type { Channel } from '../cases/case.js';
import { openCase, registerReceivedCase } from '../cases/open-case.js';
import { attachDocument } from '../cases/documents/attach-document.js';

export interface IncomingFile {
  filename: string;
  mediaType: string;
  bytes: Uint8Array;
  pageCount?: number | null;
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
  /** Kept on the registration event: how it was routed (confidence, top three, evidence). */
  registration?: Record<string, unknown>;
}

export interface RegisteredPetition {
  caseId: string;
  number: string;
  trackingCode: string;
  registeredOn: string;
  dueOn: string;
}

export async function registerPetition(
  deps: CaseDeps,
  p: PetitionToRegister,
  inTransaction?: (trx: Kysely<DB>, documents: { id: string; mediaType: string }[]) => Promise<void>,
): Promise<RegisteredPetition> {
  if (!p.body.trim() && p.files.length === 0) throw new InvalidInputError('empty petition');
  const receivedAt = p.receivedAt ?? deps.clock.now();
  const stored: { file: IncomingFile; blob: StoredBlob }[] = [];
  for (const f of p.files) stored.push({ file: f, blob: await deps.blobs.put(f.bytes) });

  return deps.db.transaction().execute(async (trx) => {
    const opened = await openCase(trx, deps.secret, { ...p, replyLanguage: p.language, receivedAt });
    const documents = [];
    for (const { file, blob } of stored) {
      const id = await attachDocument(
        trx,
        opened.caseId,
        { role: 'attachment', filename: file.filename, mediaType: file.mediaType, sha256: blob.sha256, sizeBytes: blob.sizeBytes, pageCount: file.pageCount ?? null },
        { actorType: 'petitioner', actorId: opened.petitionerId },
        receivedAt,
      );
      documents.push({ id, mediaType: file.mediaType });
    }
    const { registeredOn, dueOn } = await registerReceivedCase(
      trx,
      { id: opened.caseId, number: opened.number, receivedAt: receivedAt.toISOString(), departmentId: p.departmentId },
      receivedAt,
      p.registration,
    );
    await inTransaction?.(trx, documents);
    return { caseId: opened.caseId, number: opened.number, trackingCode: opened.trackingCode, registeredOn, dueOn };
  });
}
