/**
 * Visits by appointment through the desk's use cases, on both databases: the slots the hours allow,
 * booking and its refusals, a two-slot visit, cancel and move, the future-visits limit, the counter's
 * day with cases, reminders and the managers' report. The clock starts on Monday 21 December 2026,
 * 08:00 in Vilnius; the 23rd closes an hour early (the eve of Christmas Eve), the 24th–26th are closed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../server/auth/user';
import { DEMO_BOOKABLE_SERVICES, DEMO_SERVICE_POINTS } from '../../server/demo/seed-visits';
import type { ServicePoint, VisitPerson } from '../../server/visits/visit';
import { addStaff, createTestDesk, DATABASES, type TestDesk } from './harness';

let people = 0;
const person = (over: Partial<VisitPerson> = {}): VisitPerson => {
  people += 1;
  return { name: `Gyventojas ${people}`, phone: `+370 600 ${String(10_000 + people)}`, email: `r${people}@example.lt`, language: 'lt', ...over };
};
const refusal = (i18nKey: string) => expect.objectContaining({ i18nKey });

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`visits on ${db.name}`, () => {
    let desk: TestDesk;
    let registry: Actor;
    let civilClerk: Actor;
    let waterClerk: Actor;
    let manager: Actor;
    let civil: ServicePoint;
    let archive: ServicePoint;
    const visits = () => desk.services.visits;
    const web = (serviceSlug: string, start: string, over: { counter?: number; who?: VisitPerson } = {}) =>
      visits().bookVisit(null, { serviceSlug, start, channel: 'web', person: over.who ?? person(), counter: over.counter, servicePointId: over.counter ? civil.id : undefined });

    beforeAll(async () => {
      desk = await createTestDesk(db.name, '2026-12-21T06:00:00Z');
      await desk.services.visits.saveVisitCatalogue({ servicePoints: DEMO_SERVICE_POINTS, services: DEMO_BOOKABLE_SERVICES });
      // Seeding twice changes nothing: the catalogue is written by slug.
      await desk.services.visits.saveVisitCatalogue({ servicePoints: DEMO_SERVICE_POINTS, services: DEMO_BOOKABLE_SERVICES });
      registry = await addStaff(desk, 'registry@desk.example', 'registry', null);
      civilClerk = await addStaff(desk, 'civil@desk.example', 'clerk', 'civil-registry');
      waterClerk = await addStaff(desk, 'water@desk.example', 'clerk', 'water');
      manager = await addStaff(desk, 'boss@desk.example', 'manager', null);
      const points = await visits().listServicePoints();
      civil = points.find((p) => p.slug === 'civil-registry-centre')!;
      archive = points.find((p) => p.slug === 'archive-reading-room')!;
    });
    afterAll(async () => desk?.dispose());

    it('offers the catalogue: services by department then name, each with its points and duration', async () => {
      const services = await visits().listBookableServices();
      expect(services).toHaveLength(6);
      expect(services.map((s) => s.departmentId)).toEqual(['archive', 'civil-registry', 'civil-registry', 'eldership', 'eldership', 'social-welfare']);
      expect((await visits().listServicePoints())).toHaveLength(5);
      const marriage = await visits().findBookableService('marriage-registration');
      expect(marriage).toMatchObject({ durationSlots: 2, servicePointIds: [civil.id], remote: { possible: false } });
      expect((await visits().findBookableService('residence-declaration'))!.servicePointIds).toHaveLength(2);
      expect(await visits().findBookableService('no-such-service')).toBeNull();
    });

    it('offers slots inside the opening hours only: shortened on a holiday eve, none on holidays, none already begun', async () => {
      const tuesday = await visits().freeSlots('birth-registration', '2026-12-22');
      expect(tuesday).toHaveLength(36 * 3);
      expect(tuesday[0]).toEqual({ start: '2026-12-22T08:00', end: '2026-12-22T08:15', servicePointId: civil.id, servicePointSlug: 'civil-registry-centre', counter: 1 });
      const eve = await visits().freeSlots('birth-registration', '2026-12-23');
      expect(eve.at(-1)!.start).toBe('2026-12-23T15:45');
      expect(await visits().freeSlots('birth-registration', '2026-12-24')).toEqual([]);
      expect((await visits().freeSlots('birth-registration', '2026-12-21'))[0]!.start).toBe('2026-12-21T08:15');
      expect(await visits().freeDays('birth-registration', '2026-12-21', 8)).toEqual([
        { date: '2026-12-21', free: 35 }, { date: '2026-12-22', free: 36 }, { date: '2026-12-23', free: 32 }, { date: '2026-12-24', free: 0 },
        { date: '2026-12-25', free: 0 }, { date: '2026-12-26', free: 0 }, { date: '2026-12-27', free: 0 }, { date: '2026-12-28', free: 36 },
      ]);
    });

    it('books with a reference and a six-digit code, and refuses closed times, off-grid starts and other points', async () => {
      const booked = await web('birth-registration', '2026-12-22T09:00');
      expect(booked.visit).toMatchObject({ reference: expect.stringMatching(/^V-2026-\d{6}$/), start: '2026-12-22T09:00', end: '2026-12-22T09:15', status: 'booked', channel: 'web', counter: 1 });
      expect(booked.code).toMatch(/^\d{6}$/);
      expect(await visits().findVisitForResident(booked.visit.reference, booked.code)).toMatchObject({ id: booked.visit.id });
      await expect(visits().findVisitForResident(booked.visit.reference, booked.code === '000000' ? '111111' : '000000')).rejects.toMatchObject({ code: 'not_found' });

      for (const start of ['2026-12-24T09:00', '2026-12-26T09:00', '2026-12-22T07:45', '2026-12-22T17:00', '2026-12-23T16:00', '2026-12-21T08:00']) {
        await expect(web('birth-registration', start), start).rejects.toThrow(refusal('errors.visit_closed'));
      }
      for (const start of ['2026-12-22T09:10', '2026-12-22T9:00', '2026-12-22T25:00']) {
        await expect(web('birth-registration', start), start).rejects.toThrow(refusal('errors.visit_not_a_slot'));
      }
      await expect(web('marriage-registration', '2026-12-22T16:45')).rejects.toThrow(refusal('errors.visit_not_a_slot'));
      await expect(visits().bookVisit(null, { serviceSlug: 'birth-registration', start: '2026-12-22T09:30', channel: 'web', person: person(), servicePointId: archive.id })).rejects.toThrow(refusal('errors.visit_not_a_slot'));
      await expect(visits().bookVisit(null, { serviceSlug: 'birth-registration', start: '2026-12-22T09:30', channel: 'phone', person: person() })).rejects.toMatchObject({ code: 'invalid_input' });
    });

    it('lets the phone line book by role: the registry and the service department, not another department', async () => {
      const call = (actor: Actor, start: string) => visits().bookVisit(actor, { serviceSlug: 'birth-registration', start, channel: 'phone', person: person(), whyVisit: 'Reikia originalų' });
      expect((await call(registry, '2026-12-22T09:30')).visit).toMatchObject({ channel: 'phone', whyVisit: 'Reikia originalų' });
      expect((await call(civilClerk, '2026-12-22T09:30')).visit.counter).toBe(2);
      await expect(call(waterClerk, '2026-12-22T09:30')).rejects.toMatchObject({ code: 'forbidden' });
      await expect(visits().recordRemoteOutcome(waterClerk, { serviceSlug: 'birth-registration', alternative: 'e_service' })).rejects.toMatchObject({ code: 'forbidden' });
    });

    it('holds both slots of a two-slot visit at its counter', async () => {
      await web('marriage-registration', '2026-12-22T10:00', { counter: 1 });
      await expect(web('birth-registration', '2026-12-22T10:15', { counter: 1 })).rejects.toThrow(refusal('errors.visit_slot_taken'));
      await expect(web('marriage-registration', '2026-12-22T09:45', { counter: 1 })).rejects.toThrow(refusal('errors.visit_slot_taken'));
      expect((await web('birth-registration', '2026-12-22T10:15', { counter: 2 })).visit.counter).toBe(2);
      const free = (await visits().freeSlots('marriage-registration', '2026-12-22')).map((s) => `${s.start.slice(11)}@${s.counter}`);
      for (const taken of ['09:45@1', '10:00@1', '10:15@1', '10:00@2', '10:15@2']) expect(free).not.toContain(taken);
      expect(free).toContain('10:30@1');
      expect(free).toContain('09:45@3');
    });

    it('frees the slot when the resident cancels', async () => {
      const booked = await web('birth-registration', '2026-12-22T11:00', { counter: 1 });
      await expect(visits().cancelVisitByResident(booked.visit.reference, '12345')).rejects.toMatchObject({ code: 'not_found' });
      expect((await visits().cancelVisitByResident(booked.visit.reference, booked.code)).status).toBe('cancelled');
      await expect(visits().cancelVisitByResident(booked.visit.reference, booked.code)).rejects.toMatchObject({ code: 'illegal_transition' });
      expect((await web('birth-registration', '2026-12-22T11:00', { counter: 1 })).visit.counter).toBe(1);
      expect((await visits().findVisitForResident(booked.visit.reference, booked.code)).status).toBe('cancelled');
    });

    it('moves a visit in one step: the old slot free, the new one held; a refused move leaves it where it was', async () => {
      const booked = await web('birth-registration', '2026-12-22T12:00', { counter: 1 });
      const moved = await visits().moveVisitByResident(booked.visit.reference, booked.code, { start: '2026-12-22T12:30' });
      expect(moved).toMatchObject({ start: '2026-12-22T12:30', end: '2026-12-22T12:45', counter: 1, reference: booked.visit.reference });
      const free = (await visits().freeSlots('birth-registration', '2026-12-22')).map((s) => `${s.start.slice(11)}@${s.counter}`);
      expect(free).toContain('12:00@1');
      expect(free).not.toContain('12:30@1');
      for (let counter = 1; counter <= 3; counter += 1) await web('birth-registration', '2026-12-22T13:00', { counter });
      await expect(visits().moveVisitByResident(booked.visit.reference, booked.code, { start: '2026-12-22T13:00' })).rejects.toThrow(refusal('errors.visit_slot_taken'));
      await expect(visits().moveVisitByResident(booked.visit.reference, booked.code, { start: '2026-12-24T13:00' })).rejects.toThrow(refusal('errors.visit_closed'));
      expect((await visits().findVisitForResident(booked.visit.reference, booked.code)).start).toBe('2026-12-22T12:30');
      expect((await visits().freeSlots('birth-registration', '2026-12-22')).map((s) => `${s.start.slice(11)}@${s.counter}`)).not.toContain('12:30@1');
      const staffView = await visits().getVisitForStaff(registry, booked.visit.id);
      expect(staffView.events.map((e) => e.type)).toEqual(['booked', 'moved']);
      expect(staffView.serviceName.pl).toBe('Rejestracja urodzenia');
      await expect(visits().getVisitForStaff(waterClerk, booked.visit.id)).rejects.toMatchObject({ code: 'forbidden' });
    });

    it('lets one person hold at most two future visits, however the phone number is written', async () => {
      const first = await web('birth-registration', '2026-12-22T14:00', { who: person({ phone: '+370 611 11111' }) });
      await web('birth-registration', '2026-12-22T14:15', { who: person({ phone: '+37061111111' }) });
      await expect(web('birth-registration', '2026-12-22T14:30', { who: person({ phone: '8 611 11111' }) })).rejects.toThrow(refusal('errors.visit_limit'));
      await visits().cancelVisitByStaff(registry, first.visit.id, 'asked by phone');
      expect((await web('birth-registration', '2026-12-22T14:30', { who: person({ phone: '8 611 11111' }) })).visit.start).toBe('2026-12-22T14:30');
    });

    it("runs the counter's day: check-in, a case opened from the visit with its notes, served, no-show, a walk-in, a link", async () => {
      const visit = (await web('birth-registration', '2026-12-22T08:15', { counter: 1 })).visit;
      const late = (await web('birth-registration', '2026-12-22T09:45', { counter: 2 })).visit;
      await expect(visits().counterDay(waterClerk, civil.id, '2026-12-22')).rejects.toMatchObject({ code: 'forbidden' });
      desk.clock.set('2026-12-22T06:20:00Z'); // 08:20 in Vilnius
      const day = await visits().counterDay(civilClerk, civil.id, '2026-12-22');
      expect(day.open).toEqual({ opens: '08:00', closes: '17:00' });
      expect(day.counters.map((c) => c.counter)).toEqual([1, 2, 3]);
      expect(day.counters[0]!.visits.find((v) => v.id === visit.id)).toMatchObject({ serviceName: { lt: 'Gimimo registravimas' } });
      expect(day.freeSlots[0]!.start).toBe('2026-12-22T08:30');

      expect((await visits().checkInVisit(civilClerk, visit.id)).status).toBe('checked_in');
      const { caseNumber } = await visits().openCaseFromVisit(civilClerk, visit.id, { subject: 'Vaiko gimimo registravimas', body: 'Tėvai atvyko įregistruoti vaiko gimimo ir pateikė gimimo liudijimą iš ligoninės.' });
      expect(caseNumber).toMatch(/^VLN-2026-\d{6}$/);
      const served = await visits().markVisitServed(civilClerk, visit.id, 'Pateiktas medicininis gimimo liudijimas');
      expect(served).toMatchObject({ status: 'served', caseNumber });
      const kase = await desk.services.cases.getCaseForStaff(manager, caseNumber);
      expect(kase.kase.channel).toBe('in_person');
      expect(kase.events.filter((e) => e.type === 'note_added').map((e) => (e.data as { text: string }).text)).toContain('Pateiktas medicininis gimimo liudijimas');
      expect((await visits().listVisitsForCase(manager, caseNumber)).map((v) => v.id)).toEqual([visit.id]);

      await expect(visits().markVisitNoShow(civilClerk, late.id)).rejects.toMatchObject({ code: 'illegal_transition' });
      const walkIn = await visits().bookWalkIn(civilClerk, { serviceSlug: 'birth-registration', servicePointId: civil.id, person: person() });
      expect(walkIn.visit).toMatchObject({ start: '2026-12-22T08:30', channel: 'walk_in', counter: 1 });
      expect((await visits().linkVisitToCase(civilClerk, walkIn.visit.id, caseNumber)).caseNumber).toBe(caseNumber);
      await expect(visits().linkVisitToCase(civilClerk, walkIn.visit.id, caseNumber)).rejects.toMatchObject({ code: 'conflict' });
      desk.clock.set('2026-12-22T07:46:00Z'); // 09:46
      expect((await visits().markVisitNoShow(civilClerk, late.id)).status).toBe('no_show');
      desk.clock.set('2026-12-22T14:59:00Z'); // 16:59: the last slot has begun
      await expect(visits().bookWalkIn(civilClerk, { serviceSlug: 'birth-registration', servicePointId: civil.id, person: person() })).rejects.toThrow(refusal('errors.visit_closed'));
    });

    it('reminds the day before, once; and reports the week per point with the calls done remotely', async () => {
      desk.clock.set('2026-12-28T07:00:00Z'); // Monday 09:00
      const marriage = await visits().bookVisit(registry, { serviceSlug: 'marriage-registration', start: '2026-12-29T09:00', channel: 'phone', person: person() });
      const phone = await visits().bookVisit(civilClerk, { serviceSlug: 'birth-registration', start: '2026-12-29T10:00', channel: 'phone', person: person() });
      const online = await web('birth-registration', '2026-12-29T11:00');
      await visits().cancelVisitByResident(online.visit.reference, online.code);
      await visits().recordRemoteOutcome(registry, { serviceSlug: 'archive-certificate', alternative: 'e_service' });
      await visits().recordRemoteOutcome(civilClerk, { serviceSlug: 'birth-registration', alternative: 'petition_form', note: 'Pateiks internetu' });
      expect(await visits().sendVisitReminders('2026-12-29')).toBe(2);
      expect(await visits().sendVisitReminders('2026-12-29')).toBe(0);

      desk.clock.set('2026-12-29T09:00:00Z'); // 11:00 on the day
      await visits().markVisitServed(civilClerk, marriage.visit.id);
      await visits().markVisitNoShow(civilClerk, phone.visit.id);
      await expect(visits().visitReport(civilClerk, { from: '2026-12-28', to: '2027-01-03' })).rejects.toMatchObject({ code: 'forbidden' });
      const report = await visits().visitReport(manager, { from: '2026-12-28', to: '2027-01-03' });
      // Civil Registry: Mon–Wed 36 slots, Thu 31 Dec 32 (New Year's Eve, an hour shorter), Fri 1 Jan closed; 3 counters.
      expect(report.points.find((r) => r.servicePointId === civil.id)).toEqual({
        servicePointId: civil.id, servicePointNames: civil.names, week: '2026-12-28',
        bookings: 3, served: 1, noShows: 1, cancelled: 1, bookedSlots: 3, openSlots: 420, utilisation: 3 / 420,
      });
      // Archive: Mon–Wed 28 slots (09:00–16:00), Thu 24, Fri closed; 2 counters.
      expect(report.points.find((r) => r.servicePointId === archive.id)).toMatchObject({ bookings: 0, openSlots: 216, utilisation: 0 });
      expect(report.calls).toEqual([{ week: '2026-12-28', doneRemotely: 2, booked: 2 }]);
      const before = await visits().visitReport(manager, { from: '2026-12-21', to: '2026-12-27' });
      expect(before.calls).toEqual([{ week: '2026-12-21', doneRemotely: 0, booked: 2 }]);
    });
  });
}
