/**
 * Replies by post: a postal case's signed letter is not e-mailed but put on the registry's
 * dispatch list; the list prints as one PDF of the letters in order; posting is recorded once, on
 * the trail, and the resident's status page says when it went. Other departments see none of it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PetitionToRegister } from '../../server/intake/register-petition';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

const postal: PetitionToRegister = { ...samplePetition, channel: 'letter', petitioner: { ...samplePetition.petitioner, email: null, address: 'Ukmergės g. 241-87, LT-09214 Vilnius' } };

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`postal dispatch on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
    });
    afterEach(async () => desk.dispose());

    /** The tracking code an acknowledgement by post carries (a new one: it replaced the registration's). */
    async function codeInLetter(clerk: Awaited<ReturnType<typeof addStaff>>, number: string): Promise<string> {
      const view = await desk.services.cases.getCaseForStaff(clerk, number);
      const doc = view.documents.find((d) => d.role === 'reply')!;
      const chunks: Buffer[] = [];
      for await (const c of (await desk.services.cases.readCaseDocument(clerk, doc.id)).body) chunks.push(c as Buffer);
      const file = `${desk.dataDir}/${number}.pdf`;
      fs.writeFileSync(file, Buffer.concat(chunks));
      const letterText = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      const code = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}(?:-[0-9A-Z]{4})*/.exec(letterText)?.[0];
      if (!code) throw new Error(`no tracking code in the letter of ${number}`);
      return code;
    }

    async function signedReply(clerk: Awaited<ReturnType<typeof addStaff>>, petition: PetitionToRegister) {
      const r = await desk.services.cases.registerPetition(petition);
      const id = await desk.services.replies.startReply(clerk, r.number, 'acknowledgement');
      const sent = await desk.services.replies.signAndSendReply(clerk, id);
      return { r, id, sent };
    }

    it('an acknowledgement by post carries a new tracking code, which then opens the status page (and the old one does not)', async () => {
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const { r, sent } = await signedReply(clerk, postal);
      expect(sent.delivery).toBe('post');
      const view = await desk.services.cases.getCaseForStaff(clerk, r.number);
      const code = await codeInLetter(clerk, r.number);
      expect(await desk.services.cases.trackCase({ number: r.number, code: code!, clientKey: 'resident' })).toMatchObject({ number: r.number });
      await expect(desk.services.cases.trackCase({ number: r.number, code: r.trackingCode, clientKey: 'resident' })).rejects.toMatchObject({ code: 'not_found' });
      expect(view.events.filter((e) => e.type === 'tracking_code_reissued')).toHaveLength(1);
      expect(JSON.stringify(view.events)).not.toContain(code!);
      // An acknowledgement by e-mail carries none: the resident got the code on the web form.
      const byEmail = await signedReply(clerk, samplePetition);
      expect((await desk.services.cases.getCaseForStaff(clerk, byEmail.r.number)).events.filter((e) => e.type === 'tracking_code_reissued')).toHaveLength(0);
      // Nor one whose petitioner already holds a receipt: that code must keep working.
      const withReceipt = await desk.services.cases.registerPetition(postal);
      const receipt = await desk.services.receipts.printReceipt(clerk, withReceipt.number, { paper: 'A4', siteUrl: 'https://desk.example' });
      expect(receipt.number).toBe(withReceipt.number);
      const ackId = await desk.services.replies.startReply(clerk, withReceipt.number, 'acknowledgement');
      await desk.services.replies.signAndSendReply(clerk, ackId);
      expect((await desk.services.cases.getCaseForStaff(clerk, withReceipt.number)).events.filter((e) => e.type === 'tracking_code_reissued')).toHaveLength(1);
    });

    it('queues a postal letter for dispatch, prints the list as one PDF, records posting once, and tells the resident', async () => {
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const heatingClerk = await addStaff(desk, 'c@heating.test', 'clerk', 'heating');
      const registry = await addStaff(desk, 'r@desk.test', 'registry', null);
      const catcher = await desk.services.startMailCatcher();

      const first = await signedReply(clerk, postal);
      desk.clock.set('2026-03-02T09:01:00Z');
      const second = await signedReply(clerk, { ...postal, petitioner: { ...postal.petitioner, name: 'Antra Gyventoja' } });
      const byEmail = await signedReply(clerk, samplePetition);
      expect(first.sent).toMatchObject({ emailed: false, delivery: 'post' });
      expect(byEmail.sent).toMatchObject({ emailed: true, delivery: 'email' });
      // Only the e-mail case's letter went out by e-mail.
      expect(fs.readdirSync(catcher!.dir)).toHaveLength(1);

      const list = await desk.services.replies.listPostalDispatch(registry);
      expect(list.mayPost).toBe(true);
      expect(list.items.map((i) => i.replyId)).toEqual([first.id, second.id]);
      expect(list.items[0]).toMatchObject({ caseNumber: first.r.number, petitionerName: 'Test Mieszkaniec', address: 'Ukmergės g. 241-87, LT-09214 Vilnius', postedOn: null });

      // One PDF, the letters' pages in list order.
      const merged = await PDFDocument.load(await desk.services.replies.dispatchPdf(registry));
      const pagesOf = async (number: string) => {
        const view = await desk.services.cases.getCaseForStaff(clerk, number);
        const doc = view.documents.find((d) => d.role === 'reply')!;
        const chunks: Buffer[] = [];
        for await (const c of (await desk.services.cases.readCaseDocument(clerk, doc.id)).body) chunks.push(c as Buffer);
        return (await PDFDocument.load(Buffer.concat(chunks))).getPageCount();
      };
      expect(merged.getPageCount()).toBe((await pagesOf(first.r.number)) + (await pagesOf(second.r.number)));
      const reversed = await PDFDocument.load(await desk.services.replies.dispatchPdf(registry, [second.id]));
      expect(reversed.getPageCount()).toBe(await pagesOf(second.r.number));

      // Another department's clerk sees nothing and posts nothing; a clerk of the case may look, not post.
      expect((await desk.services.replies.listPostalDispatch(heatingClerk)).items).toEqual([]);
      await expect(desk.services.replies.recordPosted(heatingClerk, first.id, { postedOn: '2026-03-02' })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(desk.services.replies.dispatchPdf(heatingClerk)).rejects.toMatchObject({ code: 'forbidden' });
      expect((await desk.services.replies.listPostalDispatch(clerk)).items).toHaveLength(2);
      await expect(desk.services.replies.recordPosted(clerk, first.id, { postedOn: '2026-03-02' })).rejects.toMatchObject({ code: 'forbidden' });
      // The e-mailed letter is not the registry's to post.
      await expect(desk.services.replies.recordPosted(registry, byEmail.id, { postedOn: '2026-03-02' })).rejects.toMatchObject({ code: 'not_found' });
      await expect(desk.services.replies.recordPosted(registry, first.id, { postedOn: '2026-03-09' })).rejects.toMatchObject({ code: 'invalid_input' });

      await desk.services.replies.recordPosted(registry, first.id, { postedOn: '2026-03-02', registeredMailNumber: 'rr123456789lt' });
      await expect(desk.services.replies.recordPosted(registry, first.id, { postedOn: '2026-03-02' })).rejects.toMatchObject({ code: 'conflict' });

      const after = await desk.services.replies.listPostalDispatch(registry);
      expect(after.items.find((i) => i.replyId === first.id)).toMatchObject({ postedOn: '2026-03-02', registeredMailNumber: 'RR123456789LT' });
      // The print file without ids holds only what is still to post.
      expect((await PDFDocument.load(await desk.services.replies.dispatchPdf(registry))).getPageCount()).toBe(await pagesOf(second.r.number));

      const view = await desk.services.cases.getCaseForStaff(clerk, first.r.number);
      const posted = view.events.filter((e) => e.type === 'letter_posted');
      expect(posted).toHaveLength(1);
      expect(posted[0]).toMatchObject({ actorId: registry.id, data: { replyId: first.id, postedOn: '2026-03-02', registeredMailNumber: 'RR123456789LT' } });

      const pub = await desk.services.cases.trackCase({ number: first.r.number, code: await codeInLetter(clerk, first.r.number), clientKey: 'r' });
      expect(pub.replies).toEqual([expect.objectContaining({ delivery: 'post', postedOn: '2026-03-02', registeredMailNumber: 'RR123456789LT' })]);
      expect(pub.timeline.map((e) => e.type)).toContain('letter_posted');
      const unposted = await desk.services.cases.trackCase({ number: second.r.number, code: await codeInLetter(clerk, second.r.number), clientKey: 'r' });
      expect(unposted.replies).toEqual([expect.objectContaining({ delivery: 'post', postedOn: null })]);

      // Tomorrow the posted letter has left the list; the other is still waiting.
      desk.clock.set('2026-03-03T09:00:00Z');
      expect((await desk.services.replies.listPostalDispatch(registry)).items.map((i) => i.replyId)).toEqual([second.id]);
      expect((await desk.services.cases.verifyAudit()).problems).toEqual([]);
    });
  });
}
