/** The in-app list behind the count in the header: staff_notifications. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { hrefOf, STAFF_NOTIFICATION_KINDS, staffNotificationDataSchema, type StaffNotification, type StaffNotificationData, type StaffNotificationKind } from './staff-notification.js';

export interface NewStaffNotification {
  id: string;
  dedupeKey: string;
  userId: string;
  caseId: string | null;
  kind: StaffNotificationKind;
  data: StaffNotificationData;
  createdAt: string;
}

/** Adds the entries whose key is new; a key seen before is a no-op (on both databases). Returns how many were added. */
export async function insertStaffNotifications(db: Kysely<DB>, rows: readonly NewStaffNotification[]): Promise<number> {
  let added = 0;
  // One statement per row: a conflict on one key must not drop the others.
  for (const r of rows) {
    const result = await db
      .insertInto('staff_notifications')
      .values({ id: r.id, dedupe_key: r.dedupeKey, user_id: r.userId, case_id: r.caseId, kind: r.kind, data: JSON.stringify(r.data), created_at: r.createdAt, read_at: null })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return added;
}

function isKind(kind: string): kind is StaffNotificationKind {
  return (STAFF_NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

export async function selectStaffNotifications(db: Kysely<DB>, userId: string, limit: number): Promise<StaffNotification[]> {
  const rows = await db.selectFrom('staff_notifications').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.flatMap((r) => {
    const data = staffNotificationDataSchema.safeParse(JSON.parse(r.data));
    // An entry of a kind this build does not know (or with facts it cannot read) is left out, not shown half.
    if (!isKind(r.kind) || !data.success) return [];
    return [{ id: r.id, kind: r.kind, caseId: r.case_id, data: data.data, createdAt: r.created_at, readAt: r.read_at, href: hrefOf(r.kind, data.data) }];
  });
}

/** Served by the (user_id, read_at, created_at) index: the header asks on every staff page. */
export async function countUnreadStaffNotifications(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('staff_notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the user's own entries read (all of them when `id` is null); someone else's id matches nothing. */
export async function markStaffNotificationsRead(db: Kysely<DB>, userId: string, id: string | null, at: string): Promise<number> {
  let query = db.updateTable('staff_notifications').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (id !== null) query = query.where('id', '=', id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
