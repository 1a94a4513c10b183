/**
 * Petitions about the same matter (duplicates.ts reads the letters): each case's band keys are
 * indexed when it is registered, and
 *  - a letter of the same text as an earlier one joins that one's campaign, or starts one with it
 *    (`clusterCase`, run by find-duplicates.handler.ts for every registered case);
 *  - the case page lists the similar cases when asked (`listSimilarCases`), the same text or the
 *    same matter, never stored: a resident writing again, in other words, shows up there, for a
 *    clerk to merge or link.
 * The band keys only find candidates; the letters' sets decide (compareLetters).
 */
import type { Kysely } from 'kysely';
import { canViewCase, type Actor } from '../auth/user.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';
import { caseCardsByIds, caseTextsByIds, loadVisibleCase, samePetitionerCaseIds, type CaseCard } from '../cases/index.js';
import { bandKeys, compareLetters, comparableText, fingerprintOf, letterSets, TEXT_BANDS, type LetterSets, type Likeness } from './duplicates.js';
import { insertCluster, insertMember, replaceCaseBands, selectBandCandidates, selectCaseBands, selectMemberships, touchCluster } from './duplicate.repository.js';
import type { LetterLineKinds } from './letter-body.js';

export interface DuplicateDeps {
  db: Database;
  clock: Clock;
  /** How to set a letter's furniture aside (intake's line readers, passed in by services.ts). */
  letterLines?: LetterLineKinds;
}

/** How many candidates, sharing the most bands, are compared with a letter. */
export const CANDIDATES = 60;
/** How many of the petitioner's own other letters are compared with one (the newest). */
export const OWN_LETTERS = 40;
/** How many similar cases the case page lists. */
export const SIMILAR_LIMIT = 15;

async function setsOf(db: Kysely<DB>, kinds: LetterLineKinds | undefined, ids: readonly string[]): Promise<Map<string, LetterSets>> {
  const texts = await caseTextsByIds(db, ids);
  return new Map([...texts].map(([id, text]) => [id, letterSets(comparableText(text, kinds))]));
}

export interface Match {
  caseId: string;
  likeness: Likeness;
  /** Jaccard of the word triples and of the words, 0–1. */
  text: number;
  words: number;
}

/**
 * The candidates that are the same text or the same matter as `caseId`, the most alike first: those
 * sharing the most bands, and the same petitioner's own other letters (`ownCases`), which are
 * compared at the lower threshold of a resident writing again.
 */
async function matchesOf(db: Kysely<DB>, kinds: LetterLineKinds | undefined, caseId: string, sets: LetterSets, keys: readonly number[], ownCases: readonly string[] = []): Promise<Match[]> {
  const candidates = await selectBandCandidates(db, caseId, keys, CANDIDATES);
  const own = new Set(ownCases);
  const others = await setsOf(db, kinds, [...new Set([...candidates.map((c) => c.caseId), ...ownCases])].filter((id) => id !== caseId));
  const matches: Match[] = [];
  for (const [id, other] of others) {
    const s = compareLetters(sets, other, { samePetitioner: own.has(id) });
    if (s.likeness) matches.push({ caseId: id, likeness: s.likeness, text: s.text, words: s.words });
  }
  return matches.sort((a, b) => b.text - a.text || b.words - a.words || a.caseId.localeCompare(b.caseId));
}

/**
 * Indexes a registered case's letter and, when it is the same text as earlier letters, puts it in
 * their campaign (or starts one with the most alike of them). Idempotent: a case already in a
 * cluster, or taken out of one by a clerk, stays where it is. `db` is the dispatcher's transaction.
 */
export async function clusterCase(deps: { clock: Clock; letterLines?: LetterLineKinds }, db: Kysely<DB>, caseId: string): Promise<{ clusterId: string | null }> {
  const sets = (await setsOf(db, deps.letterLines, [caseId])).get(caseId);
  const fingerprint = sets ? fingerprintOf(sets) : null;
  if (!sets || !fingerprint) {
    await replaceCaseBands(db, caseId, []);
    return { clusterId: null };
  }
  const keys = bandKeys(fingerprint);
  await replaceCaseBands(db, caseId, keys);
  const own = (await selectMemberships(db, [caseId])).get(caseId);
  if (own) return { clusterId: own.removedAt ? null : own.clusterId };

  // Only the text bands: a campaign is the same text, not merely the same matter.
  const sameText = (await matchesOf(db, deps.letterLines, caseId, sets, keys.slice(0, TEXT_BANDS))).filter((m) => m.likeness === 'same_text');
  if (sameText.length === 0) return { clusterId: null };
  const memberships = await selectMemberships(db, sameText.map((m) => m.caseId));
  const cards = new Map((await caseCardsByIds(db, sameText.map((m) => m.caseId))).map((c) => [c.id, c]));
  // A letter merged away into another case is that case now; one a clerk took out of its campaign is not of it.
  const eligible = sameText.filter((m) => cards.get(m.caseId) && !cards.get(m.caseId)?.mergedIntoId && !memberships.get(m.caseId)?.removedAt);
  if (eligible.length === 0) return { clusterId: null };
  const at = deps.clock.now().toISOString();
  const joined = eligible.find((m) => memberships.get(m.caseId));
  if (joined) {
    const clusterId = memberships.get(joined.caseId)!.clusterId;
    if (await insertMember(db, { caseId, clusterId, similarity: joined.text, addedBy: 'desk', at })) await touchCluster(db, clusterId, at);
    return { clusterId };
  }
  const first = eligible[0];
  const clusterId = newId();
  const title = cards.get(first.caseId)?.subject || (await caseCardsByIds(db, [caseId]))[0]?.subject || '';
  await insertCluster(db, { id: clusterId, title, at });
  await insertMember(db, { caseId: first.caseId, clusterId, similarity: 1, addedBy: 'desk', at });
  await insertMember(db, { caseId, clusterId, similarity: first.text, addedBy: 'desk', at });
  return { clusterId };
}

export interface SimilarCase {
  number: string;
  subject: string;
  status: CaseCard['status'];
  receivedAt: string;
  petitionerName: string;
  /** The same petitioner (record, e-mail or phone): a resident writing again. */
  samePetitioner: boolean;
  likeness: Likeness;
  /** Percent, 0–100, of the word triples (same text) or the words (same matter) shared. */
  percent: number;
}

export interface SimilarCases {
  similar: SimilarCase[];
  /** Similar cases of departments the viewer may not open: counted, never shown. */
  hidden: number;
  /** The campaign this case is in, with its size, when it is in one. */
  campaign: { id: string; members: number } | null;
}

const samePerson = (a: CaseCard, b: CaseCard) =>
  a.petitionerId === b.petitionerId ||
  (!!a.petitionerEmail && a.petitionerEmail.toLowerCase() === b.petitionerEmail?.toLowerCase()) ||
  (!!a.petitionerPhone && a.petitionerPhone.replace(/\D/g, '') === b.petitionerPhone?.replace(/\D/g, ''));

/** For the case page: the cases whose letters are the same text or about the same matter as this one's. */
export async function listSimilarCases(deps: DuplicateDeps, actor: Actor, number: string, countMembers: (clusterId: string) => Promise<number>): Promise<SimilarCases> {
  const kase = await loadVisibleCase(deps.db, actor, number);
  const [keys, membership] = await Promise.all([selectCaseBands(deps.db, kase.id), selectMemberships(deps.db, [kase.id])]);
  const own = membership.get(kase.id);
  const campaign = own && !own.removedAt ? { id: own.clusterId, members: await countMembers(own.clusterId) } : null;
  if (keys.length === 0) return { similar: [], hidden: 0, campaign };
  const sets = (await setsOf(deps.db, deps.letterLines, [kase.id])).get(kase.id);
  if (!sets) return { similar: [], hidden: 0, campaign };
  const [self] = await caseCardsByIds(deps.db, [kase.id]);
  const ownLetters = self ? await samePetitionerCaseIds(deps.db, self, OWN_LETTERS) : [];
  const matches = await matchesOf(deps.db, deps.letterLines, kase.id, sets, keys, ownLetters);
  const cards = new Map((await caseCardsByIds(deps.db, [kase.id, ...matches.map((m) => m.caseId)])).map((c) => [c.id, c]));
  const me = cards.get(kase.id)!;
  const found = matches.flatMap((m) => {
    const card = cards.get(m.caseId);
    // A case merged away lives on in the case it went into, which is listed if it is alike.
    return card && !card.mergedIntoId ? [{ m, card }] : [];
  });
  const shown = found.filter(({ card }) => canViewCase(actor, card));
  return {
    similar: shown.slice(0, SIMILAR_LIMIT).map(({ m, card }) => ({
      number: card.number,
      subject: card.subject,
      status: card.status,
      receivedAt: card.receivedAt,
      petitionerName: card.petitionerName,
      samePetitioner: samePerson(me, card),
      likeness: m.likeness,
      percent: Math.round(100 * (m.likeness === 'same_text' ? m.text : m.words)),
    })),
    hidden: found.length - shown.length,
    campaign,
  };
}
