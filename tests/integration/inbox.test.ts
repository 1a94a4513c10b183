/**
 * The clerk's workbench: views with their counts, filters, keyset pages in three orders, triage on
 * its own, closed cases findable, saved views, bulk actions with per-case outcomes, and scoping that
 * no filter widens — on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInboxQuery } from '../../server/cases/index';
import type { Actor } from '../../server/auth/user';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

const q = (s: string, view: 'department' | 'all' | 'triage' | 'mine' = 'department') => parseInboxQuery(new URLSearchParams(s), view);

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`the inbox on ${db.name}`, () => {
    let desk: TestDesk;
    let clerk: Actor;
    let heatingClerk: Actor;
    let manager: Actor;
    const numbers: string[] = [];

    beforeAll(async () => {
      desk = await createTestDesk(db.name, '2026-03-02T09:00:00Z');
      clerk = await addStaff(desk, 'water@desk.example', 'clerk', 'water');
      heatingClerk = await addStaff(desk, 'heat@desk.example', 'clerk', 'heating');
      manager = await addStaff(desk, 'boss@desk.example', 'manager', null);
      // 23 water cases over 23 days, 4 heating cases, 3 not yet routed.
      for (let i = 0; i < 23; i += 1) {
        desk.clock.set(new Date(Date.parse('2026-03-02T09:00:00Z') + i * 86_400_000).toISOString());
        const lang = (['pl', 'lt', 'ru', 'en'] as const)[i % 4];
        const r = await desk.services.cases.registerPetition({ ...samplePetition, language: lang, subject: `Licznik ${i}` });
        numbers.push(r.number);
      }
      for (let i = 0; i < 4; i += 1) await desk.services.cases.registerPetition({ ...samplePetition, departmentId: 'heating', channel: 'email', subject: `Ogrzewanie ${i}` });
      for (let i = 0; i < 3; i += 1) await desk.services.cases.registerPetition({ ...samplePetition, departmentId: null, subject: `Nieznane ${i}` });
      desk.clock.set('2026-04-01T09:00:00Z');
    });
    afterAll(async () => desk?.dispose());

    it('offers each role its views with open counts, and keeps triage out of the department tab', async () => {
      const page = await desk.services.cases.listInboxPage(clerk, q(''));
      expect(page.views).toEqual(['department', 'triage', 'mine']);
      expect(page.counts).toEqual({ department: 23, triage: 3, mine: 0 });
      expect(page.items.every((i) => i.departmentId === 'water')).toBe(true);
      const triage = await desk.services.cases.listInboxPage(clerk, q('view=triage'));
      expect(triage.items.map((i) => i.departmentId)).toEqual([null, null, null]);
      const boss = await desk.services.cases.listInboxPage(manager, q('', 'all'));
      expect(boss.views[0]).toBe('all');
      expect(boss.counts.all).toBe(30);
    });

    it('pages by keyset in due-date order with no row lost or repeated', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      for (let guard = 0; guard < 10; guard += 1) {
        const page = await desk.services.cases.listInboxPage(manager, { ...q('', 'all'), after }, { limit: 7 });
        seen.push(...page.items.map((i) => i.number));
        if (!page.next) break;
        after = page.next;
      }
      expect(seen).toHaveLength(30);
      expect(new Set(seen).size).toBe(30);
      // Dated cases first, earliest due first; the three without a due date (not registered) last.
      const all = await desk.services.cases.listInboxPage(manager, q('', 'all'), { limit: 100 });
      const dues = all.items.map((i) => i.dueOn);
      const dated = dues.filter((d): d is string => d !== null);
      expect(dated).toEqual([...dated].sort());
      expect(all.items.map((i) => i.number)).toEqual(seen);
    });

    it('sorts by received and by last change, newest first, across pages', async () => {
      for (const sort of ['received', 'updated']) {
        const first = await desk.services.cases.listInboxPage(clerk, q(`sort=${sort}`), { limit: 10 });
        const second = await desk.services.cases.listInboxPage(clerk, { ...q(`sort=${sort}`), after: first.next! }, { limit: 10 });
        const key = (i: (typeof first.items)[number]) => (sort === 'received' ? i.receivedAt : i.updatedAt);
        const keys = [...first.items, ...second.items].map(key);
        expect(keys).toEqual([...keys].sort().reverse());
        expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(20);
      }
    });

    it('filters by language, channel, deadline state and received dates', async () => {
      const polish = await desk.services.cases.listInboxPage(clerk, q('language=pl'), { limit: 100 });
      expect(polish.items.length).toBe(6);
      expect(polish.items.every((i) => i.language === 'pl')).toBe(true);
      const email = await desk.services.cases.listInboxPage(manager, q('channel=email', 'all'), { limit: 100 });
      expect(email.items.map((i) => i.departmentId)).toEqual(['heating', 'heating', 'heating', 'heating']);
      const overdue = await desk.services.cases.listInboxPage(clerk, q('deadline=overdue'), { limit: 100 });
      const soon = await desk.services.cases.listInboxPage(clerk, q('deadline=due-soon'), { limit: 100 });
      const onTrack = await desk.services.cases.listInboxPage(clerk, q('deadline=on-track'), { limit: 100 });
      expect(overdue.items.every((i) => i.deadline?.state === 'overdue')).toBe(true);
      expect(soon.items.every((i) => i.deadline?.state === 'due-soon')).toBe(true);
      expect(onTrack.items.every((i) => i.deadline?.state === 'on-track')).toBe(true);
      expect(overdue.items.length + soon.items.length + onTrack.items.length).toBe(23);
      expect(overdue.items.length).toBeGreaterThan(0);
      expect(soon.items.length).toBeGreaterThan(0);
      // Received on 2 and 3 March (Vilnius days).
      const early = await desk.services.cases.listInboxPage(clerk, q('receivedFrom=2026-03-02&receivedTo=2026-03-03'), { limit: 100 });
      expect(early.items.map((i) => i.number).sort()).toEqual(numbers.slice(0, 2));
    });

    it('never widens a clerk’s scope, whatever the filters say', async () => {
      const page = await desk.services.cases.listInboxPage(heatingClerk, q('department=water&status=any'), { limit: 100 });
      expect(page.items.filter((i) => i.departmentId === 'water')).toEqual([]);
      const view = await desk.services.cases.listInboxPage(heatingClerk, q('view=all'), { limit: 100 });
      expect(view.view).toBe('department');
      expect(view.items.every((i) => i.departmentId === 'heating')).toBe(true);
    });

    it('applies a bulk action case by case and says which could not move', async () => {
      const picked = numbers.slice(0, 3);
      const assigned = await desk.services.cases.applyBulkAction(clerk, picked, { action: 'assign', assigneeId: 'me' });
      expect(assigned.every((o) => o.ok)).toBe(true);
      const mine = await desk.services.cases.listInboxPage(clerk, q('view=mine'), { limit: 100 });
      expect(mine.items.map((i) => i.number).sort()).toEqual(picked);
      expect(mine.counts.mine).toBe(3);
      // Closing open cases is not a legal move: each says so, nothing else happens.
      const closed = await desk.services.cases.applyBulkAction(clerk, picked, { action: 'close' });
      expect(closed.map((o) => o.ok)).toEqual([false, false, false]);
      expect(closed[0]!.error).toBe('errors.illegal_transition');
      // A heating clerk cannot touch water cases through a selection either.
      const foreign = await desk.services.cases.applyBulkAction(heatingClerk, [numbers[5]!], { action: 'assign', assigneeId: 'me' });
      expect(foreign[0]).toMatchObject({ ok: false });
      // Routing a selection sends every case to the other department.
      const routed = await desk.services.cases.applyBulkAction(clerk, [numbers[20]!, numbers[21]!], { action: 'route', departmentId: 'heating' });
      expect(routed.every((o) => o.ok)).toBe(true);
      const heat = await desk.services.cases.listInboxPage(heatingClerk, q(''), { limit: 100 });
      expect(heat.items.map((i) => i.number)).toEqual(expect.arrayContaining([numbers[20], numbers[21]]));
    });

    it('finds answered and closed cases with the status filter', async () => {
      const n = numbers[10]!;
      await desk.services.cases.assignCase(clerk, n, clerk.id);
      await desk.services.cases.changeCaseStatus(clerk, n, 'in_progress');
      await desk.services.cases.changeCaseStatus(clerk, n, 'answered');
      await desk.services.cases.changeCaseStatus(clerk, n, 'closed');
      const open = await desk.services.cases.listInboxPage(clerk, q(''), { limit: 100 });
      expect(open.items.map((i) => i.number)).not.toContain(n);
      const closed = await desk.services.cases.listInboxPage(clerk, q('status=closed'), { limit: 100 });
      expect(closed.items.map((i) => i.number)).toEqual([n]);
      const any = await desk.services.cases.listInboxPage(clerk, q('status=any'), { limit: 100 });
      expect(any.items.map((i) => i.number)).toContain(n);
    });

    it('keeps saved views per person, normalised, and refuses nameless ones', async () => {
      await desk.services.cases.saveInboxView(clerk, { name: 'Polish, overdue', query: 'view=department&language=pl&deadline=overdue&after=xyz&bogus=1' });
      await desk.services.cases.saveInboxView(clerk, { name: 'Polish, overdue', query: 'view=department&language=pl' });
      const views = await desk.services.cases.listSavedViews(clerk);
      expect(views).toEqual([expect.objectContaining({ name: 'Polish, overdue', query: 'view=department&language=pl' })]);
      expect(await desk.services.cases.listSavedViews(heatingClerk)).toEqual([]);
      await expect(desk.services.cases.saveInboxView(clerk, { name: ' ', query: '' })).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(desk.services.cases.removeSavedView(heatingClerk, views[0]!.id)).rejects.toMatchObject({ code: 'not_found' });
      await desk.services.cases.removeSavedView(clerk, views[0]!.id);
      expect(await desk.services.cases.listSavedViews(clerk)).toEqual([]);
    });

    it('streams every row of a view for an export, past any page size', async () => {
      const rows = [];
      for await (const row of desk.services.cases.streamInbox(manager, q('status=any', 'all'))) rows.push(row);
      expect(rows).toHaveLength(30);
    });

    it('moves the live mark when a case changes, only among the cases one may see', async () => {
      const before = await desk.services.cases.inboxChangeMark(heatingClerk);
      desk.clock.set('2026-04-01T10:00:00Z');
      await desk.services.cases.addCaseNote(clerk, numbers[1]!, 'water only');
      expect(await desk.services.cases.inboxChangeMark(heatingClerk)).toBe(before);
      const waterBefore = await desk.services.cases.inboxChangeMark(clerk);
      desk.clock.set('2026-04-01T11:00:00Z');
      await desk.services.cases.assignCase(clerk, numbers[2]!, clerk.id);
      expect(await desk.services.cases.inboxChangeMark(clerk)).not.toBe(waterBefore);
    });
  });
}
