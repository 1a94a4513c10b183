/**
 * A member of staff's own list, newest first, and its unread count for the header. Scoped by
 * construction: the query is by the actor's id, so nobody ever reads another person's entries.
 */
import type { Actor } from '../../auth/user.js';
import type { StaffNotificationDeps } from './deps.js';
import type { StaffNotification } from './staff-notification.js';
import { countUnreadStaffNotifications, selectStaffNotifications } from './staff-notification.repository.js';

/** Enough for weeks of work; older entries have long been acted on. */
const LIST_LIMIT = 200;

export async function listStaffNotifications(deps: StaffNotificationDeps, actor: Actor): Promise<StaffNotification[]> {
  return selectStaffNotifications(deps.db, actor.id, LIST_LIMIT);
}

export async function countUnreadNotifications(deps: StaffNotificationDeps, actor: Actor): Promise<number> {
  return countUnreadStaffNotifications(deps.db, actor.id);
}
