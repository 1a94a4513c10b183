/**
 * What becomes of a mail once it reaches the desk (through the real SMTP listener): every e-mail of
 * the bad-inputs corpus gets what its manifest says, a Message-ID already taken is not taken twice
 * (even when both copies arrive at once), and replies join the case they answer.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../server/auth/user';
import type { Database } from '../../server/db/database';
import { parseEmail } from '../../server/mail/parse-email.adapter';
import { caseReplyAddress } from '../../server/mail/case-reply-address';
import { insertEmail } from '../../server/mail/email.repository';
import { createSmtpMailer } from '../../server/mail/smtp-mailer.adapter';
import { startSmtpListener, type SmtpListener } from '../../server/mail/smtp-listener.adapter';
import { badInputEmails, composeMail, corpusMail, countRows, DESK_ADDRESS, openDatabase, sendRaw, uniqueId, withMessageId } from '../fixtures/email/mail';
import { addStaff, createTestDesk, DATABASES, type TestDesk } from './harness';

type Outcome = { outcome: 'new_case' | 'follow_up' | 'unverified_follow_up' | 'duplicate'; caseNumber: string | null; messageId: string };

/** What each corpus mail must keep (beyond "a case, never a throw"). */
const KEEPS: Record<string, { text?: string[]; name?: string; email?: string | null; subject?: string }> = {
  'email_no_from.eml': { text: ['skaitiklį'], email: null },
  'email_bad_boundary.eml': { text: ['prašau pakeisti karšto vandens skaitiklį'] },
  'email_1000_attachments.eml': {},
  'email_nested_rfc822_5.eml': { text: ['Kalvarijų g. 98'], email: 'ruta.j@example.com', name: 'Rūta Jankauskienė' },
  'email_base64_garbage_attachment.eml': { text: ['skaitiklį', 'Žirmūnų g. 112-45'], email: 'laima.s@example.com' },
  'email_html_xss.eml': { text: ['Šnipiškių g. 3'], name: 'Tomas <script>alert(11)</script>', subject: 'Gatvės apšvietimas <img src=x onerror=alert(12)>' },
  'email_unknown_charset_subject.eml': { text: ['prašau pakeisti karšto vandens skaitiklį', 'Žemaitienė'], email: 'v.kairys@example.com' },
  'email_windows1257_lt.eml': { text: ['Žemaitienė', 'skaitiklį'], name: 'Ona Žemaitienė', subject: 'Prašymas pakeisti karšto vandens skaitiklį' },
  'email_koi8r_ru.eml': { text: ['контейнеры'], name: 'Галина Петрова', subject: 'Жалоба: не вывозят мусор' },
  'email_truncated_25mb_attachment.eml': { text: ['skaitiklį'], email: 'algis.b@example.com' },
  'email_dup_msgid_a.eml': { text: ['gyvenamosios vietos deklaravimo pažymą'], email: 'mindaugas.vaitkus@example.com' },
  'email_dup_msgid_b.eml': {},
  'email_injection_strings.eml': {
    text: ["Robert'); DROP TABLE cases;--", "Vilniaus g. 1' OR '1'='1", '${7*7} EUR, {{7*7}} EUR, <%= 7*7 %> EUR', "{{constructor.constructor('x')()}}"],
    name: "'; DROP TABLE cases;--",
    subject: "'; DROP TABLE cases;-- {{constructor.constructor('x')()}} ${7*7}",
  },
};

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`e-mail intake rules on ${db.name}`, () => {
    // One desk per database for the whole file (a fresh PostgreSQL database costs ~0.4 s): every test
    // uses its own Message-IDs and counts by difference, so none depends on another.
    let desk: TestDesk;
    let rows: Database;
    let smtp: SmtpListener;
    let manager: Actor;
    let outcomes: Outcome[] = [];

    beforeAll(async () => {
      desk = await createTestDesk(db.name);
      rows = openDatabase(desk.databaseUrl, desk.dataDir);
      manager = await addStaff(desk, 'manager@desk.test', 'manager', null);
      smtp = await startSmtpListener({
        host: '127.0.0.1',
        port: 0,
        deskAddresses: [DESK_ADDRESS],
        maxMessageBytes: 30 * 1024 * 1024,
        onMessage: async (raw) => {
          const r = await desk.services.intake.ingestEmail(raw, 'smtp');
          outcomes.push(r);
          return r;
        },
        log: () => undefined,
      });
    });
    beforeEach(() => {
      outcomes = [];
    });
    afterAll(async () => {
      await smtp?.close();
      await rows?.destroy();
      await desk?.dispose();
    });

    async function deliver(raw: Buffer, to?: string): Promise<Outcome> {
      const sent = await sendRaw(smtp.port, raw, to);
      expect(sent.response).toMatch(/^250 /);
      return outcomes.at(-1)!;
    }

    const staffView = (number: string) => desk.services.cases.getCaseForStaff(manager, number);
    const cases = async () => (await countRows(rows)).cases;

    it('the corpus lists the e-mails this test knows', () => {
      expect(badInputEmails().map((e) => e.file).sort()).toEqual(Object.keys(KEEPS).sort());
    });

    for (const input of badInputEmails()) {
      it(`${input.file} (${input.outcome}): ${input.attack.slice(0, 80)}`, async () => {
        const raw = corpusMail(input.file);
        if (input.outcome === 'dedupe') {
          // A fresh Message-ID for the pair, so that this test does not depend on the pair's own test.
          const id = uniqueId();
          const before = await cases();
          const first = await deliver(withMessageId(corpusMail(input.pair!), id));
          const again = await deliver(withMessageId(raw, id));
          expect(first).toMatchObject({ outcome: 'new_case', messageId: id });
          expect(again).toEqual({ outcome: 'duplicate', caseNumber: first.caseNumber, messageId: id });
          expect((await cases()) - before).toBe(1);
          return;
        }

        const started = Date.now();
        const r = await deliver(raw);
        expect(Date.now() - started).toBeLessThan(15_000);
        expect(r.outcome).toBe('new_case');
        const view = await staffView(r.caseNumber!);
        const keeps = KEEPS[input.file];
        for (const t of keeps.text ?? []) expect(view.kase.body).toContain(t);
        if (keeps.name !== undefined) expect(view.petitioner.name).toBe(keeps.name);
        if (keeps.email !== undefined) expect(view.petitioner.email).toBe(keeps.email);
        if (keeps.subject !== undefined) expect(view.kase.subject).toBe(keeps.subject);

        // The original is kept byte for byte (content-addressed) under the listener's trace lines,
        // whatever else happened. SMTP ends every message with CRLF: a file that stops mid-line
        // arrives with one added.
        const original = view.documents.find((d) => d.filename === 'message.eml')!;
        const stored = fs.readFileSync(path.join(desk.dataDir, 'blobs', original.sha256.slice(0, 2), original.sha256.slice(2, 4), original.sha256));
        expect(createHash('sha256').update(stored).digest('hex')).toBe(original.sha256);
        const sent = raw.subarray(-2).toString() === '\r\n' ? raw : Buffer.concat([raw, Buffer.from('\r\n')]);
        expect(stored.subarray(stored.length - sent.length).equals(sent)).toBe(true);
        expect(stored.subarray(0, stored.length - sent.length).toString()).toMatch(/^Return-Path: <sender@example\.com>\r\nReceived: from .*\r\n\tby .*\r\n\tfor <prasymai@vilnius\.example>; .*\r\n$/);

        if (input.outcome === 'accept') {
          expect(view.kase.body.trim().length).toBeGreaterThan(20);
          expect(view.kase.body).not.toContain('\uFFFD');
        } else {
          // accept_or_reject: a case whose text or problem a clerk can read.
          const problems = [...view.documents.map((d) => d.problem), ...view.events.filter((e) => e.type === 'document_problem').map((e) => String((e.data as { problem?: string }).problem))];
          expect(view.kase.body.trim().length > 0 || problems.some(Boolean)).toBe(true);
        }

        if (input.file === 'email_1000_attachments.eml') {
          // Bounded: never 1000 documents (nor 1000 OCR jobs); what was not taken is said on the case.
          expect(view.documents.length).toBeLessThanOrEqual(21);
          const said = JSON.stringify([view.documents.map((d) => d.problem), view.events.map((e) => e.data)]);
          expect(said).toMatch(/too_many_(attachments|parts)/);
        }
        if (input.file === 'email_base64_garbage_attachment.eml' || input.file === 'email_truncated_25mb_attachment.eml') {
          // The broken attachment is kept and flagged with a reason; the mail's text still made the case.
          const attachments = view.documents.filter((d) => d.role === 'attachment');
          expect(attachments).toHaveLength(1);
          expect(attachments[0].status).toMatch(/^(rejected|failed)$/);
          expect(attachments[0].problem).toBeTruthy();
        }
        if (input.file === 'email_html_xss.eml') {
          // What a clerk sees is text; the HTML part, where rendered, is sanitised.
          expect(view.kase.body).not.toMatch(/<script|onerror|onload|javascript:/i);
          const html = (await parseEmail(raw)).html ?? '';
          expect(html).toContain('Šnipiškių g. 3');
          expect(html).not.toMatch(/<script|<iframe|<meta|<base|<img|\son\w+\s*=|javascript:|data:|expression\(|srcdoc/i);
        }
        if (input.file === 'email_injection_strings.eml') {
          // The cases table is intact: it still counts, and holds this case.
          expect(await cases()).toBeGreaterThanOrEqual(1);
        }
      });
    }

    it('a mail whose body cannot be read still keeps its sender, subject and Message-ID: a re-delivery is a duplicate', async () => {
      // 1000 parts is past mailsplit's node limit: the body is not parsed, the header block is.
      const id = uniqueId();
      const raw = withMessageId(corpusMail('email_1000_attachments.eml'), id);
      const before = await cases();
      const first = await deliver(raw);
      const view = await staffView(first.caseNumber!);
      expect(first).toMatchObject({ outcome: 'new_case', messageId: id });
      expect(view.petitioner).toMatchObject({ name: 'Petras Kazlauskas', email: 'petras.k@example.com' });
      expect(view.kase.subject).toBe('Skenuoti dokumentai (1000 lapų)');
      const relayed = Buffer.concat([Buffer.from('Received: from relay.example.net by mx.vilnius.example; Thu, 12 Mar 2026 09:20:00 +0200\r\n'), raw]);
      expect(await deliver(relayed)).toEqual({ outcome: 'duplicate', caseNumber: first.caseNumber, messageId: id });
      expect((await cases()) - before).toBe(1);
    });

    it('two copies of one message arriving at the same moment make one case', async () => {
      const id = uniqueId();
      const before = await countRows(rows);
      const sent = await Promise.all([sendRaw(smtp.port, withMessageId(corpusMail('email_dup_msgid_a.eml'), id)), sendRaw(smtp.port, withMessageId(corpusMail('email_dup_msgid_b.eml'), id))]);
      expect(sent.map((s) => s.response.replace(/VLN-\d{4}-\d{6}/, 'N')).sort()).toEqual(['250 OK already received as N', '250 OK received as N']);
      expect(outcomes.map((o) => o.outcome).sort()).toEqual(['duplicate', 'new_case']);
      expect(outcomes[0].caseNumber).toBe(outcomes[1].caseNumber);
      const after = await countRows(rows);
      expect([after.cases - before.cases, after.emails - before.emails]).toEqual([1, 1]);
    });

    it('a From naming several mailboxes, or a mailbox that is not valid, gives no reply address: so none is stored', async () => {
      const forged = [
        'Joe <joe@example.com;attacker@evil.example>',
        'Joe <joe@example.com>, attacker@evil.example',
        'Joe <joe@example.com attacker@evil.example>',
        'friends: joe@example.com, attacker@evil.example;',
      ];
      const numbers: string[] = [];
      for (const [i, from] of forged.entries()) {
        const raw = await composeMail({ from: 'placeholder@example.com', subject: `Gatvės duobė ${i}`, text: 'Kieme prie Žirmūnų g. 7 yra duobė.', messageId: `<${uniqueId()}>` });
        // MailComposer would tidy the header up: the forged one goes in byte for byte.
        const delivered = await deliver(Buffer.from(raw.toString('latin1').replace(/^From: .*$/m, `From: ${from}`), 'latin1'));
        expect(delivered.outcome).toBe('new_case');
        numbers.push(delivered.caseNumber!);
      }
      // No reply address: analysis sends such an e-mail case to review ("no_reply_address").
      for (const number of numbers) {
        const view = await staffView(number);
        expect(view.petitioner.email).toBeNull();
        expect(JSON.stringify(view.events)).not.toContain('evil.example');
      }
      const one = await parseEmail(await composeMail({ from: '"Rūta P." <Ruta@Example.lt>', subject: 's', text: 't', messageId: `<${uniqueId()}>` }));
      expect(one.from).toEqual({ name: 'Rūta P.', address: 'ruta@example.lt' });
    });

    it('outgoing mail goes to the one mailbox, handed to SMTP as a structured address', async () => {
      const recipients: string[][] = [];
      const server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['AUTH', 'STARTTLS'],
        logger: false,
        onData(stream, session, callback) {
          recipients.push(session.envelope.rcptTo.map((r) => r.address));
          stream.resume();
          stream.on('end', () => callback());
        },
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
      const port = (server.server.address() as AddressInfo).port;
      const mailer = createSmtpMailer({ host: '127.0.0.1', port, secure: false });
      const mail = { from: DESK_ADDRESS, subject: 'Atsakymas', text: 'Sveiki', messageId: uniqueId(), language: 'lt', attachments: [] };
      try {
        await expect(mailer.send({ ...mail, to: 'joe@example.com;attacker@evil.example' })).rejects.toThrow(/one valid e-mail address/);
        await expect(mailer.send({ ...mail, to: 'joe@example.com, attacker@evil.example' })).rejects.toThrow(/one valid e-mail address/);
        await mailer.send({ ...mail, to: 'Joe@Example.com' });
        expect(recipients).toEqual([['joe@example.com']]);
      } finally {
        await mailer.close();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });

    it('a reply to our own mail, or to the case reply address, joins the case as the petitioner; a case number in the subject only as unverified', async () => {
      const before = await countRows(rows);
      const first = await deliver(
        await composeMail({ from: '"Rūta Petraitienė" <ruta@example.lt>', subject: 'Duobė kieme', text: 'Kieme prie Žirmūnų g. 5 yra didelė duobė.', messageId: '<thread-a@example.lt>' }),
      );
      expect(first.outcome).toBe('new_case');
      const number = first.caseNumber!;
      const caseId = (await staffView(number)).kase.id;
      // We were waiting for information from her: only her real answer may start the clock again.
      await sql`update cases set status = 'awaiting_information' where id = ${caseId}`.execute(rows);
      // The letter the desk sent her, remembered by its Message-ID.
      await insertEmail(rows, { messageId: 'reply-1@desk.vilnius.example', direction: 'out', caseId, rawSha256: null, fromAddress: null, subject: `Dėl ${number}`, inReplyTo: null, at: new Date().toISOString() });

      // The petitioner's From and the number in the subject: anyone can write both.
      const forged = await deliver(
        await composeMail({ from: 'Ruta@Example.lt', subject: `Re: ${number} papildymas`, text: 'Prisegu nuotrauką: duobė vis didėja.', messageId: '<thread-b@example.lt>' }),
      );
      expect(forged).toMatchObject({ outcome: 'unverified_follow_up', caseNumber: number });
      expect((await staffView(number)).kase.status).toBe('awaiting_information');

      // An answer to her own first mail: its Message-ID is no secret of ours either.
      const toTheirs = await deliver(
        await composeMail({ from: 'ruta@example.lt', subject: 'Re: Duobė kieme', text: 'Ar jau kas nors buvo atvykę?', messageId: '<thread-c@example.lt>', inReplyTo: '<thread-a@example.lt>' }),
      );
      expect(toTheirs).toMatchObject({ outcome: 'unverified_follow_up', caseNumber: number });
      expect((await staffView(number)).kase.status).toBe('awaiting_information');

      // A forged tag on the reply address is just a new petition.
      const badTag = caseReplyAddress('not-the-desk-secret', caseId, DESK_ADDRESS);
      const forgedTag = await deliver(
        await composeMail({ from: 'ruta@example.lt', to: badTag, subject: 'Papildymas', text: 'Dar viena nuotrauka.', messageId: '<thread-e@example.lt>' }),
      );
      expect(forgedTag.outcome).toBe('new_case');

      // Her answer to the desk's letter: verified, and the case moves on.
      const answer = await deliver(
        await composeMail({ from: 'ruta@example.lt', subject: `Re: Dėl ${number}`, text: 'Duobė yra prie antro laiptinės įėjimo.', messageId: '<thread-f@example.lt>', inReplyTo: '<reply-1@desk.vilnius.example>' }),
      );
      expect(answer).toMatchObject({ outcome: 'follow_up', caseNumber: number });
      expect((await staffView(number)).kase.status).toBe('in_progress');

      // Sent to the case's own reply address (as Reply-To makes a mail client do): verified too.
      const replyTo = caseReplyAddress(desk.services.secret, caseId, `Petition Desk <${DESK_ADDRESS}>`);
      expect(replyTo).toMatch(/^prasymai\+[0-9a-f]{48}@vilnius\.example$/);
      const viaAddress = await deliver(
        await composeMail({ from: 'ruta@example.lt', to: replyTo, subject: 'Papildymas', text: 'Ir dar vienas vaizdas.', messageId: '<thread-g@example.lt>' }),
        replyTo,
      );
      expect(viaAddress).toMatchObject({ outcome: 'follow_up', caseNumber: number });

      // Anyone can type a number: from a stranger it is a new petition, not a message on Rūta's case.
      const stranger = await deliver(
        await composeMail({ from: 'kitas@example.com', subject: `Dėl ${number}`, text: 'Ir mano kieme duobė.', messageId: '<thread-d@example.com>' }),
      );
      expect(stranger.outcome).toBe('new_case');

      const after = await countRows(rows);
      expect([after.cases - before.cases, after.emails - before.emails]).toEqual([3, 8]);
      const view = await staffView(number);
      const text = (type: string) => view.events.filter((e) => e.type === type).map((e) => (e.data as { text: string }).text);
      expect(text('message_received')).toEqual(['Duobė yra prie antro laiptinės įėjimo.', 'Ir dar vienas vaizdas.']);
      expect(text('unverified_message_received')).toEqual(['Prisegu nuotrauką: duobė vis didėja.', 'Ar jau kas nors buvo atvykę?']);
      const unverified = view.events.filter((e) => e.type === 'unverified_message_received');
      expect(unverified.map((e) => [e.visibility, e.actorType, (e.data as { fromAddress: string }).fromAddress])).toEqual([
        ['internal', 'system', 'ruta@example.lt'],
        ['internal', 'system', 'ruta@example.lt'],
      ]);
      // Only her real answer moved the case.
      expect(view.events.filter((e) => e.type === 'status_changed').map((e) => (e.data as { reason?: string }).reason)).toEqual(['information_received']);
      // Every follow-up's raw mail is kept on the case.
      expect(view.documents.filter((d) => d.filename === 'message.eml')).toHaveLength(5);
    });
  });
}
