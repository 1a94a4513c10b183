/**
 * Sign-in throttles slow a guesser and never lock the right password out: only failures count,
 * the wait grows from the last failure, and failures from elsewhere do not keep the owner out.
 * Also: failed sign-ins are logged without the password, sessions have an absolute lifetime, and
 * the SQLite file is its owner's only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatabase } from '../../server/db/database';
import { addStaff, createTestDesk, DATABASES, type TestDesk } from './harness';

const RIGHT = 'correct horse battery staple';

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`sign-in throttles on ${db.name}`, () => {
    let desk: TestDesk;
    let warnings: string[];
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
      await addStaff(desk, 'clerk@desk.test', 'clerk', 'water');
      warnings = [];
      vi.spyOn(console, 'warn').mockImplementation((line: unknown) => void warnings.push(String(line)));
    });
    afterEach(async () => {
      vi.restoreAllMocks();
      await desk?.dispose();
    });

    const signIn = (password: string, ip: string) => desk.services.auth.signIn({ email: 'clerk@desk.test', password, ip, userAgent: null });
    const later = (seconds: number) => desk.clock.set(new Date(desk.clock.now().getTime() + seconds * 1000));

    it('five wrong passwords from elsewhere do not keep the right password out', async () => {
      for (let i = 0; i < 5; i += 1) await expect(signIn('wrong', '6.6.6.6')).rejects.toMatchObject({ code: 'invalid_credentials' });
      await expect(signIn('wrong', '6.6.6.6')).rejects.toMatchObject({ code: 'rate_limited' });
      await expect(signIn(RIGHT, '10.0.0.1')).resolves.toBeTruthy();
    });

    it('an account guessed from many addresses: each guesser waits after its failure, the owner signs in at once', async () => {
      for (let i = 0; i < 12; i += 1) await expect(signIn('wrong', `6.6.6.${i}`)).rejects.toMatchObject({ code: 'invalid_credentials' });
      // Under attack: an address that failed on the account waits, however few its failures.
      await expect(signIn('wrong', '6.6.6.1')).rejects.toMatchObject({ code: 'rate_limited' });
      await expect(signIn(RIGHT, '10.0.0.1')).resolves.toBeTruthy();
    });

    it('the wait grows with each failure, says how long (Retry-After), and is over long before the window', async () => {
      for (let i = 0; i < 5; i += 1) await expect(signIn('wrong', '6.6.6.6')).rejects.toMatchObject({ code: 'invalid_credentials' });
      const waits: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const refused = await signIn(RIGHT, '6.6.6.6').then(() => null, (e: { code: string; retryAfterSeconds: number }) => e);
        expect(refused).toMatchObject({ code: 'rate_limited' });
        waits.push(refused!.retryAfterSeconds);
        later(refused!.retryAfterSeconds);
        await expect(signIn('wrong', '6.6.6.6')).rejects.toMatchObject({ code: 'invalid_credentials' });
      }
      expect(waits).toEqual([2, 4, 8, 16]);
      // The right password, once this client's wait is over: accepted, nothing locked for 15 minutes.
      later(32);
      await expect(signIn(RIGHT, '6.6.6.6')).resolves.toBeTruthy();
    });

    it('successful sign-ins cost nothing: forty from one address in a row are all accepted', async () => {
      for (let i = 0; i < 40; i += 1) await expect(signIn(RIGHT, '10.0.0.2')).resolves.toBeTruthy();
    }, 60_000);

    it('a failed sign-in is logged with the account hash and the client, never the password', async () => {
      await expect(signIn('Sup3r-secret-guess', '6.6.6.7')).rejects.toMatchObject({ code: 'invalid_credentials' });
      const line = warnings.find((w) => w.includes('sign_in_failed'));
      expect(line).toBeDefined();
      expect(JSON.parse(line!)).toMatchObject({ event: 'sign_in_failed', client: '6.6.6.7', reason: 'wrong_password', account: expect.stringMatching(/^[0-9a-f]{16}$/) });
      expect(warnings.join('\n')).not.toContain('Sup3r-secret-guess');
    });

    it('a session in use still ends at its absolute lifetime (12 hours from sign-in)', async () => {
      const session = await signIn(RIGHT, '10.0.0.3');
      for (let hour = 1; hour < 12; hour += 1) {
        later(3600);
        expect(await desk.services.auth.getSessionUser(session.token)).not.toBeNull();
      }
      later(3600);
      expect(await desk.services.auth.getSessionUser(session.token)).toBeNull();
    });
  });
}

describe('the SQLite file', () => {
  it('is readable by its owner only, with its -wal and -shm, in a directory of its owner only', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-perm-'));
    const dir = path.join(root, 'data');
    const file = path.join(dir, 'desk.db');
    const database = createDatabase({ dialect: 'sqlite', file });
    try {
      await sql`create table t (x integer)`.execute(database);
      await sql`insert into t values (1)`.execute(database);
      const mode = (f: string) => fs.statSync(f).mode & 0o777;
      expect(mode(dir)).toBe(0o700);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect([f, mode(f)]).toEqual([f, 0o600]);
    } finally {
      await database.destroy();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
