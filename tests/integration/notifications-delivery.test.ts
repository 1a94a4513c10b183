/**
 * The resident notices' way out, past the happy path: the extension notice waits for its hour and
 * is cancelled when the clerk's extension letter told the resident first; a relay that fails is
 * retried until it takes the message once, one that never does leaves the row 'failed' with what
 * it said; a signed letter e-mailed directly is the notice itself (it carries the status link);
 * the answer to a case answered on paper still reaches its e-mail address, with the signed PDF.
 * On SQLite, and on PostgreSQL when DATABASE_URL_TEST is set.
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { createDatabase, type Database } from '../../server/db/database';
import { NOTIFICATION_MAX_ATTEMPTS } from '../../server/notifications/notification';
import { startTestRelay, type TestRelay as Relay } from '../fixtures/notifications/relay';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

function sideDatabase(desk: TestDesk): Database {
  return createDatabase(loadConfig({ DATABASE_URL: desk.databaseUrl, DATA_DIR: desk.dataDir, NODE_ENV: 'test' }).database);
}

/** A retry waits its back-off (by our clock on SQLite, by the database's in graphile): make it due now, instead of waiting. */
async function retryDueNow(desk: TestDesk, side: Database, dbName: string, notificationId: string): Promise<void> {
  const key = `notify:${notificationId}`;
  if (dbName === 'postgres') await sql`update graphile_worker._private_jobs set run_at = now() where locked_at is null and key = ${key}`.execute(side);
  else await side.updateTable('jobs').set({ run_at: desk.clock.now().toISOString() }).where('state', '=', 'queued').where('job_key', '=', key).execute();
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function fillAndSign(desk: TestDesk, clerk: Awaited<ReturnType<typeof addStaff>>, number: string, templateId: string) {
  const id = await desk.services.replies.startReply(clerk, number, templateId);
  const draft = await desk.services.replies.getReplyForEditing(clerk, id);
  await desk.services.replies.saveReplyDraft(clerk, id, { subject: draft.reply.subject, bodyHtml: draft.reply.bodyHtml.replace(/<strong>\[[^\]]*\]<\/strong>/g, 'X') });
  return desk.services.replies.signAndSendReply(clerk, id);
}

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`resident notices on their way out, on ${db.name}`, () => {
    let desk: TestDesk | undefined;
    let side: Database | undefined;
    let relay: Relay | undefined;
    /**
     * `at`: the desk's fixed clock. Graphile goes by the database's clock, so a desk standing in the
     * past sees its queued-for-later jobs run at once (the extension tests want that: the early run);
     * the others stand at the real now, so the morning sweep waits for its morning as in production
 * (a desk far in the past would run a sweep for every working day since).
     */
    async function open(refuse = 0, at = new Date().toISOString()): Promise<{ desk: TestDesk; side: Database; relay: Relay }> {
      relay = await startTestRelay({ refuse });
      desk = await createTestDesk(db.name, at, relay.env);
      side = sideDatabase(desk);
      await desk.services.startJobs(2);
      return { desk, side, relay };
    }
    afterEach(async () => {
      await side?.destroy();
      await desk?.dispose();
      await relay?.close();
      desk = side = relay = undefined;
    });

    /** The extension notice of a case, as the outbox holds it. */
    async function extensionRow(s: Database, caseId: string) {
      return s.selectFrom('notifications').selectAll().where('case_id', '=', caseId).where('kind', '=', 'deadline_extended').executeTakeFirst();
    }

    for (const letterFirst of [true, false]) {
      it(`the extension notice waits for send_after, then ${letterFirst ? 'is cancelled: the extension letter went first' : 'goes out once'}`, async () => {
        // A week behind the real clock: graphile runs the held notice early, as a fast queue clock would.
        const { desk, side, relay } = await open(0, new Date(Date.now() - 7 * 86_400_000).toISOString());
        const clerk = await addStaff(desk, 'clerk@water.test', 'clerk', 'water');
        const r = await desk.services.cases.registerPetition({ ...samplePetition, kind: 'complaint' });
        await desk.services.drainJobs();
        const ext = await desk.services.cases.extendCaseDeadline(clerk, r.number, { workingDays: 6, reason: 'Czekamy na wynik badania licznika' });
        await desk.services.dispatchEvents();
        await until('the extension notice is stored', async () => Boolean(await extensionRow(side, r.caseId)));
        const row = (await extensionRow(side, r.caseId))!;
        expect(row.status).toBe('pending');
        const sendAfter = new Date(row.send_after!);
        // The morning before the day the notice is due, not now.
        expect(sendAfter.getTime()).toBe(new Date(`${ext.noticeDueOn}T09:00:00Z`).getTime() - 86_400_000);
        expect(sendAfter.getTime()).toBeGreaterThan(desk.clock.now().getTime());
        if (db.name === 'sqlite') await desk.services.drainJobs();
        else await new Promise((r) => setTimeout(r, 500)); // graphile runs it early by its clock: it must wait, counting no try
        const waiting = (await extensionRow(side, r.caseId))!;
        expect([waiting.status, Number(waiting.attempts), waiting.last_error]).toEqual(['pending', 0, null]);
        expect(relay.mails.filter((m) => m.subject.includes('termin'))).toHaveLength(0);

        if (letterFirst) {
          desk.clock.set(new Date(desk.clock.now().getTime() + 3_600_000));
          const sent = await fillAndSign(desk, clerk, r.number, 'extension');
          expect(sent.emailed).toBe(true);
        }
        desk.clock.set(new Date(sendAfter.getTime() + 60_000));
        await desk.services.drainJobs();
        const after = (await extensionRow(side, r.caseId))!;
        const notices = relay.mails.filter((m) => m.messageId === after.message_id);
        if (letterFirst) {
          expect([after.status, after.skip_reason, Number(after.attempts)]).toEqual(['cancelled', 'letter_sent', 0]);
          expect(notices).toHaveLength(0);
          expect((await desk.services.notifications.listForCase(clerk, r.number)).find((n) => n.kind === 'deadline_extended')).toMatchObject({ status: 'cancelled', reason: 'letter_sent' });
        } else {
          expect([after.status, Number(after.attempts)]).toEqual(['sent', 1]);
          expect(notices).toHaveLength(1);
          expect(notices[0]!.text).toContain('Czekamy na wynik badania licznika');
        }
      }, 120_000);
    }

    it('a relay that fails, then recovers, takes the message once', async () => {
      const { desk, side, relay } = await open(1);
      const clerk = await addStaff(desk, 'clerk@water.test', 'clerk', 'water');
      const r = await desk.services.cases.registerPetition({ ...samplePetition });
      await desk.services.drainJobs();
      await until('the first try is recorded', async () => Number((await side.selectFrom('notifications').select('attempts').where('case_id', '=', r.caseId).executeTakeFirst())?.attempts ?? 0) >= 1);
      const first = (await desk.services.notifications.listForCase(clerk, r.number))[0]!;
      expect([first.status, first.attempts]).toEqual(['pending', 1]);
      expect(first.lastError).toMatch(/451|busy/);
      expect(relay.mails).toHaveLength(0);
      await retryDueNow(desk, side, db.name, first.id);
      await desk.services.drainJobs();
      await until('sent', async () => (await desk.services.notifications.listForCase(clerk, r.number))[0]!.status === 'sent');
      const [n] = await desk.services.notifications.listForCase(clerk, r.number);
      expect([n!.status, n!.attempts, n!.lastError]).toEqual(['sent', 2, null]);
      expect(relay.mails).toHaveLength(1);
      expect(relay.mails[0]!.subject).toContain(r.number);
    }, 60_000);

    it('a relay that always fails leaves the row failed, with what it said, on the case page', async () => {
      const { desk, side, relay } = await open(Number.POSITIVE_INFINITY);
      const clerk = await addStaff(desk, 'clerk@water.test', 'clerk', 'water');
      const r = await desk.services.cases.registerPetition({ ...samplePetition });
      await desk.services.drainJobs();
      for (let i = 0; i < NOTIFICATION_MAX_ATTEMPTS + 2; i++) {
        const [n] = await desk.services.notifications.listForCase(clerk, r.number);
        if (n!.status === 'failed') break;
        await retryDueNow(desk, side, db.name, n!.id);
        await desk.services.drainJobs();
      }
      await until('failed', async () => (await desk.services.notifications.listForCase(clerk, r.number))[0]!.status === 'failed');
      const [n] = await desk.services.notifications.listForCase(clerk, r.number);
      expect(n).toMatchObject({ kind: 'registered', status: 'failed', attempts: NOTIFICATION_MAX_ATTEMPTS, recipient: 'test@example.pl' });
      expect(n!.lastError).toMatch(/451|busy/);
      expect(relay.mails).toHaveLength(0);
    }, 120_000);

    it('a signed letter e-mailed directly is the notice: the status notice is skipped, the letter carries the link', async () => {
      const { desk, relay } = await open();
      const clerk = await addStaff(desk, 'clerk@water.test', 'clerk', 'water');
      const r = await desk.services.cases.registerPetition({ ...samplePetition });
      await desk.services.drainJobs();
      const sent = await fillAndSign(desk, clerk, r.number, 'decision-positive');
      expect(sent).toMatchObject({ emailed: true, delivery: 'email' });
      await desk.services.drainJobs();
      const rows = await desk.services.notifications.listForCase(clerk, r.number);
      expect(rows.map((n) => [n.kind, n.status, n.reason])).toEqual([['registered', 'sent', null], ['answered', 'skipped', 'letter_emailed']]);
      expect(relay.mails.filter((m) => m.to.includes('test@example.pl'))).toHaveLength(2);
      const letter = relay.mails.find((m) => m.attachments.some((a) => a.contentType === 'application/pdf'))!;
      expect(letter).toBeTruthy();
      expect(letter.text).toMatch(new RegExp(`/pl/status\\?t=\\S+`));
      expect(letter.text).toContain(r.number);
    }, 60_000);

    it('the answer to a case answered on paper still reaches its e-mail address, the signed PDF attached', async () => {
      const { desk, relay } = await open();
      const clerk = await addStaff(desk, 'clerk@water.test', 'clerk', 'water');
      const r = await desk.services.cases.registerPetition({ ...samplePetition, channel: 'letter' });
      const p = samplePetition.petitioner;
      await desk.services.cases.updateCaseFacts(clerk, r.number, { name: p.name, address: p.address, email: p.email, phone: '', language: 'pl', subject: samplePetition.subject, kind: 'request', letterDate: '', deliveryChannel: 'post' });
      await desk.services.drainJobs();
      const sent = await fillAndSign(desk, clerk, r.number, 'decision-positive');
      expect(sent).toMatchObject({ emailed: false, delivery: 'post' });
      await desk.services.drainJobs();
      const answered = (await desk.services.notifications.listForCase(clerk, r.number)).find((n) => n.kind === 'answered')!;
      expect([answered.status, answered.reason]).toEqual(['sent', null]);
      const mails = relay.mails.filter((m) => m.to.includes('test@example.pl'));
      const notice = mails.find((m) => m.attachments.length > 0)!;
      expect(notice).toBeTruthy();
      expect(notice.attachments).toEqual([expect.objectContaining({ contentType: 'application/pdf' })]);
      expect(notice.subject).toContain(r.number);
      expect(notice.text).toMatch(/\/pl\/status\?t=\S+/);
      // Only the notice went by e-mail: the letter itself is on the postal dispatch list.
      expect(mails.filter((m) => m.attachments.length > 0)).toHaveLength(1);
    }, 60_000);
  });
}
