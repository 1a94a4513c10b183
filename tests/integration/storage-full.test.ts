/**
 * The blob store's disk full: a small tmpfs stands in for the volume of originals. A petition
 * whose file does not fit is refused with a clear error (storage_full), nothing half-written is
 * left on the volume, no case is opened, and the desk takes petitions again once there is room.
 * Mounting needs root (as CI runs); elsewhere the test is skipped.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { createDatabase } from '../../server/db/database';
import { createJobQueue } from '../../server/jobs/create-job-queue';
import { createServices, type Services } from '../../server/services';
import { createFileBlobStore } from '../../server/storage/file-blob.store';
import { fixedClock } from '../../server/clock';

const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-full-'));
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint], { stdio: 'ignore' });
  mounted = true;
} catch {
  mounted = false;
}

/** Bytes that look like a PNG to the sniffer and do not compress away (tmpfs does not compress anyway). */
function pngLike(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 2654435761) >>> 24;
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe.skipIf(!mounted)('the blob store on a full disk', () => {
  let services: Services;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-full-data-'));
    const config = loadConfig({ DATABASE_URL: `file:${path.join(dataDir, 'desk.db')}`, DATA_DIR: dataDir, NODE_ENV: 'test' });
    const clock = fixedClock('2026-03-02T09:00:00Z');
    const db = createDatabase(config.database);
    services = createServices(config, { clock, db, jobs: createJobQueue(config.database, db, clock), blobs: createFileBlobStore(mountPoint) });
    await services.migrate();
  });
  afterAll(async () => {
    await services?.close();
    if (mounted) execFileSync('umount', [mountPoint]);
    fs.rmSync(mountPoint, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const petition = (bytes: Uint8Array) => ({
    channel: 'web' as const, kind: 'request' as const, language: 'lt' as const,
    petitioner: { name: 'Jonas Petraitis', email: 'jonas@example.lt', phone: null, address: null },
    subject: 'Skaitiklis', body: 'Prašau pakeisti vandens skaitiklį.', departmentId: 'water', serviceId: null,
    files: [{ filename: 'nuotrauka.png', bytes }],
  });

  it('refuses what does not fit with storage_full, leaves nothing half-written and opens no case', async () => {
    const rows = createDatabase(loadConfig({ DATABASE_URL: `file:${path.join(dataDir, 'desk.db')}`, DATA_DIR: dataDir }).database);
    try {
      await expect(services.cases.registerPetition(petition(pngLike(1_500_000)))).rejects.toMatchObject({ code: 'storage_full', i18nKey: 'errors.storage_full' });
      expect(filesUnder(mountPoint)).toEqual([]);
      const count = await sql<{ n: number }>`select count(*) as n from cases`.execute(rows);
      expect(Number(count.rows[0].n)).toBe(0);

      // Room enough for a small one: taken, whole, and findable by its hash.
      const small = pngLike(10_000);
      const registered = await services.cases.registerPetition(petition(small));
      expect(registered.number).toMatch(/^VLN-2026-\d{6}$/);
      const stored = filesUnder(mountPoint);
      expect(stored).toHaveLength(1);
      expect(fs.readFileSync(stored[0]).equals(Buffer.from(small))).toBe(true);
      expect(stored.some((f) => path.basename(f).startsWith('.tmp-'))).toBe(false);
    } finally {
      await rows.destroy();
    }
  });
});
