/**
 * The morning job: the deadline sweep, then the digests, then the next morning's run queued under
 * its own dated key (a key dedupes only while its job waits or runs, so each day needs its own).
 * A run that starts late (the desk was down at seven) sweeps as of the day it runs; everything it
 * writes is under a dedupe key, so running a day twice adds nothing.
 */
import { z } from 'zod';
import { isValidCalendarDate, vilniusDateOf } from '../../deadlines/calendar.js';
import { inTransaction } from '../../db/transaction.js';
import { enqueueJob } from '../../jobs/job-queue.js';
import { defineJobSpec, type JobDefinition } from '../../jobs/job.js';
import { sendDailyDigests, type DigestDeps } from './send-daily-digests.js';
import { nextSweepAfter, SWEEP_HOUR, vilniusInstant } from './sweep-schedule.js';
import { sweepDeadlines } from './sweep-deadlines.js';

export const DEADLINE_SWEEP = defineJobSpec({
  name: 'deadline-sweep',
  payload: z.object({ date: z.string().refine(isValidCalendarDate, 'a YYYY-MM-DD date') }),
  key: ({ date }) => `deadline-sweep:${date}`,
});

/** The sweep and digests of one day (the job's body; the CLI and tests call it too). */
export async function runDeadlineSweep(deps: DigestDeps, date: string): Promise<{ raised: number; digests: number; cases: number }> {
  const { cases, raised } = await sweepDeadlines(deps, date);
  const digests = await sendDailyDigests(deps, date, cases);
  return { raised, digests, cases: cases.length };
}

/** Makes sure the next morning's sweep is queued (idempotent: its dated key dedupes). Called when the jobs start. */
export async function scheduleDeadlineSweep(deps: DigestDeps): Promise<void> {
  const next = nextSweepAfter(deps.clock.now());
  await inTransaction(deps.db, (trx) => enqueueJob(deps.jobs, trx, DEADLINE_SWEEP, { date: next.date }, { runAt: next.runAt }));
}

export function deadlineSweepJob(deps: DigestDeps): JobDefinition<z.infer<typeof DEADLINE_SWEEP.payload>> {
  return {
    ...DEADLINE_SWEEP,
    maxAttempts: 5,
    async run({ date }) {
      const now = deps.clock.now();
      const today = vilniusDateOf(now);
      await runDeadlineSweep(deps, date < today ? today : date);
      // Never before this run's own morning: a run queued for a later day waits for it.
      const after = new Date(Math.max(now.getTime(), vilniusInstant(date, SWEEP_HOUR).getTime()));
      const next = nextSweepAfter(after);
      await inTransaction(deps.db, (trx) => enqueueJob(deps.jobs, trx, DEADLINE_SWEEP, { date: next.date }, { runAt: next.runAt }));
    },
  };
}
