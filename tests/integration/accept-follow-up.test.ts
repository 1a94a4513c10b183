/**
 * An unverified follow-up (the petitioner's From and the case number in the subject, nothing of our
 * threading) moves nothing until a clerk of the case accepts it: then it is the petitioner's
 * message on the resident's trail, and a case awaiting information runs again. Once per message;
 * another department's clerk cannot see the case at all.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeMail } from '../fixtures/email/mail';
import { addStaff, createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`accepting an unverified follow-up on ${db.name}`, () => {
    let desk: TestDesk;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
    });
    afterEach(async () => desk.dispose());

    it('is the petitioner\'s message once a clerk accepts it, and only then', async () => {
      const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
      const other = await addStaff(desk, 'h@heating.test', 'clerk', 'heating');
      const r = await desk.services.cases.registerPetition(samplePetition);
      await desk.services.cases.assignCase(clerk, r.number, clerk.id);
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'in_progress');
      await desk.services.cases.changeCaseStatus(clerk, r.number, 'awaiting_information');

      const raw = await composeMail({ from: samplePetition.petitioner.email, subject: `Re: ${r.number}`, text: 'Przesyłam numer licznika: 123456.', messageId: '<forged-or-not@example.pl>' });
      expect(await desk.services.intake.ingestEmail(raw, 'cli')).toMatchObject({ outcome: 'unverified_follow_up', caseNumber: r.number });
      let view = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(view.kase.status).toBe('awaiting_information');
      const unverified = view.events.find((e) => e.type === 'unverified_message_received')!;
      const before = await desk.services.cases.trackCase({ number: r.number, code: r.trackingCode, clientKey: 'resident' });

      await expect(desk.services.cases.acceptFollowUp(other, r.number, unverified.id)).rejects.toMatchObject({ code: 'not_found' });
      await expect(desk.services.cases.acceptFollowUp(clerk, r.number, 'no-such-event')).rejects.toMatchObject({ code: 'not_found' });
      await desk.services.cases.acceptFollowUp(clerk, r.number, unverified.id);
      await expect(desk.services.cases.acceptFollowUp(clerk, r.number, unverified.id)).rejects.toMatchObject({ code: 'conflict' });

      view = await desk.services.cases.getCaseForStaff(clerk, r.number);
      expect(view.kase.status).toBe('in_progress');
      const accepted = view.events.filter((e) => e.type === 'follow_up_accepted');
      expect(accepted).toHaveLength(1);
      expect(accepted[0]).toMatchObject({ actorType: 'user', actorId: clerk.id, data: { eventId: unverified.id } });
      const message = view.events.filter((e) => e.type === 'message_received');
      expect(message).toHaveLength(1);
      expect(message[0]).toMatchObject({ actorType: 'petitioner', visibility: 'public', data: { text: 'Przesyłam numer licznika: 123456.' } });
      // The resident sees it now, and the case moving on.
      const after = await desk.services.cases.trackCase({ number: r.number, code: r.trackingCode, clientKey: 'resident' });
      expect(after.timeline.length).toBeGreaterThan(before.timeline.length);
      expect(after.status).toBe('in_progress');
      expect((await desk.services.cases.verifyAudit()).problems).toEqual([]);
    });
  });
}
