/**
 * The resident's own page as a way in: on the status page of a case the web has granted them (by
 * number and code, or by the e-mailed link), the resident writes to the desk and sends documents,
 * typically what the desk asked for. It joins the one pipeline as a follow-up: the same file limits
 * and budgets as the web form, a bad file refuses the whole message before anything is stored (the
 * resident is there to fix it), and in the one transaction the documents are attached with their
 * extract-text jobs, the message names them on the trail, and a case that waited for information
 * goes back to work.
 */
import { z } from 'zod';
import { caseRefByNumber, recordResidentMessage, takesResidentMessages, type CaseRef } from '../../cases/index.js';
import type { CaseStatus } from '../../cases/case.js';
import { DomainError, NotFoundError } from '../../errors.js';
import type { IntakeDeps } from '../deps.js';
import { receivePetition } from '../receive-petition.js';

export const statusPageMessageSchema = z.object({
  text: z.string().trim().max(20_000).default(''),
});
export type StatusPageMessage = z.infer<typeof statusPageMessageSchema>;

export interface SentStatusPageMessage {
  number: string;
  receivedAt: string;
  documents: { id: string; filename: string }[];
}

/** Nothing to send: neither words nor a document. */
export const emptyMessageError = () => new DomainError('invalid_input', 'the message is empty', { i18nKey: 'followUp.error.empty' });

export async function sendStatusPageMessage(
  deps: IntakeDeps,
  caseNumberGranted: string,
  message: StatusPageMessage,
  files: { filename: string; bytes: Uint8Array }[],
): Promise<SentStatusPageMessage> {
  const kase = await caseRefByNumber(deps, caseNumberGranted);
  if (!kase) throw new NotFoundError('case');
  if (!takesResidentMessages(kase.status as CaseStatus)) {
    throw new DomainError('conflict', 'the case takes no more messages', { i18nKey: 'followUp.closedMeanwhile' });
  }
  // A file input left empty still sends a part with no name and no bytes.
  const given = files.filter((f) => f.bytes.byteLength > 0 || f.filename);
  const text = message.text.trim();
  if (!text && given.length === 0) throw emptyMessageError();
  const receivedAt = deps.clock.now();
  const received = await receivePetition(deps, {
    case: placeholderCase(deps, kase),
    followUp: { caseId: kase.id, number: kase.number, petitionerId: kase.petitionerId, verified: true },
    files: given,
    badFiles: 'refuse',
    fileRole: 'attachment',
    receivedAt,
    // After the documents are attached, so the message can name them.
    alsoInTransaction: (trx, { caseId, documents }) =>
      recordResidentMessage(trx, caseId, { subject: '', text, documentIds: documents.map((d) => d.id) }, receivedAt),
  });
  return { number: received.number, receivedAt: receivedAt.toISOString(), documents: received.documents.map((d) => ({ id: d.id, filename: d.filename })) };
}

/** receivePetition ignores the new case of a follow-up; it only has to be well formed. */
function placeholderCase(deps: IntakeDeps, kase: CaseRef) {
  return {
    channel: 'web' as const, kind: 'request' as const, language: null, replyLanguage: deps.fallbackLanguage,
    petitioner: { name: '', email: kase.petitionerEmail, phone: null, address: null },
    subject: '', body: '', departmentId: kase.departmentId, serviceId: null,
  };
}
