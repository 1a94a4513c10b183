import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`routing quality on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
    });
    afterEach(async () => desk.dispose());

    it('counts per department what was routed automatically and what a clerk corrected', async () => {
      const manager = await addStaff(desk, 'm@desk.test', 'manager', null);
      const clerk = await addStaff(desk, 'c@desk.test', 'clerk', 'water');
      await desk.services.cases.registerPetition(samplePetition);
      const moved = await desk.services.cases.registerPetition(samplePetition);
      const triaged = await desk.services.cases.registerPetition({ ...samplePetition, departmentId: null });
      await desk.services.cases.routeCaseToDepartment(manager, moved.number, 'heating');
      await desk.services.cases.routeCaseToDepartment(manager, triaged.number, 'water');
      const quality = await desk.services.cases.routingQuality(manager);
      expect(quality.find((q) => q.departmentId === 'water')).toEqual({ departmentId: 'water', cases: 2, routedAutomatically: 1, correctedAway: 1, routedByClerk: 1 });
      expect(quality.find((q) => q.departmentId === 'heating')).toEqual({ departmentId: 'heating', cases: 1, routedAutomatically: 0, correctedAway: 0, routedByClerk: 1 });
      await expect(desk.services.cases.routingQuality(clerk)).rejects.toMatchObject({ code: 'forbidden' });
    });
  });
}
