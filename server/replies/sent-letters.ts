/**
 * Which kinds of signed letter a case has been sent since a moment: the notifications slice asks
 * before it sends the statutory extension notice, which the clerk's own extension letter makes
 * unnecessary.
 */
import type { Database } from '../db/database.js';
import type { TemplateKind } from './template.js';
import type { TemplateSet } from './template.store.js';
import { listReplies } from './reply.repository.js';

export async function letterKindsSentSince(deps: { db: Database; templates: () => TemplateSet }, caseId: string, since: string): Promise<TemplateKind[]> {
  const sent = (await listReplies(deps.db, caseId)).filter((r) => r.status === 'sent' && r.sentAt !== null && r.sentAt >= since);
  const byId = deps.templates().byId;
  return sent.flatMap((r) => {
    const template = byId.get(r.templateId);
    return template ? [template.kind] : [];
  });
}
