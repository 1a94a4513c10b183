/**
 * Residents told by e-mail through the durable outbox: every public event gives exactly one e-mail,
 * in the case's reply language, with the facts of its event and the one-click status link; a
 * repeat (the event dispatched again, the job run again) sends nothing more; a relay that fails is
 * retried until it takes the message once, and one that never does leaves the row 'failed' on the
 * case page. On SQLite, and on PostgreSQL when DATABASE_URL_TEST is set.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { createDatabase, type Database } from '../../server/db/database';
import { appendCaseEvent, type NewCaseEvent } from '../../server/cases/case-event.repository';
import { formatLetterDate } from '../../server/replies/format-date';
import { verifyStatusLinkToken } from '../../server/notifications/status-link';
import { readOutbox } from '../fixtures/notifications/outbox';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

type Body = Omit<NewCaseEvent, 'actorType' | 'actorId' | 'visibility' | 'at'>;

/** A second connection, for what no use case of ours writes yet (the intake's review move, forwarding). */
function sideDatabase(desk: TestDesk): Database {
  return createDatabase(loadConfig({ DATABASE_URL: desk.databaseUrl, DATA_DIR: desk.dataDir, NODE_ENV: 'test' }).database);
}

async function inject(db: Database, desk: TestDesk, caseId: string, body: Body): Promise<void> {
  await db.transaction().execute((trx) => appendCaseEvent(trx, caseId, { ...body, actorType: 'system', actorId: null, visibility: 'public', at: desk.clock.now() } as NewCaseEvent));
}

function linkIn(text: string): { lang: string; token: string } {
  const m = /\/(lt|pl|ru|en)\/status\?t=(\S+)/.exec(text);
  if (!m) throw new Error(`no status link in:\n${text}`);
  return { lang: m[1]!, token: decodeURIComponent(m[2]!) };
}

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`resident notifications on ${db.name}`, () => {
    let desk: TestDesk;
    let side: Database;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
      side = sideDatabase(desk);
      await desk.services.startJobs(2);
    });
    afterEach(async () => {
      await side.destroy();
      await desk.dispose();
    });

    it('registration: one e-mail each, in the case language; an e-mail petition gets a fresh code that opens the case; repeats send nothing', async () => {
      const catcher = (await desk.services.startMailCatcher())!;
      const water = (await desk.services.departments.findDepartment('water'))!;
      const web = await desk.services.cases.registerPetition({ ...samplePetition, language: 'lt', petitioner: { ...samplePetition.petitioner, email: 'jonas@example.lt' } });
      const mail = await desk.services.cases.registerPetition({ ...samplePetition, channel: 'email', language: 'en', petitioner: { ...samplePetition.petitioner, email: 'anna@example.com' } });
      await desk.services.drainJobs();
      const sent = await readOutbox(catcher.dir);
      expect(sent).toHaveLength(2);

      const lt = sent.find((m) => m.to.includes('jonas@example.lt'))!;
      expect(lt.subject).toBe(`Jūsų kreipimasis Nr. ${web.number} užregistruotas`);
      expect(lt.text).toContain(`užregistruotas numeriu ${web.number} ir perduotas nagrinėti: ${water.names.lt}`);
      expect(lt.text).toContain(`ne vėliau kaip iki ${formatLetterDate(web.dueOn, 'lt')}`);
      expect(lt.text).toContain('Jei atsakysite į šį laišką, Jūsų žinutė bus pridėta prie kreipimosi');
      expect(lt.text).not.toContain('sekimo kod');
      expect(lt.language).toBe('lt');
      expect(lt.replyTo).toMatch(/\+[0-9a-f]{48}@/);
      const link = linkIn(lt.text);
      expect(link.lang).toBe('lt');
      expect(verifyStatusLinkToken(desk.services.secret, link.token, desk.clock.now())).toBe(web.number);

      const en = sent.find((m) => m.to.includes('anna@example.com'))!;
      expect(en.subject).toBe(`Your petition No. ${mail.number} has been registered`);
      expect(en.text).toContain(`We will answer by ${formatLetterDate(mail.dueOn, 'en')} at the latest`);
      const code = /the tracking code (\S+)\./.exec(en.text)?.[1];
      expect(code).toBeTruthy();
      expect(code).not.toBe(mail.trackingCode);
      const tracked = await desk.services.cases.trackCase({ number: mail.number, code: code!, clientKey: 'n1' });
      expect(tracked.number ?? mail.number).toBe(mail.number);

      // The same event dispatched again, and the sent messages' jobs run again: nothing more goes out.
      const rows = await side.selectFrom('notifications').selectAll().execute();
      expect(rows.map((r) => [r.kind, r.status])).toEqual(expect.arrayContaining([['registered', 'sent'], ['registered_with_code', 'sent']]));
      for (const r of rows) await side.insertInto('case_event_outbox').values({ event_id: r.event_id!, case_id: r.case_id!, type: 'case_registered', created_at: r.created_at }).execute();
      await desk.services.drainJobs();
      expect(await side.selectFrom('notifications').select('id').execute()).toHaveLength(2);
      expect(await readOutbox(catcher.dir)).toHaveLength(2);
    });

    it('every public event of a case tells its petitioner once, with its facts, in Polish', async () => {
      const catcher = (await desk.services.startMailCatcher())!;
      const clerk = await addStaff(desk, 'clerk@water.test', 'clerk', 'water');
      const manager = await addStaff(desk, 'boss@water.test', 'manager', 'water');
      const r = await desk.services.cases.registerPetition({ ...samplePetition });
      const other = await desk.services.cases.registerPetition({ ...samplePetition, petitioner: { ...samplePetition.petitioner, email: 'drugi@example.pl' } });
      await inject(side, desk, r.caseId, { type: 'status_changed', data: { from: 'received', to: 'needs_review', reason: 'low_confidence' } });
      await inject(side, desk, r.caseId, { type: 'case_forwarded', data: { institution: 'Nacionalinė žemės tarnyba', reason: 'Sprawy ziemi prowadzi NŽT', contact: 'info@nzt.lt' } });
      await desk.services.cases.assignCase(clerk, r.number, clerk.id);
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'in_progress');
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'awaiting_information');
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'in_progress');
      await inject(side, desk, r.caseId, { type: 'message_received', data: { channel: 'email', subject: 'Zdjęcie licznika', text: 'W załączeniu zdjęcie.', messageId: 'resident-1@example.pl' } });
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'answered');
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'in_progress');
      await desk.services.cases.mergeCases(manager, { number: other.number, into: r.number });
      await desk.services.drainJobs();

      const rows = await desk.services.notifications.listForCase(clerk, r.number);
      expect(rows.map((n) => [n.kind, n.status, n.reason])).toEqual([
        ['registered', 'sent', null],
        ['received', 'sent', null],
        ['forwarded', 'sent', null],
        ['information_requested', 'sent', null],
        ['message_received', 'sent', null],
        // Marked answered by hand, with no signed letter to attach: the clerk sees it was not e-mailed.
        ['answered', 'skipped', 'no_letter'],
        ['reopened', 'sent', null],
      ]);
      const mails = (await readOutbox(catcher.dir)).filter((m) => m.to.includes('test@example.pl'));
      expect(mails).toHaveLength(6);
      const by = (subject: string) => {
        const found = mails.filter((m) => m.subject === subject);
        expect(found, subject).toHaveLength(1);
        return found[0]!;
      };
      expect(by(`Otrzymaliśmy Pana/Pani pismo nr ${r.number}`).text).toContain('przejrzy je jeszcze pracownik');
      const forwarded = by(`Pismo nr ${r.number} przekazane innej instytucji`).text;
      expect(forwarded).toContain('przekazaliśmy pismo: Nacionalinė žemės tarnyba.');
      expect(forwarded).toContain('Powód: Sprawy ziemi prowadzi NŽT');
      expect(forwarded).toContain('Dane kontaktowe instytucji: info@nzt.lt');
      expect(by(`Do pisma nr ${r.number} potrzebne są dodatkowe informacje`).text).toContain('potrzebujemy dodatkowych informacji');
      const confirmed = by(`Otrzymaliśmy wiadomość w sprawie nr ${r.number}`);
      expect(confirmed.text).toContain('„Zdjęcie licznika”');
      expect(confirmed.inReplyTo).toBe('resident-1@example.pl');
      expect(by(`Pismo nr ${r.number} jest ponownie rozpatrywane`).text).toContain('ponownie rozpatrywane');
      for (const m of mails) {
        expect(m.language).toBe('pl');
        expect(m.text).toContain(`Odpowiedź na tę wiadomość zostanie dołączona do sprawy nr ${r.number}`);
        expect(verifyStatusLinkToken(desk.services.secret, linkIn(m.text).token, desk.clock.now())).toBe(r.number);
      }
      const joined = (await readOutbox(catcher.dir)).filter((m) => m.to.includes('drugi@example.pl') && m.subject.includes('połączone'));
      expect(joined).toHaveLength(1);
      expect(joined[0]!.subject).toBe(`Pismo nr ${other.number} połączone ze sprawą nr ${r.number}`);
      expect(verifyStatusLinkToken(desk.services.secret, linkIn(joined[0]!.text).token, desk.clock.now())).toBe(other.number);

      // Closing the answered case: one more, and the case page of another department does not exist.
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'answered');
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'closed');
      await desk.services.drainJobs();
      expect((await readOutbox(catcher.dir)).filter((m) => m.subject === `Sprawa nr ${r.number} została zakończona`)).toHaveLength(1);
      const stranger = await addStaff(desk, 'clerk@heating.test', 'clerk', 'heating');
      await expect(desk.services.notifications.listForCase(stranger, r.number)).rejects.toMatchObject({ code: 'not_found' });
    }, 120_000);

    it('a petitioner with no e-mail address is kept as skipped, so the case shows they were not told', async () => {
      const clerk = await addStaff(desk, 'clerk@water.test', 'clerk', 'water');
      const r = await desk.services.cases.registerPetition({ ...samplePetition, petitioner: { ...samplePetition.petitioner, email: null } });
      await desk.services.drainJobs();
      expect((await desk.services.notifications.listForCase(clerk, r.number)).map((n) => [n.kind, n.status, n.reason, n.recipient])).toEqual([['registered', 'skipped', 'no_email', null]]);
    });
  });
}
