/**
 * The IMAP poller against a real Dovecot (started by the test on a loopback port), wired to the
 * real intake use case on SQLite (and PostgreSQL when DATABASE_URL_TEST is set).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../server/auth/user';
import type { Database } from '../../server/db/database';
import { startImapPoller, TOO_LARGE_KEYWORD, type ImapPoller, type ImapPollerOptions } from '../../server/mail/imap-poller.adapter';
import { dovecotAvailable, startDovecot, type TestImapServer } from '../fixtures/dovecot/dovecot';
import { loadConfig } from '../../server/config';
import { startEmailChannels } from '../../server/mail/email-channels';
import { composeMail, corpusMail, countRows, fixtureMail, openDatabase, sendRaw, uniqueId, withMessageId } from '../fixtures/email/mail';
import { addStaff, createTestDesk, DATABASES, type TestDesk } from './harness';

let imap: TestImapServer;
let mailboxes = 0;

beforeAll(async () => {
  if (dovecotAvailable()) imap = await startDovecot();
});
afterAll(async () => imap?.stop());

for (const db of DATABASES) {
  describe.skipIf(!db.available || !dovecotAvailable())(`IMAP intake on ${db.name}`, () => {
    // One desk per database for the file (a fresh PostgreSQL database costs seconds); every test has
    // its own mailbox and Message-IDs and counts by difference, so none depends on another.
    let desk: TestDesk;
    let rows: Database;
    let manager: Actor;
    let mailbox: string;
    let logs: string[];
    let before: { cases: number; emails: number; distinctMessageIds: number };
    const pollers: ImapPoller[] = [];

    beforeAll(async () => {
      desk = await createTestDesk(db.name);
      rows = openDatabase(desk.databaseUrl, desk.dataDir);
      manager = await addStaff(desk, 'manager@desk.test', 'manager', null);
    });
    afterAll(async () => {
      await rows?.destroy();
      await desk?.dispose();
    });
    beforeEach(async () => {
      mailbox = `Desk${db.name}${++mailboxes}`;
      logs = [];
      before = await countRows(rows);
    });
    afterEach(async () => {
      await Promise.all(pollers.splice(0).map((p) => p.stop()));
    });
    /** What this test added. */
    async function added() {
      const now = await countRows(rows);
      return { cases: now.cases - before.cases, emails: now.emails - before.emails, distinctMessageIds: now.distinctMessageIds - before.distinctMessageIds };
    }

    function poller(overrides: Partial<ImapPollerOptions> = {}): ImapPoller {
      const p = startImapPoller({
        host: imap.host,
        port: imap.port,
        secure: false,
        user: imap.user,
        password: imap.password,
        mailbox,
        intervalMs: 0,
        onMessage: (raw) => desk.services.intake.ingestEmail(raw, 'imap'),
        log: (line) => logs.push(line),
        ...overrides,
      });
      pollers.push(p);
      return p;
    }

    const staffView = (number: string) => desk.services.cases.getCaseForStaff(manager, number);
    const fresh = (raw: Buffer) => withMessageId(raw, uniqueId());

    it('messages in the mailbox become cases with their text, are marked \\Seen, and a second poll takes nothing', async () => {
      await imap.append(mailbox, [fresh(corpusMail('email_windows1257_lt.eml')), fresh(corpusMail('email_koi8r_ru.eml')), fresh(fixtureMail('email_iso8859-2_pl.eml'))]);
      // Mail a person already read in the mail client is not ours to take again.
      await imap.append(mailbox, [await composeMail({ from: 'old@example.com', subject: 'Seni laiškai', text: 'Jau perskaitytas.', messageId: `<${uniqueId()}>` })], ['\\Seen']);
      expect(await imap.status(mailbox)).toEqual({ messages: 4, unseen: 3 });

      const p = poller();
      expect(await p.pollOnce()).toEqual({ taken: 3 });
      expect(await imap.status(mailbox)).toEqual({ messages: 4, unseen: 0 });
      expect(await p.pollOnce()).toEqual({ taken: 0 });
      expect(await added()).toMatchObject({ cases: 3, emails: 3 });

      const numbers = logs.map((l) => /new_case (VLN-\d{4}-\d{6})/.exec(l)?.[1]).filter(Boolean) as string[];
      expect(numbers).toHaveLength(3);
      const views = await Promise.all(numbers.map(staffView));
      expect(views.map((v) => v.petitioner.name)).toEqual(['Ona Žemaitienė', 'Галина Петрова', 'Zofia Wiśniewska']);
      expect(views[0].kase.body).toContain('skaitiklį');
      expect(views[0].kase.body).toContain('Žemaitienė');
      expect(views[1].kase.body).toContain('контейнеры');
      expect(views[2].kase.body).toContain('Zażółć gęślą jaźń');
      for (const v of views) expect(v.kase.channel).toBe('email');
    });

    it('with a processed mailbox, every message is taken and moved there', async () => {
      const processed = `${mailbox}-done`;
      await imap.append(mailbox, [
        await composeMail({ from: 'a@example.com', subject: 'Pirmas', text: 'Pirmas prašymas.', messageId: `<${uniqueId()}>` }),
        await composeMail({ from: 'b@example.com', subject: 'Antras', text: 'Antras prašymas.', messageId: `<${uniqueId()}>` }),
      ], ['\\Seen']);
      const p = poller({ processedMailbox: processed });
      expect(await p.pollOnce()).toEqual({ taken: 2 });
      expect(await imap.status(mailbox)).toMatchObject({ messages: 0 });
      expect(await imap.status(processed)).toMatchObject({ messages: 2 });
      expect(await p.pollOnce()).toEqual({ taken: 0 });
      expect((await added()).cases).toBe(2);
    });

    it('marks a message only after it is stored: a failure leaves it and the rest for the next poll, in order', async () => {
      await imap.append(mailbox, [1, 2, 3].map((i) => `From: r${i}@example.com\r\nTo: prasymai@vilnius.example\r\nSubject: Nr. ${i}\r\nMessage-ID: <order-${i}@example.com>\r\n\r\nPrašymas ${i}.\r\n`));
      let failures = 1;
      const seen: string[] = [];
      const p = poller({
        onMessage: async (raw) => {
          const subject = /Subject: (.*)\r\n/.exec(raw.toString())![1];
          seen.push(subject);
          if (subject === 'Nr. 2' && failures-- > 0) throw new Error('database unavailable');
          return desk.services.intake.ingestEmail(raw, 'imap');
        },
      });
      await expect(p.pollOnce()).rejects.toThrow('database unavailable');
      // Fetching did not mark anything: only the stored one is \Seen.
      expect(await imap.status(mailbox)).toEqual({ messages: 3, unseen: 2 });
      expect(await p.pollOnce()).toEqual({ taken: 2 });
      expect(seen).toEqual(['Nr. 1', 'Nr. 2', 'Nr. 2', 'Nr. 3']);
      expect(await imap.status(mailbox)).toEqual({ messages: 3, unseen: 0 });
      expect(await added()).toMatchObject({ cases: 3, distinctMessageIds: 3 });
    });

    it('leaves a message over the size limit in the mailbox, flagged for a person, and does not try it again', async () => {
      await imap.append(mailbox, [
        await composeMail({ from: 'big@example.com', subject: 'Didelis', text: 'x'.repeat(20_000), messageId: `<${uniqueId()}>` }),
        await composeMail({ from: 'small@example.com', subject: 'Mažas', text: 'Trumpas prašymas.', messageId: `<${uniqueId()}>` }),
      ]);
      const p = poller({ maxMessageBytes: 10_000 });
      expect(await p.pollOnce()).toEqual({ taken: 1 });
      expect(await p.pollOnce()).toEqual({ taken: 0 });
      expect(logs.filter((l) => l.includes(TOO_LARGE_KEYWORD))).toHaveLength(1);
      const c = await imap.client();
      try {
        await c.mailboxOpen(mailbox);
        const flags = (await c.fetchAll('1:*', { uid: true, flags: true })).map((m) => [...(m.flags ?? [])].sort());
        expect(flags).toEqual([[TOO_LARGE_KEYWORD], ['\\Seen']]);
      } finally {
        await c.logout();
      }
      expect((await added()).cases).toBe(1);
    });

    it('a re-delivery through the other channel is a duplicate: one case', async () => {
      const id = uniqueId();
      const first = await desk.services.intake.ingestEmail(withMessageId(corpusMail('email_dup_msgid_a.eml'), id), 'smtp');
      await imap.append(mailbox, [withMessageId(corpusMail('email_dup_msgid_b.eml'), id)]);
      expect(await poller().pollOnce()).toEqual({ taken: 1 });
      expect(logs.some((l) => l.includes(`duplicate ${first.caseNumber}`))).toBe(true);
      expect(await added()).toMatchObject({ cases: 1, emails: 1 });
      expect(await imap.status(mailbox)).toMatchObject({ unseen: 0 });
    });

    it('both channels start from the configuration (the keys of config.ts) and feed the same desk', async () => {
      const config = loadConfig({
        DATABASE_URL: desk.databaseUrl,
        DATA_DIR: desk.dataDir,
        SMTP_PORT: '0',
        DESK_ADDRESSES: 'prasymai@vilnius.example, skundai@vilnius.example',
        IMAP_HOST: imap.host,
        IMAP_PORT: String(imap.port),
        IMAP_SECURE: 'false',
        IMAP_USER: imap.user,
        IMAP_PASSWORD: imap.password,
        IMAP_MAILBOX: mailbox,
        IMAP_PROCESSED_MAILBOX: `${mailbox}-taken`,
        IMAP_POLL_SECONDS: '3600',
      });
      await imap.append(mailbox, [await composeMail({ from: 'i@example.com', subject: 'Per IMAP', text: 'Prašymas per IMAP.', messageId: `<${uniqueId()}>` })]);
      const channels = await startEmailChannels({ ...config.mail, maxEmailBytes: config.limits.maxEmailBytes }, desk.services.intake.ingestEmail, (l) => logs.push(l));
      try {
        await sendRaw(channels.smtpPort!, await composeMail({ from: 's@example.com', subject: 'Per SMTP', text: 'Prašymas per SMTP.', messageId: `<${uniqueId()}>` }), 'skundai@vilnius.example');
        await expect.poll(async () => (await added()).cases, { timeout: 5000, interval: 50 }).toBe(2);
        expect(await imap.status(`${mailbox}-taken`)).toMatchObject({ messages: 1 });
        expect(await channels.pollOnce!()).toEqual({ taken: 0 });
      } finally {
        await channels.close();
      }
    });

    it('polls on its own, takes new mail as it arrives, and stops cleanly', async () => {
      poller({ intervalMs: 200 });
      await imap.append(mailbox, [await composeMail({ from: 'auto@example.com', subject: 'Savaime', text: 'Prašymas.', messageId: `<${uniqueId()}>` })]);
      await expect.poll(async () => (await added()).cases, { timeout: 5000, interval: 50 }).toBe(1);
      await imap.append(mailbox, [await composeMail({ from: 'auto@example.com', subject: 'Dar vienas', text: 'Antras.', messageId: `<${uniqueId()}>` })]);
      await expect.poll(async () => (await added()).cases, { timeout: 5000, interval: 50 }).toBe(2);
    });
  });
}

describe.skipIf(!dovecotAvailable())('IMAP poller when the server fails', () => {
  it('never crashes: it logs, backs off, reconnects to a restarted server and takes the mail waiting there', async () => {
    const logs: string[] = [];
    const taken: string[] = [];
    let server = await startDovecot();
    const port = server.port;
    const p = startImapPoller({
      host: server.host,
      port,
      secure: false,
      user: server.user,
      password: server.password,
      intervalMs: 100,
      maxBackoffMs: 400,
      onMessage: async (raw) => {
        taken.push(/Message-ID: <(.*)>/i.exec(raw.toString())![1]);
        return { outcome: 'new_case', caseNumber: null };
      },
      log: (line) => logs.push(line),
    });
    try {
      await server.append('INBOX', [await composeMail({ from: 'a@example.com', subject: 'Prieš', text: '1', messageId: '<before@example.com>' })]);
      await expect.poll(() => taken, { timeout: 5000, interval: 50 }).toEqual(['before@example.com']);

      await server.stop();
      await expect.poll(() => logs.filter((l) => l.includes('poll failed')).length, { timeout: 5000, interval: 50 }).toBeGreaterThanOrEqual(2);

      server = await startDovecot({ port });
      await server.append('INBOX', [await composeMail({ from: 'b@example.com', subject: 'Po', text: '2', messageId: '<after@example.com>' })]);
      await expect.poll(() => taken, { timeout: 10_000, interval: 50 }).toEqual(['before@example.com', 'after@example.com']);
      await expect.poll(() => logs.some((l) => l.includes('working again')), { timeout: 2000, interval: 20 }).toBe(true);
    } finally {
      await p.stop();
      await server.stop();
    }
  });
});
