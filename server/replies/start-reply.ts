/**
 * The clerk picks a template: the body is rendered in the case's reply language with what the
 * case already tells (petitioner, dates, department, clerk) and opens as an editable draft.
 */
import { assertMayWorkCase, getCaseForStaff, noteReplyEvent } from '../cases/index.js';
import type { Actor } from '../auth/user.js';
import { findDepartment } from '../departments/find-department.js';
import { InvalidInputError } from '../errors.js';
import { newId } from '../ids.js';
import type { ReplyDeps } from './deps.js';
import { buildPlaceholderValues, getTemplate, listTemplates, renderTemplate, templateSubject } from './render-template.js';
import { insertReply } from './reply.repository.js';

export async function listReplyTemplates(deps: ReplyDeps, actor: Actor, number: string) {
  const view = await getCaseForStaff(deps, actor, number);
  const lang = view.kase.replyLanguage;
  return listTemplates(deps.templates(), { departmentId: view.kase.departmentId }, lang).map((t) => ({ id: t.id, kind: t.kind, title: t.title, pausesClock: t.pausesClock }));
}

export async function startReply(deps: ReplyDeps, actor: Actor, number: string, templateId: string): Promise<string> {
  const view = await getCaseForStaff(deps, actor, number);
  assertMayWorkCase(actor, view.kase);
  const set = deps.templates();
  if (!set.byId.has(templateId)) throw new InvalidInputError('unknown template', { reason: 'bad_template' });
  const template = getTemplate(set, templateId);
  const lang = view.kase.replyLanguage;
  const department = await findDepartment(deps, view.kase.departmentId);
  const now = deps.clock.now();
  const values = buildPlaceholderValues({
    case: view.kase,
    petitioner: view.petitioner,
    department,
    clerk: { name: actor.name },
    today: now,
  });
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await insertReply(trx, {
      id, caseId: view.kase.id, templateId, language: lang, subject: templateSubject(template, lang),
      bodyHtml: renderTemplate(template, lang, values, { missing: 'mark' }),
      status: 'draft', authorId: actor.id, approvedBy: null, approvalRequestedBy: null, documentId: null, messageId: null, delivery: null,
      createdAt: now.toISOString(), updatedAt: now.toISOString(), sentAt: null, signedSha256: null,
    });
    await noteReplyEvent(trx, view.kase.id, 'reply_drafted', actor.id, { replyId: id, templateId, language: lang }, now);
  });
  return id;
}
