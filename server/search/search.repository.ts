/**
 * The search tables and queries, the one place where the two dialects differ: SQLite keeps the
 * stemmed terms in a contentless FTS5 table (search_terms, rowid = search_texts.id) and names and
 * addresses in an FTS5 table over petitioners; PostgreSQL keeps a tsvector column with a GIN
 * index, and an expression GIN index over petitioners. Case numbers, e-mails and phones use
 * B-tree indexes of their own tables (migration 010).
 */
import { sql, SqliteAdapter, type AliasedRawBuilder, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../db/schema.js';
import type { SearchQuery } from './search-query.js';

/** One searchable text of a case in its stored form. */
export interface SearchRow {
  caseId: string;
  /** 'case' (the petition), `<documentId>:<page>`, `message:<id>`. */
  ref: string;
  text: string;
  /** Stemmed, folded terms, space-separated (search-query.ts indexTermsOf). */
  terms: string;
}

export interface CaseHit {
  case_id: string;
  score: number;
}

export type CaseMatches = SelectQueryBuilder<DB & { m: CaseHit }, 'm', CaseHit>;

function isSqlite(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/**
 * The ranking rule of a word query: the newest TEXT_CANDIDATES texts that match (by id, which grows
 * as texts are indexed), ranked among themselves by bm25 (SQLite) / ts_rank (PostgreSQL). A word in
 * half the petitions matches hundreds of thousands of texts, and ranking them all is what costs (both
 * engines read every match's positions); nobody pages past the best few hundred, and the newest matches
 * are the ones a clerk looks for. A rarer word has fewer matches than that, and all of them are ranked.
 */
export const TEXT_CANDIDATES = 1000;
/**
 * PostgreSQL looks for a word's newest matches in id windows from the top, the first this wide, each
 * next one eight times wider, until it has TEXT_CANDIDATES or has looked everywhere: a common word is
 * found in the first window, a rare one in the last few, always through the GIN index.
 */
export const PG_FIRST_WINDOW = 20_000;
/** How many petitioners a name or address query takes at most (a common first name). */
export const NAME_CAP = 2000;

// Scores: an exact identifier first, then sequences, names, and text (always below 1).
const SCORE = { number: 1000, yearSeq: 900, email: 800, phone: 700, seq: 500, seqTail: 100, name: 2 } as const;
/** A score written into the SQL as a literal: bound as a parameter, PostgreSQL would type it text (and '900' > '1000'). */
const score = (k: keyof typeof SCORE) => sql.lit(SCORE[k]);

/** Diacritics off for names and addresses on PostgreSQL, exactly as migration 010's index spells it. */
const PG_FOLD = sql`translate(lower(p.name || ' ' || coalesce(p.address, '')), ${sql.lit('ąčęėįšųūžłńóśźżćäöüéèáíñёй')}, ${sql.lit('aceeisuuzlnoszzcaoueeainеи')})`;
const SQLITE_PHONE_DIGITS = sql`substr(replace(replace(replace(replace(replace(replace(replace(p.phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), -8)`;
const PG_PHONE_DIGITS = sql`right(regexp_replace(p.phone, '[^0-9]', '', 'g'), 8)`;

/** FTS5: every word, as any of its variants ("a" OR "b") AND (…). Terms are letters and digits only. */
function fts5Match(q: SearchQuery): string {
  return q.words.map((w) => `(${w.variants.map((v) => `"${v}"`).join(' OR ')})`).join(' AND ');
}

function tsQuery(q: SearchQuery): string {
  return q.words.map((w) => `(${w.variants.map((v) => `'${v}'`).join(' | ')})`).join(' & ');
}

function partsOf(db: Kysely<DB>, q: SearchQuery, textHits: CaseHit[] | null): RawBuilder<unknown>[] {
  const lite = isSqlite(db);
  const parts: RawBuilder<unknown>[] = [];
  const n = q.number;
  if (n?.exact) parts.push(sql`select id as case_id, ${score('number')} as score from cases where number = ${n.exact}`);
  if (n && n.year !== null) parts.push(sql`select id as case_id, ${score('yearSeq')} as score from cases where year = ${n.year} and seq = ${n.seq}`);
  if (q.numberSuffix) {
    const digits = q.numberSuffix;
    const value = Number(digits);
    const modulus = 10 ** digits.length;
    // (seq % 1000) is migration 010's index; the longer suffix is checked on the few it finds.
    parts.push(sql`select id as case_id, case when seq = ${value} then ${score('seq')} else ${score('seqTail')} end as score
      from cases where (seq % 1000) = ${value % 1000} and seq % ${modulus} = ${value}`);
  }
  if (q.email) {
    parts.push(sql`select c.id as case_id, ${score('email')} as score from petitioners p join cases c on c.petitioner_id = p.id where lower(p.email) = ${q.email}`);
  }
  if (q.phoneKey) {
    parts.push(sql`select c.id as case_id, ${score('phone')} as score from petitioners p join cases c on c.petitioner_id = p.id
      where ${lite ? SQLITE_PHONE_DIGITS : PG_PHONE_DIGITS} = ${q.phoneKey}`);
  }
  if (q.words.length > 0) {
    if (lite) {
      parts.push(sql`select t.case_id as case_id, (-r.rank) / (1.0 - r.rank) as score
        from (select rowid as id, rank from search_terms where search_terms match ${fts5Match(q)} order by rowid desc limit ${TEXT_CANDIDATES}) r
        join search_texts t on t.id = r.id`);
      // The tokenizer folds diacritics itself (not ł): the word as typed, as a prefix.
      const names = q.words.map((w) => `"${w.word.replace(/"/g, '')}"*`).join(' AND ');
      parts.push(sql`select c.id as case_id, ${score('name')} as score
        from (select rowid as id from search_petitioners where search_petitioners match ${names} limit ${NAME_CAP}) sp
        join petitioners p on p.rowid = sp.id join cases c on c.petitioner_id = p.id`);
    } else {
      if (textHits && textHits.length > 0) {
        parts.push(sql`select case_id, score from (values ${sql.join(textHits.map((h) => sql`(${h.case_id}::text, ${h.score}::float8)`))}) as v(case_id, score)`);
      }
      const names = q.words.map((w) => `'${w.folded}':*`).join(' & ');
      parts.push(sql`select c.id as case_id, ${score('name')} as score
        from (select p.id from petitioners p where to_tsvector('simple'::regconfig, ${PG_FOLD}) @@ to_tsquery('simple', ${names}) limit ${NAME_CAP}) p
        join cases c on c.petitioner_id = p.id`);
    }
  }
  return parts;
}

/**
 * PostgreSQL: the newest TEXT_CANDIDATES texts matching the words, with their ts_rank. Each window is
 * the GIN index's matches ANDed with the primary key's id range (a bitmap of each, then only the rows
 * in both are read). Left to itself the planner walks the primary key backwards from the newest id and
 * tests every text's tsvector on the way (it does not count the cost of reading a tsvector out of
 * TOAST: 158 ms against 24 ms for a common word at 200,000 cases), so index scans are off for these
 * statements (SET LOCAL, inside a transaction of their own). ts_rank then reads only the chosen texts.
 */
async function pgTextHits(db: Kysely<DB>, q: SearchQuery): Promise<CaseHit[]> {
  const tsq = tsQuery(q);
  const run = async (trx: Kysely<DB>): Promise<CaseHit[]> => {
    const top = await sql<{ id: string | number | null }>`select max(id) as id from search_texts`.execute(trx);
    const ids: string[] = [];
    await sql`set local enable_indexscan = off`.execute(trx);
    try {
      let upper = Number(top.rows[0]?.id ?? 0);
      for (let width = PG_FIRST_WINDOW; ids.length < TEXT_CANDIDATES && upper > 0; width *= 8) {
        const lower = Math.max(0, upper - width);
        const { rows } = await sql<{ id: string }>`select id from search_texts
          where terms @@ to_tsquery('simple', ${tsq}) and id > ${lower} and id <= ${upper}
          order by id desc limit ${TEXT_CANDIDATES - ids.length}`.execute(trx);
        for (const r of rows) ids.push(String(r.id));
        upper = lower;
      }
    } finally {
      await sql`set local enable_indexscan = on`.execute(trx);
    }
    if (ids.length === 0) return [];
    const { rows } = await sql<CaseHit>`select case_id, ts_rank(terms, to_tsquery('simple', ${tsq}), 32)::float8 as score
      from search_texts where id = any(${ids}::bigint[])`.execute(trx);
    return rows.map((r) => ({ case_id: r.case_id, score: Number(r.score) }));
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/** { case_id, score } of every case the query matches: its best score over all the ways it matched. */
export async function caseMatchesQuery(db: Kysely<DB>, q: SearchQuery): Promise<CaseMatches> {
  const textHits = q.words.length > 0 && !isSqlite(db) ? await pgTextHits(db, q) : null;
  const parts = partsOf(db, q, textHits);
  const union = parts.length ? sql.join(parts, sql` union all `) : sql`select null as case_id, 0 as score where 1 = 0`;
  const source = sql<CaseHit>`(${union})`.as('m') as AliasedRawBuilder<CaseHit, 'm'>;
  return (db as unknown as Kysely<DB & { m: CaseHit }>)
    .selectFrom(source)
    .select(['m.case_id', sql<number>`max(m.score)`.as('score')])
    .groupBy('m.case_id') as unknown as CaseMatches;
}

/** The stored texts of these cases (for snippets). */
export async function loadCaseTexts(db: Kysely<DB>, caseIds: string[]): Promise<{ case_id: string; ref: string; text: string }[]> {
  if (caseIds.length === 0) return [];
  const { rows } = await sql<{ case_id: string; ref: string; text: string }>`
    select case_id, ref, text from search_texts where case_id in (${sql.join(caseIds)})`.execute(db);
  return rows;
}

/** Writes one text (replacing the one under the same case and ref). */
export async function upsertSearchRow(db: Kysely<DB>, row: SearchRow): Promise<void> {
  if (isSqlite(db)) {
    const { rows } = await sql<{ id: number }>`insert into search_texts (case_id, ref, text) values (${row.caseId}, ${row.ref}, ${row.text})
      on conflict (case_id, ref) do update set text = excluded.text returning id`.execute(db);
    const id = rows[0]!.id;
    await sql`delete from search_terms where rowid = ${id}`.execute(db);
    await sql`insert into search_terms (rowid, terms) values (${id}, ${row.terms})`.execute(db);
    return;
  }
  await sql`insert into search_texts (case_id, ref, text, terms) values (${row.caseId}, ${row.ref}, ${row.text}, to_tsvector('simple', ${row.terms}))
    on conflict (case_id, ref) do update set text = excluded.text, terms = excluded.terms`.execute(db);
}

export async function deleteSearchRow(db: Kysely<DB>, caseId: string, ref: string): Promise<void> {
  if (isSqlite(db)) {
    const { rows } = await sql<{ id: number }>`delete from search_texts where case_id = ${caseId} and ref = ${ref} returning id`.execute(db);
    for (const r of rows) await sql`delete from search_terms where rowid = ${r.id}`.execute(db);
    return;
  }
  await sql`delete from search_texts where case_id = ${caseId} and ref = ${ref}`.execute(db);
}

const SQLITE_BATCH = 500;
const PG_BATCH = 2000;

/** Many new texts at once (bulk loads and the rebuild); rows already stored under the same case and ref are replaced. */
export async function insertRows(db: Kysely<DB>, rows: SearchRow[]): Promise<void> {
  if (rows.length === 0) return;
  if (!isSqlite(db)) {
    for (let i = 0; i < rows.length; i += PG_BATCH) {
      const b = rows.slice(i, i + PG_BATCH);
      await sql`insert into search_texts (case_id, ref, text, terms)
        select c, r, t, to_tsvector('simple', m) from unnest(${b.map((x) => x.caseId)}::text[], ${b.map((x) => x.ref)}::text[], ${b.map((x) => x.text)}::text[], ${b.map((x) => x.terms)}::text[]) as u(c, r, t, m)
        on conflict (case_id, ref) do update set text = excluded.text, terms = excluded.terms`.execute(db);
    }
    return;
  }
  const write = async (trx: Kysely<DB>) => {
    for (let i = 0; i < rows.length; i += SQLITE_BATCH) {
      const b = rows.slice(i, i + SQLITE_BATCH);
      // Replaced rows first, so their terms leave the FTS index with them.
      // The case_id term lets SQLite probe the (case_id, ref) index; a row-value list alone scans the table.
      const caseIds = [...new Set(b.map((x) => x.caseId))];
      const old = await sql<{ id: number }>`delete from search_texts where case_id in (${sql.join(caseIds)})
        and (case_id, ref) in (values ${sql.join(b.map((x) => sql`(${x.caseId}, ${x.ref})`))}) returning id`.execute(trx);
      if (old.rows.length) await sql`delete from search_terms where rowid in (${sql.join(old.rows.map((r) => r.id))})`.execute(trx);
      const { rows: top } = await sql<{ id: number | null }>`select max(id) as id from search_texts`.execute(trx);
      const first = Number(top[0]?.id ?? 0) + 1;
      await sql`insert into search_texts (id, case_id, ref, text) values ${sql.join(b.map((x, k) => sql`(${first + k}, ${x.caseId}, ${x.ref}, ${x.text})`))}`.execute(trx);
      await sql`insert into search_terms (rowid, terms) values ${sql.join(b.map((x, k) => sql`(${first + k}, ${x.terms})`))}`.execute(trx);
    }
  };
  if (db.isTransaction) await write(db);
  else await db.transaction().execute(write);
}

/** Empties the index (before a rebuild); on SQLite also rebuilds the petitioners' FTS from their table. */
export async function clearSearchIndex(db: Kysely<DB>): Promise<void> {
  if (isSqlite(db)) {
    await sql`delete from search_terms`.execute(db);
    await sql`delete from search_texts`.execute(db);
    await sql`insert into search_petitioners (search_petitioners) values ('rebuild')`.execute(db);
    return;
  }
  await sql`truncate search_texts`.execute(db);
}

export interface SourceText {
  caseId: string;
  ref: string;
  text: string;
  lang: string | null;
}

/** The petitions, by case id after `after`, `limit` at a time. */
export async function petitionTexts(db: Kysely<DB>, after: string, limit: number): Promise<SourceText[]> {
  const rows = await db.selectFrom('cases').select(['id', 'subject', 'body', 'language']).where('id', '>', after).orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ caseId: r.id, ref: 'case', text: `${r.subject}\n${r.body}`, lang: r.language }));
}

/** The document pages, in (document, page) order after a key, with their case's language. */
export async function pageTexts(db: Kysely<DB>, after: { documentId: string; page: number }, limit: number): Promise<(SourceText & { documentId: string; page: number })[]> {
  const rows = await db
    .selectFrom('document_pages as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .select(['p.document_id', 'p.page', 'p.case_id', 'p.text', 'c.language'])
    .where(sql<boolean>`(p.document_id, p.page) > (${after.documentId}, ${after.page})`)
    .orderBy('p.document_id')
    .orderBy('p.page')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ caseId: r.case_id, ref: `${r.document_id}:${Number(r.page)}`, text: r.text, lang: r.language, documentId: r.document_id, page: Number(r.page) }));
}

/** The petitioners' follow-up messages (case events), by event id after `after`. */
export async function messageTexts(db: Kysely<DB>, after: string, limit: number): Promise<(SourceText & { eventId: string })[]> {
  const rows = await db
    .selectFrom('case_events as e')
    .innerJoin('cases as c', 'c.id', 'e.case_id')
    .select(['e.id', 'e.case_id', 'e.data', 'e.created_at', 'c.language'])
    .where('e.type', 'in', ['message_received', 'unverified_message_received'])
    .where('e.id', '>', after)
    .orderBy('e.id')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const data = JSON.parse(r.data) as { subject?: string; text?: string; messageId?: string | null };
    return {
      eventId: r.id,
      caseId: r.case_id,
      ref: `message:${data.messageId ?? r.created_at}`,
      text: `${data.subject ?? ''}\n${data.text ?? ''}`,
      lang: r.language,
    };
  });
}
