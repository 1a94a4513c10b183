/** Saving a draft (autosave from the editor), and the four-eyes steps: ask for approval, approve. */
import { noteReplyEvent } from '../cases/index.js';
import type { Actor } from '../auth/user.js';
import { DomainError, ForbiddenError } from '../errors.js';
import type { ReplyDeps } from './deps.js';
import { approvalRefusal, isEditable } from './reply.js';
import { loadReplyForStaff } from './reply-access.js';
import { moveReplyStatus, updateReply } from './reply.repository.js';
import { sanitizeReplyHtml } from './sanitize-reply.adapter.js';

export async function saveReplyDraft(deps: ReplyDeps, actor: Actor, replyId: string, draft: { subject: string; bodyHtml: string }): Promise<{ savedAt: string }> {
  const { reply } = await loadReplyForStaff(deps, actor, replyId);
  if (!isEditable(reply)) throw new DomainError('conflict', 'this reply is no longer a draft', { i18nKey: 'reply.notDraft' });
  const at = deps.clock.now().toISOString();
  await updateReply(deps.db, replyId, { subject: draft.subject.trim().slice(0, 300), bodyHtml: sanitizeReplyHtml(draft.bodyHtml).slice(0, 500_000) }, at);
  return { savedAt: at };
}

export async function requestReplyApproval(deps: ReplyDeps, actor: Actor, replyId: string): Promise<void> {
  const { reply } = await loadReplyForStaff(deps, actor, replyId);
  const notDraft = () => new DomainError('conflict', 'only a draft can be sent for approval', { i18nKey: 'reply.notDraft' });
  if (reply.status !== 'draft') throw notDraft();
  // Who asked is remembered: they may not give the approval they asked for.
  if (!(await moveReplyStatus(deps.db, replyId, 'draft', 'awaiting_approval', { approvalRequestedBy: actor.id }, deps.clock.now().toISOString()))) throw notDraft();
}

export async function approveReply(deps: ReplyDeps, actor: Actor, replyId: string, approve: boolean): Promise<void> {
  if (actor.role === 'clerk') throw new ForbiddenError('only a manager approves replies');
  const { reply } = await loadReplyForStaff(deps, actor, replyId);
  const notAwaiting = () => new DomainError('conflict', 'nothing to approve', { i18nKey: 'reply.notAwaiting' });
  if (reply.status !== 'awaiting_approval') throw notAwaiting();
  // Four eyes are two people: not the author, not whoever asked. Returning it is always allowed.
  const refusal = approve ? approvalRefusal(reply, actor.id) : null;
  if (refusal) throw new DomainError('forbidden', 'a reply is approved by someone other than its author and whoever asked for the approval', { i18nKey: 'reply.ownApproval', details: { refusal } });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const moved = await moveReplyStatus(trx, replyId, 'awaiting_approval', approve ? 'approved' : 'draft', approve ? { approvedBy: actor.id } : {}, now.toISOString());
    if (!moved) throw notAwaiting();
    if (approve) await noteReplyEvent(trx, reply.caseId, 'reply_approved', actor.id, { replyId }, now);
  });
}
