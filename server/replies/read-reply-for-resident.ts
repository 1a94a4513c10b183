/** A resident downloads a signed reply from the status page (of the case the web has granted them). */
import type { CaseDocument } from '../cases/case.js';
import { readDocumentForResident, type CaseDeps } from '../cases/index.js';

export async function readReplyForResident(deps: CaseDeps, caseNumberGranted: string, documentId: string): Promise<{ document: CaseDocument; bytes: Buffer }> {
  return readDocumentForResident(deps, caseNumberGranted, documentId, 'reply');
}
