/**
 * Blobs in PostgreSQL (BLOB_STORE=database): the same content-addressed, immutable store as the
 * file one, in a table, so that a file taken in by a web process on one machine is read by a worker
 * on another with nothing shared but the database. A committed insert is as durable as the case that
 * follows it (PostgreSQL fsyncs its WAL), and identical content is stored once (the address is the key).
 *
 * The table belongs to this store, as graphile-worker's schema belongs to it: created on first use,
 * under an advisory lock so that processes starting together do not race on CREATE TABLE. It is not
 * a migration because the file store has no table at all and a desk may switch stores.
 * Large blobs are read in chunks, so serving a 20 MB scan never holds it whole in one query result.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { StorageFullError } from '../errors.js';
import type { BlobStore, StoredBlob } from './blob-store.js';

const SHA256 = /^[0-9a-f]{64}$/;
const TABLE = 'blob_store';
const CHUNK_BYTES = 1024 * 1024;
/** Any fixed 64-bit number: the advisory lock taken while the table is created. */
const SCHEMA_LOCK = '7307140000000000012';

function address(sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error('invalid blob address');
  return sha256;
}

function notFound(sha256: string): Error {
  return Object.assign(new Error(`no blob ${sha256}`), { code: 'ENOENT' });
}

/** PostgreSQL's "disk full" (53100) and "out of memory"/"program limit" for an over-large value. */
function isFull(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === '53100' || code === '53200' || code === '54000';
}

export function createDatabaseBlobStore(db: Database): BlobStore {
  let ready: Promise<void> | null = null;
  const ensureTable = () =>
    (ready ??= db
      .transaction()
      .execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${SCHEMA_LOCK}::bigint)`.execute(trx);
        await sql`create table if not exists ${sql.table(TABLE)} (
            sha256 text primary key,
            size_bytes bigint not null,
            bytes bytea not null,
            created_at timestamptz not null default now()
          )`.execute(trx);
      })
      .catch((error: unknown) => {
        ready = null;
        throw error;
      }));

  async function size(sha256: string): Promise<number | null> {
    await ensureTable();
    const { rows } = await sql<{ size_bytes: string | number }>`select size_bytes from ${sql.table(TABLE)} where sha256 = ${address(sha256)}`.execute(db);
    return rows[0] ? Number(rows[0].size_bytes) : null;
  }

  async function chunk(sha256: string, from: number, length: number): Promise<Buffer> {
    const { rows } = await sql<{ part: Buffer }>`select substring(bytes from ${from + 1}::int for ${length}::int) as part
      from ${sql.table(TABLE)} where sha256 = ${sha256}`.execute(db);
    if (!rows[0]) throw notFound(sha256);
    return rows[0].part;
  }

  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const stored: StoredBlob = { sha256, sizeBytes: bytes.byteLength };
      await ensureTable();
      try {
        await sql`insert into ${sql.table(TABLE)} (sha256, size_bytes, bytes)
          values (${sha256}, ${bytes.byteLength}, ${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)})
          on conflict (sha256) do nothing`.execute(db);
      } catch (error) {
        if (isFull(error)) throw new StorageFullError((error as Error).message);
        throw error;
      }
      return stored;
    },
    async get(sha256) {
      const total = await size(sha256);
      if (total === null) throw notFound(sha256);
      const parts: Buffer[] = [];
      for (let from = 0; from < total; from += CHUNK_BYTES) parts.push(await chunk(sha256, from, CHUNK_BYTES));
      return Buffer.concat(parts, total);
    },
    stream(sha256): Readable {
      const key = address(sha256);
      async function* read() {
        const total = await size(key);
        if (total === null) throw notFound(key);
        for (let from = 0; from < total; from += CHUNK_BYTES) yield await chunk(key, from, CHUNK_BYTES);
      }
      return Readable.from(read(), { objectMode: false });
    },
    async has(sha256) {
      return (await size(sha256)) !== null;
    },
  };
}
