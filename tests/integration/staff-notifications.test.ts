/**
 * Staff notifications: each case event tells the people concerned exactly once (and nobody else,
 * never another department); a return needs a comment; the morning sweep warns once per case, state
 * and person, never of a paused clock; and the digest is stored once per person per day in their
 * own language. On SQLite, and on PostgreSQL when DATABASE_URL_TEST is set.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { createDatabase, type Database } from '../../server/db/database';
import { appendCaseEvent, type NewCaseEvent } from '../../server/cases/case-event.repository';
import type { User } from '../../server/auth/user';
import { createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

/** A second connection: for the resident's message (the e-mail channel's event) and the outbox rows. */
function sideDatabase(desk: TestDesk): Database {
  return createDatabase(loadConfig({ DATABASE_URL: desk.databaseUrl, DATA_DIR: desk.dataDir, NODE_ENV: 'test' }).database);
}

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`staff notifications on ${db.name}`, () => {
    let desk: TestDesk;
    let side: Database;
    let people: Record<'clerk' | 'clerk2' | 'heatingClerk' | 'manager' | 'heatingManager' | 'admin', User>;

    const add = (email: string, role: User['role'], departmentId: string | null, locale: 'lt' | 'pl' | 'ru' | 'en') =>
      desk.services.auth.addUser(null, { email, name: `Staff ${email.split('@')[0]}`, role, departmentId, locale, password: 'correct horse battery staple' });
    /** Every person's entries, by name, as [kind, case number] pairs. */
    async function entries() {
      const out: Record<string, { kind: string; caseNumber: string; comment?: string; actorName: string | null }[]> = {};
      for (const [name, u] of Object.entries(people)) {
        out[name] = (await desk.services.staffNotifications.listStaffNotifications(u)).map((n) => ({ kind: n.kind, caseNumber: n.data.caseNumber, comment: n.data.comment, actorName: n.data.actorName }));
      }
      return out;
    }
    const kinds = async () => Object.fromEntries(Object.entries(await entries()).map(([k, v]) => [k, v.map((e) => e.kind)]));
    const dispatch = async () => {
      while ((await desk.services.dispatchEvents()) > 0);
    };
    const register = () => desk.services.cases.registerPetition({ ...samplePetition, petitioner: { ...samplePetition.petitioner, email: null } });
    async function fourEyesWater() {
      const water = (await desk.services.departments.listDepartments()).find((d) => d.id === 'water')!;
      await desk.services.departments.updateDepartment(people.admin, 'water', { legalName: water.legalName, names: water.names, email: water.email, active: true, fourEyes: true });
    }

    beforeEach(async () => {
      desk = await createTestDesk(db.name);
      side = sideDatabase(desk);
      people = {
        clerk: await add('c1@water.test', 'clerk', 'water', 'pl'),
        clerk2: await add('c2@water.test', 'clerk', 'water', 'lt'),
        heatingClerk: await add('h@heating.test', 'clerk', 'heating', 'lt'),
        manager: await add('m@desk.test', 'manager', null, 'en'),
        heatingManager: await add('hm@heating.test', 'manager', 'heating', 'ru'),
        admin: await add('a@desk.test', 'admin', null, 'lt'),
      };
      // Events are dispatched by hand and no job runs: on PostgreSQL the queue runs a job when the
      // database's own clock reaches it, so the morning sweep it schedules (dated by the fixed
      // test clock, months ago) would run for every day since, and the test would not be alone.
    });
    afterEach(async () => {
      await side.destroy();
      await desk.dispose();
    });

    it('assigned: the new assignee alone is told, once, with who assigned it; taking a case oneself tells nobody', async () => {
      const r = await register();
      await dispatch();
      expect(await kinds()).toEqual({ clerk: [], clerk2: [], heatingClerk: [], manager: [], heatingManager: [], admin: [] });
      await desk.services.cases.assignCase(people.manager, r.number, people.clerk.id);
      await dispatch();
      await dispatch();
      const all = await entries();
      expect(all.clerk).toEqual([{ kind: 'case_assigned', caseNumber: r.number, comment: undefined, actorName: 'Staff m' }]);
      expect({ ...(await kinds()), clerk: [] }).toEqual({ clerk: [], clerk2: [], heatingClerk: [], manager: [], heatingManager: [], admin: [] });
      expect(await desk.services.staffNotifications.countUnreadNotifications(people.clerk)).toBe(1);

      const other = await register();
      await desk.services.cases.assignCase(people.clerk2, other.number, people.clerk2.id);
      await dispatch();
      expect((await kinds()).clerk2).toEqual([]);
    });

    it('approval requested: the managers of the department, once; returned: the author, with the comment; a return without one is refused', async () => {
      await fourEyesWater();
      const r = await register();
      const id = await desk.services.replies.startReply(people.clerk, r.number, 'acknowledgement');
      await desk.services.replies.requestReplyApproval(people.clerk, id);
      await dispatch();
      await dispatch();
      expect(await kinds()).toEqual({ clerk: [], clerk2: [], heatingClerk: [], manager: ['approval_requested'], heatingManager: [], admin: [] });
      const asked = (await desk.services.staffNotifications.listStaffNotifications(people.manager))[0]!;
      expect(asked.href).toBe(`/staff/replies/${id}`);
      // The queue: the water manager's, not the heating manager's; no queue for a clerk.
      expect((await desk.services.replies.listApprovalQueue(people.manager)).map((q) => q.replyId)).toEqual([id]);
      expect(await desk.services.replies.listApprovalQueue(people.heatingManager)).toEqual([]);
      expect(await desk.services.replies.countApprovalQueue(people.manager)).toBe(1);
      expect(await desk.services.replies.countApprovalQueue(people.clerk)).toBe(0);
      await expect(desk.services.replies.listApprovalQueue(people.clerk)).rejects.toMatchObject({ code: 'forbidden' });

      for (const empty of [undefined, '', '   ']) {
        await expect(desk.services.replies.approveReply(people.manager, id, false, empty)).rejects.toMatchObject({ code: 'invalid_input', i18nKey: 'reply.returnCommentRequired' });
      }
      expect((await desk.services.replies.getReplyForEditing(people.clerk, id)).reply.status).toBe('awaiting_approval');
      await desk.services.replies.approveReply(people.manager, id, false, 'Please name the street in the first line.');
      await dispatch();
      await dispatch();
      const all = await entries();
      expect(all.clerk).toEqual([{ kind: 'reply_returned', caseNumber: r.number, comment: 'Please name the street in the first line.', actorName: 'Staff m' }]);
      expect(await kinds()).toEqual({ clerk: ['reply_returned'], clerk2: [], heatingClerk: [], manager: ['approval_requested'], heatingManager: [], admin: [] });
      expect(await desk.services.replies.listApprovalQueue(people.manager)).toEqual([]);
      const view = await desk.services.cases.getCaseForStaff(people.manager, r.number);
      expect(view.events.filter((e) => e.type === 'reply_approval_requested')).toHaveLength(1);
      expect(view.events.filter((e) => e.type === 'reply_returned')).toHaveLength(1);
    });

    it('the resident wrote: the assignee, or while nobody has the case its clerks and managers; never another department', async () => {
      const unassigned = await register();
      const assigned = await register();
      await desk.services.cases.assignCase(people.clerk2, assigned.number, people.clerk2.id);
      await dispatch();
      for (const r of [unassigned, assigned]) {
        await side.transaction().execute((trx) =>
          appendCaseEvent(trx, r.caseId, {
            type: 'message_received', data: { channel: 'email', subject: 'Zdjęcie licznika', text: 'W załączeniu zdjęcie.', messageId: `resident-${r.number}@example.pl` },
            actorType: 'system', actorId: null, visibility: 'public', at: desk.clock.now(),
          } as NewCaseEvent),
        );
      }
      await dispatch();
      await dispatch();
      const all = await entries();
      const of = (name: keyof typeof people) => all[name]!.filter((e) => e.kind === 'resident_replied').map((e) => e.caseNumber).sort();
      expect(of('clerk')).toEqual([unassigned.number]);
      expect(of('clerk2')).toEqual([unassigned.number, assigned.number].sort());
      expect(of('manager')).toEqual([unassigned.number]);
      expect(of('heatingClerk')).toEqual([]);
      expect(of('heatingManager')).toEqual([]);
      expect(of('admin')).toEqual([]);
    });

    it('the sweep warns once per case, state and person, never of a paused clock; the digest is stored once per person per day in their language', async () => {
      const due = await register();
      const paused = await register();
      const heating = await desk.services.cases.registerPetition({ ...samplePetition, departmentId: 'heating', petitioner: { ...samplePetition.petitioner, email: null } });
      await desk.services.cases.assignCase(people.clerk, due.number, people.clerk.id);
      await desk.services.cases.assignCase(people.clerk, paused.number, people.clerk.id);
      await desk.services.cases.changeCaseStatus(people.clerk, paused.number, 'in_progress');
      await desk.services.cases.changeCaseStatus(people.clerk, paused.number, 'awaiting_information');
      await dispatch();
      const dueOn = (await desk.services.cases.getCaseForStaff(people.clerk, due.number)).kase.dueOn!;
      expect((await desk.services.cases.getCaseForStaff(people.clerk, paused.number)).kase.dueOn).toBe(dueOn);
      expect(heating.dueOn).toBe(dueOn);
      const before = await entries();

      // Days after the due date: overdue, but the paused case is not.
      const [y, m, d] = dueOn.split('-').map(Number);
      const later = new Date(Date.UTC(y!, m! - 1, d! + 3)).toISOString().slice(0, 10);
      const first = await desk.services.staffNotifications.runDeadlineSweep(later);
      expect(first.cases).toBe(2); // the water case and the heating case
      const swept = await entries();
      const fresh = (name: keyof typeof people) => swept[name]!.slice(0, swept[name]!.length - before[name]!.length).map((e) => `${e.kind} ${e.caseNumber}`).sort();
      expect(fresh('clerk')).toEqual([`overdue ${due.number}`]);
      expect(fresh('clerk2')).toEqual([]);
      expect(fresh('manager')).toEqual([`overdue ${due.number}`, `overdue ${heating.number}`].sort());
      expect(fresh('heatingManager')).toEqual([`overdue ${heating.number}`]);
      expect(fresh('heatingClerk')).toEqual([`overdue ${heating.number}`]);
      expect(fresh('admin')).toEqual([]);
      expect(swept.clerk!.some((e) => e.caseNumber === paused.number && (e.kind === 'overdue' || e.kind === 'due_soon'))).toBe(false);

      // The same day again: nothing new, no second digest.
      const second = await desk.services.staffNotifications.runDeadlineSweep(later);
      expect(second).toMatchObject({ raised: 0, digests: 0 });
      expect(await entries()).toEqual(swept);

      const digests = await side.selectFrom('notifications').select(['user_id', 'language', 'subject', 'dedupe_key']).where('kind', '=', 'staff_digest').execute();
      const byUser = new Map(digests.map((row) => [row.user_id, row]));
      expect(digests).toHaveLength(4); // clerk, manager, heating clerk, heating manager
      expect(byUser.size).toBe(4);
      expect(byUser.get(people.clerk.id)).toMatchObject({ language: 'pl', dedupe_key: `digest:${people.clerk.id}:${later}` });
      expect(byUser.get(people.clerk.id)!.subject).toMatch(/^Terminy na .*po terminie 1, wkrótce 0$/);
      expect(byUser.get(people.manager.id)).toMatchObject({ language: 'en' });
      expect(byUser.get(people.manager.id)!.subject).toMatch(/^Deadlines on .*: 2 overdue, 0 due soon$/);
      expect(byUser.get(people.heatingManager.id)).toMatchObject({ language: 'ru' });
      expect(byUser.get(people.heatingManager.id)!.subject).toMatch(/^Сроки на /);
      expect(byUser.get(people.heatingClerk.id)).toMatchObject({ language: 'lt' });
      expect(byUser.has(people.admin.id)).toBe(false);
      expect(byUser.has(people.clerk2.id)).toBe(false);
    });

    it('marks one entry read, then all; nobody marks another person\'s', async () => {
      const a = await register();
      const b = await register();
      await desk.services.cases.assignCase(people.manager, a.number, people.clerk.id);
      await desk.services.cases.assignCase(people.manager, b.number, people.clerk.id);
      await dispatch();
      const [newest, older] = await desk.services.staffNotifications.listStaffNotifications(people.clerk);
      expect([newest!.data.caseNumber, older!.data.caseNumber]).toEqual([b.number, a.number]);
      expect(await desk.services.staffNotifications.markNotificationsRead(people.clerk2, { intent: 'read', id: newest!.id })).toBe(0);
      expect(await desk.services.staffNotifications.markNotificationsRead(people.clerk, { intent: 'read', id: newest!.id })).toBe(1);
      expect(await desk.services.staffNotifications.countUnreadNotifications(people.clerk)).toBe(1);
      await desk.services.staffNotifications.markNotificationsRead(people.clerk, { intent: 'readAll' });
      expect(await desk.services.staffNotifications.countUnreadNotifications(people.clerk)).toBe(0);
    });
  });
}
