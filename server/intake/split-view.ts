/** What the split page shows of a document: its case, its pages, and whether it can be split (a received PDF of two pages or more). */
import { canEditCaseFacts, type Actor } from '../auth/user.js';
import { getDocumentText, loadVisibleCase } from '../cases/index.js';
import { ForbiddenError } from '../errors.js';
import type { IntakeDeps } from './deps.js';

export interface SplitView {
  documentId: string;
  filename: string;
  caseNumber: string;
  pageCount: number;
  splittable: boolean;
}

export async function getSplitView(deps: IntakeDeps, actor: Actor, documentId: string): Promise<SplitView> {
  const { document, caseNumber } = await getDocumentText(deps, actor, documentId);
  const kase = await loadVisibleCase(deps.db, actor, caseNumber);
  if (!canEditCaseFacts(actor, kase)) throw new ForbiddenError('case_work');
  const pageCount = document.pageCount ?? 1;
  const splittable = document.mediaType === 'application/pdf' && document.role !== 'reply' && document.status !== 'rejected' && pageCount >= 2;
  return { documentId: document.id, filename: document.filename, caseNumber, pageCount, splittable };
}
