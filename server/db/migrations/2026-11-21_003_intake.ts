/* Frozen in time: Kysely<any>, no imports from the app. Intake: document processing state,
   per-page text, e-mails (dedupe and threading), full-text search (FTS5 / tsvector). */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Asked of the adapter, not by a probing query: on PostgreSQL a failed statement would abort the
// migration's transaction.
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('status', 'text', (c) => c.notNull().defaultTo('stored')).execute();
  await db.schema.alterTable('documents').addColumn('problem', 'text').execute();
  await db.schema.alterTable('documents').addColumn('page_count', 'integer').execute();
  await db.schema.alterTable('documents').addColumn('pages_done', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('cases').addColumn('review_reason', 'text').execute();

  await db.schema
    .createTable('document_pages')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('page', 'integer', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('confidence', 'real')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('corrected_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_pages_pk', ['document_id', 'page'])
    .execute();
  await db.schema.createIndex('document_pages_case_idx').on('document_pages').column('case_id').execute();

  await db.schema
    .createTable('emails')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.references('cases.id'))
    .addColumn('raw_sha256', 'text')
    .addColumn('from_address', 'text')
    .addColumn('subject', 'text')
    .addColumn('in_reply_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  if (isPostgres(db)) {
    await sql`create index cases_fts_idx on cases using gin (to_tsvector('simple'::regconfig, subject || ' ' || body))`.execute(db);
    await sql`create index document_pages_fts_idx on document_pages using gin (to_tsvector('simple'::regconfig, text))`.execute(db);
  } else {
    // One row per searchable text (a case's petition, or one page of a document); kept by the repository.
    await sql`create virtual table search_fts using fts5(case_id unindexed, ref unindexed, text, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await sql`drop table if exists search_fts`.execute(db);
  await db.schema.dropTable('emails').ifExists().execute();
  await db.schema.dropTable('document_pages').ifExists().execute();
}
