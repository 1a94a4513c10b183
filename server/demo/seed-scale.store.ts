/**
 * The bulk SQL of `desk seed-scale`: its own connection (better-sqlite3 or pg), reference data read once,
 * then batches of rows written in one transaction each. SQLite: prepared statements, `synchronous=OFF` only
 * while loading (restored to NORMAL at the end). PostgreSQL: one `insert … select * from unnest($1::text[], …)`
 * per table and batch, `synchronous_commit=off` for this session only. Indexes are kept in both dialects.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseTarget } from '../config.js';

/** Column type as PostgreSQL's unnest needs it: text, integer, double precision. */
export type ColumnType = 't' | 'i' | 'f';
export interface TableSpec {
  table: string;
  columns: readonly (readonly [name: string, type: ColumnType])[];
}
export type Batch = Map<TableSpec, unknown[][]>;

export interface ScaleReference {
  departments: string[];
  services: { id: string; departmentId: string }[];
  users: { id: string; name: string; role: string; departmentId: string | null }[];
  counters: Map<number, number>;
}

export interface ScaleStore {
  reference(): Promise<ScaleReference>;
  write(batch: Batch): Promise<void>;
  /** case_counters end at the highest sequence used per year, so the next case gets the next number. */
  finish(counters: Map<number, number>): Promise<void>;
  close(): Promise<void>;
}

export interface CorpusItem {
  lang: string;
  department: string | null;
  channel: string | null;
  subject: string;
  body: string;
  petitioner: { name: string; email: string | null; phone: string | null; address: string | null } | null;
}

/** Petitions of the shared corpus (JSON Lines with subject and body), and passages in other languages. */
export function readCorpus(dir: string): { petitions: CorpusItem[]; passages: { lang: string; text: string }[] } {
  const petitions: CorpusItem[] = [];
  const passages: { lang: string; text: string }[] = [];
  if (!fs.existsSync(dir)) return { petitions, passages };
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      let item: Record<string, unknown>;
      try {
        item = JSON.parse(line) as Record<string, unknown>;
      } catch {
        continue;
      }
      if (typeof item.body === 'string' && typeof item.subject === 'string' && typeof item.lang === 'string') {
        petitions.push({
          lang: item.lang,
          department: typeof item.department === 'string' ? item.department : null,
          channel: typeof item.channel === 'string' ? item.channel : null,
          subject: item.subject,
          body: item.body,
          petitioner: (item.petitioner as CorpusItem['petitioner']) ?? null,
        });
      } else if (typeof item.text === 'string' && typeof item.lang === 'string' && item.text.length > 20) {
        passages.push({ lang: item.lang, text: item.text });
      }
    }
  }
  return { petitions, passages };
}

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
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Only while loading: a crash mid-load can lose the last batches (never corrupt the file in WAL mode).
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  db.pragma('temp_store = MEMORY');
  const statements = new Map<TableSpec, SQLite.Statement>();
  const statement = (spec: TableSpec) => {
    let s = statements.get(spec);
    if (!s) {
      s = db.prepare(`insert into ${spec.table} (${spec.columns.map((c) => c[0]).join(', ')}) values (${spec.columns.map(() => '?').join(', ')})`);
      statements.set(spec, s);
    }
    return s;
  };
  const writeAll = db.transaction((batch: Batch) => {
    for (const [spec, rows] of batch) {
      const s = statement(spec);
      for (const row of rows) s.run(row);
    }
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
    async write(batch) {
      writeAll(batch);
    },
    async finish(counters) {
      const upsert = db.prepare('insert into case_counters (year, last_seq) values (?, ?) on conflict (year) do update set last_seq = max(case_counters.last_seq, excluded.last_seq)');
      db.transaction(() => {
        for (const [year, seq] of counters) upsert.run(year, seq);
      })();
      db.pragma('synchronous = NORMAL');
      db.exec('analyze');
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    async close() {
      db.close();
    },
  };
}

const PG_TYPES: Record<ColumnType, string> = { t: 'text[]', i: 'int8[]', f: 'float8[]' };

async function postgresStore(url: string): Promise<ScaleStore> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('set synchronous_commit = off');
  const sqlOf = new Map<TableSpec, string>();
  const insertSql = (spec: TableSpec) => {
    let s = sqlOf.get(spec);
    if (!s) {
      s = `insert into ${spec.table} (${spec.columns.map((c) => c[0]).join(', ')}) select * from unnest(${spec.columns.map((c, i) => `$${i + 1}::${PG_TYPES[c[1]]}`).join(', ')})`;
      sqlOf.set(spec, s);
    }
    return s;
  };
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
    async write(batch) {
      await client.query('begin');
      try {
        for (const [spec, rows] of batch) {
          if (rows.length === 0) continue;
          const arrays = spec.columns.map((_, i) => rows.map((r) => r[i] ?? null));
          await client.query(insertSql(spec), arrays);
        }
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    },
    async finish(counters) {
      for (const [year, seq] of counters) {
        await client.query(
          'insert into case_counters (year, last_seq) values ($1, $2) on conflict (year) do update set last_seq = greatest(case_counters.last_seq, excluded.last_seq)',
          [year, seq],
        );
      }
      await client.query('analyze');
    },
    async close() {
      await client.end();
    },
  };
}
