import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`permissions and sign-in on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
    });
    afterEach(async () => desk.dispose());

    it("a clerk of another department gets not-found for a case, its documents and every action on it", async () => {
      const water = await addStaff(desk, 'w@desk.test', 'clerk', 'water');
      const heating = await addStaff(desk, 'h@desk.test', 'clerk', 'heating');
      const manager = await addStaff(desk, 'm@desk.test', 'manager', null);
      const pdf = new TextEncoder().encode('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
      const r = await desk.services.cases.registerPetition({ ...samplePetition, files: [{ filename: 'scan.pdf', mediaType: 'application/pdf', bytes: pdf }] });

      await expect(desk.services.cases.getCaseForStaff(water, r.number)).resolves.toBeTruthy();
      await expect(desk.services.cases.getCaseForStaff(manager, r.number)).resolves.toBeTruthy();
      await expect(desk.services.cases.getCaseForStaff(heating, r.number)).rejects.toMatchObject({ code: 'not_found' });
      await expect(desk.services.cases.assignCase(heating, r.number, heating.id)).rejects.toMatchObject({ code: 'not_found' });
      await expect(desk.services.cases.changeCaseStatus(heating, r.number, 'needs_review')).rejects.toMatchObject({ code: 'not_found' });
      await expect(desk.services.cases.addCaseNote(heating, r.number, 'x')).rejects.toMatchObject({ code: 'not_found' });
      await expect(desk.services.cases.routeCaseToDepartment(heating, r.number, 'heating')).rejects.toMatchObject({ code: 'not_found' });
      const documentId = (await desk.services.cases.getCaseForStaff(water, r.number)).documents[0].id;
      await expect(desk.services.cases.readCaseDocument(heating, documentId)).rejects.toMatchObject({ code: 'not_found' });
      const doc = await desk.services.cases.readCaseDocument(water, documentId);
      const chunks: Buffer[] = [];
      for await (const chunk of doc.body) chunks.push(chunk as Buffer);
      expect(doc.document.filename).toBe('scan.pdf');
      expect(Buffer.concat(chunks).equals(Buffer.from(pdf))).toBe(true);

      expect((await desk.services.cases.listInbox(heating, { view: 'department' })).map((i) => i.number)).not.toContain(r.number);
      expect((await desk.services.cases.listInbox(water, { view: 'department' })).map((i) => i.number)).toContain(r.number);
      await expect(desk.services.cases.listDeadlines(water)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(desk.services.auth.listUsers(manager)).rejects.toMatchObject({ code: 'forbidden' });
    });

    it('every clerk sees the triage queue, and routing hands the case to one department', async () => {
      const water = await addStaff(desk, 'w@desk.test', 'clerk', 'water');
      const heating = await addStaff(desk, 'h@desk.test', 'clerk', 'heating');
      const r = await desk.services.cases.registerPetition({ ...samplePetition, departmentId: null });
      expect((await desk.services.cases.listInbox(heating, { view: 'triage' })).map((i) => i.number)).toEqual([r.number]);
      await expect(desk.services.cases.assignCase(heating, r.number, heating.id)).rejects.toMatchObject({ code: 'invalid_input' });
      await desk.services.cases.routeCaseToDepartment(heating, r.number, 'water');
      await expect(desk.services.cases.getCaseForStaff(heating, r.number)).rejects.toMatchObject({ code: 'not_found' });
      const view = await desk.services.cases.getCaseForStaff(water, r.number);
      expect(view.kase.departmentId).toBe('water');
      expect(view.events.at(-1)).toMatchObject({ type: 'department_changed', actorId: heating.id });
    });

    it('signs in with argon2id, keeps revocable sessions, and throttles password guessing', async () => {
      const user = await addStaff(desk, 'Clerk@Desk.test', 'clerk', 'water');
      const session = await desk.services.auth.signIn({ email: 'clerk@desk.test', password: 'correct horse battery staple', ip: '1.2.3.4', userAgent: 'test' });
      expect((await desk.services.auth.getSessionUser(session.token))?.id).toBe(user.id);
      await desk.services.auth.signOut(session.token);
      expect(await desk.services.auth.getSessionUser(session.token)).toBeNull();

      for (let i = 0; i < 5; i += 1) {
        await expect(desk.services.auth.signIn({ email: 'clerk@desk.test', password: 'wrong', ip: '1.2.3.4', userAgent: null })).rejects.toMatchObject({
          code: 'invalid_credentials',
        });
      }
      // The sixth try is refused even with the right password, until the window passes.
      await expect(desk.services.auth.signIn({ email: 'clerk@desk.test', password: 'correct horse battery staple', ip: '1.2.3.4', userAgent: null })).rejects.toMatchObject({
        code: 'rate_limited',
      });
      desk.clock.set(new Date(desk.clock.now().getTime() + 16 * 60_000));
      await expect(desk.services.auth.signIn({ email: 'clerk@desk.test', password: 'correct horse battery staple', ip: '1.2.3.4', userAgent: null })).resolves.toBeTruthy();
    });

    it('sessions expire, and deactivating a user ends them at once', async () => {
      const admin = await addStaff(desk, 'a@desk.test', 'admin', null);
      const clerk = await addStaff(desk, 'c@desk.test', 'clerk', 'water');
      const s = await desk.services.auth.signIn({ email: 'c@desk.test', password: 'correct horse battery staple', ip: null, userAgent: null });
      await desk.services.auth.updateUser(admin, clerk.id, { name: clerk.name, role: 'clerk', departmentId: 'water', active: false });
      expect(await desk.services.auth.getSessionUser(s.token)).toBeNull();
      await desk.services.auth.updateUser(admin, clerk.id, { name: clerk.name, role: 'clerk', departmentId: 'water', active: true });
      const s2 = await desk.services.auth.signIn({ email: 'c@desk.test', password: 'correct horse battery staple', ip: null, userAgent: null });
      desk.clock.set(new Date(desk.clock.now().getTime() + 9 * 3600_000));
      expect(await desk.services.auth.getSessionUser(s2.token)).toBeNull();
    });
  });
}
