/**
 * Two processes on one SQLite file, as `desk ingest` or `desk worker` beside `desk serve`: a
 * transaction that reads and then writes must wait for the other process's writes, never fail with
 * "database is locked" (a deferred transaction cannot upgrade once the other process has written).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../server/db/database';
import { inTransaction } from '../../server/db/transaction';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let db: Database;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-two-processes-'));
  db = createDatabase({ dialect: 'sqlite', file: path.join(dir, 'desk.db') });
  await sql`create table counter (id integer primary key, n integer not null)`.execute(db);
  await sql`insert into counter (id, n) values (1, 0), (2, 0)`.execute(db);
});
afterAll(async () => {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('SQLite shared by two processes', () => {
  it('a read-then-write transaction waits for the other process instead of failing', async () => {
    // The other process: 2 s of small write transactions on row 2, one every few milliseconds.
    const other = spawn(process.execPath, ['-e', `
      const db = new (require('better-sqlite3'))(${JSON.stringify(path.join(dir, 'desk.db'))});
      db.pragma('busy_timeout = 5000');
      const bump = db.prepare('update counter set n = n + 1 where id = 2');
      const end = Date.now() + 2000; let writes = 0;
      (function loop() { if (Date.now() > end) { console.log(writes); db.close(); return; } bump.run(); writes++; setTimeout(loop, 2); })();
    `], { cwd: root });
    let out = '';
    other.stdout.on('data', (d) => (out += d));
    const done = new Promise<number | null>((resolve) => other.on('exit', resolve));

    let ours = 0;
    const started = Date.now();
    while (Date.now() - started < 1800) {
      await inTransaction(db, async (trx) => {
        const row = await sql<{ n: number }>`select n from counter where id = 1`.execute(trx);
        await new Promise((r) => setTimeout(r, 3)); // the other process writes meanwhile
        await sql`update counter set n = ${row.rows[0].n + 1} where id = 1`.execute(trx);
      });
      ours++;
    }
    expect(await done).toBe(0);
    const theirs = Number(out.trim());
    expect(theirs).toBeGreaterThan(10);
    const rows = await sql<{ id: number; n: number }>`select id, n from counter order by id`.execute(db);
    // Every one of our read-modify-writes counted: none lost, none failed.
    expect(rows.rows).toEqual([{ id: 1, n: ours }, { id: 2, n: theirs }]);
  });
});
