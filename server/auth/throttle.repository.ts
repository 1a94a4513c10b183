import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * Counts one attempt in a fixed window, atomically on both dialects (upsert … returning):
 * a window older than `windowStartCutoff` starts again at 1.
 */
export async function countAttempt(
  db: Kysely<DB>,
  key: string,
  now: string,
  windowStartCutoff: string,
): Promise<{ count: number; windowStart: string }> {
  const row = await db
    .insertInto('throttle')
    .values({ key, window_start: now, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when throttle.window_start <= ${windowStartCutoff} then 1 else throttle.count + 1 end`,
        window_start: sql<string>`case when throttle.window_start <= ${windowStartCutoff} then ${now} else throttle.window_start end`,
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), windowStart: row.window_start };
}

export async function clearAttempts(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('throttle').where('key', '=', key).execute();
}

/** The attempts counted under a key since `windowStartCutoff` (0 when its window has passed), without counting one. */
export async function peekAttempts(db: Kysely<DB>, key: string, windowStartCutoff: string): Promise<{ count: number; windowStart: string | null }> {
  const row = await db.selectFrom('throttle').select(['count', 'window_start']).where('key', '=', key).executeTakeFirst();
  return row && row.window_start > windowStartCutoff ? { count: Number(row.count), windowStart: row.window_start } : { count: 0, windowStart: null };
}

/** Remembers when something last happened under a key (kept in `window_start`). */
export async function markTime(db: Kysely<DB>, key: string, at: string): Promise<void> {
  await db
    .insertInto('throttle')
    .values({ key, window_start: at, count: 1 })
    .onConflict((oc) => oc.column('key').doUpdateSet({ window_start: at, count: 1 }))
    .execute();
}

/** Whether anything is kept under any of the keys: a read, so a clear that has nothing to clear costs no write. */
export async function hasAttempts(db: Kysely<DB>, keys: readonly string[]): Promise<boolean> {
  if (keys.length === 0) return false;
  const row = await db.selectFrom('throttle').select('key').where('key', 'in', [...keys]).limit(1).executeTakeFirst();
  return row !== undefined;
}
