/**
 * A resident downloads a signed reply from the status page. The web grants access to a case only
 * after a lookup with its tracking code; this checks that the document is a reply of that case.
 */
import { NotFoundError } from '../errors.js';
import type { CaseDocument } from '../cases/case.js';
import { findCaseById } from '../cases/case.repository.js';
import { findDocument } from '../cases/documents/document.repository.js';
import type { CaseDeps } from '../cases/deps.js';

export async function readReplyForResident(deps: CaseDeps, caseNumberGranted: string, documentId: string): Promise<{ document: CaseDocument; bytes: Buffer }> {
  const document = await findDocument(deps.db, documentId);
  if (!document || document.role !== 'reply') throw new NotFoundError('document');
  const kase = await findCaseById(deps.db, document.caseId);
  if (!kase || kase.number !== caseNumberGranted) throw new NotFoundError('document');
  return { document, bytes: await deps.blobs.get(document.sha256) };
}
