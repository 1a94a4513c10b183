/**
 * Attaches a stored blob to a case as a document, with its audit event, inside the caller's
 * transaction. The file name is made safe by intake (files/inspect-file.ts: safeDisplayName)
 * before it gets here; it is metadata only (blobs are stored by hash).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { newId } from '../../ids.js';
import type { ActorType, CaseDocument } from '../case.js';
import { appendCaseEvent } from '../case-event.repository.js';
import { insertDocument } from './document.repository.js';

export interface DocumentToAttach {
  role: CaseDocument['role'];
  filename: string;
  mediaType: string;
  sha256: string;
  sizeBytes: number;
  status?: CaseDocument['status'];
  problem?: string | null;
  pageCount?: number | null;
}

export async function attachDocument(
  trx: Kysely<DB>,
  caseId: string,
  d: DocumentToAttach,
  actor: { actorType: ActorType; actorId: string | null },
  at: Date,
): Promise<string> {
  const id = newId();
  await insertDocument(trx, { id, caseId, role: d.role, filename: d.filename, mediaType: d.mediaType, sizeBytes: d.sizeBytes, sha256: d.sha256, createdAt: at.toISOString(), status: d.status, problem: d.problem, pageCount: d.pageCount });
  await appendCaseEvent(trx, caseId, {
    type: 'document_added', ...actor, visibility: 'internal',
    data: { documentId: id, filename: d.filename, sha256: d.sha256, ...(d.problem ? { problem: d.problem } : {}) }, at,
  });
  return id;
}
