/**
 * The band index of letters (case_text_bands) and the campaigns (case_clusters, their members).
 * Every function takes the database or a transaction.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/** The case's band keys replace what it had (a corrected OCR text indexes anew). */
export async function replaceCaseBands(db: Kysely<DB>, caseId: string, keys: readonly number[]): Promise<void> {
  await db.deleteFrom('case_text_bands').where('case_id', '=', caseId).execute();
  const unique = [...new Set(keys)];
  if (unique.length) await db.insertInto('case_text_bands').values(unique.map((band_key) => ({ band_key, case_id: caseId }))).execute();
}

export async function selectCaseBands(db: Kysely<DB>, caseId: string): Promise<number[]> {
  const rows = await db.selectFrom('case_text_bands').select('band_key').where('case_id', '=', caseId).execute();
  return rows.map((r) => Number(r.band_key));
}

/**
 * Other cases sharing any of `keys`, those sharing the most first (at most `limit`): the
 * candidates a letter is compared with. The primary key (band_key, case_id) answers it.
 */
export async function selectBandCandidates(db: Kysely<DB>, caseId: string, keys: readonly number[], limit: number): Promise<{ caseId: string; shared: number }[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('case_text_bands')
    .select(['case_id', sql<number>`count(*)`.as('shared')])
    .where('band_key', 'in', [...new Set(keys)])
    .where('case_id', '<>', caseId)
    .groupBy('case_id')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('case_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ caseId: r.case_id, shared: Number(r.shared) }));
}

export interface ClusterMembership {
  caseId: string;
  clusterId: string;
  similarity: number;
  addedBy: string;
  addedAt: string;
  removedBy: string | null;
  removedAt: string | null;
}

const membership = (r: DB['case_cluster_members'] extends infer T ? { [K in keyof T]: T[K] } : never): ClusterMembership => ({
  caseId: r.case_id,
  clusterId: r.cluster_id,
  similarity: Number(r.similarity),
  addedBy: r.added_by,
  addedAt: r.added_at,
  removedBy: r.removed_by,
  removedAt: r.removed_at,
});

export async function selectMemberships(db: Kysely<DB>, caseIds: readonly string[]): Promise<Map<string, ClusterMembership>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db.selectFrom('case_cluster_members').selectAll().where('case_id', 'in', [...caseIds]).execute();
  return new Map(rows.map((r) => [r.case_id, membership(r)]));
}

export async function insertCluster(db: Kysely<DB>, cluster: { id: string; title: string; at: string }): Promise<void> {
  await db.insertInto('case_clusters').values({ id: cluster.id, title: cluster.title, created_at: cluster.at, updated_at: cluster.at }).execute();
}

export async function touchCluster(db: Kysely<DB>, clusterId: string, at: string): Promise<void> {
  await db.updateTable('case_clusters').set({ updated_at: at }).where('id', '=', clusterId).execute();
}

/** A case joins a cluster; false when it already belongs to one (or was removed from one). */
export async function insertMember(db: Kysely<DB>, m: { caseId: string; clusterId: string; similarity: number; addedBy: string; at: string }): Promise<boolean> {
  const result = await db
    .insertInto('case_cluster_members')
    .values({ case_id: m.caseId, cluster_id: m.clusterId, similarity: m.similarity, added_by: m.addedBy, added_at: m.at, removed_by: null, removed_at: null })
    .onConflict((oc) => oc.column('case_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** A member a clerk took out (or put back, with null): its row stays, so the desk does not add it again. */
export async function setMemberRemoved(db: Kysely<DB>, caseId: string, clusterId: string, removed: { by: string; at: string } | null): Promise<boolean> {
  const result = await db
    .updateTable('case_cluster_members')
    .set({ removed_by: removed?.by ?? null, removed_at: removed?.at ?? null })
    .where('case_id', '=', caseId)
    .where('cluster_id', '=', clusterId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Moves a case (taken out of one cluster, or in none) into another, by a clerk's hand. */
export async function moveMember(db: Kysely<DB>, m: { caseId: string; clusterId: string; similarity: number; addedBy: string; at: string }): Promise<void> {
  await db
    .insertInto('case_cluster_members')
    .values({ case_id: m.caseId, cluster_id: m.clusterId, similarity: m.similarity, added_by: m.addedBy, added_at: m.at, removed_by: null, removed_at: null })
    .onConflict((oc) =>
      oc.column('case_id').doUpdateSet({ cluster_id: m.clusterId, similarity: m.similarity, added_by: m.addedBy, added_at: m.at, removed_by: null, removed_at: null }),
    )
    .execute();
}

export interface ClusterRow {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
}

export async function selectCluster(db: Kysely<DB>, id: string): Promise<ClusterRow | null> {
  const r = await db.selectFrom('case_clusters').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? { id: r.id, title: r.title, createdAt: r.created_at, updatedAt: r.updated_at } : null;
}

/** Every member of a cluster, removed ones too, in the order they joined. */
export async function selectClusterMembers(db: Kysely<DB>, clusterId: string): Promise<ClusterMembership[]> {
  const rows = await db.selectFrom('case_cluster_members').selectAll().where('cluster_id', '=', clusterId).orderBy('added_at').orderBy('case_id').execute();
  return rows.map(membership);
}

/**
 * Clusters with at least `minMembers` members not taken out, the most recently grown first,
 * keyset-paged on (updated_at, id).
 */
export async function selectClusters(
  db: Kysely<DB>,
  options: { minMembers: number; limit: number; before?: { updatedAt: string; id: string } },
): Promise<(ClusterRow & { members: number })[]> {
  let q = db
    .selectFrom('case_clusters as k')
    .innerJoin('case_cluster_members as m', 'm.cluster_id', 'k.id')
    .select(['k.id', 'k.title', 'k.created_at', 'k.updated_at', sql<number>`count(*)`.as('members')])
    .where('m.removed_at', 'is', null)
    .groupBy(['k.id', 'k.title', 'k.created_at', 'k.updated_at'])
    .having(sql`count(*)`, '>=', options.minMembers)
    .orderBy('k.updated_at', 'desc')
    .orderBy('k.id', 'desc')
    .limit(options.limit);
  if (options.before) {
    const b = options.before;
    q = q.where((eb) => eb.or([eb('k.updated_at', '<', b.updatedAt), eb.and([eb('k.updated_at', '=', b.updatedAt), eb('k.id', '<', b.id)])]));
  }
  const rows = await q.execute();
  return rows.map((r) => ({ id: r.id, title: r.title, createdAt: r.created_at, updatedAt: r.updated_at, members: Number(r.members) }));
}

/** Active members per cluster, for the clusters given. */
export async function selectClusterMemberIds(db: Kysely<DB>, clusterIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(clusterIds.map((id) => [id, []]));
  if (clusterIds.length === 0) return out;
  const rows = await db.selectFrom('case_cluster_members').select(['cluster_id', 'case_id']).where('cluster_id', 'in', [...clusterIds]).where('removed_at', 'is', null).execute();
  for (const r of rows) out.get(r.cluster_id)?.push(r.case_id);
  return out;
}
