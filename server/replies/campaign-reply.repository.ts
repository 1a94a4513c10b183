/** One reply to a campaign (cluster_replies) and, per member, the letter it became (cluster_reply_letters). */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { CampaignWords } from './campaign-words.js';

export interface ClusterReplyRow {
  id: string;
  clusterId: string;
  templateId: string;
  texts: CampaignWords;
  createdBy: string;
  createdAt: string;
}

export type LetterOutcome = 'queued' | 'sent' | 'awaiting_approval' | 'draft' | 'skipped';

export interface ClusterReplyLetterRow {
  clusterReplyId: string;
  caseId: string;
  replyId: string | null;
  outcome: LetterOutcome;
  detail: string | null;
  updatedAt: string;
}

export async function insertClusterReply(db: Kysely<DB>, r: ClusterReplyRow, caseIds: readonly string[]): Promise<void> {
  await db
    .insertInto('cluster_replies')
    .values({ id: r.id, cluster_id: r.clusterId, template_id: r.templateId, texts: JSON.stringify(r.texts), created_by: r.createdBy, created_at: r.createdAt })
    .execute();
  for (let i = 0; i < caseIds.length; i += 500) {
    await db
      .insertInto('cluster_reply_letters')
      .values(caseIds.slice(i, i + 500).map((case_id) => ({ cluster_reply_id: r.id, case_id, reply_id: null, outcome: 'queued', detail: null, updated_at: r.createdAt })))
      .execute();
  }
}

const toReply = (r: DB['cluster_replies'] extends infer T ? { [K in keyof T]: T[K] } : never): ClusterReplyRow => ({
  id: r.id,
  clusterId: r.cluster_id,
  templateId: r.template_id,
  texts: JSON.parse(r.texts) as CampaignWords,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export async function findClusterReply(db: Kysely<DB>, id: string): Promise<ClusterReplyRow | null> {
  const r = await db.selectFrom('cluster_replies').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toReply(r) : null;
}

export async function listClusterReplies(db: Kysely<DB>, clusterId: string): Promise<ClusterReplyRow[]> {
  const rows = await db.selectFrom('cluster_replies').selectAll().where('cluster_id', '=', clusterId).orderBy('created_at', 'desc').execute();
  return rows.map(toReply);
}

const toLetter = (r: DB['cluster_reply_letters'] extends infer T ? { [K in keyof T]: T[K] } : never): ClusterReplyLetterRow => ({
  clusterReplyId: r.cluster_reply_id,
  caseId: r.case_id,
  replyId: r.reply_id,
  outcome: r.outcome as LetterOutcome,
  detail: r.detail,
  updatedAt: r.updated_at,
});

export async function findClusterReplyLetter(db: Kysely<DB>, clusterReplyId: string, caseId: string): Promise<ClusterReplyLetterRow | null> {
  const r = await db.selectFrom('cluster_reply_letters').selectAll().where('cluster_reply_id', '=', clusterReplyId).where('case_id', '=', caseId).executeTakeFirst();
  return r ? toLetter(r) : null;
}

export async function listClusterReplyLetters(db: Kysely<DB>, clusterReplyIds: readonly string[]): Promise<ClusterReplyLetterRow[]> {
  if (clusterReplyIds.length === 0) return [];
  const rows = await db.selectFrom('cluster_reply_letters').selectAll().where('cluster_reply_id', 'in', [...clusterReplyIds]).orderBy('case_id').execute();
  return rows.map(toLetter);
}

/** The member's draft is remembered once: false when another run already remembered one. */
export async function rememberLetterReply(db: Kysely<DB>, clusterReplyId: string, caseId: string, replyId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('cluster_reply_letters')
    .set({ reply_id: replyId, updated_at: at })
    .where('cluster_reply_id', '=', clusterReplyId)
    .where('case_id', '=', caseId)
    .where('reply_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function setLetterOutcome(db: Kysely<DB>, clusterReplyId: string, caseId: string, outcome: LetterOutcome, detail: string | null, at: string): Promise<void> {
  await db
    .updateTable('cluster_reply_letters')
    .set({ outcome, detail, updated_at: at })
    .where('cluster_reply_id', '=', clusterReplyId)
    .where('case_id', '=', caseId)
    .execute();
}
