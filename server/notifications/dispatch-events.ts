/**
 * One event in, what it calls for out. The dispatcher takes each case event off the outbox (in
 * the order they happened) and hands it to every handler inside one transaction: a handler stores
 * the messages and list entries the event calls for (each under a dedupe key, so a repeat is a
 * no-op) and enqueues their sending; the event leaves the outbox in that same transaction. A
 * dispatcher that dies mid-way leaves the event for the next one; two dispatchers (two worker
 * processes) never both act on one event.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { CaseEvent } from '../cases/case-events.js';
import { countEventsToDispatch, listEventsToDispatch, takeEventToDispatch } from '../cases/index.js';

/** What one room does with an event, inside the dispatcher's transaction. Must be idempotent. */
export type EventHandler = (trx: Kysely<DB>, event: CaseEvent) => Promise<void>;

export interface EventDispatcher {
  /** Acts on up to `limit` waiting events; returns how many this call acted on. */
  dispatchPending(limit?: number): Promise<number>;
  /** How many events wait. */
  waiting(): Promise<number>;
  /** Polls every `intervalMs` until stop(). */
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

export function createEventDispatcher(deps: { db: Database; clock: Clock; log?: (message: string) => void }, handlers: readonly EventHandler[]): EventDispatcher {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const failures = new Map<string, number>();

  async function dispatchOne(eventId: string): Promise<boolean> {
    return deps.db.transaction().execute(async (trx) => {
      const event = await takeEventToDispatch(trx, eventId);
      if (!event) return false;
      for (const handle of handlers) await handle(trx, event);
      return true;
    });
  }

  async function dispatchPending(limit = 100): Promise<number> {
    let acted = 0;
    for (const { eventId } of await listEventsToDispatch(deps.db, limit)) {
      try {
        if (await dispatchOne(eventId)) acted++;
        failures.delete(eventId);
      } catch (error) {
        // The event stays on the outbox and is tried on the next round; the others go on.
        const count = (failures.get(eventId) ?? 0) + 1;
        failures.set(eventId, count);
        if (count === 1 || count % 100 === 0) deps.log?.(`notifications: event ${eventId} failed (${count}×): ${(error as Error).message}`);
      }
    }
    return acted;
  }

  return {
    dispatchPending,
    waiting: () => countEventsToDispatch(deps.db),
    start(intervalMs = 1000) {
      if (timer) return;
      const tick = () => {
        running = dispatchPending().catch((error) => deps.log?.(`notifications: ${(error as Error).message}`)).finally(() => {
          if (timer) timer = setTimeout(tick, intervalMs).unref();
        });
      };
      timer = setTimeout(tick, 0).unref();
    },
    async stop() {
      const t = timer;
      timer = undefined;
      if (t) clearTimeout(t);
      await running;
    },
  };
}
