/**
 * Status lookups are throttled by failures only and never keep the right code out: successful
 * lookups cost nothing, the right number and code work however many wrong ones came before from
 * the same address (an office behind one NAT), and wrong guesses past the free ones are told to
 * wait (429 with Retry-After) for longer with every further failure.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOOKUP_THROTTLES } from '../../server/cases/track-case';
import { createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

const WRONG = 'AAAA-BBBB-CCCC-DDDD';

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`status lookup throttles on ${db.name}`, () => {
    let desk: TestDesk;
    let warnings: string[];
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
      warnings = [];
      vi.spyOn(console, 'warn').mockImplementation((line: unknown) => void warnings.push(String(line)));
    });
    afterEach(async () => {
      vi.restoreAllMocks();
      await desk?.dispose();
    });

    const track = (number: string, code: string, clientKey = '10.1.1.1') => desk.services.cases.trackCase({ number, code, clientKey });
    const refusal = (p: Promise<unknown>) => p.then(() => null, (e: { code: string; retryAfterSeconds?: number }) => e);
    const later = (seconds: number) => desk.clock.set(new Date(desk.clock.now().getTime() + seconds * 1000));

    it('ten (and thirty) successful lookups from one address within 15 minutes are all answered', async () => {
      const r = await desk.services.cases.registerPetition(samplePetition);
      for (let i = 0; i < 30; i += 1) {
        await expect(track(r.number, r.trackingCode)).resolves.toMatchObject({ number: r.number });
        later(20);
      }
    });

    it('the right code works at once after fifty wrong ones from the same address, on this case and another', async () => {
      const mine = await desk.services.cases.registerPetition(samplePetition);
      const colleague = await desk.services.cases.registerPetition(samplePetition);
      for (let i = 0; i < 50; i += 1) {
        const e = await refusal(track(i % 2 ? mine.number : colleague.number, WRONG));
        expect(['not_found', 'rate_limited']).toContain(e?.code);
      }
      // No time passes: the wait a wrong guess was told does not apply to the right code.
      await expect(track(mine.number, mine.trackingCode)).resolves.toMatchObject({ number: mine.number, status: 'registered' });
      await expect(track(colleague.number, colleague.trackingCode)).resolves.toMatchObject({ number: colleague.number });
      // A wrong one after it is still slowed: a success from the address clears nothing of its failures.
      await expect(track(mine.number, WRONG)).rejects.toMatchObject({ code: 'rate_limited' });
    });

    it('wrong guesses past the free ones get rate_limited with a Retry-After that grows, and say nothing of whether the case exists', async () => {
      const r = await desk.services.cases.registerPetition(samplePetition);
      const free = LOOKUP_THROTTLES.perClient.free;
      for (let i = 0; i < free; i += 1) await expect(track(r.number, WRONG)).rejects.toMatchObject({ code: 'not_found' });
      const waits: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const e = await refusal(track(r.number, WRONG));
        expect(e).toMatchObject({ code: 'rate_limited' });
        waits.push(e!.retryAfterSeconds!);
        later(e!.retryAfterSeconds!);
      }
      expect(waits).toEqual([2, 4, 8, 16, 32]);
      expect(warnings.some((w) => w.includes('track_lookup_throttled'))).toBe(true);
      expect(warnings.join('\n')).not.toContain(WRONG);

      // A number with no case behind it is slowed exactly the same way, from another address.
      for (let i = 0; i < free; i += 1) await expect(track('VLN-2026-999999', WRONG, '10.2.2.2')).rejects.toMatchObject({ code: 'not_found' });
      await expect(track('VLN-2026-999999', WRONG, '10.2.2.2')).rejects.toMatchObject({ code: 'rate_limited', retryAfterSeconds: 2 });
    });

    it('one case guessed from many addresses slows each guess, and its owner still gets in at once', async () => {
      const r = await desk.services.cases.registerPetition(samplePetition);
      for (let i = 0; i < LOOKUP_THROTTLES.perCase.free; i += 1) await refusal(track(r.number, WRONG, `6.6.6.${i}`));
      await expect(track(r.number, WRONG, '6.6.7.1')).rejects.toMatchObject({ code: 'rate_limited', retryAfterSeconds: 2 });
      await expect(track(r.number, WRONG, '6.6.7.2')).rejects.toMatchObject({ code: 'rate_limited', retryAfterSeconds: 4 });
      await expect(track(r.number, r.trackingCode, '6.6.7.3')).resolves.toMatchObject({ number: r.number });
      // Whoever holds the code has no use for guessing it: the case's failures are cleared.
      await expect(track(r.number, WRONG, '6.6.7.4')).rejects.toMatchObject({ code: 'not_found' });
    });

    it('nothing is locked for the window: the wait is capped, and the failures age out', async () => {
      const r = await desk.services.cases.registerPetition(samplePetition);
      for (let i = 0; i < 40; i += 1) await refusal(track(r.number, WRONG));
      const e = await refusal(track(r.number, WRONG));
      expect(e!.retryAfterSeconds).toBeLessThanOrEqual(LOOKUP_THROTTLES.perClient.maxSeconds);
      later(LOOKUP_THROTTLES.perCase.windowSeconds + 1);
      await expect(track(r.number, WRONG)).rejects.toMatchObject({ code: 'not_found' });
    });
  });
}
