/* Frozen in time: Kysely<any>, no imports from the app. The paper desk: how a case's answer
   reaches the petitioner (e-mail, post, collected in person), which of its facts were read from the
   letter and which a clerk confirmed, the letter's own date, who at the registry registered it, a
   case merged into another, and the postal dispatch of signed letters. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cases').addColumn('delivery_channel', 'text', (c) => c.notNull().defaultTo('email')).execute();
  // JSON: { name: 'letter' | 'clerk', address: ..., ... } for the petitioner's facts and the subject.
  await db.schema.alterTable('cases').addColumn('facts_source', 'text').execute();
  await db.schema.alterTable('cases').addColumn('letter_date', 'text').execute();
  await db.schema.alterTable('cases').addColumn('registered_by', 'text', (c) => c.references('users.id')).execute();
  await db.schema.alterTable('cases').addColumn('merged_into_id', 'text', (c) => c.references('cases.id')).execute();
  await db.schema.createIndex('cases_merged_into').on('cases').column('merged_into_id').execute();
  await db.schema.createIndex('cases_registered_by').on('cases').columns(['registered_by', 'status']).execute();
  await db.schema.alterTable('replies').addColumn('posted_on', 'text').execute();
  await db.schema.alterTable('replies').addColumn('registered_mail_number', 'text').execute();
  await db.schema.alterTable('replies').addColumn('posted_by', 'text', (c) => c.references('users.id')).execute();
  await db.schema.createIndex('replies_postal_dispatch').on('replies').columns(['status', 'posted_on']).execute();
  // Existing cases: post where the petitioner gave an address and no e-mail.
  await db
    .updateTable('cases')
    .set({ delivery_channel: 'post' })
    .where('petitioner_id', 'in', (qb: any) => qb.selectFrom('petitioners').select('id').where('email', 'is', null).where('address', 'is not', null))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('replies_postal_dispatch').execute();
  for (const column of ['posted_by', 'registered_mail_number', 'posted_on']) await db.schema.alterTable('replies').dropColumn(column).execute();
  await db.schema.dropIndex('cases_registered_by').execute();
  await db.schema.dropIndex('cases_merged_into').execute();
  for (const column of ['merged_into_id', 'registered_by', 'letter_date', 'facts_source', 'delivery_channel']) await db.schema.alterTable('cases').dropColumn(column).execute();
}
