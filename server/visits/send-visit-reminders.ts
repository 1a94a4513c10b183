/**
 * The reminder the day before: every visit still booked on `date` gets one e-mail, once (its dedupe
 * key names the visit and its start, so a second sweep of the day, or a sweep after a restart, adds
 * nothing; a moved visit is reminded of its new time).
 */
import { addCalendarDays, isValidCalendarDate, type CalendarDate } from '../deadlines/calendar.js';
import { inTransaction } from '../db/transaction.js';
import { InvalidInputError } from '../errors.js';
import { countNotificationsAbout } from '../notifications/notifications-by-key.js';
import type { VisitDeps } from './deps.js';
import { fromLocalDateTime } from './local-time.js';
import { listBookedVisitsBetween } from './visit.repository.js';
import { loadServiceById, loadServicePoint, publicVisit } from './visit-context.js';
import { queueVisitNotice, visitReminderKey } from './visit-notices.js';

/** Queues the reminders of the visits on `date`; returns how many were new. */
export async function sendVisitReminders(deps: VisitDeps, date: CalendarDate): Promise<number> {
  if (!isValidCalendarDate(date)) throw new InvalidInputError('not a date', { date });
  const from = fromLocalDateTime(`${date}T00:00`).toISOString();
  const to = fromLocalDateTime(`${addCalendarDays(date, 1)}T00:00`).toISOString();
  let queued = 0;
  for (const stored of await listBookedVisitsBetween(deps.db, from, to)) {
    const visit = publicVisit(stored);
    const [service, servicePoint] = await Promise.all([loadServiceById(deps.db, stored.serviceId), loadServicePoint(deps.db, stored.servicePointId)]);
    const isNew = await inTransaction(deps.db, async (trx) => {
      const key = visitReminderKey(visit.id, visit.start);
      if ((await countNotificationsAbout(trx, key, ['visit_reminder'], '')) > 0) return false;
      await queueVisitNotice(trx, deps.notices, { kind: 'visit_reminder', visit, service, servicePoint });
      return true;
    });
    if (isNew) queued += 1;
  }
  return queued;
}
