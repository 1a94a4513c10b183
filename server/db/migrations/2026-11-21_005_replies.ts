/* Frozen in time: Kysely<any>, no imports from the app. Replies: drafts written from templates,
   their approval (the optional four-eyes rule per department), the signed letter and its delivery. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('departments').addColumn('four_eyes', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .createTable('replies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('template_id', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    /** Sanitised HTML from the editor. */
    .addColumn('body_html', 'text', (c) => c.notNull())
    /** draft | awaiting_approval | approved | sent */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('approved_by', 'text', (c) => c.references('users.id'))
    .addColumn('document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('message_id', 'text')
    .addColumn('delivery', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('replies_case_idx').on('replies').column('case_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('replies').ifExists().execute();
}
