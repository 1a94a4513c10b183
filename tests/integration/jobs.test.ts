/**
 * The JobQueue port's promises, on the embedded queue (SQLite) and on graphile-worker (PostgreSQL):
 * transactional enqueue, exactly-once on success, keys, retries with back-off, permanent failures,
 * the concurrency limit. Durability across a killed process: jobs-durability.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PermanentJobError, type JobDefinition } from '../../server/jobs/job';
import { enqueueJob, type EnqueueOptions } from '../../server/jobs/job-queue';
import { retryDelayMs } from '../../server/jobs/backoff';
import { BACKENDS, createJobTestDb, pause, waitFor, type JobTestDb } from '../fixtures/jobs/job-test-kit';

const notePayload = z.object({ note: z.string() });

/** A definition that records every call, and does what `behaviour` says. */
function recording(name: string, behaviour: (attempt: number) => Promise<void> = async () => {}, extra: Partial<JobDefinition> = {}) {
  const runs: { note: string; attempt: number; jobId: string }[] = [];
  const failures: { note: string; message: string }[] = [];
  const definition: JobDefinition<z.infer<typeof notePayload>> = {
    name,
    payload: notePayload,
    async run(payload, ctx) {
      runs.push({ note: payload.note, attempt: ctx.attempt, jobId: ctx.jobId });
      await behaviour(ctx.attempt);
    },
    async onFailed(payload, error) {
      failures.push({ note: payload.note, message: error.message });
    },
    ...extra,
  };
  return { definition, runs, failures };
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`job queue on ${backend.name}`, () => {
    let t: JobTestDb;
    beforeEach(async () => {
      t = await createJobTestDb(backend.name);
    });
    afterEach(async () => t.dispose());

    const enqueue = (name: string, payload: unknown, options?: EnqueueOptions) =>
      t.db.transaction().execute((trx) => queue.enqueue(trx, name, payload, options));
    let queue: ReturnType<JobTestDb['queue']>;
    beforeEach(() => {
      queue = t.queue();
    });

    it('never runs a job whose transaction rolled back, and runs a committed one exactly once', async () => {
      const job = recording('greet');
      await expect(
        t.db.transaction().execute(async (trx) => {
          await queue.enqueue(trx, 'greet', { note: 'rolled back' });
          throw new Error('the case could not be saved');
        }),
      ).rejects.toThrow('the case could not be saved');
      await enqueue('greet', { note: 'committed' });

      await queue.start([job.definition], { concurrency: 4 });
      await queue.drain();
      await pause(300); // time for a wrong second run to show up
      expect(job.runs.map((r) => [r.note, r.attempt])).toEqual([['committed', 1]]);
      expect(await queue.stats()).toEqual({ queued: 0, running: 0, failed: 0 });
    });

    it('adds no second job for a key while one is queued or running, and a new one after it finished', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const job = recording('analyse', async (attempt) => {
        if (attempt === 1 && job.runs.length === 1) await gate;
      });
      await enqueue('analyse', { note: 'first' }, { key: 'analyse:case-1' });
      await enqueue('analyse', { note: 'while queued' }, { key: 'analyse:case-1' });
      await enqueue('analyse', { note: 'other case' }, { key: 'analyse:case-2' });
      expect((await queue.stats()).queued).toBe(2);

      await queue.start([job.definition], { concurrency: 1 });
      await waitFor('the first job to start', () => job.runs.length === 1);
      await enqueue('analyse', { note: 'while running' }, { key: 'analyse:case-1' });
      release();
      await queue.drain();
      expect(job.runs.map((r) => r.note)).toEqual(['first', 'other case']);

      await enqueue('analyse', { note: 'after it finished' }, { key: 'analyse:case-1' });
      await queue.drain();
      expect(job.runs.map((r) => r.note)).toEqual(['first', 'other case', 'after it finished']);
    });

    it('retries a failing job with growing back-off, then calls onFailed exactly once', async () => {
      const job = recording('flaky', async (attempt) => {
        throw new Error(`OCR service unavailable (try ${attempt})`);
      }, { maxAttempts: 3 });
      await enqueue('flaky', { note: 'scan.pdf' });
      await queue.start([job.definition], { concurrency: 1 });

      const delays: number[] = [];
      for (const attempt of [1, 2]) {
        await waitFor(`try ${attempt} to be recorded as failed`, async () => {
          const row = await t.jobRow();
          return job.runs.length === attempt && row !== undefined && !row.running && row.attempts === attempt;
        });
        const row = (await t.jobRow())!;
        delays.push(row.dueInMs);
        await pause(250);
        expect(job.runs).toHaveLength(attempt); // not retried before its back-off
        await t.advanceTime();
      }
      await waitFor('the last try', () => job.failures.length === 1);
      await queue.drain();
      await pause(300);

      expect(job.runs.map((r) => r.attempt)).toEqual([1, 2, 3]);
      expect(delays[0]).toBeGreaterThanOrEqual(900);
      expect(delays[1]).toBeGreaterThan(delays[0]!);
      expect(job.failures).toEqual([{ note: 'scan.pdf', message: 'OCR service unavailable (try 3)' }]);
      expect(await queue.stats()).toEqual({ queued: 0, running: 0, failed: 1 });
    });

    it('lets an enqueue set its own attempt limit', async () => {
      const job = recording('flaky', async () => {
        throw new Error('still down');
      }, { maxAttempts: 5 });
      await enqueue('flaky', { note: 'once only' }, { maxAttempts: 1 });
      await queue.start([job.definition], { concurrency: 1 });
      await waitFor('onFailed', () => job.failures.length === 1);
      expect(job.runs).toHaveLength(1);
    });

    it('fails a job at once on PermanentJobError', async () => {
      const job = recording('extract', async () => {
        throw new PermanentJobError('not a PDF');
      });
      await enqueue('extract', { note: 'photo.heic' });
      await queue.start([job.definition], { concurrency: 1 });
      await waitFor('onFailed', () => job.failures.length === 1);
      await queue.drain();
      expect(job.runs).toHaveLength(1);
      expect(job.failures).toEqual([{ note: 'photo.heic', message: 'not a PDF' }]);
      expect(await queue.stats()).toEqual({ queued: 0, running: 0, failed: 1 });
    });

    it('fails a job with an invalid payload permanently, without running it', async () => {
      const job = recording('extract');
      await enqueue('extract', { note: 42 });
      await queue.start([job.definition], { concurrency: 1 });
      await waitFor('the job to fail', async () => (await queue.stats()).failed === 1);
      await queue.drain();
      expect(job.runs).toHaveLength(0);
      expect(job.failures).toHaveLength(0); // there is no valid payload to hand to onFailed
      expect(t.logs.join('\n')).toMatch(/invalid payload for job "extract": note: Expected string, received number/);
      // The typed helper refuses the same payload before it is ever stored.
      await expect(t.db.transaction().execute((trx) => enqueueJob(queue, trx, job.definition, { note: 42 } as never))).rejects.toThrow();
    });

    it('runs no more jobs at once than its concurrency', async () => {
      let now = 0;
      let most = 0;
      const job = recording('render', async () => {
        most = Math.max(most, ++now);
        await pause(120);
        now--;
      });
      for (let i = 0; i < 7; i++) await enqueue('render', { note: `letter ${i}` });
      await queue.start([job.definition], { concurrency: 3 });
      await queue.drain();
      expect(job.runs).toHaveLength(7);
      expect(most).toBe(3);
    });

    it('leaves a job that is not due yet, and jobs it has no definition for', async () => {
      const job = recording('remind');
      await enqueue('remind', { note: 'tomorrow' }, { runAt: new Date(Date.now() + 60 * 60_000) });
      await queue.start([job.definition], { concurrency: 1 });
      await queue.drain();
      await pause(300);
      expect(job.runs).toHaveLength(0);
      expect(await queue.stats()).toEqual({ queued: 1, running: 0, failed: 0 });
      await t.advanceTime();
      await waitFor('the job to run once due', () => job.runs.length === 1);

      // Another worker process (say, OCR only) runs this one; ours leaves it, so drain gives up.
      await enqueue('send-reply', { note: 'not ours' });
      await expect(queue.drain(400)).rejects.toThrow(/not drained after 400 ms: 1 job/);
      expect(await queue.stats()).toEqual({ queued: 1, running: 0, failed: 0 });
    });

    it('stops gracefully: a running job finishes, nothing new starts', async () => {
      const job = recording('slow', () => pause(400));
      await enqueue('slow', { note: 'a' });
      await queue.start([job.definition], { concurrency: 1 });
      await waitFor('the job to start', () => job.runs.length === 1);
      await enqueue('slow', { note: 'b' });
      await queue.stop();
      expect(await queue.stats()).toEqual({ queued: 1, running: 0, failed: 0 });
      expect(job.runs.map((r) => r.note)).toEqual(['a']);
    });
  });
}

describe('retry back-off', () => {
  it.each([
    [1, 1_000, 2_000],
    [2, 2_000, 4_000],
    [5, 16_000, 32_000],
    [30, 30 * 60_000, 60 * 60_000], // capped at an hour
  ])('after try %i waits between %i and %i ms', (attempt, low, high) => {
    const policy = { baseMs: 2_000, capMs: 60 * 60_000 };
    expect(retryDelayMs(attempt, policy, () => 0)).toBe(low);
    expect(retryDelayMs(attempt, policy, () => 1)).toBe(high);
  });
});
