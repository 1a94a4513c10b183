import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
  });
}
