/**
 * What the case file keeps in columns and how its status moves, on SQLite and PostgreSQL: intake's
 * e-mail facts and the router's proposal are stored where they are read again; every move goes
 * through the status machine; a trail row that fits no schema is kept and shown, never fatal; and
 * the migration gives existing cases the same facts from their trail.
 */
import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../server/config';
import { moveCase } from '../../server/cases/move-case';
import { createDatabase, type Database } from '../../server/db/database';
import { migrationProvider } from '../../server/db/migrations/index';
import { corpusMail } from '../fixtures/email/mail';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

const webForm = {
  kind: 'request' as const,
  language: 'lt' as const,
  name: 'Jonas Petraitis',
  email: 'jonas@example.lt',
  phone: null,
  address: null,
  serviceSlug: null,
};

function mailWithLanguage(messageId: string): Buffer {
  return Buffer.from(
    [
      'From: Anna Nowak <anna@example.pl>',
      'To: prasymai@vilnius.example',
      'Subject: Licznik wody',
      `Message-ID: ${messageId}`,
      'Date: Mon, 02 Mar 2026 08:00:00 +0000',
      'Content-Language: pl-PL',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Proszę o wymianę licznika wody w mieszkaniu przy ul. Testowej 1.',
      '',
    ].join('\r\n'),
  );
}

for (const dbInfo of DATABASES) {
  describe.skipIf(!dbInfo.available)(`case facts and moves on ${dbInfo.name}`, () => {
    let desk: TestDesk;
    let db: Database;
    beforeEach(async () => {
      desk = await createTestDesk(dbInfo.name);
      db = createDatabase(parseDatabaseUrl(desk.databaseUrl, desk.dataDir));
    });
    afterEach(async () => {
      await db.destroy();
      await desk.dispose();
    });

    const caseRow = (number: string) => db.selectFrom('cases').selectAll().where('number', '=', number).executeTakeFirstOrThrow();

    it('keeps what the router proposed for triage, shows it, and learns a correction against it', async () => {
      const manager = await addStaff(desk, 'm@desk.test', 'manager', null);
      const r = await desk.services.intake.submitWebPetition(
        { ...webForm, subject: 'Dronų skrydžiai', body: 'Virš mūsų namo Žirmūnuose nuolat skraido dronai ir filmuoja pro langus. Prašau išsiaiškinti.' },
        [],
      );
      const view = await desk.services.cases.getCaseForStaff(manager, r.number);
      const suggestion = view.routingSuggestion!;
      expect(suggestion.top3).toHaveLength(3);
      expect(suggestion.suggestedDepartmentId).toBe(suggestion.top3[0].departmentId);
      expect(suggestion.departmentConfidence).toBeCloseTo(suggestion.top3[0].confidence, 10);
      expect(suggestion.languageNeedsReview).toBeNull(); // the form said the language
      // The trail says the same, typed.
      const registered = view.events.find((e) => e.type === 'case_registered');
      expect(registered?.type === 'case_registered' && registered.data.top3).toEqual(suggestion.top3);
      expect(registered?.type === 'case_registered' && registered.data.evidence).toEqual(suggestion.evidence);

      const chosen = suggestion.suggestedDepartmentId === 'eldership' ? 'city-administration' : 'eldership';
      await desk.services.cases.routeCaseToDepartment(manager, r.number, chosen);
      const example = await db.selectFrom('routing_examples').selectAll().where('case_id', '=', view.kase.id).executeTakeFirstOrThrow();
      expect(example).toMatchObject({ department_id: chosen, suggested_department_id: suggestion.suggestedDepartmentId, kind: 'rerouted' });
    });

    it('a case whose topic the resident chose has no router proposal', async () => {
      const manager = await addStaff(desk, 'm@desk.test', 'manager', null);
      const r = await desk.services.cases.registerPetition(samplePetition);
      expect((await desk.services.cases.getCaseForStaff(manager, r.number)).routingSuggestion).toBeNull();
    });

    it("keeps an e-mail's Content-Language on the case, not on its first event", async () => {
      await desk.services.startJobs(2);
      const manager = await addStaff(desk, 'm@desk.test', 'manager', null);
      const r = await desk.services.intake.ingestEmail(mailWithLanguage('<lang-1@example.pl>'), 'cli');
      const row = await caseRow(r.caseNumber!);
      expect(row).toMatchObject({ content_language: 'pl-PL', intake_problem: null, reply_language: 'pl', status: 'received' });
      const view = await desk.services.cases.getCaseForStaff(manager, r.caseNumber!);
      expect(view.events[0]).toMatchObject({ type: 'case_received', data: { channel: 'email', via: 'cli', messageId: 'lang-1@example.pl' } });
      expect(view.events[0].data).not.toHaveProperty('contentLanguage');
      await desk.services.drainJobs(60_000);
      expect((await caseRow(r.caseNumber!)).status).toBe('registered');
    });

    it('an e-mail that could not be read is marked so on the case, and analysis sends it to review', async () => {
      await desk.services.startJobs(2);
      const manager = await addStaff(desk, 'm@desk.test', 'manager', null);
      const r = await desk.services.intake.ingestEmail(corpusMail('email_1000_attachments.eml'), 'cli');
      expect((await caseRow(r.caseNumber!)).intake_problem).toBe('too_many_parts');
      await desk.services.drainJobs(60_000);
      const view = await desk.services.cases.getCaseForStaff(manager, r.caseNumber!);
      expect(view.kase).toMatchObject({ status: 'needs_review', reviewReason: 'unreadable_documents' });
      expect(view.events.at(-1)).toMatchObject({
        type: 'status_changed', actorType: 'system', visibility: 'public',
        data: { from: 'received', to: 'needs_review', reason: 'unreadable_documents', problems: [{ filename: 'message.eml', problem: 'too_many_parts' }] },
      });
    });

    it('moves a status only through the machine, and only from the status it still has', async () => {
      const r = await desk.services.cases.registerPetition(samplePetition);
      const { id } = await caseRow(r.number);
      const at = desk.clock.now();
      const system = { actorType: 'system', actorId: null } as const;
      const eventCount = async () => (await db.selectFrom('case_events').select('id').where('case_id', '=', id).execute()).length;
      const before = await eventCount();

      await expect(db.transaction().execute((trx) => moveCase(trx, { id, status: 'registered' }, 'answered', { actor: system, at }))).rejects.toMatchObject({
        code: 'illegal_transition',
      });
      // Read as "received", but it is registered by now: the machine's check would be against a stale status.
      await expect(db.transaction().execute((trx) => moveCase(trx, { id, status: 'received' }, 'needs_review', { actor: system, at }))).rejects.toMatchObject({
        code: 'illegal_transition',
      });
      expect((await caseRow(r.number)).status).toBe('registered');
      expect(await eventCount()).toBe(before);

      await db.transaction().execute((trx) => moveCase(trx, { id, status: 'registered' }, 'forwarded', { actor: system, at, reason: 'another_institution' }));
      expect((await caseRow(r.number)).status).toBe('forwarded');
      const pub = await desk.services.cases.trackCase({ number: r.number, code: r.trackingCode, clientKey: 't' });
      expect(pub.timeline.at(-1)).toMatchObject({ type: 'status_changed', status: 'forwarded' });
    });

    it('a trail row that fits no schema is kept and shown by its type, and the chain still tells it was changed', async () => {
      const clerk = await addStaff(desk, 'c@desk.test', 'clerk', 'water');
      const r = await desk.services.cases.registerPetition(samplePetition);
      await desk.services.cases.addCaseNote(clerk, r.number, 'Called the petitioner');
      await db.updateTable('case_events').set({ data: '{"words":"edited by hand"}' }).where('type', '=', 'note_added').execute();
      await db.updateTable('case_events').set({ data: 'not json' }).where('type', '=', 'case_registered').execute();

      const view = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(view.events.map((e) => (e.type === 'unrecognised' ? `?${e.storedType}` : e.type))).toEqual(['case_received', '?case_registered', '?note_added']);
      const pub = await desk.services.cases.trackCase({ number: r.number, code: r.trackingCode, clientKey: 't' });
      expect(pub.timeline.map((e) => e.type)).toEqual(['case_received', 'case_registered']);
      expect(JSON.stringify(pub)).not.toContain('not json');
      const report = await desk.services.cases.verifyAudit();
      expect(report.problems.map((p) => [p.seq, p.reason])).toEqual([[2, 'hash_mismatch'], [3, 'hash_mismatch']]);
    });

    it('the migration gives existing cases their facts from the trail', async () => {
      const manager = await addStaff(desk, 'm@desk.test', 'manager', null);
      const mailed = await desk.services.intake.ingestEmail(mailWithLanguage('<old-1@example.pl>'), 'cli');
      const routed = await desk.services.cases.registerPetition({ ...samplePetition, departmentId: null });
      // No workers are started here: nothing runs while the schema goes back and forth.
      const migrator = new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true });
      expect((await migrator.migrateTo('2026-11-21_005_replies')).error).toBeUndefined();

      // The trail as the desk wrote it before: the e-mail's facts and the router's proposal in event JSON only.
      const mailedId = (await db.selectFrom('cases').select('id').where('number', '=', mailed.caseNumber!).executeTakeFirstOrThrow()).id;
      const routedId = (await db.selectFrom('cases').select('id').where('number', '=', routed.number).executeTakeFirstOrThrow()).id;
      await db
        .updateTable('case_events')
        .set({ data: JSON.stringify({ channel: 'email', via: 'cli', messageId: '<old-1@example.pl>', contentLanguage: 'pl-PL', problem: 'too_many_parts' }) })
        .where('case_id', '=', mailedId)
        .where('type', '=', 'case_received')
        .execute();
      const top3 = [{ departmentId: 'heating', confidence: 0.42 }, { departmentId: 'water', confidence: 0.3 }, { departmentId: 'housing', confidence: 0.1 }];
      await db
        .updateTable('case_events')
        .set({ data: JSON.stringify({ number: routed.number, registeredOn: routed.registeredOn, dueOn: routed.dueOn, departmentId: null, departmentConfidence: 0.42, top3, evidence: ['šiluma'], languageConfidence: 0.9 }) })
        .where('case_id', '=', routedId)
        .where('type', '=', 'case_registered')
        .execute();

      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      expect(await db.selectFrom('cases').select(['content_language', 'intake_problem']).where('id', '=', mailedId).executeTakeFirstOrThrow()).toEqual({
        content_language: 'pl-PL', intake_problem: 'too_many_parts',
      });
      const suggestion = (await desk.services.cases.getCaseForStaff(manager, routed.number)).routingSuggestion;
      expect(suggestion).toEqual({
        suggestedDepartmentId: 'heating', departmentConfidence: 0.42, top3, evidence: ['šiluma'],
        detectedLanguage: null, languageConfidence: 0.9, languageNeedsReview: null,
      });
    });
  });
}
