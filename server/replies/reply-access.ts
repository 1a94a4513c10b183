/** Loads a reply together with its case, for someone who may work on the case. */
import { assertMayWorkCase, getCaseForStaff, caseRefById } from '../cases/index.js';
import type { Actor } from '../auth/user.js';
import { findDepartment } from '../departments/find-department.js';
import { NotFoundError } from '../errors.js';
import type { ReplyDeps } from './deps.js';
import { findReply } from './reply.repository.js';

export async function loadReplyForStaff(deps: ReplyDeps, actor: Actor, replyId: string) {
  const reply = await findReply(deps.db, replyId);
  const ref = reply && (await caseRefById(deps, reply.caseId));
  if (!reply || !ref) throw new NotFoundError('reply');
  const view = await getCaseForStaff(deps, actor, ref.number); // not found for other departments
  assertMayWorkCase(actor, view.kase);
  const department = await findDepartment(deps, view.kase.departmentId);
  return { reply, view, department };
}
