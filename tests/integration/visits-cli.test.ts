/**
 * The command line's contract for visits, through the real `desk` process on both databases:
 * `visits slots` prints JSON Lines of free slots (nothing on a closed day); `visits book` prints the
 * reference and exits 0, or exits 3 with the reason on stderr when the slot is taken, closed or not a slot.
 * The process runs on the real clock, so the dates are far enough ahead.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOOKABLE_SERVICES, DEMO_SERVICE_POINTS } from '../../server/demo/seed-visits';
import { createTestDesk, DATABASES, type TestDesk } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

function desk(env: NodeJS.ProcessEnv, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, 'desk.ts', 'visits', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`desk visits on ${db.name}`, () => {
    let test: TestDesk;
    let env: NodeJS.ProcessEnv;

    beforeAll(async () => {
      test = await createTestDesk(db.name, '2026-12-21T06:00:00Z');
      await test.services.visits.saveVisitCatalogue({ servicePoints: DEMO_SERVICE_POINTS, services: DEMO_BOOKABLE_SERVICES });
      env = { DATABASE_URL: test.databaseUrl, DATA_DIR: test.dataDir, NODE_ENV: 'test', OUTBOX_SMTP_PORT: '0' };
    });
    afterAll(async () => test?.dispose());

    // The whole contract once, on SQLite: the use cases behind it run on both databases in visits.test.ts,
    // and case-show.test.ts runs the desk process on PostgreSQL; a dozen more cold starts do not fit CI.
    it.skipIf(db.name === 'postgres')('prints free slots as JSON Lines, nothing on a closed day, and books or refuses with status 3', async () => {
      const book = (start: string, extra: string[] = []) => desk(env, ['book', '--service', 'marriage-registration', '--start', start, '--name', 'Ona Petraitienė', '--phone', '+370 612 34567', ...extra]);
      const [open, christmas, closed, offGrid, usage] = await Promise.all([
        desk(env, ['slots', '--service', 'marriage-registration', '--date', '2027-01-12']),
        desk(env, ['slots', '--service', 'marriage-registration', '--date', '2027-12-24']),
        book('2027-01-16T09:15'),
        book('2027-01-12T09:20'),
        desk(env, ['book', '--service', 'marriage-registration']),
      ]);
      const lines = open.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(open.code).toBe(0);
      // Two-slot visits from 08:00 to 16:30 (the last ends at 17:00), at each of three counters.
      expect(lines).toHaveLength(35 * 3);
      expect(lines[0]).toEqual({ start: '2027-01-12T08:00', end: '2027-01-12T08:30', servicePoint: 'civil-registry-centre', counter: 1 });
      expect(lines).toContainEqual({ start: '2027-01-12T09:15', end: '2027-01-12T09:45', servicePoint: 'civil-registry-centre', counter: 3 });
      expect(christmas).toMatchObject({ code: 0, stdout: '' });
      expect(closed.code).toBe(3);
      expect(closed.stderr).toMatch(/^closed:/);
      expect(offGrid.code).toBe(3);
      expect(offGrid.stderr).toMatch(/^not a slot:/);
      expect(usage.code).toBe(1);

      const first = await book('2027-01-12T09:15', ['--email', 'ona@example.lt', '--lang', 'pl']);
      expect(first.code).toBe(0);
      expect(JSON.parse(first.stdout)).toEqual({ reference: expect.stringMatching(/^V-\d{4}-\d{6}$/), start: '2027-01-12T09:15', servicePoint: 'civil-registry-centre' });
      // The other two counters taken in-process: a two-slot visit at 09:15 holds 09:30 too, so a 09:30 start is refused.
      for (const phone of ['+370 699 00000', '+370 699 00002']) {
        await test.services.visits.bookVisit(null, { serviceSlug: 'marriage-registration', start: '2027-01-12T09:15', channel: 'web', person: { name: 'Jonas', phone, email: null, language: 'lt' } });
      }
      const taken = await desk(env, ['book', '--service', 'marriage-registration', '--start', '2027-01-12T09:30', '--name', 'Petras', '--phone', '+370 699 00001']);
      expect(taken.code).toBe(3);
      expect(taken.stderr).toMatch(/^slot taken:/);
      const after = await desk(env, ['slots', '--service', 'marriage-registration', '--date', '2027-01-12']);
      expect(after.stdout).not.toContain('"start":"2027-01-12T09:15"');
      expect(after.stdout).not.toContain('"start":"2027-01-12T09:30"');
      expect(after.stdout).toContain('"start":"2027-01-12T09:45"');
    }, 240_000);
  });
}
