/* Frozen in time: Kysely<any>, no imports from the app. Search: one row per searchable text of a
   case (its petition, a document page, a message) with the text's stemmed terms, stemmed by the
   application; FTS5 over the terms on SQLite, a tsvector with a GIN index on PostgreSQL. The
   petitioner's name and address, e-mail and phone, and the case number are searched through indexes
   of their own tables. The rows are filled by `migrate` (the search module's rebuild), since the
   stemmer is the application's and a migration imports nothing from it. */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Diacritics off for names and addresses, as an immutable expression PostgreSQL can index. */
const PG_FOLD_FROM = 'ąčęėįšųūžłńóśźżćäöüéèáíñёй';
const PG_FOLD_TO = 'aceeisuuzlnoszzcaoueeainеи';

export async function up(db: Kysely<any>): Promise<void> {
  // Cases of a petitioner, for name, e-mail, phone and address hits.
  await db.schema.createIndex('search_cases_petitioner_idx').on('cases').column('petitioner_id').execute();
  // Case numbers by their last three digits: `123` and `000123` probe this, not a scan of every number.
  await sql`create index search_cases_seq_tail_idx on cases ((seq % 1000))`.execute(db);
  await sql`create index search_petitioners_email_idx on petitioners (lower(email))`.execute(db);

  if (isPostgres(db)) {
    await sql`create index search_petitioners_phone_idx on petitioners (right(regexp_replace(phone, '[^0-9]', '', 'g'), 8))`.execute(db);
    await sql`create index search_petitioners_words_idx on petitioners using gin (to_tsvector('simple'::regconfig,
      translate(lower(name || ' ' || coalesce(address, '')), ${sql.lit(PG_FOLD_FROM)}, ${sql.lit(PG_FOLD_TO)})))`.execute(db);
    await sql`create table search_texts (
      id bigserial primary key,
      case_id text not null references cases(id),
      ref text not null,
      text text not null,
      terms tsvector not null,
      unique (case_id, ref))`.execute(db);
    await sql`create index search_texts_terms_idx on search_texts using gin (terms)`.execute(db);
    await sql`drop index if exists cases_fts_idx`.execute(db);
    await sql`drop index if exists document_pages_fts_idx`.execute(db);
  } else {
    await sql`create index search_petitioners_phone_idx on petitioners (substr(replace(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), -8))`.execute(db);
    // Names and addresses: an external-content FTS5 table kept by triggers, so every way a
    // petitioner is written or corrected is searchable at once.
    await sql`create virtual table search_petitioners using fts5(name, address, content = 'petitioners', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    await sql`create trigger search_petitioners_ai after insert on petitioners begin
      insert into search_petitioners (rowid, name, address) values (new.rowid, new.name, new.address); end`.execute(db);
    await sql`create trigger search_petitioners_ad after delete on petitioners begin
      insert into search_petitioners (search_petitioners, rowid, name, address) values ('delete', old.rowid, old.name, old.address); end`.execute(db);
    await sql`create trigger search_petitioners_au after update of name, address on petitioners begin
      insert into search_petitioners (search_petitioners, rowid, name, address) values ('delete', old.rowid, old.name, old.address);
      insert into search_petitioners (rowid, name, address) values (new.rowid, new.name, new.address); end`.execute(db);
    await sql`insert into search_petitioners (search_petitioners) values ('rebuild')`.execute(db);
    await sql`create table search_texts (
      id integer primary key,
      case_id text not null references cases(id),
      ref text not null,
      text text not null,
      unique (case_id, ref))`.execute(db);
    // The stemmed terms, by search_texts.id; contentless (the terms are never read back).
    await sql`create virtual table search_terms using fts5(terms, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
    await sql`drop table if exists search_fts`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop table if exists search_texts`.execute(db);
    await sql`drop index if exists search_petitioners_words_idx`.execute(db);
    await sql`create index cases_fts_idx on cases using gin (to_tsvector('simple'::regconfig, subject || ' ' || body))`.execute(db);
    await sql`create index document_pages_fts_idx on document_pages using gin (to_tsvector('simple'::regconfig, text))`.execute(db);
  } else {
    await sql`drop table if exists search_terms`.execute(db);
    await sql`drop table if exists search_texts`.execute(db);
    for (const t of ['search_petitioners_ai', 'search_petitioners_ad', 'search_petitioners_au']) await sql`drop trigger if exists ${sql.id(t)}`.execute(db);
    await sql`drop table if exists search_petitioners`.execute(db);
    await sql`create virtual table search_fts using fts5(case_id unindexed, ref unindexed, text, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  }
  await sql`drop index if exists search_petitioners_phone_idx`.execute(db);
  await sql`drop index if exists search_petitioners_email_idx`.execute(db);
  await sql`drop index if exists search_cases_seq_tail_idx`.execute(db);
  await sql`drop index if exists search_cases_petitioner_idx`.execute(db);
}
