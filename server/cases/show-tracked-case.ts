/**
 * The resident's view of a case the web has already granted them: after a lookup with the code, or
 * through the signed link of an e-mail (app/.server/track-access.server.ts keeps that grant in a
 * signed cookie). No code is asked here, so nothing here is throttled: the grant is the proof.
 */
import { NotFoundError } from '../errors.js';
import { findCaseByNumber } from './case.repository.js';
import type { CaseDeps } from './deps.js';
import { publicCaseView, type PublicCaseView } from './public-case-view.js';

export async function showTrackedCase(deps: CaseDeps, caseNumberGranted: string): Promise<PublicCaseView> {
  const kase = await findCaseByNumber(deps.db, caseNumberGranted);
  if (!kase) throw new NotFoundError('case');
  return publicCaseView(deps.db, kase);
}
