/**
 * The reference catalogue in the database, on SQLite and on PostgreSQL: `migrate` loads it on a fresh
 * database, loading again changes nothing an admin set (a department switched off, four-eyes approval)
 * and keeps every service's id, an edited file updates in place, and one department is found by id.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../server/auth/user';
import { readCatalogue } from '../../server/departments/catalogue.store';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

const ADMIN: Actor = { id: 'admin', role: 'admin', departmentId: null, name: 'Admin' };

for (const dbInfo of DATABASES) {
  describe.skipIf(!dbInfo.available)(`the service catalogue on ${dbInfo.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(dbInfo.name);
    });
    afterEach(async () => desk.dispose());

    it('is in the database after migrate, exactly as the files hold it', async () => {
      const files = readCatalogue();
      const departments = await desk.services.departments.listDepartments();
      expect(departments.map((d) => d.id).sort()).toEqual(files.departments.map((d) => d.id).sort());
      for (const d of files.departments) {
        expect(departments.find((x) => x.id === d.id)).toEqual({ ...d, active: true, fourEyes: false });
      }
      const services = await desk.services.departments.listServiceCatalogue();
      expect(services.map(({ slug, departmentId, texts }) => ({ slug, departmentId, texts }))).toEqual(
        // The database lists services by department id, then by their position in the department's file.
        [...files.services].sort((a, b) => (a.departmentId < b.departmentId ? -1 : a.departmentId > b.departmentId ? 1 : 0)),
      );
    });

    it('loads again without losing what an admin changed, and keeps every service id', async () => {
      const water = (await desk.services.departments.findDepartment('water'))!;
      await desk.services.departments.updateDepartment(ADMIN, 'water', { ...water, active: false, fourEyes: true, email: 'vanduo@desk.vilnius.example' });
      const before = await desk.services.departments.listServiceCatalogue();

      const again = await desk.services.migrate();
      expect(again.catalogue).toEqual({ departments: 10, services: 81 });
      expect(await desk.services.departments.loadCatalogue()).toEqual({ departments: 10, services: 81 });

      // A department is the admin's once it exists: settings and e-mail kept as they were changed.
      expect(await desk.services.departments.findDepartment('water')).toEqual({ ...water, active: false, fourEyes: true, email: 'vanduo@desk.vilnius.example' });
      expect(await desk.services.departments.listServiceCatalogue()).toEqual(before);
      expect((await desk.services.departments.listDepartments()).filter((d) => d.fourEyes).map((d) => d.id)).toEqual(['water']);
    });

    it('updates an edited catalogue in place: texts, topic order and a new service', async () => {
      const files = readCatalogue();
      const before = await desk.services.departments.listServiceCatalogue();
      const [first, second, ...rest] = files.services;
      const renamed = { ...first, texts: { ...first.texts, en: { ...first.texts.en, name: 'Water contracts', keywords: ['water contract'] } } };
      const added = { slug: 'water-hydrants', departmentId: 'water', texts: first.texts };
      await desk.services.departments.loadCatalogue({ departments: files.departments, services: [second, renamed, added, ...rest] });

      const after = await desk.services.departments.listServiceCatalogue();
      expect(after).toHaveLength(before.length + 1);
      const water = after.filter((s) => s.departmentId === 'water');
      expect(water.slice(0, 3).map((s) => s.slug)).toEqual([second.slug, first.slug, 'water-hydrants']);
      const edited = after.find((s) => s.slug === first.slug)!;
      expect(edited.id).toBe(before.find((s) => s.slug === first.slug)!.id);
      expect(edited.texts.en).toEqual({ ...first.texts.en, name: 'Water contracts', keywords: ['water contract'] });
      expect(edited.texts.lt).toEqual(first.texts.lt);
    });

    it('finds one department by id; none for an unknown id or a case in triage', async () => {
      expect(await desk.services.departments.findDepartment('archive')).toMatchObject({ id: 'archive', legalName: expect.stringContaining('Archyvų') });
      expect(await desk.services.departments.findDepartment('no-such-department')).toBeNull();
      expect(await desk.services.departments.findDepartment(null)).toBeNull();
    });

    it('routes a case only to an active department', async () => {
      const manager = await addStaff(desk, 'm@desk.test', 'manager', null);
      const kase = await desk.services.cases.registerPetition({ ...samplePetition, departmentId: null });
      const heating = (await desk.services.departments.findDepartment('heating'))!;
      await desk.services.departments.updateDepartment(ADMIN, 'heating', { ...heating, active: false });
      await expect(desk.services.cases.routeCaseToDepartment(manager, kase.number, 'heating')).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(desk.services.cases.routeCaseToDepartment(manager, kase.number, 'no-such-department')).rejects.toMatchObject({ code: 'invalid_input' });
      await desk.services.cases.routeCaseToDepartment(manager, kase.number, 'water');
      expect((await desk.services.cases.getCaseForStaff(manager, kase.number)).kase.departmentId).toBe('water');
    });
  });
}
