/* Frozen in time: Kysely<any>, no imports from the app. Replies are signed and sent once:
   who asked for approval (they may not approve it themselves), the claim a signing request takes
   on the reply before it signs, and the signed letter's blob, so that a sending cut short can be
   finished from the very letter that was signed instead of a second one. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('replies').addColumn('approval_requested_by', 'text', (c) => c.references('users.id')).execute();
  await db.schema.alterTable('replies').addColumn('signing_claim', 'text').execute();
  await db.schema.alterTable('replies').addColumn('signing_started_at', 'text').execute();
  await db.schema.alterTable('replies').addColumn('signed_sha256', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['signed_sha256', 'signing_started_at', 'signing_claim', 'approval_requested_by']) {
    await db.schema.alterTable('replies').dropColumn(column).execute();
  }
}
