/**
 * The messages about one thing, by their dedupe keys' common prefix ('visit:<id>:' names every
 * message about a visit): how many of some kinds went out or wait, and closing those no longer
 * needed. For slices that write their own notices (visits) and so cannot go to the outbox's table.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { cancelPendingNotificationsByKeyPrefix, countNotificationsByKeyPrefix } from './notification.repository.js';

/** Messages under the prefix of these kinds, whatever their status, not counting the one under `exceptKey`. */
export function countNotificationsAbout(trx: Kysely<DB>, keyPrefix: string, kinds: readonly string[], exceptKey: string): Promise<number> {
  return countNotificationsByKeyPrefix(trx, keyPrefix, kinds, exceptKey);
}

/** Pending messages under the prefix become 'cancelled' with the reason; their send job then finds them closed. */
export function cancelPendingNotificationsAbout(trx: Kysely<DB>, keyPrefix: string, reason: string, at: Date): Promise<number> {
  return cancelPendingNotificationsByKeyPrefix(trx, keyPrefix, reason, at.toISOString());
}
