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

/** Queues and the desk may disagree by a few minutes; past that, a run is early. */
const EARLY_TOLERANCE_MS = 10 * 60_000;

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
      const morning = vilniusInstant(date, SWEEP_HOUR);
      // The queue ran it before its morning by the desk's clock: the queue's clock is ahead of the
      // desk's (PostgreSQL's own time against a desk shown another day, as in tests). Sweeping then
      // and queueing the next morning would chain day after day up to the queue's today, so the run
      // ends here; the next start of the jobs queues the desk's next morning.
      if (now.getTime() < morning.getTime() - EARLY_TOLERANCE_MS) return;
      const today = vilniusDateOf(now);
      await runDeadlineSweep(deps, date < today ? today : date);
      const next = nextSweepAfter(new Date(Math.max(now.getTime(), morning.getTime())));
      await inTransaction(deps.db, (trx) => enqueueJob(deps.jobs, trx, DEADLINE_SWEEP, { date: next.date }, { runAt: next.runAt }));
    },
  };
}
