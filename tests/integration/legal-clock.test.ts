import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`the legal clock on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
    });
    afterEach(async () => desk.dispose());

    it('stops over the holidays while the case awaits information, and restarts a whole term from the day the information is registered', async () => {
      const clerk = await addStaff(desk, 'clerk@water.test', 'clerk', 'water');
      const manager = await addStaff(desk, 'manager@water.test', 'manager', 'water');
      // Monday 23 November 2026: due 20 working days on, Monday 21 December.
      desk.clock.set('2026-11-23T09:00:00Z');
      const r = await desk.services.cases.registerPetition(samplePetition);
      expect(r.dueOn).toBe('2026-12-21');
      const before = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(before.clock).toMatchObject({ state: 'running', dueOn: '2026-12-21', rule: { id: 'answer_term' } });
      expect(before.forwardingDueOn).toBe('2026-11-30');
      await desk.services.cases.assignCase(clerk, r.number, clerk.id);
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'in_progress');

      // Friday 18 December, the last working Friday before Christmas: the clerk asks for the missing information.
      desk.clock.set('2026-12-18T10:00:00Z');
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'awaiting_information');
      const paused = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(paused.clock).toMatchObject({ state: 'paused', pausedOn: '2026-12-18', dueOn: '2026-12-21' });
      expect(paused.resumeRule).toBe('information_restart');
      expect(paused.deadline).toMatchObject({ state: 'paused', pausedOn: '2026-12-18' });
      expect(paused.events.find((e) => e.type === 'clock_paused')).toMatchObject({
        visibility: 'public',
        data: { rule: 'information_restart', pausedOn: '2026-12-18', dueOn: '2026-12-21' },
      });

      // Saturday 2 January 2027: the old due date has long passed, and the case is paused, not overdue.
      desk.clock.set('2027-01-02T09:00:00Z');
      const inbox = await desk.services.cases.listInbox(clerk, { view: 'all' });
      expect(inbox.find((i) => i.number === r.number)?.deadline).toMatchObject({ state: 'paused', pausedOn: '2026-12-18' });
      const [water] = (await desk.services.cases.listDeadlines(manager)).filter((g) => g.departmentId === 'water');
      expect(water?.paused.map((i) => i.number)).toEqual([r.number]);
      expect(water?.overdue).toEqual([]);
      expect(water?.dueSoon).toEqual([]);

      // The information comes in on that Saturday: it is registered on Monday 4 January, and a new term of
      // 20 working days runs from then (information_restart), to Monday 1 February.
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'in_progress');
      const resumed = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(resumed.kase.dueOn).toBe('2027-02-01');
      expect(resumed.kase.clockPausedOn).toBeNull();
      expect(resumed.clock).toMatchObject({ state: 'running', dueOn: '2027-02-01', pausedOn: null, rule: { id: 'information_restart' } });
      expect(resumed.resumeRule).toBeNull();
      expect(resumed.events.find((e) => e.type === 'clock_resumed')).toMatchObject({
        visibility: 'public',
        data: {
          rule: 'information_restart', pausedOn: '2026-12-18', resumedOn: '2027-01-04',
          from: '2026-12-21', to: '2027-02-01',
          // 21–23 and 28–31 December and 4 January: Christmas Eve, Christmas, 26 December and New Year are not working days.
          pausedWorkingDays: 8,
        },
      });
      const after = await desk.services.cases.listInbox(clerk, { view: 'all' });
      expect(after.find((i) => i.number === r.number)?.deadline).toMatchObject({ state: 'on-track' });
      const [waterAfter] = (await desk.services.cases.listDeadlines(manager)).filter((g) => g.departmentId === 'water');
      expect(waterAfter?.paused ?? []).toEqual([]);
    });

    it('forwards a case to another institution with a public event, and another department cannot find it', async () => {
      const clerk = await addStaff(desk, 'clerk@water.test', 'clerk', 'water');
      const stranger = await addStaff(desk, 'clerk@heating.test', 'clerk', 'heating');
      const r = await desk.services.cases.registerPetition(samplePetition);
      const view = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(view.mayForward).toBe(true);
      // Forwarding says where: it is not offered as a bare status.
      expect(view.nextStatuses).not.toContain('forwarded');
      const forwarding = { institution: 'Valstybinė energetikos reguliavimo taryba', reason: 'Water tariffs are set by the regulator', contact: 'info@vert.lt' };

      await expect(desk.services.cases.forwardCase(stranger, r.number, forwarding)).rejects.toMatchObject({ code: 'not_found' });
      await expect(desk.services.cases.forwardCase(clerk, r.number, { ...forwarding, reason: 'x' })).rejects.toMatchObject({ code: 'invalid_input' });
      expect((await desk.services.cases.getCaseForStaff(clerk, r.number)).kase.status).toBe('registered');

      await desk.services.cases.forwardCase(clerk, r.number, forwarding);
      const after = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(after.kase.status).toBe('forwarded');
      expect(after.clock.state).toBe('stopped');
      expect(after.forwardingDueOn).toBeNull();
      expect(after.mayForward).toBe(false);
      expect(after.events.find((e) => e.type === 'status_changed' && e.data.to === 'forwarded')).toBeDefined();
      expect(after.events.find((e) => e.type === 'case_forwarded')).toMatchObject({
        visibility: 'public', actorType: 'user', actorId: clerk.id, data: forwarding,
      });
      // Once forwarded it cannot be forwarded again.
      await expect(desk.services.cases.forwardCase(clerk, r.number, forwarding)).rejects.toMatchObject({ code: 'illegal_transition' });
    });
  });
}
