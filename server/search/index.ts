/**
 * The search module's public face: what a person typed → the cases it matches, ranked, with
 * snippets; and the index those queries read, kept by the case file as texts come and go.
 * A leaf: it knows the tables it reads, never the case file's code.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { indexTermsOf, parseSearchQuery, type SearchQuery } from './search-query.js';
import {
  caseMatchesQuery, clearSearchIndex, deleteSearchRow, insertRows, loadCaseTexts, messageTexts, pageTexts, petitionTexts, upsertSearchRow,
  type CaseHit, type CaseMatches, type SearchRow, type SourceText,
} from './search.repository.js';
import { bestSnippets, type SnippetSegment } from './snippets.js';

export { parseSearchQuery, type SearchQuery, type SearchWord } from './search-query.js';
export { TEXT_CANDIDATES, PG_FIRST_WINDOW, NAME_CAP, type CaseHit, type CaseMatches, type SearchRow } from './search.repository.js';
export type { SnippetSegment } from './snippets.js';

/**
 * A subquery of { case_id, score } for every matching case (higher is better: an exact case number
 * 1000, year and sequence 900, e-mail 800, phone 700, a sequence 500 / its ending 100, name or address 2,
 * text below 1 by bm25 / ts_rank). Word queries are ranked among the newest TEXT_CANDIDATES matching
 * texts (on PostgreSQL those are found first, and the subquery carries them as values).
 * Join it: `.innerJoin((await caseMatches(db, q)).as('hits'), 'hits.case_id', 'cases.id')`.
 */
export function caseMatches(db: Kysely<DB>, q: SearchQuery): Promise<CaseMatches> {
  return caseMatchesQuery(db, q);
}

/** Snippets for the cases of one result page (at most 50 ids), as segments: no HTML is built from data. */
export async function searchSnippets(db: Kysely<DB>, q: SearchQuery, caseIds: string[]): Promise<Map<string, SnippetSegment[]>> {
  const texts = await loadCaseTexts(db, caseIds.slice(0, 50));
  return bestSnippets(texts, q);
}

/** The stored form of one text: for bulk loaders, with insertSearchRows. */
export function searchRowFor(caseId: string, ref: string, text: string, lang?: string | null): SearchRow {
  return { caseId, ref, text, terms: indexTermsOf(text, lang) };
}

export function insertSearchRows(db: Kysely<DB>, rows: SearchRow[]): Promise<void> {
  return insertRows(db, rows);
}

/** (Re)indexes one text of a case: 'case' for the petition, `<documentId>:<page>` for a page, `message:<id>`. */
export async function indexCaseText(db: Kysely<DB>, caseId: string, ref: string, text: string, lang?: string | null): Promise<void> {
  await upsertSearchRow(db, searchRowFor(caseId, ref, text, lang));
}

/** Drops one text of a case from the index (its document moved to another case). */
export async function unindexCaseText(db: Kysely<DB>, caseId: string, ref: string): Promise<void> {
  await deleteSearchRow(db, caseId, ref);
}

const REBUILD_BATCH = 2000;

/** The whole index again, from the petitions, the document pages and the messages. */
export async function rebuildSearchIndex(db: Kysely<DB>, onProgress?: (texts: number) => void): Promise<{ texts: number }> {
  await clearSearchIndex(db);
  let texts = 0;
  const put = async (batch: SourceText[]) => {
    await insertRows(db, batch.map((t) => searchRowFor(t.caseId, t.ref, t.text, t.lang)));
    texts += batch.length;
    onProgress?.(texts);
  };
  for (let after = ''; ; ) {
    const batch = await petitionTexts(db, after, REBUILD_BATCH);
    if (batch.length === 0) break;
    await put(batch);
    after = batch[batch.length - 1]!.caseId;
  }
  for (let after = { documentId: '', page: 0 }; ; ) {
    const batch = await pageTexts(db, after, REBUILD_BATCH);
    if (batch.length === 0) break;
    await put(batch);
    const last = batch[batch.length - 1]!;
    after = { documentId: last.documentId, page: last.page };
  }
  for (let after = ''; ; ) {
    const batch = await messageTexts(db, after, REBUILD_BATCH);
    if (batch.length === 0) break;
    await put(batch);
    after = batch[batch.length - 1]!.eventId;
  }
  return { texts };
}

