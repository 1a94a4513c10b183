/**
 * `desk letter`: renders a template into a signed PDF letter — for a real case (by number) or,
 * without one, for demo data — and writes it to a file. The operator on the command line is
 * trusted as an administrator would be.
 */
import { getCaseForStaff } from '../cases/index.js';
import type { Actor } from '../auth/user.js';
import type { CaseRecord, Petitioner } from '../cases/case.js';
import { findDepartment } from '../departments/find-department.js';
import { InvalidInputError } from '../errors.js';
import type { Lang } from '../languages.js';
import { composeLetter } from './compose-letter.js';
import type { ReplyDeps } from './deps.js';
import { writeSignedLetter } from './sign-letter.js';
import { buildPlaceholderValues, getTemplate, renderTemplate, templateSubject } from './render-template.js';

const OPERATOR: Actor = { id: 'cli', role: 'admin', departmentId: null, name: 'Petition Desk' };

function demoCase(now: Date, lang: Lang): { kase: CaseRecord; petitioner: Petitioner } {
  const at = now.toISOString();
  const names: Record<Lang, string> = { lt: 'Jonas Petraitis', pl: 'Halina Wiśniewska', ru: 'Ольга Смирнова', en: 'Jane Walker' };
  return {
    kase: {
      id: 'demo', number: 'VLN-2026-000123', status: 'in_progress', channel: 'web', kind: 'request', language: lang, replyLanguage: lang,
      departmentId: 'water', serviceId: null, assigneeId: null, petitionerId: 'demo', subject: 'Demo', body: '', receivedAt: at,
      registeredOn: at.slice(0, 10), dueOn: at.slice(0, 10), extendedBy: 0, reviewReason: null, deliveryChannel: 'email', factsSource: {},
      letterDate: null, registeredBy: null, mergedIntoId: null, clockPausedOn: null, dueRule: null, createdAt: at, updatedAt: at,
    },
    petitioner: { id: 'demo', name: names[lang], email: null, phone: null, address: 'Žirmūnų g. 5-12, LT-09214 Vilnius', language: lang },
  };
}

export async function writeLetter(deps: ReplyDeps, input: { templateId: string; lang: Lang; caseNumber?: string | null; out: string }): Promise<{ outPath: string; byteLength: number }> {
  const set = deps.templates();
  if (!set.byId.has(input.templateId)) throw new InvalidInputError(`no template "${input.templateId}"`, { reason: 'bad_template' });
  const template = getTemplate(set, input.templateId);
  const now = deps.clock.now();
  const { kase, petitioner } = input.caseNumber ? await getCaseForStaff(deps, OPERATOR, input.caseNumber) : demoCase(now, input.lang);
  const department = await findDepartment(deps, kase.departmentId);
  const values = buildPlaceholderValues({ case: kase, petitioner, department, clerk: { name: OPERATOR.name }, today: now });
  const bodyHtml = renderTemplate(template, input.lang, values, { missing: 'mark' });
  const reply = {
    id: 'letter', caseId: kase.id, templateId: template.id, language: input.lang, subject: templateSubject(template, input.lang), bodyHtml,
    status: 'draft' as const, authorId: OPERATOR.id, approvedBy: null, approvalRequestedBy: null, documentId: null, messageId: null, delivery: null,
    createdAt: now.toISOString(), updatedAt: now.toISOString(), sentAt: null, signedSha256: null,
  };
  const letter = composeLetter({ reply, kase, petitioner, department, signer: OPERATOR, sequence: 1 }, now);
  return writeSignedLetter(letter, deps.signer(), input.out, { now });
}
