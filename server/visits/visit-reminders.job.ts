/**
 * The daily reminder run: at REMINDER_HOUR in Vilnius it reminds the residents of the next day's
 * visits, then queues the next day's run under its own dated key (a key dedupes only while its job
 * waits or runs). Every day, weekends too: Monday's visits are reminded on Sunday.
 */
import { z } from 'zod';
import { addCalendarDays, isValidCalendarDate, vilniusDateOf } from '../deadlines/calendar.js';
import { inTransaction } from '../db/transaction.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { enqueueJob } from '../jobs/job-queue.js';
import { defineJobSpec, type JobDefinition } from '../jobs/job.js';
import type { VisitDeps } from './deps.js';
import { fromLocalDateTime } from './local-time.js';
import { sendVisitReminders } from './send-visit-reminders.js';

/** Mid-morning: late enough that the day's bookings for tomorrow are mostly in, early enough to plan for. */
export const REMINDER_TIME = '10:00';

export const VISIT_REMINDERS = defineJobSpec({
  name: 'visit-reminders',
  payload: z.object({ date: z.string().refine(isValidCalendarDate, 'a YYYY-MM-DD date') }),
  key: ({ date }) => `visit-reminders:${date}`,
});

/** The first run strictly after `now`: today's if before REMINDER_TIME, else tomorrow's. */
export function nextReminderRunAfter(now: Date): { date: string; runAt: Date } {
  const today = vilniusDateOf(now);
  const todays = fromLocalDateTime(`${today}T${REMINDER_TIME}`);
  const date = now < todays ? today : addCalendarDays(today, 1);
  return { date, runAt: fromLocalDateTime(`${date}T${REMINDER_TIME}`) };
}

export async function scheduleVisitReminders(deps: VisitDeps & { jobs: JobQueue }): Promise<void> {
  const next = nextReminderRunAfter(deps.clock.now());
  await inTransaction(deps.db, (trx) => enqueueJob(deps.jobs, trx, VISIT_REMINDERS, { date: next.date }, { runAt: next.runAt }));
}

export function visitRemindersJob(deps: VisitDeps & { jobs: JobQueue }): JobDefinition<z.infer<typeof VISIT_REMINDERS.payload>> {
  return {
    ...VISIT_REMINDERS,
    maxAttempts: 5,
    async run({ date }) {
      const now = deps.clock.now();
      const runAt = fromLocalDateTime(`${date}T${REMINDER_TIME}`);
      // A queue whose clock runs ahead of the desk's (tests with a fixed clock) would chain day after day; stop here.
      if (now.getTime() < runAt.getTime() - 10 * 60_000) return;
      const today = vilniusDateOf(now);
      await sendVisitReminders(deps, addCalendarDays(date < today ? today : date, 1));
      const next = nextReminderRunAfter(new Date(Math.max(now.getTime(), runAt.getTime())));
      await inTransaction(deps.db, (trx) => enqueueJob(deps.jobs, trx, VISIT_REMINDERS, { date: next.date }, { runAt: next.runAt }));
    },
  };
}
