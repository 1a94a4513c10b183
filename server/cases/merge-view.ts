/**
 * What the case page shows about merging: the case this one was merged into (its number, or null
 * when the reader may not see it), and what the reader may do: merge it (who may work it, while it
 * is not merged or closed), undo its merge (a manager or an admin).
 */
import { canViewCase, canWorkCase, type Actor } from '../auth/user.js';
import { isOpen } from './case.js';
import { loadVisibleCase } from './case-access.js';
import { findCaseById } from './case.repository.js';
import type { CaseDeps } from './deps.js';
import { mayUnmerge } from './unmerge-case.js';

export interface MergeView {
  /** Set when the case was merged away; `number` is null when the reader may not see that case. */
  mergedInto: { number: string | null } | null;
  mayMerge: boolean;
  mayUnmerge: boolean;
}

export async function getMergeView(deps: CaseDeps, actor: Actor, number: string): Promise<MergeView> {
  const kase = await loadVisibleCase(deps.db, actor, number);
  const into = kase.mergedIntoId ? await findCaseById(deps.db, kase.mergedIntoId) : undefined;
  const mergeable = !kase.mergedIntoId && (isOpen(kase.status) || kase.status === 'answered' || kase.status === 'forwarded');
  return {
    mergedInto: kase.mergedIntoId ? { number: into && canViewCase(actor, into) ? into.number : null } : null,
    mayMerge: mergeable && canWorkCase(actor, kase),
    mayUnmerge: Boolean(kase.mergedIntoId) && mayUnmerge(actor),
  };
}
