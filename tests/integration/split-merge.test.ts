/**
 * A scanned stack split into letters, and a second letter merged into the case it continues: the
 * split makes a new case per further page range through the one pipeline (page counts, both trails
 * linked, bad ranges refused); a merge moves the documents, closes the merged case pointing to the
 * other, is refused to another department's clerk, and only a manager undoes it (documents and
 * status back). The audit chains hold after all of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

const SCANS = path.resolve(import.meta.dirname, '../../../shared/corpus/scans');
const scan = (name: string) => new Uint8Array(fs.readFileSync(path.join(SCANS, name)));

/** Three one-page scans of three letters, stacked into one PDF as the front desk's scanner makes it. */
async function stackOfThree(): Promise<Uint8Array> {
  const stack = await PDFDocument.create();
  for (const name of ['dev-lt-archive-3.scan.pdf', 'dev-en-housing-1.scan.pdf', 'dev-lt-eldership-3.scan.pdf']) {
    const one = await PDFDocument.load(scan(name));
    for (const page of await stack.copyPages(one, one.getPageIndices())) stack.addPage(page);
  }
  return stack.save();
}

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`split and merge on ${db.name}`, () => {
    let desk: TestDesk;
    beforeAll(async () => {
      desk = await createTestDesk(db.name);
    });
    afterAll(async () => desk?.dispose());

    it('splits a three-page stack into a letter of two pages and one of one page, both trails linked', async () => {
      const registry = await addStaff(desk, 'split-registry@desk.test', 'registry', null);
      const scanned = await desk.services.intake.ingestScan(registry, { filename: 'stack.pdf', bytes: await stackOfThree() });
      expect(scanned.problem).toBeNull();

      const result = await desk.services.intake.splitDocument(registry, scanned.documentId, [{ from: 1, to: 2 }, { from: 3, to: 3 }]);
      expect(result.caseNumber).toBe(scanned.caseNumber);
      expect(result.kept).toEqual({ from: 1, to: 2 });
      expect(result.newCases).toHaveLength(1);
      const [made] = result.newCases;
      expect(made.number).not.toBe(scanned.caseNumber);

      // The original keeps the document as received, all three pages; the new case has one page of its own.
      const original = await desk.services.cases.getCaseForStaff(registry, scanned.caseNumber);
      expect(original.documents.map((d) => [d.id, d.pageCount])).toEqual([[scanned.documentId, 3]]);
      const opened = await desk.services.cases.getCaseForStaff(registry, made.number);
      expect(opened.kase.channel).toBe('letter');
      expect(opened.kase.registeredBy).toBe(registry.id);
      expect(opened.documents).toHaveLength(1);
      expect(opened.documents[0].pageCount).toBe(1);
      const { body } = await desk.services.cases.readCaseDocument(registry, opened.documents[0].id);
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(chunk as Buffer);
      expect((await PDFDocument.load(Buffer.concat(chunks))).getPageCount()).toBe(1);

      expect(opened.events.find((e) => e.type === 'split_from')).toMatchObject({
        actorId: registry.id, data: { caseNumber: scanned.caseNumber, documentId: scanned.documentId, pages: { from: 3, to: 3 } },
      });
      expect(original.events.find((e) => e.type === 'split_into')).toMatchObject({
        actorId: registry.id, data: { caseNumber: made.number, documentId: scanned.documentId, pages: { from: 3, to: 3 } },
      });
    });

    it('refuses ranges that do not make two letters of every page, each once', async () => {
      const clerk = await addStaff(desk, 'split-clerk@desk.test', 'clerk', 'water');
      const scanned = await desk.services.intake.ingestScan(clerk, { filename: 'stack.pdf', bytes: await stackOfThree() });
      const refused = async (ranges: { from: number; to: number }[]) =>
        desk.services.intake.splitDocument(clerk, scanned.documentId, ranges).then(
          () => 'split',
          (error: { code?: string; details?: { reason?: string } }) => `${error.code}:${error.details?.reason}`,
        );
      expect(await refused([{ from: 1, to: 3 }])).toBe('invalid_input:split_single_letter');
      expect(await refused([{ from: 1, to: 2 }, { from: 3, to: 4 }])).toBe('invalid_input:split_out_of_range');
      expect(await refused([{ from: 0, to: 1 }, { from: 2, to: 3 }])).toBe('invalid_input:split_out_of_range');
      expect(await refused([{ from: 1, to: 2 }, { from: 2, to: 3 }])).toBe('invalid_input:split_overlap');
      expect(await refused([{ from: 1, to: 1 }, { from: 3, to: 3 }])).toBe('invalid_input:split_gap');
      expect(await refused([{ from: 2, to: 3 }, { from: 3, to: 3 }])).toBe('invalid_input:split_overlap');
      // Another department's clerk does not see the case once it is routed; a triage case it does.
      const other = await addStaff(desk, 'split-other@desk.test', 'clerk', 'heating');
      const routed = await desk.services.cases.registerPetition({ ...samplePetition, files: [{ filename: 'stack.pdf', bytes: await stackOfThree() }] });
      const doc = (await desk.services.cases.getCaseForStaff(clerk, routed.number)).documents[0];
      await expect(desk.services.intake.splitDocument(other, doc.id, [{ from: 1, to: 1 }, { from: 2, to: 3 }])).rejects.toMatchObject({ code: 'not_found' });
      const after = await desk.services.cases.getCaseForStaff(clerk, scanned.caseNumber);
      expect(after.events.some((e) => e.type === 'split_into')).toBe(false);
    });

    it('merges a second letter into the case it continues, refuses other clerks, and a manager undoes it', async () => {
      const clerk = await addStaff(desk, 'merge-clerk@desk.test', 'clerk', 'water');
      const other = await addStaff(desk, 'merge-other@desk.test', 'clerk', 'heating');
      const manager = await addStaff(desk, 'merge-manager@desk.test', 'manager', null);
      const first = await desk.services.cases.registerPetition(samplePetition);
      const second = await desk.services.cases.registerPetition({
        ...samplePetition,
        channel: 'letter',
        petitioner: { name: 'Jan Kowalski', email: null, phone: '+370 600 11111', address: 'Testowa g. 1, Vilnius' },
        subject: 'Jeszcze raz o liczniku',
        files: [{ filename: 'drugi.png', bytes: scan('dev-lt-archive-3.clean.png') }],
      });
      const secondDocs = (await desk.services.cases.getCaseForStaff(clerk, second.number)).documents.map((d) => d.id);
      expect(secondDocs).toHaveLength(1);

      await expect(desk.services.cases.mergeCases(other, { number: second.number, into: first.number })).rejects.toMatchObject({ code: 'not_found' });
      await expect(desk.services.cases.mergeCases(clerk, { number: first.number, into: first.number })).rejects.toMatchObject({ details: { reason: 'merge_same_case' } });

      const merged = await desk.services.cases.mergeCases(clerk, { number: second.number, into: first.number });
      expect(merged.documentIds).toEqual(secondDocs);
      const target = await desk.services.cases.getCaseForStaff(clerk, first.number);
      const source = await desk.services.cases.getCaseForStaff(clerk, second.number);
      expect(target.documents.map((d) => d.id)).toEqual(secondDocs);
      expect(source.documents).toHaveLength(0);
      expect(source.kase.status).toBe('closed');
      expect(source.kase.mergedIntoId).toBe(target.kase.id);
      expect(target.events.find((e) => e.type === 'case_merged')).toMatchObject({
        actorId: clerk.id,
        data: {
          caseNumber: second.number, documentIds: secondDocs, previousStatus: 'registered',
          petitioner: { name: 'Jan Kowalski', phone: '+370 600 11111', email: null },
          facts: { subject: 'Jeszcze raz o liczniku', channel: 'letter' },
        },
      });
      expect(source.events.find((e) => e.type === 'merged_into')).toMatchObject({ data: { caseNumber: first.number, documentIds: secondDocs, previousStatus: 'registered' } });
      expect(source.events.find((e) => e.type === 'status_changed' && e.data.to === 'closed')).toMatchObject({ data: { from: 'registered', reason: 'merged' } });
      expect(await desk.services.cases.getMergeView(clerk, second.number)).toEqual({ mergedInto: { number: first.number }, mayMerge: false, mayUnmerge: false });
      await expect(desk.services.cases.mergeCases(clerk, { number: second.number, into: first.number })).rejects.toMatchObject({ details: { reason: 'merge_already_merged' } });

      await expect(desk.services.cases.unmergeCase(clerk, second.number)).rejects.toMatchObject({ code: 'forbidden' });
      expect((await desk.services.cases.getMergeView(manager, second.number)).mayUnmerge).toBe(true);
      const undone = await desk.services.cases.unmergeCase(manager, second.number);
      expect(undone.documentIds).toEqual(secondDocs);
      const back = await desk.services.cases.getCaseForStaff(clerk, second.number);
      expect(back.kase.status).toBe('registered');
      expect(back.kase.mergedIntoId).toBeNull();
      expect(back.documents.map((d) => d.id)).toEqual(secondDocs);
      expect((await desk.services.cases.getCaseForStaff(clerk, first.number)).documents).toHaveLength(0);
      for (const [number, otherNumber] of [[second.number, first.number], [first.number, second.number]]) {
        const view = await desk.services.cases.getCaseForStaff(manager, number);
        expect(view.events.find((e) => e.type === 'case_unmerged')).toMatchObject({ actorId: manager.id, data: { caseNumber: otherNumber, documentIds: secondDocs, restoredStatus: 'registered' } });
      }
      await expect(desk.services.cases.unmergeCase(manager, second.number)).rejects.toMatchObject({ details: { reason: 'unmerge_not_merged' } });
    });

    it('leaves every audit chain intact', async () => {
      const report = await desk.services.cases.verifyAudit();
      expect(report.casesChecked).toBeGreaterThan(4);
      expect(report.problems).toEqual([]);
    });
  });
}
