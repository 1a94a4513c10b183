/**
 * The SMTP listener against real clients (nodemailer, swaks, a raw socket), wired to the real
 * intake use case on SQLite (and PostgreSQL when DATABASE_URL_TEST is set).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../server/auth/user';
import { startSmtpListener, type SmtpListener } from '../../server/mail/smtp-listener.adapter';
import type { Database } from '../../server/db/database';
import { addStaff, createTestDesk, DATABASES, type TestDesk } from './harness';
import { BADINPUTS, composeMail, corpusMail, countRows, DESK_ADDRESS, fixtureMail, openDatabase, sendRaw, smtpTransport, uniqueId, withMessageId, type SentInfo } from '../fixtures/email/mail';

const LIMIT = 512 * 1024;

/** Speaks SMTP line by line: each command's complete reply (multi-line replies joined). */
async function smtpDialogue(port: number, commands: string[]): Promise<string[]> {
  const socket = net.connect(port, '127.0.0.1');
  let buffer = '';
  const waiters: ((reply: string) => void)[] = [];
  socket.on('data', (d) => {
    buffer += d.toString('utf8');
    const complete = /(^|\r\n)\d{3} [^\r\n]*\r\n$/.exec(buffer);
    if (complete && waiters.length) {
      const reply = buffer;
      buffer = '';
      waiters.shift()!(reply.trim());
    }
  });
  const next = () => new Promise<string>((resolve) => waiters.push(resolve));
  const replies = [await next()];
  for (const c of commands) {
    const reply = next();
    socket.write(`${c}\r\n`);
    replies.push(await reply);
  }
  socket.destroy();
  return replies;
}

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`SMTP intake on ${db.name}`, () => {
    // One desk and one listener per database for the file (a fresh PostgreSQL database costs seconds):
    // every test sends its own Message-IDs and counts by difference, so none depends on another.
    let desk: TestDesk;
    let smtp: SmtpListener;
    let rows: Database;
    let manager: Actor;
    let logs: string[] = [];
    let failNext = 0;

    beforeAll(async () => {
      desk = await createTestDesk(db.name);
      rows = openDatabase(desk.databaseUrl, desk.dataDir);
      manager = await addStaff(desk, 'manager@desk.test', 'manager', null);
      smtp = await startSmtpListener({
        host: '127.0.0.1',
        port: 0,
        deskAddresses: [DESK_ADDRESS, 'Skundai@Vilnius.example'],
        maxMessageBytes: LIMIT,
        onMessage: async (raw) => {
          if (failNext > 0) {
            failNext -= 1;
            throw new Error('database unavailable');
          }
          return desk.services.intake.ingestEmail(raw, 'smtp');
        },
        log: (line) => logs.push(line),
      });
    });
    beforeEach(() => {
      logs = [];
      failNext = 0;
    });
    afterAll(async () => {
      await smtp?.close();
      await rows?.destroy();
      await desk?.dispose();
    });

    const staffView = (number: string) => desk.services.cases.getCaseForStaff(manager, number);
    const counts = () => countRows(rows);

    it('a mail sent with nodemailer becomes a case with its decoded text, and 250 names the case only once it is stored', async () => {
      const transport = smtpTransport(smtp.port);
      const info: SentInfo = await transport.sendMail({
        from: '"Rūta Petraitienė" <ruta@example.lt>',
        to: DESK_ADDRESS,
        subject: 'Vandens skaitiklio keitimas',
        text: 'Prašau pakeisti vandens skaitiklį, jis praleidžia vandenį. Žirmūnų g. 5-12.',
      });
      transport.close();
      const number = /VLN-\d{4}-\d{6}/.exec(info.response)?.[0];
      expect(info.response).toMatch(/^250 OK received as VLN-2026-\d{6}$/);
      expect(info.ehlo).toEqual(expect.arrayContaining([`SIZE ${LIMIT}`]));
      expect(info.ehlo).not.toEqual(expect.arrayContaining(['STARTTLS']));
      expect(info.ehlo!.some((e: string) => e.startsWith('AUTH'))).toBe(false);
      // The reply came after the commit: the case is there the moment the client has its 250.
      const view = await staffView(number!);
      expect(view.kase).toMatchObject({ channel: 'email', subject: 'Vandens skaitiklio keitimas' });
      expect(view.kase.body).toContain('Prašau pakeisti vandens skaitiklį, jis praleidžia vandenį.');
      expect(view.petitioner).toMatchObject({ name: 'Rūta Petraitienė', email: 'ruta@example.lt' });
      expect(view.documents.map((d) => d.filename)).toContain('message.eml');
      expect(logs.some((l) => l.includes(`new_case ${number}`))).toBe(true);
    });

    it.skipIf(!fs.existsSync('/usr/bin/swaks'))('swaks delivers a koi8-r complaint through the same listener, Cyrillic intact', async () => {
      const { stdout } = await promisify(execFile)('swaks', [
        '--server', '127.0.0.1', '--port', String(smtp.port), '--helo', 'mail.example.com',
        '--from', 'galina.petrova@example.com', '--to', DESK_ADDRESS, '--data', `@${BADINPUTS}/email_koi8r_ru.eml`,
      ]);
      const number = /<-\s+250 OK received as (VLN-\d{4}-\d{6})/.exec(stdout)?.[1];
      expect(number).toBeDefined();
      const view = await staffView(number!);
      expect(view.petitioner.name).toBe('Галина Петрова');
      expect(view.kase.subject).toBe('Жалоба: не вывозят мусор');
      expect(view.kase.body).toContain('контейнеры');
    });

    it('no open relay: any recipient but the desk is refused with 550 and nothing is stored', async () => {
      const before = await counts();
      const mail = await composeMail({ from: 'spammer@example.net', subject: 'Relay?', text: 'Please relay.', messageId: `<${uniqueId()}>`, to: 'victim@example.org' });
      await expect(sendRaw(smtp.port, mail, 'victim@example.org')).rejects.toMatchObject({ responseCode: 550 });
      expect((await counts()).cases).toBe(before.cases);

      // A recipient list mixing the desk and a stranger: only the desk's copy is taken.
      const mixed = await sendRaw(smtp.port, await composeMail({ from: 'a@example.com', subject: 'Du gavėjai', text: 'Prašymas.', messageId: `<${uniqueId()}>` }), [
        DESK_ADDRESS,
        'someone@example.org',
      ]);
      expect(mixed.accepted).toEqual([DESK_ADDRESS]);
      expect(mixed.rejected).toEqual(['someone@example.org']);

      // Desk addresses match whatever the case of the letters.
      const other = await sendRaw(smtp.port, await composeMail({ from: 'b@example.com', subject: 'Skundas', text: 'Skundas.', messageId: `<${uniqueId()}>` }), 'SKUNDAI@vilnius.EXAMPLE');
      expect(other.accepted).toHaveLength(1);
      expect((await counts()).cases - before.cases).toBe(2);
      expect(logs.filter((l) => l.includes('refused RCPT'))).toHaveLength(2);
    });

    it('refuses an oversize message: announced by SIZE, refused at MAIL FROM when declared, 552 after DATA otherwise', async () => {
      const replies = await smtpDialogue(smtp.port, ['EHLO client.example', `MAIL FROM:<big@example.com> SIZE=${LIMIT + 1}`, 'QUIT']);
      expect(replies[1]).toMatch(new RegExp(`^250[- ]SIZE ${LIMIT}$`, 'm'));
      expect(replies[2]).toMatch(/^552 /);

      const before = await counts();
      const big = await composeMail({ from: 'big@example.com', subject: 'Per didelis', text: 'x'.repeat(LIMIT + 1000), messageId: `<${uniqueId()}>` });
      await expect(sendRaw(smtp.port, big)).rejects.toMatchObject({ responseCode: 552 });
      expect((await counts()).cases).toBe(before.cases);
      // The connection stays usable for the next, smaller message.
      const ok = await sendRaw(smtp.port, await composeMail({ from: 'big@example.com', subject: 'Mažesnis', text: 'Trumpas.', messageId: `<${uniqueId()}>` }));
      expect(ok.response).toMatch(/^250 /);
    });

    it('answers 451 when the message cannot be stored, so the sender retries; the retry makes one case', async () => {
      const before = await counts();
      const mail = await composeMail({ from: 'retry@example.com', subject: 'Pakartotinai', text: 'Prašymas.', messageId: `<${uniqueId()}>` });
      failNext = 1;
      await expect(sendRaw(smtp.port, mail)).rejects.toMatchObject({ responseCode: 451 });
      expect((await counts()).cases).toBe(before.cases);
      const again = await sendRaw(smtp.port, mail);
      expect(again.response).toMatch(/^250 OK received as VLN-/);
      // A sender retrying after a lost 250 (timeout) is answered, but gets no second case.
      const third = await sendRaw(smtp.port, mail);
      expect(third.response).toMatch(/^250 OK already received as VLN-/);
      const after = await counts();
      expect([after.cases - before.cases, after.emails - before.emails]).toEqual([1, 1]);
    });

    it.each([
      ['windows-1257 (Lithuanian)', () => corpusMail('email_windows1257_lt.eml'), 'Ona Žemaitienė', 'Prašymas pakeisti karšto vandens skaitiklį', ['Žemaitienė', 'skaitiklį', 'Žirmūnų g. 112-45']],
      ['koi8-r (Russian)', () => corpusMail('email_koi8r_ru.eml'), 'Галина Петрова', 'Жалоба: не вывозят мусор', ['контейнеры', 'Шевченко']],
      ['iso-8859-2 (Polish)', () => fixtureMail('email_iso8859-2_pl.eml'), 'Zofia Wiśniewska', 'Prośba o naprawę oświetlenia przy ul. Żółkiewskiego', ['Żółkiewskiego 14', 'Zażółć gęślą jaźń', 'ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż']],
    ])('decodes %s: name, subject and text intact', async (_label, raw, name, subject, words) => {
      const sent = await sendRaw(smtp.port, withMessageId(raw(), uniqueId()));
      expect(sent.response).toMatch(/^250 OK received as /);
      const number = /VLN-\d{4}-\d{6}/.exec(sent.response)![0];
      const view = await staffView(number);
      expect(view.petitioner.name).toBe(name);
      expect(view.kase.subject).toBe(subject);
      for (const w of words) expect(view.kase.body).toContain(w);
      expect(view.kase.body).not.toMatch(/\uFFFD|Ã|Ä|Å/);
    });

  });
}

/** Connects from a loopback address and reads the greeting (the reply to the connection itself). */
async function greeting(port: number, localAddress: string): Promise<{ reply: string; socket: net.Socket }> {
  const socket = net.connect({ port, host: '127.0.0.1', localAddress });
  const reply = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    socket.on('data', (d) => {
      buffer += d.toString('utf8');
      if (/\r\n$/.test(buffer)) resolve(buffer.trim());
    });
    socket.once('error', reject);
  });
  return { reply, socket };
}

describe('SMTP listener limits', () => {
  it('limits connections in all and per client address, and messages per client per window', async () => {
    let now = Date.parse('2026-03-02T08:00:00Z');
    const logs: string[] = [];
    const smtp = await startSmtpListener({
      host: '127.0.0.1',
      port: 0,
      deskAddresses: [DESK_ADDRESS],
      maxMessageBytes: LIMIT,
      maxClients: 3,
      maxClientsPerIp: 2,
      maxMessagesPerClient: { limit: 2, windowSeconds: 60 },
      now: () => now,
      onMessage: async () => ({ outcome: 'new_case', caseNumber: null }),
      log: (line) => logs.push(line),
    });
    const open: net.Socket[] = [];
    try {
      const a1 = await greeting(smtp.port, '127.0.0.1');
      const a2 = await greeting(smtp.port, '127.0.0.1');
      const a3 = await greeting(smtp.port, '127.0.0.1');
      open.push(a1.socket, a2.socket, a3.socket);
      expect([a1.reply, a2.reply].map((r) => r.slice(0, 3))).toEqual(['220', '220']);
      expect(a3.reply).toMatch(/^421 .*too many connections from your address/);

      // Another address still gets in, until the listener as a whole is full.
      const b1 = await greeting(smtp.port, '127.0.0.2');
      open.push(b1.socket);
      expect(b1.reply).toMatch(/^220 /);
      const c1 = await greeting(smtp.port, '127.0.0.3');
      open.push(c1.socket);
      expect(c1.reply).toMatch(/^421 .*Too many connected clients/);

      // A closed connection frees its place.
      a1.socket.destroy();
      c1.socket.destroy();
      a3.socket.destroy();
      await new Promise((r) => setTimeout(r, 200));
      const a4 = await greeting(smtp.port, '127.0.0.1');
      open.push(a4.socket);
      expect(a4.reply).toMatch(/^220 /);
      a4.socket.destroy();
      a2.socket.destroy();
      b1.socket.destroy();
      await new Promise((r) => setTimeout(r, 200));

      const mail = ['EHLO client.example', 'MAIL FROM:<a@example.com>', 'RSET', 'MAIL FROM:<a@example.com>', 'RSET', 'MAIL FROM:<a@example.com>'];
      const replies = await smtpDialogue(smtp.port, mail);
      expect(replies.slice(2).map((r) => r.slice(0, 3))).toEqual(['250', '250', '250', '250', '450']);
      expect(replies.at(-1)).toMatch(/too many messages from your address, try again in 60 seconds/);
      now += 61_000;
      const later = await smtpDialogue(smtp.port, ['EHLO client.example', 'MAIL FROM:<a@example.com>']);
      expect(later.at(-1)).toMatch(/^250 /);
      expect(logs.some((l) => l.includes('refused a connection'))).toBe(true);
    } finally {
      for (const s of open) s.destroy();
      await smtp.close();
    }
  });
});
