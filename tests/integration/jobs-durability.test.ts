/**
 * Jobs outlive the process that runs them. A worker is killed with SIGKILL in the middle of a job (a
 * real child process: no cleanup runs); a new queue takes the job over — on SQLite once the dead
 * worker's lease has run out, on PostgreSQL once its database session is gone — and finishes it once.
 * A worker that is merely slow keeps its job.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { systemClock } from '../../server/clock';
import type { JobDefinition } from '../../server/jobs/job';
import type { EnqueueOptions } from '../../server/jobs/job-queue';
import { BACKENDS, FAST, createJobTestDb, pause, waitFor, type JobTestDb } from '../fixtures/jobs/job-test-kit';

const WORKER_THAT_DIES = path.resolve(__dirname, '../fixtures/jobs/worker-that-dies.ts');
const LEASE_MS = 1_500;

function recording(behaviour: () => Promise<void> = async () => {}) {
  const runs: { note: string; attempt: number; jobId: string }[] = [];
  const failures: string[] = [];
  const definition: JobDefinition<{ note: string }> = {
    name: 'durable',
    payload: z.object({ note: z.string() }),
    async run(payload, ctx) {
      runs.push({ note: payload.note, attempt: ctx.attempt, jobId: ctx.jobId });
      await behaviour();
    },
    async onFailed(_payload, error) {
      failures.push(error.message);
    },
  };
  return { definition, runs, failures };
}

/** Starts worker-that-dies.ts, waits until it is inside the job, kills it; returns the job id it held. */
async function killWorkerMidJob(t: JobTestDb): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER_THAT_DIES], {
    env: { ...process.env, JOBS_DATABASE_URL: t.url, JOBS_LEASE_MS: String(LEASE_MS) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const line = await firstLine(child, /^running (\S+) try 1 /, 20_000);
    return line.split(' ')[1]!;
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited;
  }
}

function firstLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`worker never started the job. stderr:\n${err}`)), timeoutMs);
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => pattern.test(l));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`worker exited (${code ?? signal}) before starting the job. stderr:\n${err}`));
    });
  });
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`job durability on ${backend.name}`, () => {
    let t: JobTestDb;
    beforeEach(async () => {
      t = await createJobTestDb(backend.name);
    });
    afterEach(async () => t.dispose());

    const enqueue = (payload: unknown, options?: EnqueueOptions) =>
      t.db.transaction().execute((trx) => t.queue().enqueue(trx, 'durable', payload, options));

    it('takes over a job from a worker killed mid-run, and completes it once', async () => {
      await enqueue({ note: 'scan-17.pdf' });
      const jobId = await killWorkerMidJob(t);
      expect(await t.jobRow()).toMatchObject({ running: true, attempts: 1 });

      const job = recording();
      const queue = t.queue();
      await queue.start([job.definition], { concurrency: 2 });
      if (backend.name === 'sqlite') {
        await pause(300);
        expect(job.runs).toHaveLength(0); // the dead worker's lease has not run out yet
        t.clock.set(new Date(Date.now() + LEASE_MS + 500));
      }
      await waitFor('the job to be taken over', () => job.runs.length === 1, 15_000);
      await queue.drain();
      await pause(300);
      expect(job.runs).toEqual([{ note: 'scan-17.pdf', attempt: 2, jobId }]);
      expect(job.failures).toEqual([]);
      expect(await queue.stats()).toEqual({ queued: 0, running: 0, failed: 0 });
    });

    it('gives up, through onFailed, on a job whose worker died during its last try', async () => {
      await enqueue({ note: 'kills-the-worker.pdf' }, { maxAttempts: 1 });
      await killWorkerMidJob(t);

      const job = recording();
      const queue = t.queue();
      await queue.start([job.definition], { concurrency: 1 });
      if (backend.name === 'sqlite') t.clock.set(new Date(Date.now() + LEASE_MS + 500));
      await waitFor('onFailed', () => job.failures.length === 1, 15_000);
      await queue.drain();
      expect(job.runs).toHaveLength(0); // a job that kills its worker must not loop forever
      expect(job.failures[0]).toMatch(/no attempts left/);
      expect(await queue.stats()).toEqual({ queued: 0, running: 0, failed: 1 });
    });

    it('leaves a long job with the live worker running it', async () => {
      // Real time here: the lease must actually run out if it were not renewed.
      const tuning = { ...FAST, sqlite: { ...FAST.sqlite, leaseMs: 300 } };
      const slow = recording(() => pause(1_500));
      const first = t.queue(tuning, systemClock);
      await enqueue({ note: 'a 300-page scan' });
      await first.start([slow.definition], { concurrency: 1 });
      await waitFor('the first worker to start', () => slow.runs.length === 1);

      const eager = recording();
      const second = t.queue(tuning, systemClock);
      await second.start([eager.definition], { concurrency: 1 });
      await first.drain();
      expect(slow.runs).toHaveLength(1);
      expect(eager.runs).toHaveLength(0);
      expect(await first.stats()).toEqual({ queued: 0, running: 0, failed: 0 });
    });
  });
}
