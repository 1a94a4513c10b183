/** Whom a case's postal letter goes to, for the registry's dispatch list (replies/postal-dispatch.ts). */
import type { Database } from '../db/database.js';
import type { DeliveryChannel } from './case.js';
import { findCaseById, findPetitioner } from './case.repository.js';

export interface PostalRecipient {
  caseId: string;
  number: string;
  departmentId: string | null;
  deliveryChannel: DeliveryChannel;
  name: string;
  /** One line as the petitioner gave it, e.g. "Ukmergės g. 241-87, LT-09214 Vilnius". */
  address: string | null;
}

export async function postalRecipientOf(deps: { db: Database }, caseId: string): Promise<PostalRecipient | null> {
  const kase = await findCaseById(deps.db, caseId);
  if (!kase) return null;
  const petitioner = await findPetitioner(deps.db, kase.petitionerId);
  return {
    caseId: kase.id, number: kase.number, departmentId: kase.departmentId, deliveryChannel: kase.deliveryChannel,
    name: petitioner?.name ?? '', address: petitioner?.address ?? null,
  };
}
