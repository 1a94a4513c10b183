/**
 * Reopening an answered or closed case (who may, the new term under the reopening rule, the trail and the
 * petitioner's notice) and related cases (same petitioner by row, e-mail or phone; links as the same matter
 * on both cases, scoped to what the clerk may work), on both databases.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`reopening and related cases on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
      await desk.services.startJobs(2);
    });
    afterEach(async () => desk?.dispose());

    async function answeredCase(clerk: Awaited<ReturnType<typeof addStaff>>, petition = samplePetition) {
      const r = await desk.services.cases.registerPetition(petition);
      await desk.services.cases.assignCase(clerk, r.number, clerk.id);
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'in_progress');
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'answered');
      return r;
    }

    it('reopens an answered case with a new 20-working-day term under the reopening rule, audited, and tells the petitioner', async () => {
      await desk.services.startMailCatcher();
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const r = await answeredCase(clerk);
      const before = await desk.services.cases.getCaseForStaff(clerk, r.number);
      // Friday 2026-03-13 at 16:00 Vilnius: the reopening is registered that day; 20 working days on is 2026-04-13
      // (Easter Monday, 2026-04-06, is a Lithuanian public holiday and does not count).
      desk.clock.set('2026-03-13T14:00:00Z');
      // The page states the rule and the date before the clerk decides; an open case offers no reopening.
      expect(await desk.services.cases.previewReopening(clerk, r.number)).toEqual({ rule: { id: 'reopening', citation: expect.stringContaining('875') }, dueOn: '2026-04-13' });
      const open = await desk.services.cases.registerPetition(samplePetition);
      expect(await desk.services.cases.previewReopening(clerk, open.number)).toBeNull();
      const reopened = await desk.services.cases.reopenCase(clerk, r.number, { reason: 'The resident says the meter was not replaced.' });
      expect(reopened).toEqual({ number: r.number, status: 'in_progress', dueOn: '2026-04-13', rule: 'reopening' });

      const view = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(view.kase).toMatchObject({ status: 'in_progress', dueOn: '2026-04-13', dueRule: 'reopening', extendedBy: 0 });
      expect(view.clock).toMatchObject({ state: 'running', dueOn: '2026-04-13', rule: { id: 'reopening', citation: expect.stringContaining('14 str.') } });
      const last = view.events.slice(-2);
      expect(last[0]).toMatchObject({ type: 'status_changed', visibility: 'public', data: { from: 'answered', to: 'in_progress', reason: 'reopened' } });
      expect(last[1]).toMatchObject({
        type: 'case_reopened', visibility: 'internal', actorId: clerk.id,
        data: { reason: 'The resident says the meter was not replaced.', previousStatus: 'answered', to: 'in_progress', rule: 'reopening', registeredOn: '2026-03-13', previousDueOn: before.kase.dueOn, dueOn: '2026-04-13' },
      });
      expect((await desk.services.cases.verifyAudit()).problems).toEqual([]);

      await desk.services.drainJobs();
      const notices = await desk.services.notifications.listForCase(clerk, r.number);
      expect(notices.map((n) => n.kind)).toContain('reopened');
    });

    it('a manager reopens a closed case, its reopening registered on the next working day after a weekend', async () => {
      await desk.services.startMailCatcher();
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const manager = await addStaff(desk, 'm@water.test', 'manager', 'water');
      const r = await answeredCase(clerk);
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'closed');
      // Saturday 2026-03-14: registered Monday 2026-03-16.
      desk.clock.set('2026-03-14T10:00:00Z');
      const reopened = await desk.services.cases.reopenCase(manager, r.number, { reason: 'Our own mistake in the answer.' });
      expect(reopened).toMatchObject({ status: 'in_progress', rule: 'reopening', dueOn: '2026-04-14' });
      const view = await desk.services.cases.getCaseForStaff(manager, r.number);
      expect(view.events.at(-1)).toMatchObject({ type: 'case_reopened', data: { previousStatus: 'closed', registeredOn: '2026-03-16' } });
      await desk.services.drainJobs();
      expect((await desk.services.notifications.listForCase(manager, r.number)).map((n) => n.kind)).toContain('reopened');
    });

    it('refuses an open case, a merged case, a short reason, another department and the registry', async () => {
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const other = await addStaff(desk, 'c@heating.test', 'clerk', 'heating');
      const registry = await addStaff(desk, 'r@desk.test', 'registry', null);
      const manager = await addStaff(desk, 'm@water.test', 'manager', 'water');
      const open = await desk.services.cases.registerPetition(samplePetition);
      await expect(desk.services.cases.reopenCase(clerk, open.number, { reason: 'Reopen it please' })).rejects.toMatchObject({ code: 'invalid_input', i18nKey: 'caseLinks.reopen.errors.notReopenable' });

      const r = await answeredCase(clerk);
      await expect(desk.services.cases.reopenCase(clerk, r.number, { reason: 'no' })).rejects.toThrow();
      await expect(desk.services.cases.reopenCase(other, r.number, { reason: 'Another department' })).rejects.toMatchObject({ code: 'not_found' });
      await expect(desk.services.cases.reopenCase(registry, r.number, { reason: 'The front desk' })).rejects.toMatchObject({ code: 'not_found' });

      const into = await desk.services.cases.registerPetition(samplePetition);
      const merged = await desk.services.cases.registerPetition(samplePetition);
      await desk.services.cases.mergeCases(manager, { number: merged.number, into: into.number });
      await expect(desk.services.cases.reopenCase(manager, merged.number, { reason: 'Merged cases stay merged' })).rejects.toMatchObject({ i18nKey: 'caseLinks.reopen.errors.merged' });

      // Nothing was written by the refusals.
      const view = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(view.kase.status).toBe('answered');
      expect(view.events.some((e) => e.type === 'case_reopened')).toBe(false);
    });

    it('finds the same petitioner by row, by e-mail in another case and letter, and by phone written differently', async () => {
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const heating = await addStaff(desk, 'c@heating.test', 'clerk', 'heating');
      const first = await desk.services.cases.registerPetition(samplePetition);
      const byEmail = await desk.services.cases.registerPetition({ ...samplePetition, subject: 'Drugi list', petitioner: { ...samplePetition.petitioner, name: 'T. Mieszkaniec', email: 'TEST@example.pl' } });
      const byPhoneA = await desk.services.cases.registerPetition({ ...samplePetition, subject: 'Telefon', petitioner: { name: 'Jonas', email: null, phone: '+370 612 34567', address: null } });
      const byPhoneB = await desk.services.cases.registerPetition({ ...samplePetition, subject: 'Telefon 2', petitioner: { name: 'Jonas J.', email: null, phone: '8 612 34567', address: null } });
      const stranger = await desk.services.cases.registerPetition({ ...samplePetition, subject: 'Kitas', petitioner: { name: 'Kitas', email: 'kitas@example.lt', phone: null, address: null } });
      const elsewhere = await desk.services.cases.registerPetition({ ...samplePetition, departmentId: 'heating', subject: 'Ogrzewanie' });

      const related = await desk.services.cases.listRelatedCases(clerk, first.number);
      expect(related.samePetitioner.map((c) => [c.number, c.sharedBy])).toEqual([[byEmail.number, 'email']]);
      // The heating case of the same e-mail is counted for a water clerk, never shown.
      expect(related.hidden).toBe(1);
      expect(JSON.stringify(related)).not.toContain(elsewhere.number);
      const forHeating = await desk.services.cases.listRelatedCases(heating, elsewhere.number);
      expect(forHeating.samePetitioner).toEqual([]);
      expect(forHeating.hidden).toBe(2);

      const phone = await desk.services.cases.listRelatedCases(clerk, byPhoneA.number);
      expect(phone.samePetitioner.map((c) => [c.number, c.sharedBy])).toEqual([[byPhoneB.number, 'phone']]);
      expect(phone.samePetitioner[0]).toMatchObject({ subject: 'Telefon 2', status: 'registered' });
      const none = await desk.services.cases.listRelatedCases(clerk, stranger.number);
      expect(none).toEqual({ samePetitioner: [], sameMatter: [], hidden: 0 });
    });

    it('links two cases as the same matter, shown on both, audited on both trails, scoped, and unlinks', async () => {
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const heating = await addStaff(desk, 'c@heating.test', 'clerk', 'heating');
      const a = await desk.services.cases.registerPetition(samplePetition);
      const b = await desk.services.cases.registerPetition({ ...samplePetition, subject: 'Sąsiadas', petitioner: { name: 'Kaimynas', email: 'k@example.lt', phone: null, address: null } });
      const h = await desk.services.cases.registerPetition({ ...samplePetition, departmentId: 'heating', petitioner: { name: 'Kitas', email: 'x@example.lt', phone: null, address: null } });

      await desk.services.cases.linkCases(clerk, a.number, { other: b.number });
      expect((await desk.services.cases.listRelatedCases(clerk, a.number)).sameMatter.map((c) => c.number)).toEqual([b.number]);
      expect((await desk.services.cases.listRelatedCases(clerk, b.number)).sameMatter.map((c) => c.number)).toEqual([a.number]);
      await expect(desk.services.cases.linkCases(clerk, b.number, { other: a.number })).rejects.toMatchObject({ i18nKey: 'caseLinks.errors.alreadyLinked' });
      await expect(desk.services.cases.linkCases(clerk, a.number, { other: a.number })).rejects.toMatchObject({ i18nKey: 'caseLinks.errors.self' });
      // Another department's case is "not found" to the clerk, as a number that does not exist.
      await expect(desk.services.cases.linkCases(clerk, a.number, { other: h.number })).rejects.toMatchObject({ i18nKey: 'caseLinks.errors.notFound' });
      await expect(desk.services.cases.linkCases(clerk, a.number, { other: 'VLN-2026-999999' })).rejects.toMatchObject({ i18nKey: 'caseLinks.errors.notFound' });
      await expect(desk.services.cases.linkCases(heating, a.number, { other: h.number })).rejects.toMatchObject({ code: 'not_found' });

      const trailA = (await desk.services.cases.getCaseForStaff(clerk, a.number)).events;
      const trailB = (await desk.services.cases.getCaseForStaff(clerk, b.number)).events;
      expect(trailA.at(-1)).toMatchObject({ type: 'case_linked', visibility: 'internal', actorId: clerk.id, data: { caseNumber: b.number, kind: 'same_matter' } });
      expect(trailB.at(-1)).toMatchObject({ type: 'case_linked', data: { caseNumber: a.number } });

      await desk.services.cases.unlinkCases(clerk, b.number, { other: a.number });
      expect((await desk.services.cases.listRelatedCases(clerk, a.number)).sameMatter).toEqual([]);
      expect((await desk.services.cases.getCaseForStaff(clerk, a.number)).events.at(-1)).toMatchObject({ type: 'case_unlinked', data: { caseNumber: b.number } });
      await expect(desk.services.cases.unlinkCases(clerk, a.number, { other: b.number })).rejects.toMatchObject({ i18nKey: 'caseLinks.errors.notLinked' });
      expect((await desk.services.cases.verifyAudit()).problems).toEqual([]);
    });
  });
}
