/** Small reads other slices need about a case, without reaching into its tables. */
import type { Database } from '../db/database.js';
import { parseCaseNumber } from './case-number.js';
import { findCaseById, findCaseByNumber, findPetitioner } from './case.repository.js';

export interface CaseRef {
  id: string;
  number: string;
  status: string;
  petitionerId: string;
  petitionerEmail: string | null;
  departmentId: string | null;
}

async function refOf(db: Database, kase: { id: string; number: string; status: string; petitionerId: string; departmentId: string | null } | undefined): Promise<CaseRef | null> {
  if (!kase) return null;
  const petitioner = await findPetitioner(db, kase.petitionerId);
  return { id: kase.id, number: kase.number, status: kase.status, petitionerId: kase.petitionerId, petitionerEmail: petitioner?.email ?? null, departmentId: kase.departmentId };
}

export async function caseRefById(deps: { db: Database }, id: string): Promise<CaseRef | null> {
  return refOf(deps.db, await findCaseById(deps.db, id));
}

export async function caseRefByNumber(deps: { db: Database }, number: string): Promise<CaseRef | null> {
  const parsed = parseCaseNumber(number);
  return parsed ? refOf(deps.db, await findCaseByNumber(deps.db, parsed.number)) : null;
}
