/** Cases by id, as lists elsewhere show them (similar cases, campaign members), and their texts. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Lang } from '../languages.js';
import type { CaseStatus } from './case.js';

export interface CaseCard {
  id: string;
  number: string;
  subject: string;
  status: CaseStatus;
  departmentId: string | null;
  registeredBy: string | null;
  receivedAt: string;
  language: Lang | null;
  replyLanguage: Lang;
  mergedIntoId: string | null;
  petitionerId: string;
  petitionerName: string;
  petitionerEmail: string | null;
  petitionerPhone: string | null;
}


export async function selectCaseCards(db: Kysely<DB>, ids: readonly string[]): Promise<CaseCard[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('cases as c')
    .innerJoin('petitioners as p', 'p.id', 'c.petitioner_id')
    .select([
      'c.id', 'c.number', 'c.subject', 'c.status', 'c.department_id', 'c.registered_by', 'c.received_at', 'c.language', 'c.reply_language',
      'c.merged_into_id', 'c.petitioner_id', 'p.name', 'p.email', 'p.phone',
    ])
    .where('c.id', 'in', [...ids])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    subject: r.subject,
    status: r.status,
    departmentId: r.department_id,
    registeredBy: r.registered_by,
    receivedAt: r.received_at,
    language: r.language,
    replyLanguage: r.reply_language,
    mergedIntoId: r.merged_into_id,
    petitionerId: r.petitioner_id,
    petitionerName: r.name,
    petitionerEmail: r.email,
    petitionerPhone: r.phone,
  }));
}

/** The petition's subject, body and the text read from its pages, per case. */
export async function selectCaseTexts(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, { subject: string; parts: string[] }>> {
  if (ids.length === 0) return new Map();
  const [cases, pages] = await Promise.all([
    db.selectFrom('cases').select(['id', 'subject', 'body']).where('id', 'in', [...ids]).execute(),
    db.selectFrom('document_pages').select(['case_id', 'text']).where('case_id', 'in', [...ids]).orderBy('case_id').orderBy('document_id').orderBy('page').execute(),
  ]);
  const texts = new Map(cases.map((c) => [c.id, { subject: c.subject, parts: c.body ? [c.body] : [] }]));
  for (const p of pages) if (p.text) texts.get(p.case_id)?.parts.push(p.text);
  return texts;
}
