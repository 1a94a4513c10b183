import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { createServices } from '../../server/services';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`replies on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
    });
    afterEach(async () => desk.dispose());

    it('drafts from a template in the reply language, sanitises edits, signs, e-mails and answers the case', async () => {
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const catcher = await desk.services.startMailCatcher();
      expect(catcher).not.toBeNull();
      const r = await desk.services.cases.registerPetition({ ...samplePetition, language: 'ru', petitioner: { ...samplePetition.petitioner, name: 'Ольга Смирнова' } });
      const templates = await desk.services.replies.listReplyTemplates(clerk, r.number);
      expect(templates.map((t) => t.id)).toEqual(expect.arrayContaining(['water-meter-replacement', 'decision-positive']));
      expect(templates.map((t) => t.id)).not.toContain('heating-season');

      const id = await desk.services.replies.startReply(clerk, r.number, 'water-meter-replacement');
      const draft = await desk.services.replies.getReplyForEditing(clerk, id);
      expect(draft.reply.language).toBe('ru');
      expect(draft.reply.bodyHtml).toContain('Уважаем');
      expect(draft.reply.bodyHtml).toContain(r.number);

      const edited = draft.reply.bodyHtml.replace(/<strong>\[[^\]]*\]<\/strong>/g, '15 марта 2026 г.') + '<p onclick="alert(1)">Дополнение<script>alert(2)</script></p>';
      await desk.services.replies.saveReplyDraft(clerk, id, { subject: draft.reply.subject, bodyHtml: edited });
      const saved = await desk.services.replies.getReplyForEditing(clerk, id);
      expect(saved.reply.bodyHtml).toContain('<p>Дополнение</p>');
      expect(saved.reply.bodyHtml).not.toMatch(/script|onclick/);

      const preview = await desk.services.replies.previewReply(clerk, id);
      expect(Buffer.from(preview.subarray(0, 5)).toString()).toBe('%PDF-');

      const sent = await desk.services.replies.signAndSendReply(clerk, id);
      expect(sent.emailed).toBe(true);
      const view = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(view.kase.status).toBe('answered');
      const doc = view.documents.find((d) => d.role === 'reply')!;
      const file = path.join(desk.dataDir, 'reply.pdf');
      const stream = await desk.services.cases.readCaseDocument(clerk, doc.id);
      const chunks: Buffer[] = [];
      for await (const c of stream.body) chunks.push(c as Buffer);
      fs.writeFileSync(file, Buffer.concat(chunks));
      const pdfsig = execFileSync('pdfsig', [file], { encoding: 'utf8' });
      expect(pdfsig).toContain('Signature is Valid');
      expect(pdfsig).toContain('ETSI.CAdES.detached');
      // The letter the resident receives is signed by the same path as `desk letter`: one signature
      // over the whole file, SHA-256, in the letter's signature field.
      expect(pdfsig.match(/^Signature #\d+:/gm)).toHaveLength(1);
      expect(pdfsig).toContain('Total document signed');
      expect(pdfsig).toContain('Signing Hash Algorithm: SHA-256');
      expect(pdfsig).toContain('Signature Field Name: LetterSignature');
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Дополнение');
      expect(text).toContain(r.number);
      // The e-mail really went out through SMTP, with the signed PDF attached.
      const outbox = fs.readdirSync(catcher!.dir);
      expect(outbox).toHaveLength(1);
      const mail = fs.readFileSync(path.join(catcher!.dir, outbox[0]), 'utf8');
      expect(mail).toContain('test@example.pl');
      expect(mail).toMatch(/Content-Type: application\/pdf/i);
      // The resident's answer goes to the case's own reply address, which threads back as theirs.
      expect(mail).toMatch(/^Reply-To:\s+[^\s@]+\+[0-9a-f]{48}@/im);
      // The resident sees the reply and can download it (as the status page offers).
      const pub = await desk.services.cases.trackCase({ number: r.number, code: r.trackingCode, clientKey: 'r' });
      expect(pub.status).toBe('answered');
      expect(pub.replies).toHaveLength(1);
      const forResident = await desk.services.cases.readReplyForResident(r.number, pub.replies[0].id);
      expect(forResident.bytes.equals(Buffer.concat(chunks))).toBe(true);
      await expect(desk.services.cases.readReplyForResident('VLN-2026-999999', pub.replies[0].id)).rejects.toMatchObject({ code: 'not_found' });
      expect((await desk.services.cases.verifyAudit()).problems).toEqual([]);
    });

    it('with the four-eyes rule a manager approves before the clerk signs', async () => {
      const admin = await addStaff(desk, 'a@desk.test', 'admin', null);
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const manager = await addStaff(desk, 'm@desk.test', 'manager', null);
      const water = (await desk.services.departments.listDepartments()).find((d) => d.id === 'water')!;
      await desk.services.departments.updateDepartment(admin, 'water', { legalName: water.legalName, names: water.names, email: water.email, active: true, fourEyes: true });
      const r = await desk.services.cases.registerPetition({ ...samplePetition, petitioner: { ...samplePetition.petitioner, email: null } });
      const id = await desk.services.replies.startReply(clerk, r.number, 'acknowledgement');
      await expect(desk.services.replies.signAndSendReply(clerk, id)).rejects.toMatchObject({ code: 'conflict' });
      await desk.services.replies.requestReplyApproval(clerk, id);
      await expect(desk.services.replies.approveReply(clerk, id, true)).rejects.toMatchObject({ code: 'forbidden' });
      await desk.services.replies.approveReply(manager, id, true);
      const sent = await desk.services.replies.signAndSendReply(clerk, id);
      expect(sent.emailed).toBe(false);
      const view = await desk.services.cases.getCaseForStaff(clerk, r.number);
      // An acknowledgement does not answer the case.
      expect(view.kase.status).toBe('registered');
      expect(view.events.map((e) => e.type)).toEqual(expect.arrayContaining(['reply_drafted', 'reply_approved', 'reply_sent']));
    });

    it('a manager returns a reply only with a comment, which its author reads in the editor with who returned it', async () => {
      await fourEyesWater();
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const manager = await addStaff(desk, 'm@desk.test', 'manager', null);
      const r = await desk.services.cases.registerPetition({ ...samplePetition, petitioner: { ...samplePetition.petitioner, email: null } });
      const id = await desk.services.replies.startReply(clerk, r.number, 'acknowledgement');
      await desk.services.replies.requestReplyApproval(clerk, id);
      await expect(desk.services.replies.approveReply(manager, id, false, '  ')).rejects.toMatchObject({ code: 'invalid_input', i18nKey: 'reply.returnCommentRequired' });
      expect((await desk.services.replies.getReplyForEditing(clerk, id)).reply.status).toBe('awaiting_approval');
      await desk.services.replies.approveReply(manager, id, false, 'Name the street.');
      const back = await desk.services.replies.getReplyForEditing(clerk, id);
      expect(back.reply.status).toBe('draft');
      expect(back.returned).toEqual({ comment: 'Name the street.', byName: 'Staff m' });
      // Asked again and approved: the comment no longer shows.
      await desk.services.replies.requestReplyApproval(clerk, id);
      await desk.services.replies.approveReply(manager, id, true);
      expect((await desk.services.replies.getReplyForEditing(clerk, id)).returned).toBeNull();
    });

    async function fourEyesWater() {
      const admin = await addStaff(desk, 'a@desk.test', 'admin', null);
      const water = (await desk.services.departments.listDepartments()).find((d) => d.id === 'water')!;
      await desk.services.departments.updateDepartment(admin, 'water', { legalName: water.legalName, names: water.names, email: water.email, active: true, fourEyes: true });
      return admin;
    }

    it('four eyes are two people: neither the author nor whoever asked for the approval can approve', async () => {
      const admin = await fourEyesWater();
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const manager = await addStaff(desk, 'm@desk.test', 'manager', null);
      const other = await addStaff(desk, 'm2@desk.test', 'manager', null);
      const r = await desk.services.cases.registerPetition({ ...samplePetition, petitioner: { ...samplePetition.petitioner, email: null } });

      // A manager's own reply.
      const own = await desk.services.replies.startReply(manager, r.number, 'acknowledgement');
      await desk.services.replies.requestReplyApproval(manager, own);
      expect((await desk.services.replies.getReplyForEditing(manager, own)).canApprove).toBe(false);
      await expect(desk.services.replies.approveReply(manager, own, true)).rejects.toMatchObject({ code: 'forbidden', i18nKey: 'reply.ownApproval' });
      await expect(desk.services.replies.signAndSendReply(manager, own)).rejects.toMatchObject({ code: 'conflict' });
      // An admin is no exception.
      const admins = await desk.services.replies.startReply(admin, r.number, 'acknowledgement');
      await desk.services.replies.requestReplyApproval(admin, admins);
      await expect(desk.services.replies.approveReply(admin, admins, true)).rejects.toMatchObject({ code: 'forbidden', i18nKey: 'reply.ownApproval' });

      // A clerk's reply that a manager sent for approval: that manager may not approve it either.
      const clerks = await desk.services.replies.startReply(clerk, r.number, 'acknowledgement');
      await desk.services.replies.requestReplyApproval(manager, clerks);
      await expect(desk.services.replies.approveReply(manager, clerks, true)).rejects.toMatchObject({ code: 'forbidden', i18nKey: 'reply.ownApproval' });

      // Someone else may, and then it is signed.
      expect((await desk.services.replies.getReplyForEditing(other, own)).canApprove).toBe(true);
      await desk.services.replies.approveReply(other, own, true);
      await desk.services.replies.approveReply(other, clerks, true);
      await desk.services.replies.signAndSendReply(manager, own);
      await desk.services.replies.signAndSendReply(clerk, clerks);
      const view = await desk.services.cases.getCaseForStaff(admin, r.number);
      expect(view.events.filter((e) => e.type === 'reply_approved')).toHaveLength(2);
      expect(view.events.filter((e) => e.type === 'reply_sent')).toHaveLength(2);
    });

    async function signableReply() {
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const r = await desk.services.cases.registerPetition(samplePetition);
      const id = await desk.services.replies.startReply(clerk, r.number, 'acknowledgement');
      const draft = await desk.services.replies.getReplyForEditing(clerk, id);
      expect(draft.unfilled).toEqual([]);
      return { clerk, r, id };
    }

    async function sentOnce(clerk: Awaited<ReturnType<typeof signableReply>>['clerk'], number: string, outbox: string) {
      const view = await desk.services.cases.getCaseForStaff(clerk, number);
      expect(view.events.filter((e) => e.type === 'reply_sent')).toHaveLength(1);
      expect(view.documents.filter((d) => d.role === 'reply')).toHaveLength(1);
      expect(fs.readdirSync(outbox)).toHaveLength(1);
      const [reply] = await desk.services.replies.listCaseReplies(clerk, number);
      expect(reply).toMatchObject({ status: 'sent', delivery: 'email' });
      expect((await desk.services.cases.verifyAudit()).problems).toEqual([]);
      return { view, reply };
    }

    it('signs, e-mails and records a reply once, however many sign requests arrive at the same time', async () => {
      const catcher = (await desk.services.startMailCatcher())!;
      const { clerk, r, id } = await signableReply();
      const results = await Promise.allSettled([1, 2, 3].map(() => desk.services.replies.signAndSendReply(clerk, id)));
      expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
      for (const x of results.filter((x): x is PromiseRejectedResult => x.status === 'rejected')) expect(x.reason).toMatchObject({ code: 'conflict' });
      // A late double click is refused too.
      await expect(desk.services.replies.signAndSendReply(clerk, id)).rejects.toMatchObject({ code: 'conflict' });
      const { view, reply } = await sentOnce(clerk, r.number, catcher.dir);
      expect(reply.documentId).toBe(view.documents.find((d) => d.role === 'reply')!.id);
    });

    it('finishes a sending cut short after the letter was signed from that letter, sending it once', async () => {
      const catcher = (await desk.services.startMailCatcher())!;
      const { clerk, r, id } = await signableReply();
      // A relay that takes the connection and never answers: the sending desk stops right after
      // the signed letter was stored, as if its process had died there.
      const sockets: net.Socket[] = [];
      const silent = net.createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const stuckDesk = createServices(
        loadConfig({ DATABASE_URL: desk.databaseUrl, DATA_DIR: desk.dataDir, NODE_ENV: 'test', OUTGOING_SMTP_HOST: '127.0.0.1', OUTGOING_SMTP_PORT: String((silent.address() as net.AddressInfo).port) }),
        { clock: desk.clock },
      );
      try {
        const stuck = stuckDesk.replies.signAndSendReply(clerk, id);
        stuck.catch(() => undefined);
        await expect.poll(() => sockets.length, { timeout: 15_000 }).toBe(1);
        const [signing] = await desk.services.replies.listCaseReplies(clerk, r.number);
        expect(signing.status).toBe('signing');
        expect(signing.signedSha256).toMatch(/^[0-9a-f]{64}$/);
        // The editor still offers to sign it, so that a sending cut short can be finished.
        expect((await desk.services.replies.getReplyForEditing(clerk, id)).canSign).toBe(true);
        // While it may still be at work nobody else signs.
        await expect(desk.services.replies.signAndSendReply(clerk, id)).rejects.toMatchObject({ code: 'conflict', i18nKey: 'reply.alreadySigning' });

        // Later the claim is stale: another request finishes it, with the letter already signed.
        desk.clock.set(new Date(desk.clock.now().getTime() + 11 * 60_000));
        const sent = await desk.services.replies.signAndSendReply(clerk, id);
        expect(sent.emailed).toBe(true);
        const { view } = await sentOnce(clerk, r.number, catcher.dir);
        const doc = view.documents.find((d) => d.role === 'reply')!;
        expect(doc.sha256).toBe(signing.signedSha256);

        // The stalled request wakes up: it no longer holds the reply and records nothing.
        for (const socket of sockets) socket.destroy();
        await expect(stuck).rejects.toMatchObject({ code: 'conflict' });
        await sentOnce(clerk, r.number, catcher.dir);
      } finally {
        for (const socket of sockets) socket.destroy();
        await stuckDesk.close();
        await new Promise((resolve) => silent.close(resolve));
      }
    });
  });
}
