import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { User } from './user.js';
import { toUser } from './user.repository.js';

export async function insertSession(
  db: Kysely<DB>,
  s: { id: string; userId: string; createdAt: string; expiresAt: string; ip: string | null; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      created_at: s.createdAt,
      last_seen_at: s.createdAt,
      expires_at: s.expiresAt,
      revoked_at: null,
      ip: s.ip,
      user_agent: s.userAgent,
    })
    .execute();
}

export async function findLiveSession(db: Kysely<DB>, id: string, now: string): Promise<{ user: User; lastSeenAt: string; createdAt: string } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.last_seen_at as session_last_seen', 'sessions.created_at as session_created_at'])
    .where('sessions.id', '=', id)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .where('users.active', '=', 1)
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_last_seen, session_created_at, ...userRow } = row;
  return { user: toUser(userRow), lastSeenAt: session_last_seen, createdAt: session_created_at };
}

export async function touchSession(db: Kysely<DB>, id: string, now: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('id', '=', id).execute();
}

export async function revokeSession(db: Kysely<DB>, id: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function revokeUserSessions(db: Kysely<DB>, userId: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}
