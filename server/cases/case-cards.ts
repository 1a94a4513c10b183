/**
 * Cases by id as other rooms list them (similar cases on a case's page, a campaign's members):
 * number, subject, status, the petitioner's name and contacts, and what the access rules need. No
 * actor: the caller filters by canViewCase before it shows a card. `db` may be a transaction.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { selectCaseCards, selectCaseTexts, type CaseCard } from './case-cards.repository.js';
import { listSamePetitionerCases } from './case-link.repository.js';

export type { CaseCard };

/** In the order of `ids`; ids with no case are left out. */
export async function caseCardsByIds(db: Kysely<DB>, ids: readonly string[]): Promise<CaseCard[]> {
  const byId = new Map((await selectCaseCards(db, ids)).map((c) => [c.id, c]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** What the petition says: its subject, and its body and the text of each of its pages, per case id. */
export function caseTextsByIds(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, { subject: string; parts: string[] }>> {
  return selectCaseTexts(db, ids);
}

/** The ids of the same petitioner's other cases (the petitioner row, or the same e-mail or phone), newest first. */
export async function samePetitionerCaseIds(db: Kysely<DB>, card: Pick<CaseCard, 'id' | 'petitionerId' | 'petitionerEmail' | 'petitionerPhone'>, limit: number): Promise<string[]> {
  const rows = await listSamePetitionerCases(db, { id: card.id, petitionerId: card.petitionerId }, { email: card.petitionerEmail, phone: card.petitionerPhone }, limit);
  return rows.map((r) => r.id);
}
