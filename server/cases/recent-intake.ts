/**
 * The front desk's "recent intake": what this person registered lately, each case with its files
 * and how far their reading has got, its language, department and petitioner — as they are worked
 * out, so that nobody opens the cases one by one to see whether a batch went through.
 */
import type { Actor } from '../auth/user.js';
import type { CaseStatus, DocumentStatus } from './case.js';
import { listCasesRegisteredBy } from './case.repository.js';
import { listDocuments } from './documents/document.repository.js';
import type { CaseDeps } from './deps.js';

export interface RecentIntakeRow {
  number: string;
  status: CaseStatus;
  receivedAt: string;
  language: string | null;
  departmentId: string | null;
  petitionerName: string;
  /** Facts read from the letter that nobody has confirmed yet. */
  toConfirm: number;
  files: { filename: string; status: DocumentStatus; problem: string | null; pageCount: number | null; pagesDone: number }[];
  /** True while a file is still being read: the page refreshes the list until none is. */
  reading: boolean;
}

const RECENT = 20;

export async function listRecentIntake(deps: CaseDeps, actor: Actor): Promise<RecentIntakeRow[]> {
  const cases = await listCasesRegisteredBy(deps.db, actor.id, RECENT);
  return Promise.all(
    cases.map(async (kase) => {
      const documents = (await listDocuments(deps.db, kase.id)).filter((d) => d.role !== 'reply');
      const reading = documents.some((d) => d.status === 'stored' || d.status === 'extracting') || kase.status === 'received';
      return {
        number: kase.number,
        status: kase.status,
        receivedAt: kase.receivedAt,
        language: kase.language,
        departmentId: kase.departmentId,
        petitionerName: kase.petitionerName,
        toConfirm: Object.values(kase.factsSource).filter((s) => s === 'letter').length,
        files: documents.map((d) => ({ filename: d.filename, status: d.status, problem: d.problem, pageCount: d.pageCount, pagesDone: d.pagesDone })),
        reading,
      };
    }),
  );
}
