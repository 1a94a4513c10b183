/**
 * Downloads of a case's documents: staff after the same visibility check as the case itself;
 * a resident only the documents of the role offered to them, of the case the web has granted them.
 */
import type { Readable } from 'node:stream';
import { canViewCase, type Actor } from '../../auth/user.js';
import { NotFoundError } from '../../errors.js';
import type { CaseDocument } from '../case.js';
import { findCaseById } from '../case.repository.js';
import { findDocument } from './document.repository.js';
import type { CaseDeps } from '../deps.js';

export async function readCaseDocument(deps: CaseDeps, actor: Actor, documentId: string): Promise<{ document: CaseDocument; body: Readable }> {
  const document = await findDocument(deps.db, documentId);
  const kase = document && (await findCaseById(deps.db, document.caseId));
  if (!document || !kase || !canViewCase(actor, kase)) throw new NotFoundError('document');
  return { document, body: deps.blobs.stream(document.sha256) };
}

/**
 * A resident's download. The web grants access to a case only after a lookup with its tracking
 * code; this checks that the document belongs to that case and is of a role residents receive.
 */
export async function readDocumentForResident(
  deps: CaseDeps,
  caseNumberGranted: string,
  documentId: string,
  role: CaseDocument['role'],
): Promise<{ document: CaseDocument; bytes: Buffer }> {
  const document = await findDocument(deps.db, documentId);
  if (!document || document.role !== role) throw new NotFoundError('document');
  const kase = await findCaseById(deps.db, document.caseId);
  if (!kase || kase.number !== caseNumberGranted) throw new NotFoundError('document');
  return { document, bytes: await deps.blobs.get(document.sha256) };
}
