/**
 * The router learns online and persists what it learned, on SQLite and on PostgreSQL: a clerk's
 * correction changes the very next routing, survives a restart, reaches another process's model,
 * and a second correction of the same case replaces the first.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/clock';
import { parseDatabaseUrl } from '../../server/config';
import { createDatabase, type Database } from '../../server/db/database';
import { isDomainError } from '../../server/errors';
import { createFrancLanguageDetector } from '../../server/language/franc.adapter';
import { createCaseAnalyser } from '../../server/intake/create-case-analyser';
import { createDepartmentRouting, ROUTING_EXAMPLE_RETENTION_YEARS } from '../../server/routing/department-routing';
import { loadCatalogue } from '../../server/departments/load-catalogue';
import { createTestDesk, DATABASES, type TestDesk } from './harness';

const petition = {
  subject: 'Apšvietimas ir suoliukai',
  body: 'Prašome sutvarkyti apšvietimą ir suoliukus prie Kalvarijų turgaus, vakare labai tamsu ir nėra kur prisėsti.',
};
const sameMatterAgain = {
  subject: 'Apšvietimas ir suoliukai',
  body: 'Prašome sutvarkyti apšvietimą ir suoliukus prie turgaus, vakarais labai tamsu ir nėra kur prisėsti.',
};

for (const dbInfo of DATABASES) {
  describe.skipIf(!dbInfo.available)(`online routing on ${dbInfo.name}`, () => {
    let desk: TestDesk;
    let db: Database;
    const clock = fixedClock('2026-03-02T09:00:00Z');

    beforeEach(async () => {
      desk = await createTestDesk(dbInfo.name);
      db = createDatabase(parseDatabaseUrl(desk.databaseUrl, desk.dataDir));
    });
    afterEach(async () => {
      await db.destroy();
      await desk.dispose();
    });

    it('learns a re-route at once, keeps it across a restart, and shares it with other processes', async () => {
      const web = createDepartmentRouting({ db, clock });
      const worker = createDepartmentRouting({ db, clock }, undefined, { refreshEveryMs: 0 });
      const first = await web.route(petition);
      expect(first.top3).toHaveLength(3);
      const suggested = first.top3[0].departmentId;
      const chosen = suggested === 'eldership' ? 'city-administration' : 'eldership';
      expect((await worker.route(sameMatterAgain)).top3[0].departmentId).toBe(suggested);

      await web.learnFromCorrection(petition, chosen, { caseId: 'case-1', suggestedDepartmentId: suggested, actorId: null });
      expect((await web.route(sameMatterAgain)).top3[0].departmentId).toBe(chosen); // at once, same process
      expect((await worker.route(sameMatterAgain)).top3[0].departmentId).toBe(chosen); // another process's model

      const rows = await db.selectFrom('routing_examples').selectAll().execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ case_id: 'case-1', department_id: chosen, suggested_department_id: suggested, kind: 'rerouted' });

      const restarted = createDepartmentRouting({ db, clock });
      expect(await restarted.exampleCount()).toBe(1);
      expect((await restarted.route(sameMatterAgain)).top3[0].departmentId).toBe(chosen);

      // The clerk changes their mind: the second decision on the case replaces the first.
      await web.learnFromCorrection(`${petition.subject}\n${petition.body}`, 'housing', { caseId: 'case-1' });
      expect(await db.selectFrom('routing_examples').select('department_id').execute()).toEqual([{ department_id: 'housing' }]);
      expect((await worker.route(sameMatterAgain)).top3[0].departmentId).toBe('housing');
      expect(await worker.exampleCount()).toBe(1);
    });

    it('learns a confirmed case inside the caller\'s transaction, once, and drops examples past the retention period', async () => {
      const routing = createDepartmentRouting({ db, clock }, undefined, { refreshEveryMs: 0 });
      await routing.route(petition); // loaded
      const stored = await db.transaction().execute((trx) => routing.learnFromConfirmed(trx, petition, 'eldership', { caseId: 'case-2', suggestedDepartmentId: 'eldership' }));
      expect(stored).toBe(true);
      expect((await routing.route(sameMatterAgain)).top3[0].departmentId).toBe('eldership');
      // A repeat (the dispatcher runs a handler again) stores nothing new.
      expect(await db.transaction().execute((trx) => routing.learnFromConfirmed(trx, petition, 'eldership', { caseId: 'case-2' }))).toBe(false);
      expect(await db.transaction().execute((trx) => routing.learnFromConfirmed(trx, petition, 'no-such-department', { caseId: 'case-3' }))).toBe(false);
      expect(await db.selectFrom('routing_examples').select(['case_id', 'kind']).execute()).toEqual([{ case_id: 'case-2', kind: 'confirmed' }]);

      const later = fixedClock(`2026-03-02T09:00:00Z`.replace('2026', String(2026 + ROUTING_EXAMPLE_RETENTION_YEARS)).replace('T09', 'T10'));
      const restarted = createDepartmentRouting({ db, clock: later });
      expect(await restarted.exampleCount()).toBe(0);
      expect(await db.selectFrom('routing_examples').selectAll().execute()).toHaveLength(0);
    });

    it('refuses a department that does not exist, and stores nothing', async () => {
      const routing = createDepartmentRouting({ db, clock });
      const error = await routing.learnFromCorrection(petition, 'no-such-department').catch((e: unknown) => e);
      expect(isDomainError(error) && error.code).toBe('invalid_input');
      expect(await db.selectFrom('routing_examples').selectAll().execute()).toHaveLength(0);
    });

    it('with no catalogue in the database routes everything to triage, and picks the catalogue up once it is loaded', async () => {
      await db.deleteFrom('service_texts').execute();
      await db.deleteFrom('services').execute();
      await db.deleteFrom('departments').execute();
      const routing = createDepartmentRouting({ db, clock }, undefined, { refreshEveryMs: 0 });
      const water = { subject: 'Wymiana licznika wody', body: 'Proszę o wymianę licznika wody w mieszkaniu.' };
      expect(await routing.route(water)).toEqual({ departmentId: null, autoRouted: false, confidence: 0, top3: [], evidence: [] });
      expect(await routing.exampleCount()).toBe(0);
      const error = await routing.learnFromCorrection(water, 'water').catch((e: unknown) => e);
      expect(isDomainError(error) && error.code).toBe('invalid_input');

      const analyser = createCaseAnalyser({ detector: createFrancLanguageDetector({ fallbackLanguage: 'lt', reviewBelow: 0.8 }), routing });
      expect(await analyser.analyse({ ...water, pages: [], hints: {} })).toMatchObject({ language: 'pl', departmentId: null, departmentConfidence: 0, top3: [] });

      await loadCatalogue({ db, clock });
      const routed = await routing.route(water);
      expect(routed.departmentId).toBe('water');
      expect(routed.top3).toHaveLength(3);
    });

    it('analyses a case: language, reply language, department and the words behind it', async () => {
      const analyser = createCaseAnalyser({
        detector: createFrancLanguageDetector({ fallbackLanguage: 'lt', reviewBelow: 0.8 }),
        routing: createDepartmentRouting({ db, clock }),
      });
      const polish = await analyser.analyse({
        subject: 'Wymiana licznika wody',
        body: 'Dzień dobry, proszę o wymianę licznika wody w mieszkaniu przy Žirmūnų g. 5, stary licznik jest zepsuty.',
        pages: [],
        hints: { formLanguage: 'lt' },
      });
      expect(polish).toMatchObject({ language: 'pl', replyLanguage: 'pl', languageNeedsReview: false });
      expect(polish.top3[0].departmentId).toBe('water');
      // Routed only when the calibrated confidence reaches the department's threshold; else triage, with water suggested.
      expect([null, 'water']).toContain(polish.departmentId);
      expect(polish.evidence.length).toBeGreaterThan(0);

      const ukrainian = await analyser.analyse({
        subject: '',
        body: '',
        pages: [{ text: 'Прошу замінити лічильник води у квартирі, бо старий зламався. Дякую.', confidence: 88 }],
        hints: {},
      });
      expect(ukrainian).toMatchObject({ language: 'uk', replyLanguage: 'lt', languageNeedsReview: true });
      expect(ukrainian.top3).toHaveLength(3);
    });
  });
}
