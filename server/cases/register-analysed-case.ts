/**
 * The case side of the end of intake (intake's analyse-case job decides which): a received case
 * is either registered, with the language and the department analysis found, or goes to "needs
 * review" with a reason a clerk understands. Here, in the case file, because both are moves of
 * its status and read what only the case file stores.
 */
import type { Lang } from '../languages.js';
import { NotFoundError } from '../errors.js';
import type { CaseRecord, CaseDocument, IntakeProblem, Petitioner, RoutingSuggestion } from './case.js';
import type { CaseEventData } from './case-events.js';
import { findCaseById, findIntakeFacts, findPetitioner, updateCase } from './case.repository.js';
import { listDocuments, selectCasePagesText } from './documents/document.repository.js';
import { moveCase } from './move-case.js';
import { registerReceivedCase } from './open-case.js';
import type { CaseDeps } from './deps.js';

export interface CaseForAnalysis {
  kase: CaseRecord;
  petitioner: Petitioner;
  documents: CaseDocument[];
  pages: { documentId: string; page: number; text: string; confidence: number | null }[];
  /** What intake knew that analysis needs: the e-mail's Content-Language, whether it could be read. */
  intake: { contentLanguage: string | null; problem: IntakeProblem | null };
}

export async function loadCaseForAnalysis(deps: CaseDeps, caseId: string): Promise<CaseForAnalysis> {
  const kase = await findCaseById(deps.db, caseId);
  if (!kase) throw new NotFoundError('case');
  const [petitioner, documents, pages, facts] = await Promise.all([
    findPetitioner(deps.db, kase.petitionerId),
    listDocuments(deps.db, caseId),
    selectCasePagesText(deps.db, caseId),
    findIntakeFacts(deps.db, caseId),
  ]);
  if (!petitioner) throw new Error(`case ${kase.number} has no petitioner`);
  return { kase, petitioner, documents, pages, intake: { contentLanguage: facts?.contentLanguage ?? null, problem: facts?.intakeProblem ?? null } };
}

export interface IntakeConclusion {
  language: Lang | null;
  replyLanguage: Lang;
  departmentId: string | null;
  /** What the router proposed (kept on the trail and for triage). */
  routing?: RoutingSuggestion;
}

export async function registerAnalysedCase(deps: CaseDeps, caseId: string, c: IntakeConclusion): Promise<boolean> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const kase = await findCaseById(trx, caseId);
    if (!kase || kase.status !== 'received') return false; // already concluded (a retried job)
    await updateCase(trx, caseId, { language: c.language, replyLanguage: c.replyLanguage, departmentId: c.departmentId }, now);
    await registerReceivedCase(trx, { ...kase, departmentId: c.departmentId }, now, { language: c.language, routing: c.routing });
    return true;
  });
}

/** Reason codes are i18n keys under `review.` in locales/. */
export async function sendCaseToReview(
  deps: CaseDeps,
  caseId: string,
  reason: string,
  details: Pick<CaseEventData<'status_changed'>, 'problems' | 'error'> = {},
): Promise<boolean> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const kase = await findCaseById(trx, caseId);
    if (!kase || kase.status !== 'received') return false;
    await moveCase(trx, kase, 'needs_review', { actor: { actorType: 'system', actorId: null }, at: now, reason, details, patch: { reviewReason: reason } });
    return true;
  });
}
