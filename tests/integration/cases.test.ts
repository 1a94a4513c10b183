import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`cases on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
    });
    afterEach(async () => desk.dispose());

    it('registers a petition with a number, a due date 20 working days on, and a public trail', async () => {
      // 21:30 on Friday 6 March in Vilnius: still a working day, registered the same day.
      desk.clock.set('2026-03-06T19:30:00Z');
      const r = await desk.services.cases.registerPetition(samplePetition);
      expect(r.number).toBe('VLN-2026-000001');
      expect(r.trackingCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      expect(r.registeredOn).toBe('2026-03-06');
      // 20 working days on, skipping Wed 11 March (Restoration of Independence) and Easter Monday 6 April.
      expect(r.dueOn).toBe('2026-04-07');
      const second = await desk.services.cases.registerPetition(samplePetition);
      expect(second.number).toBe('VLN-2026-000002');

      const view = await desk.services.cases.trackCase({ number: r.number, code: r.trackingCode.toLowerCase(), clientKey: 'test' });
      expect(view.status).toBe('registered');
      expect(view.timeline.map((e) => e.type)).toEqual(['case_received', 'case_registered']);
    });

    it('registers a Saturday petition on the next working day', async () => {
      desk.clock.set('2026-03-07T10:00:00Z');
      const r = await desk.services.cases.registerPetition(samplePetition);
      expect(r.registeredOn).toBe('2026-03-09');
    });

    it('numbers concurrent registrations without gaps or duplicates', async () => {
      const results = await Promise.all(Array.from({ length: 12 }, () => desk.services.cases.registerPetition(samplePetition)));
      const seqs = results.map((r) => Number(r.number.slice(-6))).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    });

    it('answers a wrong code exactly like an unknown number, and throttles guessing', async () => {
      const r = await desk.services.cases.registerPetition(samplePetition);
      const wrong = desk.services.cases.trackCase({ number: r.number, code: 'AAAA-AAAA-AAAA-AAAA', clientKey: 'a' });
      await expect(wrong).rejects.toMatchObject({ code: 'not_found' });
      const unknown = desk.services.cases.trackCase({ number: 'VLN-2026-999999', code: r.trackingCode, clientKey: 'a' });
      await expect(unknown).rejects.toMatchObject({ code: 'not_found' });
      for (let i = 0; i < 9; i += 1) {
        await desk.services.cases.trackCase({ number: r.number, code: 'X', clientKey: 'a' }).catch(() => undefined);
      }
      // Guessing is slowed (tests/integration/track-throttle.test.ts has the whole rule)…
      await expect(desk.services.cases.trackCase({ number: r.number, code: 'Y', clientKey: 'a' })).rejects.toMatchObject({
        code: 'rate_limited',
      });
      // …and the right code is never kept out, from the same client or another.
      await expect(desk.services.cases.trackCase({ number: r.number, code: r.trackingCode, clientKey: 'a' })).resolves.toMatchObject({
        number: r.number,
      });
      await expect(desk.services.cases.trackCase({ number: r.number, code: r.trackingCode, clientKey: 'b' })).resolves.toMatchObject({
        number: r.number,
      });
    });

    it('moves a case along the status machine and refuses illegal moves', async () => {
      const clerk = await addStaff(desk, 'clerk@water.test', 'clerk', 'water');
      const r = await desk.services.cases.registerPetition(samplePetition);
      await expect(desk.services.cases.changeCaseStatus(clerk, r.number, 'answered')).rejects.toMatchObject({ code: 'illegal_transition' });
      await desk.services.cases.assignCase(clerk, r.number, clerk.id);
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'in_progress');
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'awaiting_information', 'Asked for the meter number');
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'in_progress');
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'answered');
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'closed');
      await expect(desk.services.cases.changeCaseStatus(clerk, r.number, 'in_progress')).rejects.toMatchObject({ code: 'illegal_transition' });
      const view = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(view.kase.status).toBe('closed');
      expect(view.events.filter((e) => e.type === 'note_added')[0]?.data.text).toBe('Asked for the meter number');
      // Residents never see internal events (notes, assignment).
      const pub = await desk.services.cases.trackCase({ number: r.number, code: r.trackingCode, clientKey: 'c' });
      expect(pub.timeline.some((e) => (e.type as string) === 'note_added' || (e.type as string) === 'case_assigned')).toBe(false);
      expect(JSON.stringify(pub)).not.toContain('meter number');
    });

    it('lists the inbox by due date with deadline states', async () => {
      const clerk = await addStaff(desk, 'clerk@water.test', 'clerk', 'water');
      desk.clock.set('2026-02-02T08:00:00Z');
      const old = await desk.services.cases.registerPetition(samplePetition);
      desk.clock.set('2026-03-02T08:00:00Z');
      const fresh = await desk.services.cases.registerPetition(samplePetition);
      desk.clock.set('2026-03-03T08:00:00Z');
      const inbox = await desk.services.cases.listInbox(clerk, { view: 'department' });
      expect(inbox.map((i) => i.number)).toEqual([old.number, fresh.number]);
      expect(inbox[0].deadline?.state).toBe('due-soon');
      expect(inbox[1].deadline?.state).toBe('on-track');
      desk.clock.set('2026-03-10T08:00:00Z');
      const later = await desk.services.cases.listInbox(clerk, { view: 'department' });
      expect(later[0].deadline?.state).toBe('overdue');
    });
  });
}

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`deadline extensions on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name, '2026-03-02T09:00:00Z');
    });
    afterEach(async () => desk.dispose());

    it('extends a complaint by up to 10 working days and an information request by up to 20, on the public trail', async () => {
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const complaint = await desk.services.cases.registerPetition({ ...samplePetition, kind: 'complaint' });
      expect(complaint.dueOn).toBe('2026-03-31');
      const r = await desk.services.cases.extendCaseDeadline(clerk, complaint.number, { workingDays: 6, reason: 'Waiting for the meter test report' });
      // Six working days after Tue 31 March: 1, 2, 3 April, (Easter Monday 6 April), 7, 8, 9 April.
      expect(r.dueOn).toBe('2026-04-09');
      expect(r.noticeDueOn).toBe('2026-03-04');
      await expect(desk.services.cases.extendCaseDeadline(clerk, complaint.number, { workingDays: 5, reason: 'More waiting' })).rejects.toMatchObject({
        code: 'extension_not_allowed',
      });
      const info = await desk.services.cases.registerPetition({ ...samplePetition, kind: 'information_request' });
      await expect(desk.services.cases.extendCaseDeadline(clerk, info.number, { workingDays: 20, reason: 'Archive search needed' })).resolves.toBeTruthy();
      const pub = await desk.services.cases.trackCase({ number: complaint.number, code: complaint.trackingCode, clientKey: 'x' });
      expect(pub.dueOn).toBe('2026-04-09');
      expect(pub.timeline.at(-1)?.type).toBe('deadline_extended');
    });
  });
}
