/** Admins add and change staff accounts; everyone may change their own UI language. */
import { z } from 'zod';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { DomainError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { newId } from '../ids.js';
import { SERVED_LANGUAGES, type Lang } from '../languages.js';
import { hashPassword } from './password.adapter.js';
import { revokeUserSessions } from './session.repository.js';
import { canAdminister, normaliseEmail, ROLES, type Actor, type User } from './user.js';
import { findUserByEmail, findUserById, insertUser, updateUserRow } from './user.repository.js';

export const newUserSchema = z
  .object({
    email: z.string().trim().email().max(254),
    name: z.string().trim().min(2).max(120),
    role: z.enum(ROLES),
    departmentId: z.string().trim().min(1).nullable(),
    locale: z.enum(SERVED_LANGUAGES).default('lt'),
    password: z.string().min(12).max(200),
  })
  .refine((u) => u.role !== 'clerk' || u.departmentId !== null, { message: 'a clerk belongs to a department', path: ['departmentId'] });
export type NewUser = z.input<typeof newUserSchema>;

export const userUpdateSchema = z.object({
  name: z.string().trim().min(2).max(120),
  role: z.enum(ROLES),
  departmentId: z.string().trim().min(1).nullable(),
  active: z.boolean(),
});

type Deps = { db: Database; clock: Clock };

/** Used by the admin page (actor given) and by the CLI (no actor: the operator is trusted). */
export async function addUser(deps: Deps, actor: Actor | null, input: NewUser): Promise<User> {
  if (actor && !canAdminister(actor)) throw new ForbiddenError();
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError('invalid user', { issues: parsed.error.issues.map((i) => i.path.join('.')) });
  const u = parsed.data;
  const email = normaliseEmail(u.email);
  if (await findUserByEmail(deps.db, email)) throw new DomainError('conflict', 'a user with this e-mail exists');
  const user: User = { id: newId(), email, name: u.name, role: u.role, departmentId: u.departmentId, locale: u.locale, active: true };
  await insertUser(deps.db, { ...user, passwordHash: await hashPassword(u.password) }, deps.clock.now().toISOString());
  return user;
}

export async function updateUser(deps: Deps, actor: Actor, id: string, patch: z.infer<typeof userUpdateSchema>): Promise<void> {
  if (!canAdminister(actor)) throw new ForbiddenError();
  if (patch.role === 'clerk' && !patch.departmentId) throw new InvalidInputError('a clerk belongs to a department', { reason: 'clerk_department' });
  if (id === actor.id && (!patch.active || patch.role !== 'admin')) throw new InvalidInputError('you cannot lock yourself out', { reason: 'self_lockout' });
  const existing = await findUserById(deps.db, id);
  if (!existing) throw new NotFoundError('user');
  const now = deps.clock.now().toISOString();
  await updateUserRow(deps.db, id, patch, now);
  // A deactivated account or a changed role takes effect at once: end its sessions.
  if (!patch.active || patch.role !== existing.role || patch.departmentId !== existing.departmentId) await revokeUserSessions(deps.db, id, now);
}

export async function setOwnLocale(deps: Deps, actor: Actor, locale: Lang): Promise<void> {
  await updateUserRow(deps.db, actor.id, { locale }, deps.clock.now().toISOString());
}

export async function setPassword(deps: Deps, email: string, password: string): Promise<void> {
  if (password.length < 12) throw new InvalidInputError('password too short', { reason: 'password_length' });
  const user = await findUserByEmail(deps.db, normaliseEmail(email));
  if (!user) throw new NotFoundError('user');
  const now = deps.clock.now().toISOString();
  await updateUserRow(deps.db, user.id, { passwordHash: await hashPassword(password) }, now);
  await revokeUserSessions(deps.db, user.id, now);
}
