/** Saving a draft (autosave from the editor), and the four-eyes steps: ask for approval, approve. */
import { noteReplyEvent } from '../cases/index.js';
import type { Actor } from '../auth/user.js';
import { DomainError, ForbiddenError } from '../errors.js';
import type { ReplyDeps } from './deps.js';
import { isEditable } from './reply.js';
import { loadReplyForStaff } from './reply-access.js';
import { updateReply } from './reply.repository.js';
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
  if (reply.status !== 'draft') throw new DomainError('conflict', 'only a draft can be sent for approval', { i18nKey: 'reply.notDraft' });
  await updateReply(deps.db, replyId, { status: 'awaiting_approval' }, deps.clock.now().toISOString());
}

export async function approveReply(deps: ReplyDeps, actor: Actor, replyId: string, approve: boolean): Promise<void> {
  if (actor.role === 'clerk') throw new ForbiddenError('only a manager approves replies');
  const { reply } = await loadReplyForStaff(deps, actor, replyId);
  if (reply.status !== 'awaiting_approval') throw new DomainError('conflict', 'nothing to approve', { i18nKey: 'reply.notAwaiting' });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await updateReply(trx, replyId, approve ? { status: 'approved', approvedBy: actor.id } : { status: 'draft' }, now.toISOString());
    if (approve) await noteReplyEvent(trx, reply.caseId, 'reply_approved', actor.id, { replyId }, now);
  });
}
