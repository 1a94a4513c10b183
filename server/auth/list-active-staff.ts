/**
 * The people the desk tells things to: every active member of staff, with their role, department
 * and language. For the notifications slice (who is told of an event, who gets a digest); no
 * actor, because no one asks for it: an event or the morning sweep does.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { User } from './user.js';
import { selectUsers } from './user.repository.js';

/** `db` may be a transaction: the dispatcher reads inside the one it writes in. */
export async function listActiveStaff(db: Kysely<DB>): Promise<User[]> {
  return (await selectUsers(db)).filter((u) => u.active);
}
