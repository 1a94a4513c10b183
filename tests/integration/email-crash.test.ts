/**
 * "A process killed (SIGKILL) in the middle of ingesting 100 e-mails and restarted ends with exactly
 * 100 cases (none lost, none doubled)": the IMAP poller runs as its own process
 * (tests/fixtures/email/poll-imap.ts) against a real Dovecot and a file SQLite database (and
 * PostgreSQL when DATABASE_URL_TEST is set). It is killed twice: once by its own hand right after a
 * commit and before the \Seen mark (the window the Message-ID dedupe exists for), once from outside
 * at whatever moment it is in; the third run finishes the mailbox.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { dovecotAvailable, startDovecot, type TestImapServer } from '../fixtures/dovecot/dovecot';
import { composeMail, countRows, openDatabase } from '../fixtures/email/mail';
import { pollerEnv, runPoller } from '../fixtures/email/poller-process';
import { createTestDesk, DATABASES } from './harness';

const TOTAL = 100;

let imap: TestImapServer;
beforeAll(async () => {
  if (dovecotAvailable()) imap = await startDovecot();
});
afterAll(async () => imap?.stop());

// The two databases' runs are independent (own database, own mailbox) and mostly wait on child
// processes starting: they run side by side.
(dovecotAvailable() ? describe.concurrent : describe.skip)('crash safety of e-mail intake', () => {
  for (const db of DATABASES) {
    it.skipIf(!db.available)(`on ${db.name}: a poller SIGKILLed in the middle of ${TOTAL} e-mails and restarted ends with exactly ${TOTAL} cases`, async ({ expect }) => {
      const desk = await createTestDesk(db.name);
      const rows = openDatabase(desk.databaseUrl, desk.dataDir);
      const mailbox = `Crash${db.name}`;
      try {
        const ids = Array.from({ length: TOTAL }, (_, i) => `crash-${i + 1}@mail.example.com`);
        await imap.append(
          mailbox,
          await Promise.all(ids.map((id, i) => composeMail({ from: `gyventojas${i + 1}@example.com`, subject: `Prašymas Nr. ${i + 1}`, text: `Prašau sutvarkyti kiemą Nr. ${i + 1}.`, messageId: `<${id}>` }))),
        );
        const env = pollerEnv(desk, imap, mailbox);
        const cases = async () => (await countRows(rows)).cases;

        // Run 1 dies right after committing message 30, before marking it \Seen.
        const first = runPoller({ ...env, KILL_AFTER_STORED: '30' });
        expect(await first.exited, first.stderr.join('')).toMatchObject({ signal: 'SIGKILL' });
        expect(first.lines).toHaveLength(30);
        expect(first.lines.every((l) => l.startsWith('new_case '))).toBe(true);
        expect(await cases()).toBe(30);
        expect(await imap.status(mailbox)).toEqual({ messages: TOTAL, unseen: TOTAL - 29 });

        // Run 2 takes message 30 again (a duplicate, no second case), and is killed from outside mid-way.
        const second = runPoller({ ...env, INGEST_DELAY_MS: '20' });
        await expect.poll(cases, { timeout: 20_000, interval: 20, message: second.stderr.join('') }).toBeGreaterThanOrEqual(50);
        second.kill('SIGKILL');
        expect(await second.exited, second.stderr.join('')).toMatchObject({ signal: 'SIGKILL' });
        expect(second.lines[0]).toMatch(new RegExp(`^duplicate VLN-\\d{4}-\\d{6} ${ids[29].replace(/\./g, '\\.')}$`));
        const afterSecond = await cases();
        expect(afterSecond).toBeLessThan(TOTAL);

        // Run 3 finishes the mailbox.
        const third = runPoller(env);
        await expect.poll(async () => (await imap.status(mailbox)).unseen, { timeout: 30_000, interval: 50, message: third.stderr.join('') }).toBe(0);
        third.kill('SIGTERM');
        expect(await third.exited, third.stderr.join('')).toMatchObject({ code: 0 });

        expect(await countRows(rows)).toEqual({ cases: TOTAL, emails: TOTAL, distinctMessageIds: TOTAL });
        const stored = await sql<{ message_id: string }>`select message_id from emails order by message_id`.execute(rows);
        expect(stored.rows.map((r) => r.message_id).sort()).toEqual([...ids].sort());
        const numbers = await sql<{ n: string | number }>`select count(distinct number) as n from cases`.execute(rows);
        expect(Number(numbers.rows[0].n)).toBe(TOTAL);
        // No message was opened as a case twice across the three runs (the outside kill may land
        // between a commit and its printed line, hence at most one line missing).
        const created = [...first.lines, ...second.lines, ...third.lines].filter((l) => l.startsWith('new_case ')).map((l) => l.split(' ')[2]);
        expect(created.length).toBeGreaterThanOrEqual(TOTAL - 1);
        expect(new Set(created).size).toBe(created.length);
      } finally {
        await rows.destroy();
        await desk.dispose();
      }
    }, 120_000);
  }
});
