/**
 * Kysely queries for cases and petitioners (documents: documents/document.repository.ts). Rows become domain types here.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Lang } from '../languages.js';
import type { PetitionKind } from '../deadlines/deadline.js';
import { parseFactsSource, type CaseRecord, type Channel, type DeliveryChannel, type FactsSource, type IntakeProblem, type Petitioner } from './case.js';
import { GENESIS_HASH } from './audit-chain.js';

type CaseRow = Selectable<DB['cases']>;

function toCase(row: CaseRow): CaseRecord {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    channel: row.channel,
    kind: row.kind,
    language: row.language,
    replyLanguage: row.reply_language,
    departmentId: row.department_id,
    serviceId: row.service_id,
    assigneeId: row.assignee_id,
    petitionerId: row.petitioner_id,
    subject: row.subject,
    body: row.body,
    receivedAt: row.received_at,
    registeredOn: row.registered_on,
    dueOn: row.due_on,
    extendedBy: Number(row.extended_by),
    reviewReason: row.review_reason,
    deliveryChannel: row.delivery_channel,
    factsSource: parseFactsSource(row.facts_source),
    letterDate: row.letter_date,
    registeredBy: row.registered_by,
    mergedIntoId: row.merged_into_id,
    clockPausedOn: row.clock_paused_on,
    dueRule: row.due_rule,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Takes the next number of the year inside the caller's transaction (atomic upsert on both dialects). */
export async function takeCaseSequence(trx: Kysely<DB>, year: number): Promise<number> {
  const row = await trx
    .insertInto('case_counters')
    .values({ year, last_seq: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet({ last_seq: sql<number>`case_counters.last_seq + 1` }))
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(row.last_seq);
}

export async function insertPetitioner(trx: Kysely<DB>, p: Petitioner, createdAt: string): Promise<void> {
  await trx
    .insertInto('petitioners')
    .values({ id: p.id, name: p.name, email: p.email, phone: p.phone, address: p.address, language: p.language, created_at: createdAt })
    .execute();
}

export interface NewCaseRow {
  id: string;
  number: string;
  year: number;
  seq: number;
  channel: Channel;
  kind: PetitionKind;
  language: Lang | null;
  replyLanguage: Lang;
  departmentId: string | null;
  serviceId: string | null;
  petitionerId: string;
  subject: string;
  body: string;
  receivedAt: string;
  trackingCodeHash: string;
  contentLanguage: string | null;
  intakeProblem: IntakeProblem | null;
  deliveryChannel: DeliveryChannel;
  registeredBy: string | null;
}

/** Every case starts "received"; from there only move-case.ts changes its status. */

export async function insertCase(trx: Kysely<DB>, c: NewCaseRow): Promise<void> {
  await trx
    .insertInto('cases')
    .values({
      id: c.id,
      number: c.number,
      year: c.year,
      seq: c.seq,
      status: 'received',
      channel: c.channel,
      kind: c.kind,
      language: c.language,
      reply_language: c.replyLanguage,
      department_id: c.departmentId,
      service_id: c.serviceId,
      assignee_id: null,
      petitioner_id: c.petitionerId,
      subject: c.subject,
      body: c.body,
      received_at: c.receivedAt,
      registered_on: null,
      due_on: null,
      extended_by: 0,
      tracking_code_hash: c.trackingCodeHash,
      audit_head: GENESIS_HASH,
      audit_seq: 0,
      created_at: c.receivedAt,
      updated_at: c.receivedAt,
      content_language: c.contentLanguage,
      intake_problem: c.intakeProblem,
      delivery_channel: c.deliveryChannel,
      registered_by: c.registeredBy,
      facts_source: null,
      letter_date: null,
      merged_into_id: null,
      clock_paused_on: null,
      due_rule: null,
    })
    .execute();
}

/** What may change on a case besides its status (which only move-case.ts changes). */
export type CasePatch = Partial<{
  departmentId: string | null;
  assigneeId: string | null;
  registeredOn: string;
  dueOn: string;
  extendedBy: number;
  language: Lang | null;
  replyLanguage: Lang;
  reviewReason: string | null;
  deliveryChannel: DeliveryChannel;
  factsSource: FactsSource;
  letterDate: string | null;
  subject: string;
  kind: PetitionKind;
  mergedIntoId: string | null;
  clockPausedOn: string | null;
  dueRule: string | null;
}>;

/** The columns a patch sets (status is never among them: case-status.repository.ts writes it). */
export function columnsOf(patch: CasePatch, at: Date): Partial<CaseRow> {
  const set: Partial<CaseRow> = { updated_at: at.toISOString() };
  if (patch.departmentId !== undefined) set.department_id = patch.departmentId;
  if (patch.assigneeId !== undefined) set.assignee_id = patch.assigneeId;
  if (patch.registeredOn !== undefined) set.registered_on = patch.registeredOn;
  if (patch.dueOn !== undefined) set.due_on = patch.dueOn;
  if (patch.extendedBy !== undefined) set.extended_by = patch.extendedBy;
  if (patch.language !== undefined) set.language = patch.language;
  if (patch.replyLanguage !== undefined) set.reply_language = patch.replyLanguage;
  if (patch.reviewReason !== undefined) set.review_reason = patch.reviewReason;
  if (patch.deliveryChannel !== undefined) set.delivery_channel = patch.deliveryChannel;
  if (patch.factsSource !== undefined) set.facts_source = JSON.stringify(patch.factsSource);
  if (patch.letterDate !== undefined) set.letter_date = patch.letterDate;
  if (patch.subject !== undefined) set.subject = patch.subject;
  if (patch.kind !== undefined) set.kind = patch.kind;
  if (patch.mergedIntoId !== undefined) set.merged_into_id = patch.mergedIntoId;
  if (patch.clockPausedOn !== undefined) set.clock_paused_on = patch.clockPausedOn;
  if (patch.dueRule !== undefined) set.due_rule = patch.dueRule;
  return set;
}

export async function updateCase(trx: Kysely<DB>, id: string, patch: CasePatch, at: Date): Promise<void> {
  await trx.updateTable('cases').set(columnsOf(patch, at)).where('id', '=', id).execute();
}

/**
 * For move-case.ts only: the status changes from `from` to `to` (with what changes along), and
 * only if the case is still in `from`. False when it was not: someone moved it meanwhile.
 */
/** What intake knew that analysis reads again (see cases.content_language, cases.intake_problem). */
export async function findIntakeFacts(db: Kysely<DB>, id: string): Promise<{ contentLanguage: string | null; intakeProblem: IntakeProblem | null } | undefined> {
  const row = await db.selectFrom('cases').select(['content_language', 'intake_problem']).where('id', '=', id).executeTakeFirst();
  return row && { contentLanguage: row.content_language, intakeProblem: row.intake_problem };
}

export async function findCaseByNumber(db: Kysely<DB>, number: string): Promise<(CaseRecord & { trackingCodeHash: string }) | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('number', '=', number).executeTakeFirst();
  return row && { ...toCase(row), trackingCodeHash: row.tracking_code_hash };
}

export async function findCaseById(db: Kysely<DB>, id: string): Promise<CaseRecord | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCase(row);
}

export async function findPetitioner(db: Kysely<DB>, id: string): Promise<Petitioner | undefined> {
  const row = await db.selectFrom('petitioners').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, name: row.name, email: row.email, phone: row.phone, address: row.address, language: row.language };
}

/** The petitioner's facts a clerk confirms or a letter gives (undefined fields stay as they are). */
export async function updatePetitioner(
  trx: Kysely<DB>,
  id: string,
  patch: Partial<Pick<Petitioner, 'name' | 'address' | 'email' | 'phone' | 'language'>>,
): Promise<void> {
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length === 0) return;
  await trx.updateTable('petitioners').set(set).where('id', '=', id).execute();
}

/** The newest cases one person registered at the front desk. */
export async function listCasesRegisteredBy(db: Kysely<DB>, userId: string, limit: number): Promise<(CaseRecord & { petitionerName: string })[]> {
  const rows = await db
    .selectFrom('cases')
    .innerJoin('petitioners', 'petitioners.id', 'cases.petitioner_id')
    .selectAll('cases')
    .select('petitioners.name as petitioner_name')
    .where('cases.registered_by', '=', userId)
    .orderBy('cases.received_at', 'desc')
    .orderBy('cases.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...toCase(row), petitionerName: row.petitioner_name }));
}

/** A new tracking code replaces the old one: only its HMAC is kept (see tracking-code.ts). */
export async function replaceTrackingCodeHash(trx: Kysely<DB>, id: string, trackingCodeHash: string, at: Date): Promise<void> {
  await trx.updateTable('cases').set({ tracking_code_hash: trackingCodeHash, updated_at: at.toISOString() }).where('id', '=', id).execute();
}
