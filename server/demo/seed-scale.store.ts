/**
 * The bulk SQL of `desk seed-scale`: its own connection (better-sqlite3 or pg), reference data read once,
 * then chunks of ready rows, one transaction each, and the search texts beside them.
 *
 * While loading, the secondary indexes of the loaded tables are dropped and recreated at the end from their
 * own stored definitions (sqlite_master.sql, pg_get_indexdef), so they are exactly the migrations' indexes;
 * primary keys and unique constraints stay. SQLite: `journal_mode=OFF`, `synchronous=OFF`, foreign keys
 * off, a large cache, one prepared multi-row INSERT per table; WAL, NORMAL and foreign keys restored at the
 * end (a crash mid-load can leave the file unusable: load into a scratch or backed-up file). PostgreSQL:
 * COPY (pg-copy-streams), `synchronous_commit=off` and `session_replication_role=replica` (no FK triggers:
 * the generator writes parents first) for this session only; the search texts are copied into a staging
 * table and turned into tsvectors in one INSERT … SELECT at the end.
 */
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseTarget } from '../config.js';
import { from as copyFrom } from 'pg-copy-streams';
import { TABLE_BY_NAME } from './seed-scale-tables.js';
import type { ReadyChunk } from './seed-scale-format.js';

import type { ColumnType, ScaleReference, TableSpec } from './seed-scale-tables.js';
export type { ColumnType, ScaleReference, TableSpec } from './seed-scale-tables.js';

export interface ScaleStore {
  reference(): Promise<ScaleReference>;
  /** Before the first chunk: indexes dropped, load settings on. */
  begin(): Promise<void>;
  write(chunk: ReadyChunk): Promise<void>;
  /**
   * Indexes recreated, the search index finished, statistics taken; case_counters end at the highest
   * sequence used per year, so the next case gets the next number. `alongside` (the rollups, which need
   * only the primary keys and unique constraints the load kept) runs while the indexes build: on
   * PostgreSQL the search texts' GIN index, the longest single build, goes on one connection, the other
   * tables' B-trees on a second, and `alongside` on the caller's own. Returns seconds per step.
   */
  finish(counters: Map<number, number>, alongside?: () => Promise<void>): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export { readCorpus, type CorpusItem } from './seed-scale-corpus.store.js';

/** Tables the load writes to, whose secondary indexes are dropped and recreated around it. */
const LOADED_TABLES = ['petitioners', 'cases', 'case_events', 'documents', 'document_pages', 'replies', 'routing_suggestions', 'search_texts'];
const SEARCH_COLUMNS = ['case_id', 'ref', 'text'];

export async function openScaleStore(target: DatabaseTarget): Promise<ScaleStore> {
  return target.dialect === 'sqlite' ? sqliteStore(target.file) : postgresStore(target.url);
}

function toReference(
  departments: { id: string }[],
  services: { id: string; department_id: string }[],
  users: { id: string; name: string; role: string; department_id: string | null }[],
  counters: { year: number | string; last_seq: number | string }[],
): ScaleReference {
  return {
    departments: departments.map((d) => d.id),
    services: services.map((s) => ({ id: s.id, departmentId: s.department_id })),
    users: users.map((u) => ({ id: u.id, name: u.name, role: u.role, departmentId: u.department_id })),
    counters: new Map(counters.map((c) => [Number(c.year), Number(c.last_seq)])),
  };
}

function sqliteStore(file: string): ScaleStore {
  const db = new SQLite(file);
  db.pragma('busy_timeout = 5000');
  const MAX_VARS = 30_000;
  const statements = new Map<string, { one: SQLite.Statement; many: SQLite.Statement; per: number }>();
  const statementsFor = (table: string, columns: readonly string[]) => {
    let s = statements.get(table);
    if (!s) {
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      const per = Math.max(1, Math.min(500, Math.floor(MAX_VARS / columns.length)));
      const head = `insert into ${table} (${columns.join(', ')}) values `;
      s = { one: db.prepare(head + tuple), many: db.prepare(head + Array(per).fill(tuple).join(', ')), per };
      statements.set(table, s);
    }
    return s;
  };
  /** SEED_SCALE_PROFILE=1: milliseconds per table, printed at the end. */
  const profile = process.env.SEED_SCALE_PROFILE ? new Map<string, number>() : null;
  const insertAll = (table: string, columns: readonly string[], rows: unknown[][]) => {
    const t0 = profile ? performance.now() : 0;
    insertRowsOf(table, columns, rows);
    if (profile) profile.set(table, (profile.get(table) ?? 0) + performance.now() - t0);
  };
  const insertRowsOf = (table: string, columns: readonly string[], rows: unknown[][]) => {
    const { one, many, per } = statementsFor(table, columns);
    let k = 0;
    for (; k + per <= rows.length; k += per) {
      const flat: unknown[] = [];
      for (let j = k; j < k + per; j++) for (const v of rows[j]!) flat.push(v);
      many.run(flat);
    }
    for (; k < rows.length; k++) one.run(rows[k]!);
  };
  let nextSearchId = 1;
  let dropped: { name: string; sql: string }[] = [];
  const writeAll = db.transaction((chunk: ReadyChunk) => {
    for (const [table, rows] of chunk.tables) insertAll(table, TABLE_BY_NAME.get(table)!.columns.map((c) => c[0]), rows as unknown[][]);
    const search = chunk.search as unknown[][];
    const texts: unknown[][] = [];
    const terms: unknown[][] = [];
    for (const [caseId, ref, text, t] of search) {
      const id = nextSearchId++;
      texts.push([id, caseId, ref, text]);
      terms.push([id, t]);
    }
    insertAll('search_texts', ['id', ...SEARCH_COLUMNS], texts);
    insertAll('search_terms', ['rowid', 'terms'], terms);
  });
  return {
    async reference() {
      return toReference(
        db.prepare('select id from departments where active = 1 order by id').all() as { id: string }[],
        db.prepare('select id, department_id from services order by department_id, position').all() as { id: string; department_id: string }[],
        db.prepare('select id, name, role, department_id from users where active = 1 order by email').all() as { id: string; name: string; role: string; department_id: string | null }[],
        db.prepare('select year, last_seq from case_counters').all() as { year: number; last_seq: number }[],
      );
    },
    async begin() {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      db.pragma('foreign_keys = OFF');
      db.pragma('cache_size = -1000000');
      db.pragma('temp_store = MEMORY');
      nextSearchId = Number((db.prepare('select max(id) as id from search_texts').get() as { id: number | null }).id ?? 0) + 1;
      dropped = db
        .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${LOADED_TABLES.map(() => '?').join(', ')}) order by name`)
        .all(...LOADED_TABLES) as { name: string; sql: string }[];
      for (const d of dropped) db.exec(`drop index "${d.name}"`);
      // FTS5 merges its segments as it goes; during the load only at the end, in one optimize.
      db.exec(`insert into search_terms (search_terms, rank) values ('automerge', 0)`);
      db.exec(`insert into search_terms (search_terms, rank) values ('crisismerge', 2000)`);
    },
    async write(chunk) {
      writeAll(chunk);
    },
    async finish(counters, alongside) {
      const steps: Record<string, number> = {};
      let t = performance.now();
      for (const d of dropped) db.exec(d.sql);
      steps.indexes = (performance.now() - t) / 1000;
      db.exec(`insert into search_terms (search_terms) values ('optimize')`);
      db.exec(`insert into search_terms (search_terms, rank) values ('automerge', 4)`);
      db.exec(`insert into search_terms (search_terms, rank) values ('crisismerge', 16)`);
      const upsert = db.prepare('insert into case_counters (year, last_seq) values (?, ?) on conflict (year) do update set last_seq = max(case_counters.last_seq, excluded.last_seq)');
      db.transaction(() => {
        for (const [year, seq] of counters) upsert.run(year, seq);
      })();
      t = performance.now();
      db.exec('analyze');
      steps.analyze = (performance.now() - t) / 1000;
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      if (profile) console.log(`seed-scale: ms per table ${JSON.stringify(Object.fromEntries([...profile].map(([k, v]) => [k, Math.round(v)])))}`);
      // One connection: the rollups after the indexes.
      t = performance.now();
      if (alongside) await alongside();
      steps.alongside = (performance.now() - t) / 1000;
      return steps;
    },
    async close() {
      db.close();
    },
  };
}

async function postgresStore(url: string): Promise<ScaleStore> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('set synchronous_commit = off');
  let dropped: { name: string; def: string; table: string }[] = [];
  const copy = (sql: string, text: string) =>
    new Promise<void>((resolve, reject) => {
      const stream = client.query(copyFrom(sql));
      stream.on('finish', () => resolve());
      stream.on('error', reject);
      stream.end(text);
    });
  const copySql = new Map<string, string>();
  for (const [name, spec] of TABLE_BY_NAME) copySql.set(name, `copy ${name} (${spec.columns.map((c) => c[0]).join(', ')}) from stdin`);
  return {
    async reference() {
      const q = async <T>(text: string) => (await client.query(text)).rows as T[];
      return toReference(
        await q('select id from departments where active = 1 order by id'),
        await q('select id, department_id from services order by department_id, position'),
        await q('select id, name, role, department_id from users where active = 1 order by email'),
        await q('select year, last_seq from case_counters'),
      );
    },
    async begin() {
      // Foreign keys are triggers: off for this session while it writes parents before children.
      await client.query('set session_replication_role = replica');
      await client.query('drop table if exists seed_scale_search');
      await client.query('create unlogged table seed_scale_search (n bigserial, case_id text, ref text, text text, terms text)');
      const { rows } = await client.query<{ name: string; def: string; table: string }>(
        `select i.indexname as name, i.indexdef as def, i.tablename as table from pg_indexes i
          where i.schemaname = current_schema() and i.tablename = any($1)
            and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)
          order by i.indexname`,
        [LOADED_TABLES],
      );
      dropped = rows;
      for (const d of dropped) await client.query(`drop index "${d.name}"`);
    },
    async write(chunk) {
      await client.query('begin');
      try {
        for (const [table, text] of chunk.tables) if (text) await copy(copySql.get(table)!, text as string);
        if (chunk.search) await copy(`copy seed_scale_search (${SEARCH_COLUMNS.join(', ')}, terms) from stdin`, chunk.search as string);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    },
    async finish(counters, alongside) {
      const steps: Record<string, number> = {};
      const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
        const t = performance.now();
        try {
          return await work();
        } finally {
          steps[step] = Math.round((performance.now() - t) / 100) / 10;
        }
      };
      await client.query('set session_replication_role = origin');
      // Two builders at once (2 cores: the GIN build is single-threaded in PostgreSQL 15), each with
      // room to sort in memory; B-trees may still take parallel workers of their own.
      const second = new pg.Client({ connectionString: url });
      await second.connect();
      try {
        await second.query(`set maintenance_work_mem = '1GB'`);
        await client.query(`set maintenance_work_mem = '2GB'`);
        const searchIndexes = dropped.filter((d) => d.table === 'search_texts');
        const otherIndexes = dropped.filter((d) => d.table !== 'search_texts');
        const search = timed('search', async () => {
          // Ids in the order the texts were loaded (oldest first): "the newest matches" is id order. The
          // ids are given (after those already there), so two connections can each turn half into
          // tsvectors at once: the other builders are done long before this, and a core would sit idle.
          await timed('search.tsvectors', async () => {
            const base = Number((await client.query<{ m: string | null }>('select max(id) as m from search_texts')).rows[0]?.m ?? 0);
            const { lo, hi } = (await client.query<{ lo: string | null; hi: string | null }>('select min(n) as lo, max(n) as hi from seed_scale_search')).rows[0]!;
            if (lo === null || hi === null) return;
            const mid = Math.floor((Number(lo) + Number(hi)) / 2);
            const insert = (c: pg.Client, where: string) =>
              c.query(`insert into search_texts (id, ${SEARCH_COLUMNS.join(', ')}, terms)
                select ${base} + n, case_id, ref, text, to_tsvector('simple', terms) from seed_scale_search where ${where}`, [mid]);
            const third = new pg.Client({ connectionString: url });
            await third.connect();
            try {
              await third.query('set synchronous_commit = off');
              await Promise.all([insert(client, 'n <= $1'), insert(third, 'n > $1')]);
            } finally {
              await third.end();
            }
            await client.query(`select setval(pg_get_serial_sequence('search_texts', 'id'), (select max(id) from search_texts))`);
          });
          await client.query('drop table seed_scale_search');
          await timed('search.indexes', async () => {
            for (const d of searchIndexes) await client.query(d.def);
          });
          await timed('search.analyze', () => client.query('analyze search_texts'));
        });
        const others = timed('indexes', async () => {
          for (const d of otherIndexes) await second.query(d.def);
          for (const table of LOADED_TABLES) if (table !== 'search_texts') await second.query(`analyze ${table}`);
        });
        const beside = timed('alongside', async () => {
          // After the case table's own indexes would only slow it: it reads by primary key and (case_id, seq).
          if (alongside) await alongside();
        });
        const results = await Promise.allSettled([search, others, beside]);
        const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (failed) throw failed.reason;
      } finally {
        await second.end();
      }
      for (const [year, seq] of counters) {
        await client.query(
          'insert into case_counters (year, last_seq) values ($1, $2) on conflict (year) do update set last_seq = greatest(case_counters.last_seq, excluded.last_seq)',
          [year, seq],
        );
      }
      await timed('analyze', () => client.query('analyze'));
      return steps;
    },
    async close() {
      await client.end();
    },
  };
}
