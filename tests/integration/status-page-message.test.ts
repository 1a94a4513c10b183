/**
 * The resident writes on their status page: the message and documents join the case through the
 * one intake pipeline (documents attached with their extract-text jobs, the message naming them on
 * the trail), a case that waited for information goes back to work with its clock running again,
 * and a refused file or an empty message records nothing at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textLayerLetter } from '../fixtures/letters/text-layer-pdf';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const read = (p: string) => new Uint8Array(fs.readFileSync(path.join(CORPUS, p)));

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`messages from the status page on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
    });
    afterEach(async () => desk?.dispose());

    async function caseAwaitingInformation() {
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const r = await desk.services.cases.registerPetition(samplePetition);
      await desk.services.cases.assignCase(clerk, r.number, clerk.id);
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'in_progress');
      desk.clock.set('2026-03-04T09:00:00Z');
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'awaiting_information', 'Asked for the meter number');
      return { clerk, r };
    }

    it('attaches the documents, queues their reading, names them on the trail and puts the case back to work', async () => {
      const { clerk, r } = await caseAwaitingInformation();
      const waiting = await desk.services.cases.trackCase({ number: r.number, code: r.trackingCode, clientKey: 'resident' });
      expect(waiting).toMatchObject({ status: 'awaiting_information', acceptsMessages: true, clock: { state: 'paused', pausedOn: '2026-03-04' } });
      expect(waiting.waitingRule).toMatchObject({ id: 'information_restart', citation: expect.stringContaining('875') });
      expect(waiting.awaitingSince).toBe('2026-03-04T09:00:00.000Z');

      desk.clock.set('2026-03-09T10:00:00Z');
      const before = await desk.services.jobStats();
      const sent = await desk.services.intake.sendStatusPageMessage(
        r.number,
        { text: '  Skaitiklio numeris: 123456. Pridedu sąskaitą.  ' },
        [
          { filename: 'saskaita.pdf', bytes: await textLayerLetter('Saskaita uz vandeni, skaitiklis 123456') },
          { filename: '../../nuotrauka.pdf', bytes: await textLayerLetter('Skaitiklio nuotrauka') },
          { filename: '', bytes: new Uint8Array() },
        ],
      );
      expect(sent.documents.map((d) => d.filename)).toEqual(['saskaita.pdf', 'nuotrauka.pdf']);
      expect((await desk.services.jobStats()).queued - before.queued).toBe(2);

      const view = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(view.kase.status).toBe('in_progress');
      expect(view.kase.clockPausedOn).toBeNull();
      const attached = view.documents.filter((d) => sent.documents.some((s) => s.id === d.id));
      expect(attached).toHaveLength(2);
      expect(attached.every((d) => d.role === 'attachment' && d.mediaType === 'application/pdf')).toBe(true);
      const message = view.events.find((e) => e.type === 'message_received');
      expect(message).toMatchObject({
        actorType: 'petitioner', visibility: 'public',
        data: { channel: 'web', text: 'Skaitiklio numeris: 123456. Pridedu sąskaitą.', messageId: null, documentIds: sent.documents.map((d) => d.id) },
      });
      const moved = view.events.find((e) => e.type === 'status_changed' && e.data.from === 'awaiting_information');
      expect(moved).toMatchObject({ data: { to: 'in_progress', reason: 'information_received' } });
      expect(view.events.map((e) => e.type)).toContain('clock_resumed');
      // The documents come before the message that names them, and the move after it.
      const order = view.events.map((e) => e.type);
      expect(order.lastIndexOf('document_added')).toBeLessThan(order.indexOf('message_received'));
      expect(order.indexOf('message_received')).toBeLessThan(order.indexOf('clock_resumed'));

      // The queued jobs read them (waited for by their state: other rooms' jobs, such as e-mails to a desk with no relay, may keep retrying).
      await desk.services.startJobs(2);
      const statuses = async () => (await desk.services.cases.getCaseForStaff(clerk, r.number)).documents.filter((d) => sent.documents.some((s) => s.id === d.id)).map((d) => d.status);
      for (const until = Date.now() + 60_000; Date.now() < until && (await statuses()).some((s) => s !== 'extracted'); ) await new Promise((done) => setTimeout(done, 100));
      expect(await statuses()).toEqual(['extracted', 'extracted']);

      const pub = await desk.services.cases.trackCase({ number: r.number, code: r.trackingCode, clientKey: 'resident' });
      expect(pub).toMatchObject({ status: 'in_progress', awaitingSince: null, waitingRule: null, clock: { state: 'running' } });
      expect(pub.timeline.map((e) => e.type)).toContain('message_received');
      // The resident's own words are not sent back out on the public view (it is types, times and statuses).
      expect(JSON.stringify(pub)).not.toContain('123456');
    });

    it('on a case at work, the message is recorded and the status stays', async () => {
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const r = await desk.services.cases.registerPetition(samplePetition);
      await desk.services.intake.sendStatusPageMessage(r.number, { text: 'Ar jau žinote, kada keisite?' }, []);
      const view = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(view.kase.status).toBe('registered');
      expect(view.events.find((e) => e.type === 'message_received')).toMatchObject({ data: { channel: 'web', text: 'Ar jau žinote, kada keisite?' } });
    });

    it('a refused file, too many files or an empty message records nothing, and the case keeps waiting', async () => {
      const { clerk, r } = await caseAwaitingInformation();
      const send = (text: string, files: { filename: string; bytes: Uint8Array }[]) => desk.services.intake.sendStatusPageMessage(r.number, { text }, files);
      const pdf = await textLayerLetter();
      await expect(send('Pridedu', [{ filename: 'ok.pdf', bytes: pdf }, { filename: 'x.pdf', bytes: read('badinputs/html_disguised.pdf') }])).rejects.toMatchObject({
        code: 'invalid_input', details: expect.objectContaining({ reason: 'file_unsupported_type' }),
      });
      const many = Array.from({ length: desk.services.config.maxUploadFiles + 1 }, (_, i) => ({ filename: `${i}.pdf`, bytes: pdf }));
      await expect(send('Pridedu', many)).rejects.toMatchObject({ details: expect.objectContaining({ reason: 'too_many_files' }) });
      await expect(send('   ', [{ filename: '', bytes: new Uint8Array() }])).rejects.toMatchObject({ code: 'invalid_input', i18nKey: 'followUp.error.empty' });

      const view = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(view.kase.status).toBe('awaiting_information');
      expect(view.documents).toHaveLength(0);
      expect(view.events.map((e) => e.type)).not.toContain('message_received');
    });

    it('a closed case takes no message: the page says where to write instead', async () => {
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const r = await desk.services.cases.registerPetition(samplePetition);
      await desk.services.cases.assignCase(clerk, r.number, clerk.id);
      for (const to of ['in_progress', 'answered', 'closed'] as const) await desk.services.cases.changeCaseStatus(clerk, r.number, to);
      await expect(desk.services.intake.sendStatusPageMessage(r.number, { text: 'Dar vienas klausimas' }, [])).rejects.toMatchObject({
        code: 'conflict', i18nKey: 'followUp.closedMeanwhile',
      });
      expect(await desk.services.cases.showTrackedCase(r.number)).toMatchObject({ status: 'closed', acceptsMessages: false });
      await expect(desk.services.intake.sendStatusPageMessage('VLN-2026-999999', { text: 'x' }, [])).rejects.toMatchObject({ code: 'not_found' });
    });
  });
}
