import { sql } from 'kysely';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../server/db/database';
import { parseDatabaseUrl } from '../../server/config';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

/** The command as `npm run desk` runs it, without npx's own start: tsx's loader in one node process. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const verifyAudit = (env: NodeJS.ProcessEnv) => execFileSync(process.execPath, ['--import', TSX_LOADER, 'desk.ts', 'verify-audit'], { env, encoding: 'utf8' });

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`audit trail on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
    });
    afterEach(async () => desk.dispose());

    async function withRawDb(fn: (raw: ReturnType<typeof createDatabase>) => Promise<unknown>) {
      const raw = createDatabase(parseDatabaseUrl(desk.databaseUrl, desk.dataDir));
      try {
        await fn(raw);
      } finally {
        await raw.destroy();
      }
    }

    async function caseWithHistory() {
      const clerk = await addStaff(desk, 'c@desk.test', 'clerk', 'water');
      const r = await desk.services.cases.registerPetition(samplePetition);
      await desk.services.cases.assignCase(clerk, r.number, clerk.id);
      await desk.services.cases.addCaseNote(clerk, r.number, 'Called the petitioner');
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'in_progress');
      return r;
    }

    it('an untouched trail verifies', async () => {
      await caseWithHistory();
      const report = await desk.services.cases.verifyAudit();
      expect(report.casesChecked).toBe(1);
      expect(report.eventsChecked).toBe(6);
      expect(report.problems).toEqual([]);
    });

    it('detects an edited event, a deleted last event and a deleted middle event', async () => {
      const r = await caseWithHistory();
      await withRawDb((raw) =>
        raw.updateTable('case_events').set({ data: JSON.stringify({ text: 'Never called' }) }).where('type', '=', 'note_added').execute(),
      );
      let report = await desk.services.cases.verifyAudit();
      // received, registered, assigned, status → assigned, note (5), status → in progress
      expect(report.problems).toContainEqual({ caseNumber: r.number, seq: 5, reason: 'hash_mismatch' });

      const r2 = await desk.services.cases.registerPetition(samplePetition);
      await withRawDb(async (raw) => {
        const c = await raw.selectFrom('cases').select('id').where('number', '=', r2.number).executeTakeFirstOrThrow();
        await raw.deleteFrom('case_events').where('case_id', '=', c.id).where('seq', '=', 2).execute();
      });
      report = await desk.services.cases.verifyAudit();
      expect(report.problems.filter((p) => p.caseNumber === r2.number).map((p) => p.reason)).toContain('head_mismatch');

      const r3 = await desk.services.cases.registerPetition(samplePetition);
      await withRawDb(async (raw) => {
        const c = await raw.selectFrom('cases').select('id').where('number', '=', r3.number).executeTakeFirstOrThrow();
        await raw.deleteFrom('case_events').where('case_id', '=', c.id).where('seq', '=', 1).execute();
        await raw.updateTable('cases').set({ updated_at: sql<string>`updated_at` }).where('id', '=', c.id).execute();
      });
      report = await desk.services.cases.verifyAudit();
      expect(report.problems.filter((p) => p.caseNumber === r3.number).map((p) => p.reason)).toEqual(
        expect.arrayContaining(['sequence_gap', 'broken_link']),
      );
    });

    it('the verify-audit command exits non-zero on tampering', async () => {
      await caseWithHistory();
      const env = { ...process.env, DATABASE_URL: desk.databaseUrl, DATA_DIR: desk.dataDir };
      const ok = verifyAudit(env);
      expect(ok).toContain('audit trail intact');
      await withRawDb((raw) => raw.updateTable('case_events').set({ created_at: '2020-01-01T00:00:00.000Z' }).where('seq', '=', 3).execute());
      let failed: { status: number; stdout: string } | null = null;
      try {
        verifyAudit(env);
      } catch (error) {
        failed = error as { status: number; stdout: string };
      }
      expect(failed?.status).toBe(2);
      expect(failed?.stdout).toContain('TAMPERED');
      // Two starts of the whole desk (migrations included): on a slow or busy machine more than the default 30 s.
    }, 120_000);
  });
}
