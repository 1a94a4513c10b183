/**
 * Use cases on a document's text: the extraction pipeline records its progress and result here,
 * and staff read and correct the recognised text. Every change of text is on the audit trail.
 */
import { canViewCase, type Actor } from '../../auth/user.js';
import { NotFoundError } from '../../errors.js';
import type { CaseDocument, CaseRecord } from '../case.js';
import { findCaseById } from '../case.repository.js';
import { findDocument, listDocuments } from './document.repository.js';
import { appendCaseEvent } from '../case-event.repository.js';
import { replacePages, selectPages, setDocumentState, updatePageText, type PageText } from './document.repository.js';
import type { CaseDeps } from '../deps.js';

export type { PageText };

export async function getDocumentForProcessing(deps: CaseDeps, documentId: string): Promise<{ document: CaseDocument; kase: CaseRecord; bytes: Buffer }> {
  const document = await findDocument(deps.db, documentId);
  const kase = document && (await findCaseById(deps.db, document.caseId));
  if (!document || !kase) throw new NotFoundError('document');
  return { document, kase, bytes: await deps.blobs.get(document.sha256) };
}

export async function markDocumentExtracting(deps: CaseDeps, documentId: string, pageCount: number | null): Promise<void> {
  await setDocumentState(deps.db, documentId, { status: 'extracting', pageCount, pagesDone: 0, problem: null });
}

export async function recordExtractionProgress(deps: CaseDeps, documentId: string, pagesDone: number, pageCount: number): Promise<void> {
  await setDocumentState(deps.db, documentId, { pagesDone, pageCount });
}

export async function saveExtractedText(deps: CaseDeps, document: Pick<CaseDocument, 'id' | 'caseId'>, pages: PageText[]): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await replacePages(trx, document, pages, now.toISOString());
    await setDocumentState(trx, document.id, { status: 'extracted', pageCount: pages.length, pagesDone: pages.length, problem: null });
    const confidences = pages.map((p) => p.confidence).filter((c): c is number => c !== null);
    await appendCaseEvent(trx, document.caseId, {
      type: 'text_extracted', actorType: 'system', actorId: null, visibility: 'internal',
      data: {
        documentId: document.id,
        pages: pages.length,
        sources: [...new Set(pages.map((p) => p.source))],
        meanConfidence: confidences.length ? Math.round(confidences.reduce((a, b) => a + b, 0) / confidences.length) : null,
      },
      at: now,
    });
  });
}

/** The document cannot be read: the original stays, the reason is recorded for a person. */
export async function recordDocumentProblem(deps: CaseDeps, document: Pick<CaseDocument, 'id' | 'caseId'>, problem: string, status: 'rejected' | 'failed' = 'failed'): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await setDocumentState(trx, document.id, { status, problem });
    await appendCaseEvent(trx, document.caseId, {
      type: 'document_problem', actorType: 'system', actorId: null, visibility: 'internal', data: { documentId: document.id, problem }, at: now,
    });
  });
}

/** True when no document of the case is still waiting for or undergoing extraction. */
export async function caseDocumentsSettled(deps: CaseDeps, caseId: string): Promise<boolean> {
  const documents = await listDocuments(deps.db, caseId);
  return documents.every((d) => d.status !== 'stored' && d.status !== 'extracting');
}

async function visibleDocument(deps: CaseDeps, actor: Actor, documentId: string) {
  const document = await findDocument(deps.db, documentId);
  const kase = document && (await findCaseById(deps.db, document.caseId));
  if (!document || !kase || !canViewCase(actor, kase)) throw new NotFoundError('document');
  return { document, kase };
}

export async function getDocumentText(deps: CaseDeps, actor: Actor, documentId: string) {
  const { document, kase } = await visibleDocument(deps, actor, documentId);
  return { document, caseNumber: kase.number, pages: await selectPages(deps.db, documentId) };
}

/** The original's bytes for the page viewer, after the same visibility check. */
export async function readDocumentForViewing(deps: CaseDeps, actor: Actor, documentId: string): Promise<{ document: CaseDocument; bytes: Buffer }> {
  const { document } = await visibleDocument(deps, actor, documentId);
  if (document.status === 'rejected') throw new NotFoundError('page');
  return { document, bytes: await deps.blobs.get(document.sha256) };
}

export async function correctPageText(deps: CaseDeps, actor: Actor, documentId: string, page: number, text: string): Promise<void> {
  const { document } = await visibleDocument(deps, actor, documentId);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await updatePageText(trx, document, page, text, actor.id, now.toISOString()))) throw new NotFoundError('page');
    await appendCaseEvent(trx, document.caseId, {
      type: 'text_corrected', actorType: 'user', actorId: actor.id, visibility: 'internal', data: { documentId, page }, at: now,
    });
  });
}

/** For the live progress stream: each document's state, for someone who may see the case. */
export async function documentProgress(deps: CaseDeps, actor: Actor, caseId: string) {
  const kase = await findCaseById(deps.db, caseId);
  if (!kase || !canViewCase(actor, kase)) throw new NotFoundError('case');
  const documents = await listDocuments(deps.db, caseId);
  return {
    caseStatus: kase.status,
    documents: documents.map((d) => ({ id: d.id, status: d.status, problem: d.problem, pageCount: d.pageCount, pagesDone: d.pagesDone })),
  };
}
