/** Admins edit a department's names, legal name, contact e-mail and whether it takes cases. */
import { z } from 'zod';
import type { Actor } from '../auth/user.js';
import { canAdminister } from '../auth/user.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { selectDepartment, upsertDepartment } from './department.repository.js';

export const departmentUpdateSchema = z.object({
  legalName: z.string().trim().min(2).max(200),
  names: z.object({
    lt: z.string().trim().min(2).max(120),
    pl: z.string().trim().min(2).max(120),
    ru: z.string().trim().min(2).max(120),
    en: z.string().trim().min(2).max(120),
  }),
  email: z.string().trim().email().max(200),
  active: z.boolean(),
  fourEyes: z.boolean(),
});
export type DepartmentUpdate = z.infer<typeof departmentUpdateSchema>;

export async function updateDepartment(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  id: string,
  update: DepartmentUpdate,
): Promise<void> {
  if (!canAdminister(actor)) throw new ForbiddenError();
  const existing = await selectDepartment(deps.db, id);
  if (!existing) throw new NotFoundError('department');
  await upsertDepartment(deps.db, { id, ...update }, deps.clock.now().toISOString());
}
