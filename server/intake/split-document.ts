/**
 * A front-desk PDF that holds several letters (a scanned stack) is split into cases by page ranges.
 * The first range stays on the case it came in with, whose document stays untouched as the record of
 * what was received. Each further range becomes a PDF of its own (its pages copied by pdf-lib) and
 * goes in through the one pipeline, receivePetition, as a new paper letter registered by the actor,
 * as a front-desk scan would: read, analysed and routed like any other. Each new case and the two
 * events that link it to the original (split_from on it, split_into on the original) commit together.
 *
 * Who: whoever may edit the case's facts (auth/user.ts: canEditCaseFacts) — clerks of its department
 * or of the triage queue, managers, admins, and the registry for the cases it registered: telling the
 * letters of a scanned stack apart is front-desk work, like confirming what was read from them.
 */
import { canEditCaseFacts, type Actor } from '../auth/user.js';
import { caseRefById, loadVisibleCase, readDocumentForViewing, recordSplit } from '../cases/index.js';
import { ForbiddenError, InvalidInputError } from '../errors.js';
import type { IntakeDeps } from './deps.js';
import { copyPageRanges, countPdfPages } from './files/pdf-pages.adapter.js';
import { paperLetterCase } from './channels/front-desk-scan.js';
import { receivePetition } from './receive-petition.js';
import { checkSplitRanges, type PageRange } from './split-ranges.js';

export interface SplitResult {
  /** The case the document came in with; it keeps the first range. */
  caseNumber: string;
  kept: PageRange;
  /** The new cases, in page order. */
  newCases: { number: string; pages: PageRange; documentId: string }[];
}

export async function splitDocument(deps: IntakeDeps, actor: Actor, documentId: string, ranges: readonly PageRange[]): Promise<SplitResult> {
  const { document, bytes } = await readDocumentForViewing(deps, actor, documentId);
  const ref = await caseRefById(deps, document.caseId);
  const kase = ref && (await loadVisibleCase(deps.db, actor, ref.number));
  if (!kase) throw new InvalidInputError('no case', { reason: 'split_not_pdf' });
  if (!canEditCaseFacts(actor, kase)) throw new ForbiddenError('case_work');
  if (document.mediaType !== 'application/pdf' || document.role === 'reply' || document.status === 'rejected') {
    throw new InvalidInputError('only a received PDF is split', { reason: 'split_not_pdf' });
  }
  const pageCount = document.pageCount ?? (await countPdfPages(bytes));
  const [kept, ...rest] = checkSplitRanges(ranges, pageCount);
  const parts = await copyPageRanges(bytes, rest);
  const base = document.filename.replace(/\.pdf$/i, '');

  const newCases: SplitResult['newCases'] = [];
  for (const [i, pages] of rest.entries()) {
    const at = deps.clock.now();
    const by = { actorType: 'user' as const, actorId: actor.id };
    const received = await receivePetition(deps, {
      case: paperLetterCase(deps, actor),
      files: [{ filename: `${base}-p${pages.from}-${pages.to}.pdf`, bytes: parts[i] }],
      badFiles: 'keep',
      fileRole: 'original',
      actor: by,
      receivedAt: new Date(kase.receivedAt),
      alsoInTransaction: (trx, { caseId }) => recordSplit(trx, { fromCaseId: kase.id, documentId: document.id, newCaseId: caseId, pages, actor: by, at }),
    });
    newCases.push({ number: received.number, pages, documentId: received.documents[0].id });
  }
  return { caseNumber: kase.number, kept, newCases };
}
