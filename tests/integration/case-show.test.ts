/**
 * `desk case show <number> --json`, through the real `desk` process on both databases: the
 * language is the one the desk serves the case in (null for a Ukrainian e-mail), and
 * `detectedLanguage` is what the detector named ("uk"), so an integrator sees which language
 * the petition was written in.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeMail } from '../fixtures/email/mail';
import { createTestDesk, DATABASES, type TestDesk } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const LETTERS = path.resolve(import.meta.dirname, '../fixtures/letters/foreign');

function desk(env: NodeJS.ProcessEnv, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, 'desk.ts', 'case', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`desk case show on ${db.name}`, () => {
    let test: TestDesk;
    let env: NodeJS.ProcessEnv;

    beforeAll(async () => {
      test = await createTestDesk(db.name);
      await test.services.startJobs(1);
      env = { DATABASE_URL: test.databaseUrl, DATA_DIR: test.dataDir, NODE_ENV: 'test', OUTBOX_SMTP_PORT: '0' };
    });
    afterAll(async () => test?.dispose());

    it('names the language the detector found beside the served one: "uk" and null for a Ukrainian e-mail, "pl" twice for a Polish one', async () => {
      // The Ukrainian letter's text as an e-mail body (its sender and the municipality's address included).
      const ukrainian = await test.services.intake.ingestEmail(
        await composeMail({ from: 'olena.kovalenko@example.com', subject: 'Щодо відсутності опалення та гарячої води', text: fs.readFileSync(path.join(LETTERS, 'uk-heating.txt'), 'utf8'), messageId: '<uk-1@example.com>' }),
        'cli',
      );
      const polish = await test.services.intake.ingestEmail(
        await composeMail({ from: 'jan.kowalski@example.pl', subject: 'Wymiana licznika wody', text: 'Dzień dobry, proszę o wymianę licznika wody w mieszkaniu, stary licznik jest zepsuty i pokazuje za dużo. Z poważaniem, Jan Kowalski', messageId: '<pl-1@example.pl>' }),
        'cli',
      );
      await test.services.drainJobs(60_000);
      const [uk, pl, missing] = await Promise.all([
        desk(env, ['show', ukrainian.caseNumber!, '--json']),
        desk(env, ['show', polish.caseNumber!, '--json']),
        desk(env, ['show', 'VLN-2026-999999', '--json']),
      ]);
      expect(uk.code).toBe(0);
      const ukFacts = JSON.parse(uk.stdout) as Record<string, unknown>;
      console.log(`case show ${ukrainian.caseNumber} on ${db.name}: ${JSON.stringify({ language: ukFacts.language, detectedLanguage: ukFacts.detectedLanguage, replyLanguage: ukFacts.replyLanguage, department: ukFacts.department })}`);
      expect(ukFacts).toMatchObject({ number: ukrainian.caseNumber, language: null, detectedLanguage: 'uk', channel: 'email' });
      // Answered in a served language (a clerk confirms which), never in Ukrainian.
      expect(['lt', 'pl', 'ru', 'en']).toContain(ukFacts.replyLanguage);
      expect(pl.code).toBe(0);
      expect(JSON.parse(pl.stdout)).toMatchObject({ number: polish.caseNumber, language: 'pl', detectedLanguage: 'pl', replyLanguage: 'pl' });
      expect(missing.code).toBe(2);
    }, 240_000);
  });
}
