/**
 * The Kysely connection: SQLite (better-sqlite3, WAL) by default, PostgreSQL (pg) by URL.
 * Nothing above this file knows which one it talks to.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, Migrator, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type MigrationResultSet, type SqliteDialectConfig } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from '../config.js';
import { migrationProvider } from './migrations/index.js';
import type { DB } from './schema.js';

export type Database = Kysely<DB>;

export function createDatabase(target: DatabaseTarget): Database {
  if (target.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection the server closes (restart, failover) must not crash the process;
    // the pool replaces it on next use.
    pool.on('error', (error) => console.error(`database connection lost: ${error.message}`));
    // A connection lost while checked out (inside a transaction) errors on the client, not the pool:
    // without a listener that is an uncaught exception, and the process dies with it.
    pool.on('connect', (client) => client.on('error', (error) => console.error(`database connection lost: ${error.message}`)));
    return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  }
  const dir = path.dirname(target.file);
  const created = fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // The data directory (ours when we made it, or the one desk.db lives in), not any directory a file: URL names.
  if (created || path.basename(target.file) === 'desk.db') ownerOnly(dir, 0o700);
  const sqlite = new SQLite(target.file);
  sqlite.pragma('journal_mode = WAL');
  // The database holds petitions and password hashes: its owner only. SQLite gives the -wal and
  // -shm files the database file's mode, and they are fixed here too should they already exist.
  for (const file of [target.file, `${target.file}-wal`, `${target.file}-shm`]) ownerOnly(file, 0o600);
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<DB>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) });
}

/**
 * Transactions that take SQLite's write lock when they begin (BEGIN IMMEDIATE). Another process may
 * write the same file — `desk ingest` or `desk worker` beside `desk serve` — and a deferred
 * transaction that read first cannot upgrade to a writer once the other process has written: SQLite
 * answers SQLITE_BUSY at once, whatever the busy timeout. Taken at BEGIN, the lock waits its turn
 * (busy_timeout). Inside one process nothing changes: its one connection runs one transaction at a time.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #settings: SqliteDialectConfig;
  constructor(settings: SqliteDialectConfig) {
    super(settings);
    this.#settings = settings;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#settings);
  }
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every statement anew; preparing costs as much as running a small
 * query. The desk's queries are a few hundred shapes, so their prepared statements are kept (least
 * recently used dropped first). better-sqlite3 runs one statement at a time, so a cached statement is
 * never in use twice — except while an iterate() streams, which the desk does not use (Kysely's
 * .stream() would need a statement of its own).
 */
function withStatementCache(sqlite: SQLite.Database): { prepare(sql: string): SQLite.Statement; close(): void } {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}

/** chmod, on what this process owns (not a shared directory such as /tmp); a missing file is skipped. */
function ownerOnly(file: string, mode: number): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return;
  }
  if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return;
  fs.chmodSync(file, mode);
}

export async function migrateToLatest(db: Database): Promise<MigrationResultSet> {
  // Unordered: a migration written on another branch may sort before one already applied here.
  const migrator = new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
