/** Walks every case's hash chain and reports what does not add up. */
import type { Database } from '../db/database.js';
import { verifyChain, type ChainProblem } from './audit-chain.js';
import { streamChains } from './case-event.repository.js';

export interface AuditReport {
  casesChecked: number;
  eventsChecked: number;
  problems: (ChainProblem & { caseNumber: string })[];
}

export async function verifyAudit(deps: { db: Database }): Promise<AuditReport> {
  const report: AuditReport = { casesChecked: 0, eventsChecked: 0, problems: [] };
  for await (const chain of streamChains(deps.db)) {
    report.casesChecked += 1;
    report.eventsChecked += chain.events.length;
    for (const p of verifyChain(chain.events, chain.head)) report.problems.push({ ...p, caseNumber: chain.number });
  }
  return report;
}
