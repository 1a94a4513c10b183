/** Documents of a case: their rows, processing state and per-page text (with its search index). */
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { CaseDocument, DocumentStatus, PageSource } from '../case.js';
import { indexCaseText, unindexCaseText } from '../../search/index.js';

export interface PageText {
  page: number;
  text: string;
  confidence: number | null;
  source: PageSource;
}

export async function setDocumentState(
  db: Kysely<DB>,
  documentId: string,
  state: Partial<{ status: DocumentStatus; problem: string | null; pageCount: number | null; pagesDone: number }>,
): Promise<void> {
  const set: Partial<{ status: DocumentStatus; problem: string | null; page_count: number | null; pages_done: number }> = {};
  if (state.status !== undefined) set.status = state.status;
  if (state.problem !== undefined) set.problem = state.problem;
  if (state.pageCount !== undefined) set.page_count = state.pageCount;
  if (state.pagesDone !== undefined) set.pages_done = state.pagesDone;
  if (Object.keys(set).length) await db.updateTable('documents').set(set).where('id', '=', documentId).execute();
}

/** Replaces a document's pages (idempotent: a retried extraction writes the same rows again). */
export async function replacePages(trx: Kysely<DB>, document: Pick<CaseDocument, 'id' | 'caseId'>, pages: PageText[], at: string): Promise<void> {
  await trx.deleteFrom('document_pages').where('document_id', '=', document.id).execute();
  for (const p of pages) {
    await trx
      .insertInto('document_pages')
      .values({ document_id: document.id, case_id: document.caseId, page: p.page, text: p.text, confidence: p.confidence, source: p.source, corrected_by: null, updated_at: at })
      .execute();
    await indexCaseText(trx, document.caseId, `${document.id}:${p.page}`, p.text);
  }
}

export async function updatePageText(trx: Kysely<DB>, document: Pick<CaseDocument, 'id' | 'caseId'>, page: number, text: string, userId: string, at: string): Promise<boolean> {
  const result = await trx
    .updateTable('document_pages')
    .set({ text, source: 'manual', corrected_by: userId, updated_at: at })
    .where('document_id', '=', document.id)
    .where('page', '=', page)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await indexCaseText(trx, document.caseId, `${document.id}:${page}`, text);
  return true;
}

export async function selectPages(db: Kysely<DB>, documentId: string): Promise<(PageText & { correctedBy: string | null })[]> {
  const rows = await db.selectFrom('document_pages').selectAll().where('document_id', '=', documentId).orderBy('page').execute();
  return rows.map((r) => ({
    page: Number(r.page),
    text: r.text,
    confidence: r.confidence === null ? null : Number(r.confidence),
    source: r.source,
    correctedBy: r.corrected_by,
  }));
}

export async function selectCasePagesText(db: Kysely<DB>, caseId: string): Promise<{ documentId: string; page: number; text: string; confidence: number | null }[]> {
  const rows = await db.selectFrom('document_pages').select(['document_id', 'page', 'text', 'confidence']).where('case_id', '=', caseId).orderBy('document_id').orderBy('page').execute();
  return rows.map((r) => ({ documentId: r.document_id, page: Number(r.page), text: r.text, confidence: r.confidence === null ? null : Number(r.confidence) }));
}

export async function insertDocument(
  trx: Kysely<DB>,
  d: Omit<CaseDocument, 'status' | 'problem' | 'pageCount' | 'pagesDone'> & Partial<Pick<CaseDocument, 'status' | 'problem' | 'pageCount'>>,
): Promise<void> {
  await trx
    .insertInto('documents')
    .values({
      id: d.id,
      case_id: d.caseId,
      role: d.role,
      filename: d.filename,
      media_type: d.mediaType,
      size_bytes: d.sizeBytes,
      sha256: d.sha256,
      created_at: d.createdAt,
      status: d.status ?? 'stored',
      problem: d.problem ?? null,
      page_count: d.pageCount ?? null,
    })
    .execute();
}

export function toDocument(row: Selectable<DB['documents']>): CaseDocument {
  return {
    id: row.id,
    caseId: row.case_id,
    role: row.role,
    filename: row.filename,
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    createdAt: row.created_at,
    status: row.status,
    problem: row.problem,
    pageCount: row.page_count === null ? null : Number(row.page_count),
    pagesDone: Number(row.pages_done),
  };
}

export async function listDocuments(db: Kysely<DB>, caseId: string): Promise<CaseDocument[]> {
  const rows = await db.selectFrom('documents').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute();
  return rows.map(toDocument);
}

export async function findDocument(db: Kysely<DB>, id: string): Promise<CaseDocument | undefined> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toDocument(row);
}

/**
 * Moves documents (with their pages and their search index) from one case to another, inside the
 * caller's transaction: a merge and its undo. Only the documents still on `fromCaseId` move; their
 * ids are returned.
 */
export async function moveDocuments(trx: Kysely<DB>, documentIds: readonly string[], fromCaseId: string, toCaseId: string): Promise<string[]> {
  if (documentIds.length === 0) return [];
  const rows = await trx.selectFrom('documents').select('id').where('id', 'in', [...documentIds]).where('case_id', '=', fromCaseId).execute();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  await trx.updateTable('documents').set({ case_id: toCaseId }).where('id', 'in', ids).execute();
  await trx.updateTable('document_pages').set({ case_id: toCaseId }).where('document_id', 'in', ids).execute();
  const pages = await trx.selectFrom('document_pages').select(['document_id', 'page', 'text']).where('document_id', 'in', ids).execute();
  for (const p of pages) {
    const ref = `${p.document_id}:${Number(p.page)}`;
    await unindexCaseText(trx, fromCaseId, ref);
    await indexCaseText(trx, toCaseId, ref, p.text);
  }
  return documentIds.filter((id) => ids.includes(id));
}
