/**
 * Kysely queries for related cases: the links clerks make (case_links, one row per pair, smaller id
 * first) and the cases of the same petitioner, found through indexes at any size of the file:
 * cases.petitioner_id, lower(petitioners.email) and the petitioners' phone by its last eight digits
 * (the indexes of the search migration; the phone expressions here are spelled exactly as indexed, per
 * dialect, or the planner would not use them).
 */
import { sql, SqliteAdapter, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { CaseStatus } from './case.js';

export interface RelatedCaseRow {
  id: string;
  number: string;
  subject: string;
  status: CaseStatus;
  receivedAt: string;
  departmentId: string | null;
  registeredBy: string | null;
}

function isSqlite(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/** A pair as it is stored. */
function ordered(x: string, y: string): { case_a: string; case_b: string } {
  return x < y ? { case_a: x, case_b: y } : { case_a: y, case_b: x };
}

/** True when the link was added, false when the pair was already linked. */
export async function insertCaseLink(trx: Kysely<DB>, x: string, y: string, by: string, at: Date): Promise<boolean> {
  const result = await trx
    .insertInto('case_links')
    .values({ ...ordered(x, y), kind: 'same_matter', created_by: by, created_at: at.toISOString() })
    .onConflict((oc) => oc.columns(['case_a', 'case_b']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** True when a link was removed. */
export async function deleteCaseLink(trx: Kysely<DB>, x: string, y: string): Promise<boolean> {
  const { case_a, case_b } = ordered(x, y);
  const result = await trx.deleteFrom('case_links').where('case_a', '=', case_a).where('case_b', '=', case_b).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

const CASE_COLUMNS = ['cases.id', 'cases.number', 'cases.subject', 'cases.status', 'cases.received_at', 'cases.department_id', 'cases.registered_by'] as const;

function toRow(r: { id: string; number: string; subject: string; status: CaseStatus; received_at: string; department_id: string | null; registered_by: string | null }): RelatedCaseRow {
  return { id: r.id, number: r.number, subject: r.subject, status: r.status, receivedAt: r.received_at, departmentId: r.department_id, registeredBy: r.registered_by };
}

/** The cases linked with `caseId`, in either direction (primary key one way, case_links_case_b the other). */
export async function listLinkedCases(db: Kysely<DB>, caseId: string, limit: number): Promise<RelatedCaseRow[]> {
  const [asA, asB] = await Promise.all([
    db.selectFrom('case_links').innerJoin('cases', 'cases.id', 'case_links.case_b').select(CASE_COLUMNS).where('case_links.case_a', '=', caseId).limit(limit).execute(),
    db.selectFrom('case_links').innerJoin('cases', 'cases.id', 'case_links.case_a').select(CASE_COLUMNS).where('case_links.case_b', '=', caseId).limit(limit).execute(),
  ]);
  return [...asA, ...asB].map(toRow).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)).slice(0, limit);
}

/** A phone's key as the dialect's index has it; null when too short to say anything (fewer than 7 digits). */
export function phoneKey(phone: string | null, sqlite: boolean): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return null;
  // SQLite's index strips the usual separators only, PostgreSQL's every non-digit: the same key for real numbers.
  return sqlite ? phone.replace(/[ \-()+./]/g, '').slice(-8) : digits.slice(-8);
}

/**
 * Other cases of the same petitioner: the same petitioner row, or a petitioner row with the same e-mail
 * (case-insensitive) or the same phone (its last eight digits). At most `maxPetitioners` rows are taken
 * per fact, so a shared address (a housing association's e-mail) cannot make this a scan. Newest first.
 */
export async function listSamePetitionerCases(
  db: Kysely<DB>,
  kase: { id: string; petitionerId: string },
  contact: { email: string | null; phone: string | null },
  limit: number,
  maxPetitioners = 200,
): Promise<(RelatedCaseRow & { sharedBy: 'petitioner' | 'email' | 'phone' })[]> {
  const sqlite = isSqlite(db);
  const email = contact.email?.trim().toLowerCase() || null;
  const phone = phoneKey(contact.phone, sqlite);
  const [byEmail, byPhone] = await Promise.all([
    email
      ? db.selectFrom('petitioners').select('id').where(sql`lower(email)`, '=', email).limit(maxPetitioners).execute()
      : Promise.resolve([]),
    phone
      ? db
          .selectFrom('petitioners')
          .select('id')
          .where(
            sqlite
              ? sql`substr(replace(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), -8)`
              : sql`right(regexp_replace(phone, '[^0-9]', '', 'g'), 8)`,
            '=',
            phone,
          )
          .limit(maxPetitioners)
          .execute()
      : Promise.resolve([]),
  ]);
  const why = new Map<string, 'petitioner' | 'email' | 'phone'>();
  for (const r of byPhone) why.set(r.id, 'phone');
  for (const r of byEmail) why.set(r.id, 'email');
  why.set(kase.petitionerId, 'petitioner');
  const rows = await db
    .selectFrom('cases')
    .select([...CASE_COLUMNS, 'cases.petitioner_id'])
    .where('cases.petitioner_id', 'in', [...why.keys()])
    .where('cases.id', '!=', kase.id)
    .orderBy('cases.received_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...toRow(r), sharedBy: why.get(r.petitioner_id) ?? 'petitioner' }));
}
