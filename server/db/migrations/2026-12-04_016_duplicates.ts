/* Frozen in time: Kysely<any>, no imports from the app. Petitions about the same matter and
   campaigns (decision 0024):
   - case_text_bands: the locality-sensitive band keys of each case's letter body (server/routing/
     duplicates.ts), one row per band; the primary key finds the cases that share a band with a new
     letter, the index on case_id a case's own keys;
   - case_clusters / case_cluster_members: campaigns, groups of letters of the same text. A case
     belongs to at most one cluster (the primary key); a member a clerk removed keeps its row with
     removed_at, so the desk does not put it back;
   - cluster_replies / cluster_reply_letters: one reply to a whole cluster (a template and the clerk's
     words per language) and, per member, the reply it became, which the campaign-reply job fills in
     exactly once per (cluster reply, case). */
import { type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_text_bands')
    .addColumn('band_key', 'integer', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addPrimaryKeyConstraint('case_text_bands_pk', ['band_key', 'case_id'])
    .execute();
  await db.schema.createIndex('case_text_bands_case').on('case_text_bands').column('case_id').execute();

  await db.schema
    .createTable('case_clusters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // The first member's subject, for the managers' list.
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_clusters_updated').on('case_clusters').column('updated_at').execute();

  await db.schema
    .createTable('case_cluster_members')
    .addColumn('case_id', 'text', (c) => c.primaryKey().references('cases.id'))
    .addColumn('cluster_id', 'text', (c) => c.notNull().references('case_clusters.id'))
    // Jaccard similarity (0–1) of its word triples with the member it joined by; 1 for the first.
    .addColumn('similarity', 'real', (c) => c.notNull())
    // 'desk' (found by the text) or a user id (added by hand).
    .addColumn('added_by', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('removed_by', 'text')
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema.createIndex('case_cluster_members_cluster').on('case_cluster_members').columns(['cluster_id', 'added_at']).execute();

  await db.schema
    .createTable('cluster_replies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cluster_id', 'text', (c) => c.notNull().references('case_clusters.id'))
    .addColumn('template_id', 'text', (c) => c.notNull())
    // {"lt": {"decision_text": "…"}, "pl": {…}}: the clerk's words per reply language.
    .addColumn('texts', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cluster_replies_cluster').on('cluster_replies').columns(['cluster_id', 'created_at']).execute();

  await db.schema
    .createTable('cluster_reply_letters')
    .addColumn('cluster_reply_id', 'text', (c) => c.notNull().references('cluster_replies.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('reply_id', 'text')
    // 'queued', 'sent', 'awaiting_approval', 'draft' (a clerk completes it), 'skipped' (not open any more)
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cluster_reply_letters_pk', ['cluster_reply_id', 'case_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cluster_reply_letters').execute();
  await db.schema.dropTable('cluster_replies').execute();
  await db.schema.dropTable('case_cluster_members').execute();
  await db.schema.dropTable('case_clusters').execute();
  await db.schema.dropTable('case_text_bands').execute();
}
