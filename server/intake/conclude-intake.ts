/**
 * The end of intake for a received case: either it is registered (with the language and the
 * department we found), or it goes to "needs review" with a reason a clerk understands.
 */
import { findCaseById, findPetitioner, updateCase } from '../cases/case.repository.js';
import { listDocuments } from '../cases/documents/document.repository.js';
import { listCaseEvents, appendCaseEvent } from '../cases/case-event.repository.js';
import { selectCasePagesText } from '../cases/documents/document.repository.js';
import { registerReceivedCase } from '../cases/open-case.js';
import type { CaseRecord, CaseDocument, Petitioner } from '../cases/case.js';
import type { Lang } from '../languages.js';
import { NotFoundError } from '../errors.js';
import type { CaseDeps } from '../cases/deps.js';

export interface CaseForAnalysis {
  kase: CaseRecord;
  petitioner: Petitioner;
  documents: CaseDocument[];
  pages: { documentId: string; page: number; text: string; confidence: number | null }[];
  /** What intake knew: the e-mail's Content-Language, the form's language … */
  intake: Record<string, unknown>;
}

export async function loadCaseForAnalysis(deps: CaseDeps, caseId: string): Promise<CaseForAnalysis> {
  const kase = await findCaseById(deps.db, caseId);
  if (!kase) throw new NotFoundError('case');
  const [petitioner, documents, pages, events] = await Promise.all([
    findPetitioner(deps.db, kase.petitionerId),
    listDocuments(deps.db, caseId),
    selectCasePagesText(deps.db, caseId),
    listCaseEvents(deps.db, caseId),
  ]);
  if (!petitioner) throw new Error(`case ${kase.number} has no petitioner`);
  const received = events.find((e) => e.type === 'case_received');
  return { kase, petitioner, documents, pages, intake: received?.data ?? {} };
}

export interface IntakeConclusion {
  language: Lang | null;
  replyLanguage: Lang;
  departmentId: string | null;
  /** Kept on the trail: how sure we were, what else was considered. */
  details?: Record<string, unknown>;
}

export async function registerAnalysedCase(deps: CaseDeps, caseId: string, c: IntakeConclusion): Promise<boolean> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const kase = await findCaseById(trx, caseId);
    if (!kase || kase.status !== 'received') return false; // already concluded (a retried job)
    await updateCase(trx, caseId, { language: c.language, replyLanguage: c.replyLanguage, departmentId: c.departmentId }, now);
    await registerReceivedCase(trx, { ...kase, departmentId: c.departmentId }, now, { language: c.language, ...(c.details ?? {}) });
    return true;
  });
}

/** Reason codes are i18n keys under `review.` in locales/. */
export async function sendCaseToReview(deps: CaseDeps, caseId: string, reason: string, details: Record<string, unknown> = {}): Promise<boolean> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const kase = await findCaseById(trx, caseId);
    if (!kase || kase.status !== 'received') return false;
    await updateCase(trx, caseId, { status: 'needs_review', reviewReason: reason }, now);
    await appendCaseEvent(trx, caseId, {
      type: 'status_changed', actorType: 'system', actorId: null, visibility: 'public', data: { from: 'received', to: 'needs_review', reason, ...details }, at: now,
    });
    return true;
  });
}
