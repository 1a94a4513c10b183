/**
 * Where a booking (or a move) can go, and taking it. The opening hours decide whether a start is a
 * slot at all; whether it is free is decided by the `visit_slots` primary key when the slots are
 * inserted, never by reading first: a read only orders the counters to try.
 */
import type { z } from 'zod';
import { DomainError, InvalidInputError } from '../errors.js';
import { inTransaction, type Transaction } from '../db/transaction.js';
import type { VisitDeps } from './deps.js';
import { isLocalDateTime, localDateOf } from './local-time.js';
import { slotInstants, slotKey, slotProblem, visitEnd, type SlotProblem } from './slots.js';
import { listOccupiedSlots, SlotOccupiedError } from './visit.repository.js';
import { hoursOfPoints, pointsOffering } from './visit-context.js';
import type { StoredBookableService } from './catalogue.repository.js';
import type { LocalDateTime, ServicePoint } from './visit.js';
import { SLOT_MINUTES } from './visit.js';

export interface SlotChoice {
  point: ServicePoint;
  counter: number;
  start: LocalDateTime;
  end: LocalDateTime;
  /** UTC ISO instants of the slots the visit occupies. */
  instants: string[];
  startsAt: string;
  endsAt: string;
}

export const slotTaken = () => new DomainError('conflict', 'the slot is taken', { i18nKey: 'errors.visit_slot_taken' });
const closed = () => new DomainError('invalid_input', 'the service point is closed then', { i18nKey: 'errors.visit_closed' });
const notASlot = () => new DomainError('invalid_input', 'not a slot of this service', { i18nKey: 'errors.visit_not_a_slot' });

/** The (point, counter) pairs a booking at `start` may take, those free at the last read first. */
export async function slotCandidates(
  deps: VisitDeps, service: StoredBookableService, start: LocalDateTime, options: { servicePointId?: string; counter?: number } = {},
): Promise<SlotChoice[]> {
  if (!isLocalDateTime(start)) throw notASlot();
  if (options.servicePointId && !service.servicePointIds.includes(options.servicePointId)) throw notASlot();
  const points = await pointsOffering(deps.db, service, options.servicePointId);
  if (points.length === 0) throw notASlot();
  const date = localDateOf(start);
  const instants = slotInstants(start, service.durationSlots);
  if (new Date(instants[0]!).getTime() <= deps.clock.now().getTime()) throw closed();
  const hoursOf = await hoursOfPoints(deps.db, points, date, date);
  const problems: SlotProblem[] = [];
  const open = points.filter((p) => {
    const problem = slotProblem(hoursOf(p, date), start, service.durationSlots);
    if (problem) problems.push(problem);
    return problem === null;
  });
  if (open.length === 0) throw problems.includes('not_a_slot') ? notASlot() : closed();

  const endsAt = new Date(new Date(instants[instants.length - 1]!).getTime() + SLOT_MINUTES * 60_000).toISOString();
  const base = { start, end: visitEnd(start, service.durationSlots), instants, startsAt: instants[0]!, endsAt };
  const all: SlotChoice[] = [];
  for (const point of open) {
    if (options.counter !== undefined && (options.counter < 1 || options.counter > point.counters)) throw notASlot();
    const counters = options.counter !== undefined ? [options.counter] : Array.from({ length: point.counters }, (_, i) => i + 1);
    for (const counter of counters) all.push({ ...base, point, counter });
  }
  const occupied = new Set((await listOccupiedSlots(deps.db, open.map((p) => p.id), instants[0]!, endsAt)).map((r) => `${r.servicePointId}|${slotKey(r.counter, r.slotStart)}`));
  const looksFree = all.filter((c) => c.instants.every((i) => !occupied.has(`${c.point.id}|${slotKey(c.counter, i)}`)));
  // When every counter looks taken, one attempt still goes to the constraint: it, not the read, says no.
  return looksFree.length > 0 ? looksFree : all.slice(0, 1);
}

/**
 * Runs `work` (which must call occupySlots for the choice) in a transaction per candidate until one
 * commits; a candidate whose slots the key refused rolls back and the next is tried.
 */
export async function bookFirstFree<T>(deps: VisitDeps, candidates: readonly SlotChoice[], work: (trx: Transaction, choice: SlotChoice) => Promise<T>): Promise<T> {
  for (const choice of candidates) {
    try {
      return await inTransaction(deps.db, (trx) => work(trx, choice));
    } catch (error) {
      if (error instanceof SlotOccupiedError) continue;
      throw error;
    }
  }
  throw slotTaken();
}

/** Zod at the boundary: a malformed input is the caller's mistake, said as invalid_input. */
export function parseInput<S extends z.ZodTypeAny>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), { fields: parsed.error.issues.map((i) => i.path.join('.')) });
  return parsed.data;
}
