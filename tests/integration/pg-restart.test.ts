/**
 * PostgreSQL goes away mid-run (a restart, a failover) and comes back: the workers reconnect and
 * finish every job, nothing is lost or done twice. The outage is made by a TCP proxy between the
 * desk and the server that drops every connection and refuses new ones for a few seconds — from
 * the desk's side exactly what a restart looks like — so the shared test server keeps running.
 */
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { textLayerLetter } from '../fixtures/letters/text-layer-pdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/clock';
import { loadConfig } from '../../server/config';
import { createServices, type Services } from '../../server/services';
import { openDatabase } from '../fixtures/email/mail';
import { freshPostgres } from './harness';

const available = Boolean(process.env.DATABASE_URL_TEST);
const CASES = 40;

/** A proxy to the real server that can be cut (every socket destroyed, new ones refused) and restored. */
function outageProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let down = false;
  const server = net.createServer((client) => {
    if (down) return client.destroy();
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  });
  return {
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port))),
    cut() {
      down = true;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    restore() {
      down = false;
    },
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

describe.skipIf(!available)('PostgreSQL restarted mid-run', () => {
  let services: Services;
  let database: Awaited<ReturnType<typeof freshPostgres>>;
  let proxy: ReturnType<typeof outageProxy>;
  let dataDir: string;
  let letter: Uint8Array;

  beforeAll(async () => {
    database = await freshPostgres();
    const real = new URL(database.url);
    proxy = outageProxy({ host: real.hostname, port: Number(real.port || 5432) });
    const viaProxy = new URL(database.url);
    viaProxy.port = String(await proxy.listen());
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-pg-restart-'));
    const config = loadConfig({ DATABASE_URL: viaProxy.toString(), DATA_DIR: dataDir, NODE_ENV: 'test' });
    services = createServices(config, { clock: fixedClock('2026-03-02T09:00:00Z') });
    await services.migrate();
    letter = await textLayerLetter();
  }, 60_000);

  afterAll(async () => {
    await services?.close().catch(() => undefined);
    await proxy?.close();
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(`the workers reconnect and read all ${CASES} documents, each once`, async () => {
    for (let i = 1; i <= CASES; i++) {
      await services.cases.registerPetition({
        channel: 'web', kind: 'request', language: 'lt',
        petitioner: { name: `Gyventojas ${i}`, email: `g${i}@example.lt`, phone: null, address: null },
        subject: `Skaitiklis ${i}`, body: 'Prašau pakeisti vandens skaitiklį.', departmentId: 'water', serviceId: null,
        files: [{ filename: `skaitiklis-${i}.pdf`, bytes: letter }],
      });
    }
    // Counted beside the desk, straight on the server (not through the proxy that is cut).
    const rows = openDatabase(database.url, dataDir);
    await services.startJobs(2);
    const extracted = async () =>
      Number((await sql<{ n: string }>`select count(*) as n from documents where status = 'extracted'`.execute(rows)).rows[0].n);
    await expect.poll(extracted, { timeout: 30_000, interval: 20 }).toBeGreaterThanOrEqual(3);

    proxy.cut();
    await new Promise((r) => setTimeout(r, 3_000));
    proxy.restore();

    await services.drainJobs(90_000);
    expect(await extracted()).toBe(CASES);
    // Each document's text was recorded once: one text_extracted event per document.
    const events = await sql<{ n: string }>`select count(*) as n from case_events where type = 'text_extracted'`.execute(rows);
    expect(Number(events.rows[0].n)).toBe(CASES);
    expect((await services.jobStats()).failed).toBe(0);
    expect((await services.cases.verifyAudit()).problems).toEqual([]);
    await rows.destroy();
  }, 150_000);
});
