/**
 * One action on a selection of inbox rows: assign, route, change status, close. Each case goes
 * through the very use case its own page uses (its rules, its permissions, its audit event), in
 * its own transaction, so one case that may not move never blocks or undoes the others; the
 * result says, per case, what happened and why not.
 */
import { z } from 'zod';
import type { Actor } from '../auth/user.js';
import { isDomainError } from '../errors.js';
import { CASE_STATUSES } from './case.js';
import { assignCase } from './assign-case.js';
import { changeCaseStatus } from './change-case-status.js';
import type { CaseDeps } from './deps.js';

export const MAX_BULK_CASES = 200;

export const bulkActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('assign'), assigneeId: z.string().min(1).max(64) }),
  z.object({ action: z.literal('route'), departmentId: z.string().min(1).max(64) }),
  z.object({ action: z.literal('status'), to: z.enum(CASE_STATUSES) }),
  z.object({ action: z.literal('close') }),
]);
export type BulkAction = z.infer<typeof bulkActionSchema>;

export interface BulkOutcome {
  number: string;
  ok: boolean;
  /** The error's i18n key when it did not happen. */
  error?: string;
}

/** Routing lives in the routing slice (it teaches the router); the composition root hands it in. */
export type RouteOne = (actor: Actor, number: string, departmentId: string) => Promise<void>;

export async function applyBulkAction(deps: CaseDeps, actor: Actor, numbers: readonly string[], action: BulkAction, route: RouteOne): Promise<BulkOutcome[]> {
  const unique = [...new Set(numbers.map((n) => n.trim()).filter(Boolean))].slice(0, MAX_BULK_CASES);
  const outcomes: BulkOutcome[] = [];
  for (const number of unique) {
    try {
      switch (action.action) {
        case 'assign':
          await assignCase(deps, actor, number, action.assigneeId === 'me' ? actor.id : action.assigneeId);
          break;
        case 'route':
          await route(actor, number, action.departmentId);
          break;
        case 'status':
          await changeCaseStatus(deps, actor, number, action.to);
          break;
        case 'close':
          await changeCaseStatus(deps, actor, number, 'closed');
          break;
      }
      outcomes.push({ number, ok: true });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      outcomes.push({ number, ok: false, error: error.i18nKey });
    }
  }
  return outcomes;
}
