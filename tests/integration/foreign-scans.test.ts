import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, createTestDesk, DATABASES, type TestDesk } from './harness';

/** Test-only letters in languages the desk does not serve, rendered as scans (render.ts beside them). */
const LETTERS = path.resolve(import.meta.dirname, '../fixtures/letters/foreign');
const read = (file: string) => new Uint8Array(fs.readFileSync(path.join(LETTERS, file)));

// OCR and detection do not touch the database's dialect: the pipeline runs once, on SQLite.
for (const db of DATABASES.filter((d) => d.name === 'sqlite')) {
  describe.skipIf(!db.available)(`scanned letters in other languages on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
      await desk.services.startJobs(2);
    });
    afterEach(async () => desk.dispose());

    it('a Ukrainian scanned letter is read with the Ukrainian model and its case is Ukrainian, never Russian', async () => {
      const clerk = await addStaff(desk, 'desk@desk.test', 'manager', null);
      const r = await desk.services.intake.ingestScan(clerk, { filename: 'lyst.png', bytes: read('uk-heating.scan.png') });
      expect(r.problem).toBeNull();
      await desk.services.drainJobs(180_000);
      const view = await desk.services.cases.getCaseForStaff(clerk, r.caseNumber);
      expect(view.routingSuggestion?.detectedLanguage).toBe('uk');
      // Not a language the desk answers in: a clerk confirms the reply language.
      expect(view.kase.language).toBeNull();
      expect(view.routingSuggestion?.languageNeedsReview).toBe(true);
      const text = await desk.services.cases.getDocumentText(clerk, view.documents[0].id);
      // Ukrainian letters as Ukrainian: the served models alone write "в!дсутност!" and "гарячо!".
      expect(text.pages[0].text).toMatch(/відсутності опалення/u);
      expect(text.pages[0].text).toMatch(/гарячої води/u);
      expect(text.pages[0].text).toMatch(/Шановні/u);
      // The Lithuanian address stays Lithuanian.
      expect(text.pages[0].text).toMatch(/Žirmūnų g\. 68-24/u);
    });

    it('a German scanned letter is German, with its umlauts and ß', async () => {
      const clerk = await addStaff(desk, 'desk@desk.test', 'manager', null);
      const r = await desk.services.intake.ingestScan(clerk, { filename: 'brief.png', bytes: read('de-waste.scan.png') });
      await desk.services.drainJobs(180_000);
      const view = await desk.services.cases.getCaseForStaff(clerk, r.caseNumber);
      expect(view.routingSuggestion?.detectedLanguage).toBe('de');
      const text = await desk.services.cases.getDocumentText(clerk, view.documents[0].id);
      expect(text.pages[0].text).toMatch(/Müllabfuhr/u);
      expect(text.pages[0].text).toMatch(/regelmäßig/u);
    });
  });
}
