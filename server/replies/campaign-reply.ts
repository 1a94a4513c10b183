/**
 * One reply to a campaign: a manager picks a template and writes what was decided once per
 * language the campaign's open letters are to be answered in; every open member then gets its own
 * letter — in its reply language, with its petitioner's name, salutation, address and case
 * number — drafted, and signed and sent as one reply from a case page would be, by a durable job
 * per member (campaign-reply.job.ts). Nothing is bypassed: a department with four eyes gets the
 * letters in its approval queue instead, and a letter the case cannot complete (no address for a
 * postal letter) stays a draft for a clerk. Each (campaign reply, case) is done once, whatever
 * the retries: its draft is remembered with it, and a sent letter is never sent again.
 */
import { z } from 'zod';
import { seesAllCases, type Actor } from '../auth/user.js';
import { caseCardsByIds, getCaseForStaff, isOpen, noteReplyEvent, type CaseCard } from '../cases/index.js';
import { findDepartment } from '../departments/find-department.js';
import { DomainError, ForbiddenError, InvalidInputError } from '../errors.js';
import { newId } from '../ids.js';
import { enqueueJob, type JobQueue } from '../jobs/job-queue.js';
import { SERVED_LANGUAGES, type Lang } from '../languages.js';
import type { ReplyDeps } from './deps.js';
import { requestReplyApproval } from './edit-reply.js';
import { buildPlaceholderValues, getTemplate, listTemplates, renderTemplate, templateSubject, type ReplyTemplate, type TemplateKind } from './render-template.js';
import { unfilledPlaceholders } from './reply.js';
import { loadReplyForStaff } from './reply-access.js';
import { insertReply } from './reply.repository.js';
import { signAndSendReply } from './send-reply.js';
import {
  findClusterReply, findClusterReplyLetter, insertClusterReply, listClusterReplies, listClusterReplyLetters, rememberLetterReply, setLetterOutcome, type LetterOutcome,
} from './campaign-reply.repository.js';
import { CAMPAIGN_REPLY_LETTER } from './campaign-reply.job-spec.js';
import { CAMPAIGN_TEMPLATE_KINDS, CAMPAIGN_WORDS, campaignWordsOf, type CampaignWord, type CampaignWords } from './campaign-words.js';

export { CAMPAIGN_TEMPLATE_KINDS, CAMPAIGN_WORDS, campaignWordsOf, type CampaignWord, type CampaignWords };

export const campaignReplySchema = z.object({
  templateId: z.string().trim().min(1).max(100),
  texts: z.record(z.enum(SERVED_LANGUAGES), z.record(z.enum(CAMPAIGN_WORDS), z.string().trim().max(4000))),
});

export interface CampaignReplyDeps extends ReplyDeps {
  jobs: JobQueue;
  /** The campaign's open, not merged members (routing/campaigns.ts). */
  openCampaignMembers(actor: Actor, clusterId: string): Promise<CaseCard[]>;
  /** The staff member a job acts for (null: gone or deactivated). */
  findActor(id: string): Promise<Actor | null>;
}

function assertManager(actor: Actor): void {
  if (!seesAllCases(actor)) throw new ForbiddenError('a campaign is answered by a manager');
}

/** Templates that may answer a campaign whose open letters are of these departments. */
export function campaignTemplates(deps: ReplyDeps, departments: readonly (string | null)[], lang: Lang): ReplyTemplate[] {
  const set = deps.templates();
  return CAMPAIGN_TEMPLATE_KINDS.flatMap((kind) => listTemplates(set, { kind }, lang)).filter((t) =>
    t.departments.length === 0 || departments.every((d) => d !== null && t.departments.includes(d)),
  );
}

export interface CampaignReplyForm {
  /** The reply languages of the open members, with how many letters each. */
  languages: { language: Lang; count: number }[];
  templates: { id: string; kind: TemplateKind; title: string; words: CampaignWord[] }[];
  open: number;
}

/** What the reply form offers: the languages to write in and the templates, titled in `locale`. */
export async function campaignReplyForm(deps: CampaignReplyDeps, actor: Actor, clusterId: string, locale: Lang = 'en'): Promise<CampaignReplyForm> {
  assertManager(actor);
  const members = await deps.openCampaignMembers(actor, clusterId);
  const counts = new Map<Lang, number>();
  for (const m of members) counts.set(m.replyLanguage, (counts.get(m.replyLanguage) ?? 0) + 1);
  return {
    languages: [...counts].map(([language, count]) => ({ language, count })).sort((a, b) => SERVED_LANGUAGES.indexOf(a.language) - SERVED_LANGUAGES.indexOf(b.language)),
    templates: campaignTemplates(deps, [...new Set(members.map((m) => m.departmentId))], locale).map((t) => ({ id: t.id, kind: t.kind, title: t.title[locale], words: campaignWordsOf(t) })),
    open: members.length,
  };
}

/**
 * Starts the reply: checks the template and that every language present has the manager's words,
 * then queues one letter per open member — the campaign reply, its letters and their jobs commit
 * together.
 */
export async function startCampaignReply(deps: CampaignReplyDeps, actor: Actor, clusterId: string, input: z.input<typeof campaignReplySchema>): Promise<{ id: string; letters: number }> {
  assertManager(actor);
  const parsed = campaignReplySchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError('the reply form is not complete', { reason: 'campaign_reply_invalid' });
  const { templateId, texts } = parsed.data;
  const members = await deps.openCampaignMembers(actor, clusterId);
  if (members.length === 0) throw new DomainError('invalid_input', 'no open letter to answer', { i18nKey: 'campaigns.reply.noOpen' });
  const allowed = campaignTemplates(deps, [...new Set(members.map((m) => m.departmentId))], 'en');
  const template = allowed.find((t) => t.id === templateId);
  if (!template) throw new DomainError('invalid_input', 'this template does not answer this campaign', { i18nKey: 'campaigns.reply.badTemplate' });
  const words = campaignWordsOf(template);
  const languages = [...new Set(members.map((m) => m.replyLanguage))];
  const missing = languages.flatMap((lang) => words.filter((w) => !texts[lang]?.[w]).map((w) => ({ lang, word: w })));
  if (missing.length) throw new DomainError('invalid_input', 'every language needs the decision written', { i18nKey: 'campaigns.reply.missingWords', details: { missing } });
  const kept: CampaignWords = Object.fromEntries(languages.map((lang) => [lang, Object.fromEntries(words.map((w) => [w, texts[lang]?.[w] ?? '']))]));
  const id = newId();
  const at = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await insertClusterReply(trx, { id, clusterId, templateId, texts: kept, createdBy: actor.id, createdAt: at }, members.map((m) => m.id));
    for (const m of members) await enqueueJob(deps.jobs, trx, CAMPAIGN_REPLY_LETTER, { clusterReplyId: id, caseId: m.id });
  });
  return { id, letters: members.length };
}

/**
 * Queues again the letters of a campaign reply still waiting to be written (a worker stopped for good
 * mid-way, or its jobs were lost with a database restored from backup): each goes on from where it is,
 * and one already sent is only recorded as sent. Returns how many were queued.
 */
export async function resumeCampaignReply(deps: CampaignReplyDeps, actor: Actor, clusterReplyId: string): Promise<{ queued: number }> {
  assertManager(actor);
  const reply = await findClusterReply(deps.db, clusterReplyId);
  if (!reply) throw new DomainError('not_found', 'no such campaign reply', { i18nKey: 'errors.not_found' });
  const waiting = (await listClusterReplyLetters(deps.db, [clusterReplyId])).filter((l) => l.outcome === 'queued');
  await deps.db.transaction().execute(async (trx) => {
    for (const l of waiting) await enqueueJob(deps.jobs, trx, CAMPAIGN_REPLY_LETTER, { clusterReplyId, caseId: l.caseId });
  });
  return { queued: waiting.length };
}

export interface CampaignReplyLetter {
  number: string;
  petitionerName: string;
  language: Lang;
  outcome: LetterOutcome;
  detail: string | null;
  replyId: string | null;
}

export interface CampaignReplyView {
  id: string;
  templateId: string;
  createdAt: string;
  counts: Record<LetterOutcome, number>;
  letters: CampaignReplyLetter[];
}

export async function listCampaignReplies(deps: CampaignReplyDeps, actor: Actor, clusterId: string): Promise<CampaignReplyView[]> {
  assertManager(actor);
  const replies = await listClusterReplies(deps.db, clusterId);
  const letters = await listClusterReplyLetters(deps.db, replies.map((r) => r.id));
  const cards = new Map((await caseCardsByIds(deps.db, [...new Set(letters.map((l) => l.caseId))])).map((c) => [c.id, c]));
  return replies.map((r) => {
    const mine = letters.filter((l) => l.clusterReplyId === r.id);
    const counts: Record<LetterOutcome, number> = { queued: 0, sent: 0, awaiting_approval: 0, draft: 0, skipped: 0 };
    for (const l of mine) counts[l.outcome]++;
    return {
      id: r.id,
      templateId: r.templateId,
      createdAt: r.createdAt,
      counts,
      letters: mine.flatMap((l) => {
        const card = cards.get(l.caseId);
        return card ? [{ number: card.number, petitionerName: card.petitionerName, language: card.replyLanguage, outcome: l.outcome, detail: l.detail, replyId: l.replyId }] : [];
      }),
    };
  });
}

/** The member's own draft: the template in its reply language, its facts, the manager's words for that language. */
async function draftFor(deps: CampaignReplyDeps, actor: Actor, clusterReplyId: string, card: CaseCard, template: ReplyTemplate, texts: CampaignWords): Promise<string> {
  const view = await getCaseForStaff(deps, actor, card.number);
  const lang = view.kase.replyLanguage;
  const words = texts[lang] ?? {};
  const now = deps.clock.now();
  const department = await findDepartment(deps, view.kase.departmentId);
  const values = buildPlaceholderValues({
    case: view.kase,
    petitioner: view.petitioner,
    department,
    // One letter to many: the contact is the department's public address, not a clerk's own.
    clerk: { name: actor.name, email: department?.email ?? undefined },
    today: now,
    decision: { text: words.decision_text ?? null, reason: words.decision_reason ?? null },
    appointment: words.appointment ?? null,
    competentInstitution: words.competent_institution ?? null,
  });
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    // Remembered with the draft: a second run finds this draft, not room for another.
    if (!(await rememberLetterReply(trx, clusterReplyId, card.id, id, now.toISOString()))) throw new DomainError('conflict', 'the letter is already drafted');
    await insertReply(trx, {
      id, caseId: card.id, templateId: template.id, language: lang, subject: templateSubject(template, lang),
      bodyHtml: renderTemplate(template, lang, values, { missing: 'mark' }),
      status: 'draft', authorId: actor.id, approvedBy: null, approvalRequestedBy: null, documentId: null, messageId: null, delivery: null,
      createdAt: now.toISOString(), updatedAt: now.toISOString(), sentAt: null, signedSha256: null,
    });
    await noteReplyEvent(trx, card.id, 'reply_drafted', actor.id, { replyId: id, templateId: template.id, language: lang }, now);
  });
  return id;
}

/**
 * One member's letter, to its end: drafted (once), then sent, or put in the approval queue, or
 * left a draft when something only a clerk can give is missing. Idempotent: run again, it goes on
 * from where the letter is.
 */
export async function sendCampaignLetter(deps: CampaignReplyDeps, clusterReplyId: string, caseId: string): Promise<LetterOutcome> {
  const [reply, letter] = await Promise.all([findClusterReply(deps.db, clusterReplyId), findClusterReplyLetter(deps.db, clusterReplyId, caseId)]);
  if (!reply || !letter) return 'skipped';
  if (letter.outcome !== 'queued') return letter.outcome;
  const done = async (outcome: LetterOutcome, detail: string | null) => {
    await setLetterOutcome(deps.db, clusterReplyId, caseId, outcome, detail, deps.clock.now().toISOString());
    return outcome;
  };
  const actor = await deps.findActor(reply.createdBy);
  if (!actor) return done('skipped', 'author_inactive');
  const [card] = await caseCardsByIds(deps.db, [caseId]);
  let replyId = letter.replyId;
  if (!replyId) {
    if (!card || !isOpen(card.status) || card.mergedIntoId) return done('skipped', 'not_open');
    const template = getTemplate(deps.templates(), reply.templateId);
    replyId = await draftFor(deps, actor, clusterReplyId, card, template, reply.texts);
  }
  const { reply: draft, department } = await loadReplyForStaff(deps, actor, replyId);
  if (draft.status === 'sent') return done('sent', draft.delivery);
  if (draft.status === 'awaiting_approval' || draft.status === 'approved') return done('awaiting_approval', null);
  if (draft.status === 'draft') {
    const unfilled = unfilledPlaceholders(draft.bodyHtml);
    if (unfilled.length) return done('draft', unfilled.join(', '));
    if (department?.fourEyes) {
      await requestReplyApproval(deps, actor, replyId);
      return done('awaiting_approval', null);
    }
  }
  // A draft with nothing missing, or a letter whose signing was cut short: signed and sent once.
  const sent = await signAndSendReply(deps, actor, replyId);
  return done('sent', sent.delivery);
}

/** After the last try: a drafted letter is a draft for a clerk; one never drafted is skipped. Both say why. */
export async function giveUpCampaignLetter(deps: CampaignReplyDeps, clusterReplyId: string, caseId: string, why: string): Promise<void> {
  const letter = await findClusterReplyLetter(deps.db, clusterReplyId, caseId);
  if (!letter || letter.outcome !== 'queued') return;
  await setLetterOutcome(deps.db, clusterReplyId, caseId, letter.replyId ? 'draft' : 'skipped', `failed: ${why}`.slice(0, 500), deps.clock.now().toISOString());
}
