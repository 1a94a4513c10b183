/** The editor's view of a reply, and the replies of a case. */
import { getCaseForStaff } from '../cases/index.js';
import type { Actor } from '../auth/user.js';
import { listUserNames } from '../auth/list-users.js';
import type { ReplyDeps } from './deps.js';
import { approvalRefusal, canSign, unfilledPlaceholders } from './reply.js';
import { loadReplyForStaff } from './reply-access.js';
import { listReplies } from './reply.repository.js';

export async function getReplyForEditing(deps: ReplyDeps, actor: Actor, replyId: string) {
  const { reply, view, department } = await loadReplyForStaff(deps, actor, replyId);
  const fourEyes = department?.fourEyes ?? false;
  return {
    reply,
    caseNumber: view.kase.number,
    caseSubject: view.kase.subject,
    petitionerName: view.petitioner.name,
    fourEyes,
    // A 'signing' reply may be one whose sending was cut short: signing again finishes it (or
    // says that someone is still at it).
    canSign: canSign(reply, fourEyes) || reply.status === 'signing',
    canApprove: actor.role !== 'clerk' && reply.status === 'awaiting_approval' && approvalRefusal(reply, actor.id) === null,
    unfilled: unfilledPlaceholders(reply.bodyHtml),
    // A returned reply is a draft again: its author reads why before changing it.
    returned: reply.status === 'draft' && reply.returnedComment
      ? { comment: reply.returnedComment, byName: reply.returnedBy ? (await listUserNames(deps, [reply.returnedBy])).get(reply.returnedBy) ?? '' : '' }
      : null,
  };
}

export async function listCaseReplies(deps: ReplyDeps, actor: Actor, number: string) {
  const view = await getCaseForStaff(deps, actor, number);
  return listReplies(deps.db, view.kase.id);
}
