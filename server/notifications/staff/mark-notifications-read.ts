/** Marks one of the actor's entries read, or all of them; another person's entry id matches nothing. */
import { z } from 'zod';
import type { Actor } from '../../auth/user.js';
import type { StaffNotificationDeps } from './deps.js';
import { markStaffNotificationsRead } from './staff-notification.repository.js';

/** The list's form: one entry by id, or every unread one. */
export const markReadSchema = z.union([
  z.object({ intent: z.literal('read'), id: z.string().min(1).max(100) }),
  z.object({ intent: z.literal('readAll') }),
]);
export type MarkRead = z.infer<typeof markReadSchema>;

export async function markNotificationsRead(deps: StaffNotificationDeps, actor: Actor, what: MarkRead): Promise<number> {
  return markStaffNotificationsRead(deps.db, actor.id, what.intent === 'read' ? what.id : null, deps.clock.now().toISOString());
}
