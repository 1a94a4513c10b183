/**
 * Full-text search over petitions and the text of their documents — the one module where the
 * two dialects differ: SQLite keeps an FTS5 table (diacritics folded, so "skaitikli" finds
 * "skaitiklį"); PostgreSQL searches tsvector expressions with GIN indexes.
 */
import { sql, SqliteAdapter, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

function isSqlite(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/** (Re)indexes one searchable text of a case: 'case' for the petition, `<documentId>:<page>` for a page. */
export async function indexCaseText(db: Kysely<DB>, caseId: string, ref: string, text: string): Promise<void> {
  if (!isSqlite(db)) return; // PostgreSQL indexes the columns themselves.
  await sql`delete from search_fts where case_id = ${caseId} and ref = ${ref}`.execute(db);
  await sql`insert into search_fts (case_id, ref, text) values (${caseId}, ${ref}, ${text})`.execute(db);
}

/** Drops one searchable text of a case from the index (its document moved to another case). */
export async function unindexCaseText(db: Kysely<DB>, caseId: string, ref: string): Promise<void> {
  if (!isSqlite(db)) return;
  await sql`delete from search_fts where case_id = ${caseId} and ref = ${ref}`.execute(db);
}

/** Words a person typed → a query both engines take safely (no operators, no syntax errors). */
export function searchTerms(query: string): string[] {
  return query
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2)
    .slice(0, 8);
}

/** Ids of the cases whose petition or document text has every term, best first. */
export async function searchCaseIds(db: Kysely<DB>, query: string, limit = 200): Promise<string[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  if (isSqlite(db)) {
    // Each term quoted (a phrase of one word) with a prefix star: "skaitik"* finds skaitiklis.
    const match = terms.map((t) => `"${t.replace(/"/g, '')}"*`).join(' ');
    const { rows } = await sql<{ case_id: string }>`
      select case_id, min(rank) as best from search_fts where search_fts match ${match}
      group by case_id order by best limit ${limit}`.execute(db);
    return rows.map((r) => r.case_id);
  }
  const tsquery = terms.map((t) => `${t.replace(/[^\p{L}\p{N}]/gu, '')}:*`).join(' & ');
  const { rows } = await sql<{ id: string }>`
    select id from (
      select c.id, ts_rank(to_tsvector('simple'::regconfig, c.subject || ' ' || c.body), to_tsquery('simple', ${tsquery})) as r
        from cases c where to_tsvector('simple'::regconfig, c.subject || ' ' || c.body) @@ to_tsquery('simple', ${tsquery})
      union all
      select p.case_id, ts_rank(to_tsvector('simple'::regconfig, p.text), to_tsquery('simple', ${tsquery}))
        from document_pages p where to_tsvector('simple'::regconfig, p.text) @@ to_tsquery('simple', ${tsquery})
    ) hits group by id order by max(r) desc limit ${limit}`.execute(db);
  return rows.map((r) => r.id);
}
