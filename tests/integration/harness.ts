/**
 * Integration tests run every use case against a real, migrated database: a fresh SQLite
 * file always, and a fresh PostgreSQL database too when DATABASE_URL_TEST points at a server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../server/config';
import { fixedClock } from '../../server/clock';
import { createServices, type Services } from '../../server/services';
import { createDatabase } from '../../server/db/database';
import { createJobQueue } from '../../server/jobs/create-job-queue';

export interface TestDesk {
  services: Services;
  clock: ReturnType<typeof fixedClock>;
  dataDir: string;
  databaseUrl: string;
  dispose(): Promise<void>;
}

export const DATABASES: { name: string; available: boolean }[] = [
  { name: 'sqlite', available: true },
  { name: 'postgres', available: Boolean(process.env.DATABASE_URL_TEST) },
];

export async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new URL(process.env.DATABASE_URL_TEST!);
  const name = `desk_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** `env` adds to the desk's environment (e.g. OUTGOING_SMTP_* for a relay of the test's own). */
export async function createTestDesk(database: string, now = '2026-03-02T09:00:00Z', env: Record<string, string> = {}): Promise<TestDesk> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-test-'));
  const pgDb = database === 'postgres' ? await freshPostgres() : null;
  const databaseUrl = pgDb ? pgDb.url : `file:${path.join(dataDir, 'desk.db')}`;
  const config = loadConfig({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, NODE_ENV: 'test', OUTBOX_SMTP_PORT: '0', ...env });
  const clock = fixedClock(now);
  const db = createDatabase(config.database);
  // Fast polling, so pipeline tests do not wait on the production interval.
  const jobs = createJobQueue(config.database, db, clock, { sqlite: { pollIntervalMs: 20 }, postgres: { pollIntervalMs: 100 } });
  const services = createServices(config, { clock, db, jobs });
  await services.migrate(); // the schema and the service catalogue, as on a fresh installation
  return {
    services,
    clock,
    dataDir,
    databaseUrl,
    async dispose() {
      await services.close();
      await pgDb?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function addStaff(desk: TestDesk, email: string, role: 'clerk' | 'manager' | 'admin' | 'registry', departmentId: string | null) {
  return desk.services.auth.addUser(null, { email, name: `Staff ${email.split('@')[0]}`, role, departmentId, password: 'correct horse battery staple' });
}

export const samplePetition = {
  channel: 'web' as const,
  kind: 'request' as const,
  language: 'pl' as const,
  petitioner: { name: 'Test Mieszkaniec', email: 'test@example.pl', phone: null, address: 'Testowa g. 1, Vilnius' },
  subject: 'Wymiana licznika wody',
  body: 'Proszę o wymianę licznika wody w mieszkaniu.',
  departmentId: 'water',
  serviceId: null,
  files: [],
};
