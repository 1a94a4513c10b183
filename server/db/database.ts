/**
 * The Kysely connection: SQLite (better-sqlite3, WAL) by default, PostgreSQL (pg) by URL.
 * Nothing above this file knows which one it talks to.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationResultSet } from 'kysely';
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
  fs.mkdirSync(path.dirname(target.file), { recursive: true });
  const sqlite = new SQLite(target.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export async function migrateToLatest(db: Database): Promise<MigrationResultSet> {
  // Unordered: a migration written on another branch may sort before one already applied here.
  const migrator = new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
