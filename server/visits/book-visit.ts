/**
 * Booking a visit: by the phone line (a member of staff), by the resident on the public site (no actor),
 * or at the counter for a walk-in. One transaction writes the visit, occupies its slots (the unique key
 * refuses a taken one), numbers it, appends its audit event and queues the confirmation e-mail.
 */
import type { Actor } from '../auth/user.js';
import { DomainError, InvalidInputError } from '../errors.js';
import { newId } from '../ids.js';
import type { Transaction } from '../db/transaction.js';
import type { StoredBookableService } from './catalogue.repository.js';
import type { VisitDeps } from './deps.js';
import { localDateOf, toLocalDateTime } from './local-time.js';
import { bookFirstFree, parseInput, slotCandidates, type SlotChoice } from './take-slot.js';
import { appendVisitEvent, countFutureVisitsOf, insertVisit, lockPerson, occupySlots, takeVisitSequence, updateVisitReference } from './visit.repository.js';
import { assertAllowed, mayBookForService } from './visit-access.js';
import { generateVisitCode, hashVisitCode } from './visit-code.js';
import { loadBookableService } from './visit-context.js';
import { queueVisitNotice } from './visit-notices.js';
import { formatVisitReference, personKeyOf } from './visit-person.js';
import { bookingSchema, type BookingInput } from './visit.schema.js';
import type { BookedVisit, Visit, VisitChannel, VisitPerson } from './visit.js';

export async function bookVisit(deps: VisitDeps, actor: Actor | null, input: BookingInput): Promise<BookedVisit> {
  const booking = parseInput(bookingSchema, input);
  if (actor === null && booking.channel !== 'web') throw new InvalidInputError('only the public site books without a member of staff');
  if (actor !== null && booking.channel === 'web') throw new InvalidInputError('staff book by phone or at the counter');
  const service = await loadBookableService(deps.db, booking.serviceSlug);
  if (actor) assertAllowed(mayBookForService(actor, service), 'book this service');
  const candidates = await slotCandidates(deps, service, booking.start, { servicePointId: booking.servicePointId, counter: booking.counter });
  return bookFirstFree(deps, candidates, (trx, choice) =>
    writeBooking(trx, deps, { actor, service, choice, person: booking.person, channel: booking.channel, whyVisit: booking.whyVisit }));
}

/** Inside the booking transaction: the visit, its slots, its number, its event and its e-mail. */
export async function writeBooking(
  trx: Transaction, deps: VisitDeps,
  b: { actor: Actor | null; service: StoredBookableService; choice: SlotChoice; person: VisitPerson; channel: VisitChannel; whyVisit: string | null },
): Promise<BookedVisit> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const id = newId();
  const code = generateVisitCode();
  const personKey = personKeyOf(b.person);
  await lockPerson(trx, personKey);
  // The visit row first: on SQLite a write as the transaction's first statement waits for the one
  // writer's lock, where a read first would be refused outright once another process had written.
  // Its reference is numbered only once its slots are held, so a refused booking uses no number.
  await insertVisit(trx, {
    id, reference: `pending:${id}`, serviceId: b.service.id, servicePointId: b.choice.point.id, counter: b.choice.counter,
    startsAt: b.choice.startsAt, endsAt: b.choice.endsAt, localDate: localDateOf(b.choice.start), channel: b.channel,
    person: b.person, personKey, whyVisit: b.whyVisit, codeHash: hashVisitCode(deps.secret, code), createdBy: b.actor?.id ?? null, at,
  });
  if ((await countFutureVisitsOf(trx, personKey, at, id)) >= deps.maxFuturePerPerson) {
    throw new DomainError('conflict', 'the person already holds the most future visits allowed', { i18nKey: 'errors.visit_limit', details: { max: deps.maxFuturePerPerson } });
  }
  await occupySlots(trx, id, b.choice.point.id, b.choice.counter, b.choice.instants);
  const year = Number(toLocalDateTime(now).slice(0, 4));
  const reference = formatVisitReference(year, await takeVisitSequence(trx, year));
  await updateVisitReference(trx, id, reference);
  await appendVisitEvent(trx, {
    id: newId(), visitId: id, type: 'booked', actorId: b.actor?.id ?? null, at,
    data: { channel: b.channel, start: b.choice.start, servicePointId: b.choice.point.id, counter: b.choice.counter },
  });
  const visit: Visit = {
    id, reference, serviceSlug: b.service.slug, servicePointId: b.choice.point.id, counter: b.choice.counter, start: b.choice.start, end: b.choice.end,
    status: 'booked', channel: b.channel, person: b.person, whyVisit: b.whyVisit, caseNumber: null, notes: null, createdAt: at, updatedAt: at,
  };
  await queueVisitNotice(trx, deps.notices, { kind: 'visit_booked', visit, service: b.service, servicePoint: b.choice.point, code });
  return { visit, code };
}
