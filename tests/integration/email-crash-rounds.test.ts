/**
 * Crash rounds: TOTAL e-mails (every fifth with a PDF attachment) are taken in by an IMAP poller
 * process that is SIGKILLed at a random moment ROUNDS times over, then restarted to finish. Whatever
 * the moments, the desk ends with exactly TOTAL cases — none lost, none doubled — and once the jobs
 * have run, every document of every case is read and every case is concluded (registered or sent
 * to review): none is left "received". On SQLite, and on PostgreSQL when DATABASE_URL_TEST is set.
 *
 * The moments are random but reproducible: CRASH_SEED fixes them (the seed used is printed).
 */
import { sql } from 'kysely';
import MailComposer from 'nodemailer/lib/mail-composer';
import { textLayerLetter } from '../fixtures/letters/text-layer-pdf';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { dovecotAvailable, startDovecot, type TestImapServer } from '../fixtures/dovecot/dovecot';
import { countRows, DESK_ADDRESS, openDatabase } from '../fixtures/email/mail';
import { pollerEnv, runPoller } from '../fixtures/email/poller-process';
import { createTestDesk, DATABASES } from './harness';
import { seededRandom } from '../fixtures/random';

// The suite runs 150 e-mails × 4 kills per database (CI's time budget); EMAIL_CRASH_TOTAL=500
// EMAIL_CRASH_ROUNDS=10 runs the full rounds the hardening issue measured. TOTAL must be a multiple of 5.
const TOTAL = Number(process.env.EMAIL_CRASH_TOTAL ?? 150);
const ROUNDS = Number(process.env.EMAIL_CRASH_ROUNDS ?? 4);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);

let imap: TestImapServer;
let attachment: Uint8Array;
beforeAll(async () => {
  if (dovecotAvailable()) imap = await startDovecot();
  attachment = await textLayerLetter();
});
afterAll(async () => imap?.stop());

function mail(i: number, id: string): Promise<Buffer> {
  return new MailComposer({
    from: `gyventojas${i}@example.com`,
    to: DESK_ADDRESS,
    subject: `Prašymas Nr. ${i}`,
    text: `Laba diena, prašau pakeisti vandens skaitiklį bute Nr. ${i}. Skaitiklis sugedo ir rodo neteisingai.`,
    messageId: `<${id}>`,
    date: new Date('2026-03-02T08:00:00Z'),
    attachments: i % 5 === 0 ? [{ filename: `skaitiklis-${i}.pdf`, content: Buffer.from(attachment), contentType: 'application/pdf' }] : [],
  })
    .compile()
    .build();
}

(dovecotAvailable() ? describe.concurrent : describe.skip)(`crash rounds of e-mail intake (seed ${SEED})`, () => {
  for (const db of DATABASES) {
    it.skipIf(!db.available)(`on ${db.name}: ${ROUNDS} SIGKILLs at random moments in ${TOTAL} e-mails end with exactly ${TOTAL} cases, every document read`, async ({ expect }) => {
      const next = seededRandom(SEED + (db.name === 'postgres' ? 1 : 0));
      // The pollers stamp their jobs by the real clock: the desk that runs them afterwards stands a day later.
      const desk = await createTestDesk(db.name, new Date(Date.now() + 86_400_000).toISOString());
      const rows = openDatabase(desk.databaseUrl, desk.dataDir);
      const mailbox = `Rounds${db.name}`;
      try {
        const ids = Array.from({ length: TOTAL }, (_, i) => `round-${i + 1}@mail.example.com`);
        await imap.append(mailbox, await Promise.all(ids.map((id, i) => mail(i + 1, id))));
        const env = pollerEnv(desk, imap, mailbox);
        const cases = async () => (await countRows(rows)).cases;
        const created: string[] = [];

        for (let round = 1; round <= ROUNDS; round++) {
          const before = await cases();
          const run = runPoller(env);
          // Kill after a random number of further cases (3 up to a share of what is left, so that the rounds,
          // with what a poller takes in between the count and the kill, never take in everything and
          // leave the last poller nothing to do), or at a random moment while it starts.
          const most = Math.max(4, Math.floor((0.6 * (TOTAL - before)) / (ROUNDS - round + 1)));
          const target = before + 3 + Math.floor(next() * (most - 2));
          if (next() < 0.2) await new Promise((r) => setTimeout(r, 200 + next() * 1500));
          else await expect.poll(cases, { timeout: 30_000, interval: 5, message: run.stderr.join('') }).toBeGreaterThanOrEqual(Math.min(target, TOTAL));
          run.kill('SIGKILL');
          expect(await run.exited, run.stderr.join('')).toMatchObject({ signal: 'SIGKILL' });
          created.push(...run.lines.filter((l) => l.startsWith('new_case ')).map((l) => l.split(' ')[2]));
        }
        expect(await cases()).toBeLessThan(TOTAL);

        const last = runPoller(env);
        await expect.poll(async () => (await imap.status(mailbox)).unseen, { timeout: 120_000, interval: 100, message: last.stderr.join('') }).toBe(0);
        last.kill('SIGTERM');
        expect(await last.exited, last.stderr.join('')).toMatchObject({ code: 0 });
        created.push(...last.lines.filter((l) => l.startsWith('new_case ')).map((l) => l.split(' ')[2]));

        expect(await countRows(rows)).toEqual({ cases: TOTAL, emails: TOTAL, distinctMessageIds: TOTAL });
        const stored = await sql<{ message_id: string }>`select message_id from emails`.execute(rows);
        expect(stored.rows.map((r) => r.message_id).sort()).toEqual([...ids].sort());
        // No message opened a case twice (a kill between a commit and its printed line loses a line, never adds one).
        expect(new Set(created).size).toBe(created.length);
        expect(created.length).toBeGreaterThanOrEqual(TOTAL - ROUNDS);

        // Every document read, every case concluded, once the jobs the intake queued have run.
        await desk.services.startJobs(2);
        await desk.services.drainJobs(180_000);
        const documents = await sql<{ status: string; n: string | number }>`select status, count(*) as n from documents group by status`.execute(rows);
        expect(Object.fromEntries(documents.rows.map((r) => [r.status, Number(r.n)]))).toEqual({ extracted: TOTAL + TOTAL / 5 });
        const statuses = await sql<{ status: string; n: string | number }>`select status, count(*) as n from cases group by status`.execute(rows);
        const byStatus = Object.fromEntries(statuses.rows.map((r) => [r.status, Number(r.n)]));
        expect(byStatus.received ?? 0).toBe(0);
        expect((byStatus.registered ?? 0) + (byStatus.needs_review ?? 0)).toBe(TOTAL);
        const pages = await sql<{ n: string | number }>`select count(*) as n from document_pages`.execute(rows);
        expect(Number(pages.rows[0].n)).toBeGreaterThanOrEqual(TOTAL / 5);
        expect((await desk.services.cases.verifyAudit()).problems).toEqual([]);
      } finally {
        await rows.destroy();
        await desk.dispose();
      }
    }, 420_000);
  }
});
