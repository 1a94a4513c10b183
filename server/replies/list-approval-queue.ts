/**
 * A manager's approval queue: the replies waiting for a second pair of eyes in the departments
 * they answer for (an admin: all), the longest waiting first, with what the manager needs to
 * decide from the list. Each row says whether this manager may approve it (never their own).
 */
import { caseAlertFactsByIds, type CaseAlertFacts } from '../cases/index.js';
import { listUserNames } from '../auth/list-users.js';
import { managesDepartment, type Actor } from '../auth/user.js';
import { ForbiddenError } from '../errors.js';
import type { ReplyDeps } from './deps.js';
import { approvalRefusal, type Reply } from './reply.js';
import { listRepliesInStatus } from './reply.repository.js';

export interface ApprovalQueueItem {
  replyId: string;
  replySubject: string;
  caseNumber: string;
  caseSubject: string;
  departmentId: string | null;
  authorName: string;
  /** When it was sent for approval. */
  requestedAt: string;
  dueOn: string | null;
  /** False for the manager's own reply, or one they sent for approval themselves. */
  canApprove: boolean;
}

function mayUseQueue(actor: Actor): void {
  if (actor.role !== 'manager' && actor.role !== 'admin') throw new ForbiddenError('the approval queue is a manager\'s');
}

async function waitingFor(deps: ReplyDeps, actor: Actor): Promise<{ reply: Reply; kase: CaseAlertFacts }[]> {
  const replies = await listRepliesInStatus(deps.db, 'awaiting_approval');
  const cases = await caseAlertFactsByIds(deps.db, [...new Set(replies.map((r) => r.caseId))]);
  return replies.flatMap((reply) => {
    const kase = cases.get(reply.caseId);
    return kase && managesDepartment(actor, kase.departmentId) ? [{ reply, kase }] : [];
  });
}

export async function listApprovalQueue(deps: ReplyDeps, actor: Actor): Promise<ApprovalQueueItem[]> {
  mayUseQueue(actor);
  const rows = await waitingFor(deps, actor);
  const names = await listUserNames(deps, [...new Set(rows.map((r) => r.reply.authorId))]);
  return rows.map(({ reply, kase }) => ({
    replyId: reply.id,
    replySubject: reply.subject,
    caseNumber: kase.number,
    caseSubject: kase.subject,
    departmentId: kase.departmentId,
    authorName: names.get(reply.authorId) ?? '',
    requestedAt: reply.updatedAt,
    dueOn: kase.dueOn,
    canApprove: approvalRefusal(reply, actor.id) === null,
  }));
}

/** For the nav link's count: 0 for anyone who has no queue. */
export async function countApprovalQueue(deps: ReplyDeps, actor: Actor): Promise<number> {
  if (actor.role !== 'manager' && actor.role !== 'admin') return 0;
  return (await waitingFor(deps, actor)).length;
}
