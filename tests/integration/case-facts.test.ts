/**
 * The paper desk's case facts: a front-desk batch makes one case per letter; the registry sees the
 * cases it registered until they are routed and works none of them; a clerk confirms or corrects
 * the petitioner's facts in one form, every change on the trail with its old and new value, and a
 * change of kind recomputes the due date with the rule it follows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

const SCANS = path.resolve(import.meta.dirname, '../../../shared/corpus/scans');
const scan = (name: string) => new Uint8Array(fs.readFileSync(path.join(SCANS, name)));

const facts = {
  name: 'Ona Petraitienė',
  address: 'Ukmergės g. 241-87, LT-09214 Vilnius',
  email: '',
  phone: '+370 612 34567',
  language: 'lt' as const,
  subject: 'Dėl šildymo sąskaitos',
  kind: 'complaint' as const,
  letterDate: '2026-02-27',
  deliveryChannel: 'post' as const,
};

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`case facts and the registry on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
    });
    afterEach(async () => desk.dispose());

    it('makes one case per file at the front desk, each registered by who scanned it', async () => {
      const registry = await addStaff(desk, 'r@registry.test', 'registry', null);
      const a = await desk.services.intake.ingestScan(registry, { filename: 'a.png', bytes: scan('dev-lt-archive-3.clean.png') });
      const b = await desk.services.intake.ingestScan(registry, { filename: 'b.png', bytes: scan('dev-en-housing-3.clean.png') });
      expect(a.caseNumber).not.toBe(b.caseNumber);
      const recent = await desk.services.cases.listRecentIntake(registry);
      expect(recent.map((r) => r.number)).toEqual([b.caseNumber, a.caseNumber]);
      expect(recent[0]).toMatchObject({ files: [{ filename: 'b.png' }], departmentId: null });
      // The registry sees its own case until it is routed, and may not work it.
      const view = await desk.services.cases.getCaseForStaff(registry, a.caseNumber);
      expect(view.kase.registeredBy).toBe(registry.id);
      expect(view.kase.channel).toBe('letter');
      await expect(desk.services.cases.addCaseNote(registry, a.caseNumber, 'hello')).rejects.toMatchObject({ code: 'forbidden' });
      await expect(desk.services.cases.routeCaseToDepartment(registry, a.caseNumber, 'archive')).rejects.toMatchObject({ code: 'forbidden' });
      await expect(desk.services.replies.startReply(registry, a.caseNumber, 'answer')).rejects.toMatchObject({ code: 'forbidden' });
      // Another registry clerk does not see it; a web petition is nobody's at the registry.
      const otherRegistry = await addStaff(desk, 'r2@registry.test', 'registry', null);
      await expect(desk.services.cases.getCaseForStaff(otherRegistry, a.caseNumber)).rejects.toMatchObject({ code: 'not_found' });
      const web = await desk.services.cases.registerPetition(samplePetition);
      await expect(desk.services.cases.getCaseForStaff(registry, web.number)).rejects.toMatchObject({ code: 'not_found' });
      // Its inbox and search hold only what it registered: not another's triage case, nor a web petition.
      const triage = await desk.services.cases.registerPetition({ ...samplePetition, departmentId: null, subject: 'Nieprzydzielona sprawa' });
      for (const view of ['department', 'triage', 'all', 'mine'] as const) {
        const inbox = (await desk.services.cases.listInbox(registry, { view })).map((c) => c.number);
        expect(inbox).not.toContain(triage.number);
        expect(inbox).not.toContain(web.number);
        if (view !== 'mine') expect(inbox).toEqual(expect.arrayContaining([a.caseNumber, b.caseNumber]));
      }
      expect((await desk.services.cases.searchCases(registry, 'Nieprzydzielona')).map((c) => c.number)).toEqual([]);
      // Once routed, the case is the department's: the registry no longer reads it.
      const manager = await addStaff(desk, 'm@desk.test', 'manager', null);
      await desk.services.cases.routeCaseToDepartment(manager, a.caseNumber, 'archive');
      await expect(desk.services.cases.getCaseForStaff(registry, a.caseNumber)).rejects.toMatchObject({ code: 'not_found' });
    });

    it('registers a walk-in or phone petition at once, routed, with the answer going by post when there is no e-mail', async () => {
      const registry = await addStaff(desk, 'r@registry.test', 'registry', null);
      const manager = await addStaff(desk, 'm@desk.test', 'manager', null);
      const r = await desk.services.intake.registerWalkIn(registry, {
        channel: 'phone', language: 'ru', kind: 'complaint', name: 'Ольга Смирнова', email: null, phone: '+370 600 11122', address: 'Žirmūnų g. 5-12, LT-09214 Vilnius',
        subject: 'Не вывозят мусор', body: 'Уже две недели не вывозят мусор из контейнеров у дома на Žirmūnų g. 5. Прошу принять меры.',
      });
      expect(r.trackingCode).toMatch(/\w/);
      expect(r.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const view = await desk.services.cases.getCaseForStaff(manager, r.number);
      expect(view.kase).toMatchObject({ channel: 'phone', kind: 'complaint', replyLanguage: 'ru', deliveryChannel: 'post', registeredBy: registry.id });
      expect(view.kase.registeredOn).not.toBeNull();
      expect((await desk.services.cases.listRecentIntake(registry)).map((x) => x.number)).toContain(r.number);
      // Routed at once, so the registry no longer reads it — but prints the receipt for the petitioner at the counter.
      if (view.kase.departmentId) await expect(desk.services.cases.getCaseForStaff(registry, r.number)).rejects.toMatchObject({ code: 'not_found' });
      const receipt = await desk.services.receipts.printReceipt(registry, r.number, { paper: 'A5' });
      expect(receipt.number).toBe(r.number);
      const otherRegistry = await addStaff(desk, 'r2@registry.test', 'registry', null);
      await expect(desk.services.receipts.printReceipt(otherRegistry, r.number, { paper: 'A4' })).rejects.toMatchObject({ code: 'not_found' });
    });

    it('saves the facts a clerk confirms, audits each change, and recomputes the term when the kind changes', async () => {
      const clerk = await addStaff(desk, 'c@heating.test', 'clerk', 'heating');
      const other = await addStaff(desk, 'w@water.test', 'clerk', 'water');
      const r = await desk.services.cases.registerPetition({ ...samplePetition, departmentId: 'heating', petitioner: { name: 'O. P.', email: null, phone: null, address: null } });
      const before = await desk.services.cases.getCaseForStaff(clerk, r.number);
      await expect(desk.services.cases.updateCaseFacts(other, r.number, facts)).rejects.toMatchObject({ code: 'not_found' });
      await expect(desk.services.cases.updateCaseFacts(clerk, r.number, { ...facts, email: 'not an address' })).rejects.toMatchObject({ details: { reason: 'facts_email' } });

      await desk.services.cases.updateCaseFacts(clerk, r.number, facts);
      const after = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(after.petitioner).toMatchObject({ name: facts.name, address: facts.address, email: null, phone: facts.phone, language: 'lt' });
      expect(after.kase).toMatchObject({ subject: facts.subject, kind: 'complaint', letterDate: '2026-02-27', deliveryChannel: 'post' });
      expect(after.kase.factsSource).toMatchObject({ name: 'clerk', address: 'clerk' });
      expect(after.kase.dueOn).toBe(before.kase.dueOn); // both kinds have 20 working days
      const changed = after.events.filter((e) => e.type === 'facts_changed');
      expect(changed).toHaveLength(1);
      const data = (changed[0] as Extract<(typeof changed)[number], { type: 'facts_changed' }>).data;
      expect(data.changes).toEqual(
        expect.arrayContaining([
          { field: 'name', from: 'O. P.', to: facts.name },
          { field: 'kind', from: 'request', to: 'complaint' },
          { field: 'deliveryChannel', from: 'in_person', to: 'post' },
        ]),
      );
      expect(data.dueOn).toMatchObject({ from: before.kase.dueOn, to: before.kase.dueOn });
      // The trail names the rule (deadlines/legal-rules.ts), whose row carries the citation.
      expect(data.dueOn?.rule).toBe('answer_term');
      // Saving the same facts again changes nothing and writes nothing.
      await desk.services.cases.updateCaseFacts(clerk, r.number, facts);
      expect((await desk.services.cases.getCaseForStaff(clerk, r.number)).events.filter((e) => e.type === 'facts_changed')).toHaveLength(1);
      expect((await desk.services.cases.verifyAudit()).problems).toEqual([]);
    });
  });
}
