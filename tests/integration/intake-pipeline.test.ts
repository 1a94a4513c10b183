import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, createTestDesk, DATABASES, type TestDesk } from './harness';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const read = (p: string) => new Uint8Array(fs.readFileSync(path.join(CORPUS, p)));

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`intake pipeline on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
      await desk.services.startJobs(2);
    });
    afterEach(async () => desk.dispose());

    it('a scan dropped at the front desk becomes a registered, routed case whose text staff read and find', async () => {
      // A manager: the letter is routed by what it says, so it may land in any department.
      const clerk = await addStaff(desk, 'desk@desk.test', 'manager', null);
      const r = await desk.services.intake.ingestScan(clerk, { filename: 'laiskas.png', bytes: read('scans/dev-lt-archive-3.scan.jpg') });
      expect(r.problem).toBeNull();
      await desk.services.drainJobs(120_000);
      const view = await desk.services.cases.getCaseForStaff(clerk, r.caseNumber);
      expect(view.kase.status).toBe('registered');
      expect(view.kase.dueOn).toBeTruthy();
      // The letter is Lithuanian and asks the archive for documents: detected and routed so.
      expect(view.kase.language).toBe('lt');
      expect(view.kase.replyLanguage).toBe('lt');
      expect(view.kase.departmentId).toBe('archive');
      expect(view.documents[0]).toMatchObject({ status: 'extracted', pageCount: 1, pagesDone: 1 });
      // The sender read from the letter (never the municipality's own address), marked for a clerk to confirm.
      expect(view.petitioner).toMatchObject({ name: 'Aldona Šležienė', address: 'Architektų g. 46-3, Vilnius', email: null });
      expect(view.kase.factsSource).toMatchObject({ name: 'letter', address: 'letter' });
      expect(view.kase.deliveryChannel).toBe('post');
      expect(view.events.map((e) => e.type)).toContain('facts_read_from_letter');
      const text = await desk.services.cases.getDocumentText(clerk, view.documents[0].id);
      expect(text.pages[0].source).toBe('ocr');
      expect(text.pages[0].text).toMatch(/Vilni/);
      expect(view.events.map((e) => e.type)).toEqual(expect.arrayContaining(['case_received', 'document_added', 'text_extracted', 'case_registered']));
      // Full-text search reaches recognised text (diacritics folded on SQLite).
      const word = text.pages[0].text.match(/\p{L}{7,}/u)![0];
      expect((await desk.services.cases.searchCases(clerk, word)).map((c) => c.number)).toContain(r.caseNumber);
      // A clerk's correction is kept and audited.
      await desk.services.cases.correctPageText(clerk, view.documents[0].id, 1, 'Pataisytas tekstas');
      expect((await desk.services.cases.getDocumentText(clerk, view.documents[0].id)).pages[0]).toMatchObject({ text: 'Pataisytas tekstas', source: 'manual' });
      expect((await desk.services.cases.verifyAudit()).problems).toEqual([]);
    });

    it('an unreadable scan still makes a case, in needs review, with its reason and the original kept', async () => {
      const clerk = await addStaff(desk, 'desk@desk.test', 'clerk', 'water');
      const bytes = read('badinputs/encrypted_userpw.pdf');
      const r = await desk.services.intake.ingestScan(clerk, { filename: 'skundas.pdf', bytes });
      expect(r.problem).toBe('encrypted');
      await desk.services.drainJobs(30_000);
      const view = await desk.services.cases.getCaseForStaff(clerk, r.caseNumber);
      expect(view.kase.status).toBe('needs_review');
      expect(view.kase.reviewReason).toBe('unreadable_documents');
      expect(view.documents[0]).toMatchObject({ status: 'rejected', problem: 'encrypted', sizeBytes: bytes.byteLength });
      const original = await desk.services.cases.readCaseDocument(clerk, view.documents[0].id);
      const chunks: Buffer[] = [];
      for await (const c of original.body) chunks.push(c as Buffer);
      expect(Buffer.concat(chunks).equals(Buffer.from(bytes))).toBe(true);
      // A clerk registers it after looking: the deadline runs from when it was received.
      await desk.services.cases.changeCaseStatus(clerk, r.caseNumber, 'registered');
      expect((await desk.services.cases.getCaseForStaff(clerk, r.caseNumber)).kase.dueOn).toBeTruthy();
    });

    it('more scans join an existing case; another department\'s case is not found', async () => {
      const water = await addStaff(desk, 'w@desk.test', 'clerk', 'water');
      const heating = await addStaff(desk, 'h@desk.test', 'clerk', 'heating');
      const first = await desk.services.intake.ingestScan(water, { filename: 'p1.pdf', bytes: read('badinputs/CON.pdf') });
      await desk.services.drainJobs(60_000);
      await desk.services.cases.routeCaseToDepartment(water, first.caseNumber, 'water');
      const second = await desk.services.intake.ingestScan(water, { filename: 'p2.pdf', bytes: read('badinputs/traversal_passwd.pdf'), caseNumber: first.caseNumber });
      expect(second.caseNumber).toBe(first.caseNumber);
      await expect(desk.services.intake.ingestScan(heating, { filename: 'x.pdf', bytes: read('badinputs/CON.pdf'), caseNumber: first.caseNumber })).rejects.toMatchObject({ code: 'not_found' });
      await desk.services.drainJobs(60_000);
      const view = await desk.services.cases.getCaseForStaff(water, first.caseNumber);
      expect(view.documents.map((d) => d.status)).toEqual(['extracted', 'extracted']);
      expect(view.documents[1].filename).toBe('p2.pdf');
    });
  });
}
