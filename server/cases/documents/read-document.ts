/** Staff download of a case document, after the same visibility check as the case itself. */
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
