/**
 * Campaigns: letters of the same text from many residents (similar-cases.ts puts them together as
 * they arrive). Managers see them all, from the list to each campaign's members; they take a letter
 * out of a campaign it does not belong to (the desk then never puts it back), put it back, or add a
 * case by its number (the same campaign written in another language is not the same text to the
 * desk). Who did what stays on the member's row. Answering a campaign is the replies slice's
 * (replies/campaign-reply.ts), through `openCampaignMembers`.
 */
import { z } from 'zod';
import { seesAllCases, type Actor } from '../auth/user.js';
import { DomainError, ForbiddenError, NotFoundError } from '../errors.js';
import type { Lang } from '../languages.js';
import { caseCardsByIds, isOpen, loadWorkableCase, type CaseCard } from '../cases/index.js';
import {
  moveMember, selectCluster, selectClusterMemberIds, selectClusterMembers, selectClusters, selectMemberships, setMemberRemoved, touchCluster, type ClusterMembership,
} from './duplicate.repository.js';
import type { DuplicateDeps } from './similar-cases.js';

/** The managers' list shows campaigns from this many letters on (a resident writing twice is not a campaign). */
export const CAMPAIGN_MIN_MEMBERS = 2;
export const CAMPAIGNS_PAGE = 25;

export function canSeeCampaigns(actor: Actor): boolean {
  return seesAllCases(actor);
}

function assertMaySee(actor: Actor): void {
  if (!canSeeCampaigns(actor)) throw new ForbiddenError('campaigns are for managers');
}

export interface CampaignSummary {
  id: string;
  title: string;
  members: number;
  open: number;
  /** Reply languages of the open members, with how many each. */
  languages: { language: Lang; count: number }[];
  departments: (string | null)[];
  firstReceivedAt: string;
  lastReceivedAt: string;
}

/** A cursor over the list: the last row's (updated_at, id). */
export const campaignCursorSchema = z.string().regex(/^[^|]{1,40}\|[^|]{1,40}$/);

function summarise(id: string, title: string, cards: CaseCard[]): CampaignSummary {
  const open = cards.filter((c) => isOpen(c.status));
  const languages = new Map<Lang, number>();
  for (const c of open) languages.set(c.replyLanguage, (languages.get(c.replyLanguage) ?? 0) + 1);
  const received = cards.map((c) => c.receivedAt).sort();
  return {
    id,
    title,
    members: cards.length,
    open: open.length,
    languages: [...languages].map(([language, count]) => ({ language, count })).sort((a, b) => b.count - a.count || a.language.localeCompare(b.language)),
    departments: [...new Set(cards.map((c) => c.departmentId))],
    firstReceivedAt: received[0] ?? '',
    lastReceivedAt: received[received.length - 1] ?? '',
  };
}

export async function listCampaigns(deps: DuplicateDeps, actor: Actor, options: { after?: string } = {}): Promise<{ campaigns: (CampaignSummary & { updatedAt: string })[]; next: string | null }> {
  assertMaySee(actor);
  const cursor = options.after && campaignCursorSchema.safeParse(options.after).success ? options.after.split('|') : null;
  const rows = await selectClusters(deps.db, {
    minMembers: CAMPAIGN_MIN_MEMBERS,
    limit: CAMPAIGNS_PAGE + 1,
    ...(cursor ? { before: { updatedAt: cursor[0], id: cursor[1] } } : {}),
  });
  const page = rows.slice(0, CAMPAIGNS_PAGE);
  const memberIds = await selectClusterMemberIds(deps.db, page.map((r) => r.id));
  const cards = new Map((await caseCardsByIds(deps.db, [...memberIds.values()].flat())).map((c) => [c.id, c]));
  const campaigns = page.map((r) => ({
    ...summarise(r.id, r.title, (memberIds.get(r.id) ?? []).flatMap((id) => cards.get(id) ?? [])),
    updatedAt: r.updatedAt,
  }));
  const last = page[page.length - 1];
  return { campaigns, next: rows.length > CAMPAIGNS_PAGE && last ? `${last.updatedAt}|${last.id}` : null };
}

export interface CampaignMember {
  caseId: string;
  number: string;
  subject: string;
  status: CaseCard['status'];
  departmentId: string | null;
  language: Lang | null;
  replyLanguage: Lang;
  petitionerName: string;
  receivedAt: string;
  /** Percent of word triples shared with the letter it joined by. */
  percent: number;
  addedByDesk: boolean;
  removedAt: string | null;
}

export interface Campaign extends CampaignSummary {
  members: number;
  list: CampaignMember[];
  removed: CampaignMember[];
}

function memberOf(m: ClusterMembership, card: CaseCard): CampaignMember {
  return {
    caseId: card.id,
    number: card.number,
    subject: card.subject,
    status: card.status,
    departmentId: card.departmentId,
    language: card.language,
    replyLanguage: card.replyLanguage,
    petitionerName: card.petitionerName,
    receivedAt: card.receivedAt,
    percent: Math.round(100 * m.similarity),
    addedByDesk: m.addedBy === 'desk',
    removedAt: m.removedAt,
  };
}

export async function getCampaign(deps: DuplicateDeps, actor: Actor, id: string): Promise<Campaign> {
  assertMaySee(actor);
  const cluster = await selectCluster(deps.db, id);
  if (!cluster) throw new NotFoundError('campaign');
  const memberships = await selectClusterMembers(deps.db, id);
  const cards = new Map((await caseCardsByIds(deps.db, memberships.map((m) => m.caseId))).map((c) => [c.id, c]));
  const all = memberships.flatMap((m) => {
    const card = cards.get(m.caseId);
    return card ? [{ m, card }] : [];
  });
  const active = all.filter(({ m }) => !m.removedAt);
  return {
    ...summarise(cluster.id, cluster.title, active.map(({ card }) => card)),
    list: active.map(({ m, card }) => memberOf(m, card)),
    removed: all.filter(({ m }) => m.removedAt).map(({ m, card }) => memberOf(m, card)),
  };
}

/** How many letters a campaign holds now (for a case page's link to it). */
export async function countCampaignMembers(deps: DuplicateDeps, clusterId: string): Promise<number> {
  return (await selectClusterMemberIds(deps.db, [clusterId])).get(clusterId)?.length ?? 0;
}

/** The open members' case ids, for one reply to all of them (replies/campaign-reply.ts). */
export async function openCampaignMembers(deps: DuplicateDeps, actor: Actor, id: string): Promise<CaseCard[]> {
  const campaign = await getCampaign(deps, actor, id);
  const cards = await caseCardsByIds(deps.db, campaign.list.map((m) => m.caseId));
  return cards.filter((c) => isOpen(c.status) && !c.mergedIntoId);
}

export const campaignMemberSchema = z.object({ number: z.string().trim().min(1).max(40) });

/** The case number a manager typed: empty or too long is the same mistake as a number that is not there. */
function numberOf(input: { number: string }): string {
  const parsed = campaignMemberSchema.safeParse(input);
  if (!parsed.success) throw new DomainError('invalid_input', 'no such case', { i18nKey: 'campaigns.errors.notFound' });
  return parsed.data.number;
}

async function memberCase(deps: DuplicateDeps, actor: Actor, id: string, number: string) {
  assertMaySee(actor);
  if (!(await selectCluster(deps.db, id))) throw new NotFoundError('campaign');
  try {
    return await loadWorkableCase(deps.db, actor, number);
  } catch (error) {
    if ((error as { code?: string }).code === 'not_found') throw new DomainError('invalid_input', 'no such case', { i18nKey: 'campaigns.errors.notFound' });
    throw error;
  }
}

/** Takes a letter out of the campaign; the desk will not put it back by itself. */
export async function removeFromCampaign(deps: DuplicateDeps, actor: Actor, id: string, input: { number: string }): Promise<void> {
  const number = numberOf(input);
  const kase = await memberCase(deps, actor, id, number);
  const at = deps.clock.now().toISOString();
  if (!(await setMemberRemoved(deps.db, kase.id, id, { by: actor.id, at }))) throw new DomainError('invalid_input', 'not a member', { i18nKey: 'campaigns.errors.notMember' });
  await touchCluster(deps.db, id, at);
}

/**
 * Adds a case to the campaign by its number (or puts a removed one back). A case in another
 * campaign moves here: a letter answers to one campaign.
 */
export async function addToCampaign(deps: DuplicateDeps, actor: Actor, id: string, input: { number: string }): Promise<void> {
  const number = numberOf(input);
  const kase = await memberCase(deps, actor, id, number);
  if (kase.mergedIntoId) throw new DomainError('invalid_input', 'merged away', { i18nKey: 'campaigns.errors.merged' });
  const current = (await selectMemberships(deps.db, [kase.id])).get(kase.id);
  if (current && current.clusterId === id && !current.removedAt) throw new DomainError('conflict', 'already a member', { i18nKey: 'campaigns.errors.alreadyMember' });
  const at = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await moveMember(trx, { caseId: kase.id, clusterId: id, similarity: current?.clusterId === id ? current.similarity : 0, addedBy: actor.id, at });
    await touchCluster(trx, id, at);
  });
}
