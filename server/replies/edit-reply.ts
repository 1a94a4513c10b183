/** Saving a draft (autosave from the editor), and the four-eyes steps: ask for approval, approve or return. */
import { z } from 'zod';
import { noteReplyEvent } from '../cases/index.js';
import type { Actor } from '../auth/user.js';
import { DomainError, ForbiddenError } from '../errors.js';
import type { ReplyDeps } from './deps.js';
import { approvalRefusal, isEditable } from './reply.js';
import { loadReplyForStaff } from './reply-access.js';
import { moveReplyStatus, updateReply } from './reply.repository.js';
import { sanitizeReplyHtml } from './sanitize-reply.adapter.js';

/** Why a manager returns a reply: the author has to know what to change, so it is never empty. */
export const returnCommentSchema = z.string().trim().min(1).max(2000);

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
  const now = deps.clock.now();
  // The move and its event commit together: the managers are told (from the event) only of a request that stands.
  await deps.db.transaction().execute(async (trx) => {
    // Who asked is remembered: they may not give the approval they asked for.
    if (!(await moveReplyStatus(trx, replyId, 'draft', 'awaiting_approval', { approvalRequestedBy: actor.id }, now.toISOString()))) throw notDraft();
    await noteReplyEvent(trx, reply.caseId, 'reply_approval_requested', actor.id, { replyId }, now);
  });
}

/** Approves the reply, or returns it to its author with a comment (required when returning). */
export async function approveReply(deps: ReplyDeps, actor: Actor, replyId: string, approve: boolean, comment?: string): Promise<void> {
  if (actor.role === 'clerk' || actor.role === 'registry') throw new ForbiddenError('only a manager approves replies');
  const why = approve ? null : returnCommentSchema.safeParse(comment ?? '');
  if (why && !why.success) {
    throw new DomainError('invalid_input', 'a returned reply needs a comment saying what to change', { i18nKey: 'reply.returnCommentRequired' });
  }
  const returnComment = why?.success ? why.data : '';
  const { reply } = await loadReplyForStaff(deps, actor, replyId);
  const notAwaiting = () => new DomainError('conflict', 'nothing to approve', { i18nKey: 'reply.notAwaiting' });
  if (reply.status !== 'awaiting_approval') throw notAwaiting();
  // Four eyes are two people: not the author, not whoever asked. Returning it is always allowed.
  const refusal = approve ? approvalRefusal(reply, actor.id) : null;
  if (refusal) throw new DomainError('forbidden', 'a reply is approved by someone other than its author and whoever asked for the approval', { i18nKey: 'reply.ownApproval', details: { refusal } });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if (approve) {
      if (!(await moveReplyStatus(trx, replyId, 'awaiting_approval', 'approved', { approvedBy: actor.id }, now.toISOString()))) throw notAwaiting();
      await noteReplyEvent(trx, reply.caseId, 'reply_approved', actor.id, { replyId }, now);
      return;
    }
    if (!(await moveReplyStatus(trx, replyId, 'awaiting_approval', 'draft', { returned: { comment: returnComment, by: actor.id } }, now.toISOString()))) throw notAwaiting();
    await noteReplyEvent(trx, reply.caseId, 'reply_returned', actor.id, { replyId, comment: returnComment }, now);
  });
}
