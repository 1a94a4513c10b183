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
