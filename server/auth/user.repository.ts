import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Lang } from '../languages.js';
import type { Role, User } from './user.js';

type UserRow = DB['users'];

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    departmentId: row.department_id,
    locale: row.locale,
    active: Number(row.active) === 1,
  };
}

export async function findUserByEmail(db: Kysely<DB>, email: string): Promise<(User & { passwordHash: string }) | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

export async function findUserById(db: Kysely<DB>, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function selectUsers(db: Kysely<DB>): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('name').execute();
  return rows.map(toUser);
}

export async function insertUser(db: Kysely<DB>, u: User & { passwordHash: string }, at: string): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: u.id,
      email: u.email,
      name: u.name,
      password_hash: u.passwordHash,
      role: u.role,
      department_id: u.departmentId,
      locale: u.locale,
      active: u.active ? 1 : 0,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function updateUserRow(
  db: Kysely<DB>,
  id: string,
  patch: Partial<{ name: string; role: Role; departmentId: string | null; locale: Lang; active: boolean; passwordHash: string }>,
  at: string,
): Promise<void> {
  const set: Partial<UserRow> = { updated_at: at };
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.role !== undefined) set.role = patch.role;
  if (patch.departmentId !== undefined) set.department_id = patch.departmentId;
  if (patch.locale !== undefined) set.locale = patch.locale;
  if (patch.active !== undefined) set.active = patch.active ? 1 : 0;
  if (patch.passwordHash !== undefined) set.password_hash = patch.passwordHash;
  await db.updateTable('users').set(set).where('id', '=', id).execute();
}
