/** Each staff member's saved inbox views: a name and the inbox's query string. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export interface SavedViewRow {
  id: string;
  name: string;
  query: string;
  createdAt: string;
}

export async function listSavedViewRows(db: Kysely<DB>, userId: string): Promise<SavedViewRow[]> {
  const rows = await db.selectFrom('saved_views').select(['id', 'name', 'query', 'created_at']).where('user_id', '=', userId).orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, query: r.query, createdAt: r.created_at }));
}

export async function countSavedViews(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db.selectFrom('saved_views').select((eb) => eb.fn.countAll<number | string>().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Saves a view under its name, replacing one of the same name. */
export async function upsertSavedView(db: Kysely<DB>, v: { id: string; userId: string; name: string; query: string; at: Date }): Promise<void> {
  await db
    .insertInto('saved_views')
    .values({ id: v.id, user_id: v.userId, name: v.name, query: v.query, created_at: v.at.toISOString() })
    .onConflict((oc) => oc.columns(['user_id', 'name']).doUpdateSet({ query: v.query, created_at: v.at.toISOString() }))
    .execute();
}

/** Deletes one of the user's own views; false when there was none (or it is someone else's). */
export async function deleteSavedView(db: Kysely<DB>, userId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('saved_views').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
