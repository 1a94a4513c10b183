/**
 * The desk's routing service (catalogue from the database) knows the departments' keywords in
 * Ukrainian, Belarusian, German and Latvian too, on SQLite and on PostgreSQL: a Latvian letter
 * whose words no served language shares goes to its department, and a department switched off
 * takes its keywords with it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/clock';
import { parseDatabaseUrl } from '../../server/config';
import { createDatabase, type Database } from '../../server/db/database';
import { listExtraLanguageKeywords } from '../../server/departments/list-extra-language-keywords';
import { createDepartmentRouting } from '../../server/routing/department-routing';
import { createTestDesk, DATABASES, type TestDesk } from './harness';

const ADMIN = { id: 'admin-1', role: 'admin', departmentId: null, name: 'Admin' } as const;
const LETTERS = path.resolve(import.meta.dirname, '../fixtures/letters/foreign');
const letter = (file: string) => ({ subject: '', body: '', pages: [{ text: fs.readFileSync(path.join(LETTERS, file), 'utf8'), confidence: null }] });

for (const dbInfo of DATABASES) {
  describe.skipIf(!dbInfo.available)(`routing in the languages the desk does not serve, on ${dbInfo.name}`, () => {
    let desk: TestDesk;
    let db: Database;
    const clock = fixedClock('2026-03-02T09:00:00Z');

    beforeEach(async () => {
      desk = await createTestDesk(dbInfo.name);
      db = createDatabase(parseDatabaseUrl(desk.databaseUrl, desk.dataDir));
    });
    afterEach(async () => {
      await db.destroy();
      await desk.dispose();
    });

    it('routes a Latvian and a Ukrainian letter by their own words, and forgets a switched-off department\'s', async () => {
      const routing = createDepartmentRouting({ db, clock });
      const latvian = await routing.route(letter('lv-eldership.txt'));
      console.log(`lv-eldership on ${dbInfo.name}: ${latvian.top3.map((t) => `${t.departmentId} ${t.confidence.toFixed(2)}`).join(', ')} [${latvian.evidence.join(', ')}]`);
      expect(latvian.top3[0].departmentId).toBe('eldership');
      expect(latvian.evidence).toEqual(expect.arrayContaining(['rotaļu laukumu']));
      expect((await routing.route(letter('uk-heating.txt'))).top3[0].departmentId).toBe('heating');

      const eldership = (await desk.services.departments.findDepartment('eldership'))!;
      await desk.services.departments.updateDepartment(ADMIN, 'eldership', { ...eldership, active: false });
      await routing.reload();
      const after = await routing.route(letter('lv-eldership.txt'));
      expect(after.top3.map((t) => t.departmentId)).not.toContain('eldership');
      expect(listExtraLanguageKeywords(['water', 'heating']).map((k) => k.departmentId).sort()).toEqual(['heating', 'heating', 'heating', 'heating', 'water', 'water', 'water', 'water']);
    });
  });
}
